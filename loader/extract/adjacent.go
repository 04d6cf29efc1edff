package extract

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/when"
)

// nearDays is how far from the publication date a date told in a
// neighbouring sentence may be for an undated meeting to take it: news
// tells the day of its story once ("arrived on Tuesday") and then the rest
// of that day's events without it ("spent about five hours in Tanzania").
const nearDays = 7

// sharedVerbPhraseMeeting returns the one-day meeting of c's sentence and
// parties whose verb the accord's verb is coordinated with ("met ... on
// Tuesday and agreed to", "met on Tuesday and then signed"), or nil.
func sharedVerbPhraseMeeting(s *sent, c *cand, cs []*cand) *cand {
	k := c.trig - 1
	if k >= 0 && (s.toks[k].w == "then" || s.toks[k].w == "also" || strings.HasSuffix(s.toks[k].w, "ly")) {
		k--
	}
	if k < 1 || s.toks[k].w != "and" {
		return nil
	}
	for _, m := range cs {
		if m.sent != c.sent || m.ev.Kind != graph.KindMeeting || m.trig >= k || !sameSet(m.ev.Participants, c.ev.Participants) || !oneDay(m.span()) {
			continue
		}
		clean := true
		for j := m.trig + 1; j < k; j++ {
			if s.toks[j].punct && s.toks[j].w != "," || s.toks[j].w == "said" || s.toks[j].w == "but" {
				clean = false
				break
			}
		}
		if clean {
			return m
		}
	}
	return nil
}

// borrowDates dates a meeting its sentence leaves undated with the day
// named in the sentence just before it (or else just after it, or else, for
// a meeting held, in the lead: the day of the story), when its
// own sentence names no date at all, that day is within nearDays of
// publication, agrees with the meeting's status (held: on or before
// publication; planned: on or after) and is not the date of another
// sentence's event between other countries. Bounds ("since Monday") and
// days of statements ("said on Tuesday") are not lent. It runs after
// merging, so only meetings no other telling dates are touched.
func (a *article) borrowDates(cs []*cand) {
	pub := a.in.Published
	if pub.Precision() != graph.PrecisionDay {
		return
	}
	p := pub.First()
	for _, c := range cs {
		if c.prior {
			continue // "Prior to this, ... met": before the days told around it
		}
		if c.span().IsZero() && c.ev.Kind == graph.KindAccord && (c.ev.Status == graph.StatusAgreed || c.ev.Status == graph.StatusSigned) {
			if d := a.laterAccordDay(c, cs, p); d != nil {
				// "rejected on Wednesday a US-brokered agreement reached
				// between the PNA and Israel ... . Hamas condemned the PNA's
				// approval of the agreement that was reached on Tuesday":
				// the day the accord told again was reached
				c.setDate(d.value, d.m.Text)
				continue
			}
		}
		if c.span().IsZero() && c.ev.Kind == graph.KindAccord {
			if m := sharedVerbPhraseMeeting(a.ss[c.sent], c, cs); m != nil {
				// "officials met in Seoul on Dec. 28 and agreed to settle the
				// issue": the second verb of the clause is of the first's day.
				c.setDate(m.span(), m.ev.When)
				continue
			}
		}
		if c.span().IsZero() && c.ev.Kind == graph.KindAccord && refersToMeeting(a.ss[c.sent]) {
			// "The two sides signed a number of cooperation documents after
			// the talks": the day of the talks told before.
			for _, m := range cs {
				if m.ev.Kind != graph.KindMeeting || m.sent > c.sent || !sameSet(m.ev.Participants, c.ev.Participants) {
					continue
				}
				if oneDay(m.span()) {
					c.setDate(m.span(), m.ev.When)
				} else if len(m.days) == 1 {
					c.setDate(m.days[0].span, m.days[0].when) // the talks' day inside a longer visit
				}
			}
			continue
		}
		if c.span().IsZero() && c.ev.Kind == graph.KindMeeting && c.ev.Status == graph.StatusHeld && c.trig < len(a.ss[c.sent].toks) &&
			saidAfterMet(a.ss[c.sent].toks, c.trig) {
			if d := a.reportDay(c.sent, p); d != nil && d.tok < c.trig {
				c.setDate(d.value, d.m.Text) // "Clinton said Monday ... after he met Netanyahu"
				continue
			}
		}
		if c.span().IsZero() && c.ev.Kind == graph.KindMeeting && (c.ev.Status == graph.StatusHeld || c.ev.Status == graph.StatusPlanned) && c.trig < len(a.ss[c.sent].toks) &&
			(a.ss[c.sent].toks[c.trig].w == "conference" || saidAtMeeting(a.ss[c.sent].toks, c.trig)) && !a.ss[c.sent].dateBefore(c.trig) {
			// "Ala told a joint news conference with his German
			// counterpart", "Zeng said during a meeting with": the
			// statement the lead dates ("said on Wednesday").
			if d := a.reportDay(0, p); d != nil {
				c.setDate(d.value, d.m.Text)
				continue
			}
			if d := a.reportDay(c.sent-1, p); d != nil {
				c.setDate(d.value, d.m.Text) // "Zarif said Monday that ... . Speaking after talks in Brussels with ..., Zarif said"
				continue
			}
		}
		if c.span().IsZero() && (c.ev.Kind == graph.KindMeeting && c.ev.Status == graph.StatusHeld ||
			c.ev.Kind == graph.KindAccord && (c.ev.Status == graph.StatusAgreed || c.ev.Status == graph.StatusSigned)) {
			if d := reportedPerfect(a.ss[c.sent], c.trig, p); d != nil {
				// "Kerry said on Wednesday he had discussed ... with
				// Zarif", "said on Sunday he and Lavrov had reached a
				// provisional agreement": an event reported as just done
				// is of the day of the report.
				c.setDate(d.value, d.m.Text)
				continue
			}
		}
		if c.span().IsZero() && c.ev.Kind == graph.KindMeeting && c.ev.Status == graph.StatusHeld {
			if o := signingAround(a.ss[c.sent].toks, c, cs); o != nil {
				// "signed a security treaty on Friday ... after a meeting
				// with Albanese": the meeting is of the signing's day.
				c.setDate(o.span(), o.ev.When)
				continue
			}
		}
		if !c.span().IsZero() || c.ev.Kind != graph.KindMeeting || ownTime(a.ss[c.sent]) || longStretch(a.ss[c.sent].toks, c.trig) {
			continue
		}
		if len(a.ss[c.sent].dates) == 0 && (c.ev.Status == graph.StatusHeld || c.ev.Status == graph.StatusOngoing) && onsetPerfect(a.ss[c.sent].toks, c.trig) {
			// "Kerry and Lavrov have opened talks in Munich", "A French team
			// has arrived in Antananarivo": news of what has just begun is
			// of the day it is told.
			c.setDate(graph.Span{Start: pub}, "")
			continue
		}
		if len(a.ss[c.sent].dates) > 0 {
			// A day the sentence names that none of its events took ("here
			// Tuesday when he meets with dissidents ... at the close of a
			// trailblazing trip") is the only one it may take.
			if !a.datedSentence(c.sent, cs) && c.ev.Status == graph.StatusHeld && !relativeBefore(a.ss[c.sent].toks, c.trig) {
				if d := a.lendable(a.ss[c.sent], c, cs, p); d != nil {
					c.setDate(d.value, d.m.Text)
				}
			}
			continue // a sentence with a time of its own ("Last week, ... met", "Later that year") dates its events itself
		}
		switch c.ev.Status {
		case graph.StatusHeld, graph.StatusPlanned, graph.StatusOngoing:
		default:
			continue
		}
		for _, j := range []int{c.sent - 1, c.sent + 1, 0} {
			if j < 0 || j >= len(a.ss) {
				continue
			}
			if j == 0 && c.ev.Status != graph.StatusHeld {
				continue // the lead's day of a plan is the day it was announced; of a visit under way, one of its days
			}
			if j == 0 && doneBefore(a.ss[c.sent].toks, c.trig) {
				continue // "Saudi Arabia has already held separate talks with Iran": before the story's day
			}
			d := a.lendable(a.ss[j], c, cs, p)
			if d == nil {
				continue
			}
			c.setDate(d.value, d.m.Text)
			c.ev.Confidence = math.Round(clamp(c.ev.Confidence+0.05, 0.05, 0.95)*100) / 100
			break
		}
		if c.span().IsZero() && c.ev.Status == graph.StatusHeld && c.ev.Mode == "visit" && a.home != "" &&
			len(c.ev.Participants) >= 2 && !(c.ordered && len(c.ev.Participants) == 2 && c.ev.Participants[0] == a.home) && slices.Contains(c.ev.Participants, a.home) &&
			!backgroundVisit(a.ss[c.sent].toks, c.trig) {
			// "GAZIANTEP, Turkey - ... Merkel said on Saturday ... . Merkel
			// ... visited a refugee camp in Nizip": a visit to the country
			// the story is filed from, on the day the lead reports (not
			// its own leader's trip abroad, nor "had visited Turkey").
			if d := a.reportDay(0, p); d != nil {
				c.setDate(d.value, d.m.Text)
			}
		}
	}
}

// signingAround returns the accord signed or agreed on one day between the
// same states in the sentence of meeting m, when the meeting is told as
// its occasion: "after", "following", "during" or "at" a meeting ("signed
// a security treaty on Friday ... after a meeting with Albanese", "At
// their talks, the two signed ..."). nil when there is none.
func signingAround(toks []token, m *cand, cs []*cand) *cand {
	occasion := false
	for k := m.trig - 1; k >= 0 && k >= m.trig-4; k-- {
		w := toks[k].w
		if w == "after" || w == "following" || w == "during" || w == "at" {
			occasion = true
			break
		}
		if toks[k].punct || toks[k].cap || w == "of" {
			break // (not "after years of talks on a draft": the talks are a stretch before it)
		}
	}
	if !occasion {
		return nil
	}
	for _, o := range cs {
		if o.sent == m.sent && o.ev.Kind == graph.KindAccord && (o.ev.Status == graph.StatusSigned || o.ev.Status == graph.StatusAgreed) &&
			oneDay(o.span()) && sameSet(o.ev.Participants, m.ev.Participants) {
			return o
		}
	}
	return nil
}

// laterAccordDay returns the date of "the agreement (that was) reached on
// Tuesday" in one of the six sentences after the undated accord c, when
// that sentence gave no accord of its own: a definite accord noun, a
// concluding verb within three words after it, and right after the verb a
// past date of a day or month within a month of publication. nil when
// there is none.
func (a *article) laterAccordDay(c *cand, cs []*cand, p time.Time) *dateRef {
	for j := c.sent + 1; j < len(a.ss) && j <= c.sent+6; j++ {
		if slices.ContainsFunc(cs, func(o *cand) bool { return o.sent == j && o.ev.Kind == graph.KindAccord }) {
			continue
		}
		s := a.ss[j]
		for k := 1; k+2 < len(s.toks); k++ {
			if strong, ok := accordNouns[s.toks[k].w]; !ok || !strong || s.toks[k-1].w != "the" {
				continue
			}
			for v := k + 1; v <= k+4 && v+1 < len(s.toks); v++ {
				if _, ok := concludingVerb(s.toks[v].w); !ok || !pastForm(s.toks[v].w) {
					continue
				}
				for di := range s.dates {
					d := &s.dates[di]
					if d.tok != v+1 && !(d.tok == v+2 && s.toks[v+1].w == "on") || d.since || d.value.IsZero() {
						continue
					}
					if pr := d.value.Start.Precision(); pr != graph.PrecisionDay && pr != graph.PrecisionMonth {
						continue
					}
					if last := d.value.Last().Last(); last.After(p) || last.AddDate(0, 1, 0).Before(p) {
						continue
					}
					return d
				}
			}
		}
	}
	return nil
}

// doneBefore reports whether the clause of the event at trig tells it as
// done before the news, with "already" or "recently" in the few words
// before it.
func doneBefore(toks []token, trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-3; k-- {
		switch toks[k].w {
		case "already", "recently": // (not "previously": "after a previously undisclosed meeting in Doha")
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// storyDays dates, with the story's day, an event the story tells as its
// news but no sentence dates: a meeting held or an accord agreed or signed,
// told without a date, without a word that sets it before the news
// ("recently", "last", "had", "ago") or off the record ("would", "if"),
// and not named as someone's ("her trip to Moscow"). The story's day is
// the day a statement after it in its sentence reports ("..., officials
// said Sunday"), else the day the lead reports ("said on Tuesday"), else
// the publication day.
// News coders date such events by the story, and so do the labelled sets
// ("Jordan and Sudan signed a barter trade agreement", "said after talks
// with King Hussein"). A change of relations takes it only when a dated
// statement after it reports it (reportedAfter). The event is marked
// storyDay and its `when` stays empty, so a reader tells the story's day
// from a date the text gives. It runs last, on events no other rule dated.
func (a *article) storyDays(cs []*cand) {
	pub := a.in.Published
	if pub.Precision() != graph.PrecisionDay {
		return
	}
	p := pub.First()
	day := graph.Span{Start: pub}
	if d := a.reportDay(0, p); d != nil {
		day = d.value
	}
	var terms []*cand
	for _, c := range cs {
		if s := a.ss[c.sent]; c.span().IsZero() && c.trig < len(s.toks) && len(s.dates) == 0 {
			if n, ok := offsetFromNews(s.toks, c.trig); ok {
				// "The policy change was announced two days before the
				// scheduled arrival of ... Baldrige for talks": the news
				// is of the story's day, the talks n days from it
				t := p.AddDate(0, 0, n)
				c.setDate(graph.Span{Start: graph.Day(t.Year(), t.Month(), t.Day())}, "")
				continue
			}
		}
		if !c.span().IsZero() || c.standing || c.mention || c.former || c.prior || c.trig >= len(a.ss[c.sent].toks) || c.ev.Kind == graph.KindRelations && !a.reportedAfter(c, p) {
			// (an accord named without a verb of making, "under a treaty
			// on legal assistance between", is not news of its making; a
			// change of relations told undated is mostly history: "Egypt
			// and Iran severed relations after the revolution")
			continue
		}
		switch c.ev.Status {
		case graph.StatusHeld, graph.StatusAgreed, graph.StatusSigned, graph.StatusPledged:
		default:
			continue
		}
		if c.ev.Mode == "visit" && c.ordered && len(c.ev.Participants) == 2 && c.ev.Participants[0] == a.home {
			continue // the dateline state's own leader abroad, told from home: "ANKARA - ... Erdogan visited Russia"
		}
		s := a.ss[c.sent]
		if c.ev.Kind == graph.KindAccord && termsOfAnAccord(s.toks, c.trig) {
			terms = append(terms, c)
			continue
		}
		on := day
		if a.reportedAfter(c, p) {
			// "Israel and Turkey signed a deal to restore ties, Israeli
			// officials said Sunday" (not "revealed Friday that while
			// visiting Washington, the Pope met": reported, maybe old)
			on = a.reportDay(c.sent, p).value
		} else if len(s.dates) > 0 && !(c.ev.Kind == graph.KindMeeting && saidAtMeeting(s.toks, c.trig) && !s.dateBefore(c.trig)) && !s.datesOfLaterEvents(c.trig) {
			// A sentence's own dates, when none went to the event, say it
			// is not of the story's day; but the talks a statement was made
			// at are of the day of saying, whatever the statement dates
			// ("Speaking after talks in Brussels ..., Zarif said that the
			// powers agreed over the weekend").
			continue
		}
		if backgroundVisit(s.toks, c.trig) && (c.ev.Kind != graph.KindAccord || c.sent > 0 && !s.reportBetween(0, len(s.toks))) ||
			longStretch(s.toks, c.trig) || !toldAsNews(s.toks, c.trig) || timedByAnother(s.toks) {
			// (an accord in the present perfect that the lead tells or
			// someone reports is news: "Lavrov said both the countries
			// have agreed to launch the mechanism", "West Germany and
			// Tanzania have signed an agreement ..., the Finance Ministry
			// said"; told by the story further on, it sums up the past:
			// "the two countries have signed accords on environmental
			// protection". "had agreed" is not news either way, toldAsNews)
			continue
		}
		c.setDate(on, "")
		c.storyDay = true
	}
	for _, c := range terms {
		// The terms of an accord told before ("Under the pact, Tokyo
		// agreed to stop selling cut-price chips") are of its day: the
		// latest accord before them that shares a party, if dated.
		var ref *cand
		for _, o := range cs {
			if o != c && o.ev.Kind == graph.KindAccord && o.sent < c.sent && !o.span().IsZero() && overlap(o.ev.Participants, c.ev.Participants) &&
				(ref == nil || o.sent > ref.sent) {
				ref = o
			}
		}
		switch {
		case ref != nil:
			c.setDate(ref.span(), ref.ev.When)
			c.storyDay = ref.storyDay
		case a.ss[c.sent].toks[termsDeterminer(a.ss[c.sent].toks)].w == "the" && a.dealStory():
			// "Under the deal, Washington agreed to create a new role",
			// in a story whose title or lead names a deal no sentence
			// tells the making of: the story's deal. ("As part of that
			// agreement" points back to one told before, and "Under the
			// nonbinding pact" in a story of grain sales to a standing
			// one: undated here.)
			c.setDate(day, "")
			c.storyDay = true
		}
	}
}

// reportedAfter reports whether the sentence of c dates nothing but a
// statement that reports it after its trigger: "Israel and Turkey signed a
// deal to restore ties, Israeli officials said Sunday", "The Dominican
// Republic established diplomatic relations with China, the government
// said late Monday". Such an event is news of the statement's day, a
// change of relations too.
func (a *article) reportedAfter(c *cand, p time.Time) bool {
	s := a.ss[c.sent]
	rd := a.reportDay(c.sent, p)
	return len(s.dates) == 1 && rd != nil && rd.tok > c.trig
}

// datesOfLaterEvents reports whether every date of s dates another event
// noun told after the trigger at trig, a few words before the date: "went
// immediately into a meeting with Zarif at the Coburg Palace Hotel, the
// scene of months-long final negotiations last summer" (the negotiations'
// summer, not the meeting's).
func (s *sent) datesOfLaterEvents(trig int) bool {
	for _, d := range s.dates {
		owned := false
		for k := d.tok - 1; k > trig && k >= d.tok-3; k-- {
			if w := s.toks[k].w; gatheringHeads[w] || accordNouns[w] || w == "visit" {
				owned = true
				break
			}
		}
		if !owned {
			return false
		}
	}
	return true
}

// offNewsWords set an event before the story's news ("recently", "last",
// "had", "ago", "in the past", "later reached") anywhere before it or in
// its clause; offRecordWords before it take it off the record of fact
// ("would", "if", "whether they met", "denied reports that").
var (
	offNewsWords = set("recent", "recently", "earlier", "later", "previous", "previously", "last", "ago", "once", "former", "formerly",
		"since", "already", "had", "'d", "past", "before")
	offRecordWords = set("would", "could", "might", "may", "should", "if", "hope", "hopes", "hoped", "whether", "unclear",
		"denied", "denies", "deny", "rumours", "rumors",
		// a deed an inquiry found: "documents prosecutors say showed Modanlo brokered a deal"
		"showed", "shows", "allegedly", "alleged", "prosecutors", "indictment")
)

// termsOfAnAccord reports whether the sentence opens with the accord whose
// terms the event at trig is ("Under the pact, Tokyo agreed to stop
// selling", "As part of that agreement, Japan and West Germany agreed"):
// the accord's making, told before, not news of the story's day.
func termsOfAnAccord(toks []token, trig int) bool {
	k := termsDeterminer(toks)
	if k < 0 {
		return false
	}
	if w := toks[k].w; w != "the" && w != "that" && w != "this" && w != "its" && w != "their" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && j < trig; j++ {
		if toks[j].punct {
			return false
		}
		if _, ok := accordNouns[toks[j].w]; ok {
			return j+1 < len(toks) && toks[j+1].w == ","
		}
	}
	return false
}

// dealStory reports whether the story's title or lead names an accord
// with a strong accord noun: "United States sets out limits on its spying
// as part of new data pact with EU".
func (a *article) dealStory() bool {
	named := func(toks []token) bool {
		return slices.ContainsFunc(toks, func(t token) bool { return accordNouns[t.w] })
	}
	if named(tokenize(a.in.Title, 0, len(a.in.Title))) {
		return true
	}
	return len(a.ss) > 0 && named(a.ss[0].toks)
}

// termsDeterminer returns the token after a sentence's opening "Under" or
// "As part of" (the accord's determiner), or -1.
func termsDeterminer(toks []token) int {
	switch {
	case len(toks) > 2 && toks[0].w == "under":
		return 1
	case len(toks) > 4 && toks[0].w == "as" && toks[1].w == "part" && toks[2].w == "of":
		return 3
	}
	return -1
}

// offNewsAdjectives among offNewsWords qualify a noun: after the trigger,
// another one than the event ("told visiting Secretary of State George
// Shultz China's recent troubles were over").
var offNewsAdjectives = set("recent", "former", "previous")

// toldAsNews reports whether the event at trig is told as the story's
// news: neither the sentence up to it nor the rest of its clause has any
// of offNewsWords, the sentence before it none of offRecordWords, and the
// trigger is not quoted, not owned by someone ("her trip to the Soviet
// Union", "his state visit"), not in a relative
// or "when" clause ("where she visited Benin", "When Reagan and Gorbachev
// met in Reykjavik"), not a participle after a named accord ("the Oslo
// accords signed by Israel and the PLO"), not followed by its own modal
// ("the talks would"), not "at the time", and not what another deed
// came after ("Approval followed a visit to Aden", "came after several
// unsuccessful negotiations"; but "said after talks with King Hussein" is
// the day of saying).
func toldAsNews(toks []token, trig int) bool {
	first := trig // the first word of the trigger's clause
	for first > 0 && !toks[first-1].punct {
		first--
	}
	end := trig + 1 // one past its last word
	for end < len(toks) && !toks[end].punct {
		end++
	}
	quotes := 0
	for k, t := range toks {
		if k < trig && t.w == "\"" {
			quotes++
		}
		if k < trig && offRecordWords[t.w] && !t.notModal {
			return false
		}
		if k < end && offNewsWords[t.w] && !(k > trig && offNewsAdjectives[t.w]) {
			return false // ("Later, May met Hollande"; but not "met in Laos, the first time they had met since")
		}
		if t.w == "at" && k+2 < len(toks) && toks[k+1].w == "the" && toks[k+2].w == "time" {
			return false
		}
		if k < end && decade(t.w) {
			return false // "held talks in the 1970s": a past the date reader leaves unread
		}
	}
	if quotes%2 == 1 {
		return false
	}
	if first < trig && (relativeWords[toks[first].w] || toks[first].w == "when") {
		return false // "Geneva, where Shultz met Shevardnadze", "When Reagan and Gorbachev met"
	}
	noun := trig // the accord noun a participle follows: the trigger, or the word before a participle trigger
	if trig >= 1 && accordVerbs[toks[trig].w] != "" {
		noun = trig - 1
	}
	if noun >= 2 && accordNouns[toks[noun].w] && toks[noun-1].cap && noun+1 < len(toks) && accordVerbs[toks[noun+1].w] != "" {
		return false // "the Oslo accords signed by Israel and the PLO": a participle after a named accord
	}
	if trig >= 1 && toks[trig-1].w == "," && toks[trig].w == "agreed" && trig+2 < len(toks) &&
		(toks[trig+1].w == "by" || (toks[trig+1].w == "on" || toks[trig+1].w == "upon") && toks[trig+2].w == "by") {
		return false // "exercises, agreed on by Chinese and U.S. military leaders": what was agreed before, described
	}
	// The event's own modal ("the talks between Japan and the United
	// States would avert"): after a noun, across its phrase; after a verb
	// only right after it ("signed an agreement under which Japan would
	// buy" is the accord's content).
	reach := 2
	if w := toks[trig].w; !strings.HasSuffix(w, "ed") && w != "met" && w != "held" {
		reach = 8
	}
	for k := trig + 1; k < len(toks) && k <= trig+reach && !toks[k].punct && toks[k].w != "which" && toks[k].w != "that" && toks[k].w != "under"; k++ {
		if offRecordWords[toks[k].w] && !toks[k].notModal {
			return false
		}
	}
	for k := trig + 1; k < len(toks) && k <= trig+2; k++ {
		if (toks[k].w == "that" || toks[k].w == "which") && relativeAux(toks, k) {
			return false // "the agreements that were signed with Mauritius"
		}
	}
	for k := trig - 1; k >= 0 && k >= trig-4; k-- {
		switch toks[k].w {
		case "her", "his", "their", "its", "'s":
			if k >= trig-2 {
				return false
			}
		case "that":
			if relativeAux(toks, k) {
				return false // "the talks that were held"
			}
		case "after", "following", "followed":
			return saidAtMeeting(toks, trig)
		}
		if toks[k].punct {
			break
		}
	}
	return true
}

// decade reports whether the token w names a decade: "1970s", or "90s"
// (the apostrophe of "'90s" is a token of its own).
func decade(w string) bool {
	return (len(w) == 5 || len(w) == 3) && w[len(w)-1] == 's' && w[len(w)-2] == '0' && isDigits(w[:len(w)-1])
}

// relativeWords open a relative clause.
var relativeWords = set("who", "whom", "whose", "which", "where")

// relativeAux reports whether the relative pronoun at k opens a clause of
// a done deed: "that were signed", "which has been held".
func relativeAux(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].w {
	case "was", "were", "has", "have":
		return true
	}
	return false
}

// backgroundVisit reports whether the visit at trig is told as background:
// in the perfect ("had visited", "has visited ... several times"), in a
// relative clause about its visitor ("Obama, who visited Turkey as a
// senator") or as a habit ("many times").
func backgroundVisit(toks []token, trig int) bool {
	for j := trig - 1; j >= 0 && j >= trig-3; j-- {
		if w := toks[j].w; w == "had" || w == "has" || w == "have" || w == "who" || w == "'d" {
			return true
		}
	}
	for j := trig + 1; j < len(toks) && j <= trig+8; j++ {
		if w := toks[j].w; w == "times" || w == "often" || w == "before" || w == "previously" {
			return true
		}
	}
	return false
}

// longStretch reports whether the meeting at trig is told as a stretch
// of weeks or more ("the U.S. and China had had months of talks", "two
// rounds of talks"): no single day a neighbouring sentence names.
func longStretch(toks []token, trig int) bool {
	k := trig - 1
	for k >= 0 && (toks[k].w == "bilateral" || toks[k].w == "trade" || toks[k].w == "formal" || toks[k].w == "intensive") {
		k--
	}
	return k >= 1 && toks[k].w == "of" && stretchWords[toks[k-1].w]
}

// timedByAnother reports whether the sentence times its event from another
// happening it leaves undated: "two days after the attack", "a week before
// the vote", "on the eve of the Munich conference", or a fronted "While
// its production was down". Such an event is of that happening's time, not
// the story's day.
func timedByAnother(toks []token) bool {
	if len(toks) > 3 && toks[0].w == "while" {
		for k := 1; k < len(toks) && !toks[k].punct; k++ {
			if toks[k].w == "was" || toks[k].w == "were" {
				return true // "While its production was down, Venezuela ... loaned Ecuador": over that time, not the story's day
			}
		}
	}
	for k := 1; k+1 < len(toks); k++ {
		switch w := toks[k].w; {
		case (w == "after" || w == "before") && k >= 2 && offsetMentioned(toks, k) && !(k >= 3 && comeForms[toks[k-3].w]):
			return true // "two days after the attack" (not "The prisoner swap comes a day after ...": the swap is the story's, the other is dated from it)
		case w == "eve" && toks[k-1].w == "the" && toks[k+1].w == "of":
			return true // "on the eve of the Munich conference"
		}
	}
	return false
}

// offsetFromNews returns how many days from the story's news the event at
// trig is told to be, when an offset of days or weeks ("two days before
// the scheduled arrival of ... for talks") stands before it in its clause
// and a verb in the past before that tells the news ("was announced").
func offsetFromNews(toks []token, trig int) (int, bool) {
	for k := trig - 1; k >= 3 && k >= trig-14; k-- {
		t := toks[k]
		if t.punct && t.w != "-" && t.w != "'s" {
			return 0, false
		}
		if t.w != "before" && t.w != "after" {
			continue
		}
		days, ok := offsetDays(toks, k)
		if !ok || !slices.ContainsFunc(toks[:k-2], func(t token) bool { return pastForm(t.w) && !t.cap }) {
			return 0, false
		}
		if t.w == "after" {
			return -days, true
		}
		return days, true
	}
	return 0, false
}

// offsetMentioned reports whether an offset stands before the "before" or
// "after" at k (k >= 2): "two days", "a week", "several hours", "a few
// months".
func offsetMentioned(toks []token, k int) bool {
	c := toks[k-2]
	return offsetUnits[toks[k-1].w] && (numberWords[c.w] > 0 || isNumberTok(c) || c.w == "a" || c.w == "few" || c.w == "several")
}

// offsetDays returns the days of an exact offset of days or weeks before
// the "before" or "after" at k (k >= 2): "two days" is 2, "the day" 1,
// "a week" 7.
func offsetDays(toks []token, k int) (int, bool) {
	n := numberWords[toks[k-2].w]
	if toks[k-2].w == "a" || toks[k-2].w == "one" || toks[k-2].w == "the" && toks[k-1].w == "day" {
		n = 1
	}
	switch toks[k-1].w {
	case "day", "days":
		return n, n > 0
	case "week", "weeks":
		return 7 * n, n > 0
	}
	return 0, false
}

// offsetUnits measure how long after or before another happening an event
// is told.
var offsetUnits = set("day", "days", "week", "weeks", "hours", "month", "months")

// stretchWords count a stretch of weeks or more ("months of talks").
var stretchWords = set("weeks", "months", "years", "rounds")

// daysAfter is how many days the first day of d lies after t (negative
// when before it).
func daysAfter(d graph.Date, t time.Time) float64 { return d.First().Sub(t).Hours() / 24 }

// lendable returns the date of sentence s that the undated meeting c may
// take, or nil.
func (a *article) lendable(s *sent, c *cand, cs []*cand, pub time.Time) *dateRef {
	for i := range s.dates {
		d := &s.dates[i]
		if d.since || d.report || d.covered || d.agreeing && s.idx == c.sent || d.value.Start.Precision() != graph.PrecisionDay || days(d.value) > 3 {
			continue // a week ("this week") is no day of a story; "threatened on Monday to suspend talks" dates the threat
		}
		diff := daysAfter(d.value.Start, pub)
		if math.Abs(diff) > nearDays {
			continue
		}
		if c.ev.Status == graph.StatusHeld && diff > 0 || c.ev.Status == graph.StatusPlanned && diff < 0 {
			continue
		}
		taken := false
		for _, o := range cs {
			if o.sent == s.idx && o.span() == d.value && !overlap(o.ev.Participants, c.ev.Participants) {
				taken = true
			}
		}
		if !taken {
			return d
		}
	}
	return nil
}

// timeWords refer to a time the sentence itself sets, which the date
// normaliser cannot anchor ("later that year", "years ago").
var timeWords = set("later", "earlier", "ago", "formerly")

// ownTime reports whether a sentence refers to a time of its own.
func ownTime(s *sent) bool {
	for i, t := range s.toks {
		if timeWords[t.w] || t.w == "that" && i+1 < len(s.toks) && periodWords[s.toks[i+1].w] {
			return true
		}
	}
	return false
}

// reportedPerfect returns the day of a statement ("said on Wednesday")
// that is the only date of the sentence when the meeting at trig is told in
// the perfect after it ("he had discussed", "they have met"), within
// nearDays before publication; else nil.
func reportedPerfect(s *sent, trig int, pub time.Time) *dateRef {
	if trig < 1 || len(s.dates) != 1 || !s.dates[0].report {
		return nil
	}
	d := &s.dates[0]
	if d.tok > trig || d.value.Start.Precision() != graph.PrecisionDay || days(d.value) > 1 {
		return nil
	}
	if !perfectAt(s.toks, trig) {
		return nil
	}
	diff := daysAfter(d.value.Start, pub)
	if diff > 0 || diff < -nearDays {
		return nil
	}
	return d
}

// perfectAt reports whether the event at trig is told in the perfect: its
// verb right after "had", "has" or "have" ("he had discussed"), or, for an
// accord noun, the concluding verb a few words before it ("he and Lavrov
// had reached a provisional agreement", "it had signed off on a $2 billion
// credit line").
func perfectAt(toks []token, trig int) bool {
	isAux := func(w string) bool { return w == "had" || w == "has" || w == "have" }
	if isAux(toks[trig-1].w) {
		return true
	}
	if _, noun := accordNouns[toks[trig].w]; !noun {
		return false
	}
	for k := trig - 1; k >= 1 && k >= trig-8; k-- {
		if toks[k].punct && toks[k].w != "$" {
			return false
		}
		if _, ok := concludingVerb(toks[k].w); ok {
			return isAux(toks[k-1].w)
		}
	}
	return false
}

// onsetVerbs begin a meeting or a stay.
var onsetVerbs = set("arrived", "opened", "begun", "started", "launched", "resumed")

// onsetPerfect reports whether the meeting at trig is told as just begun,
// in the present perfect: "have opened talks", "has arrived in", "have
// resumed their negotiations" (not "had begun": a past of its own).
func onsetPerfect(toks []token, trig int) bool {
	for k := trig; k >= 1 && k >= trig-3; k-- {
		if !onsetVerbs[toks[k].w] {
			if toks[k].punct {
				return false
			}
			continue
		}
		aux := toks[k-1].w
		if k >= 2 && (aux == "just" || aux == "now" || aux == "already") {
			aux = toks[k-2].w
		}
		return aux == "has" || aux == "have"
	}
	return false
}

// saidAfterMet reports whether the "met" at trig is what a named sayer did
// right before saying: "Clinton said Monday the United States would talk
// next with the Palestinians ... after he met Israeli Prime Minister
// Benjamin Netanyahu". The statement's day is the meeting's.
func saidAfterMet(toks []token, trig int) bool {
	k := trig - 1
	if k < 2 || toks[trig].w != "met" || !heOrShe(toks[k].w) || toks[k-1].w != "after" && toks[k-1].w != "when" {
		return false
	}
	for j := k - 2; j >= 1; j-- {
		if reportVerbs[toks[j].w] && toks[j-1].cap && !toks[j-1].punct {
			return true
		}
	}
	return false
}

// saidAtMeeting reports whether the meeting at trig is where something was
// said: "..., Zeng said during a meeting with Sudan's foreign minister",
// "said when meeting with", "said Vice-Chairman ... Xu Caihou during a
// meeting with", "Speaking after talks with", "spoke before a meeting
// with", "told reporters ahead of talks with": its day is the day of
// saying.
func saidAtMeeting(toks []token, trig int) bool {
	if trig == 0 && toks[0].w == "speaking" {
		return true // "Speaking in Luxembourg, Kerry reiterated ...": there on the day of saying
	}
	k := trig - 1
	for j := 0; j < 2 && k >= 1 && modifierWords[toks[k].w]; j++ {
		k-- // "Speaking after an hour-long meeting with Baker"
	}
	if k >= 0 && (toks[k].w == "a" || toks[k].w == "an" || toks[k].w == "the" || toks[k].w == "his" || toks[k].w == "her") {
		k--
	}
	if k == 0 && (toks[0].w == "in" || toks[0].w == "during" || toks[0].w == "at") {
		return openerThenSpeech(toks, trig) // "In a meeting with his Chinese counterpart Hu Jintao in Beijing, the president referred to China as ..."
	}
	if k < 1 {
		return false
	}
	switch toks[k].w {
	case "during", "at", "in", "when", "while":
	case "after", "before", "of", "following":
		if toks[k-1].w == "that" && k >= 2 && reportVerbs[toks[k-2].w] {
			return true // "Baker also said that after meeting Japanese special envoy Shintaro Abe, ..."
		}
		// "Speaking after talks in Brussels with ..., Zarif said", "Kerry
		// spoke before a meeting in Geneva with", "told reporters ahead of
		// talks with"
		if toks[k].w == "of" {
			if k < 2 || toks[k-1].w != "ahead" {
				return false
			}
			k--
		}
		k = audienceAndPlaceBefore(toks, k)
		w := toks[k-1].w
		return w == "speaking" || w == "spoke" || w == "speaks" || reportVerbs[w] || w == "reporters" && k >= 2 && toks[k-2].w == "told" ||
			statementWords[w] // "It made the statement after talks with Canadian officials" (not yet "issued after two days of talks": "days of" stops it)
	default:
		return false
	}
	if reportVerbs[toks[k-1].w] || statementWords[toks[k-1].w] && toks[k].w != "when" && toks[k].w != "while" {
		return true // (and "Liang made the remarks in his talks with his Bulgarian counterpart")
	}
	// "said Vice-Chairman of China's Central Military Commission Xu Caihou
	// during a meeting with ...": the sayer's title and name between;
	// "said Luo Gan, a member of the Standing Committee of the Political
	// Bureau, during a meeting with ...": and an apposition after the name.
	if toks[k-1].w == "," {
		for j := k - 2; j >= 1 && j >= k-24; j-- {
			if toks[j].w == "," {
				if toks[j-1].cap && !toks[j-1].punct {
					k = j
				}
				break
			}
		}
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := toks[j]
		if reportVerbs[t.w] {
			return j < k-1 && toks[k-1].cap
		}
		if !(t.cap && !t.punct || t.w == "of" || t.w == "'s" || t.w == "the" || titleWords[t.w]) {
			return false
		}
	}
	return false
}

// openerThenSpeech reports whether the sentence-opening phrase holding the
// meeting word at trig ends at a comma soon followed by a verb of speech:
// what the main clause says was said at that meeting.
func openerThenSpeech(toks []token, trig int) bool {
	for j := trig + 1; j < len(toks) && j <= trig+14; j++ {
		if toks[j].w != "," {
			if isClauseBreak(toks[j]) {
				return false
			}
			continue
		}
		for v := j + 1; v < len(toks) && v <= j+5; v++ {
			if pastReport(toks[v].w) || speechVerbs[toks[v].w] {
				return true
			}
		}
		return false
	}
	return false
}

// speechVerbs tell, like reportVerbs, what someone said: "referred to China
// as", "stressed", "expressed hope".
var speechVerbs = set("referred", "stressed", "expressed", "urged", "praised", "hailed", "described", "reiterated", "pledged",
	"welcomed", "called", "emphasized", "emphasised", "voiced", "asked")

// audienceAndPlaceBefore returns k moved back past the audience and the
// place of a statement that end right before it: "made the statements (to
// reporters in the West Bank city of Ramallah) following a meeting".
func audienceAndPlaceBefore(toks []token, k int) int {
	j := k
	for j >= 3 && (toks[j-1].cap && !toks[j-1].punct || placeNameWords[toks[j-1].w]) {
		j-- // "the West Bank city of Ramallah"
	}
	if j < k && j >= 2 && toks[j-1].w == "in" {
		k = j - 1
	}
	if k >= 3 && toks[k-2].w == "to" && audienceWords[toks[k-1].w] {
		k -= 2 // "to reporters"
	}
	return k
}

// placeNameWords join the capitalised words of a place named with its kind:
// "the West Bank city of Ramallah".
var placeNameWords = set("of", "city", "capital", "the")

// audienceWords hear a statement: "told reporters", "the statements to
// journalists".
var audienceWords = set("reporters", "journalists", "newsmen", "press")

// statementWords name a statement, or its issuing, made after talks: its
// day is the talks' day.
var statementWords = set("statement", "statements", "announcement", "remarks", "comments", "issued", "released")

// modifierWords qualify a meeting noun between its article and it: "an
// hour-long meeting", "a brief meeting".
var modifierWords = set("brief", "short", "long", "lengthy", "private", "closed-door", "surprise", "unscheduled", "separate",
	"two-hour", "three-hour", "hour-long", "two-day", "one-day", "first", "second", "final", "last", "first-ever")

// refersToMeeting reports whether a sentence places its accord at a meeting
// told before ("after the talks", "during the visit", "at the meeting").
func refersToMeeting(s *sent) bool {
	for k := 0; k+2 < len(s.toks); k++ {
		switch s.toks[k].w {
		case "after", "during", "at", "following":
			if s.toks[k+1].w == "the" && meetingWords[s.toks[k+2].w] != "" {
				return true
			}
		}
	}
	return false
}

// reportDay returns the day of the statement sentence si reports
// ("Turkey's interior minister said on Wednesday"; sentence 0 is the
// story's lead), within nearDays before publication; else nil.
func (a *article) reportDay(si int, pub time.Time) *dateRef {
	if si < 0 || si >= len(a.ss) {
		return nil
	}
	for i := range a.ss[si].dates {
		d := &a.ss[si].dates[i]
		if !d.report || d.value.Start.Precision() != graph.PrecisionDay || days(d.value) > 1 {
			continue
		}
		diff := daysAfter(d.value.Start, pub)
		if diff <= 0 && diff >= -nearDays {
			return d
		}
	}
	return nil
}

// datedSentence reports whether sentence i has a date that dates one of its
// own events, or a date and no event that could have taken it: then its
// undated meetings keep no date rather than borrow one. A sentence whose
// only date went to nothing ("here Tuesday when he meets with dissidents
// ... at the close of a trailblazing trip") still lends it.
func (a *article) datedSentence(i int, cs []*cand) bool {
	if len(a.ss[i].dates) == 0 {
		return false
	}
	for _, c := range cs {
		if c.sent == i && !c.span().IsZero() {
			return true
		}
	}
	for _, d := range a.ss[i].dates {
		if !d.report && d.value.Start.Precision() == graph.PrecisionDay {
			return false
		}
	}
	return true
}

// relativeBefore reports whether "after", "before", "since" or "until"
// stands just before the trigger at trig: the sentence's day is then not
// the event's ("On Monday Modi made an announcement after meeting with
// Hollande").
func relativeBefore(toks []token, trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-4; k-- {
		switch toks[k].w {
		case "after", "before", "since", "until", "following":
			return true
		}
	}
	return false
}

// datesFromLater dates a meeting still undated after borrowing with the day
// a later sentence gives it by the same definite noun: "Taiwan will send a
// trade delegation to Washington for talks ... Siew said the talks,
// starting on April 14, would cover ...". The search skips sentences that
// name other states, stops at one that tells their meetings or an event of
// its own;
// "the talks of ..." are other talks; the day lies within nearDays of
// publication and agrees with the status (held: on or before publication;
// planned: on or after), or sets a status only guessed.
func (a *article) datesFromLater(cs []*cand) {
	pub := a.in.Published
	if pub.IsZero() {
		return
	}
	p := pub.First()
	for _, c := range cs {
		if c.ev.Kind != graph.KindMeeting || !c.span().IsZero() ||
			c.ev.Status != graph.StatusHeld && c.ev.Status != graph.StatusPlanned || c.trig >= len(a.ss[c.sent].toks) {
			continue
		}
		noun := a.ss[c.sent].toks[c.trig].w
	next:
		for j := c.sent + 1; j < len(a.ss); j++ {
			for _, o := range cs {
				if o.sent == j || o != c && o.ev.Kind == graph.KindMeeting && o.sent > c.sent && o.sent < j {
					break next // an event of its own, or another meeting told between
				}
			}
			s := a.ss[j]
			for _, ac := range s.actors {
				if ac.code != "" && !slices.Contains(c.ev.Participants, ac.code) {
					if slices.ContainsFunc(s.trigs, func(t trigger) bool { return t.kind == graph.KindMeeting }) {
						break next // other states' meetings: "the talks" after it are theirs
					}
					continue next // "after Japan and Canada": other states named in passing
				}
			}
			for ti, t := range s.trigs {
				if t.kind != graph.KindMeeting || t.weak || t.tok == 0 || s.toks[t.tok-1].w != "the" || s.toks[t.tok].w != noun ||
					t.tok+1 < len(s.toks) && s.toks[t.tok+1].w == "of" || len(s.dated[ti]) != 1 {
					continue
				}
				d := s.dated[ti][0]
				if d.since || d.report || d.value.IsZero() {
					continue
				}
				start, last := d.value.Start.First(), d.value.Last().First()
				if math.Abs(daysAfter(d.value.Start, p)) > nearDays {
					continue
				}
				if c.strength == statusGuess {
					// A guessed status yields to the day: "shortly before
					// trade talks" that start on April 14 are ahead.
					if start.After(p) {
						c.ev.Status = graph.StatusPlanned
					}
				} else if c.ev.Status == graph.StatusHeld && start.After(p) || c.ev.Status == graph.StatusPlanned && last.Before(p) {
					continue
				}
				c.setDate(d.value, d.m.Text)
				break next
			}
		}
	}
}

// datesFromTellings dates an event still undated with the date of a
// sentence that tells it again without naming its parties, a sentence that
// made no event of its own and names no other state. Such a telling is
// definite: "The five-year accord signed in July 1986 aims to" dates the
// story's accord when the article has no other accord; a day's possessive
// ("Today's agreement will deal with requests", "Monday's talks with
// Stoltenberg") dates the article's one undated accord or meeting, a
// meeting only when the telling names one of its parties. A held event
// takes no day after publication, a planned one none before.
func (a *article) datesFromTellings(cs []*cand) {
	for _, kind := range []graph.Kind{graph.KindAccord, graph.KindMeeting} {
		var und []*cand
		others := false // another event of the kind, dated or of other parties
		for _, o := range cs {
			if o.ev.Kind != kind {
				continue
			}
			if !o.span().IsZero() || len(und) > 0 && !sameSet(und[0].ev.Participants, o.ev.Participants) {
				others = true
			}
			if o.span().IsZero() {
				if len(und) > 0 && (kind == graph.KindMeeting || !sameSet(und[0].ev.Participants, o.ev.Participants)) {
					und = nil
					break // two undated meetings, or accords of two pairs: no telling decides
				}
				und = append(und, o) // (one pair's accord told twice under topics not merged)
			}
		}
		if len(und) == 0 {
			continue
		}
		d, signed := a.tellingDate(und[0], cs, others)
		if d == nil {
			continue
		}
		for _, c := range und {
			c.setDate(d.value, d.m.Text)
			if signed && c.ev.Status == graph.StatusAgreed {
				c.ev.Status = graph.StatusSigned // "the accord signed in July 1986"
			}
		}
	}
}

// tellingDate returns the one date the party-less tellings of c's kind
// give it (see datesFromTellings), or nil, and whether one telling has the
// accord signed.
func (a *article) tellingDate(c *cand, cs []*cand, others bool) (*dateRef, bool) {
	pub := a.in.Published
	var got *dateRef
	signed := false
	take := func(d *dateRef, status string) bool {
		if d.since || d.report || d.covered || d.value.IsZero() {
			return true
		}
		if !pub.IsZero() {
			after, before := d.value.Start.First().After(pub.First()), d.value.Last().First().Before(pub.First())
			if after && (c.ev.Kind == graph.KindAccord || c.ev.Status == graph.StatusHeld) || before && c.ev.Status == graph.StatusPlanned {
				return true
			}
		}
		if got != nil && got.value != d.value {
			return false // two dates: no telling decides
		}
		got = d
		signed = signed || status == graph.StatusSigned
		return true
	}
	for j, s := range a.ss {
		if j == c.sent || slices.ContainsFunc(cs, func(o *cand) bool { return o.sent == j }) {
			continue
		}
		if slices.ContainsFunc(s.actors, func(ac actor) bool { return ac.code != "" && !slices.Contains(c.ev.Participants, ac.code) }) {
			continue
		}
		named := slices.ContainsFunc(s.actors, func(ac actor) bool { return ac.code != "" })
		for i := range s.dates {
			d := &s.dates[i]
			if c.ev.Kind == graph.KindAccord && datedDefinite(s, d) {
				if d.m.Tensed && !pub.IsZero() {
					// "despite the July agreement": one concluded, so the last July
					past := *d
					past.value = when.Resolve(d.m, pub, when.TensePast)
					d = &past
				}
			} else if !dayPossessive(s, d, c.ev.Kind) {
				continue
			}
			if (named || c.ev.Kind == graph.KindAccord) && !take(d, "") {
				return nil, false
			}
		}
		if c.ev.Kind != graph.KindAccord || others {
			continue
		}
		for ti, t := range s.trigs {
			if t.kind == graph.KindAccord && t.headNoun == t.tok && len(s.dated[ti]) == 1 && definiteNoun(s, t.tok) && !take(s.dated[ti][0], t.status) {
				return nil, false
			}
		}
	}
	return got, signed
}

// dayPossessive reports whether date d is the possessive of a noun of the
// kind: "Today's agreement", "Monday's talks".
func dayPossessive(s *sent, d *dateRef, kind graph.Kind) bool {
	k := d.tokEnd
	if k+1 >= len(s.toks) || s.toks[k].w != "'s" {
		return false
	}
	w := s.toks[k+1].w
	if kind == graph.KindAccord {
		return accordNouns[w]
	}
	return meetingWords[w] != "" && !s.toks[k+1].punct
}

// datedDefinite reports whether date d names, by month or year, the accord
// noun it premodifies after a definite article: "despite the July
// agreement", "the 1986 pact".
func datedDefinite(s *sent, d *dateRef) bool {
	if d.tok < 1 || d.tokEnd >= len(s.toks) || d.value.Start.Precision() == graph.PrecisionDay {
		return false
	}
	return definiteWords[s.toks[d.tok-1].w] && accordNouns[s.toks[d.tokEnd].w]
}

// definiteWords tell a noun as one already known.
var definiteWords = set("the", "this", "that", "its", "their")

// definiteNoun reports whether the noun at k is told as one already known:
// "the agreement", "this accord", "The five-year accord".
func definiteNoun(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch w := s.toks[j].w; {
		case definiteWords[w]:
			return true
		case w == "a" || w == "an" || w == "'s" || s.toks[j].punct && w != "-":
			return false
		}
	}
	return false
}

// currentPeriods dates, with the sentence's own "this year" or "this
// month", a past event no other rule dated: "Seoul and Washington launched
// formal talks ... after North Korea conducted a nuclear test earlier this
// year". Whatever clause the period is told in, a past event in the same
// sentence falls in the same current period. A sentence with more than one
// date leaves the event undated: which date is its own is not told.
func (a *article) currentPeriods(cs []*cand) {
	pub := a.in.Published
	if pub.Precision() != graph.PrecisionDay {
		return
	}
	for _, c := range cs {
		if !c.span().IsZero() || c.standing || c.mention || c.former || c.ev.Kind == graph.KindRelations {
			continue
		}
		switch c.ev.Status {
		case graph.StatusHeld, graph.StatusAgreed, graph.StatusSigned:
		default:
			continue
		}
		s := a.ss[c.sent]
		if len(s.dates) != 1 {
			continue
		}
		d := &s.dates[0]
		v := d.value
		if d.since || d.covered || d.report || d.effect || d.eveOf || d.modifier || !v.End.IsZero() || v.Start.Precision() == graph.PrecisionDay || !v.Start.Contains(pub) {
			continue
		}
		c.setDate(v, d.m.Text)
	}
}

// lengthsFromElsewhere extends a visit dated by its first day only ("his
// landmark visit, which begins on Monday") by a length another sentence
// gives the pair's visit ("At the first stop of Obama's three-day visit"),
// when the article gives its visits between the two one length only.
func (a *article) lengthsFromElsewhere(cs []*cand) {
	for _, c := range cs {
		if c.ev.Kind != graph.KindMeeting || c.ev.Mode != "visit" || len(c.ev.Participants) != 2 {
			continue
		}
		sp := c.span()
		if sp.Start.Precision() != graph.PrecisionDay || !sp.End.IsZero() && sp.End != sp.Start || !a.startedOn(c) {
			continue
		}
		n := 0
		for _, s := range a.ss {
			for k, t := range s.toks {
				if !strings.HasSuffix(t.w, "-day") || !durationNounAfter(s.toks, k) || !s.namesAny(c.ev.Participants) {
					continue
				}
				m := dayCount(t.w)
				if n != 0 && m != n {
					n = -1 // lengths that disagree: none is known
				} else if n == 0 {
					n = m
				}
			}
		}
		if n >= 2 {
			c.setDate(graph.Span{Start: sp.Start, End: graph.DateOf(sp.Start.First().AddDate(0, 0, n-1))}, c.ev.When)
		}
	}
}

// startedOn reports whether the candidate's day is told as the day its
// visit begins: "which begins on Monday", "started Sunday", "arrives on
// Tuesday".
func (a *article) startedOn(c *cand) bool {
	for _, t := range c.allTellings() {
		if i := a.sentenceOf(t.start); i >= 0 && a.ss[i].startsOn(c) {
			return true // (a telling merged into one told first: "has concluded his three-day visit ... on Saturday flew to UAE")
		}
	}
	return false
}

// startsOn reports whether the sentence tells c's day as the day its visit
// begins.
func (s *sent) startsOn(c *cand) bool {
	for _, d := range s.dates {
		if d.value.Start != c.span().Start {
			continue
		}
		for k := d.tok - 1; k >= 0 && k >= d.tok-4 && !s.toks[k].punct; k-- {
			switch w := s.toks[k].w; {
			case w == "begins" || w == "began" || w == "begin" || w == "starts" || w == "started" || w == "start" || w == "opens" || w == "opened":
				if k >= d.tok-2 {
					return true
				}
			case w == "arrives" || w == "arrived" || w == "arrive":
				return true // (also "arrived in Tehran on Tuesday")
			}
		}
		if k := d.tokEnd; k+1 < len(s.toks) && (arrivalAfterDate[s.toks[k].w] || journeyAfterDate[s.toks[k].w] && (s.toks[k+1].w == "to" || s.toks[k+1].w == "into")) {
			return true // "Museveni on Saturday flew to UAE", "Li on Sunday arrived in Canberra"
		}
	}
	return false
}

// arrivalAfterDate and journeyAfterDate (with "to") right after a date make
// it the day a visit begins: "on Saturday arrived in", "on Saturday flew
// to".
var (
	arrivalAfterDate = set("arrived", "arrives", "landed", "lands", "began", "begins", "started", "starts")
	journeyAfterDate = set("flew", "flies", "travelled", "traveled", "travels", "headed", "heads")
)

// namesAny reports whether the sentence names one of codes as a state.
func (s *sent) namesAny(codes []string) bool {
	for _, ac := range s.actors {
		if ac.explicit() && slices.Contains(codes, ac.code) {
			return true
		}
	}
	return false
}
