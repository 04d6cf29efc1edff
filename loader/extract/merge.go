package extract

import (
	"slices"
	"strings"

	"github.com/entente-dev/entente/graph"
)

// mergeEvents folds candidates that tell the same event in several places
// of the article ("met ... this week" and "the Feb. 22-23 technical
// meeting") into one: same kind, same participant set, compatible dates,
// compatible status, same action, and for accords a shared or missing
// topic. The merged event keeps the most precise date and every telling's
// evidence sentence, of which bestEvidence shows one.
func mergeEvents(cs []*cand) []*cand {
	var out []*cand
	for _, c := range cs {
		merged := false
		for _, e := range out {
			if sameEvent(e, c) {
				absorb(e, c)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

func sameEvent(e, c *cand) bool {
	if e.ev.Kind != c.ev.Kind {
		return false
	}
	if !sameSet(e.ev.Participants, c.ev.Participants) {
		// A telling whose partner was only inferred ("The protocol, signed
		// in Cairo") is the fuller telling's event.
		if !(c.inferred && subset(c.ev.Participants, e.ev.Participants) && c.span().IsZero()) {
			return false
		}
	}
	if e.sent == c.sent && e.trig == c.trig {
		return false // one phrase that states several events
	}
	if e.part != "" && c.part != "" && e.part != c.part {
		return false // "a trip at the end of April" is not "a visit early next month", though both are of April
	}
	if (e.another || c.another) && e.ev.Status != c.ev.Status {
		return false // "agreed to hold another informal summit" after the one just held
	}
	if e.another != c.another && (e.another && !c.span().IsZero() || c.another && !e.span().IsZero()) {
		return false // "a decision on a new U.S.-Soviet summit" is not "their first summit in Geneva in November, 1985"
	}
	if e.prior != c.prior {
		return false // "Prior to this, Al-Kadhimi met with Zarif in Baghdad": not the Tehran visit told before
	}
	if e.recent && inStoryWeek(c) || c.recent && inStoryWeek(e) {
		return false // "In recent months, Sharif and Yunus met on the sidelines" is not the talks resumed on Thursday
	}
	if e.leadNews && endedWeekBefore(c) || c.leadNews && endedWeekBefore(e) {
		return false // "said at the end of a brief visit here" is not "a meeting in Paris last January"
	}
	if !spanCompatible(e.span(), c.span()) && !continues(e, c) && !journeyFor(e, c) && !setsOffFor(e, c) && !setsOffFor(c, e) &&
		!withinStretch(e, c) && !withinStretch(c, e) && !closesTalks(e, c) && !closesTalks(c, e) {
		return false
	}
	if e.span().IsZero() && c.span().IsZero() && e.ev.When != "" && c.ev.When != "" && !strings.EqualFold(e.ev.When, c.ev.When) {
		return false // "on Tuesday" and "last April", unanchored, are still different days
	}
	if e.ev.Status != c.ev.Status && e.strength >= statusCue && c.strength >= statusCue && !ongoing(e, c) && !ongoing(c, e) &&
		!concluded(e, c) && !ahead(e, c) && !ahead(c, e) && !closesTalks(e, c) && !closesTalks(c, e) && !visitAround(e, c) && !visitAround(c, e) {
		return false
	}
	if e.ev.Kind == graph.KindAccord && e.ev.Status != c.ev.Status && (olderAccord(e, c) && !(c.mention && !e.former) || olderAccord(c, e) && !(e.mention && !c.former)) {
		// "agreed to set up a joint commission" is not "an accord signed
		// last year"; "a complaint against the U.S.-Japan agreement" is,
		// unless that is "the first agreement".
		return false
	}
	switch e.ev.Kind {
	case graph.KindRelations:
		return e.ev.Action == c.ev.Action
	case graph.KindAccord:
		if len(e.ev.Topics) > 0 && len(c.ev.Topics) > 0 && !topicWordsOverlap(e.ev.Topics, c.ev.Topics) &&
			!(e.ev.Status == graph.StatusNegotiating && c.ev.Status == graph.StatusNegotiating &&
				(!specificTopic(e.ev.Topics) || !specificTopic(c.ev.Topics))) {
			// (a pact under negotiation named by generic words only, "talks
			// on a cooperation pact", is the "economic pact" of the talks;
			// concluded ones stay apart: "signed the deal" and "formalised
			// a co-operation deal")
			return false
		}
		// Two undated accords of one sentence stated by different nouns
		// stay apart only when their topics differ (handled above).
	}
	return true
}

// periodPart returns the part of a month or year that the words before
// the date mention at token k name: "early" ("early next month", "the
// beginning of May"), "mid" ("mid-April", "the middle of June") or "late"
// ("late April", "the end of the year"); "" for the whole.
func periodPart(toks []token, k int) string {
	if k >= len(toks) {
		return ""
	}
	if strings.HasPrefix(toks[k].w, "mid-") {
		return "mid"
	}
	if k >= 1 {
		switch toks[k-1].w {
		case "early":
			return "early"
		case "mid", "middle":
			return "mid"
		case "late":
			return "late"
		}
	}
	if k >= 2 && toks[k-1].w == "of" || k >= 3 && toks[k-1].w == "the" && toks[k-2].w == "of" {
		j := k - 2
		if toks[k-1].w == "the" {
			j = k - 3
		}
		switch toks[j].w {
		case "beginning", "start":
			return "early"
		case "middle":
			return "mid"
		case "end":
			return "late"
		}
	}
	return ""
}

// inStoryWeek reports whether c is dated within the week before its
// story's publication or after it: dated, and not endedWeekBefore.
func inStoryWeek(c *cand) bool {
	return !c.span().IsZero() && !c.published.IsZero() && !endedWeekBefore(c)
}

// endedWeekBefore reports whether c is dated and ends more than a week
// before its story's publication (cand.longBefore looks two months back).
func endedWeekBefore(c *cand) bool {
	if c.span().IsZero() || c.published.IsZero() {
		return false
	}
	return c.span().Last().Last().AddDate(0, 0, 7).Before(c.published.First())
}

func absorb(e, c *cand) {
	e.tellings = append(e.allTellings(), c.allTellings()...)
	// A meeting held during a visit ("Wang is due to meet Kerry on
	// Tuesday") does not shrink the visit ("in the United States from
	// Tuesday until Thursday") to its own day: the visit's dates win.
	eVisit := e.ev.Kind == graph.KindMeeting && e.ev.Mode == "visit"
	cVisit := c.ev.Kind == graph.KindMeeting && c.ev.Mode == "visit"
	for _, t := range append([]telling{{e.span(), e.ev.When}, {c.span(), c.ev.When}}, c.days...) {
		if oneDay(t.span) && !slices.ContainsFunc(e.days, func(o telling) bool { return o.span == t.span }) {
			e.days = append(e.days, t) // (c.days: what c merged in an earlier pass)
		}
	}
	switch {
	case withinStretch(e, c):
		e.setDate(c.span(), c.ev.When) // the visit's first day, of which e's day is one
		e.within = false
	case withinStretch(c, e):
	case journeyFor(e, c):
		e.ev.End = c.span().Last() // the visit runs from the arrival to its talks
	case continues(e, c):
		e.ev.End = c.span().Last() // "talks begin tomorrow ... on the following two days"
	case closesTalks(e, c):
		e.ev.End = c.span().Start // "held talks ... today" and "the talks, which are scheduled to end Wednesday"
	case closesTalks(c, e):
		e.setDate(graph.Span{Start: c.span().Start, End: e.span().Start}, c.ev.When)
	case setsOffFor(e, c):
		e.setDate(c.span(), c.ev.When) // the days of the talks, not of the flight
	case setsOffFor(c, e):
	case eVisit && !cVisit && !e.span().IsZero() && !(looseWeek(e) && e.span().Contains(c.span())):
		// (a visit told loosely, "a trip to Berlin and Rome this week",
		// takes the day of a meeting of it: "will meet Merkel in Berlin on
		// Tuesday")
	case eVisit && daysRun(e.span()) && !strings.Contains(strings.ToLower(e.ev.When), "week") && oneDay(c.span()) && e.span().Contains(c.span()):
		// "wraps up a four-day visit to France" (Sunday to Wednesday) and
		// "began his trip by visiting ... Toulouse on Sunday": a day of
		// the visit does not shrink it (a week told loosely, "next
		// week", does shrink to the day told).
	case eVisit && cVisit && daysRun(c.span()) && oneDay(e.span()) && c.span().Contains(e.span()):
		// "in the United States from Tuesday until Thursday" after a day
		// of the visit ("due to meet Kerry on Tuesday"): the visit's days
		e.setDate(c.span(), c.ev.When)
	case cVisit && !eVisit && !c.span().IsZero(), narrower(c.span(), e.span()):
		e.setDate(c.span(), c.ev.When)
	}
	if n := max(e.length, c.length); n > 1 && eVisit && cVisit && oneDay(e.span()) && !e.ends && !c.ends && !e.within &&
		e.ev.Status != graph.StatusOngoing && c.ev.Status != graph.StatusOngoing { // ("who is on a three-day visit": the day is one of it)
		// "a visit to Russia on Nov. 29" and "the president's planned
		// four-day visit to Russia": the visit runs from that day
		first := e.span().Start.First()
		e.ev.End = graph.DateOf(first.AddDate(0, 0, n-1))
	}
	e.length = max(e.length, c.length)
	e.ends = e.ends || c.ends
	keep := concluded(e, c) && c.ev.Status == graph.StatusNegotiating // a making told keeps its status over the work on it
	if !keep && (c.strength > e.strength && (!c.inferred || e.inferred) || concluded(e, c) && (c.ev.Status == graph.StatusSigned || e.ev.Status == graph.StatusNegotiating)) {
		// (a telling that only inferred its parties, "The meetings will also
		// assess ...", does not restate the status of one that named them)
		e.ev.Status, e.strength = c.ev.Status, c.strength // an accord agreed and then signed is signed
	}
	for _, t := range c.ev.Topics {
		if !slices.Contains(e.ev.Topics, t) {
			e.ev.Topics = append(e.ev.Topics, t)
		}
	}
	e.agencies = append(e.agencies, c.agencies...)
	e.standing = e.standing && c.standing
	if e.ev.Place == nil && c.ev.Place != nil {
		e.ev.Place = c.ev.Place
	}
	if e.ev.Mode == "" || e.ev.Mode == "meeting" && c.ev.Mode != "" {
		e.ev.Mode = c.ev.Mode
	}
	if c.ev.Confidence > e.ev.Confidence {
		e.ev.Confidence = c.ev.Confidence
	}
	if len(c.ev.Participants) > 0 && len(e.ev.Participants) == len(c.ev.Participants) && e.ev.Kind == graph.KindMeeting && c.ev.Mode == "visit" &&
		(e.ev.Mode != "visit" || c.ordered && !e.ordered) {
		e.ev.Participants = c.ev.Participants // the visit knows who is the visitor
		e.ordered = e.ordered || c.ordered
	}
}

// withinStretch reports whether x's day, some day of a visit of x.length
// days, can lie in the visit y starts on its one day: "said Tuesday during
// his two-day visit" and "kick off his first official visit to China on
// Nov 21" (Monday).
func withinStretch(x, y *cand) bool {
	if !x.within || x.length < 2 || !oneDay(x.span()) || !oneDay(y.span()) || y.ends || y.within {
		return false
	}
	xd, yd := x.span().Start.First(), y.span().Start.First()
	return !xd.Before(yd) && !xd.After(yd.AddDate(0, 0, x.length-1))
}

// looseWeek reports whether c is dated only by a week told loosely ("this
// week", "next week").
func looseWeek(c *cand) bool {
	return days(c.span()) == 7 && strings.Contains(strings.ToLower(c.ev.When), "week")
}

// oneDay reports whether s is a single day.
func oneDay(s graph.Span) bool {
	return s.Start.Precision() == graph.PrecisionDay && days(s) <= 1
}

// daysRun reports whether s is a run of several days.
func daysRun(s graph.Span) bool {
	return s.Start.Precision() == graph.PrecisionDay && !s.End.IsZero() && days(s) > 1
}

// narrower reports whether a is a more precise date than b (b unknown, or
// a covers fewer days).
func narrower(a, b graph.Span) bool {
	if a.IsZero() {
		return false
	}
	if b.IsZero() {
		return true
	}
	return days(a) < days(b)
}

func days(s graph.Span) int {
	return int(s.Last().Last().Sub(s.Start.First()).Hours()/24) + 1
}

// spanCompatible reports whether two spans can name the same time: either
// unknown, or one within the other.
func spanCompatible(a, b graph.Span) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	if a.Contains(b) || b.Contains(a) {
		return true
	}
	af, al := a.Start.First(), a.Last().Last()
	bf, bl := b.Start.First(), b.Last().Last()
	// A month told loosely and a run of days across its edge ("next
	// month" and "April 29 to May 5") are one visit.
	return (a.Start.Precision() == graph.PrecisionMonth) != (b.Start.Precision() == graph.PrecisionMonth) &&
		!af.After(bl) && !bf.After(al)
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// genericTopicWords do not tell two accords apart.
var genericTopicWords = set("cooperation", "co-operation", "relations", "joint", "bilateral", "issues", "agreement",
	"deal", "accord", "between", "with", "from", "into", "their", "about", "common")

// topicWordsOverlap reports whether two topic lists share a content word
// ("design specifications for a joint combat helicopter" and "a common
// concept for the helicopter").
func topicWordsOverlap(a, b []string) bool {
	words := map[string]bool{}
	for _, t := range a {
		for _, w := range strings.Fields(t) {
			if len(w) >= 4 && !genericTopicWords[w] {
				words[singular(w)] = true
			}
		}
	}
	for _, t := range b {
		for _, w := range strings.Fields(t) {
			if words[singular(w)] {
				return true
			}
		}
	}
	return false
}

// specificTopic reports whether a topic list holds a word that tells one
// accord from another (not only "cooperation" or "bilateral").
func specificTopic(ts []string) bool { return topicWordsOverlap(ts, ts) }

// singular folds a plural topic word onto its singular, so that "the
// U.S.-USSR grains agreement" and "the U.S.-USSR grain agreement" share
// their topic ("talks" -> "talk", "industries" -> "industry"; not "gas").
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// ongoing reports whether e is dated on the publication day and c is an
// undated telling: plans told during an event under way ("arrived here
// Tuesday ...", "will also meet ...") belong to it.
func ongoing(e, c *cand) bool {
	return c.span().IsZero() && !e.span().IsZero() && !e.published.IsZero() &&
		!e.span().Start.First().After(e.published.First()) && !e.span().Last().Last().Before(e.published.First())
}

// visitAround reports whether c is an undated visit under way told in
// the sentence of e, a meeting held in the week before publication:
// "received on Wednesday the Moroccan Minister of Foreign Affairs, who is
// currently on a visit to Nouakchott" tells one visit.
func visitAround(e, c *cand) bool {
	if e.sent != c.sent || !c.span().IsZero() || c.ev.Status != graph.StatusOngoing || e.ev.Status != graph.StatusHeld ||
		e.span().IsZero() || e.published.IsZero() {
		return false
	}
	p := e.published.First()
	last := e.span().Last().Last()
	return !last.After(p) && !last.Before(p.AddDate(0, 0, -7))
}

// ahead reports whether e is a dated meeting told as planned or proposed
// and c an undated telling of one planned or proposed: "the U.S./Soviet summit
// expected to be held next month" and "if a subsidy would be offered at a
// U.S./Soviet summit" are one summit.
func ahead(e, c *cand) bool {
	future := func(st string) bool { return st == graph.StatusPlanned || st == graph.StatusProposed }
	return e.ev.Kind == graph.KindMeeting && c.span().IsZero() && !e.span().IsZero() && future(e.ev.Status) && future(c.ev.Status)
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// continues reports whether c tells the further days of e's meeting: c is
// dated "the following two days" from the day e ends.
func continues(e, c *cand) bool {
	if !c.following || e.span().Start.Precision() != graph.PrecisionDay {
		return false
	}
	return graph.DateOf(e.span().Last().First().AddDate(0, 0, 1)) == c.span().Start
}

// closesTalks reports whether c, told after e, gives the last day of the
// talks e starts on its one day, up to two weeks later: "Shultz held talks
// with Shevardnadze today" and "the talks, which are scheduled to end
// Wednesday".
func closesTalks(e, c *cand) bool {
	if !c.closes || e.closes || c.sent <= e.sent || !oneDay(e.span()) || !oneDay(c.span()) {
		return false
	}
	d := daysAfter(c.span().Start, e.span().Start.First())
	return d > 0 && d <= 14
}

// journeyFor reports whether c is what the visit e of the same sentence is
// for, a few days after its start: "Biden arrives later in the day for talks
// on Wednesday" is one visit, from the arrival to the talks.
func journeyFor(e, c *cand) bool {
	if e.sent != c.sent || e.ev.Mode != "visit" || !c.purpose || c.trig < e.trig ||
		e.span().Start.Precision() != graph.PrecisionDay || c.span().Start.Precision() != graph.PrecisionDay || !e.ev.End.IsZero() {
		return false
	}
	d := daysAfter(c.span().Start, e.span().Start.First())
	return d > 0 && d <= 3
}

// setsOffFor reports whether e is a planned journey dated by its setting
// off and c, told in another sentence, the planned meeting or visit it is
// for, beginning up to three days later: "Mustapha, who leaves for Moscow
// on Tuesday" and "Talks are due to begin in Moscow on Wednesday";
// "Bangemann, who flies to Washington this weekend" and "his trip to
// Washington, which runs from April 26 to 29". (A journey told as done
// keeps its own day: "Baker flew to Tokyo on Monday" before "held talks
// ... on Tuesday".)
func setsOffFor(e, c *cand) bool {
	if !e.departs || c.departs || e.sent == c.sent || e.ev.Kind != graph.KindMeeting || e.span().IsZero() || c.span().IsZero() ||
		e.ev.Status != graph.StatusPlanned || c.ev.Status != graph.StatusPlanned {
		return false
	}
	d := daysAfter(c.span().Start, e.span().Start.First())
	return d >= 0 && d <= 3 && !c.span().Start.First().Before(e.span().Start.First())
}

// concluded reports whether two tellings of an accord both conclude it
// (agreed, signed): the extension "have extended a food-for-oil deal" and
// "signed the deal in Buenos Aires on Tuesday" are one accord.
func concluded(e, c *cand) bool {
	ok := func(st string) bool { return st == graph.StatusAgreed || st == graph.StatusSigned }
	if e.ev.Kind != graph.KindAccord {
		return false
	}
	// A pact worked out and then made is one: "signed the treaty on
	// Monday, after years of talks on a draft treaty".
	return ok(e.ev.Status) && (ok(c.ev.Status) || c.ev.Status == graph.StatusNegotiating) ||
		e.ev.Status == graph.StatusNegotiating && ok(c.ev.Status)
}

// olderAccord reports whether e is dated months before the story while c,
// undated, is told as the story's news: a background accord and a new one.
func olderAccord(e, c *cand) bool {
	return e.longBefore() && c.span().IsZero()
}

// longBefore reports whether c is dated more than two months before its
// story's publication: background, not the story's news.
func (c *cand) longBefore() bool {
	return !c.span().IsZero() && !c.published.IsZero() && c.span().Start.First().Before(c.published.First().AddDate(0, 0, -60))
}
