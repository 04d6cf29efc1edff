package extract

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
	"github.com/entente-dev/entente/loader/extract/internal/ascii"
	"github.com/entente-dev/entente/loader/extract/when"
)

// Options tune the extractor.
type Options struct {
	// DayFirst reads numeric dates as day/month/year (European convention).
	DayFirst bool
}

// Extract finds the facts of one article: its actor countries, the agencies
// it names, its events and every date mention. It never fails: text it
// cannot read yields fewer facts. Offsets in the Result are rune offsets
// into in.Text.
func Extract(in Input, opt Options) Result {
	r := Result{Article: ArticleInfo{Title: in.Title, Source: in.Source, Published: in.Published}}
	if in.URL != "" {
		u := in.URL
		r.Article.URL = &u
	}
	a := analyse(in, opt)
	cands := a.events()
	cands = a.dropTalksOnAccords(cands)
	cands = mergeEvents(cands)
	a.borrowDates(cands)
	a.datesFromLater(cands)
	a.datesFromTellings(cands)
	cands = mergeEvents(cands)
	a.lengthsFromElsewhere(cands)
	a.visitsUntil(cands)
	clipHeld(cands, in.Published)
	pastPlans(cands, in.Published)
	a.storyDays(cands)
	a.currentPeriods(cands)
	undateRecent(cands)
	ri := newRuneIndex(in.Text)
	r.Events = a.outputEvents(cands, ri)
	r.Countries = a.outputCountries(r.Events, ri)
	r.Agencies = a.outputAgencies(ri)
	r.Dates = a.outputDates(ri)
	return r
}

// visitsUntil ends a visit that starts on a day at the day its sentence
// says it lasts "until" (or "till", "through") a few words after a visit
// noun, later in the sentence and within a month: "arrived in Lisbon to begin an official visit to
// Portugal that will last until April 25".
func (a *article) visitsUntil(cs []*cand) {
	for _, c := range cs {
		if c.ev.Kind != graph.KindMeeting || c.ev.Mode != "visit" || c.ev.Start.Precision() != graph.PrecisionDay || !c.ev.End.IsZero() {
			continue
		}
		s := a.ss[c.sent]
		for _, d := range s.dates {
			if d.tok <= c.trig || d.tok == 0 || d.value.Start.Precision() != graph.PrecisionDay || !d.value.End.IsZero() {
				continue
			}
			switch s.toks[d.tok-1].w {
			case "until", "till", "through":
			default:
				continue
			}
			from := max(0, d.tok-8)
			if !slices.ContainsFunc(s.toks[from:d.tok-1], func(t token) bool { return visitNouns[t.w] }) && !stayNounBefore(s.toks, from, d.tok-1) {
				continue // the visit's own "until", not "said the sanctions would stay until April 30"
			}
			start, end := c.ev.Start.First(), d.value.Start.First()
			if end.After(start) && !end.After(start.AddDate(0, 0, 31)) {
				c.ev.End = d.value.Start
			}
			break
		}
	}
}

// stayNounBefore reports whether "stay" stands as a noun (after "his",
// "her", "their", "a" or "the") in toks[from:to]: "during his stay until
// Friday", not "would stay until April 30".
func stayNounBefore(toks []token, from, to int) bool {
	for k := max(from, 1); k < to; k++ {
		if toks[k].w == "stay" && (possessives[toks[k-1].w] || toks[k-1].w == "a" || toks[k-1].w == "the") {
			return true
		}
	}
	return false
}

// undateRecent takes back any day the passes above lent an event told once
// and only as of a recent stretch ("In recent months, Sharif and Yunus met
// on the sidelines of international forums"): it is of no day the story
// tells.
func undateRecent(cs []*cand) {
	for _, c := range cs {
		if c.recent && c.tellings == nil {
			c.setDate(graph.Span{}, "")
		}
	}
}

// dropTalksOnAccords drops undated talks under way whose topic is an accord
// under negotiation between the same states that the sentence also gives
// ("are also in talks on a generous military assistance agreement"): the
// news is the accord being negotiated, as the labelled sets code it (4 of
// 4). Talks held ("had held two rounds of talks on a textile pact") stay.
func (a *article) dropTalksOnAccords(cs []*cand) []*cand {
	return slices.DeleteFunc(cs, func(m *cand) bool {
		if m.ev.Kind != graph.KindMeeting || !m.span().IsZero() || m.ev.Status != graph.StatusOngoing {
			return false
		}
		toks := a.ss[m.sent].toks
		return slices.ContainsFunc(cs, func(c *cand) bool {
			if c.sent != m.sent || c.ev.Kind != graph.KindAccord || c.ev.Status != graph.StatusNegotiating ||
				!sameSet(c.ev.Participants, m.ev.Participants) || c.trig <= m.trig+1 || c.trig > m.trig+8 {
				return false
			}
			switch toks[m.trig+1].w {
			case "on", "over", "about", "for", "toward", "towards":
			default:
				return false
			}
			for j := m.trig + 2; j < c.trig; j++ {
				if toks[j].punct && toks[j].w != "-" {
					return false
				}
			}
			return true
		})
	})
}

// titleVenue reports whether the title names a city only as the venue or
// the name of what the story is about ("YUGOSLAVIA REACHES PARIS PACT ON
// PART DEBT", "Geneva talks stall"), as nonState does for sentences.
func titleVenue(title string, m gazetteer.CountryMention) bool {
	if m.How != gazetteer.ByCapital || m.End >= len(title) {
		return false
	}
	rest := strings.Fields(strings.ToLower(title[m.End:]))
	if len(rest) == 0 {
		return false
	}
	w := strings.Trim(rest[0], ".,:;'\"")
	return accordNouns[w] || venueNouns[w] || cityNameHeads[w] || gazetteer.MarketWord(w) // (a strong accord noun: not "TOKYO PLAN", "BONN LOAN"; "LONDON SUGAR OPENS STEADY": a market)
}

// titleCurrency reports whether a title's country mention names a currency
// ("RAISES 48 MLN U.S. DOLLARS"), as currencyOrFormer tells in the text.
func titleCurrency(title string, m gazetteer.CountryMention) bool {
	rest := strings.Fields(strings.ToLower(title[min(m.End, len(title)):]))
	return len(rest) > 0 && currencyWords[strings.Trim(rest[0], ".,:;'\"")]
}

// venueNouns are the meeting nouns a city names the venue of in a title
// ("Geneva talks", "Paris conference"); not the verbs among meetingWords
// ("MOSCOW HOSTS JAPANESE PREMIER": Moscow the host).
var venueNouns = set("talks", "meeting", "meetings", "summit", "negotiations", "consultations", "discussions", "conference", "round", "process", "framework")

// clipHeld ends a held meeting dated by its week ("this week") at the
// publication day: "talks ... during the president's trip to Israel this
// week", told on Friday, ran from Monday to Friday, not to Sunday.
func clipHeld(cs []*cand, pub graph.Date) {
	if pub.Precision() != graph.PrecisionDay {
		return
	}
	for _, c := range cs {
		sp := c.span()
		w := strings.ToLower(c.ev.When)
		if c.ev.Kind != graph.KindMeeting || c.ev.Status != graph.StatusHeld || c.ev.End.IsZero() ||
			sp.Start.Precision() != graph.PrecisionDay || c.ev.End.Precision() != graph.PrecisionDay ||
			!strings.Contains(w, "week") || strings.Contains(w, "later") {
			continue // (a span the text gives, "a three-day meeting", is the text's)
		}
		if c.ev.End.First().After(pub.First()) && sp.Start.First().Before(pub.First()) {
			c.ev.End = pub
		}
	}
}

// pastPlans marks held a meeting told as planned whose dates lie two or
// more calendar years before the story: "The Queen meets the crowds during
// her royal tour of New Zealand in 1977" (a caption's present) is no plan
// in a story of 2016. A plan of last year may still be ahead of its
// telling ("agreed last December for a prosecutor to travel"), so only
// older ones change.
func pastPlans(cs []*cand, pub graph.Date) {
	if pub.IsZero() {
		return
	}
	for _, c := range cs {
		end := c.ev.End
		if end.IsZero() {
			end = c.ev.Start
		}
		if c.ev.Kind == graph.KindMeeting && c.ev.Status == graph.StatusPlanned && !end.IsZero() && end.Year < pub.Year-1 {
			c.ev.Status = graph.StatusHeld
		}
	}
}

// article is the analysed text: sentences with their tokens, actors,
// dates and agencies, and the article-wide context (main pair, persons).
type article struct {
	in         Input
	text       string
	ss         []*sent
	pair       []string
	pairStrong bool
	pairAccord bool            // an accord of the main pair was found in an earlier sentence
	pairMet    bool            // a meeting of the main pair was found in an earlier sentence
	multi      bool            // a third state is nearly as prominent as the pair's second: no partner is guessed from the pair
	hub        string          // in such a story, the state that dominates it; else ""
	home       string          // the country the story is filed from (its dateline), "" when unknown
	forum      bool            // a story of a club of states' gatherings and accords (the Group of Seven, "industrial nations"): see forumStory
	gatherings map[string]bool // meeting nouns an earlier sentence used for a gathering of many ("summit", "meeting"): see gatheringRef
	titled     []string        // the countries the title names
	persons    map[string]string
	dates      []when.Mention
	dateVals   []graph.Span // resolved value of each of dates (tense-aware)
	agencies   []gazetteer.AgencyMention
	countries  []gazetteer.CountryMention
}

func analyse(in Input, opt Options) *article {
	in.Published = datelineDay(in.Dateline, in.Published)
	text := in.Text
	a := &article{in: in, text: text}
	sentences := SplitSentences(text)
	a.ss = make([]*sent, len(sentences))
	lowered := ascii.Lower(text)
	for i, se := range sentences {
		a.ss[i] = &sent{Sentence: se, idx: i, toks: normalizeTokens(dropConnectives(tokenizeLowered(text, lowered, se.Start, se.End)))}
	}
	gt := gazetteer.NewText(text) // tokenized once for countries and agencies
	a.countries = gt.Countries()
	a.countries = applyEra(a.countries, in.Published)
	brusselsForEU(text, a.countries)
	byS := make([][]gazetteer.CountryMention, len(a.ss))
	for _, m := range a.countries {
		if i := a.sentenceOf(m.Start); i >= 0 {
			byS[i] = append(byS[i], m)
		}
	}
	for i, s := range a.ss {
		s.toks = joinNames(s.toks, byS[i], text, lowered)
	}
	var titles map[string]string
	a.persons, titles = findPersons(a.ss, byS, in.Published.Year)
	named, told := map[string]int{}, map[string]bool{} // told: the states the text names twice or more
	for _, m := range a.countries {
		named[m.Code]++
		if named[m.Code] == 2 {
			told[m.Code] = true
		}
	}
	addLeaders(a.ss, a.persons, titles, in.Published.Year, told)
	plain := map[string]string{} // "Serbian President Boris Tadić ... Tadic has met": one person, written both ways
	for name, code := range a.persons {
		if f := gazetteer.StripAccents(name); f != name && !hasKey(a.persons, f) {
			if c, ok := plain[f]; ok && c != code {
				code = "" // two persons of two states write alike unaccented: known, of no state
			}
			plain[f] = code
		}
	}
	maps.Copy(a.persons, plain)
	a.home = datelineCountry(in.Dateline, in.Published)
	seat := gazetteer.VenueIn(in.Dateline) // a seat of talks between others (Geneva, Vienna): "here" names no host
	if a.home != "" && !seat && !strings.Contains(in.Dateline, "/") {
		// (a dateline of two cities, "BAKU/YEREVAN", names no one home)
		addHomeOfficers(a.ss, byS, a.persons, titles, a.home)
	}
	for i, s := range a.ss {
		for _, m := range byS[i] {
			s.actors = append(s.actors, actor{code: m.Code, tok: tokenAt(s.toks, m.Start), start: m.Start, end: m.End, how: string(m.How)})
			if m.How == gazetteer.ByCapital {
				s.capitals = append(s.capitals, m)
			}
		}
		s.addPersons(a.persons, byS[i])
		sort.SliceStable(s.actors, func(i, j int) bool { return s.actors[i].tok < s.actors[j].tok })
	}
	addTitleReferences(a.ss, titles)
	addAdministration(a.ss, a.home)
	// "He"/"She" opening a sentence is the one person the sentence before
	// names, when it names one ("Canadian Prime Minister Justin Trudeau is
	// riding high. On Wednesday, he hosted"); else most often the story's
	// main person: the country of the person named most so far (the latest
	// on a tie), counted by person, not by country ("Canadian Foreign
	// Secretary Joe Clark" named twice is the "he" of a story that names
	// Reagan, Baker and Bush once each).
	count := map[string]int{}
	best, bestName, only := "", "", ""
	for _, s := range a.ss {
		s.prevPerson = best
		if only != "" && only != "-" {
			s.prevPerson, s.prevOnly = only, true
		}
		only = ""
		for _, ac := range s.actors {
			office := -1
			if ac.how != byPerson {
				if office = s.unnamedOffice(ac); office < 0 {
					continue
				}
			}
			if only == "" {
				only = ac.code
			} else if only != ac.code {
				only = "-"
			}
			name := ac.code + " " + s.toks[ac.tok].w
			if office >= 0 {
				name = ac.code + " " + s.toks[office].w // "IL minister": one person per office
			}
			count[name]++
			if count[name] >= count[bestName] {
				best, bestName = ac.code, name
			}
		}
	}
	var title []gazetteer.CountryMention
	if in.Title != "" {
		title = slices.DeleteFunc(gazetteer.FindCountries(in.Title), func(m gazetteer.CountryMention) bool {
			return titleVenue(in.Title, m) || titleCurrency(in.Title, m)
		})
		title = applyEra(title, in.Published)
	}
	for _, m := range title {
		a.titled = append(a.titled, m.Code)
	}
	a.pair, a.pairStrong, a.multi, a.hub = mainPair(title, a.ss, in.Published)
	a.forum = forumStory(in.Title, a.ss)
	fallback := ""
	if len(a.pair) > 0 {
		fallback = a.pair[0]
	}
	if sp := titleSpeaker(in.Title, title); sp != "" && slices.Contains(a.pair, sp) {
		fallback = sp // "Turkey says Russia violated its airspace": "the foreign ministry said" is Turkey's
	}
	home := ""
	if slices.Contains(a.pair, a.home) {
		home = a.home // a story filed from a third country's capital says whose agencies only by name
	}
	a.agencies = gt.Agencies(a.countries, gazetteer.AgencyContext{Fallback: fallback, Home: home})
	for i := range a.agencies {
		a.agencies[i].Country = eraCode(a.agencies[i].Country, in.Published) // "the Kremlin" of 1987 is Soviet
	}
	a.agencies = slices.DeleteFunc(a.agencies, func(m gazetteer.AgencyMention) bool { return m.Country == "" })
	for _, m := range a.agencies {
		i := a.sentenceOf(m.Start)
		if i < 0 {
			continue
		}
		s := a.ss[i]
		s.agencies = append(s.agencies, m)
		if m.Country != "" {
			s.actors = append(s.actors, actor{code: m.Country, tok: tokenAt(s.toks, m.Start), start: m.Start, end: m.End, how: byAgency})
		}
	}
	here := a.home // the country "here" names, unless the dateline is a seat of talks between others
	if seat {
		here = ""
	}
	for _, s := range a.ss {
		s.classify()
		s.addHere(here)
		s.addCities()
		s.placeLists()
	}
	acting := a.pair
	if a.pairStrong {
		if p := actingPair(title, a.ss, in.Published); len(p) == 2 && !sameSet(p, a.pair) {
			acting = p
		}
	}
	for _, s := range a.ss {
		addAnaphora(s, acting, count) // (count: the persons the story names, by state)
		addDescribed(s)
		sort.SliceStable(s.actors, func(i, j int) bool { return s.actors[i].tok < s.actors[j].tok })
	}
	a.dates = when.Find(text, when.Options{Anchor: in.Published, DayFirst: opt.DayFirst})
	a.dateVals = make([]graph.Span, len(a.dates))
	for k, m := range a.dates {
		a.dateVals[k] = m.Value
		i := a.sentenceOf(m.Start)
		if i < 0 {
			continue
		}
		s := a.ss[i]
		d := dateRef{m: m, tok: tokenAt(s.toks, m.Start), value: m.Value}
		d.tokEnd = tokenAt(s.toks, m.End-1) + 1
		if d.tokEnd > len(s.toks) {
			d.tokEnd = len(s.toks)
		}
		if m.Tensed && !in.Published.IsZero() {
			tense := localTense(s.toks, d.tok)
			if tense == when.TenseUnknown && (m.Value.Start.Precision() == graph.PrecisionMonth || m.Weekday) {
				tense = clauseTense(s.toks, d.tok)
			}
			if m.Weekday && scheduledThenPut(s.toks, d.tok) {
				tense = when.TenseFuture // "postponed a visit to Jordan that had been scheduled for Sunday": the coming Sunday
			}
			d.value = tensedValue(m, in.Published, tense, willBefore(s.toks, d.tok), pastEventVerbBefore(s.toks, d.tok))
			a.dateVals[k] = d.value
		}
		if m.SameDayAs > 0 {
			d.value = sameDay(a.dateVals[m.SameDayAs-1], in.Published, localTense(s.toks, d.tok))
			a.dateVals[k] = d.value
		}
		d.since, d.report, d.sinceClause = dateRole(s.toks, d.tok, d.tokEnd)
		d.modifier = d.modifies(s.toks)
		d.agreeing = agreeingDay(s.toks, d.tok, d.tokEnd)
		d.effect = !d.modifier && (effectDay(s.toks, d.tok) || agreedDeedDay(s.toks, d.tok, reachesAhead(d.value, in.Published))) // ("the expiration of their 1986 agreement": the year it was made)
		d.sinceStart = d.since && continuingSince(s.toks, d.tok)
		d.covered = coveredPeriod(s.toks, d.tok) || zoneConversion(s.toks, d.tok)
		d.whenAt = whenAfter(s.toks, d.tokEnd)
		s.dates = append(s.dates, d)
	}
	for _, s := range a.ss {
		restatedDates(s)
	}
	a.addFollowingDays()
	return a
}

// restatedDates sets aside a date that a parenthesis right after it
// restates: "on a three day official visit to Ethiopia this week (March
// 10-12)", "on Tuesday (March 4)". The date in the parenthesis is the one
// the writer pinned down; the one before it dates nothing.
func restatedDates(s *sent) {
	for i := 0; i+1 < len(s.dates); i++ {
		d, p := &s.dates[i], &s.dates[i+1]
		if p.tok == d.tokEnd+1 && s.toks[d.tokEnd].w == "(" && p.tokEnd < len(s.toks) && s.toks[p.tokEnd].w == ")" && !p.value.IsZero() {
			d.covered = true
		}
	}
}

// forumStory reports whether the story is about a club of states: it names
// the Group of Five, Seven or Ten, the Louvre or Plaza accords, the economic
// summit or "industrial nations" in two sentences or more (or its title and a
// sentence) (1987 wires tell the G-7's
// currency accords so, day after day). In such a story an accord or a
// meeting told as "the meeting", "the accord" or by its city is the club's,
// not one of two states it names.
func forumStory(title string, ss []*sent) bool {
	n := strings.Count(strings.ToLower(title), "g-7") + strings.Count(strings.ToLower(title), "g-5")
	for _, s := range ss {
		toks := s.toks
		before := n
		for k := range toks {
			w := toks[k].w
			switch {
			case toks[k].cap && clubNames[w]: // (the cheap test first: most words are lower case)
				n++
			case w == "group" && toks[k].cap && k+2 < len(toks) && toks[k+1].w == "of" && clubSizes[toks[k+2].w]:
				n++
			case (w == "louvre" || w == "plaza") && toks[k].cap && k+1 < len(toks) && (toks[k+1].w == "accord" || toks[k+1].w == "agreement"):
				n++
			case (w == "nations" || w == "countries" || w == "democracies") && k > 0 && (toks[k-1].w == "industrial" || toks[k-1].w == "industrialized" || toks[k-1].w == "industrialised"):
				n++
			case w == "summit" && k > 0 && toks[k-1].w == "economic":
				n++
			}
		}
		n = min(n, before+1) // (a sentence counts once: "the Venice economic summit of seven industrial nations")
	}
	return n >= 2
}

// clubNames and clubSizes name the clubs of the biggest economies ("G-7",
// "the Group of Five").
var (
	clubNames = set("g-7", "g7", "g-5", "g5", "g-10", "g10", "g-6", "g6")
	clubSizes = set("five", "seven", "six", "ten", "5", "7", "6", "10")
)

// titleSpeaker returns the country a title opens with as the one speaking
// ("Turkey says Russia violated its airspace", "China warns U.S. ..."), or "".
func titleSpeaker(title string, ms []gazetteer.CountryMention) string {
	if len(ms) == 0 || ms[0].Start > 4 || ms[0].Start > 0 && !strings.HasPrefix(strings.ToLower(title), "the ") {
		return ""
	}
	rest := strings.Fields(strings.ToLower(title[ms[0].End:]))
	if len(rest) > 0 && (reportVerbs[rest[0]] || titleSpeakVerbs[rest[0]]) {
		return ms[0].Code
	}
	return ""
}

// titleSpeakVerbs are what headlines say a state does by speaking.
var titleSpeakVerbs = set("warns", "accuses", "urges", "calls", "rejects", "denies", "protests", "summons",
	"condemns", "demands", "vows", "slams", "criticizes", "criticises", "welcomes", "hails", "blames")

// sameDay is the day "earlier in the day" takes from the day named before
// it, as that one was read with its own tense; a day on the wrong side of
// publication for this sentence's tense ("Kerry flew to Paris on Tuesday.
// Earlier in the day, he will meet ...") gives the publication day.
func sameDay(v graph.Span, pub graph.Date, tense when.Tense) graph.Span {
	if v.IsZero() || pub.IsZero() {
		return v
	}
	p := pub.First()
	if tense == when.TenseFuture && v.Last().First().Before(p) || tense == when.TensePast && v.Start.First().After(p) {
		return graph.Span{Start: pub}
	}
	return v
}

// modifies reports whether the date modifies the noun after it, which it
// then dates alone: "a June referendum", "last week's earthquake", "a July
// 1986 agreement", "a Feb. 27 ceasefire".
func (d *dateRef) modifies(toks []token) bool {
	before := ""
	if d.tok > 0 {
		before = toks[d.tok-1].w
	}
	return d.tokEnd == d.tok+1 && modifierBefore[before] && d.m.Value.Start.Precision() == graph.PrecisionMonth ||
		d.tokEnd < len(toks) && toks[d.tokEnd].w == "'s" ||
		d.tokEnd > d.tok+1 && (before == "a" || before == "an") && nounAfter(toks, d.tokEnd) ||
		d.tokEnd == d.tok+1 && (before == "the" || before == "a" || possessives[before] || d.tok >= 2 && yearAdjectiveAfterArticle(toks, d.tok-1)) &&
			d.m.Value.Start.Precision() == graph.PrecisionYear && accordNounWithin(toks, d.tokEnd, 5)
}

// yearAdjectiveAfterArticle reports whether token k is one of the
// adjectives the date finder lets stand between an article and a year
// ("the landmark 2015 nuclear deal"), after that article.
func yearAdjectiveAfterArticle(toks []token, k int) bool {
	return when.YearAdjective(toks[k].w) && (toks[k-1].w == "the" || toks[k-1].w == "a" || possessives[toks[k-1].w])
}

// accordNounWithin reports whether an accord noun follows token k within n
// words of its noun phrase ("the 1986 U.S.-Japanese semiconductor pact").
func accordNounWithin(toks []token, k, n int) bool {
	for j := k; j < len(toks) && j < k+n; j++ {
		if _, ok := accordNouns[toks[j].w]; ok {
			return true
		}
		if toks[j].punct && toks[j].w != "-" && toks[j].w != "/" {
			return false
		}
	}
	return false
}

// tensedValue resolves a mention whose value depends on tense. Weekdays
// follow the tense of their clause. A bare month ("in April") does too, but
// a future reading more than six months ahead is taken for a conditional
// ("would not freeze output at January levels"), not a plan. A month-day
// takes the coming date in a future clause ("will visit on October 26") and
// otherwise keeps the nearest reading, since a past clause often tells of a
// coming date ("had been offered a March 18 meeting").
func tensedValue(m when.Mention, pub graph.Date, tense when.Tense, will, pastVerb bool) graph.Span {
	switch {
	case m.Weekday:
		return when.Resolve(m, pub, tense)
	case m.Value.Start.Precision() == graph.PrecisionDay && tense == when.TenseFuture:
		return when.Resolve(m, pub, tense) // "will visit the United States on October 26": the coming one
	case m.Value.Start.Precision() == graph.PrecisionDay && pastVerb && m.Value.Start.First().After(pub.First()):
		return when.Resolve(m, pub, when.TensePast) // "signed an agreement on October 1", told on April 2: the last one
	case m.Value.Start.Precision() != graph.PrecisionMonth:
		return m.Value
	}
	v := when.Resolve(m, pub, tense)
	if tense == when.TenseFuture && !v.Start.IsZero() {
		ahead := (v.Start.Year-pub.Year)*12 + int(v.Start.Month) - int(pub.Month)
		if ahead > 6 && !(will && ahead <= 11) {
			return m.Value // a plain "will" names a plan up to a year ahead ("will be held in Washington in December")
		}
	}
	return v
}

// pastEventVerbBefore reports whether the date at k closes a clause whose
// verb, within six words before it, tells an event done: "signed an
// agreement on October 1", "met him on May 3".
func pastEventVerbBefore(toks []token, k int) bool {
	names := 0 // a name's words cost no reach: "met Chinese President Xi Jinping in Bishkek, Kyrgyzstan, on June 13"
	for j := k - 1; j >= 0 && j >= k-6-names; j-- {
		if toks[j].cap && !toks[j].punct && j > 0 && names < 8 {
			names++
			continue
		}
		if toks[j].w == "," && j >= 2 && toks[j-1].cap && !toks[j-1].punct && names < 8 {
			names++ // ("in Bishkek, Kyrgyzstan, on June 13": the place's country between commas)
			continue
		}
		if w := toks[j].w; toks[j].punct || isClauseBreak(toks[j]) || w == "and" || w == "for" || w == "to" || w == "that" ||
			strings.HasSuffix(w, "ing") || futureWords[w] || termVerbs[w] || presentEventVerbs[w] {
			return false // ("arrived in Washington for talks starting April 13", "The talks they held in Tokyo resume on May 12")
		}
		if doneVerbs[toks[j].w] {
			// (not a participle of something ahead: "to be held on May 3",
			// "is held")
			return !(j > 0 && (toks[j-1].w == "be" || toks[j-1].w == "been" || toks[j-1].w == "being" || toks[j-1].w == "is" ||
				toks[j-1].w == "are" || toks[j-1].w == "to" || toks[j-1].w == "will" || toks[j-1].w == "would"))
		}
	}
	return false
}

// presentEventVerbs tell of a thing to come or under way in the present:
// a date after them is theirs, not a past verb's before them.
var presentEventVerbs = set("resume", "resumes", "begin", "begins", "start", "starts", "open", "opens", "take", "takes",
	"expire", "expires", "continue", "continues", "meet", "meets")

// doneVerbs are past forms of the events the extractor reads.
var doneVerbs = set("signed", "initialled", "initialed", "ratified", "concluded", "reached", "met", "held", "visited",
	"hosted", "talked", "established", "restored", "severed", "arrived")

// whenAfter returns the token of a "when" opening a clause right after a
// date that ends before token k ("in March, when Xi met Obama"), or after
// the pair a "between" there names ("last year between Reagan and Suharto
// when they met"), or -1.
func whenAfter(toks []token, k int) int {
	if k < len(toks) && toks[k].w == "," {
		k++
	}
	if k < len(toks) && toks[k].w == "when" {
		return k
	}
	if k < len(toks) && toks[k].w == "between" {
		// "an agreement reached last year between Reagan and Suharto when
		// they met on Bali": the pair's when clause, past their names
		for j := k + 1; j+1 < len(toks) && j <= k+14; j++ {
			if toks[j].w == "when" {
				if toks[j+1].w == "they" {
					return j
				}
				break
			}
			if toks[j].punct && toks[j].w != "-" {
				break
			}
		}
	}
	return -1
}

// scheduledThenPut reports whether the date at tok is the day something
// "had been scheduled for" (set, planned, slated) or was to begin on
// ("beginning on Thursday") in a sentence that puts it off or calls it
// off: a day not yet come, or it would have happened.
func scheduledThenPut(toks []token, tok int) bool {
	k := tok - 1
	if k >= 0 && (toks[k].w == "for" || toks[k].w == "on") {
		k--
	}
	if k < 0 || !expectedAfter[toks[k].w] && !startWords[toks[k].w] || k == tok-1 && !startWords[toks[k].w] {
		return false
	}
	return slices.ContainsFunc(toks, func(t token) bool { return cancelWords[t.w] })
}

// startWords before a weekday tell when a stay was to begin: "has postponed
// his three-day visit to Japan beginning on Thursday".
var startWords = set("beginning", "starting", "commencing")

// zoneConversion reports whether the date at tok lies in a parenthesis
// that gives a time told just before in another zone's clock: "at around
// 2 a.m. (1.00 p.m. ET on Wednesday)", "(0200 GMT on Wednesday)". Its day
// may be the day before the local one, so it dates nothing.
func zoneConversion(toks []token, tok int) bool {
	for k := tok - 1; k >= 0 && k >= tok-6; k-- {
		switch {
		case toks[k].w == ")":
			return false
		case toks[k].w == "(":
			if k+1 >= len(toks) || toks[k+1].w == "" || toks[k+1].w[0] < '0' || toks[k+1].w[0] > '9' {
				return false
			}
			for j := k + 1; j < tok; j++ {
				if zoneWords[toks[j].w] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// zoneWords name the time zones wires convert local times into.
var zoneWords = set("gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest")

// coveredPeriod reports whether the date at tok is the period a topic
// covers: "beef quotas in the period from next April", "for the period
// 1988-1990", or a deadline (deadlineDate). (An accord "covering 1983-88"
// is in force then, which may date it.)
func coveredPeriod(toks []token, tok int) bool {
	k := tok - 1
	if k >= 0 && (toks[k].w == "from" || toks[k].w == "of") {
		k--
	}
	return k >= 0 && toks[k].w == "period" || deadlineDate(toks, tok)
}

// deadlineDate reports whether the date at tok is a deadline's: "the April
// 17 deadline set by Washington", "put a deadline on the talks of October
// 1". A deadline bounds what must happen by then; it dates no event.
func deadlineDate(toks []token, tok int) bool {
	for k := tok + 1; k < len(toks) && k <= tok+3; k++ {
		if toks[k].w == "deadline" || toks[k].w == "deadlines" {
			return true // (the date's own words come first: "the April 17 deadline")
		}
		if toks[k].punct {
			break
		}
	}
	if tok < 1 || toks[tok-1].w != "of" {
		return false
	}
	for k := tok - 2; k >= 0 && k >= tok-8; k-- {
		if toks[k].w == "deadline" {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// continuingSince reports whether the date at tok follows a "since" that
// dates the start of something still going on: "have been holding talks
// since last June", "has been in force since 1986" (not "the first visit
// since 1928", which bounds a time without the event).
func continuingSince(toks []token, tok int) bool {
	k := tok - 1
	if k < 0 || toks[k].w != "since" {
		return false
	}
	if k == 0 {
		// "Since last August Smart has been leading talks": the main
		// clause after the fronted date continues from it.
		for j := tok + 1; j < len(toks) && j <= tok+12; j++ {
			if toks[j].w == "been" && j+1 < len(toks) && strings.HasSuffix(toks[j+1].w, "ing") {
				return true
			}
			if toks[j].w == ";" || toks[j].w == "." {
				return false
			}
		}
		return false
	}
	for j := k - 1; j >= 0 && j >= k-14; j-- {
		switch w := toks[j].w; {
		case w == "been" || w == "force" || w == "effect" || w == "underway" || w == "way" && j >= 1 && toks[j-1].w == "under":
			return true
		case toks[j].punct || w == "first" || w == "last" || w == "only" || clauseCut[w]:
			return false
		}
	}
	return false
}

// longPeriod reports whether the date mention toks[tok:tokEnd] names a
// month, season or year, with no weekday, "week" or "last" in it.
func longPeriod(toks []token, tok, tokEnd int) bool {
	long := false
	for j := tok; j < tokEnd && j < len(toks); j++ {
		w := toks[j].w
		switch {
		case weekdays[w] || w == "week" || w == "weekend" || w == "last" || w == "day":
			return false
		case monthOrDay[w] || seasons[w] || w == "year" || w == "month" || len(w) == 4 && isDigits(w):
			long = true
		}
	}
	return long
}

var (
	weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	seasons  = set("spring", "summer", "autumn", "fall", "winter")
)

// periodEdge nouns name a part of a period between a bounding word and its
// date ("until the end of June").
var periodEdge = set("end", "middle", "beginning", "start")

// dateRole tells whether a date bounds something ("since 1928") or is the
// day of a statement ("said on Monday", "announced Wednesday").
func dateRole(toks []token, tok, tokEnd int) (since, report bool, sinceClause int) {
	sinceClause = -1
	k := tok - 1
	if longPeriod(toks, tok, tokEnd) {
		// A month, season or year's part after a bound is still a bound
		// ("by early May", "until the end of June", "by the end of the
		// year"); not a day's ("talks until late Monday" tell the day).
		switch {
		case k >= 0 && (toks[k].w == "early" || toks[k].w == "late" || toks[k].w == "mid"):
			k--
		case k >= 3 && toks[k].w == "of" && periodEdge[toks[k-1].w] && toks[k-2].w == "the":
			k -= 3
		case k >= 0 && toks[k].w == "the" && periodEdge[toks[tok].w]:
			k-- // (the mention "end of the year" itself)
		}
	}
	if k >= 0 {
		switch toks[k].w {
		case "since", "until", "till", "by", "through", "before":
			since = true // "before next May" is a deadline, not a day
		}
	}
	// Inside a "since ..." clause ("since Fidel Castro's rebels overthrew
	// a government in 1959"): a bound for the main clause, but the date of
	// what the since clause itself tells.
	for j := tok - 1; j >= 0 && j >= tok-20; j-- {
		w := toks[j].w
		if w == "," || w == ";" || w == ":" {
			break
		}
		if w == "since" {
			since = true
			if j < k {
				sinceClause = j
			}
			break
		}
	}
	// Inside a reporting clause ("said in interviews last week that ...").
	for j := tok - 1; j >= 0 && j >= tok-6; j-- {
		w := toks[j].w
		if toks[j].punct || w == "that" || meetingWords[w] != "" {
			break
		}
		if _, ok := accordVerbs[w]; ok {
			break
		}
		if _, ok := movementVerbs[w]; ok || pastForm(w) && !reportVerbs[w] && !speakingWords[w] && !toks[j].cap {
			break // "said Hu arrived here on Thursday": the date of the verb it follows (a name such as "Mohammed" is no verb)
		}
		if reportVerbs[w] && w != "told" || w == "told" && toldWhom(toks, j+1, tok) || speakingWords[w] {
			report = true // "Speaking to a forum here late yesterday, Yeutter said ...": the day he spoke
			break
		}
	}
	if tok >= 2 && statementNouns[toks[tok-1].w] && (determiners[toks[tok-2].w] || toks[tok-2].w == "television" || toks[tok-2].w == "radio") &&
		slices.ContainsFunc(toks[max(0, tok-14):tok-2], func(t token) bool { return reportVerbs[t.w] }) { // (not "met Shultz after a speech today")
		report = true // "told the daily Depeche du Midi in an interview today that the talks ...": the day he spoke
	}
	if len(toks) > 0 && speakingWords[toks[0].w] {
		opener := true
		for j := 1; j < tok; j++ {
			if toks[j].w == "," {
				opener = false
				break
			}
		}
		if opener {
			report = true // "Speaking to an Agribusiness forum here late yesterday, Yeutter said ..."
		}
	}
	if k >= 0 && toks[k].w == "on" {
		k--
	}
	if k >= 0 && (reportVerbs[toks[k].w] || reactionVerbs[toks[k].w] && accordObject(toks, tokEnd)) {
		report = true // (also "rejected on Wednesday a US-brokered agreement reached between ...": the day of the reaction)
	}
	if tokEnd < len(toks) && (reportVerbs[toks[tokEnd].w] || reactionVerbs[toks[tokEnd].w] && accordObject(toks, tokEnd+1)) && tokEnd-tok <= 3 {
		report = true
	}
	// A date that modifies an event noun right after it ("said the Feb.
	// 22-23 technical meeting", "strengthened by Monday's meeting") is that
	// event's, neither a day of speaking nor a bound.
	if report && k >= 0 && (toks[k].w == "announced" || toks[k].w == "announces") && tokEnd+2 < len(toks) && toks[tokEnd].w == "the" &&
		(relationNouns[toks[tokEnd+1].w] != "" || relationGerunds[toks[tokEnd+1].w] != "") && toks[tokEnd+2].w == "of" {
		report = false // "announced on Tuesday the restoration of diplomatic ties": announcing it is the change
	}
	for j := tokEnd; j < len(toks) && j < tokEnd+3; j++ {
		if auxiliaries[toks[j].w] || futureWords[toks[j].w] || toks[j].punct || j == tokEnd && (determiners[toks[j].w] || toks[j].w == "that") {
			// "told the Independent on Sunday he would visit": a new clause
			// with a time of its own; "said on Wednesday the EU-Turkey
			// accord was working", "in an interview today that the talks":
			// a new noun phrase or clause
			break
		}
		_, accord := accordNouns[toks[j].w]
		if meetingWords[toks[j].w] != "" || accord {
			report = false
			if toks[tokEnd].w == "'s" {
				since, sinceClause = false, -1
			}
		}
	}
	return since, report, sinceClause
}

// reactionVerbs tell what a state or a movement made of an accord told:
// the date by them is the reaction's day.
var reactionVerbs = set("rejected", "welcomed", "condemned", "criticized", "criticised", "hailed", "praised", "denounced",
	"slammed", "blasted", "lauded", "applauded")

// accordObject reports whether a strong accord noun heads the noun phrase
// starting at k, within six words ("a US-brokered agreement"), with no date
// owning it ("last month's Gaza truce agreement" is dated by its own).
func accordObject(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		if toks[j].w == "'s" || toks[j].punct && toks[j].w != "-" {
			return false
		}
		if strong, ok := accordNouns[toks[j].w]; ok && strong {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence containing byte offset off,
// or -1.
func (a *article) sentenceOf(off int) int {
	i := sort.Search(len(a.ss), func(i int) bool { return a.ss[i].End > off })
	if i < len(a.ss) && a.ss[i].Start <= off {
		return i
	}
	return -1
}

// addAdministration adds the United States for "the Administration" and
// "Administration officials" in a story that names the United States or
// is datelined there: U.S. news writes its government so, capitalised and
// without a name ("the Reagan Administration" has its president's).
func addAdministration(ss []*sent, home string) {
	us := home == "US"
	for _, s := range ss {
		for _, ac := range s.actors {
			us = us || ac.code == "US" && ac.explicit()
		}
	}
	if !us {
		return
	}
	for _, s := range ss {
		added := false
		for i, t := range s.toks {
			if t.raw != "Administration" || i == 0 || s.toks[i-1].cap && s.toks[i-1].w != "the" ||
				i+1 < len(s.toks) && (s.toks[i+1].cap && !s.toks[i+1].punct || s.toks[i+1].w == "of") || s.anyActorAt(i) {
				continue // "the Food and Drug Administration", "Administration of Justice"
			}
			s.actors = append(s.actors, actor{code: "US", tok: i, start: t.start, end: t.end, how: byAgency})
			added = true
		}
		if added {
			sort.SliceStable(s.actors, func(i, j int) bool { return s.actors[i].tok < s.actors[j].tok })
		}
	}
}

// addPersons adds an actor for every capitalised surname of a known person.
func (s *sent) addPersons(persons map[string]string, ms []gazetteer.CountryMention) {
	if len(persons) == 0 {
		return
	}
	for i, t := range s.toks {
		if !t.cap && !articledName(t.raw) || t.punct {
			continue // (a name with its article in lower case counts: "Zaid al-Rifa'i")
		}
		if c, ok := persons[t.w]; ok && c != "" && strings.Contains(t.w, "-") {
			s.actors = append(s.actors, actor{code: c, tok: i, start: t.start, end: t.end, how: byPerson}) // "Park Geun-hye"
			continue
		}
		if strings.Contains(t.w, "-") {
			// "the Shultz-Kuranari talks": one actor per known name.
			parts := strings.Split(t.w, "-")
			var codes []string
			for _, p := range parts {
				if c, ok := persons[p]; ok && c != "" && len(p) > 2 {
					codes = append(codes, c)
				}
			}
			if len(codes) == len(parts) && len(codes) > 1 {
				for _, c := range codes {
					s.actors = append(s.actors, actor{code: c, tok: i, start: t.start, end: t.end, how: byPerson})
				}
			}
			continue
		}
		code, ok := persons[t.w]
		if !ok {
			code = misspeltPerson(persons, t.w) // "Schultz is currently visiting Peking" after "George Shultz"
		}
		if code == "" {
			continue // (a person of no state: "U.N. Syria envoy Staffan de Mistura")
		}
		if i+1 < len(s.toks) && s.toks[i+1].cap && persons[s.toks[i+1].w] == code {
			continue // "Xi Jinping", "Zeng Qinghong": one person, found at the last of its names
		}
		if !coveredBy(ms, t) {
			s.actors = append(s.actors, actor{code: code, tok: i, start: t.start, end: t.end, how: byPerson})
		}
	}
}

// misspeltPerson returns the state of the one known person whose surname w
// misspells by a letter added, dropped or changed ("Schultz" for "Shultz",
// "Gorbachov" for "Gorbachev"); "" when there is none or more than one.
// Short names are left alone: one letter turns "Baker" into "Barker".
func misspeltPerson(persons map[string]string, w string) string {
	if len(w) < 6 || strings.ContainsAny(w, "-.'") {
		return ""
	}
	code, n := "", 0
	for name, c := range persons {
		if len(name) >= 6 && name[0] == w[0] && oneEdit(name, w) {
			if n > 0 && c != code {
				return ""
			}
			code, n = c, n+1
		}
	}
	return code
}

// oneEdit reports whether a and b differ by exactly one letter added,
// dropped or changed.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// dateAt reports whether a date mention starts at token j.
func (s *sent) dateAt(j int) bool {
	for _, d := range s.dates {
		if d.tok == j {
			return true
		}
	}
	return false
}

// cityAt reports whether a large city (not a capital) covers token j.
func (s *sent) cityAt(j int) bool {
	for _, a := range s.actors {
		if a.how == byCity && a.tok == j {
			return true
		}
	}
	return false
}

// actorAt reports whether an explicit country mention covers token j, or
// whether j is the article of a country's name ("the Philippines", "the
// United States"), which rules then read as they read "Kenya".
func (s *sent) actorAt(j int) bool {
	if j < 0 || j >= len(s.toks) {
		return false
	}
	t := s.toks[j]
	if t.w == "the" && j+1 < len(s.toks) {
		t = s.toks[j+1] // "touching down in the Philippines": the article is the name's
		if !slices.ContainsFunc(s.actors, func(a actor) bool { return a.how == string(gazetteer.ByName) && t.start < a.end && a.start < t.end }) {
			return false
		}
	}
	for _, a := range s.actors {
		if a.how != byAnaphora && t.start < a.end && a.start < t.end {
			return true
		}
	}
	return false
}

// modifierBefore, before a bare month, make the month a modifier of the
// noun after it ("a June referendum").
var modifierBefore = set("a", "an", "the", "its", "his", "her", "their", "our", "whose")

// agreeingDay reports whether the date between tok and tokEnd stands
// between a verb of agreeing or deciding and the "to" of what was agreed:
// "agreed on Wednesday to resume peace talks", "decided Monday to hold
// talks". It dates the agreeing, not the talks.
func agreeingDay(toks []token, tok, tokEnd int) bool {
	k := tok - 1
	if k >= 0 && (toks[k].w == "on" || toks[k].w == "in") {
		k-- // "agreed on Wednesday to", "agreed in January to"
	}
	return k >= 0 && agreeingVerbs[toks[k].w] && tokEnd < len(toks) && toks[tokEnd].w == "to"
}

// effectDay reports whether the date at tok tells when something took
// effect or ends ("took effect on Saturday", "entered into force in 1987",
// "comes into effect next month", "expires in 1991", "which began October
// 1"): an accord's
// effective or expiry date, which the gold schema keeps apart from the day
// it was signed or agreed.
func effectDay(toks []token, tok int) bool {
	for k := tok - 1; k >= 1 && k >= tok-7; k-- {
		if expiryWords[toks[k].w] && (k >= tok-3 || toks[k+1].w == "of") {
			// "the agreement expires in 1991", "expiration of the bilateral
			// agreement in March 1988": when it ends, not when it was made
			return true
		}
		if toks[k].punct {
			return false
		}
		if k < tok-3 {
			continue // (farther back, only "<expiry> of" counts)
		}
		if w := toks[k].w; w == "effect" || w == "force" {
			switch toks[k-1].w {
			case "took", "take", "takes", "taking", "into":
				return true
			}
			return false
		}
		if termVerbs[toks[k].w] && (toks[k-1].w == "which" || toks[k-1].w == "that") {
			// "the fourth year of the U.S.-USSR Grains Supply Agreement,
			// which began October 1": a term of the accord, not its making
			return true
		}
	}
	return false
}

// reachesAhead reports whether span v starts after the publication day or
// is a range that ends after it ("in 1987/88", told in 1987); "earlier this
// year" does not.
func reachesAhead(v graph.Span, pub graph.Date) bool {
	if pub.IsZero() {
		return false
	}
	p := pub.First()
	return v.Start.First().After(p) || !v.End.IsZero() && v.End.Last().After(p)
}

// agreedDeedDay reports whether the date at tok, a period reaching past the
// story's day (ahead), tells when a deed agreed to is done ("India had
// agreed to export to Japan about 23 mln tonnes of iron ore in 1987/88"),
// not when it was agreed; an agreement to sign or conclude dates the
// accord ("agreed to sign the treaty on Monday").
func agreedDeedDay(toks []token, tok int, ahead bool) bool {
	if !ahead {
		return false // ("agreed to impose a duty earlier this year": the agreeing's day)
	}
	for k := tok - 1; k >= 2 && k >= tok-12; k-- {
		t := toks[k]
		if t.punct && t.w != "-" && t.w != "/" || isClauseBreak(t) {
			return false
		}
		if _, ok := accordNouns[t.w]; ok || pastForm(t.w) {
			return false // "under a deal with the EU reached on Friday": the nearer verb's day
		}
		if toks[k-1].w == "to" && agreeingVerbs[toks[k-2].w] {
			_, accordVerb := accordVerbs[t.w]
			return !accordVerb && t.w != "sign" && t.w != "conclude" && !t.cap && !determiners[t.w] && !possessives[t.w]
		}
	}
	return false
}

// termVerbs after "which" tell when a term begins or ends.
var termVerbs = set("began", "begins", "begin", "started", "starts", "ended", "ends", "end", "runs", "ran", "closed", "closes")

// expiryWords tell when an accord ends ("expires in 1991", "due to expire
// at the end of 1987", "lapsed in March").
var expiryWords = set("expire", "expires", "expired", "expiring", "expiry", "expiration", "lapse", "lapses", "lapsed")

// agreeingVerbs are verbs of agreeing or deciding that take "to" and a
// verb of what was agreed.
var agreeingVerbs = set("agreed", "decided", "pledged", "promised", "vowed", "undertook", "resolved", "offered", "proposed", "threatened")

// willBefore reports whether "will", "'ll" or "shall", or a firm plan
// ("is due to", "is scheduled to", "plans to"), comes within the eight
// words before token k, in its clause.
func willBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch toks[j].w {
		case "will", "'ll", "shall":
			return true
		case ";", ":":
			return false
		case "due", "scheduled", "set", "expected", "plans", "planning", "intends":
			if j+1 < k && toks[j+1].w == "to" && !pastAuxBefore(toks, j) {
				return true // "is due to visit Japan in December": a plan as firm as "will"; not "was due to"
			}
		}
		if isClauseBreak(toks[j]) {
			return false
		}
	}
	return false
}

// speakingWords open a phrase of the occasion a statement was made at.
var speakingWords = set("speaking", "addressing", "writing", "briefing")

// statementNouns right before a date make it the day of speaking ("in an
// interview today", "in a statement on Monday").
var statementNouns = set("interview", "interviews", "statement", "speech", "remarks", "broadcast", "communique")

// toldWhom reports whether toks[from:to] are only whom something was told
// ("told the Independent on", "told reporters on"), so a date right after
// them is the day of the telling.
func toldWhom(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		t := toks[k]
		switch {
		case t.w == "the" || t.w == "a" || t.w == "on" || t.w == "in" || t.w == "reporters" || t.w == "journalists" ||
			t.w == "lawmakers" || t.w == "parliament" || t.w == "news" || t.w == "conference" || t.w == "television" ||
			t.w == "radio" || t.w == "newspaper" || t.w == "daily" || t.w == "agency":
		case t.cap && !t.punct:
		default:
			return false
		}
	}
	return true
}

// nounAfter reports whether a plain lower-case word that can head a noun
// phrase follows at k ("a Feb. 27 ceasefire"), so the date before it
// modifies that noun.
func nounAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return !t.punct && !t.cap && !placePreps[t.w] && !auxiliaries[t.w] && !reportVerbs[t.w] && t.w != "and" && t.w != "or" &&
		t.w != "when" && t.w != "that" && t.w != "which" && !pastIrregular[t.w] && !strings.HasSuffix(t.w, "ed")
}

// brusselsForEU reads "Brussels" as the European Union in an article that
// names the EU and never Belgium: "if Brussels and Washington fail to wrap
// up talks on a data transfer pact", "would visit Brussels to lobby against
// a proposed EC levy". Where Belgium is named too, the city stays Belgium's
// capital ("Kerry is heading to Brussels" after the Brussels attacks),
// unless it is the partner of talks ("open negotiations directly with
// Brussels").
func brusselsForEU(text string, ms []gazetteer.CountryMention) {
	eu, belgium := false, false
	for _, m := range ms {
		belgium = belgium || m.Code == "BE" && m.How != gazetteer.ByCapital
		eu = eu || m.Code == "EU" && m.How != gazetteer.ByCapital
	}
	if !eu {
		return
	}
	for i, m := range ms {
		if m.Code == "BE" && strings.EqualFold(m.Text, "Brussels") && (!belgium || partnerWith(text, m.Start)) {
			ms[i].Code = "EU"
		}
	}
}

// partnerWith reports whether the mention at start is the partner of
// "negotiations/talks with": "wanted to open negotiations directly with
// Brussels" is the EU's even in a story that names Belgium too.
func partnerWith(text string, start int) bool {
	before := strings.ToLower(text[max(0, start-40):start])
	if !strings.HasSuffix(before, " with ") {
		return false
	}
	after := strings.Fields(text[start:min(len(text), start+30)])
	if len(after) > 1 && cityOfficeWords[strings.ToLower(strings.Trim(after[1], ".,;:"))] {
		return false // "talks with Brussels mayor Yvan Mayeur": the city's own
	}
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "negotiations", "talks", "discussions", "negotiate", "negotiating", "deal", "agreement", "relationship":
			return true
		}
	}
	return false
}

// cityOfficeWords after a city's name make it the city's own: "Brussels
// mayor", "Brussels police".
var cityOfficeWords = set("mayor", "police", "airport", "prosecutor", "prosecutors", "city", "council")

// hasKey reports whether m holds key k, whatever its value.
func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}
