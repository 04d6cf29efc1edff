package extract

import "github.com/entente-dev/entente/graph"

// Input is one article, already read and cleaned by the loader.
type Input struct {
	Text      string     // cleaned main text: noise removed, paragraphs separated by blank lines
	Title     string     // headline, when known
	Source    string     // outlet, when known
	URL       string     // where it came from, when known
	Published graph.Date // publication date; zero when unknown (relative dates then stay unresolved)
	Dateline  string     // the wire dateline when known ("HAVANA, Feb. 25 (Xinhua)"): the story's place
}

// Result is what Extract finds in one article. Its JSON encoding is the
// `entente extract --json` contract; offsets in it are character (Unicode
// code point) offsets into Input.Text, as Python's str indexes them.
type Result struct {
	Article   ArticleInfo `json:"article"`
	Countries []Country   `json:"countries"`
	Agencies  []Agency    `json:"agencies"`
	Events    []Event     `json:"events"`
	Dates     []Date      `json:"dates"`
}

// ArticleInfo is the article's metadata as the extractor saw it.
type ArticleInfo struct {
	Title     string     `json:"title"`
	Source    string     `json:"source"`
	Published graph.Date `json:"published"`
	URL       *string    `json:"url"`
}

// Country is a country the article is about or mentions as an actor.
type Country struct {
	Code     string    `json:"code"`
	Name     string    `json:"name"`
	Evidence *Evidence `json:"evidence,omitempty"` // first sentence that names it
}

// Agency is a government agency the article mentions, with its country.
type Agency struct {
	Name     string    `json:"name"`    // canonical name
	Country  string    `json:"country"` // ISO code
	Aliases  []string  `json:"aliases,omitempty"`
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Event is one meeting, accord or change of relations.
type Event struct {
	Kind         graph.Kind `json:"kind"`
	Title        string     `json:"title"`
	Participants []string   `json:"participants"`       // ISO codes; visitor first for visits
	Agencies     []string   `json:"agencies,omitempty"` // canonical agency names (their country is in Agencies)
	Start        graph.Date `json:"start"`              // null when unknown
	End          graph.Date `json:"end"`                // null when a single date or unknown
	Before       graph.Date `json:"before,omitempty"`   // undated past fact: happened on or before this date
	When         string     `json:"when,omitempty"`     // the date expression the dates come from
	StoryDay     bool       `json:"storyDay,omitempty"` // Start is the story's day (a statement's day after it, the lead's report day, or the publication day), not a date the text gives the event
	Place        *string    `json:"place"`
	Topics       []string   `json:"topics"`
	Status       string     `json:"status"`
	Action       string     `json:"action,omitempty"` // RELATIONS: established, restored, severed, ...
	Mode         string     `json:"mode,omitempty"`   // MEETING: visit, phone, summit, talks, ...
	Confidence   float64    `json:"confidence"`       // share of such events found right on unseen articles (calibrated)
	Evidence     Evidence   `json:"evidence"`
}

// Evidence is the sentence a fact comes from, with its character offsets.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Date is one date mention with its normalised value at its precision
// ("2016", "2016-02", "2016-02-22", a range as "start/end"), or null when
// it cannot be anchored.
type Date struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Value *string `json:"value"`
}
