package graph

import (
	"slices"
	"strings"
	"time"
)

// Pair returns the participant set of an event as its sorted, de-duplicated
// ISO codes joined by "-" ("US", "CU" gives "CU-US"). Two reports of one
// event name the same pair whatever order they list the countries in.
func Pair(countries []string) string {
	cs := Codes(countries)
	slices.Sort(cs)
	return strings.Join(cs, "-")
}

// Codes returns the country codes trimmed and upper-cased, blanks and
// repeats dropped, in their first order ("us", " CU", "US" gives "US",
// "CU"): the order matters to callers that keep the visitor first.
func Codes(countries []string) []string {
	out := make([]string, 0, len(countries))
	for _, c := range countries {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
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
//
// Some real events are reported with dates that do not overlap:
//   - Visits: two visits between the same countries whose days lie within
//     visitSlack days of each other (and together span at most
//     visitMaxDays) are one trip ("arrived Sunday", "on Tuesday, the last
//     day of his visit"); so is an undated visit reported from a month
//     before the trip until its last day ("ahead of Obama's visit"), even
//     when one report is a plan and the other says it happened.
//   - Relations: one pair rarely changes its relations the same way twice
//     within a few years, so an undated report of the action ("restored ties
//     last year") joins a dated one that lies before its report, within
//     relationsHorizon days.
//
// Two things block a merge the dates alone would allow: meetings of
// different known modes (a phone call, a visit and the talks held during
// it are three events), and a plan with a fact
// that happened (planned or proposed against held or signed) unless the
// dates clearly coincide (both dated and overlapping, or a visit near in
// days) or a shared topic word or place identifies them and the fact can
// have happened after the plan was reported (a test skipped when the plan's
// own dates were already past when it was reported).
func SameEvent(a, b *Event) bool {
	if a.Kind != b.Kind || Pair(a.Countries) != Pair(b.Countries) {
		return false
	}
	if a.Action != b.Action {
		return false
	}
	if a.Place != "" && b.Place != "" && !samePlace(a, b) {
		return false
	}
	// With compatible spans, two dates to the day clearly name one time; a
	// year or a month does not (a meeting planned "next year" is not every
	// meeting of that year).
	coincide := bothDated(a, b) && a.Start.Precision() == PrecisionDay && b.Start.Precision() == PrecisionDay
	if !spansCompatible(a, b) {
		switch {
		case visitsNear(a, b), visitAhead(a, b), visitAhead(b, a):
			coincide = true // one trip: a plan for it joins what happened
		case relationsRecalled(a, b), relationsRecalled(b, a):
		default:
			return false
		}
	}
	if !modesCompatible(a, b) {
		return false
	}
	if !coincide && !planAndFactCompatible(a, b) {
		return false
	}
	if len(TopicWords(a.Topics)) == 0 || len(TopicWords(b.Topics)) == 0 {
		return true // no topic, or only words that say nothing ("bilateral cooperation")
	}
	if a.Kind == KindMeeting && coincide && a.Start.Precision() == PrecisionDay && b.Start.Precision() == PrecisionDay {
		return true // the days overlap (or are one trip's days)
	}
	return TopicsOverlap(a.Topics, b.Topics)
}

// Resolution windows, in days.
const (
	// visitSlack is how many days may separate two reports of one visit:
	// reports date a trip by its arrival, its main day or its departure.
	visitSlack = 3
	// visitMaxDays bounds the days one visit can cover once its reports
	// are joined, so a string of visits days apart does not become one.
	visitMaxDays = 14
	// visitLead is how long before a visit an undated report of it may be
	// published ("ahead of the president's visit next month").
	visitLead = 31
	// relationsHorizon is how long before its report an undated change of
	// relations may have happened and still be taken for the dated one.
	relationsHorizon = 5 * 366
)

func bothDated(a, b *Event) bool { return !a.Start.IsZero() && !b.Start.IsZero() }

// isVisit reports whether e is a visit (its first country the visitor).
func isVisit(e *Event) bool { return e.Kind == KindMeeting && e.Mode == "visit" }

// visitsNear reports whether two dated visits lie within visitSlack days of
// each other and span at most visitMaxDays together. Which side is the
// visitor is not compared: reports of one trip were seen to name it either
// way round ("Cuba and the U.S." in a sentence about Obama's trip), the rule
// for overlapping days never compared it, and two trips in opposite
// directions days apart are rarer than such a slip; comparing it would also
// make the result depend on which report came first.
func visitsNear(a, b *Event) bool {
	if !isVisit(a) || !isVisit(b) || !bothDated(a, b) {
		return false
	}
	if a.Start.Precision() != PrecisionDay || b.Start.Precision() != PrecisionDay {
		return false
	}
	as, ae := a.Start.First(), a.Span().Last().Last()
	bs, be := b.Start.First(), b.Span().Last().Last()
	if days(ae, bs) > visitSlack || days(be, as) > visitSlack {
		return false
	}
	first, last := as, ae
	if bs.Before(first) {
		first = bs
	}
	if be.After(last) {
		last = be
	}
	return days(first, last) < visitMaxDays
}

// visitAhead reports whether u, an undated visit between d's countries,
// d dated to the day, was reported from visitLead days before the dated visit d until its
// last day: a report of that trip ("on the eve of Obama's visit").
func visitAhead(u, d *Event) bool {
	if !isVisit(u) || !isVisit(d) || !u.Start.IsZero() || d.Start.Precision() != PrecisionDay {
		return false
	}
	rep := u.Reported
	if !u.Before.IsZero() {
		rep = u.Before
	}
	if rep.IsZero() || !rep.Valid() || !d.Span().Last().Valid() {
		return false
	}
	r := rep.First()
	return !r.Before(d.Start.First().AddDate(0, 0, -visitLead)) && !r.After(d.Span().Last().Last())
}

// relationsRecalled reports whether u, an undated or coarsely bounded
// report of a change of relations, recalls the dated change d: the same
// action (checked by SameEvent), d on or before u's bound and within
// relationsHorizon days of it.
func relationsRecalled(u, d *Event) bool {
	if u.Kind != KindRelations || !u.Start.IsZero() || d.Start.IsZero() {
		return false
	}
	bound := u.Before
	if bound.IsZero() {
		bound = u.Reported
	}
	if bound.IsZero() || !bound.Valid() || !d.Start.Valid() {
		return false
	}
	b := bound.Last()
	return !d.Start.First().After(b) && !d.Start.First().Before(b.AddDate(0, 0, -relationsHorizon))
}

// modesCompatible reports whether two meetings' modes can name one event:
// unknown or equal modes, or two words for sitting together ("meeting",
// "talks", "summit"). A phone call is no visit and no meeting, and a meeting
// on one day of a visit (talks with the hosts, a meeting with dissidents)
// is an event of its own within the trip: merging them made the result
// depend on whether the visit's span had already grown over that day.
func modesCompatible(a, b *Event) bool {
	if a.Kind != KindMeeting || a.Mode == "" || b.Mode == "" || a.Mode == b.Mode {
		return true
	}
	return !distinctMode[a.Mode] && !distinctMode[b.Mode]
}

// distinctMode are the meeting modes that name a kind of event of its own.
var distinctMode = map[string]bool{"visit": true, "phone": true, "video": true}

// planned reports whether e's status says it has not happened yet.
func planned(e *Event) bool { return e.Status == StatusPlanned || e.Status == StatusProposed }

// happened reports whether e's status says it took place.
func happened(e *Event) bool { return e.Status == StatusHeld || e.Status == StatusSigned }

// planAndFactCompatible reports whether a plan and a fact whose dates do
// not clearly coincide may be one event: they share a topic word or the
// place, and the fact can have happened after the plan was reported. Two
// plans, two facts, or reports of other statuses are always compatible.
//
// A plan whose own dates were past when it was reported ("the talks
// planned for February", read in March) tells of a plan, not of what was
// still to come, so its report date bounds nothing. Such a plan can also
// date the event a fact merges into (ReportSpan), and the test would then
// turn the merged event away from the plan it was just merged with.
func planAndFactCompatible(a, b *Event) bool {
	p, f := a, b
	switch {
	case planned(a) && happened(b):
	case planned(b) && happened(a):
		p, f = b, a
	default:
		return true
	}
	if !identified(p, f) {
		return false
	}
	if p.Reported.IsZero() || !p.Reported.Valid() {
		return true
	}
	if pl := p.Span().Last(); !pl.IsZero() && pl.Valid() && pl.Last().Before(p.Reported.First()) {
		return true // the plan's dates were past when it was reported
	}
	end := f.Before
	if !f.Start.IsZero() {
		end = f.Span().Last()
	}
	if end.IsZero() || !end.Valid() {
		return true
	}
	return !end.Last().Before(p.Reported.First())
}

// days is the number of days from t to u (negative when u is before t).
func days(t, u time.Time) int { return int(u.Sub(t).Hours() / 24) }

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
// stored event s, given reports, the dates and statuses of every report of
// the merged event (n's included): s's key, title, participants and place
// (n's when s lacks them; a visit held in a place of one of its two
// countries lists the other first, as the visitor, and takes the title of a
// report that agrees), the dates ReportSpan gives for reports (so they do
// not depend on the order the reports came in), the stronger status (a plan
// followed by a report that it happened is held), the earliest report date,
// the tightest "before" bound, the union of topics and agencies (stored
// ones first, in their order), the higher confidence and both evidence
// lists. Merging the same report twice gives the same event, so reloading
// an article changes nothing.
func MergeEvents(s, n *Event, reports []Event) Event {
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
	m.Start, m.End = ReportSpan(reports)
	m.Status = strongerStatus(s.Status, n.Status)
	m.Reported = minDate(s.Reported, n.Reported)
	m.Before = minDate(s.Before, n.Before)
	m.Topics = union(s.Topics, n.Topics)
	m.Agencies = union(s.Agencies, n.Agencies)
	m.Confidence = max(s.Confidence, n.Confidence)
	m.Evidence = append(slices.Clone(s.Evidence), n.Evidence...)
	m.Countries = visitorFirst(&m)
	if len(s.Countries) > 0 && m.Countries[0] != s.Countries[0] && len(n.Countries) > 0 && n.Countries[0] == m.Countries[0] && n.Title != "" {
		m.Title = n.Title // the stored title named the host as visitor
	}
	return m
}

// visitorFirst returns the countries of e with the visitor first: for a
// visit of two countries held in a place of one of them, that one is the
// host, whichever order the first report gave.
func visitorFirst(e *Event) []string {
	cs := e.Countries
	if !isVisit(e) || len(cs) != 2 || e.PlaceCountry == "" || !strings.EqualFold(cs[0], e.PlaceCountry) {
		return cs
	}
	return []string{cs[1], cs[0]}
}

// dayHappened is the spanRank of a day-precision report that is no plan.
const dayHappened = 4

// spanRank orders reports by how well they date the event: unknown, year,
// month, a day of a plan, a day of what happened (or is happening). A
// planned visit's days give way to the days reporters saw it take place.
func spanRank(e *Event) int {
	r := precisionRank(e.Start.Precision())
	if r == precisionRank(PrecisionDay) && !planned(e) {
		r = dayHappened
	}
	return r
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

// union returns a followed by the members of b it lacks, so a report that
// adds nothing leaves the list (and its order) as stored: reloading an
// article must not reorder an event's topics.
func union(a, b []string) []string {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	u := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(u, x) {
			u = append(u, x)
		}
	}
	return u
}

// Slack returns how many days beyond its dates (or after its "before"
// bound, when undated) a stored event may lie and still be resolved to
// report e by SameEvent: visitSlack for a visit dated to the day, visitLead
// for an undated visit (reported ahead of the trip), 0 otherwise. Stores
// use it to widen their candidate search.
func Slack(e *Event) int {
	switch {
	case !isVisit(e):
		return 0
	case e.Start.IsZero():
		return visitLead
	case e.Start.Precision() == PrecisionDay:
		return visitSlack
	}
	return 0
}

// ReportSpan returns the dates of an event from the dates and statuses of
// all its reports (each an Event with Kind, Start, End and Status), so the
// result does not depend on the order the reports arrived in:
//   - reports dated to the day of what happened (held, signed, ongoing,
//     unknown status) win: for a meeting their spans are joined (a trip
//     reported on its first and its last day), then a planned span that
//     contains all of them is taken instead (a two-day summit planned for
//     Thursday and Friday and reported held on Thursday);
//   - else the best of the others (spanRank, then a range before a single
//     date, then the earlier start, then the earlier end).
//
// No reports give the zero dates.
func ReportSpan(reports []Event) (Date, Date) {
	best := 0
	for i := range reports {
		best = max(best, spanRank(&reports[i]))
	}
	if best == 0 {
		return Date{}, Date{}
	}
	var pick *Event
	for i := range reports {
		r := &reports[i]
		if spanRank(r) != best {
			continue
		}
		if pick == nil || earlierReport(r, pick) {
			pick = r
		}
	}
	if best != dayHappened || pick.Kind != KindMeeting {
		return pick.Start, pick.End
	}
	first, last := pick.Start, pick.Span().Last()
	for i := range reports {
		r := &reports[i]
		if spanRank(r) != dayHappened {
			continue
		}
		if r.Start.Before(first) {
			first = r.Start
		}
		if l := r.Span().Last(); last.Before(l) {
			last = l
		}
	}
	held := Span{first, last}
	if first == last {
		held.End = Date{}
	}
	var cover *Span
	for i := range reports {
		r := &reports[i]
		if !planned(r) || r.Start.Precision() != PrecisionDay {
			continue
		}
		s := r.Span()
		if s.Last().Precision() != PrecisionDay || s.Start.First().After(first.First()) || s.Last().Last().Before(last.Last()) {
			continue
		}
		if cover == nil || s.Start.Before(cover.Start) || (s.Start == cover.Start && cover.Last().Before(s.Last())) {
			cover = &s
		}
	}
	if cover != nil && *cover != held {
		return cover.Start, cover.End
	}
	return held.Start, held.End
}

// earlierReport orders reports of equal spanRank: a range first, then the
// earlier start, then the earlier end.
func earlierReport(a, b *Event) bool {
	aRange := !a.End.IsZero() && a.End != a.Start
	bRange := !b.End.IsZero() && b.End != b.Start
	if aRange != bRange {
		return aRange
	}
	if a.Start != b.Start {
		return a.Start.Before(b.Start)
	}
	return a.Span().Last().Before(b.Span().Last())
}
