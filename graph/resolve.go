package graph

import (
	"slices"
	"strings"
)

// Pair returns the participant set of an event as its sorted, de-duplicated
// ISO codes joined by "-" ("US", "CU" gives "CU-US"). Two reports of one
// event name the same pair whatever order they list the countries in.
func Pair(countries []string) string {
	cs := make([]string, 0, len(countries))
	for _, c := range countries {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c != "" {
			cs = append(cs, c)
		}
	}
	slices.Sort(cs)
	return strings.Join(slices.Compact(cs), "-")
}

// SameEvent reports whether a and b are two reports of one real-world event:
// the same kind and participant countries, compatible dates (they overlap,
// or one is unknown, and an undated past fact did not happen after a dated
// one; an undated report joins a dated event only when they share a topic
// word or the place, or when it is a past fact reported within a month of
// it), compatible places (the same, or one unknown), the same relations
// action, and similar topics (a shared topic word, or one side without
// topics). Two meetings dated to overlapping days are one meeting even when
// their reports stress different topics; accords always need a shared topic
// word when both name one, so two accords of one pair on different subjects
// stay two.
func SameEvent(a, b *Event) bool {
	if a.Kind != b.Kind || Pair(a.Countries) != Pair(b.Countries) {
		return false
	}
	if a.Action != b.Action {
		return false
	}
	if !spansCompatible(a, b) {
		return false
	}
	if a.Place != "" && b.Place != "" && !samePlace(a, b) {
		return false
	}
	if len(TopicWords(a.Topics)) == 0 || len(TopicWords(b.Topics)) == 0 {
		return true // no topic, or only words that say nothing ("bilateral cooperation")
	}
	if a.Kind == KindMeeting && a.Start.Precision() == PrecisionDay && b.Start.Precision() == PrecisionDay {
		return true // spansCompatible already made the days overlap
	}
	return TopicsOverlap(a.Topics, b.Topics)
}

// spansCompatible reports whether the dates of a and b can name one time.
func spansCompatible(a, b *Event) bool {
	as, bs := a.Span(), b.Span()
	switch {
	case as.IsZero() && bs.IsZero():
		return true
	case as.IsZero():
		return notAfter(bs, a.Before) && (identified(a, b) || recent(bs, a))
	case bs.IsZero():
		return notAfter(as, b.Before) && (identified(b, a) || recent(as, b))
	}
	if !as.Start.Valid() || !bs.Start.Valid() || !as.Last().Valid() || !bs.Last().Valid() {
		return false
	}
	// Calendar units nest, so for single partial dates overlapping is the
	// same as Date.Compatible (one contains the other); for ranges it lets
	// "Feb. 22-23" and "Feb. 22" name one meeting.
	return !as.Start.First().After(bs.Last().Last()) && !bs.Start.First().After(as.Last().Last())
}

// notAfter reports whether the dated span s may have happened on or before
// the bound before (always when before is unknown).
func notAfter(s Span, before Date) bool {
	if before.IsZero() || !before.Valid() || !s.Start.Valid() {
		return true
	}
	return !s.Start.First().After(before.Last())
}

// undatedHorizon is how long before its report an undated past fact may
// have happened and still be taken for a dated event with nothing else in
// common: "the two sides met" in a story is a recent meeting, not one of
// 1959 (seen in real news: without it an undated planned meeting on
// cybersecurity joined a presidential visit a month later).
const undatedHorizon = 31 // days

// identified reports whether the undated report u shares more than kind and
// countries with the dated event d: a topic word or the place.
func identified(u, d *Event) bool {
	return TopicsOverlap(u.Topics, d.Topics) || (u.Place != "" && d.Place != "" && samePlace(u, d))
}

// recent reports whether the dated span s ends within undatedHorizon days
// before the "before" bound of the undated past fact u (u is planned or
// has no bound: false).
func recent(s Span, u *Event) bool {
	bound := u.Before
	if bound.IsZero() || !bound.Valid() || !s.Last().Valid() {
		return false
	}
	return !s.Last().Last().Before(bound.First().AddDate(0, 0, -undatedHorizon))
}

func samePlace(a, b *Event) bool {
	if Slug(a.Place) != Slug(b.Place) {
		return false
	}
	return a.PlaceCountry == "" || b.PlaceCountry == "" || strings.EqualFold(a.PlaceCountry, b.PlaceCountry)
}

// topicStop are words too common in topics to say two topics are alike.
var topicStop = map[string]bool{
	"and": true, "the": true, "of": true, "on": true, "for": true, "in": true,
	"to": true, "a": true, "an": true, "with": true, "between": true,
	"bilateral": true, "cooperation": true, "agreement": true, "accord": true,
	"issues": true, "issue": true, "relations": true, "direct": true, "new": true,
	"talks": true, "meeting": true, "deal": true, "memorandum": true, "understanding": true,
}

// TopicWords returns the content words of topics, lower-cased and with a
// plural "s" removed, so "postal services" and "direct postal service" share
// "postal" and "service".
func TopicWords(topics []string) map[string]bool {
	w := make(map[string]bool)
	for _, t := range topics {
		for _, tok := range strings.Split(Slug(t), "-") {
			if len(tok) < 3 || topicStop[tok] {
				continue
			}
			if len(tok) > 3 && strings.HasSuffix(tok, "s") && !strings.HasSuffix(tok, "ss") {
				tok = tok[:len(tok)-1]
			}
			w[tok] = true
		}
	}
	return w
}

// TopicsOverlap reports whether two topic lists share a content word.
func TopicsOverlap(a, b []string) bool {
	wa, wb := TopicWords(a), TopicWords(b)
	for t := range wa {
		if wb[t] {
			return true
		}
	}
	return false
}

// MergeEvents returns what the graph keeps when report n is resolved to the
// stored event s: s's key, title, participants and place (n's when s lacks
// them), the more precise dates, the stronger status, the earliest
// report date, the tightest "before" bound, the union of topics and
// agencies, the higher confidence and both evidence lists. Merging the same
// report twice gives the same event, so reloading an article changes nothing.
func MergeEvents(s, n *Event) Event {
	m := *s
	m.Countries = slices.Clone(s.Countries)
	if len(m.Countries) == 0 {
		m.Countries = slices.Clone(n.Countries)
	}
	if m.Title == "" {
		m.Title = n.Title
	}
	if m.Mode == "" {
		m.Mode = n.Mode
	}
	if m.Place == "" {
		m.Place, m.PlaceCountry = n.Place, n.PlaceCountry
	} else if m.PlaceCountry == "" && samePlace(s, n) {
		m.PlaceCountry = n.PlaceCountry
	}
	if MorePrecise(n.Span(), s.Span()) {
		m.Start, m.End = n.Start, n.End
	}
	m.Status = strongerStatus(s.Status, n.Status)
	m.Reported = minDate(s.Reported, n.Reported)
	m.Before = minDate(s.Before, n.Before)
	m.Topics = union(s.Topics, n.Topics)
	m.Agencies = union(s.Agencies, n.Agencies)
	m.Confidence = max(s.Confidence, n.Confidence)
	m.Evidence = append(slices.Clone(s.Evidence), n.Evidence...)
	return m
}

// MorePrecise reports whether span a says more than span b: a known start
// beats an unknown one, then a finer start precision, then a range beats a
// single date. Equal information is not more precise, so merging keeps the
// stored dates.
func MorePrecise(a, b Span) bool {
	ra, rb := precisionRank(a.Start.Precision()), precisionRank(b.Start.Precision())
	if ra != rb {
		return ra > rb
	}
	aRange := !a.End.IsZero() && a.End != a.Start
	bRange := !b.End.IsZero() && b.End != b.Start
	return aRange && !bRange
}

func precisionRank(p Precision) int {
	switch p {
	case PrecisionYear:
		return 1
	case PrecisionMonth:
		return 2
	case PrecisionDay:
		return 3
	}
	return 0
}

// statusRank orders statuses by how far along the event is, so a report that
// a planned meeting was held, or an agreed accord signed, wins.
var statusRank = map[string]int{
	StatusProposed: 1, StatusNegotiating: 2, StatusPledged: 3, StatusPlanned: 3,
	StatusAgreed: 4, StatusOngoing: 4, StatusPendingRatification: 5,
	StatusSuspended: 5, StatusCollapsed: 6, StatusCancelled: 6,
	StatusHeld: 7, StatusSigned: 7, StatusInForce: 8, StatusInvalidated: 9,
}

func strongerStatus(a, b string) string {
	ra, rb := statusRank[a], statusRank[b]
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case rb > ra, rb == ra && b < a:
		return b
	}
	return a
}

func minDate(a, b Date) Date {
	switch {
	case a.IsZero():
		return b
	case b.IsZero():
		return a
	case b.Before(a):
		return b
	}
	return a
}

// union returns the sorted, de-duplicated union of a and b.
func union(a, b []string) []string {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	u := append(slices.Clone(a), b...)
	slices.Sort(u)
	return slices.Compact(u)
}
