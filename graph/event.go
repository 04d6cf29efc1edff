package graph

import "fmt"

// Kind is the kind of an event.
type Kind string

// Event kinds.
const (
	KindMeeting   Kind = "MEETING"   // talks, meetings, negotiations, summits, visits, phone calls
	KindAccord    Kind = "ACCORD"    // agreements, accords, treaties, memorandums, deals, pacts
	KindRelations Kind = "RELATIONS" // diplomatic relations established, restored, severed, ...
)

// Kinds lists every Kind in a stable order.
var Kinds = []Kind{KindMeeting, KindAccord, KindRelations}

// Label returns the Neo4j label of the kind (Meeting, Accord, RelationsChange).
func (k Kind) Label() string {
	switch k {
	case KindMeeting:
		return "Meeting"
	case KindAccord:
		return "Accord"
	case KindRelations:
		return "RelationsChange"
	}
	return ""
}

// ParseKind returns the Kind named by s (case-sensitive, as in Kinds).
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", Errorf(EINVALID, "unknown event kind %q: want MEETING, ACCORD or RELATIONS", s)
}

// Statuses of events. Meetings: held, ongoing, planned, cancelled, proposed,
// suspended, collapsed. Accords: signed, agreed, pledged, proposed,
// negotiating, in_force, pending_ratification, invalidated.
const (
	StatusHeld                = "held"
	StatusOngoing             = "ongoing"
	StatusPlanned             = "planned"
	StatusCancelled           = "cancelled"
	StatusProposed            = "proposed"
	StatusSuspended           = "suspended"
	StatusCollapsed           = "collapsed"
	StatusSigned              = "signed"
	StatusAgreed              = "agreed"
	StatusPledged             = "pledged"
	StatusNegotiating         = "negotiating"
	StatusInForce             = "in_force"
	StatusPendingRatification = "pending_ratification"
	StatusInvalidated         = "invalidated"
)

// Relations actions (the Action of a RELATIONS event).
const (
	ActionEstablished = "established"
	ActionRestored    = "restored"
	ActionSevered     = "severed"
	ActionSuspended   = "suspended"
	ActionUpgraded    = "upgraded"
	ActionDowngraded  = "downgraded"
	ActionNormalized  = "normalized"
)

// Event is one real-world event between countries. Its dates are known at
// some precision or not at all; Reported is the earliest publication date
// of an article that mentions it, so undated events still sort.
type Event struct {
	Key          string     `json:"key"`
	Kind         Kind       `json:"kind"`
	Title        string     `json:"title"`
	Start        Date       `json:"start"`            // zero when unknown
	End          Date       `json:"end"`              // zero when a single date or unknown
	Before       Date       `json:"before"`           // when Start is unknown: the event happened on or before this date (the report date of a past-tense fact)
	Status       string     `json:"status"`           // see the Status* constants
	Action       string     `json:"action,omitempty"` // RELATIONS only: see the Action* constants
	Mode         string     `json:"mode,omitempty"`   // MEETING only: "visit", "phone", "video", "summit", ... when known
	Place        string     `json:"place,omitempty"`
	PlaceCountry string     `json:"placeCountry,omitempty"`
	Topics       []string   `json:"topics,omitempty"`
	Countries    []string   `json:"countries"`          // participant ISO codes; a visit lists the visitor first
	Agencies     []string   `json:"agencies,omitempty"` // agency keys
	Confidence   float64    `json:"confidence"`
	Reported     Date       `json:"reported"`
	Evidence     []Evidence `json:"evidence,omitempty"`
}

// Validate checks the invariants every stored event keeps.
func (e *Event) Validate() error {
	switch {
	case e.Kind.Label() == "":
		return Errorf(EINVALID, "event %q: unknown kind %q", e.Title, e.Kind)
	case len(e.Countries) == 0:
		return Errorf(EINVALID, "event %q: no participant country", e.Title)
	case !e.Start.Valid() || !e.End.Valid() || !e.Before.Valid():
		return Errorf(EINVALID, "event %q: invalid date", e.Title)
	case !e.End.IsZero() && e.End.Before(e.Start):
		return Errorf(EINVALID, "event %q: ends (%s) before it starts (%s)", e.Title, e.End, e.Start)
	case e.Confidence < 0 || e.Confidence > 1:
		return Errorf(EINVALID, "event %q: confidence %v outside [0,1]", e.Title, e.Confidence)
	}
	return nil
}

// Span returns the event's dates as a Span.
func (e *Event) Span() Span { return Span{e.Start, e.End} }

// String returns a short description for logs and test failures.
func (e *Event) String() string {
	return fmt.Sprintf("%s %v %s %q", e.Kind, e.Countries, e.Span(), e.Title)
}

// ArticleFacts is everything extracted from one article: the unit the loader
// writes in one transaction. Every event, country and agency carries its
// evidence in this article.
type ArticleFacts struct {
	Article   Article
	Countries []CountryFact
	Agencies  []AgencyFact
	Places    []Place
	Events    []Event
}

// CountryFact is a country mentioned by an article, with the first sentence
// that mentions it.
type CountryFact struct {
	Country  Country
	Evidence Evidence
}

// AgencyFact is an agency mentioned by an article, with the first sentence
// that mentions it.
type AgencyFact struct {
	Agency   Agency
	Evidence Evidence
}

// Place is a named location (a city, a venue) inside a country.
type Place struct {
	Key     string `json:"key"` // PlaceKey(Country, Name)
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
}

// PlaceKey returns the natural key of a place: country code and slug of the name.
func PlaceKey(country, name string) string {
	return fmt.Sprintf("%s:%s", lower(country), Slug(name))
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// SaveResult says what writing one article did.
type SaveResult struct {
	ArticleKey    string
	Events        int  // events in the article
	NewEvents     int  // events that did not match a stored one
	MergedEvents  int  // events resolved to an already stored event
	AlreadyLoaded bool // the article was stored before (nothing changed)
}
