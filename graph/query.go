package graph

import "fmt"

// Page sizes of list reads.
const (
	DefaultFirst = 50  // page size when the caller gives none
	MaxFirst     = 500 // the largest page a caller may ask for
)

// Order is the direction of a date-ordered list.
type Order string

// Orders.
const (
	OrderAsc  Order = "ASC"  // oldest first
	OrderDesc Order = "DESC" // newest first
)

// EventFilter selects and pages events for a timeline. Country fields hold
// ISO codes (resolve names and aliases before filtering). Zero fields do not
// filter.
type EventFilter struct {
	Between   []string // every one of these countries is a party
	Involving []string // at least one of these countries is a party
	Kinds     []Kind
	Since     Date   // the event ends on or after the first day of Since
	Until     Date   // the event starts on or before the last day of Until
	Topic     string // one of the event's topics, case-insensitive
	Agency    string // an agency key, or an agency name or alias (case-insensitive), that took part
	Status    string // exact status, see the Status* constants
	// MinConfidence keeps events whose confidence is at least this (0 keeps all).
	MinConfidence float64
	Order         Order  // by date (start, else "on or before", else reported), then key; default ASC
	First         int    // page size; 0 means DefaultFirst
	After         string // opaque cursor of the last event of the previous page
}

// Validate checks the filter and fills in defaults. Errors are *Error with
// code EINVALID naming the argument at fault.
func (f *EventFilter) Validate() error {
	if len(f.Between) == 1 {
		return &Error{Code: EINVALID, Field: "between", Message: "needs at least two countries; use involving for one"}
	}
	if err := checkRange(f.Since, f.Until); err != nil {
		return err
	}
	switch f.Order {
	case "":
		f.Order = OrderAsc
	case OrderAsc, OrderDesc:
	default:
		return &Error{Code: EINVALID, Field: "order", Message: fmt.Sprintf("unknown order %q: want ASC or DESC", f.Order)}
	}
	if !(f.MinConfidence >= 0 && f.MinConfidence <= 1) {
		return &Error{Code: EINVALID, Field: "minConfidence", Message: fmt.Sprintf("%v is out of range: want a share from 0 to 1, such as 0.6", f.MinConfidence)}
	}
	for _, k := range f.Kinds {
		if k.Label() == "" {
			return &Error{Code: EINVALID, Field: "kinds", Message: fmt.Sprintf("unknown event kind %q: want MEETING, ACCORD or RELATIONS", k)}
		}
	}
	first, err := CheckFirst(f.First)
	f.First = first
	return err
}

// CheckFirst returns the page size to use for a requested first: DefaultFirst
// for 0, an EINVALID error outside 1..MaxFirst.
func CheckFirst(first int) (int, error) {
	switch {
	case first == 0:
		return DefaultFirst, nil
	case first < 0 || first > MaxFirst:
		return 0, &Error{Code: EINVALID, Field: "first", Message: fmt.Sprintf("%d is out of range: ask for 1 to %d items and page with after", first, MaxFirst)}
	}
	return first, nil
}

func checkRange(since, until Date) error {
	if !since.Valid() {
		return &Error{Code: EINVALID, Field: "since", Message: "invalid date: want YYYY, YYYY-MM or YYYY-MM-DD"}
	}
	if !until.Valid() {
		return &Error{Code: EINVALID, Field: "until", Message: "invalid date: want YYYY, YYYY-MM or YYYY-MM-DD"}
	}
	if !since.IsZero() && !until.IsZero() && until.Last().Before(since.First()) {
		return &Error{Code: EINVALID, Field: "until", Message: fmt.Sprintf("%s is before since (%s): swap them", until, since)}
	}
	return nil
}

// EventPage is one page of a timeline.
type EventPage struct {
	Events      []Event  // without Agencies and Evidence (load them by event key)
	Cursors     []string // Cursors[i] is the cursor of Events[i]
	Total       int      // events matching the filter, on every page
	HasNext     bool
	HasPrevious bool
}

// ArticleFilter selects and pages articles by publication date.
type ArticleFilter struct {
	Since Date
	Until Date
	First int    // 0 means DefaultFirst
	After string // opaque cursor
}

// Validate checks the filter and fills in defaults (EINVALID errors).
func (f *ArticleFilter) Validate() error {
	if err := checkRange(f.Since, f.Until); err != nil {
		return err
	}
	first, err := CheckFirst(f.First)
	f.First = first
	return err
}

// ArticlePage is one page of articles, newest first.
type ArticlePage struct {
	Articles    []Article
	Cursors     []string
	Total       int
	HasNext     bool
	HasPrevious bool
}

// Citation is a piece of evidence together with the article it is in.
type Citation struct {
	Evidence
	Article Article
}

// CounterpartOrder says which aggregate counterparts are sorted by.
type CounterpartOrder string

// Counterpart orders.
const (
	ByEvents   CounterpartOrder = "EVENTS"
	ByMeetings CounterpartOrder = "MEETINGS"
	ByAccords  CounterpartOrder = "ACCORDS"
)

// Counterpart is a country another country has events with, and how many.
type Counterpart struct {
	Country   Country
	Events    int
	Meetings  int
	Accords   int
	Relations int
	First     Date // sort date of the first shared event
	Last      Date // sort date of the last shared event
}

// KindCount is a number of events of one kind.
type KindCount struct {
	Kind  Kind
	Count int
}

// YearCount is a number of events of one kind in one year (by sort date).
type YearCount struct {
	Year  int
	Kind  Kind
	Count int
}

// TopicCount is a topic and the number of events about it.
type TopicCount struct {
	Topic string
	Count int
}

// Relationship is the summary of the events between two countries.
type Relationship struct {
	Countries []string // the two ISO codes, sorted
	FirstKey  string   // key of the earliest event with a date or an "on or before" bound ("" when none)
	LastKey   string   // key of the latest such event
	Total     int
	Counts    []KindCount  // one per kind with events, in Kinds order
	ByYear    []YearCount  // sorted by year, then kind
	Topics    []TopicCount // most frequent first
}

// SearchHit is one full-text match.
type SearchHit struct {
	Kind       string  // "Country", "Agency", "Event", "Article", "Topic" or "Evidence"
	Key        string  // country code, agency/event/article key, or topic name; for Evidence the key of the node the evidence supports
	NodeKind   string  // for Evidence: the kind of the supported node (Country, Agency, Event)
	Name       string  // name or title
	Score      float64 // relevance, higher is better
	Sentence   string  // for Evidence: the matching sentence
	ArticleKey string  // for Evidence: the article the sentence is in
}
