// Package when finds date expressions in English news text and normalises
// them to partial-precision dates, resolving relative expressions ("Wednesday",
// "this week", "last October") against the article's publication date.
//
// It is pure: no I/O, no clock, no globals that change.
package when

import "github.com/entente-dev/entente/graph"

// Tense hints which way a bare relative expression points ("Tuesday" in "will
// meet on Tuesday" is the next Tuesday; in "met on Tuesday" the last one).
type Tense int

// Tenses.
const (
	TenseUnknown Tense = iota
	TensePast
	TenseFuture
)

// Mention is one date expression found in text. Start and End are byte
// offsets into the text given to Find.
type Mention struct {
	Text     string     // the expression as written, e.g. "Feb. 22-23"
	Start    int        // byte offset of the first byte
	End      int        // byte offset just past the last byte
	Value    graph.Span // normalised value; zero when it cannot be anchored (relative date, no publication date)
	Relative bool       // resolved from the anchor date ("Wednesday", "last year", a month-day without a year)
	Weekday  bool       // a bare weekday ("Wednesday") whose direction depends on tense
}

// Options tune Find.
type Options struct {
	// Anchor is the publication date relative expressions resolve against.
	// When zero, relative expressions are reported with a zero Value.
	Anchor graph.Date
	// DayFirst reads numeric dates as day/month/year (7/20/2015 is then invalid).
	DayFirst bool
}

// Find returns every date expression in text, in order of position, with
// non-overlapping spans.
func Find(text string, opt Options) []Mention {
	return nil // TODO(when): implement
}

// Resolve re-resolves a weekday or other direction-dependent mention for a
// tense known from its sentence: past picks the most recent such day on or
// before the anchor, future the next one on or after it.
func Resolve(m Mention, anchor graph.Date, tense Tense) graph.Span {
	return m.Value // TODO(when): implement
}
