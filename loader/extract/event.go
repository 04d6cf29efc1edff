package extract

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
	"github.com/entente-dev/entente/loader/extract/when"
)

// cand is an event candidate before merging.
type cand struct {
	ev        Event
	sent      int
	trig      int  // trigger token, with sent identifies the phrase
	strength  int  // how firmly the status is known (statusGuess .. statusCue)
	inferred  bool // some participants come from context, not the sentence
	published graph.Date
	agencies  []agencyRef
	evidStart int // byte offsets of the evidence sentence
	evidEnd   int
	names     bool // the evidence sentence names every participant itself
	// tellings are the evidence sentences of every telling merged into
	// this one, its own first; nil until a merge (see allTellings).
	tellings  []evidTelling
	following bool   // dated by "the following two days": may continue an earlier telling's days
	ordered   bool   // a visit whose visitor is the trigger's own subject, not an order guessed from the pair
	purpose   bool   // the trigger says what a journey is for: "arrives later in the day for talks"
	another   bool   // "another informal summit", "a second round of talks": not the meeting told before
	mention   bool   // an accord named without a verb ("the U.S.-Japan agreement"): one the states have, not news
	standing  bool   // every telling merged in is such a mention: an accord in force
	former    bool   // "the first agreement", "the previous accord": an earlier one than the story's
	departs   bool   // a journey dated by its setting off ("leaves for Moscow on Tuesday"), not by its talks
	recent    bool   // told as of a stretch before the story ("In recent months, Sharif and Yunus met"), not of its days
	prior     bool   // told after "Prior to this," or "Before that,": earlier than the event told before it
	storyDay  bool   // dated only by the story's day (see storyDays)
	leadNews  bool   // undated in the lead, or a meeting told as one more ("Xi also met with Duterte"), and told as news: of the story's days, not of an earlier telling's
	part      string // "early", "mid" or "late": the part of the month or year its date words name ("at the end of April")
	length    int    // MEETING: the days an undated telling says the visit lasts ("the president's planned four-day visit"), else 0
	ends      bool   // MEETING: its one day is the day it ended ("concluded his visit on Tuesday"), not its first
	within    bool   // MEETING: its one day is some day of a visit of length days ("said Tuesday during his two-day visit")
	closes    bool   // MEETING: its one day is the last of talks told before ("the talks, which are scheduled to end Wednesday")
	// days are the single days of the tellings merged into a longer span
	// ("held talks ... on Tuesday" inside a four-day visit), for what
	// happened "after the talks".
	days []telling
}

// telling is one dated telling of an event: its span and the words that
// date it.
type telling struct {
	span graph.Span
	when string
}

// evidTelling is one telling's evidence sentence, with what it told.
type evidTelling struct {
	start, end int
	when       string
	confidence float64
	names      bool
	status     string
}

// own is the candidate's own telling, as first built.
func (c *cand) own() evidTelling {
	return evidTelling{c.evidStart, c.evidEnd, c.ev.When, c.ev.Confidence, c.names, c.ev.Status}
}

// allTellings returns the candidate's tellings: its own alone until a
// merge.
func (c *cand) allTellings() []evidTelling {
	if c.tellings == nil {
		return []evidTelling{c.own()}
	}
	return c.tellings
}

// bestEvidence picks the evidence sentence to show for a merged event: a
// telling of its status ("have held many rounds of talks", not "its door
// was always open to talks"), then one that names every participant itself
// ("May's spokeswoman said she had spoken by phone to Juncker" over "ahead
// of the negotiations"), then one that states the event's date ("would be
// in Italy on Jan. 25-26" over "will visit Italy next week"), then the most
// confident; the first among equals.
func (c *cand) bestEvidence() (start, end int) {
	ts := c.allTellings()
	best, bestScore := 0, -1.0
	for i, t := range ts {
		score := t.confidence
		if c.ev.When != "" && strings.EqualFold(t.when, c.ev.When) {
			score++
		}
		if t.names {
			score += 2
		}
		if t.status == c.ev.Status {
			score += 4
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return ts[best].start, ts[best].end
}

// span is the candidate's dates, as its event holds them.
func (c *cand) span() graph.Span { return graph.Span{Start: c.ev.Start, End: c.ev.End} }

// setDate gives the candidate the dates of span, told by the words when.
func (c *cand) setDate(span graph.Span, when string) {
	c.ev.Start, c.ev.End, c.ev.When = span.Start, span.End, when
}

type agencyRef struct{ name, country string }

// argMemo remembers, within a sentence, each trigger's subject and which
// trigger first took each actor group as its object.
type argMemo struct {
	subj     map[int][]string // trigger token -> subject codes
	objClaim map[int]int      // group id -> trigger token
	found    map[int]bool     // trigger token -> it made an event
}

// events runs the trigger rules over every sentence and builds candidates.
func (a *article) events() []*cand {
	var out []*cand
	var last [][]string       // participant sets of the previous sentence's events, for "They ..." and "The visits ..."
	var lastVisits [][]string // participant sets of the last sentence with visits, for "The visits ..." past a meeting told between
	var lastMeeting *cand
	lastSent, lastVisitsSent := -10, -10
	lastMeetingSent := -10
	for _, s := range a.ss {
		trigs := findTriggers(s)
		backRefs := a.gatheringRefs(s)
		explicitCodes := distinctCodes(s.actors, true)
		kept := trigs[:0]
		for _, t := range trigs {
			if t.weak && len(explicitCodes) < 2 {
				continue
			}
			kept = append(kept, t)
		}
		trigs = kept
		assigned := assignDates(s, trigs)
		relativeClauseDates(s, trigs, assigned)
		coordinatedDates(trigs, assigned)
		switchDates(s, trigs, assigned)
		purposeDates(s, trigs, assigned)
		occasionDates(s, trigs, assigned)
		s.trigs, s.dated = trigs, assigned
		at, groups := s.groups()
		args := &argMemo{subj: map[int][]string{}, objClaim: map[int]int{}, found: map[int]bool{}}
		var made []*cand
		named := map[string][][]string{} // trigger word -> the parties the sentence named for it
		for ti, t := range trigs {
			if comparedWith(s.toks, t.tok) {
				continue // "compared with agreements reached by Indonesia, Venezuela and Brazil": a yardstick, not news
			}
			if t.kind == graph.KindMeeting && s.firmPronounSubject(t.verb) {
				continue // "Facebook ... said in a statement that it conferred closely with Israel": a firm's meeting
			}
			if t.kind == graph.KindMeeting && conditionalInfinitive(s.toks, t.verb) {
				continue // "if they had a part in orchestrating the crisis in order to force Greece to negotiate with Turkey": supposed
			}
			if t.kind == graph.KindMeeting && motiveInfinitive(s.toks, t.verb) {
				continue // "the plan is not an incentive to the Palestinians to negotiate with Israel": a reason to meet, no meeting
			}
			if sourcesFamiliar(s.toks, t.tok) {
				continue // "two sources familiar with the talks said": whose talks, the story told before
			}
			if t.kind == graph.KindMeeting && meetVerbs[s.toks[t.tok].w] && s.sportsFixture() {
				continue // "England met Poland, for their third game of the international break": teams, not states
			}
			stopAt := map[int]bool{}
			for _, o := range trigs {
				if o.kind == t.kind && o.tok != t.tok {
					stopAt[o.tok] = true
				}
			}
			ref := last
			if t.mode == "visit" && lastVisitsSent > lastSent-3 && lastVisitsSent != lastSent && definiteTrigger(s, t) {
				// "Rouhani would be in Italy and leave for Paris. He is to
				// meet Pope Francis. The visits were due in November": the
				// visits told, not the meeting just before.
				ref = lastVisits
			}
			sets, inferred := a.participants(s, t, ref, at, groups, stopAt, args)
			if inferred && tripPurpose(s, t, trigs[:ti], args) {
				continue // "Shultz, travelling to China for a week-long visit": the trip's own purpose
			}
			if js := journeySubject(s, t, trigs[:ti], args); !inferred && js != nil && !slices.Equal(js, args.subj[t.tok]) {
				// "Bush, who visited Jordan last month for talks with Iraqi
				// Prime Minister Nuri al-Maliki": the traveller holds the
				// talks the journey is for, not the state visited
				sets = withSubject(sets, args.subj[t.tok], js)
				args.subj[t.tok] = js
			}
			args.found[t.tok] = len(sets) > 0
			w := s.toks[t.tok].w
			if !inferred {
				named[w] = append(named[w], sets...)
			} else if repeatsNamed(named[w], sets) && !anotherBefore(s, t.tok) {
				continue // "pleas for talks with Manila, with Wang Yi saying it is time for talks": the same talks (not "will return for further talks")
			}
			refs := assigned[ti]
			if len(refs) == 0 {
				refs = []*dateRef{nil}
			}
			for _, parts := range sets {
				if len(parts) > maxParties {
					continue // "attended by representatives from Brazil, Mexico, ... and Panama": a conference
				}
				if t.kind == graph.KindMeeting && t.mode != "visit" && !t.movement && blocInternal(parts, a.in.Published) {
					continue // "West Germany repeated its criticism at the talks": a member inside the bloc's own meetings
				}
				if backRefs[t.tok] && !s.allNamed(parts) {
					continue // "no information had emerged from the meeting" of NATO ambassadors told before: not the pair's
				}
				if t.kind == graph.KindMeeting && (t.mode == "summit" || t.tok > 0 && s.toks[t.tok-1].w == "summit") && !s.namesAtLeast(parts, 2) && !ownSummit(s.toks, t.tok) {
					continue // "Obama said at the end of a summit", "the June 8-10 economic summit meeting in Venice": a summit of many, unless the story's pair's own
				}
				if a.sidesUnfounded(s, parts) {
					continue // "The two sides will meet again on Friday" in a story of a government and its banks
				}
				if inferred && slices.Contains(parts, "VA") {
					continue // "Kenya readies itself for Pope Francis' visit": the pope meets churches and crowds; his state partner must be named
				}
				for di, d := range refs {
					parts := parts
					if di > 0 && !inferred {
						// "will meet Merkel in Berlin on Tuesday and his
						// Italian counterpart Romano Prodi the following
						// day", "visit Germany on Tuesday and Italy on
						// Wednesday": the later day is the next partner's
						if x := s.gappedPartner(refs[di-1], d); x != "" {
							if parts = gapped(parts, args.subj[t.tok], x); parts == nil {
								continue
							}
						}
					}
					for _, c := range a.makeEvents(s, t, d, parts, inferred) {
						subj := args.subj[t.tok]
						c.ordered = len(subj) > 0 && len(parts) > 0 && subj[0] == parts[0]
						made = append(made, c)
					}
				}
			}
		}
		made = append(made, a.talksBeforeAccord(s, trigs, assigned, made)...)
		made = dropSeatVisits(made)
		made = dropBodyTrips(s, made)
		made = dropGuessedPartners(made)
		for _, c := range made {
			a.pairAccord = a.pairAccord || c.ev.Kind == graph.KindAccord && len(a.pair) == 2 && sameSet(c.ev.Participants, a.pair)
			a.pairMet = a.pairMet || c.ev.Kind == graph.KindMeeting && len(a.pair) == 2 && sameSet(c.ev.Participants, a.pair)
		}
		if len(made) > 0 {
			out = append(out, made...)
			last, lastSent = last[:0:0], s.idx
			for _, c := range made {
				dup := false
				for _, l := range last {
					if sameSet(l, c.ev.Participants) {
						dup = true
					}
				}
				if !dup {
					last = append(last, c.ev.Participants)
				}
			}
			var visits [][]string
			for _, c := range made {
				if c.ev.Kind == graph.KindMeeting {
					lastMeeting, lastMeetingSent = c, s.idx
				}
				if c.ev.Mode == "visit" && !slices.ContainsFunc(visits, func(l []string) bool { return sameSet(l, c.ev.Participants) }) {
					visits = append(visits, c.ev.Participants)
				}
			}
			if len(visits) > 0 {
				lastVisits, lastVisitsSent = visits, s.idx
			}
			continue
		}
		if s.idx-lastSent >= 3 {
			last = nil // "They"/"The visits" refer back a few sentences at most
		}
		// A sentence without an event of its own can still tell more about
		// the meeting just before it: who was in the delegations, what was
		// discussed.
		if lastMeeting != nil && s.idx-lastMeetingSent <= 2 {
			extendByFollowing(lastMeeting, s)
		}
		if lastMeeting != nil && s.idx-lastMeetingSent <= 2 && continuesMeeting(s) {
			for _, tp := range meetingTopics(s, -1) {
				if !slices.Contains(lastMeeting.ev.Topics, tp) {
					lastMeeting.ev.Topics = append(lastMeeting.ev.Topics, tp)
				}
			}
			for _, m := range s.agencies {
				if m.Country == "" || slices.Contains(lastMeeting.ev.Participants, m.Country) {
					lastMeeting.agencies = append(lastMeeting.agencies, agencyRef{m.Name, m.Country})
				}
			}
		}
	}
	return a.dropVenueTrips(out)
}

// coordinatedDates gives an undated accord coordinated with another under
// one verb the other's dates: "signed an oil agreement and a final
// agreement on economic cooperation" earlier in the day, "an agreement on
// trade and an agreement on tourism on Saturday".
func coordinatedDates(trigs []trigger, assigned [][]*dateRef) {
	for ti, t := range trigs {
		if t.coordOf == 0 {
			continue
		}
		for oi, o := range trigs {
			if o.kind != graph.KindAccord || o.headNoun != t.coordOf-1 {
				continue
			}
			switch {
			case len(assigned[ti]) == 0:
				assigned[ti] = assigned[oi]
			case len(assigned[oi]) == 0:
				assigned[oi] = assigned[ti] // "an agreement on trade and an agreement on tourism on Saturday"
			}
		}
	}
}

// switchDates gives the two halves of a switch of ties ("cut ties with
// Taipei to open relations with Beijing on Monday") one date: the one
// either of them has.
func switchDates(s *sent, trigs []trigger, assigned [][]*dateRef) {
	for ti, t := range trigs {
		if t.kind != graph.KindRelations || t.action != graph.ActionEstablished || t.tok < 1 || s.toks[t.tok-1].w != "to" || !severedBefore(s.toks, t.tok-1) {
			continue
		}
		for oi, o := range trigs {
			if o.kind != graph.KindRelations || o.action != graph.ActionSevered || o.tok >= t.tok || o.tok < t.tok-11 {
				continue
			}
			switch {
			case len(assigned[ti]) == 0:
				assigned[ti] = assigned[oi]
			case len(assigned[oi]) == 0:
				assigned[oi] = assigned[ti]
			}
		}
	}
}

// purposeDates gives an undated meeting that a dated journey of its clause
// is for the journey's dates: "Bush, who visited Jordan last month for
// talks with Iraqi Prime Minister Nuri al-Maliki".
func purposeDates(s *sent, trigs []trigger, assigned [][]*dateRef) {
	for ti, t := range trigs {
		if t.kind != graph.KindMeeting || len(assigned[ti]) > 0 {
			continue
		}
		f := purposeFor(s.toks, t.tok) // "for further talks", "for two days of talks"
		if f < 0 {
			continue
		}
		for oi, o := range trigs {
			if o.kind != graph.KindMeeting || o.tok >= f || f-o.tok > 8 || len(assigned[oi]) != 1 || !(o.mode == "visit" || o.movement) {
				continue
			}
			if d := assigned[oi][0]; d != nil && d.tok > o.tok && d.tokEnd <= f && !clauseBreakIn(s.toks, o.tok, f) {
				assigned[ti] = assigned[oi] // (the journey's own date, between it and its purpose)
			}
		}
	}
}

// occasionDates gives an undated meeting held during a gathering the date
// told after the gathering's phrase: "expected to meet with Putin during
// a planned summit of the Commonwealth of Independent States in Minsk,
// capital of Belarus, later this month".
func occasionDates(s *sent, trigs []trigger, assigned [][]*dateRef) {
	for ti, t := range trigs {
		if t.kind != graph.KindMeeting || len(assigned[ti]) > 0 {
			continue
		}
		k := -1
		for j := t.tok + 1; j < len(s.toks) && j <= t.tok+12; j++ {
			if s.toks[j].w == "during" || s.toks[j].w == "sidelines" {
				k = j
				break
			}
			if isClauseBreak(s.toks[j]) {
				break
			}
		}
		if k < 0 {
			continue
		}
		n := -1
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if gatheringNouns[s.toks[j].w] {
				n = j
				break
			}
		}
		if n < 0 {
			continue
		}
		for di := range s.dates {
			d := &s.dates[di]
			if d.tok > n && d.tok-n <= 20 && !d.since && !d.report && !d.covered && !d.modifier && !clauseBreakIn(s.toks, n, d.tok) {
				assigned[ti] = []*dateRef{d}
				break
			}
		}
	}
}

// gappedPartner returns the state named right after "and" between two
// dates of one trigger, when only a title or a name stands there
// ("Merkel in Berlin on Tuesday and his Italian counterpart Romano Prodi
// the following day"), or "".
func (s *sent) gappedPartner(prev, d *dateRef) string {
	if prev == nil || d == nil || d.tok <= prev.tokEnd {
		return ""
	}
	k := prev.tokEnd
	if k < d.tok && s.toks[k].w == "," {
		k++
	}
	if k >= d.tok || s.toks[k].w != "and" {
		return ""
	}
	code := ""
	for j := k + 1; j < d.tok; j++ {
		t := s.toks[j]
		if t.punct || isClauseBreak(t) || t.cls&(clsMeeting|clsAccord) != 0 && code == "" {
			return "" // a verb or a clause of its own: not a gapped partner
		}
		if c := s.stateCodeAt(j); c != "" && code == "" {
			code = c
		}
	}
	return code
}

// gapped returns parts with its partners (those not in subj) replaced by x,
// or nil when x is already a subject's or there is no subject.
func gapped(parts, subj []string, x string) []string {
	if len(subj) == 0 || slices.Contains(subj, x) {
		return nil
	}
	out := append([]string(nil), subj...)
	return append(out, x)
}

// relativeClauseDates gives an undated trigger told in a clause of
// "during which", "in which" or "on which" the date of the noun that clause
// is about: "a similar trip to West Africa in 2014 during the Ebola
// outbreak in which he toured response operations in Liberia", "a trip to
// Asia last May, during which he visited Vietnam".
func relativeClauseDates(s *sent, trigs []trigger, assigned [][]*dateRef) {
	for ti, t := range trigs {
		if len(assigned[ti]) > 0 {
			continue
		}
		k := t.tok - 1
		for k >= 1 && t.tok-k <= 6 && s.toks[k].w != "which" && !s.toks[k].punct {
			k--
		}
		if k < 2 || s.toks[k].w != "which" || !relativeTimePreps[s.toks[k-1].w] {
			continue
		}
		var best *dateRef
		for di := range s.dates {
			d := &s.dates[di]
			if d.tokEnd <= k-1 && d.tok >= k-14 && !d.report && !d.since && !d.covered && (best == nil || d.tok > best.tok) {
				best = d
			}
		}
		if best != nil && !clauseBreakIn(s.toks, best.tokEnd, k-1) {
			assigned[ti] = []*dateRef{best}
		}
	}
}

// relativeTimePreps open a relative clause about what happened over a
// time or a journey: "during which", "in which", "on which".
var relativeTimePreps = set("during", "in", "on")

// clauseBreakIn reports whether a clause break (not a comma) stands
// between tokens i and j.
func clauseBreakIn(toks []token, i, j int) bool {
	return slices.ContainsFunc(toks[i:min(j, len(toks))], isClauseBreak)
}

// dropGuessedPartners drops a sentence's meeting whose partner was only
// guessed from the story (the sentence does not name it) when another
// meeting of the sentence names the same first party's partner: "Obama
// discussed steps to deter North Korean missile tests during a meeting
// with Chinese President Xi Jinping" in a story of the U.S. and Iran is
// one meeting, with China.
func dropGuessedPartners(made []*cand) []*cand {
	return slices.DeleteFunc(made, func(c *cand) bool {
		if !c.inferred || c.names || c.ev.Kind != graph.KindMeeting {
			return false // (a host the sentence names, "before holding talks in Turkey", is no guess)
		}
		return slices.ContainsFunc(made, func(o *cand) bool {
			return o != c && !o.inferred && o.ev.Kind == graph.KindMeeting && o.ev.Participants[0] == c.ev.Participants[0] &&
				!sameSet(o.ev.Participants, c.ev.Participants)
		})
	})
}

// talksBeforeAccord gives the talks an accord of the sentence was reached
// after the accord's parties when the talks name none of their own:
// "Britain signed an agreement with Iran after talks in Tehran on Friday",
// "Cameron sealed a deal with the European Union after two days of talks in
// Brussels". The talks must follow "after" or "following" within a few
// words, in the accord's clause, and have made no event.
func (a *article) talksBeforeAccord(s *sent, trigs []trigger, assigned [][]*dateRef, made []*cand) []*cand {
	var out []*cand
	for ti, t := range trigs {
		if t.kind != graph.KindMeeting || t.mode == "visit" || t.mode == "phone" ||
			slices.ContainsFunc(made, func(c *cand) bool { return c.trig == t.tok }) {
			continue
		}
		k := t.tok - 1
		for k >= 0 && t.tok-k <= 4 && !s.toks[k].punct && s.toks[k].w != "after" && s.toks[k].w != "following" {
			k--
		}
		if k < 0 || s.toks[k].punct || s.toks[k].w != "after" && s.toks[k].w != "following" {
			continue
		}
		if t.tok+1 < len(s.toks) && s.toks[t.tok+1].w == "with" ||
			slices.ContainsFunc(s.toks[k+1:t.tok], func(x token) bool { return x.w == "months" || x.w == "years" || x.w == "weeks" }) {
			continue // talks "with CoFACE, the French export credit agency" have their own partner; "after months of heated negotiations" are a process
		}
		for _, c := range made {
			if c.ev.Kind != graph.KindAccord || len(c.ev.Participants) != 2 || c.trig >= k || brokenBetween(s.toks, c.trig, k) {
				continue
			}
			var d *dateRef
			if len(assigned[ti]) > 0 {
				d = assigned[ti][0]
			}
			out = append(out, a.makeEvents(s, t, d, c.ev.Participants, true)...)
			break
		}
	}
	return out
}

// ownSummit reports whether the summit at trig is told as its sides' own,
// by "their", "bilateral", "two-nation" or a compound of two peoples
// ("Anglo-French") before it: only then may the story's pair fill in
// sides the sentence leaves out.
func ownSummit(toks []token, trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-4; k-- {
		switch toks[k].w {
		case "their", "bilateral", "two-nation", "two-way":
			return true
		}
		if toks[k].cap && twoPeoples(toks[k].w) {
			return true // "an Anglo-French security summit" (not "the Franco-African summit")
		}
		if toks[k].punct && toks[k].w != "-" {
			return false
		}
	}
	return false
}

// twoPeoples reports whether the hyphenated word w joins two different
// countries' peoples: "anglo-french", "sino-japanese".
func twoPeoples(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	code := func(x string) string {
		if c := gazetteer.CombiningForm(x); c != "" {
			return c
		}
		if c, ok := gazetteer.Lookup(x); ok {
			return c.Code
		}
		return ""
	}
	ca, cb := code(a), code(b)
	return ca != "" && cb != "" && ca != cb
}

// dropVenueTrips drops a visit to a city that seats international bodies
// when the story never names the city's country as a state: "Zarif
// arrived in Vienna, headquarters of the International Atomic Energy
// Agency" is a trip to the agency, not to Austria. A visit to Brussels in
// a story of Belgium's own ("Kerry confirmed during a visit to Brussels"
// after the attacks there) stays, and so does one to a country of the
// story's pair.
func (a *article) dropVenueTrips(cs []*cand) []*cand {
	states := sync.OnceValue(a.prominent)
	return slices.DeleteFunc(cs, func(c *cand) bool {
		if c.ev.Kind != graph.KindMeeting || c.ev.Mode != "visit" || c.ev.Place == nil || len(c.ev.Participants) != 2 ||
			!gazetteer.VenueIn(*c.ev.Place) || slices.Contains(a.pair, c.ev.Participants[1]) {
			return false
		}
		host := c.ev.Participants[1]
		return !slices.Contains(states(), host) &&
			slices.ContainsFunc(gazetteer.FindCountries(*c.ev.Place), func(m gazetteer.CountryMention) bool { return m.Code == host })
	})
}

// dropBodyTrips drops a visit whose talks, told right after it, are with
// banks, creditors or firms: "Funaro is in Washington holding talks with
// creditors", "flew to Tokyo for talks with Japanese banks" are no state's
// visit.
func dropBodyTrips(s *sent, made []*cand) []*cand {
	return slices.DeleteFunc(made, func(c *cand) bool {
		return c.ev.Kind == graph.KindMeeting && c.ev.Mode == "visit" && slices.ContainsFunc(s.trigs, func(t trigger) bool {
			return t.kind == graph.KindMeeting && t.mode != "visit" && t.tok > c.trig && t.tok <= c.trig+8 &&
				(purposeNoun(s.toks, t.tok) || s.toks[t.tok-1].w == "holding") && bodiesOnly(s, t.tok)
		})
	})
}

// bodiesOnly reports whether the talks at trig are "with" banks,
// creditors or firms and no officials: "talks with creditors", "talks
// with Japanese banks" (not "with government officials and representatives
// of banks").
func bodiesOnly(s *sent, trig int) bool {
	if trig+1 >= len(s.toks) || s.toks[trig+1].w != "with" {
		return false
	}
	for j := trig + 2; j < len(s.toks) && j <= trig+5; j++ {
		w := s.toks[j].w
		switch {
		case partnerBodies[w] && !s.anyActorAt(j):
			return true
		case s.toks[j].punct || s.personAt(j) || envoyNouns[w] || w == "government" || w == "officials" || w == "and":
			return false
		}
	}
	return false
}

// dropSeatVisits drops a visit to a city that seats international bodies
// when the same sentence has its visitor meet someone else there: "Cameron
// arrived in Brussels on Tuesday and went into a meeting with Juncker" is
// a meeting with the EU, not a visit to Belgium. A journey on ("before
// flying to Berlin", "talks with Merkel in Berlin") keeps the visit.
func dropSeatVisits(made []*cand) []*cand {
	drop := make([]bool, len(made))
	for i, v := range made {
		if v.ev.Mode != "visit" || v.ev.Place == nil || len(v.ev.Participants) != 2 || !gazetteer.VenueIn(*v.ev.Place) ||
			!slices.ContainsFunc(gazetteer.FindCountries(*v.ev.Place), func(m gazetteer.CountryMention) bool { return m.Code == v.ev.Participants[1] }) {
			continue
		}
		drop[i] = slices.ContainsFunc(made, func(m *cand) bool {
			return m != v && m.ev.Kind == graph.KindMeeting && m.ev.Mode != "visit" && (m.ev.Place == nil || *m.ev.Place == *v.ev.Place) &&
				slices.Contains(m.ev.Participants, v.ev.Participants[0]) && !slices.Contains(m.ev.Participants, v.ev.Participants[1])
		})
	}
	out := made[:0]
	for i, v := range made {
		if !drop[i] {
			out = append(out, v)
		}
	}
	return out
}

// during reports whether the meeting at i is told as held during the one
// at j ("a meeting with Figuerras during a trade ministers' meeting ... last
// week", "talks on the sidelines of the summit", "discussions ... at a
// meeting on April 20"): it shares its time.
func during(s *sent, i, j int) bool {
	if j <= i {
		return false
	}
	for k := i + 1; k < j; k++ {
		switch s.toks[k].w {
		case "during", "sidelines", "margins", "margin":
			return true
		case ";", "and", "but":
			return false
		}
	}
	// "will hold detailed discussions on each trade item ... at a meeting
	// on April 20": the meeting is where the event takes place.
	k := j - 1
	for k > i && k >= j-3 && (determiners[s.toks[k].w] || meetingModifiers[s.toks[k].w]) {
		k--
	}
	return k > i && k < j-1 && s.toks[k].w == "at"
}

// maxParties is the most states an event of relations between states can
// have; more make a conference or a multilateral pact, which the graph of
// bilateral relations leaves out.
const maxParties = 4

// continuesMeeting reports whether a sentence without a trigger of its own
// describes the meeting before it (its delegations or its agenda).
func continuesMeeting(s *sent) bool {
	for _, t := range s.toks {
		switch t.w {
		case "delegation", "delegations", "represented", "comprised", "participants", "attended", "agenda",
			"issue", "issues", "topics", "discussed", "discussion", "delegates":
			return true
		}
	}
	return false
}

// distinctCodes returns the distinct codes of as in order, only those named
// explicitly when explicitOnly.
func distinctCodes(as []actor, explicitOnly bool) []string {
	return codesOf(as, func(a actor) bool { return !explicitOnly || a.explicit() })
}

// codesOf returns the distinct codes of the actors keep accepts, in order.
func codesOf(as []actor, keep func(actor) bool) []string {
	var out []string
	for _, a := range as {
		if keep(a) && !slices.Contains(out, a.code) {
			out = append(out, a.code)
		}
	}
	return out
}

// assignDates gives each trigger the date mentions of its sentence that are
// nearest to it (a date belongs to one trigger). A trigger left without a
// date borrows the nearest one unless a trigger of its own kind holds it
// (then it is another event of that kind, told with another date).
func assignDates(s *sent, trigs []trigger) [][]*dateRef {
	out := make([][]*dateRef, len(trigs))
	if len(trigs) == 0 {
		return out
	}
	owner := make([]int, len(s.dates))
	for di := range s.dates {
		d := &s.dates[di]
		owner[di] = -1
		if d.report && !appearedOn(s, trigs, d) || d.covered || d.since && d.sinceClause < 0 && d.whenAt < 0 && !d.sinceStart && !d.modifier { // ("since last month's prisoner swap": the swap's own month)
			continue
		}
		best, bestD := -1, math.MaxInt
		for ti, t := range trigs {
			if d.outsideSince(t.tok) || t.undated {
				continue // only an event inside the since clause has this date
			}
			if d.eveOf && (t.tok < d.tokEnd || t.tok > d.tokEnd+8) {
				continue // "on the eve of Obama's visit" dates the visit only
			}
			if d.modifier && (t.tok < d.tokEnd || t.tok > d.tokEnd+5) {
				continue // "a June referendum" dates the referendum, "a March pact" the pact
			}
			if t.kind == graph.KindAccord && t.verb == t.tok && t.headNoun == t.tok && !d.modifier && d.tokEnd < t.tok && verbBetween(s.toks, 0, d.tok) && wordBetween(s.toks, d.tokEnd-1, t.tok, prepositions) &&
				!slices.ContainsFunc(s.toks[max(t.tok-4, 0):t.tok], func(x token) bool { return x.w == "under" }) { // ("freed four Americans on Saturday under a deal": done under it, that day)
				continue // "is due to hear a complaint on April 15 about the U.S.-Japanese accord": the hearing's day, not the accord's
			}
			if d.effect && t.kind == graph.KindAccord {
				continue // "took effect on Saturday": not the day the accord was made
			}
			if d.agreeing && t.kind == graph.KindMeeting && t.tok >= d.tokEnd && !duringBefore(s.toks, d.tokEnd, t.tok) {
				continue // "agreed on Wednesday to resume peace talks": the talks are still to come (not "... during a visit by")
			}
			dd := dateDistance(s, t, d)
			if d.modifier {
				dd = 0 // "the 1986 U.S.-Japanese semiconductor pact yesterday": the pact's own year
			}
			if dd < bestD {
				best, bestD = ti, dd
			}
		}
		if bestD >= cutOff {
			continue
		}
		owner[di] = best
		out[best] = append(out[best], d)
		for ti, t := range trigs {
			if ti != best && t.partner > 0 && t.tok == trigs[best].tok && trigs[best].partner > 0 {
				out[ti] = append(out[ti], d) // the two changes of one switch ("switched recognition ... in 1979") share its date
			}
		}
	}
	for ti, t := range trigs {
		switch {
		case len(out[ti]) > 1:
			out[ti] = pickDates(s, t, out[ti])
		case len(out[ti]) == 0 && !(t.kind == graph.KindAccord && t.verb == t.tok && t.headNoun == t.tok) && !t.undated:
			// (an accord named without a verb, "violations of a U.S.-Japanese
			// semiconductors agreement", is one the states have: it takes
			// no other event's day, "a Thursday meeting")
			best, bestD := -1, math.MaxInt
			for di := range s.dates {
				d := &s.dates[di]
				if owner[di] < 0 || d.eveOf || d.modifier && !compound(t, trigs[owner[di]]) || d.outsideSince(t.tok) ||
					anotherEvents(s, t, trigs[owner[di]]) && !d.inWhenClause(t.tok) {
					continue
				}
				if dd, cut := dateDistanceCut(s, t, d); dd < bestD && !cut {
					best, bestD = di, dd
				}
			}
			if best >= 0 {
				out[ti] = []*dateRef{&s.dates[best]}
			}
		}
	}
	return out
}

// appearedOn reports whether the day of speaking d follows a trigger that
// is the speaking itself: "speaking Friday next to Belgium's Prime
// Minister", a joint appearance on that day.
func appearedOn(s *sent, trigs []trigger, d *dateRef) bool {
	for _, t := range trigs {
		if t.tok+1 == d.tok && speakingWords[s.toks[t.tok].w] && t.kind == graph.KindMeeting {
			return true
		}
	}
	return false
}

// outsideSince reports whether d is a "since" date whose clause leaves out
// the trigger at tok.
func (d *dateRef) outsideSince(tok int) bool {
	if d.since && d.whenAt >= 0 {
		return tok <= d.whenAt // "since March, when the two signed an accord": the when clause's date
	}
	if d.sinceStart && d.tok == 1 {
		return false // "Since last August Smart has been leading talks": the main clause goes on from it
	}
	if d.since && d.modifier && tok >= d.tokEnd && tok <= d.tokEnd+5 {
		return false // "since last month's prisoner swap": the swap's own month
	}
	return d.since && (tok <= d.sinceClause || tok >= d.tok)
}

// inWhenClause reports whether d opens a when clause that holds the trigger at
// tok: "a visit in March, when Xi met Obama" dates the meeting too, though
// the visit holds the date.
func (d *dateRef) inWhenClause(tok int) bool {
	return d.whenAt >= 0 && tok > d.whenAt
}

// verbBetween reports whether a verb stands between tokens i and j: a word
// after "to" ("due to hear") or a past form.
func verbBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].w == "to" && k+1 < j && !toks[k+1].punct && !determiners[toks[k+1].w] || pastForm(toks[k].w) && !toks[k].cap {
			return true
		}
	}
	return false
}

// anotherEvents reports whether the date trigger o holds is another
// event's than t's. A date of another trigger of the same kind is, except
// between a journey and the talks it is for ("fly to Washington tomorrow
// for talks", "arrived in Washington on Sunday for talks" are one trip); so
// is the day of a departure told after t ("is on a visit to Malaysia ...
// and leaves for Indonesia on Wednesday": the next trip's day). Two
// triggers side by side are one noun compound ("summit meeting").
func anotherEvents(s *sent, t, o trigger) bool {
	if compound(t, o) {
		return false // "an April 5-6 summit meeting": one noun compound, one event
	}
	return o.kind == t.kind && !o.movement && !t.movement && !during(s, t.tok, o.tok) ||
		departure(s, o) && o.tok > t.tok
}

// fillOnly reports whether tokens [i, j) are only determiners and the
// modifiers of a stop ("a brief").
func fillOnly(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !stopBefore[toks[k].w] {
			return false
		}
	}
	return true
}

// compound reports whether triggers t and o of one kind stand side by side,
// one noun compound naming one event ("summit meeting", "summit talks").
func compound(t, o trigger) bool {
	return o.kind == t.kind && (o.tok+1 == t.tok || t.tok+1 == o.tok)
}

// pastVerbBefore reports whether a past-form word stands within eight
// words before token k (the verb a date follows).
func pastVerbBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if pastForm(toks[j].w) {
			return true
		}
	}
	return false
}

// tokDistance is the number of tokens between a trigger and a date, a date
// before the trigger counting a little more.
func tokDistance(trig int, d *dateRef) int {
	if d.tok >= trig {
		return (d.tok - trig) * 2
	}
	return (trig-d.tokEnd)*3 + 4
}

// dateDistance is tokDistance, with a date before the trigger and cut off
// from it by a coordinator or clause break ("on Jan. 25-26 and leave for
// Paris") counted as far away.
func dateDistance(s *sent, t trigger, d *dateRef) int {
	dist, _ := dateDistanceCut(s, t, d)
	return dist
}

// concludedBefore reports whether a concluding verb stands between the
// accord noun at k and the date at d ("agreement reached last September").
func concludedBefore(toks []token, k, d int) bool {
	for j := k + 1; j < d && j < len(toks); j++ {
		if _, ok := concludingVerb(toks[j].w); ok {
			return true
		}
	}
	return false
}

// dateDistanceCut is dateDistance, also telling whether a clause boundary
// cuts the date off from the trigger.
func dateDistanceCut(s *sent, t trigger, d *dateRef) (int, bool) {
	trig := t.tok
	if t.verb > trig && d.tok > t.verb || t.verb < trig && d.tokEnd <= t.verb {
		trig = t.verb // "a treaty ..., which the two presidents signed last May"
	}
	dist := tokDistance(trig, d)
	for k := trig + 1; k < d.tok; k++ {
		if e := asideEnd(s.toks, k); e > k && e < d.tok {
			dist -= (e - k) * 2 // "a meeting between Baker and Stoltenberg, the West German finance minister, on Monday": an apposition costs no reach
			k = e
		}
	}
	if v := subjectEventVerb(s.toks, t.tok); v > 0 && v < d.tok && trig == t.tok {
		dist = min(dist, (d.tok-v)*2) // "A summit between Kim Jong Un and Donald Trump in Hanoi ended without a deal in February": the verb the event is subject of
	}
	if d.tokEnd < len(s.toks) && d.tokEnd != t.tok && premodifiedOther(s.toks[d.tokEnd].w) {
		return dist + cutOff, true // "after his April 2009 speech in Prague", "the March 13 elections": the noun's own date
	}
	if d.tok < trig {
		if fronted(s, d) && d.value.Start.Precision() != graph.PrecisionDay && !d.value.Start.IsZero() && pastPerfectAt(s.toks, t.verb) && s.reportBetween(d.tokEnd, trig) {
			return min(dist, cutOff-1), false // "In September, Obama said he and Xi had agreed": done by that month
		}
		if fronted(s, d) && dist >= cutOff && !s.reportBetween(d.tokEnd, trig) {
			dist = cutOff - 1 // "Last week, Japanese Foreign Minister Kuranari and his Chinese counterpart Wu met": the clause's date
		}
		if duringAdjunct(s, d, trig) || includedIn(s, d, trig) {
			return min(dist, cutOff-1), false
		}
		k0 := d.tokEnd
		if d.whenAt >= 0 && d.whenAt < trig {
			k0 = d.whenAt + 1 // "in March, when Xi met Obama": the when clause is the date's
		}
		for k := k0; k < trig && k < len(s.toks); k++ {
			w := s.toks[k].w
			if w == "and" && k > 0 && k+1 < len(s.toks) && s.anyActorAt(k-1) && (s.anyActorAt(k+1) || s.toks[k+1].w == "the" && k+2 < len(s.toks) && s.anyActorAt(k+2)) {
				continue // "On Tuesday, Cuba and the U.S. signed": the actors are coordinated, not the clauses
			}
			if w == "and" && fronted(s, d) && s.anyActorAt(k-1) && s.actorAfter(k+1) {
				continue // "Last week, Kuranari and his Chinese counterpart Wu met"
			}
			if w == "and" && k+1 == t.verb && t.verb < t.tok && pastForm(s.toks[t.verb].w) && pastVerbBefore(s.toks, d.tok) {
				continue // "met in Tokyo on Monday and signed an agreement": one subject's two acts of that day
			}
			if w == "and" && s.toks[trig].w == "visiting" && k+1 < trig && trig-k <= 3 && (pastForm(s.toks[k+1].w) || reportVerbs[s.toks[k+1].w]) && pastVerbBefore(s.toks, d.tok) {
				continue // "showered Paris with compliments Monday ..., and announced to visiting French Defence Minister": that day's guest
			}
			if (w == "ahead" || w == "prior") && k+1 < trig && (s.toks[k+1].w == "of" || s.toks[k+1].w == "to") {
				return dist + cutOff, true // "released a priest on Friday ahead of Obama's visit": the visit comes later
			}
			if (w == "after" || w == "before") && d.tokEnd >= k-2 && stopNouns[s.toks[trig].w] && fillOnly(s.toks, k+1, trig) {
				continue // "arrived last night after a brief stopover in Riyadh": the stop on the way
			}
			if (w == "after" || w == "before") && (k == trig-1 || w == "after" && k+4 == trig && s.toks[k+2].w == "days" && s.toks[k+3].w == "of" ||
				w == "after" && k+2 == trig && s.toks[k+1].w == "holding") &&
				(d.tokEnd >= k-2 || w == "after" && departedOn(s.toks, d) && !verbBetween(s.toks, d.tokEnd, k)) && (s.toks[trig].w == "meeting" || talkPlurals[s.toks[trig].w]) {
				continue // "made the announcement Monday after meeting with Hollande", "left Bonn yesterday evening after talks",
				// "returned to Paris this morning after three days of talks": the same day, or the days up to it
			}
			if w == "when" && fronted(s, d) {
				continue // "In December, the issue came up when Parrikar visited the U.S. Pacific Command": the fronted date spans the sentence
			}
			if w == "and" || w == "but" || w == ";" || isClauseBreak(s.toks[k]) {
				return dist + cutOff, true
			}
			if w == "that" && k > d.tokEnd {
				return dist + cutOff, true // "on Wednesday did not rule out the possibility that the two men might meet": the main clause's day
			}
			if w == "," && k == trig-1 && s.dateWithin(trig+1, trig+6) {
				return dist + cutOff, true // "restored diplomatic relations on Tuesday, severed 24 years ago": the participle has its own date
			}
			if j := s.asideStart(k); j >= 0 && j < d.tok {
				return dist + cutOff, true // "Spain, which joined last year, opposed it at a meeting": the aside's own date
			}
		}
	} else {
		if c := participleAsideEnd(s.toks, trig); c > 0 && c < d.tok {
			return dist + cutOff, true // "A poll, conducted after Thatcher returned from Moscow, this morning gave": the main clause's date
		}
		// A relative clause between them ("visit was ... turnover, which
		// fell to dlrs 14 billion last year") has its own verb and date.
		for k := trig + 1; k < d.tok && k < len(s.toks); k++ {
			if t.kind == graph.KindAccord && k > t.tok+1 && accordNouns[s.toks[k].w] && concludedBefore(s.toks, k, d.tok) {
				// "The bilateral accord followed a multilateral rescheduling
				// agreement reached last September": the next accord, with a
				// verb of its own, owns the date after it ("signed a trade
				// agreement and a fisheries agreement on Monday" share it;
				// a strong noun only, and not the trigger's own compound,
				// "loan agreements")
				return dist + cutOff, true
			}
			if s.toks[k].w == "," && appositionParticiple(s.toks, k, d.tok) {
				return dist + cutOff, true // "to visit Hiroshima, a city destroyed by a U.S. atomic bomb 71 years ago": the apposition's own date
			}
			switch s.toks[k].w {
			case "which", "that":
				if (k <= trig+6 || trig+1 < len(s.toks) && s.toks[trig+1].w == "of" && k <= trig+12 && s.toks[k-1].w == ",") && eventTimeClause(s.toks, k+1) {
					continue // "his visit, which begins on Monday", "the visit of West German President Richard von Weizsaecker, which starts on Friday": the clause dates the visit itself
				}
				return dist + cutOff, true
			case "who":
				if visitNouns[s.toks[trig].w] && trig+1 < len(s.toks) && s.toks[trig+1].w == "of" && k <= trig+12 && s.toks[k-1].w == "," && arrivalClause(s.toks, k+1) {
					continue // "the visit of West German president Richard von Weizsaecker, who arrives on a four-day official tour on Friday": the visitor's arrival dates the visit
				}
				return dist + cutOff, true
			case "whose", "whom", ";", "because", "although", "though", "whereas", "if", "unless":
				return dist + cutOff, true // (a condition's own date: "... agreement with the U.S. if Washington imposes tariffs from April 17")
			case "after", "before", "until", "once", "when":
				if k+1 < len(s.toks) && subjectPronouns[s.toks[k+1].w] {
					return dist + cutOff, true // "leave the negotiations to the next prime minister after he resigns as early as October": the clause's own date
				}
			}
		}
		if s.otherEventOwns(trig, d) || namedSubjectClause(s.toks, trig, d) {
			return dist + cutOff, true
		}
		if dist >= cutOff && s.namesOnlyUntilLastDate(trig, d) {
			dist = cutOff - 1 // "is due to meet his U.S. counterpart John Kerry, ..., and IAEA chief Yukiya Amano later on Saturday"
		}
	}
	return dist, false
}

// participleAsideEnd returns the comma closing an aside opened by a comma
// and a past participle that holds the trigger at trig ("A poll,
// conducted after Thatcher returned from Moscow, this morning gave ..."),
// or -1.
func participleAsideEnd(toks []token, trig int) int {
	k := trig - 1
	for k >= 1 && k >= trig-10 && !toks[k].punct {
		k--
	}
	if k < 1 || k < trig-10 || toks[k].w != "," || k+1 >= trig || !pastForm(toks[k+1].w) || reportVerbs[toks[k+1].w] {
		return -1 // the first mark before the trigger opens no participle's aside
	}
	for k := trig + 1; k < len(toks) && k <= trig+12; k++ {
		if toks[k].punct {
			if toks[k].w == "," {
				return k
			}
			return -1
		}
	}
	return -1
}

// appositionParticiple reports whether the comma at k opens an apposition
// with a participle of its own before the date at d: ", a city destroyed
// by a U.S. atomic bomb 71 years ago".
func appositionParticiple(toks []token, k, d int) bool {
	if k+3 >= d || !determiners[toks[k+1].w] {
		return false
	}
	for j := k + 2; j < d && j <= k+4; j++ {
		if toks[j].punct || toks[j].cap {
			return false
		}
		if pastForm(toks[j].w) && !reportVerbs[toks[j].w] {
			return true
		}
	}
	return false
}

// namedSubjectClause reports whether the date d after the trigger at trig
// opens the verb of a new clause joined by "and" or "but", whose subject is
// a name: "ahead of Howard's trip and Trade and Industry Secretary Paul
// Channon on Friday sought to dispel" dates the seeking. Names joined on
// both sides stay one clause: "talks between Kerry and Lavrov on Friday
// ended".
func namedSubjectClause(toks []token, trig int, d *dateRef) bool {
	if d.tokEnd >= len(toks) || !pastForm(toks[d.tokEnd].w) || reportVerbs[toks[d.tokEnd].w] {
		return false
	}
	first := d.tok
	if first > 0 && (toks[first-1].w == "on" || toks[first-1].w == "last") {
		first--
	}
	for k := trig + 1; k < first-1; k++ {
		w := toks[k].w
		if w != "and" && w != "but" || toks[k-1].cap || toks[k-1].punct {
			continue
		}
		name := true
		for j := k + 1; j < first; j++ {
			if !toks[j].cap && toks[j].w != "and" && toks[j].w != "of" {
				name = false
				break
			}
		}
		if name && toks[k+1].cap {
			return true
		}
	}
	return false
}

// duringAdjunct reports whether the trigger at trig is told "during" the
// clause that the date d before it dates: "agreed Thursday to develop
// cooperation in military, trade, space and energy affairs during a visit
// by Lavrov" holds the visit on the day of agreeing, however long the list
// between them. Only a new clause (a relative, "but", a semicolon) stops it.
func duringAdjunct(s *sent, d *dateRef, trig int) bool {
	if !duringBefore(s.toks, d.tokEnd, trig) {
		return false
	}
	for k := d.tokEnd; k < trig; k++ {
		if isClauseBreak(s.toks[k]) || s.toks[k].w == "said" || s.toks[k].w == "says" {
			return false
		}
	}
	return true
}

// includedIn reports whether the trigger at trig is among the parts that a
// journey or stay dated by d "will include" or is "including": "travels to
// parts of Asia from May 21-28, which will include a Group of Seven summit
// in Japan and his first trip to Vietnam". The parts share its dates.
func includedIn(s *sent, d *dateRef, trig int) bool {
	inc := -1
	for k := d.tokEnd; k < trig; k++ {
		switch s.toks[k].w {
		case "include", "includes", "included", "including":
			inc = k
		}
	}
	if inc < 0 || inc > d.tokEnd+4 {
		return false // (the parts follow the dated phrase: "from May 21-28, which will include")
	}
	for k := inc + 1; k < trig; k++ {
		if t := s.toks[k]; isClauseBreak(t) || reportVerbs[t.w] {
			return false
		}
	}
	return true
}

// otherEventOwns reports whether the date d after the trigger at trig
// belongs to another event named right before it: "the collapse of a Feb.
// 27 ceasefire in April", "the decision by Brazil 10 days ago", or a
// gathering the trigger comes before ("prior to the next International
// Coffee Organization session in September"). A gathering without such a
// word keeps its date for the trigger ("talks at the G20 summit in
// September"), as does one the trigger follows ("the second such meeting
// after a first session in May 1986" may be the pair's own).
func (s *sent) otherEventOwns(trig int, d *dateRef) bool {
	k := d.tok - 1
	if k > trig && (s.toks[k].w == "in" || s.toks[k].w == "on" || s.toks[k].w == "at") {
		k--
	}
	if k > trig+1 && s.anyActorAt(k) {
		for k > trig && s.anyActorAt(k) {
			k--
		}
		if s.toks[k].w != "by" && s.toks[k].w != "of" {
			return false
		}
		k-- // "the decision by Brazil"
	}
	if k <= trig {
		return false
	}
	w := s.toks[k].w
	if otherEventNouns[w] {
		return true
	}
	if meetingWords[w] == "" {
		// "the summit of seven major industrial democracies in June": the
		// date after the noun's "of" complement
		for j := k - 1; j > trig+1 && j >= k-6 && !s.toks[j].punct; j-- {
			if s.toks[j].w == "of" {
				if mw := s.toks[j-1].w; meetingWords[mw] != "" || mw == "session" || mw == "conference" {
					k, w = j-1, mw
				}
				break
			}
		}
	}
	if meetingWords[w] == "" && w != "session" && w != "conference" {
		return false
	}
	for j := k - 1; j > trig && j >= k-8; j-- {
		switch s.toks[j].w {
		case "before", "until":
			return true
		case "prior", "ahead":
			return j+1 < k && (s.toks[j+1].w == "to" || s.toks[j+1].w == "of")
		case "for":
			if j > trig+1 && prepareWords[s.toks[j-1].w] {
				return true // "to prepare for the economic summit in June"
			}
		}
		if s.toks[j].punct {
			break
		}
	}
	return false
}

// prepareWords before "for" make the gathering after them one a meeting
// prepares: "to prepare for the summit", "in preparation for".
var prepareWords = set("prepare", "prepares", "preparing", "prepared", "preparation", "preparations")

// otherEventNouns name happenings that are no meeting or accord and take
// the date told right after them.
var otherEventNouns = set("collapse", "breakdown", "decision", "election", "elections", "vote", "referendum", "attack",
	"attacks", "ceasefire", "truce", "coup", "crash", "announcement", "deadline", "war", "invasion", "revolution",
	"explosion", "bombing", "bombings", "earthquake", "devaluation", "moratorium", "suspension",
	"disaster", "accident", "tragedy", "incident", "sinking", "shooting", "massacre", "raid", "blast", "assassination",
	"riot", "riots", "clashes")

// premodifiedOther reports whether a date right before w dates w itself:
// another happening ("the March 13 elections") or a statement ("his April
// 2009 speech"); not a noun whose complement may be the event ("the 1995
// decision to normalize relations", "the collapse of talks").
func premodifiedOther(w string) bool {
	return otherEventNouns[w] && !complementEventNouns[w] || statementNouns[w] || writtenNouns[w]
}

// complementEventNouns are otherEventNouns whose "of"/"to" complement may
// be a meeting, an accord or a change of relations.
var complementEventNouns = set("collapse", "breakdown", "decision", "announcement", "ceasefire", "truce", "devaluation",
	"moratorium", "suspension")

// writtenNouns are statements beyond statementNouns that a date before
// them dates ("his May 3 address", "the June 12 report").
var writtenNouns = set("speeches", "address", "testimony", "report", "letter")

// nameListWords may stand in a list of people between a verb and the date
// that ends its sentence.
var nameListWords = set("and", "the", "his", "her", "their", "its", "of", "'s", "counterpart", "counterparts", "chief",
	"foreign", "policy", "affairs", "minister", "ministers", "secretary", "president", "prime", "envoy", "head", "leader")

// namesOnlyUntilLastDate reports whether the date d ends the sentence and
// only the trigger's list of people stands between them: the date is the
// clause's, however long the list.
func (s *sent) namesOnlyUntilLastDate(trig int, d *dateRef) bool {
	if d.tokEnd < len(s.toks)-1 || d.tokEnd == len(s.toks)-1 && s.toks[d.tokEnd].w != "." {
		return false
	}
	for k := trig + 1; k < d.tok; k++ {
		t := s.toks[k]
		if k >= d.tok-2 && (t.w == "later" || t.w == "earlier" || t.w == "on" || t.w == "in") {
			continue // "... and IAEA chief Yukiya Amano later on Saturday"
		}
		if !(t.cap || t.punct && t.w != ";" || nameListWords[t.w] || titleWords[t.w] || s.anyActorAt(k)) {
			return false
		}
	}
	return true
}

// fronted reports whether d opens the sentence before a comma ("Last week,
// ...", "On Tuesday, ..."): it dates the main clause that follows.
func fronted(s *sent, d *dateRef) bool {
	if d.sinceStart && d.tok == 1 {
		return true // "Since last August Smart has been leading talks", with or without a comma
	}
	return (d.tok == 0 || d.tok == 1 && placePreps[s.toks[0].w]) && d.tokEnd < len(s.toks) && s.toks[d.tokEnd].w == ","
}

// reportBetween reports whether a verb of saying stands between tokens i
// and j ("On Thursday, the newspaper said China ... pointing to agreement":
// the date is the day of saying).
func (s *sent) reportBetween(i, j int) bool {
	for k := i; k < j && k < len(s.toks); k++ {
		if reportVerbs[s.toks[k].w] {
			return true
		}
	}
	return false
}

// actorAfter reports whether a country or person is named at token k,
// after determiners and titles ("his Chinese counterpart Wu").
func (s *sent) actorAfter(k int) bool {
	for j := k; j < len(s.toks) && j <= k+3; j++ {
		if s.anyActorAt(j) {
			return true
		}
		if w := s.toks[j].w; !titleWords[w] && !determiners[w] {
			return false
		}
	}
	return false
}

// cutOff is added to the distance of a date cut off from a trigger by a
// clause boundary; a date that far from every trigger is no event's.
const cutOff = 40

// pickDates chooses among several dates of one trigger: one event per date
// when they are coordinated ("visited in 1967 and ... in 1981"), else the
// nearest.
func pickDates(s *sent, t trigger, ds []*dateRef) []*dateRef {
	coordinated := !slices.ContainsFunc(ds, func(d *dateRef) bool { return nameYear(s.toks, d) })
	for i := 1; i < len(ds); i++ {
		and := false
		for k := ds[i-1].tokEnd; k < ds[i].tok; k++ {
			if s.toks[k].w == "and" {
				and = true
			}
			if auxiliaries[s.toks[k].w] || s.toks[k].w == "due" {
				coordinated = false // "left Paris today for London and is due back in Nigeria on Monday": two clauses
			}
		}
		if !and || ds[i].value.Start == ds[i-1].value.Start {
			coordinated = false
		}
	}
	if coordinated && t.kind == graph.KindMeeting {
		return ds
	}
	for _, d := range ds {
		if d.modifier && d.tokEnd <= t.tok && sameNounPhrase(s.toks, d.tokEnd, t.tok) {
			for _, f := range ds {
				if f != d && !f.modifier && d.value.Contains(f.value) && narrower(f.value, d.value) {
					return []*dateRef{f} // "The 1987 accord signed in January": the finer day of the pact's own year
				}
			}
			return []*dateRef{d} // "the 1986 U.S.-Japanese semiconductor pact yesterday": the pact's own date
		}
	}
	best := ds[0]
	for _, d := range ds[1:] {
		if dateDistance(s, t, d) < dateDistance(s, t, best) {
			best = d
		}
	}
	return []*dateRef{best}
}

// nameYear reports whether d is a year that opens the name of an occasion
// ("at the 2020 Dubai Expo", "the 2018 World Cup"): the occasion's year,
// never a second date of the sentence's event.
func nameYear(toks []token, d *dateRef) bool {
	return d.tokEnd == d.tok+1 && d.tok >= 1 && (toks[d.tok-1].w == "the" || possessives[toks[d.tok-1].w]) &&
		d.m.Value.Start.Precision() == graph.PrecisionYear && d.tokEnd < len(toks) && toks[d.tokEnd].cap && !toks[d.tokEnd].punct
}

// sameNounPhrase reports whether the words from k up to the noun at n are
// its premodifiers: no article, verb or punctuation but hyphens between
// ("1986 U.S.-Japanese semiconductor pact", not "May incident violated an
// agreement").
func sameNounPhrase(toks []token, k, n int) bool {
	for j := k; j < n; j++ {
		w := toks[j].w
		if toks[j].punct && w != "-" && w != "/" || determiners[w] || auxiliaries[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !eventParticiples[w] {
			return false
		}
	}
	return true
}

// eventParticiples premodify a meeting or accord noun as adjectives, not
// verbs: "his scheduled talks in Moscow", "its stalled negotiations".
var eventParticiples = set("scheduled", "planned", "proposed", "expected", "stalled", "suspended", "postponed", "delayed",
	"renewed", "resumed", "long-awaited", "long-delayed", "ill-fated", "much-anticipated")

// anniversaryBefore returns N when "the Nth anniversary of" comes shortly
// before the trigger at trig ("the 30th anniversary of the establishment
// of diplomatic ties"), else 0.
func anniversaryBefore(toks []token, trig int) int {
	for k := trig - 1; k >= 2 && k >= trig-6; k-- {
		if toks[k].w != "anniversary" {
			continue
		}
		w := toks[k-1].w
		n := 0
		for _, r := range w {
			if r < '0' || r > '9' {
				break
			}
			n = n*10 + int(r-'0')
		}
		if n > 0 && n < 200 && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")) {
			return n
		}
		if n, ok := ordinalWords[w]; ok {
			return n
		}
		return 0
	}
	return 0
}

// anniversaryOf reports whether the meeting noun at trig is what the
// anniversary before it is of: "the second anniversary of the
// breakthrough meeting", with only "of", determiners and lower-case
// modifiers between. A meeting held on an anniversary ("to mark the 50th
// anniversary of ties, the leaders met") is of its own day.
func anniversaryOf(toks []token, trig int) bool {
	k := trig - 1
	for k >= 0 && toks[k].w != "of" {
		if toks[k].punct || toks[k].cap || toks[k].w == "anniversary" || pastForm(toks[k].w) {
			return false
		}
		k--
	}
	return k >= 1 && toks[k-1].w == "anniversary"
}

// sidesUnfounded reports whether parts are the story's pair named only by
// "the two sides" or "both sides" in a story that has told no event of
// the pair before and whose title does not name both: such sides are
// mostly a government and its creditors, or its opposition ("The two sides
// will meet again on Friday", "The two sides held talks in 2014").
func (a *article) sidesUnfounded(s *sent, parts []string) bool {
	if len(a.pair) != 2 || !sameSet(parts, a.pair) || a.pairMet || a.pairAccord || len(a.titled) >= 2 && sameSet(a.titled, a.pair) {
		return false
	}
	sides := false
	for _, ac := range s.actors {
		if slices.Contains(parts, ac.code) && ac.how != byAnaphora {
			return false // a party named in the sentence itself
		}
		if ac.how == byAnaphora {
			if k := ac.tok; k+1 < len(s.toks) && (s.toks[k].w == "both" || s.toks[k+1].w == "two") && slices.ContainsFunc(s.toks[k:min(k+3, len(s.toks))], func(t token) bool { return t.w == "sides" }) {
				sides = true
			}
		}
	}
	return sides
}

// ownTerritory reports whether the two participants are a state and its own
// dependent territory ("U.S. experts heading to Puerto Rico", "talks between
// Britain and the Isle of Man"): a domestic affair, no event between states.
func ownTerritory(parts []string, pub graph.Date) bool {
	return len(parts) == 2 && (sovereignAt(parts[0], pub) == parts[1] || sovereignAt(parts[1], pub) == parts[0])
}

// ordinalWords are the anniversaries news spells out.
var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "hundredth": 100}

// makeEvents builds the event(s) one trigger states with one date.
func (a *article) makeEvents(s *sent, t trigger, d *dateRef, parts []string, inferred bool) []*cand {
	if len(parts) < 2 || ownTerritory(parts, a.in.Published) {
		return nil
	}
	var span graph.Span
	when := ""
	if d != nil {
		span = d.value
		when = d.m.Text
		if t.kind == graph.KindMeeting {
			span = extendByDuration(s.toks, t.tok, d, span) // (an accord "signed after three days of talks ... on Friday" is of that day)
		}
	}
	pub := a.in.Published
	ev := Event{Kind: t.kind, Participants: parts, Start: span.Start, End: span.End, When: when, Topics: []string{}}
	strength := statusCue
	switch t.kind {
	case graph.KindMeeting:
		ev.Status, strength = meetingStatus(s, t.tok, span, pub)
		if v := s.toks[t.verb].w; t.verb != t.tok && sendVerbs[v] && !pastForm(v) && ev.Status == graph.StatusHeld {
			ev.Status = graph.StatusPlanned // "he is sending Shultz to Moscow", "the decision to send Shultz": the trip is ahead
		}
		if ev.Status == graph.StatusPlanned {
			if st := returnedFrom(s.toks, t); st != "" {
				ev.Status = st // "is expected to hold a press conference after returning from Washington": the trip is over
			}
		}
		if ahead := a.aheadWeekday(s, t, d, ev.Status, strength); !ahead.IsZero() {
			// "invited to a meeting with Kerry on Tuesday", "before a meeting of the
			// council in May": a meeting
			// still to come takes the coming Tuesday, not the last one.
			span = extendByDuration(s.toks, t.tok, d, ahead)
			ev.Start, ev.End = span.Start, span.End
		}
		ev.Mode = t.mode
		if v := s.visitingGuest(parts); v != "" && v != parts[0] {
			// "al-Sisi received the visiting Saudi foreign minister": the
			// guest is the visitor, whoever the clause's subject is.
			parts = append([]string{v}, slices.DeleteFunc(slices.Clone(parts), func(c string) bool { return c == v })...)
			ev.Participants = parts
		}
		ev.Topics = append(ev.Topics, meetingTopics(s, t.tok)...)
	case graph.KindAccord:
		ev.Status = t.status
		if t.topics != nil {
			ev.Topics = append(ev.Topics, t.topics...)
		}
		if t.verb == t.tok && t.headNoun == t.tok {
			if np, ok := endedBy(s.toks, t.tok); ok {
				// "withdrew from its 1948 tax treaty with Japan on Monday":
				// an accord ended, dated by its own making if the phrase
				// names it, not by the ending
				ev.Status = graph.StatusInvalidated
				if d != nil && !(d.tok >= np && d.tokEnd <= t.tok) {
					span, ev.Start, ev.End, ev.When = graph.Span{}, graph.Date{}, graph.Date{}, ""
				}
			}
		}
	case graph.KindRelations:
		ev.Status = graph.StatusHeld
		ev.Action = t.action
	}
	if n := anniversaryBefore(s.toks, t.tok); n > 0 && (t.kind != graph.KindMeeting || anniversaryOf(s.toks, t.tok)) {
		// "this year marks the 30th anniversary of the establishment of
		// diplomatic ties", "the third anniversary of a friendship treaty
		// signed by Algeria and Tunisia", "Today marks the second
		// anniversary of the breakthrough meeting": the ties, the treaty or
		// the meeting date from that many years before (to the day, when
		// the anniversary's day is told).
		y := pub.Year
		if d != nil {
			y = d.value.Start.Year
		}
		if y > n {
			span = graph.Span{Start: graph.Year(y - n)}
			if d != nil && d.value.Start.Precision() == graph.PrecisionDay && d.value.End.IsZero() {
				span = graph.Span{Start: graph.Day(y-n, d.value.Start.Month, d.value.Start.Day)}
			}
			ev.Start, ev.End, ev.When = span.Start, span.End, ""
		}
	}
	if place := placeOf(s, t.tok); place != "" {
		ev.Place = &place
	}
	// The strength of the evidence; outputEvents turns it into a calibrated
	// share of right events (calibrated).
	conf := 0.55
	explicitN := len(distinctCodes(s.actors, true))
	if explicitN >= 2 {
		conf += 0.2
	}
	if inferred {
		conf -= 0.2
	}
	if !span.IsZero() {
		conf += 0.15
	}
	if t.weak {
		conf -= 0.15
	}
	if t.kind == graph.KindMeeting && (ev.Status == graph.StatusProposed || ev.Status == graph.StatusCancelled) {
		conf -= 0.1
	}
	ev.Confidence = math.Round(clamp(conf, 0.05, 0.95)*100) / 100
	var ags []agencyRef
	for _, m := range s.agencies {
		if m.Country != "" && slices.Contains(parts, m.Country) {
			ags = append(ags, agencyRef{m.Name, m.Country})
		}
	}
	base := &cand{ev: ev, sent: s.idx, trig: t.tok, strength: strength, inferred: inferred, published: pub, agencies: ags,
		evidStart: s.Start, evidEnd: s.End, names: subset(parts, distinctCodes(s.actors, true)), following: d != nil && d.following, purpose: purposeNoun(s.toks, t.tok),
		another: anotherBefore(s, t.tok), mention: t.kind == graph.KindAccord && t.verb == t.tok && t.headNoun == t.tok && t.status == graph.StatusAgreed,
		standing: t.kind == graph.KindAccord && t.verb == t.tok && t.headNoun == t.tok && t.status == graph.StatusAgreed && standingNoun(s.toks, t.tok),
		former:   formerBefore(s.toks, t.tok), departs: t.movement && departureVerbs[s.toks[t.tok].w], recent: d == nil && recentStretch(s.toks, t.tok),
		prior: priorOpener(s.toks)}
	base.leadNews = (s.idx == 0 || t.kind == graph.KindMeeting && s.toks[t.tok].afterAlso) && d == nil && !base.mention && toldAsNews(s.toks, t.tok)
	if d != nil {
		base.part = periodPart(s.toks, d.tok)
	}
	base.closes = t.kind == graph.KindMeeting && d != nil && endDayOf(s.toks, t.tok, d.tok)
	if t.kind == graph.KindMeeting && t.mode == "visit" {
		if d == nil {
			if !underWayNow(s.toks, t.tok) {
				base.length = visitLength(s.toks, t.tok)
			}
		} else if dayDuring(s.toks, d, t.tok) {
			base.length, base.within = visitLength(s.toks, t.tok), true
		}
		for k := t.tok - 1; k >= 0 && k >= t.tok-6; k-- {
			base.ends = base.ends || endingWords[s.toks[k].w] && s.toks[k].w != "after"
		}
	}
	n := 1
	if t.kind == graph.KindAccord && t.count > 1 {
		n = t.count
	}
	out := make([]*cand, 0, n)
	for i := 0; i < n; i++ {
		c := *base
		c.ev.Participants = append([]string(nil), parts...)
		c.ev.Topics = append([]string{}, ev.Topics...)
		if n > 1 && len(t.topics) == n {
			c.ev.Topics = []string{t.topics[i]}
		}
		c.agencies = append([]agencyRef(nil), ags...)
		out = append(out, &c)
	}
	return out
}

// recentStretch reports whether the clause of the trigger at trig tells
// it as of a stretch up to the story: "In recent months, ... met", "Over
// the past few weeks, the two sides have held talks".
func recentStretch(toks []token, trig int) bool {
	for k := trig - 1; k >= 1; k-- {
		w := toks[k].w
		if periodPlurals[w] {
			j := k - 1 // the word before the stretch's words: "in", "over"
			switch {
			case toks[j].w == "recent":
				j--
			case j >= 2 && (toks[j].w == "few" || numberWords[toks[j].w] > 0) && (toks[j-1].w == "past" || toks[j-1].w == "last") && toks[j-2].w == "the":
				j -= 3
			case j >= 1 && (toks[j].w == "past" || toks[j].w == "last") && toks[j-1].w == "the":
				j -= 2
			default:
				continue
			}
			if j >= 0 && stretchPreps[toks[j].w] {
				return true
			}
		}
		if w == ";" || clauseCut[w] && w != "who" {
			return false
		}
	}
	return false
}

// stretchPreps open a stretch of time an event is told as of ("in recent
// months", "over the past weeks"; not "for the past five months", which
// tells how long something else lasted).
var stretchPreps = set("in", "over", "during", "within", "throughout")

// periodPlurals are the stretches "in recent ..." and "over the past ..."
// count in.
var periodPlurals = set("days", "weeks", "months", "years")

// returnedFrom returns the status of a visit someone returns from,
// whatever the clause's tense, or "": held when the return is told as done
// ("after returning from Washington", "soon after returning from a U.S.
// visit"), ongoing when it is still to come ("Soares, who returns from a
// visit to Brazil on Sunday").
func returnedFrom(toks []token, t trigger) string {
	if t.mode != "visit" {
		return ""
	}
	r := -1
	if t.movement {
		if movementVerbs[toks[t.tok].w] == "from" && returnWords[toks[t.tok].w] {
			r = t.tok
		}
	} else {
		for k := t.tok - 1; k >= 1 && k >= t.tok-5; k-- {
			if toks[k].w == "from" {
				if returnWords[toks[k-1].w] {
					r = k - 1
				}
				break
			}
			if toks[k].punct {
				break
			}
		}
	}
	switch {
	case r < 0:
		return ""
	case toks[r].w == "returned" || toks[r].w == "returning" && r >= 1 && (toks[r-1].w == "after" || toks[r-1].w == "since"):
		return graph.StatusHeld
	default:
		return graph.StatusOngoing
	}
}

// returnWords say someone comes back.
var returnWords = set("returned", "returning", "returns", "return")

// anotherBefore reports whether the event noun at trig is said to be
// another one: "another informal summit", "a second round of talks", "a
// new round", "the next meeting" (not "next week's meeting", a date), or
// "meet again".
func anotherBefore(s *sent, trig int) bool {
	if trig+1 < len(s.toks) && s.toks[trig+1].w == "again" {
		return true // "the two sides would meet again": not the talks just held
	}
	lo := trig - 2
	if trig >= 2 && s.toks[trig-1].w == "of" && (s.toks[trig-2].w == "round" || s.toks[trig-2].w == "rounds") {
		lo = trig - 4 // "a second round of talks"
	}
	for k := trig - 1; k >= 0 && k >= lo; k-- {
		if s.actorAt(k) || s.toks[k].w == "/" || s.toks[k].w == "-" {
			lo-- // "another U.S./Soviet summit": the pair's names do not count
			continue
		}
		if s.toks[k].punct || s.inDate(k) {
			return false
		}
		switch s.toks[k].w {
		case "another", "second", "third", "fourth", "fifth", "new", "next", "further", "fresh":
			return !thisIsThe(s.toks, k)
		}
	}
	return false
}

// thisIsThe reports whether the ordinal at k follows "It is the" ("It is
// the second visit of an Iraqi president to France") or opens an
// apposition (", his third trip to Russia this year"): the story's own
// event, counted, not another one.
func thisIsThe(toks []token, k int) bool {
	if k >= 2 && toks[k-2].w == "," && (toks[k-1].w == "his" || toks[k-1].w == "her" || toks[k-1].w == "their" || toks[k-1].w == "its" || toks[k-1].w == "the") {
		return true // "Erdogan visited Moscow on April 8, his third trip to Russia this year": the visit told, in apposition
	}
	if j := ownerBefore(toks, k); j >= 1 {
		if toks[j-1].w == "only" && j >= 2 {
			j--
		}
		if countingVerbs[toks[j-1].w] {
			return true // "has made only his second foreign visit", "marks Sultan Haitham's second foreign visit": this one, counted
		}
	}
	if k < 3 || toks[k-1].w != "the" {
		return false
	}
	switch toks[k-2].w {
	case "is", "was", "marks", "marked":
	default:
		return false
	}
	w := toks[k-3].w
	return w == "it" || w == "this" || w == "which"
}

// ownerBefore returns where the owner of the ordinal at k begins ("his",
// "Sultan Haitham 's"), or -1.
func ownerBefore(toks []token, k int) int {
	if k < 1 {
		return -1
	}
	switch toks[k-1].w {
	case "his", "her", "their", "its":
		return k - 1
	case "'s":
		j := k - 2
		for j >= 1 && toks[j-1].cap && !toks[j-1].punct {
			j--
		}
		return j
	}
	return -1
}

// countingVerbs before "his second visit" tell the visit itself, counted.
var countingVerbs = set("made", "makes", "making", "make", "marks", "marked", "mark", "is", "was", "on")

// formerBefore reports whether the event noun at trig is said to be an
// earlier one than the story's: "the first agreement was signed in 1975",
// "the previous accord", "the original pact".
func formerBefore(toks []token, trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-2; k-- {
		switch toks[k].w {
		case "first", "previous", "earlier", "original", "old", "former", "prior":
			return true
		}
	}
	return false
}

// aheadWeekday re-reads a bare weekday, month-day or month after a meeting
// noun that its cues say is planned or proposed, when no verb near the date
// told its tense: read as past or nearest by default, it is the coming such
// day (or month, up to six months ahead). It returns the zero span when
// the date needs no new reading.
func (a *article) aheadWeekday(s *sent, t trigger, d *dateRef, status string, strength int) graph.Span {
	pub := a.in.Published
	month := d != nil && d.m.Tensed && !d.m.Weekday && d.m.Value.Start.Precision() == graph.PrecisionMonth
	monthDay := d != nil && d.m.Tensed && !d.m.Weekday && d.m.Value.Start.Precision() == graph.PrecisionDay
	if d == nil || d.tok < t.tok || !d.m.Weekday && !month && !monthDay || pub.IsZero() || strength < statusCue ||
		status != graph.StatusPlanned && status != graph.StatusProposed {
		return graph.Span{}
	}
	if !d.value.Start.Before(pub) || localTense(s.toks, d.tok) != when.TenseUnknown {
		return graph.Span{}
	}
	if month && d.value.Start.Year == pub.Year && d.value.Start.Month == pub.Month {
		return graph.Span{} // "this month" reading: keep it
	}
	v := when.Resolve(d.m, pub, when.TenseFuture)
	if month && (v.Start.Year-pub.Year)*12+int(v.Start.Month)-int(pub.Month) > 6 {
		return graph.Span{} // too far ahead to be a plan told without a tense
	}
	return v
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

// forSoonAfter reports whether "for" follows the departure verb at j within
// four words of one clause: "left for", "left Seoul Tuesday for".
func forSoonAfter(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if toks[k].w == "for" {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// extendByDuration turns a day-precise date of a visit or talks told with
// their length into the days they last: "a four-day visit on Tuesday" and
// "arrived Sunday for a three-day visit" run from that day, "ended a
// three-day visit on Tuesday" and "left on Tuesday after a two-day stay" up
// to it.
func extendByDuration(toks []token, trig int, d *dateRef, span graph.Span) graph.Span {
	if span.Start.Precision() != graph.PrecisionDay || !span.End.IsZero() && span.End != span.Start {
		return span
	}
	lo, hi := trig, d.tok
	if hi < lo {
		lo, hi = hi, lo
	}
	if dayDuring(toks, d, trig) {
		return span // "said Tuesday during his two-day visit to Shanghai": a day of the visit, not its first
	}
	for k := lo - 5; k <= hi+9 && k+1 < len(toks); k++ {
		if k >= 1 && k+1 < len(toks) && toks[k-1].w == "for" && toks[k+1].w == "days" && numberWords[toks[k].w] >= 2 &&
			!brokenBetween(toks, k, trig) && !brokenBetween(toks, k, d.tok) && k < d.tok {
			// "would visit Japan for three days from April 14": from the day on
			n := numberWords[toks[k].w]
			return graph.Span{Start: span.Start, End: graph.DateOf(span.Start.First().AddDate(0, 0, n-1))}
		}
		if k < 0 {
			continue
		}
		var n int
		switch {
		case strings.HasSuffix(toks[k].w, "-day") && durationNounAfter(toks, k):
			n = dayCount(toks[k].w)
		case (toks[k].w == "week-long" || toks[k].w == "weeklong") && trig > k && trig <= k+2:
			n = 7 // "the week-long visit starting April 29", "his week-long Washington visit" (its own, not "after a week-long trip to ...")
		case k+3 < len(toks) && toks[k+1].w == "days" && toks[k+2].w == "of" && daysOfTalks(toks, k+3) && numberWords[toks[k].w] >= 2:
			n = numberWords[toks[k].w] // "ended two days of talks today", "two days of emergency talks which ended yesterday"
		default:
			continue
		}
		if n < 2 {
			return span
		}
		if brokenBetween(toks, k, trig) || brokenBetween(toks, k, d.tok) {
			continue
		}
		first := span.Start.First()
		for j := k - 1; j >= lo-6 && j >= 0; j-- {
			if endingWords[toks[j].w] {
				if departVerbs[toks[j].w] && forSoonAfter(toks, j) {
					break // "left for the UAE on Tuesday on a four-day trip", "left Seoul Tuesday for the UAE": the trip starts then
				}
				return graph.Span{Start: graph.DateOf(first.AddDate(0, 0, 1-n)), End: span.Start}
			}
		}
		for j := k + 1; j < d.tok && j < len(toks); j++ {
			if endingVerbs[toks[j].w] {
				// "Clinton's nine-day trip to China ended July 3"
				return graph.Span{Start: graph.DateOf(first.AddDate(0, 0, 1-n)), End: span.Start}
			}
		}
		return graph.Span{Start: span.Start, End: graph.DateOf(first.AddDate(0, 0, n-1))}
	}
	return span
}

// departedOn reports whether a verb of leaving stands within four words
// before the date d: "left Libya by air Sunday".
func departedOn(toks []token, d *dateRef) bool {
	for k := d.tok - 1; k >= 0 && k >= d.tok-4; k-- {
		if departVerbs[toks[k].w] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// endDayOf reports whether the date at d is the day the meeting at trig
// ends, told right after it: "the talks, which are scheduled to end
// Wednesday", "talks ending on Friday".
func endDayOf(toks []token, trig, d int) bool {
	if d <= trig+1 || d > trig+8 || d > len(toks) {
		return false
	}
	ending := false
	from := trig + 1
	if from+1 < d && toks[from].w == "to" && toks[from+1].cap {
		from += 2 // "During his visit to Ukraine, due to end early Saturday"
	}
	for _, t := range toks[from:d] {
		switch {
		case closingVerbs[t.w]:
			ending = true
		case !endDayLinks[t.w]:
			return false
		}
	}
	return ending
}

// closingVerbs end a meeting on a day told after them.
var closingVerbs = set("end", "ends", "ending", "conclude", "concludes", "concluding", "close", "closes", "closing")

// endDayLinks are the words that may stand between a meeting noun and the
// verb that ends it: "the talks, which are scheduled to end".
var endDayLinks = set(",", "which", "that", "are", "is", "will", "scheduled", "due", "expected", "set", "to", "on", "early", "late")

// daysOfTalks reports whether a meeting word follows "<n> days of" at k,
// perhaps after an uncapitalised modifier or two ("two days of emergency
// talks", "three days of intensive trade talks").
func daysOfTalks(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if meetingWords[toks[j].w] != "" {
			return true
		}
		if toks[j].punct || toks[j].cap || prepositions[toks[j].w] || determiners[toks[j].w] {
			return false
		}
	}
	return false
}

// dayCount returns the days a "<n>-day" word tells ("four-day": 4), or 0.
func dayCount(w string) int {
	if !strings.HasSuffix(w, "-day") {
		return 0
	}
	return numberWords[strings.TrimSuffix(w, "-day")]
}

// durationNouns follow "<n>-day" in a stay told with its length.
var durationNouns = set("visit", "trip", "tour", "stay", "talks", "summit", "mission", "meeting", "meetings",
	"conference", "session", "round", "negotiations", "discussions", "consultations")

// carriedTraveller returns the state of the one a journey carries ("his
// tour, which will also take him to Spain", "the plane bringing her to
// Berlin"): the owner of the journey noun before the carry verb at v, the
// last person named before it in the sentence, else the person the
// sentence before names; "" when none is known.
func (s *sent) carriedTraveller(v int) string {
	last := ""
	for _, a := range s.actors {
		if a.tok < v && a.how == byPerson {
			last = a.code
		}
	}
	owned := false
	for j := v - 1; j >= 1 && j >= v-22; j-- {
		if !journeyNouns[s.toks[j].w] {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-5; k-- {
			if w := s.toks[k].w; w == "his" || w == "her" {
				owned = true // "his four-nation tour": the person's
				break
			}
			if s.toks[k].w == "'s" && k >= 1 {
				return s.stateCodeAt(k - 1) // "Hu's tour"
			}
			if s.toks[k].punct {
				break
			}
		}
		break
	}
	switch {
	case last != "":
		return last
	case s.prevOnly || owned:
		return s.prevPerson // (the story's most named person for "his tour")
	}
	return ""
}

// dayDuring reports whether the date d comes before the visit at trig with
// "during" between them ("said Tuesday during his two-day visit"): one
// day of the visit, not its first.
func dayDuring(toks []token, d *dateRef, trig int) bool {
	return d.tokEnd <= trig && slices.ContainsFunc(toks[d.tokEnd:trig], func(t token) bool { return t.w == "during" })
}

// visitLength returns the days a visit told without a date lasts, from a
// duration word right before its noun ("the president's planned four-day
// visit", "During the two-day visit"), or 0.
func visitLength(toks []token, trig int) int {
	for k := trig - 1; k >= 0 && k >= trig-3; k-- {
		w := toks[k].w
		if strings.HasSuffix(w, "-day") {
			if n := dayCount(w); n >= 2 {
				return n
			}
			return 0
		}
		if toks[k].punct || toks[k].cap && k < trig-1 {
			return 0
		}
	}
	return 0
}

// underWayNow reports whether the visit at trig is told as under way
// ("Hollande, who is on a three-day visit to India"): its days run around
// the story's, from no day the story tells.
func underWayNow(toks []token, trig int) bool {
	for k := trig - 1; k >= 1 && k >= trig-5; k-- {
		if toks[k].w == "on" {
			return presentBe[toks[k-1].w]
		}
	}
	return false
}

// durationNounAfter reports whether a stay noun follows "<n>-day" at k,
// perhaps after an adjective or two ("a four-day official visit").
func durationNounAfter(toks []token, k int) bool { return stayNounWithin(toks, k, nil) }

// stayNounWithin reports whether a stay noun (durationNouns) stands within
// three words after k, with no punctuation and no word stop tells before
// it.
func stayNounWithin(toks []token, k int, stop func(token) bool) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if durationNouns[toks[j].w] {
			return true
		}
		if toks[j].punct || stop != nil && stop(toks[j]) {
			return false
		}
	}
	return false
}

// endingVerbs after "<n>-day visit" and before its date mean the date is
// its last day.
var endingVerbs = set("ended", "ends", "concluded", "concludes", "wrapped", "wraps", "completed", "completes")

// endingWords before "<n>-day visit" mean the date is its last day.
var endingWords = set("ended", "ends", "ending", "concluded", "concludes", "concluding", "wrapped", "wraps", "wrapping",
	"after", "end", "close", "closing", "left", "leaves", "leaving", "departed", "completed", "completing")

// brokenBetween reports whether a clause boundary (";", a relative pronoun,
// a subordinator) lies between tokens i and j.
func brokenBetween(toks []token, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j && k < len(toks); k++ {
		if clauseCut[toks[k].w] && !(toks[k].w == "which" && eventTimeClause(toks, k+1)) && !(toks[k].w == "who" && arrivalClause(toks, k+1)) {
			return true // (not "the four-day visit of ..., which starts on Friday" or "the visit of ..., who arrives on a four-day tour on Friday": the visit's own time)
		}
	}
	return false
}

// clauseCut are the words and marks that cut a clause off from another.
var clauseCut = set(";", "which", "who", "whose", "but", "because", "although", "while")

// participants finds the countries taking part in the event a trigger
// states, first from its argument structure (subject and object), then
// from the actors near it in the sentence and the story's main pair.
// inferred says whether any of them comes from context rather than the
// sentence; hosts lists the destinations of a visit to several countries
// ("will visit Italy and France"), which are separate visits.
func (a *article) participants(s *sent, t trigger, last [][]string, at []int, groups [][]string, stopAt map[int]bool, args *argMemo) (sets [][]string, inferred bool) {
	visit := t.kind == graph.KindMeeting && t.mode == "visit"
	if visit && s.toBody(t.tok) {
		return nil, false // "canceled a trip to the International Monetary Fund's spring meetings in Washington"
	}
	if a.forum && t.kind != graph.KindRelations && s.clubsOwn(t) {
		return nil, false // "since the September 1985 Plaza agreement", "declined to comment on the meeting": the club's
	}
	if t.kind == graph.KindMeeting && !visit && (s.assemblyOf(t.tok) || s.bodyMeetsAlone(t.tok)) {
		return nil, false // "a scheduled meeting of the Reagan administration's Economic Policy Council": its own members'
	}
	if t.kind == graph.KindMeeting && s.urgedToAttend(t.tok) {
		return nil, false // "France, Britain and Germany called on the opposition to attend the talks": others' talks
	}
	if b := s.between(t.tok); !t.movement {
		switch {
		case len(b) >= 2 && t.kind == graph.KindMeeting && multiPartyCompound(s.toks, t.tok, len(b)):
			return nil, false // "Six-party talks between the two Koreas, China, the United States, Japan and Russia"
		case len(b) >= 2:
			return [][]string{b}, false
		case len(b) == 1 && b[0] == "":
			return nil, false
		}
	}
	if t.heldTo {
		// "accused Japan of reneging on the semiconductor pact": the state
		// held to it and the one holding it there, not whoever else the
		// clause names ("Turkey and Saudi Arabia were behind violations").
		held, other, ok := s.complianceParties(t.headNoun)
		if !ok {
			return nil, false
		}
		if held != "" && other == "" && a.pairStrong && len(a.pair) == 2 && slices.Contains(a.pair, held) {
			// "in retaliation for Japan's alleged failure to honour a
			// semiconductor trade pact" in a story of Japan and the U.S.
			other, inferred = a.pair[0], true
			if other == held {
				other = a.pair[1]
			}
		}
		if held == "" || other == "" {
			return nil, false // "honoring previous agreements with Israel are requirements": held by no one named
		}
		return [][]string{{held, other}}, inferred
	}
	if t.kind == graph.KindAccord && t.verb > t.tok && t.verb+1 < len(s.toks) && s.toks[t.verb+1].w == "by" {
		// "The assistance agreement was signed by Jordan's Minister of
		// Energy and a Canadian official": the agents are the parties.
		if by := s.statesUntilBreak(t.verb + 2); len(by) >= 2 {
			return [][]string{by}, false
		}
	}
	if t.kind == graph.KindAccord && t.verb > t.tok {
		// "The agreement was signed after talks between Iraq and Turkey":
		// an accord with no agent is the talks' sides'.
		if k := talksBetweenAfter(s.toks, t.verb); k > 0 && !s.actorIn(t.tok+1, t.verb) {
			if by := s.statesUntilBreak(k + 1); len(by) >= 2 {
				return [][]string{by}, false
			}
		}
	}
	if t.kind == graph.KindAccord && t.verb == t.tok {
		if codes := s.truceCompound(t.tok); len(codes) >= 2 {
			return [][]string{codes}, false // "a Russian- and U.S.-brokered cease-fire"
		}
		if pair := compoundPair(s, t.tok); len(pair) == 2 {
			return [][]string{pair}, false // "an EC-U.S. accord guarantees sales to Spain": the compound names the parties
		}
		if p, q := s.possessor(t.tok), s.tradePartner(t.tok); p != "" && q != "" && p != q {
			return [][]string{{p, q}}, false // "France's agreement last autumn to purchase gas from Norway's Troll field"
		}
	}
	if t.kind == graph.KindMeeting && !visit {
		if sides := s.openerTalksSides(t.tok, at, groups); len(sides) == 2 {
			return [][]string{sides}, false // "In talks last week, the U.S. criticised Japan's fiscal policy"
		}
	}
	subj, obj, stop, subjG, objG, objName := s.arguments(t.tok, t.verb, stopAt, at, groups, visit || t.movement)
	if t.kind == graph.KindMeeting && subjG >= 0 && len(groups[subjG]) >= 2 && s.leadersOfMany(groupFirst(at, subjG)) {
		return nil, false // "Countries belonging to the ISSG, led by the United States and Russia, met in Geneva": the group's meeting
	}
	if t.partner > 0 {
		// "switched diplomatic recognition from Taipei to Beijing": the
		// phrase names the other party of each change.
		if code := s.namedCode(t.partner, true); code != "" && len(subj) > 0 && subj[0] != code {
			return [][]string{{subj[0], code}}, false
		}
		return nil, false
	}
	if stop >= 0 && len(args.subj[stop]) > 0 {
		subj = args.subj[stop]
	}
	if t.kind == graph.KindAccord && len(obj) == 0 && t.verb >= 0 && t.verb < t.tok {
		// "Spain has granted Cuba a 25 mln dlr credit line": the state
		// between the verb and its noun receives it.
		for _, ac := range s.actors {
			if ac.tok > t.verb && ac.tok < t.tok && ac.explicit() && ac.role == roleState && !slices.Contains(subj, ac.code) {
				obj = []string{ac.code}
				break
			}
		}
	}
	if from := min(t.tok, t.verb); len(subj) == 0 && stop >= 0 && from > 0 && s.toks[from-1].w == "and" {
		// "Duffy is on a two-day visit to Malaysia after talks in ...,
		// and leaves for Indonesia": the subject of the clause's first
		// event, past events told without one.
		first := -1
		for k, sj := range args.subj {
			if k < t.tok && len(sj) > 0 && (first < 0 || k < first) {
				first = k
			}
		}
		if first >= 0 {
			subj = args.subj[first]
		}
	}
	if k, ok := args.objClaim[subjG]; ok && subjG >= 0 && k != t.tok {
		switch {
		case len(args.subj[k]) == 0 && withBeforeGroup(s.toks, groupFirst(at, subjG)):
			// "talks with Uzbekistan, South Africa and Morocco have already
			// finished and further negotiations are ahead": the partners of
			// the earlier talks' unnamed owner, not the later talks' sides
			return nil, false
		case !pronounSubject(s, t.tok) && (len(args.subj[k]) > 0 || visit && s.visitAt(k)) &&
			!s.relativeAntecedent(groupLast(at, subjG), t.tok): // (not "told US President George W. Bush, who visited Jordan": the relative clause's own subject)
			// (not a pronoun that names the earlier object: "telephoned
			// Merkel hours before she was to meet Chirac")
			// The group is what an earlier trigger acts on ("will visit
			// Italy and France next week on his first trip"): share that
			// trigger's subject instead, or none when that visit had none
			// ("on their trip to India and Bhutan, their first royal trip
			// to the countries").
			subj = args.subj[k]
		}
	}
	if len(subj) > 0 {
		args.subj[t.tok] = subj
	}
	if objG >= 0 {
		if _, ok := args.objClaim[objG]; !ok {
			args.objClaim[objG] = t.tok
		}
	}
	participle := strings.HasSuffix(s.toks[t.tok].w, "ing") || strings.HasSuffix(s.toks[t.tok].w, "ed")
	openingParticiple := s.opensWithParticiple(t.tok)
	// (also "In a joint news conference with Cameron on Friday, President
	// Obama said ...": who speaks after a prepositional opener held it)
	opener := openingParticiple || !participle && t.tok > 0 && openerPreps[s.toks[0].w]
	if len(subj) == 0 && (t.movement || visit || t.kind == graph.KindRelations || t.kind == graph.KindMeeting && (len(obj) == 0 && !participle || opener && len(obj) > 0)) {
		if os := s.openerSubject(t.tok, at, groups); len(os) > 0 {
			subj = os
			args.subj[t.tok] = subj
			if len(obj) == 0 && len(os) >= 2 && !t.movement && !visit {
				return [][]string{os}, false // "In a phone call, Putin and Obama ..."
			}
		}
	}
	if len(subj) == 0 && t.kind == graph.KindMeeting && len(obj) > 0 && !t.movement && !visit {
		// "After talks with Putin on Friday, Erdogan said ...", "Zarif said
		// on Monday after talks in Brussels with Mogherini": whoever speaks
		// after the talks held them.
		if g := s.afterTalksSubject(t.tok, at); g >= 0 && !overlap(groups[g], obj) {
			subj = groups[g]
			args.subj[t.tok] = subj
		}
	}
	if len(subj) == 0 && t.kind == graph.KindMeeting && len(obj) == 1 && !t.movement && !visit {
		// "Deputy Prime Minister Winston Peters met with Tongan Prime
		// Minister ... in Wellington today", "President Prabowo Subianto
		// said after a meeting with Australian Prime Minister Anthony
		// Albanese in Jakarta": an officer the story never places, meeting
		// a foreign guest in a capital, is the host's.
		if h := s.hostOfUnplaced(t.tok, obj[0]); h != "" {
			subj = []string{h}
			args.subj[t.tok] = subj
		}
	}
	if len(subj) == 0 && visit && s.toks[t.tok].w == "visiting" && objG >= 0 && len(obj) == 1 {
		// "visiting British Corporate Affairs Minister Michael Howard told
		// Japan to resolve a row": the state the guest addresses hosts him.
		if h := s.addressee(groupLast(at, objG)+1, obj[0]); h != "" {
			subj = []string{h}
		}
	}
	if len(subj) == 0 && (t.movement || visit) && len(last) > 0 && len(last[0]) > 0 && pronounSubject(s, t.tok) {
		// "Nakasone will visit the United States next month. He will be in
		// the United States from April 29 to May 5": he is the last
		// event's first party.
		subj = []string{last[0][0]}
	}
	if t.movement {
		if len(obj) == 0 {
			// The destination may be a place ("arrived in Beijing",
			// "touched down Saturday in Cairo").
			reach := t.tok + 3
			if t.tok+1 < len(s.toks) && s.toks[t.tok+1].w == "down" {
				reach += 1 + s.dateAfter(t.tok+1)
			}
			for _, ac := range s.actors {
				if ac.explicit() && ac.role != roleAttr && ac.tok > t.tok && ac.tok <= reach {
					obj = []string{ac.code} // (not "to go to West Germany's Siemens AG": a firm's owner)
					break
				}
			}
		}
		if len(subj) == 0 || len(obj) == 0 || overlap(subj, obj) {
			return nil, false
		}
		if len(subj) >= 3 {
			return nil, false // "delegations of Russia, Japan and the United States arrived here": a gathering
		}
		return perHost(subj, obj), false
	}
	if len(subj) == 0 && t.verb < t.tok && coordinatedVerb(s.toks, t.verb) {
		// "Obama called for a world free of nuclear arms and later reached
		// a new strategic weapons treaty with Russia": the sentence's
		// subject did both.
		if g := s.clauseSubject(t.verb, at); g >= 0 && !overlap(groups[g], obj) {
			subj = groups[g]
			args.subj[t.tok] = subj
		}
	}
	if t.kind == graph.KindAccord && (t.verb < t.tok || t.headNoun < 0) && len(subj) == 0 && !s.anaphoraBefore(t.verb) && !startsWithThey(s) {
		return nil, false // "Starwood signed a deal": a company, not a state, signed
	}
	if t.mode == "phone" && len(subj) > 0 && len(obj) == 0 {
		// "Reagan said Takeshita told him in a telephone conversation
		// Tuesday that ...": the other caller is the one reporting it.
		if g := s.reportingCaller(t.tok, at); g >= 0 && !overlap(groups[g], subj) {
			obj = groups[g]
		}
	}
	if t.kind == graph.KindAccord && t.verb == t.tok && s.toks[t.tok].w == "agreed" && len(subj) == 1 && len(obj) == 0 && subjG >= 0 {
		// "Trade Representative Clayton Yeutter said Argentina agreed to
		// end the differential": the officer of the other state who
		// reports the promise is its other party.
		if g := s.reportingOfficer(groupFirst(at, subjG), at); g >= 0 && !overlap(groups[g], subj) && len(groups[g]) == 1 &&
			sameSet(a.pair, union(subj, groups[g])) && !a.multi && !a.forum { // (the story's own pair: not a promise told at a gathering of many)
			obj = groups[g]
		}
	}
	if t.needArgs && (len(subj) == 0 || len(obj) == 0) && len(union(subj, obj)) < 2 {
		ana := s.pairSubject(min(t.tok, t.verb))
		if len(ana) != 2 || len(union(subj, ana)) != 2 {
			return nil, false // a phone call needs both callers named
		}
		subj = ana // "The two leaders agreed on the schedule through a telephone conversation"
	}
	if t.kind == graph.KindMeeting && len(subj) == 0 && len(obj) == 0 && sponsoredAt(s.toks, min(t.tok, t.verb)) {
		return nil, false // "to kick-start peace talks in Geneva": the sides are others, unnamed
	}
	if w := s.nonStatePartner(t.tok, t.verb); w >= 0 && (len(obj) == 0 || objG >= 0 && groupFirst(at, objG) > w) {
		// "reached agreement with commercial banks": the other side is no
		// state, and countries after it ("talks with commercial banks for
		// loans to Argentina") are what the talks are about.
		return nil, false
	}
	if t.kind == graph.KindMeeting && len(subj) > 0 && len(obj) > 0 && objG >= 0 && !overlap(subj, obj) {
		if more := s.coordinatedObject(objG, at, groups, stopAt); len(more) > 0 && !overlap(subj, more) {
			return perHost(subj, union(obj, more)), false
		}
		if visit {
			if more := s.parallelPlace(objG, at, groups); len(more) > 0 && !overlap(subj, more) && !overlap(obj, more) {
				// "will visit an orphanage in Tanzania and a women's
				// credit union in Mozambique": a host per place visited.
				return perHost(subj, union(obj, more)), false
			}
		}
	}
	if t.kind == graph.KindMeeting && blocGathering(s, t.tok) {
		// "EC foreign ministers meeting here": the bloc's own members; "Kerry
		// is due to attend a meeting of EU foreign ministers": the bloc and
		// a state outside it.
		if len(subj) == 1 && subj[0] != "EU" && !blocInternal([]string{subj[0], "EU"}, a.in.Published) {
			return [][]string{{subj[0], "EU"}}, false
		}
		return nil, false
	}
	if stopNouns[s.toks[t.tok].w] && len(obj) == 0 && len(subj) > 0 {
		// "after stops in Peking and Seoul": one visit to each place
		if hosts := s.placeList(t.tok + 2); len(hosts) > 0 && !overlap(subj, hosts) {
			return perHost(subj, hosts), false
		}
	}
	if t.kind == graph.KindMeeting && len(obj) > 1 && objG >= 0 && placesAfter(s.toks, t.tok, groupFirst(at, objG)) {
		// "held talks in the United States and Japan", "after talks in
		// the United States, the EC and Latin America": the places of a
		// tour, each a host of the traveller; no traveller, no event.
		if len(subj) == 0 || overlap(subj, obj) {
			return nil, false
		}
		return perHost(subj, obj), false
	}
	if len(subj) == 0 && len(obj) == 1 && objG >= 0 && s.withOwn != "" && obj[0] != s.withOwn && withBeforeGroup(s.toks, groupFirst(at, objG)) {
		// "The second-round talks with Russia and Nepal completed ...
		// while the second round of talks with Iran is underway": the
		// same owner's
		return [][]string{{s.withOwn, obj[0]}}, true
	}
	if len(subj) == 0 && len(obj) > 1 && objG >= 0 && withBeforeGroup(s.toks, groupFirst(at, objG)) {
		// "the agreements that were signed with Mauritius and Qatar", "the
		// second-round talks with Russia and Nepal", "months of talks with
		// the Soviet Union and the U.S.": each is a partner of
		// someone the sentence leaves out, the country the story is filed
		// from, not of each other.
		own := a.home
		if (own == "" || slices.Contains(obj, own)) && len(a.pair) > 0 && !slices.Contains(obj, a.pair[0]) && s.bilateralBefore(t.tok) {
			own = a.pair[0] // "LONDON - ... So far, bilateral accords have been reached with the U.K. and France": the story's state
		}
		if own == "" || slices.Contains(obj, own) || len(obj) > 4 || len(obj) > 2 && (len(a.pair) == 0 || a.pair[0] != own) {
			// A longer list is a round of talks with many, unless the
			// story is of the state it is filed from ("DHAKA - ...
			// preliminary talks with Uzbekistan, South Africa and Morocco
			// have already finished" on tax treaties: one each).
			return nil, false
		}
		s.withOwn = own
		return perHost([]string{own}, obj), true
	}
	if t.kind == graph.KindAccord && len(subj) > 1 && len(obj) == 1 && !overlap(subj, obj) &&
		(s.toks[t.verb].cls&clsLend != 0 || t.headNoun >= 0 && pluralAccord(s.toks[t.headNoun].w)) {
		// "Venezuela, Nigeria and Kuwait loaned Ecuador 12 mln barrels":
		// a loan from each lender; "Egypt and Jordan have inked peace
		// agreements with the Jewish state": each signatory's accord with
		// the one partner
		out := make([][]string, 0, len(subj))
		for _, l := range subj {
			out = append(out, []string{l, obj[0]})
		}
		return out, false
	}
	if t.kind == graph.KindRelations && !overlap(subj, obj) && (len(subj) > 1 && len(obj) == 1 || len(subj) == 1 && len(obj) > 1) {
		// "Bahrain, Sudan and Morocco have all agreed to establish ties
		// with Israel", "broke relations with Qatar, Iran and Libya":
		// relations are between two states, one pair each
		if len(obj) == 1 {
			out := make([][]string, 0, len(subj))
			for _, c := range subj {
				out = append(out, []string{c, obj[0]})
			}
			return out, false
		}
		return perHost(subj, obj), false
	}
	if u := union(subj, obj); len(u) >= 2 {
		if t.kind == graph.KindAccord && t.headNoun >= 0 && pluralAccord(s.toks[t.headNoun].w) && len(subj) == 1 && len(obj) > 1 && !overlap(subj, obj) {
			// "signed agreements with Brazil, Japan and Mexico", "has
			// bilateral investment treaties with China, Egypt and Sri
			// Lanka": one accord with each
			return perHost(subj, obj), false
		}
		if (visit || t.mode == "phone" || t.kind == graph.KindMeeting && len(subj) == 1 && separateBefore(s.toks, t.tok)) && len(subj) > 0 && len(obj) > 1 && !overlap(subj, obj) {
			// ("talked by phone with their Armenian and Azeri counterparts":
			// two calls; "has held separate talks with Iran and Iraq": two
			// meetings)
			return perHost(subj, obj), false
		}
		if visit && len(subj) == 0 && len(obj) > 1 {
			return nil, false // "trips to Saudi Arabia, the United States and Paris" by someone no state
		}
		return [][]string{u}, false
	}
	if visit && len(subj) == 0 && crowdSubject(s, t.tok) {
		return nil, false // "Many are canceling trips to northeast Brazil": travellers, not a state
	}
	if t.kind == graph.KindMeeting && multilateral(s.toks, t.tok) && len(union(subj, obj)) < 2 {
		// "the June 3 foreign ministers' meeting", "Ministers at Thursday's
		// talks": a meeting of many states, not of one state and the
		// story's partner.
		return nil, false
	}
	var codes []string
	type pc struct {
		code string
		tok  int
		dist int
		grp  int
	}
	var list []pc
	anaphora := false
	for _, ac := range s.actors {
		if !ac.explicit() {
			anaphora = true
			continue
		}
		if s.excluded(ac) || ac.role != roleState {
			continue
		}
		if !slices.Contains(subj, ac.code) && !slices.Contains(obj, ac.code) {
			// Countries in the sentence that are neither subject nor
			// object of the trigger ("accusing Russia of ...") do not
			// take part in its event.
			continue
		}
		dist := ac.tok - t.tok
		if dist < 0 {
			dist = -dist
		}
		found := false
		for i := range list {
			if list[i].code == ac.code {
				found = true
				if dist < list[i].dist {
					list[i].dist = dist
				}
			}
		}
		if !found {
			g := -1
			if ac.tok < len(at) {
				g = at[ac.tok]
			}
			list = append(list, pc{ac.code, ac.tok, dist, g})
		}
	}
	if len(list) > 2 {
		// Keep the actors near the trigger, with the whole coordinated
		// group of any of them.
		nearGroups := map[int]bool{}
		for _, p := range list {
			if p.dist <= 12 && p.grp >= 0 {
				nearGroups[p.grp] = true
			}
		}
		var near []pc
		for _, p := range list {
			if p.dist <= 12 || p.grp >= 0 && nearGroups[p.grp] {
				near = append(near, p)
			}
		}
		list = near
	}
	if t.kind == graph.KindRelations && len(list) > 2 {
		// Relations are always between two states: the two nearest.
		sort.SliceStable(list, func(i, j int) bool { return list[i].dist < list[j].dist })
		list = list[:2]
	}
	for _, p := range list {
		codes = append(codes, p.code)
	}
	if anaphora && len(codes) < 2 {
		// "bilateral talks tomorrow with Coface, the French export credit
		// agency" names its two sides: the pair is only for what is left.
		// ("the two men" after two persons of the sentence are those two.)
		for _, c := range s.anaphoraNear(t.tok, a.pair) {
			if !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
	}
	if t.kind == graph.KindMeeting && !visit && len(codes) < 2 && s.collectiveBefore(t.tok) {
		return nil, false // "African leaders and French President Jacques Chirac opened a two-day summit here": many sides
	}
	host, hostHow := "", ""
	domestic := false
	if visit {
		host, hostHow = s.hostAfter(t.tok)
		if len(codes) == 1 && a.home != "" && a.home != codes[0] && (s.visitOfHere(t.tok) || unplacedVisit(s.toks, t.tok)) {
			// "LA PAZ - ... during the four-day visit of West German
			// President Richard von Weizsaecker": the visit the story is
			// filed from, its visitor a titled person
			host, hostHow = a.home, byHere
		}
		if host == "" && len(obj) == 1 {
			host = obj[0]
		}
		if host == "" {
			host, hostHow = s.leftAfterVisit(t.tok)
		}
		if host == "" {
			host, hostHow = s.visitHeMakes(t.tok)
			if host != "" && len(codes) == 0 && s.prevPerson != "" && s.prevPerson != host {
				codes = []string{s.prevPerson} // "a state visit he will make to Britain": the story's main person
				inferred = true
			}
		}
		if host == "" {
			host, hostHow = s.visitedRelative(t.tok)
			if host != "" && len(codes) == 0 && s.prevPerson != "" && s.prevPerson != host {
				codes = []string{s.prevPerson} // "which he visited": the story's main person
				inferred = true
			}
		}
	}
	if len(codes) == 1 && host != "" && host != codes[0] && hostHow != "" && hostHow != byAnaphora {
		// "Zarif, who was on an official visit to Istanbul", "China, whose
		// representative landed in Pyongyang": the place visited names the
		// host, which a place phrase keeps out of the sentence's groups.
		codes = append(codes, host)
	}
	if len(codes) == 1 && t.kind == graph.KindAccord && slices.Contains(subj, codes[0]) {
		// "India has signed a trade protocol to buy asbestos fibre from
		// Zimbabwe", "Cairo agreed to purchase 500,000 tonnes of Canadian
		// wheat": the state it buys from (or sells to) is the other party.
		k := t.headNoun
		if k < 0 && t.verb == t.tok && s.toks[t.tok].w == "agreed" {
			k = t.tok
		}
		if k >= 0 { // (no accord noun and no "agreed to": no trade to read)
			if p := s.tradePartner(k); p != "" && p != codes[0] {
				codes = append(codes, p)
			}
		}
	}
	if len(codes) == 1 && t.kind == graph.KindRelations {
		// "The United States opened its embassy in Havana": the host.
		if host := s.embassyHost(); host != "" && host != codes[0] {
			codes = append(codes, host)
		}
	}
	if len(codes) == 1 && t.kind == graph.KindMeeting && !visit && len(obj) == 0 && !s.manyStatesAgent(t) {
		// "Biden will meet King Abdullah II in Jordan": a partner the
		// gazetteer cannot place, met in a country, is of that country;
		// "will hold talks in Moscow next week": the host of the talks.
		host := ""
		if mediatedTalks(s.toks, t.tok) {
			// ("peace talks in Kuwait", "U.N.-backed negotiations with the
			// Houthis in Kuwait": the host mediates, it is no side)
		} else if objName {
			host = s.placeAfter(t.tok)
		} else if t.tok+2 < len(s.toks) && s.toks[t.tok+1].w == "in" && !neutralVenueAt(s.toks, t.tok+2) {
			host = s.placeAfter(t.tok)
		} else if t.tok+3 < len(s.toks) && s.toks[t.tok+1].w == "at" && s.toks[t.tok+2].w == "the" {
			host = s.placeAfter(t.tok) // "At a meeting at the White House": a seat of government
		} else {
			host = s.placeBeforePurpose(t.tok) // "De Croo was also in Washington for trade talks"
		}
		if host != "" && host != codes[0] && host != "EU" {
			codes = append(codes, host)
			inferred = true
		}
		// "Hollande is holding an emergency defense meeting in Paris": a
		// meeting at home has no foreign side, unless the sentence names
		// another state ("Peruvian ... and the head of Bank of Mexico met
		// in Mexico City").
		domestic = host == codes[0] && len(distinctCodes(s.actors, true)) == 1
	}
	if len(codes) == 1 && !domestic && len(a.pair) == 2 && a.pairStrong && (!a.multi || a.hub != "" && codes[0] != a.hub) && !t.needArgs && (visit || !s.venueNamed(t.tok, a.pair)) &&
		!orgSubject(s, t.tok) && !privateSubject(s, t.verb) && !privateAfter(s, t.tok) && !unnamedForeigners(s.toks, t) && !(visit && visitsAPlace(s.toks, t)) && !orgsOwnMeeting(s, t.tok) && !ownStaffMeeting(s.toks, t.tok) && !s.manyStatesAgent(t) && !(!visit && s.ownPeopleMet(t, subj, obj, subjG, objG, at)) &&
		!(t.kind == graph.KindMeeting && !visit && len(subj) == 0 && len(obj) == 1 && obj[0] == a.home && s.legislatorsBefore(t.tok)) && !(t.mode == "summit" && summitAtVenue(s.toks, t.tok)) && !(t.kind == graph.KindAccord && t.headNoun < 0 && !s.counterpartBefore(t.verb) && !talksAfter(s.toks, t.verb) && !underAccord(s.toks, t.verb)) && !(objName && len(obj) == 0) {
		switch {
		case slices.Contains(a.pair, codes[0]):
			other := a.pair[0]
			if other == codes[0] {
				other = a.pair[1]
			}
			if s.namedNotAsState(other, t.kind == graph.KindMeeting) {
				break // the sentence says what the partner is here: a topic, an owner, a place
			}
			if t.kind == graph.KindMeeting && !visit && len(subj) == 0 && s.unplacedSubject(t.tok, at) {
				break // "Bank of Montreal president William Mulholland met Brazil's Funaro": someone no state
			}
			if t.kind == graph.KindMeeting && s.unnamedPeers(t.tok, other) {
				break // "Obama will meet with foreign leaders": others unnamed, or named after "including"
			}
			if t.kind == graph.KindMeeting && !visit && s.bodyMeets(t.tok) {
				break // "the Economic Policy Council is set to meet today": one state's body
			}
			if t.kind == graph.KindMeeting && !visit && !a.pairMet && len(obj) == 0 && theTalks(s.toks, t.tok) {
				// "his government's position on the talks" in a story of
				// U.N.-brokered talks between Syria and its opposition: the
				// talks told before, which the pair never held.
				break
			}
			if visit && host == codes[0] && s.unplacedVisitor(t, at) {
				break // "Maharaz, visiting Ottawa", "Pope Francis' visit to Mexico": a visitor the story does not place
			}
			if t.kind == graph.KindMeeting && s.withoutAfter(t.tok) {
				break // "they will meet the next day to discuss Brexit without him": the one left out is no side
			}
			codes = append(codes, other)
			inferred = true
		case host == codes[0] && !s.unplacedSubject(t.tok, at) && !(visit && s.unplacedVisitor(t, at)) && !stopNouns[s.toks[t.tok].w]:
			// (a visitor the story does not place visits for no state of its pair)
			codes = append([]string{a.pair[0]}, codes...)
			inferred = true
		case len(subj) == 0 && len(obj) == 1 && obj[0] == codes[0] && objG >= 0 && s.withBefore(groupFirst(at, objG)) &&
			!s.unplacedSubject(t.tok, at) && t.kind == graph.KindAccord:
			// "The agreement signed on Tuesday with Britain's ECGD was the
			// first in Nigeria's tour": the story's own state is the other
			// side, unless the sentence names a state acting before it
			// ("China had shown it can fix territorial issues via talks,
			// pointing to agreement reached with Vietnam").
			own := a.pair[0]
			for _, ac := range s.actors {
				if ac.tok < t.tok && ac.explicit() && ac.role == roleState && ac.code != codes[0] && ac.how != byAgency {
					own = ac.code
				}
			}
			codes = append([]string{own}, codes...)
			inferred = true
		}
	}
	if t.kind == graph.KindAccord && t.headNoun >= 0 && (s.cityNamed(t.headNoun) || s.forumNamed(t.headNoun)) && (len(codes) < 2 || inferred) {
		return nil, false // "the big Paris agreement signing party": a named accord, its parties not told here
	}
	if len(codes) == 0 && !t.weak && !t.needArgs {
		they := s.laterThey(t.verb, at, groups)
		switch {
		case len(they) >= 2:
			// "Modi and Obama are expected to sign the pact when they meet
			// in Washington next week": they are the sentence's subjects
			return [][]string{they}, true
		case (startsWithThey(s) || reportedThey(s.toks, t.verb)) && len(last) > 0:
			return last[:1], true
		case definiteTrigger(s, t) && len(last) > 0:
			if strings.HasSuffix(s.toks[t.tok].w, "s") {
				return last, true
			}
			return last[:1], true
		case a.pairStrong && t.kind != graph.KindRelations && bareEventSubject(s, t):
			codes = append(codes, a.pair...)
			inferred = true
		case a.pairStrong && (a.pairAccord || s.namesStateOf(a.pair)) && t.kind == graph.KindAccord && t.status == graph.StatusAgreed && t.tok == 1 && s.toks[0].w == "the" && t.verb > t.tok:
			// "The deal reached on Friday followed weeks of negotiations":
			// the story's accord, found earlier, told again with its day;
			// "The agreement, struck late last year ..., called on Japan to
			// stop": its terms bind a state of the pair.
			codes = append(codes, a.pair...)
			inferred = true
		}
	}
	if len(codes) < 2 && t.kind == graph.KindAccord && t.headNoun >= 0 && !t.heldTo {
		if held, other, _ := s.complianceParties(t.headNoun); held != "" && other != "" && (len(codes) == 0 || slices.Contains([]string{held, other}, codes[0])) {
			// "tariffs to retaliate for Japan's failure to honor a 1986
			// agreement": an accord one state is held to, told with the
			// state that holds it to it, is theirs.
			codes = []string{held, other}
		}
	}
	if host != "" && slices.Contains(codes, host) && codes[len(codes)-1] != host {
		out := make([]string, 0, len(codes))
		for _, c := range codes {
			if c != host {
				out = append(out, c)
			}
		}
		codes = append(out, host)
	}
	if len(codes) < 2 {
		return nil, false
	}
	return [][]string{codes}, inferred
}

// actorIn reports whether an actor is named in tokens [i, j).
func (s *sent) actorIn(i, j int) bool {
	for k := i; k < j && k < len(s.toks); k++ {
		if s.anyActorAt(k) {
			return true
		}
	}
	return false
}

// talksBetweenAfter returns the "between" of talks told right after the
// verb at v ("signed after three days of talks between"), or -1.
func talksBetweenAfter(toks []token, v int) int {
	if v+1 >= len(toks) || !afterPreps[toks[v+1].w] {
		return -1
	}
	for k := v + 2; k < len(toks)-1 && k <= v+7; k++ {
		if toks[k].punct {
			return -1
		}
		if meetingWords[toks[k].w] != "" && toks[k+1].w == "between" {
			return k + 1
		}
	}
	return -1
}

// withBeforeGroup reports whether "with" (or "with the") comes right
// before the actor group starting at token g.
func withBeforeGroup(toks []token, g int) bool {
	if g > 1 && toks[g-1].w == "the" {
		g--
	}
	return g > 0 && toks[g-1].w == "with"
}

// underAccord reports whether the sentence opens with "Under" and an accord
// noun, and the verb at v comes after the comma closing that phrase:
// "Under the nonbinding pact, Moscow has agreed to purchase ...", the
// terms of the story's accord, which the pair concluded.
func underAccord(toks []token, v int) bool {
	if len(toks) < 4 || toks[0].w != "under" {
		return false
	}
	for k := 1; k < v && k <= 7; k++ {
		if _, ok := accordNouns[toks[k].w]; ok {
			for j := k + 1; j < v; j++ {
				if toks[j].w == "," {
					return true
				}
			}
			return false
		}
		if toks[k].punct && toks[k].w != "-" {
			return false
		}
	}
	return false
}

// pluralAccord reports whether the accord noun w is a plural ("agreements",
// "treaties"), several accords.
func pluralAccord(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// separateBefore reports whether "separate" or "separately" qualifies the
// meeting word at trig ("held separate talks with Iran and Iraq"), or
// "with both" follows it: a mediator "met with both Israeli and
// Palestinian leaders", each side in turn.
func separateBefore(toks []token, trig int) bool {
	if trig+2 < len(toks) && toks[trig+1].w == "with" && toks[trig+2].w == "both" {
		return true // "Ross, who met with both Israeli and Palestinian leaders": each side in turn
	}
	for k := trig - 1; k >= 0 && k >= trig-3; k-- {
		if toks[k].w == "separate" || toks[k].w == "separately" || toks[k].w == "bilateral" {
			return true // ("will hold bilateral talks with the heads of state of Lithuania, the Netherlands and Norway": each in turn)
		}
		if toks[k].punct {
			return false
		}
	}
	return trig+1 < len(toks) && toks[trig+1].w == "separately"
}

// anaphoraNear returns the states the sentence's "the two ..." or "both
// ..." nearest before tok (else after it) refers to: the story's pair,
// unless addAnaphora took two persons of the sentence instead.
func (s *sent) anaphoraNear(tok int, pair []string) []string {
	at := -1 // the token of the chosen anaphora
	owned := false
	for _, ac := range s.actors {
		if ac.how != byAnaphora {
			continue
		}
		if ac.tok > tok && s.ownsAnaphora(ac.tok) {
			owned = true
			continue
		}
		if at < 0 || ac.tok < tok && (at > tok || ac.tok > at) {
			at = ac.tok // the nearest before tok; failing that, the first after it
		}
	}
	if at < 0 && owned {
		return nil
	}
	if at < 0 {
		return pair
	}
	var out []string
	for _, ac := range s.actors {
		if ac.how == byAnaphora && ac.tok == at {
			out = append(out, ac.code)
		}
	}
	return out
}

// ownsAnaphora reports whether the anaphora at k premodifies a trigger noun
// of its own ("to review Japanese compliance with the bilateral
// agreement"): the pair it names is that accord's or meeting's, not an
// earlier trigger's ("The Economic Policy Council is expected to meet").
func (s *sent) ownsAnaphora(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		w := s.toks[j].w
		if _, ok := accordNouns[w]; ok || meetingWords[w] != "" {
			return true
		}
		if s.toks[j].punct || s.toks[j].cap {
			return false
		}
	}
	return false
}

// coordinatedVerb reports whether the verb at v is the second of two
// joined by "and" ("... and later reached a treaty").
func coordinatedVerb(toks []token, v int) bool {
	k := v - 1
	if k >= 1 && (toks[k].w == "later" || toks[k].w == "then" || toks[k].w == "also" || toks[k].w == "subsequently" || toks[k].w == "eventually") {
		k--
	}
	return k >= 1 && toks[k].w == "and" && !toks[k-1].punct
}

// statesUntilBreak returns the states acting in the words from k to the
// next comma, semicolon, sentence end or subordinate clause, in order.
func (s *sent) statesUntilBreak(k int) []string {
	var out []string
	for j := k; j < len(s.toks); j++ {
		if w := s.toks[j].w; isClauseBreak(s.toks[j]) || w == "," || w == "." || w == "as" || w == "whose" {
			break
		}
		for _, ac := range s.actors {
			if ac.tok == j && ac.explicit() && ac.role == roleState && !slices.Contains(out, ac.code) {
				out = append(out, ac.code)
			}
		}
	}
	return out
}

// placeList returns the states of the list of places (countries or their
// cities) that starts at token k: "Peking and Seoul", "Tokyo, Seoul and
// Manila".
func (s *sent) placeList(k int) []string {
	var out []string
	for j := k; j < len(s.toks); j++ {
		w := s.toks[j].w
		if w == "and" || w == "," || w == "the" {
			continue
		}
		code := s.stateCodeAt(j)
		if code == "" {
			if s.actorAt(j) {
				continue // a name's further words ("New Delhi")
			}
			break
		}
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// placesAfter reports whether the words from the trigger at i to the
// group at g only say where: "talks in (both) (the) ...".
func placesAfter(toks []token, i, g int) bool {
	if i+1 >= len(toks) || toks[i+1].w != "in" || g <= i+1 {
		return false
	}
	for _, t := range toks[i+2 : g] {
		if t.w != "the" && t.w != "both" {
			return false
		}
	}
	return true
}

// perHost gives one participant set per destination of a visit: the
// travellers and that host.
func perHost(subj, hosts []string) [][]string {
	out := make([][]string, 0, len(hosts))
	for _, h := range hosts {
		out = append(out, append(append([]string(nil), subj...), h))
	}
	return out
}

// complianceWords before an accord noun tell a state is held to it:
// honouring, breaking or failing it ("failure to honor a 1986 agreement",
// "Japan's violations of the semiconductor pact", "reneging on the pact").
var complianceWords = set("honor", "honour", "honoring", "honouring", "uphold", "upholding", "comply", "complying",
	"compliance", "violate", "violated", "violates", "violating", "violation", "violations", "breach", "breached",
	"breaching", "break", "breaking", "broke", "renege", "reneged", "reneging", "abide", "adhere", "live")

// complianceNouns are the complianceWords that are nouns: their owner is
// the state held to the accord.
var complianceNouns = set("compliance", "violation", "violations", "breach")

// grievanceNouns after a state name what its government holds against
// another ("U.S. complaints about Japan's violation of the pact"): the
// state is the one wronged, a party of the accord broken.
var grievanceNouns = set("complaint", "complaints", "charges", "accusations", "allegations", "protests", "demands",
	"pressure", "sanctions", "penalties", "retaliation", "tariffs", "threats", "anger", "concerns")

// complianceParties returns the parties of the accord noun at n that a
// compliance word governs: the state held to it, named just before that
// word ("Japan's alleged failure to uphold a 1986 agreement", "against
// Japan for breaking its semiconductor agreement"), and the one other
// state the sentence names (Washington, the subject); other is "" when the
// sentence names no other, both are "" when none is held. ok is false when
// the sentence rules the accord out of theirs: a third state, the held
// state's partner in the clause, a partner of no state.
func (s *sent) complianceParties(n int) (held, other string, ok bool) {
	c := complianceWordAt(s.toks, n)
	if c < 0 {
		return "", "", true
	}
	if n+2 < len(s.toks) && s.toks[n+1].w == "with" && !s.anyActorAt(n+2) && !(s.toks[n+2].w == "the" && s.anyActorAt(n+3)) {
		return "", "", false // "violating an agreement with Southeast Asian producers": a partner of no state
	}
	heldTok, reach := -1, c-6
	if complianceNouns[s.toks[c].w] {
		reach = c - 3 // "Japan's alleged violation", "Japanese compliance": its owner, not the clause's subject ("held talks on compliance")
	}
	for k := c - 1; k >= 0 && k >= reach && held == ""; k-- {
		if s.toks[k].punct && s.toks[k].w != "'s" && s.toks[k].w != "'" {
			break
		}
		for _, a := range s.actors {
			// ("alleged Japanese violation", "Japanese chipmakers'
			// violation": a people's word owning the noun is its state)
			owner := a.role == roleAttr && complianceNouns[s.toks[c].w] &&
				(a.tok+1 == c || a.tok+3 == c && (s.toks[a.tok+2].w == "'" || s.toks[a.tok+2].w == "'s"))
			if a.tok == k && a.explicit() && (a.role == roleState || owner) {
				held, heldTok = a.code, k
			}
		}
	}
	if held == "" {
		return "", "", true
	}
	for _, a := range s.actors {
		grievance := a.role == roleAttr && a.tok+1 < len(s.toks) && grievanceNouns[s.toks[a.tok+1].w] // "U.S. complaints about Japan's violation"
		if !a.explicit() || a.role != roleState && !grievance || a.code == held {
			continue
		}
		if a.tok > n && !(a.tok <= n+3 && s.toks[n+1].w == "with") {
			continue // "an agreement to let Italy and Canada attend": what the accord is about, not its party
		}
		if other != "" && other != a.code {
			return "", "", false // three states: whose accord, the sentence does not say
		}
		if a.tok+2 == heldTok && s.toks[a.tok+1].w == "and" {
			return "", "", false // "Turkey and Saudi Arabia were behind violations of the deal": both held to another's accord
		}
		other = a.code
	}
	return held, other, true
}

// definiteTrigger reports whether the trigger is a definite reference to
// an event told before ("The visits were ...", "The talks ...", "Talks are
// due to begin in Moscow on Wednesday").
func definiteTrigger(s *sent, t trigger) bool {
	if t.kind != graph.KindMeeting {
		return false
	}
	w := s.toks[t.tok].w
	d := t.tok - 1
	for d > 0 && d >= t.tok-4 && (roundWords[s.toks[d].w] || durationWord(s.toks[d].w)) {
		d--
	}
	if d < t.tok-1 && s.toks[d].w == "the" && (d == 0 || s.toks[d-1].w == "said" || s.toks[d-1].w == "says" || s.toks[d-1].w == "that" ||
		d >= 2 && s.toks[d-1].w == "of" && newsOf[s.toks[d-2].w]) {
		// "The next round of talks will be held in April", "Valerio said
		// the next formal talks would be Monday", "News of the week-long
		// visit starting April 29": the talks or visit just told
		return true
	}
	return t.tok == 1 && s.toks[0].w == "the" || t.tok == 0 && talkPlurals[w]
}

// roundWords may stand between "the" and a meeting word that tells the
// talks of the sentence before again ("the next round of", "the second
// formal").
var roundWords = set("next", "new", "further", "second", "third", "fourth", "fifth", "final", "latest", "round", "of",
	"formal", "technical", "bilateral", "state", "official", "planned", "upcoming", "forthcoming", "scheduled",
	"first", "such", "previous", "initial") // ("The first such talks occurred in Berlin last April")

// newsOf are nouns whose "of the visit" refers to the visit just told.
var newsOf = set("news", "details", "dates", "timing", "itinerary", "announcement")

// durationWord reports whether w tells a meeting's length: "week-long",
// "two-day", "10-day".
func durationWord(w string) bool {
	return strings.HasSuffix(w, "-long") || strings.HasSuffix(w, "-day") || strings.HasSuffix(w, "-week")
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// bareEventSubject reports whether a sentence that names no country still
// states an event of the story's main pair: a visit or an accord told
// about its people ("King Faisal visited in 1967").
func bareEventSubject(s *sent, t trigger) bool {
	switch t.kind {
	case graph.KindMeeting:
		if t.tok == 0 && talkPlurals[s.toks[0].w] && len(s.toks) > 1 && auxiliaries[s.toks[1].w] {
			// "Talks are due to begin in Moscow on Wednesday": the story's
			// talks, held in one of its capitals.
			for _, a := range s.actors {
				if a.role == rolePlace && a.how == string(gazetteer.ByCapital) {
					return true
				}
			}
			return false
		}
		if t.mode != "visit" || s.toks[t.tok].w != "visited" || t.tok == 0 {
			return false
		}
		// The visitor is a titled or named person ("King Faisal visited",
		// "the king visited"), not anyone ("Lee's wife visited him").
		prev := s.toks[t.tok-1]
		if !(prev.cap && !prev.punct || titleWords[prev.w]) {
			return false
		}
		if t.tok+1 < len(s.toks) {
			switch s.toks[t.tok+1].w {
			case "him", "her", "them", "us", "me", "friends", "relatives", "family":
				return false
			}
		}
		return true
	case graph.KindAccord:
		return t.status == graph.StatusSigned
	}
	return false
}

// namesStateOf reports whether the sentence names one of codes as a state.
func (s *sent) namesStateOf(codes []string) bool {
	return slices.ContainsFunc(s.actors, func(a actor) bool {
		return a.explicit() && a.role == roleState && !s.excluded(a) && slices.Contains(codes, a.code)
	})
}

// anaphoraBefore reports whether the main pair is referred to ("the two
// countries") before token k, as the subject of a verb there.
func (s *sent) anaphoraBefore(k int) bool {
	for _, a := range s.actors {
		if !a.explicit() && a.tok < k && k-a.tok <= 12 {
			return true
		}
	}
	return false
}

// startsWithThey reports whether the sentence opens with "they": the
// parties of the event told before.
func startsWithThey(s *sent) bool {
	return len(s.toks) > 0 && s.toks[0].w == "they"
}

// laterThey returns the states of the sentence's opening subject when
// "they", in a clause after it, is the subject of the verb at v: "Modi and
// Obama are expected to sign the pact when they meet". It returns nil
// otherwise.
func (s *sent) laterThey(v int, at []int, groups [][]string) []string {
	k := v - 1
	for k >= 0 && (auxiliaries[s.toks[k].w] || s.toks[k].w == "also" || s.toks[k].w == "again" || s.toks[k].w == "to") {
		k--
	}
	if k < 2 || s.toks[k].w != "they" || !subordinators[s.toks[k-1].w] {
		return nil
	}
	from := 0
	for j := 1; j <= 3 && j < k; j++ {
		if reportVerbs[s.toks[j].w] {
			from = j + 1 // "Miyazawa said Nakasone and Reagan are likely to reaffirm ... when they meet"
			if from < k && s.toks[from].w == "that" {
				from++
			}
		}
	}
	for j := from; j < k && j <= from+3; j++ {
		if s.toks[j].punct {
			return nil
		}
		if g, ok := s.subjectGroupAt(j, at); ok && g >= 0 {
			return groups[g]
		}
	}
	return nil
}

// subordinators open a clause whose subject may take up the sentence's.
var subordinators = set("when", "after", "before", "as", "once", "until", "if", "where", "while")

// reportedThey reports whether "they" after a report verb is the subject of
// the verb at v: "The sources said they will meet April 13 to 16", "said
// that they would meet again".
func reportedThey(toks []token, v int) bool {
	k := v - 1
	for k >= 0 && (auxiliaries[toks[k].w] || toks[k].w == "also" || toks[k].w == "again") {
		k--
	}
	if k < 1 || toks[k].w != "they" {
		return false
	}
	k--
	if toks[k].w == "that" && k >= 1 {
		k--
	}
	return reportVerbs[toks[k].w]
}

// openerTalksSides returns the two states of "In (high-level) talks (last
// week), the U.S. criticised Japan's ...": the talks that open the sentence
// are between the main clause's subject and the state its verb acts on.
// It returns nil otherwise.
func (s *sent) openerTalksSides(trig int, at []int, groups [][]string) []string {
	toks := s.toks
	if trig == 0 || trig > 4 || !openerPreps[toks[0].w] || meetingWords[toks[trig].w] != "talks" && toks[trig].w != "meeting" && toks[trig].w != "meetings" {
		return nil
	}
	for k := 1; k < trig; k++ {
		if !openerFill[toks[k].w] && !meetingModifiers[toks[k].w] {
			return nil
		}
	}
	c := trig + 1
	if c < len(toks) && (toks[c].w == "here" || toks[c].w == "there") {
		c++ // "At meetings here this week, Bank of England officials pressed their Japanese counterparts"
	}
	c = s.afterDate(c) // ("In talks (on) Monday, the U.S. ...")
	if c >= len(toks) || toks[c].w != "," {
		return nil
	}
	c++
	if c < len(toks) && toks[c].w == "the" {
		c++
	}
	if c >= len(toks) || at[c] < 0 || s.personAt(c) || len(groups[at[c]]) != 1 {
		return nil
	}
	a := groups[at[c]][0]
	v := groupEnd(c, at)
	if v < len(toks) && officialNouns[toks[v].w] {
		v++ // "Bank of England officials pressed"
	}
	if v >= len(toks) || !pastForm(toks[v].w) || reportVerbs[toks[v].w] {
		return nil
	}
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		if g := at[k]; g >= 0 && len(groups[g]) == 1 && groups[g][0] != a {
			return []string{a, groups[g][0]}
		}
		if toks[k].punct {
			break
		}
	}
	return nil
}

// visitOfHere reports whether the visit noun at trig is "the visit of"
// a named visitor with no destination told in its clause.
func (s *sent) visitOfHere(trig int) bool {
	if trig+2 >= len(s.toks) || s.toks[trig+1].w != "of" || trig == 0 || s.toks[trig-1].w != "the" && !strings.HasSuffix(s.toks[trig-1].w, "-day") {
		return false
	}
	titled := false
	for k := trig + 2; k < len(s.toks) && k <= trig+5; k++ {
		titled = titled || titleWords[s.toks[k].w]
	}
	if !titled {
		return false // "the visit of Cuba's president" may name the host first; only "of <title> <name>"
	}
	for k := trig + 2; k < len(s.toks); k++ {
		w := s.toks[k].w
		if w == "to" || w == "in" || w == "at" {
			return false // "the visit of Reagan to Bitburg"
		}
		if s.toks[k].punct || isClauseBreak(s.toks[k]) {
			break
		}
	}
	return true
}

// unplacedVisit reports whether the visit word at trig names no place,
// nor does the arrival or start before it: "arrived today for a four-day
// visit", "began a four-day official visit today". In a story filed from
// a capital, the visit is to the country the story is filed from.
func unplacedVisit(toks []token, trig int) bool {
	if w := toks[trig].w; w != "visit" && w != "visits" || !slices.ContainsFunc(toks[max(0, trig-6):trig], func(t token) bool { return visitStarts[t.w] || arriveForms[t.w] }) {
		return false
	}
	for k := trig + 1; k < len(toks) && k <= trig+10; k++ {
		switch t := toks[k]; {
		case t.w == "to" || t.w == "in" || t.w == "at" || t.w == "here" || t.w == "from" || t.w == "of" || t.w == "back" || t.w == "home":
			return false
		case t.punct || isClauseBreak(t) || t.w == "and" || t.w == "with":
			return true
		}
	}
	return true
}

// arriveForms are the forms of "arrive"; visitStarts, before "a ... visit",
// begin or pay it.
var (
	arriveForms = set("arrive", "arrives", "arrived", "arriving")
	visitStarts = set("began", "begins", "begin", "started", "starts", "opened", "opens", "paying", "pays", "paid")
)

// visitHeMakes returns the country of "<visit> he will make to X", "the
// visit she paid to X": a relative clause naming the host, its subject the
// story's person.
func (s *sent) visitHeMakes(trig int) (code, how string) {
	k := trig + 1
	if k >= len(s.toks) || !heOrShe(s.toks[k].w) {
		return "", ""
	}
	k++
	for k < len(s.toks) && (auxiliaries[s.toks[k].w] || beForms[s.toks[k].w]) {
		k++
	}
	if k+2 >= len(s.toks) || !payVisitVerbs[s.toks[k].w] || s.toks[k+1].w != "to" {
		return "", ""
	}
	for _, ac := range s.actors {
		if ac.explicit() && ac.tok == k+2 {
			return ac.code, ac.how
		}
	}
	return "", ""
}

// payVisitVerbs make or pay a visit.
var payVisitVerbs = set("make", "makes", "made", "making", "pay", "pays", "paid", "paying")

// hostAfter returns the country a visit goes to: a country or capital right
// after the trigger ("visit to Cuba", "visited Havana", "trip to China").
func (s *sent) hostAfter(trig int) (code, how string) {
	for _, ac := range s.actors {
		if !ac.explicit() || ac.tok <= trig || ac.tok > trig+4 {
			continue
		}
		between := s.toks[trig+1 : ac.tok]
		ok := true
		for _, b := range between {
			ok = ok && (visitModifier(b.w) || b.w == "to" || b.w == "in" || b.w == "the" || b.w == "of")
		}
		if ok {
			return ac.code, ac.how
		}
	}
	// "who is here on an official visit": the dateline's country hosts.
	for _, ac := range s.actors {
		if ac.how != byHere || ac.tok >= trig || ac.tok < trig-5 || ac.tok+1 >= len(s.toks) || s.toks[ac.tok+1].w != "on" {
			continue
		}
		ok := true
		for _, b := range s.toks[ac.tok+2 : trig] {
			ok = ok && visitModifier(b.w)
		}
		if ok {
			return ac.code, ac.how
		}
	}
	return "", ""
}

// visitModifiers may stand between "on" or a host and a visit ("on an
// official visit", "a two-day state visit to").
var visitModifiers = set("a", "an", "official", "state", "private", "working")

// visitModifier reports whether w is one of visitModifiers or a length
// ("two-day").
func visitModifier(w string) bool { return visitModifiers[w] || strings.HasSuffix(w, "-day") }

// placeOf returns the city of an event: a capital or city named after "in"
// or "at" in the sentence, nearest the trigger.
func placeOf(s *sent, trig int) string {
	best, bestD := "", math.MaxInt
	for _, m := range s.capitals {
		k := tokenAt(s.toks, m.Start)
		if k == 0 || k >= len(s.toks) {
			continue
		}
		p := s.toks[k-1].w
		if p != "in" && p != "at" && p != "to" {
			continue
		}
		d := k - trig
		if d < 0 {
			d = -d * 2
		}
		if d < bestD {
			best, bestD = m.Text, d
		}
	}
	return best
}

// namedNotAsState reports whether the sentence names a country only as
// what others act on or own ("Syria peace talks", "Syria's opposition"),
// or, for a meeting (people), as the attribute of someone no state ("the
// Canadian banker said after a meeting with Funaro"), so it cannot be the
// unnamed partner of an event there.
func (s *sent) namedNotAsState(code string, people bool) bool {
	named := false
	for _, a := range s.actors {
		if a.code != code || !a.explicit() {
			continue
		}
		if a.role == roleState || a.role == rolePlace || a.role == roleAttr && (!people || s.thingAttr(a)) {
			// A place may be where the partner receives ("signed the deal
			// in Buenos Aires"); an accord's goods may be the partner's
			// ("a deal to import Venezuelan fuel"), and so may what a
			// meeting is for ("sought Japanese financing").
			return false
		}
		named = true
	}
	return named
}

// thingAttr reports whether the attribute mention a qualifies a lower-case
// noun of a thing, not someone: "Japanese financing", "U.S. goods" (not
// "the Canadian banker", "German Kuka", "Japanese business leaders").
func (s *sent) thingAttr(a actor) bool {
	k := a.tok
	for k < len(s.toks) && s.toks[k].start < a.end {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if t.cap || t.punct || t.w == "'s" || privateModifiers[t.w] || privateParties[t.w] || personNouns[t.w] {
		return false // ("West Germany's largest bank": an owner)
	}
	return k+1 >= len(s.toks) || !personNouns[s.toks[k+1].w] && !privateParties[s.toks[k+1].w]
}

// personNouns name someone, not a thing, so a state's word on them is no
// partner's: "a Canadian banker", "Japanese business leaders".
var personNouns = set("banker", "bankers", "businessman", "businessmen", "businesswoman", "executive", "executives",
	"investor", "lawyer", "lawyers", "journalist", "journalists", "reporter", "reporters", "activist", "activists",
	"leaders", "leader", "people", "citizen", "citizens", "students", "student", "tourists", "tourist", "officials",
	"official", "man", "woman", "men", "women", "group", "groups", "dealers", "traders", "analysts", "economists",
	"exporters", "importers", "producers", "manufacturers", "makers", "maker", "chief", "head", "chairman", "president")

// firmPronounSubject reports whether the meeting verb at v has "it" as its
// subject and the sentence opens with a one-word name that is no state,
// leader or agency ("Facebook did not respond ..., but said that it
// conferred closely with Israel"): the firm met, and no state of the story
// stands in for it.
func (s *sent) firmPronounSubject(v int) bool {
	toks := s.toks
	k := v - 1
	for k > 0 && (auxiliaries[toks[k].w] || strings.HasSuffix(toks[k].w, "ly")) {
		k--
	}
	if k < 2 || toks[k].w != "it" {
		return false
	}
	return toks[0].cap && !toks[0].punct && !s.anyActorAt(0) && !sentenceStarters[toks[0].raw] && !toks[1].cap &&
		!subjectPronouns[toks[0].w] && !determiners[toks[0].w]
}

// conditionalInfinitive reports whether the meeting verb at v is an
// infinitive inside an "if" or "unless" clause (no punctuation between):
// "If Japan agrees to negotiate with the U.S., ...". Such a meeting is only
// supposed.
func conditionalInfinitive(toks []token, v int) bool {
	if v < 2 || toks[v-1].w != "to" {
		return false
	}
	for k := v - 2; k >= 0 && k >= v-20; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].w == "if" || toks[k].w == "unless" {
			return true
		}
	}
	return false
}

// motiveInfinitive reports whether the meeting verb at v is an infinitive
// that a noun of motive governs: "an incentive to negotiate", "an
// incentive to the Palestinians to negotiate", "no reason for Tokyo to
// hold talks".
func motiveInfinitive(toks []token, v int) bool {
	if v < 2 || toks[v-1].w != "to" {
		return false
	}
	if motiveNouns[toks[v-2].w] {
		return true // "gives Israel an incentive to negotiate"
	}
	for j := v - 2; j >= 1 && j >= v-7; j-- {
		w := toks[j].w
		if w == "for" || w == "to" {
			return motiveNouns[toks[j-1].w]
		}
		if toks[j].punct && w != "." || !toks[j].cap && !determiners[w] && !possessives[w] && !officialNouns[w] {
			return false
		}
	}
	return false
}

// motiveNouns give someone a reason to act, not the act: "incentive",
// "pretext".
var motiveNouns = set("incentive", "incentives", "reason", "reasons", "pretext", "excuse", "motive", "motivation")

// repeatsNamed reports whether a trigger word whose partner was only
// inferred repeats one the sentence already named parties for, with the
// same first party: the sentence tells one event twice.
func repeatsNamed(named, sets [][]string) bool {
	for _, n := range named {
		for _, p := range sets {
			if len(n) > 0 && len(p) > 0 && n[0] == p[0] {
				return true
			}
		}
	}
	return false
}

// talksAfter reports whether talks are what an agreement at verb came out
// of: "the US had agreed to release the four after intensive and complex
// discussions", "agreed ... following negotiations". The talks had two
// sides, so the story's pair is the accord's.
func talksAfter(toks []token, verb int) bool {
	for k := verb + 1; k < len(toks) && k <= verb+14; k++ {
		if toks[k].w != "after" && toks[k].w != "following" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			switch toks[j].w {
			case "talks", "discussions", "negotiations", "consultations":
				return true
			}
			if toks[j].punct && toks[j].w != "\"" {
				break
			}
		}
	}
	return false
}

// counterpartBefore reports whether "counterpart" comes before token k: "Mr
// Straw and his Spanish counterpart agreed to ..." is two sides agreeing,
// while "China also agreed to implement ..." is one side's undertaking,
// which takes no partner from the story's pair.
func (s *sent) counterpartBefore(k int) bool {
	for j := 0; j < k && j < len(s.toks); j++ {
		if w := s.toks[j].w; w == "counterpart" || w == "counterparts" {
			return true
		}
	}
	return false
}

// nonStatePartner returns the token of the "with" that names the trigger's
// partner as no state: followed, before any country, by a bank, company or
// other body ("reached agreement with commercial banks", "talks with
// creditors"); -1 when there is none.
func (s *sent) nonStatePartner(tok, verb int) int {
	start := tok
	if verb > start {
		start = verb
	}
	if w := s.toks[tok].w; w == "meet" || w == "met" || w == "meeting" || w == "meets" || callVerbs[w] || w == "phone" || w == "telephone" {
		// A direct object: "Putin meeting relatives of the journalists",
		// "the Federal Reserve Bank of New York has phoned banks in London".
		for k := start + 1; k < len(s.toks) && k <= start+4; k++ {
			t := s.toks[k]
			if s.intlBodyAt(k) {
				return k // "met World Bank and International Monetary Fund officials in Washington"
			}
			if armedGroups[t.w] {
				return k // "met Taliban negotiators in Doha": a movement, not the host state
			}
			if s.anyActorAt(k) || t.punct || t.cap {
				break
			}
			if partnerBodies[t.w] || legislatorsAt(s.toks, k) {
				return k
			}
			if !determiners[t.w] && !isNumberTok(t) {
				break
			}
		}
	}
	for k := tok - 1; k >= 0 && k >= tok-4 && (meetingWords[s.toks[tok].w] != "" || weakMeetingWords[s.toks[tok].w] != ""); k-- {
		if privateBodies[s.toks[k].w] && s.toks[k].cap {
			return k // "told a U.S. Chamber of Commerce meeting": a private body's
		}
		if k < tok-2 {
			continue
		}
		if w := s.toks[k].w; (w == "bank" || w == "banks" || w == "creditor" || w == "creditors" || w == "company") && !s.toks[k].cap &&
			!(k > 0 && s.toks[k-1].w == "central") { // (not "West Bank water talks")
			return k // "commercial bank discussions with Argentina": the other side is the banks
		}
		if s.toks[k].punct || s.anyActorAt(k) {
			break
		}
	}
	if verb > tok {
		start = tok // "after the agreement with the IMF is signed": the noun's own partner
	}
	if meetingWords[s.toks[tok].w] != "" && tok+3 < len(s.toks) && s.toks[tok+1].w == "of" && s.peopleOf(tok+2) {
		return tok + 1 // "told a meeting of Pakistani industrialists": a people's gathering, no state's
	}
	for k := start + 1; k < len(s.toks) && k <= start+8; k++ {
		if s.toks[k].w != "with" && s.toks[k].w != "between" {
			if objectStops[s.toks[k].w] {
				return -1
			}
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+7; j++ {
			t := s.toks[j]
			if s.anyActorAt(j) && j+1 < len(s.toks) && communityNouns[s.toks[j+1].w] && !s.toks[j+1].cap && !s.anyActorAt(j+1) { // (not "the European Community")
				return k // "with members of the Turkish community": a people, not its state
			}
			if s.peopleOf(j) {
				return k // "talks with Japanese bankers": people of the state, not the state
			}
			if s.anyActorAt(j) || t.punct {
				return -1 // ("talks between banks and Mexico, Chile and Venezuela": the banks come first)
			}
			if partnerBodies[t.w] || partnerBodies[hyphenHead(t.w)] || s.intlBodyAt(j) || legislatorsAt(s.toks, j) {
				// "with commercial banks", "with the IMF", "with
				// representatives from major grain exporting companies",
				// "with its 14-bank advisory committee", "with members of
				// the House Foreign Affairs Committee"
				return k
			}
		}
		return -1
	}
	return -1
}

// peopleOf reports whether a demonym at k (after a determiner or none)
// only describes a body of people who are no state: "Pakistani
// industrialists", "the Japanese bankers".
func (s *sent) peopleOf(k int) bool {
	if k < len(s.toks) && determiners[s.toks[k].w] {
		k++
	}
	if k+1 >= len(s.toks) || !s.namedAt(k, gazetteer.ByDemonym) {
		return false
	}
	n := s.toks[k+1]
	return !n.cap && !n.punct && (partnerBodies[n.w] || nonStateHeads[n.w])
}

// communityNouns after a demonym name a people living somewhere, not its
// state: "the Turkish community", "the Armenian diaspora".
var communityNouns = set("community", "communities", "diaspora", "minority", "minorities", "expatriates", "emigres", "immigrants")

// legislatorsAt reports whether toks[k] starts a legislature's members
// named with no state ("lawmakers", "members of Congress", "members of the
// House Foreign Affairs Committee"): met by an officer, they are his own
// state's, no partner. (A state before them, "Japanese lawmakers", is an
// actor, which the callers read first.)
func legislatorsAt(toks []token, k int) bool {
	if legislators[toks[k].w] {
		return true
	}
	if toks[k].w != "members" || k+2 >= len(toks) || toks[k+1].w != "of" {
		return false
	}
	j := k + 2
	if toks[j].w == "the" {
		j++
	}
	return j < len(toks) && legislatures[toks[j].w]
}

// withoutAfter reports whether "without" and a person or a state follow
// the meeting word at trig in its clause: "they will meet the next day to
// discuss Brexit without him".
func (s *sent) withoutAfter(trig int) bool {
	for k := trig + 1; k+1 < len(s.toks) && k <= trig+12; k++ {
		if s.toks[k].punct && s.toks[k].w != "," {
			return false
		}
		if s.toks[k].w == "without" {
			n := s.toks[k+1].w
			return n == "him" || n == "her" || n == "them" || s.anyActorAt(k+1) || n == "the" && k+2 < len(s.toks) && s.anyActorAt(k+2)
		}
	}
	return false
}

// legislatorsBefore reports whether the meeting word at trig follows, in
// its clause, a legislature's members named with no state ("senators said
// today after a private meeting with Commerce Secretary Malcolm
// Baldrige"): meeting an officer of the story's home state, they are its
// own, and the meeting has no foreign side.
func (s *sent) legislatorsBefore(trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-10; k-- {
		t := s.toks[k]
		if t.punct || s.anyActorAt(k) {
			return false
		}
		if legislatorsAt(s.toks, k) {
			return k == 0 || !s.anyActorAt(k-1)
		}
	}
	return false
}

// legislators are members of a legislature; legislatures the chambers
// "members of" names.
var (
	legislators  = set("lawmakers", "legislators", "senators", "congressmen", "congresswomen", "parliamentarians")
	legislatures = set("congress", "house", "senate", "parliament")
)

// privateBodies head the names of private bodies whose meetings a
// state's officer addresses: "a U.S. Chamber of Commerce meeting".
var privateBodies = set("chamber", "association", "federation")

// intlBodies are international bodies written in several words, by their
// words after the first.
var intlBodies = map[string][]string{
	"world":          {"bank"},
	"international":  {"monetary", "fund"},
	"paris":          {"club"},
	"london":         {"club"},
	"asian":          {"development", "bank"},
	"african":        {"development", "bank"},
	"inter-american": {"development", "bank"},
	"inter":          {"american", "development", "bank"},
	"islamic":        {"development", "bank"},
	"european":       {"investment", "bank"},
}

// intlBodyAt reports whether an international body's name starts at token
// k: an acronym of intlOrgs ("IMF") or a name of intlBodies ("World Bank").
func (s *sent) intlBodyAt(k int) bool {
	t := s.toks[k]
	if !t.cap {
		return false
	}
	if intlOrgs[t.w] {
		return true
	}
	rest, ok := intlBodies[t.w]
	if !ok || k+len(rest) >= len(s.toks) {
		return false
	}
	for i, w := range rest {
		if s.toks[k+1+i].w != w {
			return false
		}
	}
	return true
}

// intlNameAt reports whether an international body's name, the United
// Nations included, starts at token k.
func (s *sent) intlNameAt(k int) bool { return s.intlBodyAt(k) || unitedNationsAt(s.toks, k) }

// toBody reports whether the visit at trig goes to an international body
// rather than a state: "a trip to the International Monetary Fund's spring
// meetings", "a visit to NATO headquarters".
func (s *sent) toBody(trig int) bool {
	k := trig + 1
	if k >= len(s.toks) || s.toks[k].w != "to" {
		return false
	}
	k++
	if k < len(s.toks) && s.toks[k].w == "the" {
		k++
	}
	return k < len(s.toks) && s.intlNameAt(k)
}

// groupFirst returns the first token of actor group g, or -1.
func groupFirst(at []int, g int) int {
	for k, x := range at {
		if x == g {
			return k
		}
	}
	return -1
}

// dateWithin reports whether a date mention starts at a token from lo to hi.
func (s *sent) dateWithin(lo, hi int) bool {
	for i := range s.dates {
		if s.dates[i].tok >= lo && s.dates[i].tok <= hi {
			return true
		}
	}
	return false
}

// groupLast returns the last token of actor group g, or -1.
func groupLast(at []int, g int) int {
	last := -1
	for k, x := range at {
		if x == g {
			last = k
		}
	}
	return last
}

// hyphenHead returns the last part of a hyphenated word ("bank" for
// "14-bank"), or "".
func hyphenHead(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[i+1:]
	}
	return ""
}

// partnerBodies are partners that are no state.
var partnerBodies = set("banks", "bank", "creditors", "creditor", "lenders", "company", "companies", "firms", "firm",
	"investors", "bondholders", "insurers", "unions", "union", "rebels", "opposition", "militants", "insurgents",
	"executives", "businessmen", "shareholders", "consortium", "syndicate", "bankers", "hijackers", "relatives",
	"families", "family", "journalists", "reporters", "students", "activists", "dissidents", "victims",
	"survivors", "workers", "supporters", "protesters", "fans", "residents", "refugees", "migrants", "entrepreneurs",
	"businesspeople", "clerics", "priests", "athletes", "players", "celebrities", "sector", "industry", "exporters",
	"importers", "traders", "producers", "manufacturers", "performers", "artists", "musicians", "bishops", "faithful")

// mediatedTalks reports whether the talks at trig are peace talks or talks
// a third party backs ("U.N.-backed negotiations", "Russian-brokered
// talks"): their venue's state hosts them and is no side.
func mediatedTalks(toks []token, trig int) bool {
	if trig == 0 {
		return false
	}
	w := toks[trig-1].w
	if trig >= 2 && toks[trig-2].w == "-" {
		w = "-" + w // "U.N.-backed" is "u.n.", "-", "backed"
	}
	for _, suf := range []string{"-backed", "-brokered", "-sponsored", "-mediated", "-led", "-hosted"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return w == "peace"
}

// bodyMeets reports whether the meeting at trig is told of an assembly as
// its subject: "the White House Economic Policy Council prepared for a
// Thursday meeting", "a 12-bank committee have been meeting", "the cabinet
// met on Tuesday". Such a body meets among its own members; the story's
// other state is what it meets about.
func (s *sent) bodyMeets(trig int) bool {
	if trig > 0 && s.toks[trig].w == "met" && beForms[s.toks[trig-1].w] {
		return false // "would be met on arriving by": the body is met
	}
	if trig > 0 && policyWords[s.toks[trig-1].w] && (s.toks[trig].w == "meeting" || s.toks[trig].w == "meetings") {
		return true // "the Federal Reserve's next policy meeting on June 14-15": a central bank's board
	}
	for k := trig - 1; k >= 0 && k >= trig-25; k-- {
		if j := s.asideStart(k); j >= 0 {
			k = j
			continue
		}
		w := s.toks[k].w
		switch {
		case assemblyNouns[w] && len(compoundPair(s, k)) == 2:
			return false // "the next U.S.-Japan yen-dollar committee meeting": a joint body of the two
		case bodyPlurals[w] && slices.ContainsFunc(s.toks[max(0, k-3):k], func(t token) bool { return t.w == "two" || t.w == "both" }):
			return false // "the two foreign ministries held a meeting": the two states'
		case assemblyNouns[w] || bodyPlurals[w]:
			return true // ("the Treasury and State departments and other agencies held a meeting": an interagency one)
		case k == trig-1 && bodyMeetingKinds[w]:
			// "held a crisis meeting"
		case (w == "a" || w == "an" || holdForms[w]) && k >= trig-3:
			// "... held a meeting"
		case (w == "at" || w == "during") && k >= trig-3:
			// "The White House Economic Policy Council is expected to
			// discuss possible sanctions against Japan at a meeting
			// scheduled for Thursday": the body whose agenda it is.
			for j := k - 1; j >= 0 && j >= k-15; j-- {
				if s.toks[j].punct || reportVerbs[s.toks[j].w] {
					return false
				}
				if assemblyNouns[s.toks[j].w] {
					return true
				}
			}
			return false
		case auxiliaries[w] || meetFrames[w] || s.inDate(k):
		default:
			return false
		}
	}
	return false
}

// clubsOwn reports whether, in a story of a club of states (forumStory),
// the event noun of t is the club's gathering or accord: told as already
// known ("the meeting", "that agreement", "last week's accord") or by a
// city ("the Plaza agreement", "an agreement reached in Tokyo"), with no
// partner or pair of its own ("the meeting with Baker", "the U.S.-Japan
// accord", "bilateral talks" stay).
func (s *sent) clubsOwn(t trigger) bool {
	toks := s.toks
	k := t.headNoun
	if t.kind == graph.KindMeeting {
		k = t.tok
		if meetingWords[toks[k].w] == "" || t.mode == "visit" || t.mode == "phone" {
			return false
		}
	}
	if k < 0 || len(compoundPair(s, k)) == 2 {
		return false
	}
	if k+1 < len(toks) && strings.HasSuffix(toks[k].w, "ing") && (toks[k+1].cap || s.anyActorAt(k+1)) {
		return false // "after meeting Japanese special envoy Shintaro Abe": a verb, with its partner
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].w == "with" || toks[j].w == "between" {
			return false
		}
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if _, ok := accordVerbs[toks[j].w]; ok || holdForms[toks[j].w] || toks[j].w == "initialled" || toks[j].w == "initialed" {
			return false // "Japan and the United States will hold the talks", "signed the agreement": the subject's own
		}
	}
	known := s.cityNamed(k)
	for j := k - 1; j >= 0 && j >= k-5 && !known; j-- {
		w := toks[j].w
		switch {
		case w == "bilateral":
			return false
		case w == "the" || w == "'s" || (w == "that" || w == "this") && !(j > 0 && reportVerbs[toks[j-1].w]):
			known = true // ("said that after meeting": no determiner)
		case toks[j].punct && w != "-" || s.stateAt(j) || s.personAt(j):
			j = -1
		}
	}
	if !known && k+3 < len(toks) && (toks[k+1].w == "reached" || toks[k+1].w == "held" || toks[k+1].w == "signed") && toks[k+2].w == "in" {
		for _, c := range s.capitals {
			if tokenAt(toks, c.Start) == k+3 {
				known = true // "an agreement reached in Tokyo last year"
			}
		}
	}
	return known
}

// assemblyOf reports whether the meeting word at i is one of a body that
// meets among its own members, named after "of": "a scheduled meeting of
// the Reagan administration's Economic Policy Council". A joint body of two
// states ("a meeting of the U.S.-Japan trade commission") is theirs.
func (s *sent) assemblyOf(i int) bool {
	toks := s.toks
	if i+2 >= len(toks) || toks[i+1].w != "of" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+9; k++ {
		if toks[k].punct && toks[k].w != "'" && toks[k].w != "-" || toks[k].w == "with" || toks[k].w == "between" {
			return false
		}
		if s.agencyAt(k) {
			// "the first two-day meeting of the year of the Federal
			// Reserve": one state's body, meeting among its own
			states := codesOf(s.actors, func(a actor) bool { return a.explicit() && a.tok >= i+2 && a.tok < k })
			return len(states) < 2
		}
		if assemblyNouns[toks[k].w] {
			// (not a joint body: "the U.S.-Japan working group", "the
			// Soviet-Finnish intergovernmental commission", "their
			// bilateral working group")
			states := codesOf(s.actors, func(a actor) bool { return a.explicit() && a.tok >= i+2 && a.tok < k })
			return len(compoundPair(s, k)) != 2 && len(states) < 2 &&
				!slices.ContainsFunc(toks[i+2:k], func(t token) bool { return t.w == "joint" || t.w == "two" || t.w == "their" || t.w == "bilateral" })
		}
	}
	return false
}

// bodyMeetsAlone reports whether the verb "meet" at i has for its subject a
// state's named body and no partner after it: "The Reagan Administration's
// Economic Policy is expected to meet Thursday to review Japanese
// compliance" is the body's own session.
func (s *sent) bodyMeetsAlone(i int) bool {
	toks := s.toks
	if w := toks[i].w; w != "meet" && w != "meets" && w != "met" {
		return false
	}
	dated := true // only a date between the verb and k so far
	for k := i + 1; k < len(toks) && k <= i+6 && !toks[k].punct; k++ {
		if toks[k].w == "with" && dated || slices.ContainsFunc(s.actors, func(a actor) bool { return a.tok == k && a.role == roleState && a.how != byAnaphora }) {
			return false // a partner ("meet Thursday with", "meet Japanese officials"; not "to review Japanese compliance with")
		}
		dated = dated && s.inDate(k)
	}
	k := i - 1
	for k >= 0 && i-k <= 4 && !toks[k].cap && (auxiliaries[toks[k].w] || beForms[toks[k].w] || toks[k].w == "to" || toks[k].w == "expected" || toks[k].w == "due" || toks[k].w == "scheduled") {
		k--
	}
	n := 0
	for k >= 0 && toks[k].cap && !toks[k].punct && !s.anyActorAt(k) {
		k--
		n++
	}
	if n == 0 || k < 1 || toks[k].w != "'s" {
		return false
	}
	return s.anyActorAt(k-1) || k >= 2 && s.anyActorAt(k-2) // "the Reagan Administration's"
}

// agencyAt reports whether the name of one state's agency starts at token k.
func (s *sent) agencyAt(k int) bool {
	for _, m := range s.agencies {
		if m.Country != "" && tokenAt(s.toks, m.Start) == k {
			return true
		}
	}
	return false
}

// bodyPlurals are a state's bodies in the plural: "the Treasury and State
// departments and other agencies held a meeting" is one state's.
var bodyPlurals = set("agencies", "departments", "ministries")

// bodyMeetingKinds tell a body's meeting's kind: "held a crisis meeting".
var bodyMeetingKinds = set("crisis", "emergency", "special", "regular", "weekly", "monthly", "closed-door", "closed", "extraordinary")

// holdForms hold a meeting.
var holdForms = set("held", "hold", "holds", "holding")

// policyWords before "meeting" make it a board's own: "policy meeting",
// "rate-setting meeting".
var policyWords = set("policy", "rate-setting", "policy-setting", "monetary")

// assemblyNouns head the names of bodies that meet among their own members
// (councils, committees, cabinets, parliaments); bodyHeads, wider, end the
// name of any body or team.
var assemblyNouns = set("council", "committee", "subcommittee", "panel", "board", "cabinet", "commission", "group", "agency",
	"caucus", "congress", "parliament", "senate", "legislature", "assembly", "politburo", "presidium")

// meetFrames stand between a subject and its meeting: "is due to meet",
// "prepared for a Thursday meeting".
var meetFrames = set("will", "to", "due", "expected", "scheduled", "set", "also", "be", "been", "again", "prepared",
	"preparing", "prepares", "for", "a", "an", "the", "its", "their", "then", "later", "planned", "plans")

// firmOfficerBefore reports whether the subject right before the verb at v
// is a firm or its officer ("Apple Inc Chief Executive Tim Cook visited
// Beijing", "the company's CEO visited"): a traveller for no state.
func (s *sent) firmOfficerBefore(v int) bool {
	for k := v - 1; k >= 0 && k >= v-8; k-- {
		t := s.toks[k]
		if t.punct && t.w != "." || s.stateAt(k) {
			return false
		}
		if companySuffixes[t.w] && t.w != "bank" && t.w != "group" || t.w == "ceo" || t.w == "executive" && k > 0 && s.toks[k-1].w == "chief" {
			return true
		}
	}
	return false
}

// unplacedSubject reports whether a visit's traveller is named right before
// it by a name the article places in no country ("Schultz is currently
// visiting Peking"): the visitor is then unknown, not the story's first
// country.
func (s *sent) unplacedSubject(trig int, at []int) bool {
	// "Howard, who will also be visiting South Korea": the name before
	// the relative clause.
	for k := trig - 1; k >= 2 && k >= trig-8; k-- {
		if s.toks[k].w == "who" && s.toks[k-1].w == "," {
			p := s.toks[k-2]
			return p.cap && !p.punct && at[k-2] < 0 && !s.anyActorAt(k-2) && !titleWords[p.w]
		}
		if s.toks[k].punct && s.toks[k].w != "," {
			break
		}
	}
	if s.unplacedParticiple(trig, at) {
		return true
	}
	for k := trig - 1; k >= 2 && k >= trig-4; k-- {
		if w := s.toks[k].w; !heOrShe(w) {
			continue
		}
		// "Staffan de Mistura's office says he was to meet": the sayer,
		// a name placed in no country, is the pronoun.
		rv := k - 1
		if s.toks[rv].w == "that" {
			rv--
		}
		if rv < 1 || !reportVerbs[s.toks[rv].w] {
			break
		}
		names := 0 // a person's name: two capitalised words ("Officials say he" names no one)
		for j := 0; j < rv; j++ {
			if at[j] >= 0 || s.anyActorAt(j) || s.toks[j].punct && s.toks[j].w != "'s" {
				return false
			}
			if s.toks[j].cap && !titleWords[s.toks[j].w] && !sentenceStarters[s.toks[j].raw] {
				names++
			}
		}
		return names >= 2
	}
	for k := trig - 1; k >= 0 && k >= trig-4; k-- {
		t := s.toks[k]
		if t.punct || at[k] >= 0 || s.anyActorAt(k) {
			return false
		}
		if t.cap && !titleWords[t.w] && !sentenceStarters[t.raw] && !monthOrDay[t.w] {
			return true
		}
	}
	return false
}

// forumNamed reports whether the accord noun at k is named by a forum
// ("the September 1985 Group of Five pact", "the G-7 accord"): an accord
// of many whose parties the phrase does not tell. (Other names before the
// noun stay: "the 1972 Anti-Ballistic Missile treaty" is the pair's.)
func (s *sent) forumNamed(k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		t := s.toks[j]
		if s.anyActorAt(j) || t.punct && t.w != "-" {
			return false
		}
		if forumNames[t.w] && t.cap || t.w == "group" && t.cap {
			return true
		}
		if !t.cap && !isNumberTok(t) && numberWords[t.w] == 0 && t.w != "of" {
			return false
		}
	}
	return false
}

// cityNamed reports whether the accord noun at k is named for a capital:
// "the Paris agreement", "the Minsk climate accords" (the capital right
// before it, or one topic word away).
func (s *sent) cityNamed(k int) bool {
	for _, a := range s.actors {
		if a.how == string(gazetteer.ByCapital) && a.tok < k && cityNamedAccord(s.toks, tokenAt(s.toks, a.end-1)+1) && tokenAt(s.toks, a.end-1) >= k-3 {
			return true
		}
	}
	return false
}

// tripPurpose reports whether the meeting noun of t is the purpose of a
// journey an earlier trigger of the sentence already made an event of:
// "travelling to China for a week-long visit", "flew to Moscow on Monday
// for talks". It is the same event, and the noun alone would only guess
// its parties from the story (the caller asks only when they were
// inferred: "arrives in Israel for talks on Wednesday with Netanyahu" names
// its own).
func tripPurpose(s *sent, t trigger, earlier []trigger, args *argMemo) bool {
	if t.kind != graph.KindMeeting || t.movement || t.verb != t.tok {
		return false
	}
	k := purposeFor(s.toks, t.tok)
	if k < 0 {
		return false
	}
	for _, o := range earlier {
		if o.kind == graph.KindMeeting && o.movement && o.tok < k && k-o.tok <= 10 && args.found[o.tok] {
			return true
		}
	}
	return false
}

// relativeAntecedent reports whether a "who" relative clause opens right
// after token last (", who" or "who") and its verb is the past-tense
// trigger at trig, at most three words on: the name at last is that
// clause's subject.
func (s *sent) relativeAntecedent(last, trig int) bool {
	k := last + 1
	if k < trig && s.toks[k].w == "," {
		k++
	}
	return k < trig && s.toks[k].w == "who" && trig-k <= 3 && pastForm(s.toks[trig].w) // ("who visited", "who had already visited")
}

// purposeFor returns the "for" that opens the purpose phrase of the meeting
// noun at tok, with only determiners and lower-case words between ("for
// further talks", "for two days of talks"), or -1.
func purposeFor(toks []token, tok int) int {
	k := tok - 1
	for k >= 0 && tok-k <= 4 && (determiners[toks[k].w] || !toks[k].cap && !toks[k].punct && toks[k].w != "for") {
		k--
	}
	if k < 0 || toks[k].w != "for" {
		return -1
	}
	return k
}

// journeySubject returns the traveller of the visit or journey of t's
// clause that t's meeting noun is for ("visited Jordan last month for
// talks with"), when the journey named one; else nil.
func journeySubject(s *sent, t trigger, earlier []trigger, args *argMemo) []string {
	if t.kind != graph.KindMeeting || t.movement || t.verb != t.tok || t.mode == "visit" {
		return nil
	}
	k := purposeFor(s.toks, t.tok)
	if k < 0 {
		return nil
	}
	for i := len(earlier) - 1; i >= 0; i-- {
		o := earlier[i]
		if o.kind == graph.KindMeeting && (o.movement || o.mode == "visit" && o.verb == o.tok && pastForm(s.toks[o.tok].w)) && o.tok < k && k-o.tok <= 10 &&
			!clauseBreakIn(s.toks, o.tok, k) && len(args.subj[o.tok]) > 0 {
			return args.subj[o.tok]
		}
	}
	return nil
}

// withSubject replaces the subject codes old in each participant set by
// subj; a set left with fewer than two states stays as it was.
func withSubject(sets [][]string, old, subj []string) [][]string {
	out := make([][]string, 0, len(sets))
	for _, parts := range sets {
		n := append([]string(nil), subj...)
		for _, c := range parts {
			if !slices.Contains(old, c) && !slices.Contains(n, c) {
				n = append(n, c)
			}
		}
		if len(n) < 2 {
			n = parts
		}
		out = append(out, n)
	}
	return out
}

// unplacedOwner reports whether the trigger at trig is owned by a name the
// story does not place ("Pope Francis' visit to Mexico", "Pope Benedict's
// five-day visit"), but not by a head of state's ("King Faisal's visit").
func (s *sent) unplacedOwner(trig int, at []int) bool {
	k := trig - 1
	for d := 0; d < 2 && k >= 1 && !s.toks[k].cap && !s.toks[k].punct && s.toks[k].w != "'s"; d++ {
		k-- // "Francis' five-day visit"
	}
	if k < 1 || s.toks[k].w != "'" && s.toks[k].w != "'s" {
		return false
	}
	k--
	n := s.toks[k]
	if !n.cap || n.punct || at[k] >= 0 || s.anyActorAt(k) || titleWords[n.w] {
		return false
	}
	return k == 0 || !coreTitles[s.toks[k-1].w]
}

// leadersOfMany reports whether the actor group starting at k leads or
// chairs what the clause is about: ", led by the United States and
// Russia," after a group or body.
func (s *sent) leadersOfMany(k int) bool {
	j := k - 1
	if j >= 0 && s.toks[j].w == "the" {
		j--
	}
	if j < 2 || s.toks[j].w != "by" {
		return false
	}
	switch s.toks[j-1].w {
	case "led", "chaired", "co-chaired", "headed", "co-sponsored":
		return s.toks[j-2].w == "," || s.toks[j-2].w == ")" || manyParticipants[s.toks[j-2].w] || s.toks[j-2].cap
	}
	return false
}

// unplacedVisitor reports whether the visit at t is told of someone the
// story does not place: a participle, an owner, an opener, "his" after
// such a name, or a firm's officer.
func (s *sent) unplacedVisitor(t trigger, at []int) bool {
	return s.unplacedParticiple(t.tok, at) || s.unplacedOwner(t.tok, at) || s.unplacedOpener(t.tok) || s.unplacedPossessor(t.tok) || s.firmOfficerBefore(t.verb)
}

// unplacedPossessor reports whether "his" or "her" owns the trigger at trig
// and the nearest name before it is one the story does not place:
// "popemobiles Francis will use in Mexico are being recycled from his U.S.
// trip".
func (s *sent) unplacedPossessor(trig int) bool {
	k := trig - 1
	for d := 0; d < 3 && k >= 1 && s.toks[k].w != "his" && s.toks[k].w != "her" && !s.toks[k].punct; d++ {
		k-- // "his U.S. trip", "her recent visit"
	}
	if k < 1 || s.toks[k].w != "his" && s.toks[k].w != "her" {
		return false
	}
	for j := k - 1; j >= 1; j-- {
		t := s.toks[j]
		if s.anyActorAt(j) {
			if j >= 1 && placePreps[s.toks[j-1].w] {
				continue // "will use in Mexico": where, not who
			}
			return false
		}
		if t.cap && !t.punct && !titleWords[t.w] && !monthOrDay[t.w] {
			v := s.toks[j+1].w // the name acts or owns: "Francis will use", "Francis said", "Pope Francis' acknowledgment during his visit"
			return auxiliaries[v] || reportVerbs[v] || pastIrregular[v] || strings.HasSuffix(v, "ed") && !s.toks[j+1].cap || v == "'s" || v == "'"
		}
	}
	return false
}

// unplacedOpener reports whether the sentence opens with a name the story
// does not place, as the subject of a verb before the trigger at trig:
// "Pope Francis is on his way back to Italy after a five-day visit in
// Mexico", or a one-word name that says something ("Francis told
// reporters ... from a visit to Mexico"), also after an opening quotation.
func (s *sent) unplacedOpener(trig int) bool {
	m0 := s.quoteEnd(trig) // ("'... is not Christian,' Francis told reporters ...": after a quotation)
	m := m0
	for m < trig && m < m0+4 && s.toks[m].cap && !s.toks[m].punct {
		if s.anyActorAt(m) || sentenceStarters[s.toks[m].raw] || coreTitles[s.toks[m].w] {
			return false
		}
		m++
	}
	if m == m0+1 && m < trig && reportVerbs[s.toks[m].w] {
		return true // "Francis told reporters ... as he returned to Rome from a visit to Mexico"
	}
	return m0 == 0 && m >= 2 && m < trig && (beForms[s.toks[m].w] || auxiliaries[s.toks[m].w])
}

// intlOrgs are international bodies whose people act for no one state.
var intlOrgs = set("u.n.", "un", "nato", "imf", "opec", "gatt", "ifc", "idb", "adb", "iaea", "osce", "wto", "asean", "icrc", "unhcr", "unicef", "oas")

// unitedNationsAt reports whether "United Nations" starts at token k.
func unitedNationsAt(toks []token, k int) bool {
	return toks[k].w == "united" && k+1 < len(toks) && toks[k+1].w == "nations"
}

// orgSubject reports whether the clause before the trigger at trig opens
// with an international body or its officer ("The U.N. special envoy to
// Syria ... has arrived in the Syrian capital", "The World Bank is expected
// to approve ... at a meeting"), or the trigger's partner is one ("talks on
// a loan from the World Bank"): that side is no state, so none is guessed
// from the story's pair.
func orgSubject(s *sent, trig int) bool {
	for k := 0; k < trig && k < 6; k++ {
		if s.stateAt(k) || s.personAt(k) {
			break
		}
		if s.intlNameAt(k) {
			return true
		}
	}
	// "negotiations would start in April on another loan from the World
	// Bank": the organisation is the partner, and no state after the
	// trigger is.
	for k := trig + 1; k < len(s.toks) && k <= trig+16; k++ {
		if s.toks[k].punct && s.toks[k].w != "-" || s.stateAt(k) || s.personAt(k) {
			return false
		}
		if s.intlNameAt(k) && k >= 1 && (s.toks[k-1].w == "from" || s.toks[k-1].w == "with" || k >= 2 && s.toks[k-1].w == "the" && (s.toks[k-2].w == "from" || s.toks[k-2].w == "with")) {
			return true
		}
	}
	return false
}

// urgedToAttend reports whether the meeting at trig is one that the
// clause's subject urges someone the sentence names as no state to attend:
// "called on the opposition to attend the talks", "urged the rebels to
// join the negotiations". The urgers are no side of it.
func (s *sent) urgedToAttend(trig int) bool {
	k := trig - 1
	for k > 0 && (s.toks[k].w == "the" || s.toks[k].w == "peace" || s.toks[k].w == "new" || s.toks[k].w == "next") {
		k--
	}
	if k < 3 || !attendVerbs[s.toks[k].w] || s.toks[k-1].w != "to" {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-7; j-- {
		if s.actorAt(j) || s.toks[j].punct {
			return false // "urged Syria to attend": a side named
		}
		if urgeVerbs[s.toks[j].w] || s.toks[j].w == "on" && s.toks[j-1].w == "called" {
			return true
		}
	}
	return false
}

// attendVerbs take a meeting as their object: "to attend the talks";
// urgeVerbs press someone to.
var (
	attendVerbs = set("attend", "join", "rejoin")
	// foreignPeers are the plural persons "foreign" or "world" leaves
	// unnamed after a meeting word: "met with foreign leaders".
	foreignPeers = set("leaders", "officials", "ministers", "counterparts", "dignitaries", "diplomats", "envoys", "delegations", "heads")
	urgeVerbs    = set("urged", "urges", "urge", "pressed", "presses", "press", "pressing", "urging")
)

// unnamedPeers reports whether the meeting at trig is with many foreigners
// the sentence leaves unnamed ("Obama will meet with foreign leaders"), or
// names only others than other ("with foreign leaders including Chinese
// President Xi" in a story of the U.S. and Belgium): other is then no
// partner.
func (s *sent) unnamedPeers(trig int, other string) bool {
	k := trig + 1
	if k < len(s.toks) && s.toks[k].w == "with" {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k].w != "foreign" && s.toks[k].w != "world" || !foreignPeers[s.toks[k+1].w] {
		return false
	}
	if k+2 < len(s.toks) && s.toks[k+2].w == "including" {
		end := k + 3
		for end < len(s.toks) && !isClauseBreak(s.toks[end]) {
			end++
		}
		return !slices.ContainsFunc(s.actors, func(a actor) bool { return a.code == other && a.tok > k+2 && a.tok < end })
	}
	return true
}

// unnamedForeigners reports whether the accord at t is told as the
// subject's own or with foreigners it leaves unnamed: "China signed
// foreign loan agreements", "Bonn would bring forward its agreed package of
// tax cuts". No partner is guessed from the story's pair for it.
func unnamedForeigners(toks []token, t trigger) bool {
	if t.kind != graph.KindAccord {
		return false
	}
	if t.tok >= 1 && toks[t.tok-1].w == "foreign" || t.tok >= 2 && toks[t.tok-2].w == "foreign" && moneyNouns[toks[t.tok-1].w] {
		return true
	}
	return t.verb == t.tok-1 && t.verb >= 1 && toks[t.verb].w == "agreed" && toks[t.verb-1].w == "its"
}

// privateSubject reports whether the clause of the verb at v has private
// parties for its subject ("Du Plessis said 34 banks holding more than 70
// pct of the frozen debt agreed to the new arrangement"): no state is
// guessed from the story's pair for them.
func privateSubject(s *sent, v int) bool {
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		t := s.toks[k]
		if t.w == "," && k == v-1 || t.w == "," && k == v-2 && auxiliaries[s.toks[v-1].w] {
			// "small regional banks that have made loans to Brazil ...,
			// will meet with Volcker": the subject before its relative
			// clause
			for r := k - 1; r >= 1 && r >= k-20; r-- {
				if s.toks[r].punct && s.toks[r].w != "-" {
					break
				}
				if (s.toks[r].w == "that" || s.toks[r].w == "which" || s.toks[r].w == "who") && privateParties[s.toks[r-1].w] {
					return true
				}
			}
		}
		if t.w == ">" && k >= v-3 {
			for j := k - 1; j >= 1 && j >= k-4; j-- {
				if s.toks[j].w == "<" {
					return true // "A delegation from McDonnell-Douglas Corp <MD.N> will visit": a listed company's
				}
			}
		}
		if reportVerbs[t.w] || t.punct && t.w != "-" || s.stateAt(k) || s.personAt(k) {
			return false
		}
		if privateParties[t.w] || legalForms[t.w] && t.cap && k >= 1 && s.toks[k-1].cap && !s.stateAt(k-1) {
			return true
		}
		if (lawyerWords[t.w] || t.w == "team" && k > 0 && (s.toks[k-1].w == "legal" || s.toks[k-1].w == "defense" || s.toks[k-1].w == "defence")) &&
			!(k > 0 && (s.toks[k-1].w == "government" || s.stateAt(k-1))) {
			return true // "His legal team had met with senior Justice Department prosecutors" (not "government lawyers")
		}
	}
	return false
}

// privateAfter reports whether private parties follow the trigger in its
// clause ("The Brazilian negotiations resume on Friday in New York when
// Gros is expected to ask banks for a roll-over"): the talks are theirs,
// and no state is guessed from the story's pair for them. A state's own
// ("German firms") or a body's ("the Paris club of creditors") are not.
func privateAfter(s *sent, trig int) bool {
	for k := trig + 1; k < len(s.toks) && !s.toks[k].punct; k++ {
		if privateParties[s.toks[k].w] && !s.stateAt(k-1) && s.toks[k-1].w != "of" {
			return true
		}
	}
	return false
}

// legalForms end a company's name as its legal form ("McDonnell-Douglas
// Corp"); companySuffixes, wider, also hold "Bank" and "Group", which name
// state bodies too ("the Central Bank").
var legalForms = set("corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "ag", "gmbh", "spa", "nv", "bhd")

// lawyerWords are someone's counsel, who act for no state.
var lawyerWords = set("lawyers", "attorneys")

// privateParties are subjects no state stands for. (partnerBodies, wider,
// holds partners such as unions, rebels and relatives, which as subjects
// still leave a state to guess: reading them here lost right events.)
var privateParties = set("banks", "creditors", "lenders", "companies", "firms", "investors", "bondholders")

// leftAfterVisit returns the country left right before "after a ...
// visit" at trig: "Wen Jiabao left Pakistan on Tuesday after a three-day
// official visit" was a visit to Pakistan.
func (s *sent) leftAfterVisit(trig int) (string, string) {
	after := -1
	for k := trig - 1; k >= 0 && k >= trig-6; k-- {
		if s.toks[k].w == "after" {
			after = k
			break
		}
		if s.toks[k].w == "of" && k >= 2 && s.toks[k-1].w == "end" && s.toks[k-2].w == "the" {
			after = k - 2 // "before leaving Tokyo yesterday at the end of a four-day visit"
			if after >= 1 && s.toks[after-1].w == "at" {
				after--
			}
			break
		}
		if s.toks[k].punct {
			return "", ""
		}
	}
	for k := after - 1; k > 0 && k >= after-6; k-- {
		if !departVerbs[s.toks[k-1].w] {
			continue
		}
		for _, a := range s.actors {
			if a.tok == k && a.explicit() && a.how != string(gazetteer.ByDemonym) {
				return a.code, a.how
			}
		}
	}
	return "", ""
}

// visitedRelative returns the country a relative clause's visit verb
// refers back to: "non-OPEC member Norway, which he visited two weeks
// ago" was visited.
func (s *sent) visitedRelative(trig int) (string, string) {
	k := trig - 1
	if k >= 0 && subjectPronouns[s.toks[k].w] {
		k--
	}
	if k < 1 || s.toks[k].w != "which" || s.toks[k-1].w != "," || !strings.HasPrefix(s.toks[trig].w, "visit") {
		return "", ""
	}
	for _, a := range s.actors {
		if a.explicit() && a.how != string(gazetteer.ByDemonym) && tokenAt(s.toks, a.end-1) == k-2 {
			return a.code, a.how
		}
	}
	return "", ""
}

// visitAt reports whether the sentence's trigger at token k is a visit.
func (s *sent) visitAt(k int) bool {
	for _, t := range s.trigs {
		if t.tok == k {
			return t.kind == graph.KindMeeting && t.mode == "visit"
		}
	}
	return false
}

// summitAtVenue reports whether a summit is placed in a city that hosts
// many states' meetings ("at a summit in Brussels"): a gathering of many,
// whose other side is not the story's pair.
func summitAtVenue(toks []token, trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-3; k-- {
		if toks[k].w == "their" {
			return false // "at their first summit in Geneva": the two named before
		}
	}
	return trig+2 < len(toks) && toks[trig+1].w == "in" && toks[trig+2].w != "the" && neutralVenueAt(toks, trig+2)
}

// orgsOwnMeeting reports whether the meeting at trig is an international
// body's own, named by "its" after the body ("urged OPEC ... at its next
// meeting on Dec. 12"): its members meet, not the story's pair.
func orgsOwnMeeting(s *sent, trig int) bool {
	k := trig - 1
	for k >= 0 && k > trig-4 && !s.toks[k].cap && !s.toks[k].punct && s.toks[k].w != "its" && s.toks[k].w != "'s" {
		k-- // "its next annual meeting"
	}
	if k >= 1 && s.toks[k].w == "'s" {
		// "the International Monetary Fund's spring meetings", "NATO's summit"
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if s.intlNameAt(j) {
				return true
			}
		}
		return false
	}
	if k < 0 || s.toks[k].w != "its" {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if s.stateAt(j) || s.personAt(j) {
			return false
		}
		if s.intlNameAt(j) {
			return true
		}
	}
	return false
}

// reportingCaller returns the group of the person who reports what another
// said on the phone call at trig, "Reagan said Takeshita told him in a
// telephone conversation" or "Reagan said Takeshita said in a telephone
// conversation": the sentence opens with that person and a report verb,
// the caller and "said" or "told him" follow, then the call. Else -1.
func (s *sent) reportingCaller(trig int, at []int) int {
	toks := s.toks
	if len(toks) < 4 || at[0] < 0 || !s.personAt(0) {
		return -1
	}
	k := groupEnd(0, at)
	if k >= trig || !reportVerbs[toks[k].w] {
		return -1
	}
	// the call is told right after the caller's own verb: "said in a", "told him in a"
	j := trig - 1
	for j > k && (toks[j].w == "a" || toks[j].w == "the" || toks[j].w == "phone" || toks[j].w == "telephone") {
		j--
	}
	if j <= k+1 || toks[j].w != "in" && toks[j].w != "during" {
		return -1
	}
	j--
	if toks[j].w == "him" || toks[j].w == "her" {
		j--
	}
	if toks[j].w != "said" && toks[j].w != "told" {
		return -1
	}
	if at[j-1] < 0 || at[j-1] == at[0] || !s.personAt(j-1) {
		return -1
	}
	return at[0]
}

// reportingOfficer returns the group of the person or agency whose report
// verb stands right before token f ("Yeutter said Argentina ...", "the
// State Department said that Japan ..."), or -1.
func (s *sent) reportingOfficer(f int, at []int) int {
	k := f - 1
	if k >= 1 && s.toks[k].w == "that" {
		k--
	}
	if k < 1 || !reportVerbs[s.toks[k].w] || at[k-1] < 0 {
		return -1
	}
	for _, ac := range s.actors {
		if ac.tok <= k-1 && ac.end >= s.toks[k-1].end && (ac.how == byPerson || ac.how == byAgency) {
			return at[k-1]
		}
	}
	return -1
}

// ownStaffMeeting reports whether the meeting at trig is with the subject's
// own people ("a meeting with his top economic advisers", "met with her
// cabinet"): no other state takes part, whatever the story's pair.
func ownStaffMeeting(toks []token, trig int) bool {
	k := trig + 1
	if k < len(toks) && (toks[k].w == "with" || toks[k].w == "of") {
		k++ // "a meeting with his top economic advisers", "a meeting of his top military commanders"
	}
	if k >= len(toks) || k == trig+1 || !possessives[toks[k].w] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if staffNouns[toks[j].w] {
			return true
		}
		if toks[j].punct || toks[j].cap {
			return false
		}
	}
	return false
}

// staffNouns are a leader's or body's own people.
var staffNouns = set("advisers", "advisors", "aides", "cabinet", "staff", "staffers", "team", "lawyers", "generals",
	"commanders", "ministers", "party", "supporters", "deputies", "lieutenants")

// venueNamed reports whether a city outside the story's pair names the
// meeting at trig ("at the Geneva talks", "the London talks" on coffee): a
// conference of its own, whose sides the sentence must name; none is
// guessed from the pair.
func (s *sent) venueNamed(trig int, pair []string) bool {
	if trig < 1 {
		return false
	}
	if s.toks[trig].cap && trig >= 2 && s.toks[trig-1].cap && s.anyActorAt(trig-1) && (s.toks[trig-2].w == "the" || s.dateAt(trig-2)) {
		return true // "the 1986 Tokyo Summit", "the Venice Summit": a summit of many, named for its city
	}
	if p := s.toks[trig-1]; p.cap && !p.punct && trig >= 2 && s.toks[trig-2].w == "the" {
		if _, city := gazetteer.CityCountry(p.raw); city || gazetteer.Venue(p.raw) {
			return true // "at the Geneva talks"
		}
	}
	for _, a := range s.actors {
		if a.role == rolePlace && a.how == string(gazetteer.ByCapital) && a.end <= s.toks[trig].start && a.end >= s.toks[trig-1].start &&
			!slices.Contains(pair, a.code) {
			return true
		}
	}
	return false
}

// unplacedParticiple reports whether the trigger is a participle after a
// name no state is known for: "Maharaz, visiting Ottawa to speak to a
// conference".
func (s *sent) unplacedParticiple(trig int, at []int) bool {
	if trig < 2 || s.toks[trig-1].w != "," || !strings.HasSuffix(s.toks[trig].w, "ing") {
		return false
	}
	p := s.toks[trig-2]
	return p.cap && !p.punct && at[trig-2] < 0 && !s.anyActorAt(trig-2) && !titleWords[p.w] && !sentenceStarters[p.raw]
}

// manyParticipants are plural nouns that, before a meeting word ("foreign
// ministers' meeting", "Ministers at the talks"), make it a gathering of
// many states.
var manyParticipants = set("ministers", "leaders", "heads", "nations", "countries", "powers", "members", "states", "democracies", "economies",
	"governments", "delegations", "envoys", "diplomats", "chiefs", "delegates", "parties", "allies", "donors")

// manyCues before a plural of participants make it a group of more than
// two states ("five other major powers", "12 member nations", "leading
// industrial nations").
var manyCues = set("other", "several", "many", "member", "leading", "major", "industrial", "industrialized",
	"industrialised", "western", "world's", "all", "fellow", "participating", "donor", "creditor", "g7", "g-7", "dozen", "dozens", "scores", "hundreds")

// groupOfMany reports whether toks[from:to] name a group of more than two
// states: a plural of participants after a number above two or a cue of
// many ("five other major powers"); "the two countries" is the pair.
func groupOfMany(s *sent, from, to int) bool {
	toks := s.toks
	for k := from; k < to && k < len(toks); k++ {
		w := toks[k].w
		if toks[k].punct && w != "'" && w != "-" && w != "," {
			return false
		}
		if !manyParticipants[w] || s.anyActorAt(k) {
			continue // "the United States" is one state
		}
		for j := k - 1; j >= from-1 && j >= k-3 && j >= 0; j-- {
			c := toks[j].w
			if c == "two" || c == "both" || c == "2" {
				return false
			}
			if manyCues[c] || numberWords[c] > 2 || c[0] >= '0' && c[0] <= '9' && c != "1" && c != "2" {
				return true
			}
		}
		return false
	}
	return false
}

// pairPlural reports whether the plural at k is the pair's: "two" or
// "both" before it, across up to two portfolio words ("the two foreign
// ministers").
func pairPlural(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && j >= k-2 && portfolioWords[toks[j].w] {
		j--
	}
	return j >= 0 && (toks[j].w == "two" || toks[j].w == "both")
}

// manyParties reports whether the event word at i is said to be of, between,
// among or by a group of more than two states: "meetings of leading
// industrial nations", "the deal reached between Iran, the United States
// and five other major powers", "signed by 12 member nations".
func manyParties(s *sent, i int) bool {
	toks := s.toks
	if attendedByMany(s, i) || listedWithMany(s, i) {
		return true
	}
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		if toks[k].w == ";" || toks[k].w == "." {
			break
		}
		if toks[k].w == "with" && (toks[k-1].w == "along" || toks[k-1].w == "together") && groupOfMany(s, k+1, k+6) {
			return true // "Iran and the United States, which, along with other world powers, reached the deal"
		}
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		switch toks[k].w {
		case "of", "between", "among", "by", "with":
			return groupOfMany(s, k+1, k+14)
		case ";", ":", "(", ".":
			return false
		}
		if meetingWords[toks[k].w] != "" {
			return false // "meet Reagan at the summit of industrial democracies": the group is the summit's
		}
	}
	return false
}

// listedWithMany reports whether states named near the event word at i are
// listed with a plural of other states: "Colombia, Brazil and the Central
// American coffee producing countries were invited to the meeting", "talks
// with Japan and other Asian nations". Such an event is a gathering of
// many.
func listedWithMany(s *sent, i int) bool {
	toks := s.toks
	for k := max(i-20, 1); k < len(toks) && k <= i+14; k++ {
		if toks[k].w != "and" || !s.stateAt(k-1) {
			continue // (not a place: "met Nakasone in Tokyo and called for closer ties among Asian nations")
		}
		for j := k + 1; j < len(toks) && j <= k+7 && j != i; j++ {
			w := toks[j].w
			if w == "two" || w == "both" || toks[j].punct || s.stateAt(j) || pastForm(w) || auxiliaries[w] || reportVerbs[w] || prepositions[w] {
				break // ("and invited other Latin American nations to join": another clause)
			}
			if manyStates[w] {
				return true
			}
		}
	}
	return false
}

// attendedByMany reports whether the meeting at i is said to be attended
// by three or more states ("the meeting, which will be attended by West
// Germany, France, Britain, Italy and Canada").
func attendedByMany(s *sent, i int) bool {
	toks := s.toks
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		if toks[k].w == "." || toks[k].w == ";" {
			return false
		}
		if (toks[k].w == "attended" || toks[k].w == "attending") && toks[k+1].w == "by" || toks[k].w == "representatives" && toks[k+1].w == "from" {
			var codes []string
			for _, a := range s.actors {
				if a.explicit() && a.tok > k && a.tok <= k+24 && !slices.Contains(codes, a.code) {
					codes = append(codes, a.code)
				}
			}
			return len(codes) >= 3
		}
	}
	return false
}

// manyStatesWord reports whether w, before a meeting word, makes it one of
// many states: a multilateral word or a "six-party", "28-nation" compound.
func manyStatesWord(w string) bool {
	return multilateralWords[w] || strings.HasSuffix(w, "-nation") || strings.HasSuffix(w, "-party")
}

// multilateralWords before a meeting word make it one of many states.
var multilateralWords = set("multilateral", "multinational", "international", "regional", "trilateral",
	"tripartite", "quadrilateral", "multiparty", "multi-party", "world", "global")

// multilateral reports whether the meeting word at i is a gathering of many
// states: a plural of participants or a multilateral word right before it
// ("the foreign ministers' meeting", "an international conference"), or a
// sentence that opens with such a plural ("Ministers at Thursday's talks").
// "The two leaders' meeting" is the pair's.
func multilateral(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].w
		if w == "'" || w == "-" {
			continue
		}
		if toks[k].punct {
			break
		}
		if manyParticipants[w] || manyStatesWord(w) || strings.HasSuffix(w, "-country") {
			return !pairPlural(toks, k)
		}
	}
	if len(toks) > 2 && manyParticipants[toks[0].w] || len(toks) > 3 && manyParticipants[toks[1].w] && (toks[0].w == "foreign" || toks[0].w == "the") {
		for k := 1; k < i && k <= 4; k++ {
			if toks[k].w == "at" || toks[k].w == "attending" {
				return true // "Ministers at Thursday's talks wrangled ..."
			}
		}
	}
	return false
}

// timeVerbs, after a relative pronoun that follows an event noun, tell
// when the event itself happens ("the talks, which began on Tuesday").
var timeVerbs = set("begin", "begins", "began", "begun", "start", "starts", "started", "open", "opens", "opened",
	"end", "ends", "ended", "run", "runs", "ran", "last", "lasts", "lasted", "took", "takes", "held", "continue",
	"continues", "continued", "conclude", "concludes", "concluded", "due", "scheduled", "set", "expected", "planned")

// eventTimeClause reports whether the relative clause starting at k has a
// verb of the event's own time within its first three words ("which
// begins", "which will be held", "that is due").
func eventTimeClause(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if timeVerbs[toks[j].w] {
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// arrivalClause reports whether a clause from k tells an arrival or a
// start within three words: "who arrives on ...", "who will arrive".
func arrivalClause(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		switch w := toks[j].w; {
		case arriveForms[w], w == "lands", w == "landed", w == "begins", w == "began", w == "starts", w == "started":
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// crowdWords opening a clause name people in general, not a state.
var crowdWords = set("many", "some", "others", "people", "tourists", "visitors", "travelers", "travellers",
	"thousands", "hundreds", "millions", "few", "most", "fans", "pilgrims", "migrants", "refugees")

// crowdSubject reports whether the clause of the trigger at i opens with a
// crowd word ("Many are canceling trips to Brazil").
func crowdSubject(s *sent, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if s.toks[k].punct && s.toks[k].w != "'" || isClauseBreak(s.toks[k]) {
			return k+1 < i && crowdWords[s.toks[k+1].w]
		}
		if k == 0 {
			return crowdWords[s.toks[0].w]
		}
	}
	return false
}

// euJoined is the year each member state joined the European Communities
// (the EU).
var euJoined = map[string]int{
	"BE": 1958, "FR": 1958, "DE": 1958, "IT": 1958, "LU": 1958, "NL": 1958,
	"DK": 1973, "IE": 1973, "GB": 1973, "GR": 1981, "ES": 1986, "PT": 1986,
	"AT": 1995, "FI": 1995, "SE": 1995,
	"CY": 2004, "CZ": 2004, "EE": 2004, "HU": 2004, "LV": 2004, "LT": 2004, "MT": 2004, "PL": 2004, "SK": 2004, "SI": 2004,
	"BG": 2007, "RO": 2007, "HR": 2013,
}

// blocInternal reports whether a meeting's parties are the EU and one of
// its member states at the time: talks inside the bloc (its councils and
// ministers' meetings), not relations between two states. Visits are kept.
func blocInternal(parts []string, pub graph.Date) bool {
	if len(parts) != 2 || pub.IsZero() || !slices.Contains(parts, "EU") {
		return false
	}
	other := parts[0]
	if other == "EU" {
		other = parts[1]
	}
	y, ok := euJoined[other]
	if !ok || pub.Year < y {
		return false
	}
	// From the 2016 referendum on, Britain negotiates its exit with the bloc.
	return !(other == "GB" && !pub.Before(graph.Day(2016, 6, 23)))
}

// placeAfter returns the country named as a place ("in Jordan") within the
// clause after the trigger at i, or "".
func (s *sent) placeAfter(i int) string {
	for _, a := range s.actors {
		atSeat := a.how == string(gazetteer.ByCapital) && a.tok > 1 && s.toks[a.tok-1].w == "the" && s.toks[a.tok-2].w == "at" // "a meeting at the White House"
		if a.tok <= i || a.tok > i+10 || !a.explicit() || a.how == byCity || a.role != rolePlace && !(a.role == roleState && a.tok > 0 && s.toks[a.tok-1].w == "in") && !atSeat {
			continue
		}
		for k := i + 1; k < a.tok; k++ {
			if s.toks[k].w == "," || s.toks[k].w == ";" || isClauseBreak(s.toks[k]) {
				return ""
			}
		}
		return a.code
	}
	return ""
}

// multiPartyCompound reports whether a "six-party", "multilateral" or
// "-way" word right before the meeting word at i makes it a meeting of more
// states than the n its sentence names: "six-party talks between the two
// Koreas, China, ..." are a conference, "two-way talks" and "a three-way
// meeting between Obama, Abe and Park" one event.
func multiPartyCompound(toks []token, i, n int) bool {
	p, ok := compoundParties(toks, i)
	return ok && p > n
}

// compoundParties returns how many states a many-sided compound right
// before the meeting word at i says it has ("six-party talks": 6,
// "multilateral talks": any number), and whether there is one; it reads up
// to four words back, past two only over lower-case topic words ("next
// week's six-way nuclear disarmament talks").
func compoundParties(toks []token, i int) (int, bool) {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].w
		if manyStatesWord(w) || strings.HasSuffix(w, "-way") {
			return statedParties(w), true
		}
		if k < i-2 && (toks[k+1].cap || toks[k+1].punct) {
			break
		}
	}
	return 0, false
}

// statedParties is how many states a compound says a meeting has: two for
// "two-way", three for "three-way", "trilateral" and the like, and more
// than any list for "six-party" or "multilateral".
func statedParties(w string) int {
	switch {
	case w == "trilateral" || w == "tripartite":
		return 3
	case w == "quadrilateral" || w == "quadripartite":
		return 4
	}
	if n, _, ok := strings.Cut(w, "-"); ok {
		if k := slices.Index([]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}, n); k >= 0 {
			return k + 2 // "six-way talks" with six states named are theirs
		}
	}
	return math.MaxInt
}

// placeBeforePurpose returns the country of the place a stay names right
// before the purpose the trigger at i states: "was in Washington for trade
// talks", "is in Tokyo for talks"; else "".
func (s *sent) placeBeforePurpose(i int) string {
	if !purposeNoun(s.toks, i) {
		return ""
	}
	f := i - 1
	for f > 0 && s.toks[f].w != "for" {
		f--
	}
	for _, ac := range s.actors {
		k := ac.tok - 1 // "in"
		if !ac.explicit() || ac.tok >= f || ac.tok < f-3 || k < 1 || s.toks[k].w != "in" {
			continue
		}
		if b := k - 1; hereBe[s.toks[b].w] || b >= 1 && hereBe[s.toks[b-1].w] { // "was (also) in"
			return ac.code
		}
	}
	return ""
}

// neutralVenueAt reports whether the place at token k is a usual venue of
// other states' talks ("in Geneva", "in New York"; international bodies
// sit there), or a generic "the ..." ("talks in the region"), so talks held
// there say nothing of a host. "New Delhi" is no venue.
func neutralVenueAt(toks []token, k int) bool {
	if toks[k].w == "the" && !(k+1 < len(toks) && toks[k+1].w == "hague") {
		return true
	}
	name := toks[k].w
	for j := k; j < len(toks) && j < k+3; j++ {
		if j > k {
			name += " " + toks[j].w
		}
		if gazetteer.Venue(name) {
			return true
		}
	}
	return false
}

// regionWords name a region's or the world's states as one collective.
var regionWords = set("african", "european", "asian", "arab", "latin", "gulf", "nordic", "baltic", "balkan",
	"caribbean", "pacific", "world", "regional", "western", "islamic", "muslim", "commonwealth")

// collectiveHeads after a regionWord make it many states: "African leaders".
// (manyParticipants, wider, holds "diplomats" and "envoys": "Western
// diplomats said" is a source, not a side; reading it here lost right
// events.)
var collectiveHeads = set("leaders", "heads", "ministers", "nations", "countries", "states", "governments", "powers")

// ownPeopleMet reports whether the meeting at t is of one state's people
// only: its subject's state names the people it meets right after the verb
// ("Kim Jong Un meets with North Korea's first female fighter jet pilots",
// "will bring together U.S. state and local officials"), or, when the
// sentence names the subject (subjG), after a title and given names ("met
// President Hosni Mubarak").
func (s *sent) ownPeopleMet(t trigger, subj, obj []string, subjG, objG int, at []int) bool {
	if len(subj) != 1 || !sameSet(subj, obj) || objG < 0 || t.verb != t.tok {
		return false
	}
	k := groupFirst(at, objG)
	for j := t.verb + 1; j < k; j++ {
		w := s.toks[j].w
		if w == "with" || w == "together" {
			continue
		}
		if subjG >= 0 && s.toks[j].cap && !s.toks[j].punct {
			continue // "Mustapha, who leaves for Moscow on Tuesday, met President Hosni Mubarak": a title and a given name (not after a "he" read from the story)
		}
		return false
	}
	return k > t.verb
}

// manyStatesAgent reports whether the states that made or hold the event
// at t are many, named as one plural: "the nations agreed in the accord",
// "the Louvre Accord ..., which was struck by leading western
// democracies": no pair of the story is guessed for it.
func (s *sent) manyStatesAgent(t trigger) bool {
	v := min(t.tok, t.verb)
	for k := 0; k+3 < v; k++ {
		if (s.toks[k].w == "along" || s.toks[k].w == "together") && s.toks[k+1].w == "with" {
			// "Along with other leading industrial countries, West Germany
			// agreed ... at a meeting in Paris": one of many.
			for j := k + 2; j < v && j <= k+6; j++ {
				if pluralStates[s.toks[j].w] {
					return s.toks[k+2].w == "other" || s.toks[k+2].w == "the"
				}
			}
		}
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if pluralStates[s.toks[k].w] {
			return k >= 1 && (s.toks[k-1].w == "the" || s.toks[k-1].w == "other" || s.toks[k-1].w == "many")
		}
		if s.toks[k].punct || s.anyActorAt(k) {
			break
		}
	}
	for k := max(t.tok, t.verb) + 1; k+1 < len(s.toks) && k <= t.tok+12; k++ {
		if s.toks[k].w != "by" && s.toks[k].w != "among" && s.toks[k].w != "between" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if pluralStates[s.toks[j].w] {
				return true // "struck by leading western democracies", "among leading industrial nations"
			}
			if manyParticipants[s.toks[j].w] && (numberWords[s.toks[j-1].w] > 2 || j >= 2 && numberWords[s.toks[j-2].w] > 2) {
				return true // "reached by the seven finance ministers"
			}
			if s.anyActorAt(j) || s.toks[j].punct {
				break
			}
		}
	}
	return false
}

// pluralStates name many states at once.
var pluralStates = set("nations", "countries", "democracies", "governments", "powers", "states", "allies", "partners")

// collectiveBefore reports whether the clause before the meeting word at
// trig names many states as one collective among its sides: "African
// leaders and French President Jacques Chirac opened a summit", "world
// powers held talks".
func (s *sent) collectiveBefore(trig int) bool {
	for k := trig - 1; k >= 1 && k >= trig-14; k-- {
		w := s.toks[k].w
		if w == ";" || w == ":" || w == "." {
			return false
		}
		if collectiveHeads[w] && regionWords[s.toks[k-1].w] {
			return true
		}
	}
	return false
}

// theTalks reports whether the meeting word at trig is talks told again
// by a definite article: "the talks", "the peace talks".
func theTalks(toks []token, trig int) bool {
	if !talkPlurals[toks[trig].w] {
		return false
	}
	k := trig - 1
	if k >= 1 && toks[k].w == "peace" {
		k--
	}
	return k >= 0 && (toks[k].w == "the" || toks[k].w == "these" || toks[k].w == "those")
}

// addressee returns the state named right after an addressing verb at k
// ("told Japan", "urged Tokyo"), when it is not the guest's own; "" otherwise.
func (s *sent) addressee(k int, guest string) string {
	for n := 0; k < len(s.toks) && n < 8 && (s.toks[k].cap && !s.toks[k].punct || s.toks[k].w == "of"); k, n = k+1, n+1 {
		// (past the rest of the guest's title and name: "U.S. Secretary
		// of State George Shultz")
	}
	if k+1 >= len(s.toks) || !guestAddressVerbs[s.toks[k].w] {
		return ""
	}
	for _, ac := range s.actors {
		if ac.tok == k+1 && ac.explicit() && ac.how != string(gazetteer.ByDemonym) && ac.role == roleState && ac.code != guest {
			return ac.code
		}
	}
	return ""
}

// guestAddressVerbs say something to someone.
var guestAddressVerbs = set("told", "tells", "urged", "urges", "warned", "warns", "asked", "asks", "pressed", "presses", "assured", "assures")

// visitingGuest returns the state of parts that "visiting" marks as a guest
// in the sentence, "" when none: "the visiting Saudi foreign minister",
// "visiting U.S. Secretary of State George Shultz". ("Visiting Cuba, Obama
// said": a verb, its object the host; a state's name after it is a guest
// only before a title.)
func (s *sent) visitingGuest(parts []string) string {
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].w != "visiting" {
			continue
		}
		for _, ac := range s.actors {
			if ac.tok != k+1 || !ac.explicit() || !slices.Contains(parts, ac.code) {
				continue
			}
			next := k + 2
			for next < len(s.toks) && s.toks[next].start < ac.end {
				next++
			}
			if ac.how == string(gazetteer.ByDemonym) || next < len(s.toks) && titleWords[s.toks[next].w] {
				return ac.code
			}
		}
	}
	return ""
}

// visitsAPlace reports whether the visit verb at t has an indefinite place
// as its object: "visited a command center set up nearby", "visited an
// emergency center in Tainan": a place, whose state the story's pair does
// not tell.
func visitsAPlace(toks []token, t trigger) bool {
	if t.tok >= 1 && placeVisited[toks[t.tok-1].w] && (toks[t.tok].w == "visit" || toks[t.tok].w == "visits") {
		return true // "Mr. Obama's mosque visit"
	}
	if regionAfter(toks, t.tok) || regionBefore(toks, t.tok) {
		return true // "her first trip to Asia", "a tour of West Africa", "during a Middle East visit": many states, none the story's by default
	}
	if t.tok+2 < len(toks) && toks[t.tok+1].w == "to" && (toks[t.tok+2].w == "a" || toks[t.tok+2].w == "an") {
		return true // "to join him on a visit to a London mosque": a place, as "visited a mosque"
	}
	if t.verb != t.tok || t.tok+1 >= len(toks) {
		return false
	}
	if w := toks[t.tok+1].w; w == "a" || w == "an" {
		return true
	}
	if toks[t.tok+1].w != "the" {
		return false
	}
	// "visited the northern city of Mosul": a place named by its kind,
	// whose state the sentence does not give.
	for k := t.tok + 2; k+1 < len(toks) && k <= t.tok+4; k++ {
		if placeKinds[toks[k].w] {
			return toks[k+1].w == "of"
		}
		if toks[k].cap || toks[k].punct {
			return false
		}
	}
	return false
}

// regionAfter reports whether the visit word at i goes to a region of
// many states: "trip to Asia", "tour of the Middle East", "visit to West
// Africa", "travels to southeast Asia".
func regionAfter(toks []token, i int) bool {
	k := i + 1
	if k < len(toks) && (toks[k].w == "to" || toks[k].w == "of" || toks[k].w == "through" || toks[k].w == "around") {
		k++
	} else {
		return false
	}
	if k < len(toks) && toks[k].w == "the" {
		k++
	}
	if k < len(toks) && compassWords[toks[k].w] {
		k++
	}
	if k >= len(toks) || !regionNouns[toks[k].w] {
		return false
	}
	if toks[k].w == "middle" && k+1 < len(toks) && toks[k+1].w == "east" {
		k++
	}
	return k+1 >= len(toks) || toks[k+1].w != "and" && toks[k+1].w != "," // (not "a tour of Europe and America": a list may name a state)
}

// regionBefore reports whether the visit noun at i is premodified by a
// region of many states: "during a Middle East visit", "an Asian tour",
// "his Latin American trip" (not "an American tour").
func regionBefore(toks []token, i int) bool {
	if !visitNouns[toks[i].w] {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		w := toks[k].w
		switch {
		case regionNouns[w] || regionAdjectives[w]:
			return true
		case w == "american" && compassWords[toks[k-1].w]:
			return true // "a Latin American trip"
		case !compassWords[w]:
			return false
		}
	}
	return false
}

// regionAdjectives premodify a journey to a region of many states.
var regionAdjectives = set("asian", "european", "african", "mideast", "balkan", "scandinavian", "baltic", "nordic", "regional", "arab")

// regionNouns name parts of the world that hold many states; compassWords
// may come before them.
var (
	regionNouns  = set("asia", "europe", "africa", "middle", "gulf", "caribbean", "balkans", "scandinavia", "region", "pacific", "baltics", "maghreb", "levant")
	compassWords = set("east", "west", "north", "south", "southeast", "southern", "northern", "eastern", "western", "central", "latin")
)

// placeVisited name buildings a visit noun may be of: "a mosque visit".
var placeVisited = set("mosque", "church", "temple", "synagogue", "shrine", "school", "factory", "plant", "hospital",
	"museum", "memorial", "cemetery", "camp", "prison", "site")

// placeKinds name a place inside a state by its kind: "the city of Mosul".
var placeKinds = set("city", "town", "village", "province", "region", "port", "district", "island")

// hostOfUnplaced returns the state whose capital the meeting at trig is
// held in ("in Wellington"), later in its clause, when that state is not
// the guest's (guest) and the meeting's subject is an officer the
// sentence names by office and name but places in no state ("Deputy
// Prime Minister Winston Peters met with", "President Prabowo Subianto
// said after a meeting with"); "" otherwise.
func (s *sent) hostOfUnplaced(trig int, guest string) string {
	toks := s.toks
	host := ""
	for _, a := range s.actors {
		if a.how == string(gazetteer.ByCapital) && a.role == rolePlace && a.tok > trig && a.tok <= trig+16 && a.tok >= 1 && toks[a.tok-1].w == "in" &&
			a.code != guest && !slices.ContainsFunc(toks[trig:a.tok], isClauseBreak) {
			host = a.code
			break
		}
	}
	if host == "" {
		return ""
	}
	name := -1 // the officer's name: capitalised words right after a title, before the trigger
	for k := trig - 1; k >= 1 && k >= trig-8; k-- {
		if s.anyActorAt(k) || toks[k].punct {
			return ""
		}
		if toks[k].cap && !titleWords[toks[k].w] && titleWords[toks[k-1].w] && toks[k-1].cap {
			name = k
			break
		}
	}
	if name < 0 {
		return ""
	}
	office := false
	k := name - 1
	for ; k >= 0 && titleWords[toks[k].w]; k-- {
		if s.anyActorAt(k) {
			return "" // "Australian Prime Minister ...": placed
		}
		office = office || stateOffices[toks[k].w]
	}
	if !office || k >= 1 && toks[k].cap && !toks[k].punct {
		return "" // "Envoy Smith", "Secretary-General Guterres", "Bank President Barber Conable": maybe no state's
	}
	return host
}

// stateOffices are the words of a title that make its holder a state's
// officer: a head of state or government or a minister.
var stateOffices = set("president", "premier", "prime", "minister", "chancellor", "king", "queen", "emir", "sultan", "monarch")

// priorOpener reports whether the sentence opens with "Prior to this",
// "Prior to that", "Before this" or "Before that" and a comma: what it
// tells came before what the story told just before it.
func priorOpener(toks []token) bool {
	if len(toks) < 4 || toks[3].w != "," {
		return false
	}
	first, second, third := toks[0].w, toks[1].w, toks[2].w
	return (first == "prior" && second == "to" || first == "before" && (second == "this" || second == "that")) &&
		(third == "this" || third == "that" || first == "before")
}

// pronounSubject reports whether the clause of the trigger at i has "he"
// or "she" as its subject within the four words before it.
func pronounSubject(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.toks[k].w
		if heOrShe(w) {
			return true
		}
		if s.toks[k].punct || s.anyActorAt(k) {
			return false
		}
	}
	return false
}

// buyVerbs and sellVerbs state an accord's purpose as trade: the partner
// is named after "from" (buying) or "to" (selling).
var (
	buyVerbs  = set("buy", "purchase", "import", "acquire", "purchases", "imports")
	sellVerbs = set("sell", "export", "supply", "deliver", "ship", "sale", "exports", "supplies", "delivery")
)

// tradePartner returns the state an accord at noun k buys from or sells to,
// when its purpose clause says so within the clause: "a protocol to buy
// asbestos from Zimbabwe", "an agreement for the sale of 500 cars to
// Hungary". It returns "" otherwise.
func (s *sent) tradePartner(k int) string {
	toks := s.toks
	j := k + 1
	for _, d := range s.dates {
		if d.tok == j || d.tok == j+1 && toks[j].w == "on" {
			j = d.tokEnd // "signed a deal on Monday to buy"
		}
	}
	if j < len(toks) && toks[j].w == "to" {
		j++
	} else if j+1 < len(toks) && toks[j].w == "for" && toks[j+1].w == "the" {
		j += 2
	} else {
		return ""
	}
	if j >= len(toks) {
		return ""
	}
	prep := ""
	switch {
	case buyVerbs[toks[j].w]:
		prep = "from"
	case sellVerbs[toks[j].w]:
		prep = "to"
	default:
		return ""
	}
	for i := j + 1; i+1 < len(toks) && i < j+20; i++ {
		if toks[i].w == "," && toks[i+1].w[0] >= '0' && toks[i+1].w[0] <= '9' {
			continue // "15,000 tonnes"
		}
		if toks[i].punct && toks[i].w != "-" || clauseCut[toks[i].w] {
			return ""
		}
		if toks[i].w == prep && s.stateAt(i+1) {
			for _, a := range s.actors {
				if a.tok == i+1 || a.tok == i+2 && toks[i+1].w == "the" {
					return a.code
				}
			}
		}
		if prep == "from" {
			if c := s.goodsOrigin(i); c != "" {
				return c // "to buy nine mln tonnes of U.S. grain": the goods' state sells them
			}
		}
	}
	return ""
}

// goodsOrigin returns the country of an attributive name at token i that
// qualifies goods ("U.S. grain", "Canadian wheat", not "U.S. dollars"), or "".
func (s *sent) goodsOrigin(i int) string {
	for _, a := range s.actors {
		if a.tok != i || !a.explicit() || a.role != roleAttr || s.currencyOrFormer(a) ||
			a.how != string(gazetteer.ByDemonym) && !(a.how == string(gazetteer.ByName) && abbreviation(s.toks[i].raw)) {
			continue
		}
		if e := tokenAt(s.toks, a.end-1) + 1; e < len(s.toks) && !s.toks[e].punct && !s.toks[e].cap && !nonStateHeads[s.toks[e].w] {
			return a.code
		}
	}
	return ""
}

// embassyHost returns the country an embassy of the sentence sits in or is
// accredited to ("its embassy in Havana", "the embassy to Cuba"), or "".
func (s *sent) embassyHost() string {
	for k := 0; k+2 < len(s.toks); k++ {
		if !embassyAt(s.toks, k) {
			continue
		}
		if p := s.toks[k+1].w; p != "in" && p != "to" {
			continue
		}
		for _, a := range s.actors {
			if a.tok == k+2 && a.explicit() {
				return a.code
			}
		}
	}
	return ""
}

// withBefore reports whether "with" (or "with the") stands right before
// token k.
func (s *sent) withBefore(k int) bool {
	if k >= 1 && s.toks[k-1].w == "with" {
		return true
	}
	return k >= 2 && s.toks[k-1].w == "the" && s.toks[k-2].w == "with"
}

// departure reports whether the trigger is a leaving ("leaves for
// Indonesia on Wednesday"): its day ends the visit before it.
func departure(s *sent, t trigger) bool {
	if !t.movement {
		return false
	}
	switch s.toks[t.verb].w {
	case "leave", "leaves", "left", "leaving", "depart", "departs", "departed":
		return true
	}
	return false
}

// standingNoun reports whether the accord noun at i, named without a verb,
// names one the states have: not a one-off deed ("as part of a prisoner
// swap", "the prisoner exchange agreement"), not news ("the recent
// U.S.-British accord", "the new pact"), not one yet to be ("a U.S.-Canada
// pact ... could set an example", "the INF treaty, which Reagan and
// Gorbachev will sign"), not one ended ("the expired grain agreement", "the
// agreement has been suspended", "does not exist").
func standingNoun(toks []token, i int) bool {
	if w := toks[i].w; w == "swap" || w == "exchange" {
		return false
	}
phrase:
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		switch w := toks[j].w; {
		case w == "a" || w == "an" || newsWords[w] || endedWords[w] || w == "swap" || w == "exchange":
			return false
		case toks[j].punct && w != "-" && w != "/", determiners[w], possessives[w]:
			break phrase
		}
	}
	// The clause after the noun (or its relative clause after a comma).
	j := i + 1
	if j+1 < len(toks) && toks[j].w == "," && (toks[j+1].w == "which" || toks[j+1].w == "that") {
		j += 2
	}
	for ; j < len(toks) && j <= i+10; j++ {
		w := toks[j].w
		if toks[j].punct && w != "-" && w != "/" || isClauseBreak(toks[j]) || w == "that" {
			break
		}
		switch {
		case endedWords[w]:
			return false // "has been suspended"
		case (w == "will" || w == "would" || w == "shall") && wordWithin(toks, j, 4, makingVerb):
			return false // "which Reagan and Gorbachev will sign"
		case negations[w] && wordWithin(toks, j, 2, func(x string) bool { return x == "exist" || x == "exists" || x == "yet" }):
			return false // "does not exist"
		}
	}
	return true
}

// wordWithin reports whether one of the n words after j passes ok.
func wordWithin(toks []token, j, n int, ok func(string) bool) bool {
	for k := j + 1; k < len(toks) && k <= j+n; k++ {
		if ok(toks[k].w) {
			return true
		}
	}
	return false
}

// makingVerb reports whether w makes an accord ("sign", "ratified", "conclude").
func makingVerb(w string) bool {
	_, ok := accordVerbs[w]
	return ok || w == "conclude"
}

// endedBy reports whether the accord noun at i is the object of a verb
// that ends an accord ("terminated the 1948 income tax treaty", "withdrew
// from its treaty with", "pulled out of the pact"), and returns where its
// noun phrase starts.
func endedBy(toks []token, i int) (int, bool) {
	k := i - 1
	for k >= 0 && k >= i-6 && !accordEnders[toks[k].w] {
		w := toks[k].w
		if toks[k].punct && w != "-" && w != "/" || meetingWords[w] != "" || isClauseBreak(toks[k]) || phraseBreaks[w] {
			return 0, false // ("agreed to scrap tariffs under a new trade pact": the pact is not what is scrapped)
		}
		if _, ok := accordVerbs[w]; ok {
			return 0, false
		}
		k--
	}
	if k < 0 || k < i-6 {
		return 0, false
	}
	np := k + 1
	switch toks[k].w {
	case "from": // "withdrew from", "withdrew the United States from", "pulled out from"
		if k < 1 || !verbWithin(toks, k, 4, withdrawVerbs) && !(toks[k-1].w == "out" && verbWithin(toks, k-1, 4, pullVerbs)) {
			return 0, false
		}
	case "of": // "pulled out of", "pulled Britain out of"
		if k < 2 || toks[k-1].w != "out" || !verbWithin(toks, k-1, 4, pullVerbs) {
			return 0, false
		}
	case "up": // "tore up"
		if k < 1 || toks[k-1].w != "tore" && toks[k-1].w != "tear" && toks[k-1].w != "tearing" {
			return 0, false
		}
	case "down": // "struck down"
		if k < 1 || toks[k-1].w != "struck" && toks[k-1].w != "strike" {
			return 0, false
		}
	}
	return np, true
}

// accordEnders end an accord they govern (with "from", "of", "up" and
// "down" only after the verbs endedBy checks).
var accordEnders = set("terminated", "terminate", "terminates", "terminating", "scrapped", "scrap", "scraps", "scrapping",
	"abrogated", "abrogate", "abrogating", "annulled", "annul", "annulling", "revoked", "revoke", "revoking",
	"renounced", "renounce", "renouncing", "repudiated", "repudiate", "invalidated", "invalidate", "ditched", "ditch",
	"from", "of", "up", "down")

// phraseBreaks end the noun phrase of an accord read backwards from its
// noun: a preposition or a conjunction before it belongs to another phrase.
var phraseBreaks = set("under", "with", "to", "for", "on", "in", "at", "by", "over", "about", "into", "against", "and", "or",
	"that", "which", "than", "as", "after", "before", "without")

// verbWithin reports whether one of verbs stands within n words before k,
// past only its object's words (no punctuation, no preposition between).
func verbWithin(toks []token, k, n int, verbs map[string]bool) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if verbs[toks[j].w] {
			return true
		}
		if toks[j].punct && toks[j].w != "." || phraseBreaks[toks[j].w] {
			return false
		}
	}
	return false
}

// withdrawVerbs leave an accord "from" it; pullVerbs "out of" it.
var (
	withdrawVerbs = set("withdrew", "withdraw", "withdraws", "withdrawing", "withdrawn", "exit", "exited", "exits", "exiting")
	pullVerbs     = set("pulled", "pull", "pulls", "pulling")
)

// endedWords tell an accord that no longer holds, or is suspended.
var endedWords = set("expired", "defunct", "now-defunct", "former", "lapsed", "previous", "suspended", "collapsed",
	"terminated", "scrapped", "abrogated", "cancelled", "canceled", "abandoned", "annulled", "invalidated")

// newsWords before an accord noun make it news, not one in force.
var newsWords = set("recent", "new", "latest", "fresh", "provisional", "tentative", "draft", "proposed")

// sourcesFamiliar reports whether the event noun at i only says who the
// sources are: "sources familiar with the talks", "people close to the
// negotiations". The talks are the story's, told where it tells them.
func sourcesFamiliar(toks []token, i int) bool {
	return i >= 3 && toks[i-1].w == "the" && (toks[i-2].w == "with" && toks[i-3].w == "familiar" || toks[i-2].w == "to" && toks[i-3].w == "close")
}

// comparedWith reports whether the event noun at i is what something is
// compared with: "still insignificant compared with agreements reached by
// Indonesia", "smaller than the deal signed with Japan" (not "more than a
// dozen agreements").
func comparedWith(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		w := toks[k].w
		if toks[k].punct {
			return false
		}
		if (w == "with" || w == "to") && (toks[k-1].w == "compared" || toks[k-1].w == "comparison") {
			return true
		}
		if w == "than" {
			p := toks[k-1].w
			return p != "more" && p != "less" && p != "fewer" && p != "rather" && p != "other"
		}
	}
	return false
}

// gatheringRefs notes the meeting nouns of s that tell a gathering of many
// states ("NATO ambassadors met in emergency session", "an anti-corruption
// summit in London") for later sentences, and returns the tokens of s that
// refer back to one: "the meeting", "the summit" after such a gathering.
// A meeting so referred to has the sides the sentence names, not sides
// guessed from the story's pair or "both countries".
func (a *article) gatheringRefs(s *sent) map[int]bool {
	refs := map[int]bool{}
	for i, t := range s.toks {
		w := t.w
		if !gatheringHeads[w] {
			continue
		}
		if i > 0 && s.toks[i-1].w == "the" && a.gatherings[w] {
			refs[i] = true
			continue
		}
		if gathering(s, i) || multilateral(s.toks, i) || blocGathering(s, i) || forumBefore(s.toks, i) {
			if a.gatherings == nil {
				a.gatherings = map[string]bool{}
			}
			a.gatherings[w] = true
			if w == "session" || w == "conference" {
				a.gatherings["meeting"] = true // "met in emergency session ... emerged from the meeting"
			}
		}
	}
	return refs
}

// gatheringHeads are the meeting nouns a later sentence refers back to.
var gatheringHeads = set("meeting", "summit", "session", "conference", "negotiations", "talks", "discussions", "consultations")

// forumBefore reports whether a forum's name stands right before the
// meeting noun at i ("the OPEC meeting", "NATO ambassadors met in
// emergency session").
func forumBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].punct && toks[k].w != "-" && toks[k].w != "(" && toks[k].w != ")" {
			return false
		}
		if forumNames[toks[k].w] && toks[k].cap {
			return true
		}
	}
	return false
}

// namesAtLeast reports whether the sentence names at least n of parts, in
// any way (a person, a capital, a demonym) but as the attribute of
// something else ("Japanese reporters", "Japanese electronic goods").
func (s *sent) namesAtLeast(parts []string, n int) bool {
	named := 0
	for _, c := range parts {
		if slices.ContainsFunc(s.actors, func(ac actor) bool { return ac.code == c && ac.role != roleAttr }) {
			named++
		}
	}
	return named >= n
}

// allNamed reports whether every code of parts is named as a state in the
// sentence itself.
func (s *sent) allNamed(parts []string) bool {
	for _, c := range parts {
		if !slices.ContainsFunc(s.actors, func(ac actor) bool { return ac.code == c && ac.explicit() && ac.role == roleState }) {
			return false
		}
	}
	return true
}

// pairSubject returns the story's pair when "the two leaders", "both
// sides" or the like opens the sentence and is the subject of the clause
// that reaches the word at k, without a clause break between; else nil.
func (s *sent) pairSubject(k int) []string {
	var codes []string
	first := -1
	for _, ac := range s.actors {
		if ac.how == byAnaphora && ac.tok < k && (first < 0 || ac.tok == first) && !slices.Contains(codes, ac.code) {
			first = ac.tok
			codes = append(codes, ac.code)
		}
	}
	if first < 0 || first > 2 || k-first > 14 {
		return nil
	}
	for j := first + 1; j < k; j++ {
		if isClauseBreak(s.toks[j]) || s.toks[j].w == "," || s.actorAt(j) {
			return nil
		}
	}
	return codes
}

// subjectEventVerb returns the verb of the event's own time ("ended",
// "began", "took place", "collapsed") whose subject is the meeting noun at
// trig opening the sentence ("A summit between ... in Hanoi ended"), or
// -1. However long the sides' names, the date after that verb is the
// event's.
func subjectEventVerb(toks []token, trig int) int {
	if meetingWords[toks[trig].w] == "" || trig > 3 {
		return -1
	}
	for k := 0; k < trig; k++ {
		if !determiners[toks[k].w] && toks[k].cap && k > 0 || toks[k].punct {
			return -1
		}
	}
	for k := trig + 1; k < len(toks) && k <= trig+25; k++ {
		w := toks[k].w
		if timeVerbs[w] || w == "collapsed" || w == "broke" {
			return k // (also "will begin in Tokyo on Monday")
		}
		if w == ";" || w == ":" || w == "which" || w == "who" || w == "that" || w == "said" || w == "says" || pastForm(w) && !toks[k].cap && !determiners[toks[k-1].w] {
			return -1
		}
	}
	return -1
}

// armedGroups are movements news names by their own name whose people are
// no state's: "met Taliban negotiators in Doha".
var armedGroups = set("taliban", "hezbollah", "houthi", "houthis", "farc", "pkk", "isis", "isil")

// meetVerbs are the forms of "meet" a game between national teams is told
// with ("Meetings between the two countries have always been about more than
// football").
var meetVerbs = set("meet", "meets", "met", "meeting", "meetings")

// sportsWords name a game or a sport: "qualifying matches", "the third game
// of the international break", "a World Cup qualifier".
var sportsWords = set("match", "matches", "game", "games", "qualifier", "qualifiers", "qualifying", "fixture",
	"fixtures", "tournament", "football", "soccer", "cricket", "rugby", "hockey", "basketball", "baseball",
	"volleyball", "tennis", "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals",
	"quarter-final", "quarter-finals", "playoff", "playoffs", "stadium", "squad", "striker", "goalkeeper", "innings")

// officeHolderWords name people in office or what they hold, which make a
// sentence about a game a state's business ("the presidents met at the
// World Cup final").
var officeHolderWords = set("president", "presidents", "minister", "ministers", "chancellor", "king", "queen",
	"emir", "sheikh", "leader", "leaders", "ambassador", "envoy", "envoys", "official", "officials", "diplomat",
	"diplomats", "delegation", "delegations", "counterpart", "counterparts", "talks", "summit", "government", "foreign")

// sportsFixture reports whether the sentence tells a game between national
// teams: it names a sport or a match and no one in office.
func (s *sent) sportsFixture() bool {
	sport := false
	for _, t := range s.toks {
		if officeHolderWords[t.w] {
			return false
		}
		sport = sport || sportsWords[t.w]
	}
	return sport
}
