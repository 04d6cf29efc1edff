package extract

import (
	"sort"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
	"github.com/entente-dev/entente/loader/extract/when"
)

// How an actor country is found in a sentence, beyond the gazetteer's own
// name/demonym/capital.
const (
	byPerson   = "person"   // a surname introduced earlier as "Iranian President Hassan Rouhani"
	byAgency   = "agency"   // an agency of the country ("the State Department")
	byAnaphora = "anaphora" // "the two countries", "both sides", "bilateral"
)

// actor is one mention of a country acting in a sentence.
type actor struct {
	code  string
	tok   int // index of its first token in the sentence
	start int // byte offsets in the article text
	end   int
	how   string
}

// explicit reports whether the country is named in the sentence itself
// rather than inferred.
func (a actor) explicit() bool { return a.how != byAnaphora }

// dateRef is one date mention inside a sentence.
type dateRef struct {
	m      when.Mention
	tok    int        // first token
	tokEnd int        // one past its last token
	value  graph.Span // resolved with the local tense
	since  bool       // "since 1928", "until": a bound, never an event date
	report bool       // the day something was said ("said on Monday"), not an event date
}

// sent is a sentence with everything the event rules look at.
type sent struct {
	Sentence
	idx      int
	toks     []token
	actors   []actor
	dates    []dateRef
	agencies []gazetteer.AgencyMention
	capitals []gazetteer.CountryMention // capitals and cities, for places
}

// titleWords can stand between a country and a person's name ("Iranian
// President Hassan Rouhani", "his West German counterpart Manfred Woerner").
var titleWords = set("president", "presidents", "prime", "minister", "ministers", "premier", "chancellor",
	"king", "queen", "prince", "princess", "crown", "emir", "sheikh", "foreign", "defence", "defense",
	"oil", "energy", "trade", "finance", "economy", "economic", "interior", "deputy", "vice", "secretary",
	"state", "general", "leader", "leaders", "counterpart", "ambassador", "envoy", "ayatollah", "supreme",
	"chief", "head", "spokesman", "spokeswoman", "official", "monarch", "sultan", "senator", "commander",
	"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "gen.", "former", "then", "new", "top", "opposition",
	"dictator", "strongman", "navy", "army", "military", "foreign-minister", "agriculture", "industry",
	"commerce", "justice", "security", "national", "adviser", "advisor", "lawmaker", "legislator",
	"cardinal", "archbishop", "pope", "tycoon", "representative", "negotiator", "spokesperson", "attorney",
	"governor", "mayor", "ruler", "sen.", "rep.", "gov.", "lt.", "col.", "gen", "maj.", "admiral", "marshal",
	"field", "acting", "interim", "outgoing", "incoming", "elected", "president-elect", "colleague")

var nameParticles = set("von", "van", "der", "de", "del", "da", "di", "al", "al-", "bin", "ibn", "arap", "la", "le", "du", "dos", "das", "el", "ben", "abu")

// anaphoraHeads follow "the two" or "both" to name the story's main pair.
var anaphoraHeads = set("countries", "nations", "sides", "governments", "leaders", "presidents", "ministers",
	"neighbours", "neighbors", "states", "parties", "foes", "rivals", "allies", "capitals", "delegations",
	"premiers", "men", "heads", "administrations", "militaries", "countries'", "nations'")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// findPersons learns which country each titled person belongs to, from the
// ways news introduces people: "<demonym|country> <title>... <Name>",
// "<country>'s <title>... <Name>" and "<title> <Name> of <country>". The key
// is the lower-case surname (last capitalised word of the name).
func findPersons(ss []*sent, mentions [][]gazetteer.CountryMention) map[string]string {
	persons := map[string]string{}
	conflict := map[string]bool{}
	add := func(surname, code string) {
		if surname == "" || titleWords[surname] || conflict[surname] {
			return
		}
		if c, ok := persons[surname]; ok && c != code {
			delete(persons, surname)
			conflict[surname] = true
			return
		}
		persons[surname] = code
	}
	for si, s := range ss {
		toks := s.toks
		for _, m := range mentions[si] {
			last := tokenAt(toks, m.End-1)
			if last >= len(toks) {
				continue
			}
			// Forward: country ['s] titles Name.
			j := last + 1
			if j < len(toks) && toks[j].w == "'s" {
				j++
			}
			nt := 0
			for j < len(toks) && (titleWords[toks[j].w] || (toks[j].w == "of" && j+1 < len(toks) && titleWords[toks[j+1].w])) {
				j++
				nt++
			}
			if nt > 0 {
				add(nameSurname(toks, j), m.Code)
			}
			// Backward: title Name of country.
			first := tokenAt(toks, m.Start)
			if first >= 2 && toks[first-1].w == "of" {
				k := first - 2
				// Name tokens going back.
				e := k
				for k >= 0 && toks[k].cap && !toks[k].punct && !titleWords[toks[k].w] && first-2-k < 4 {
					k--
				}
				if k >= 0 && k < e && (titleWords[toks[k].w] || toks[k].w == "and" || toks[k].w == ",") {
					add(toks[e].w, m.Code)
				}
			}
		}
	}
	return persons
}

// nameSurname reads a capitalised name starting at toks[j] and returns its
// last word in lower case, or "".
func nameSurname(toks []token, j int) string {
	surname := ""
	n := 0
	for j < len(toks) && n < 5 {
		t := toks[j]
		switch {
		case t.cap && !t.punct && len(t.w) > 1 && !titleWords[t.w]:
			surname = t.w
		case nameParticles[t.w] && surname != "":
		default:
			return surname
		}
		j++
		n++
	}
	return surname
}

// mainPair returns the story's most prominent actor countries (at most two,
// the first more prominent): title mentions count most, then the lead
// sentences, then frequency.
func mainPair(title []gazetteer.CountryMention, ss []*sent) []string {
	score := map[string]float64{}
	first := map[string]int{}
	n := 0
	note := func(code string, w float64) {
		if _, ok := first[code]; !ok {
			first[code] = n
		}
		n++
		score[code] += w
	}
	for _, m := range title {
		note(m.Code, 3)
	}
	for i, s := range ss {
		w := 1.0
		if i < 2 {
			w = 2
		}
		for _, a := range s.actors {
			if a.how == byAnaphora || a.how == byAgency {
				continue
			}
			note(a.code, w)
		}
	}
	codes := make([]string, 0, len(score))
	for c := range score {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if score[codes[i]] != score[codes[j]] {
			return score[codes[i]] > score[codes[j]]
		}
		return first[codes[i]] < first[codes[j]]
	})
	if len(codes) > 2 {
		codes = codes[:2]
	}
	if len(codes) == 2 && score[codes[1]] < 2 {
		codes = codes[:1]
	}
	return codes
}

// addAnaphora adds the main pair as actors where a sentence refers to it
// ("the two countries", "both sides", "bilateral").
func addAnaphora(s *sent, pair []string) {
	if len(pair) != 2 {
		return
	}
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		hit := 0
		switch {
		case toks[i].w == "bilateral":
			hit = 1
		case (toks[i].w == "both") && i+1 < len(toks) && anaphoraHeads[toks[i+1].w]:
			hit = 2
		case toks[i].w == "two" && i > 0 && (toks[i-1].w == "the" || toks[i-1].w == "their" || toks[i-1].w == "our") && i+1 < len(toks) && anaphoraHeads[toks[i+1].w]:
			hit = 2
		}
		if hit == 0 {
			continue
		}
		for _, c := range pair {
			s.actors = append(s.actors, actor{code: c, tok: i, start: toks[i].start, end: toks[i+hit-1].end, how: byAnaphora})
		}
	}
}
