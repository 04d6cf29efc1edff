package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// runeIndex converts byte offsets of a text into rune offsets. For ASCII
// text it is the identity and costs nothing. Otherwise it keeps, for every
// block of runeBlock bytes, the first character start in the block and the
// number of runes before it, and counts the runes from there: a few bytes
// of index per block instead of four per byte.
type runeIndex struct {
	ascii bool
	text  string
	marks []runeMark // marks[k] for the block that starts at byte k*runeBlock
	total int        // runes in text
}

// runeMark is a character start (at, a byte offset, or the end of the text)
// and the number of runes before it.
type runeMark struct{ at, runes int32 }

const runeBlock = 64

func newRuneIndex(text string) runeIndex {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return runeIndex{ascii: true}
	}
	// Counting from one character start to the next decodes each
	// character (and each byte that is not UTF-8) as reading the whole text
	// does: no valid character spans a character start.
	marks := make([]runeMark, len(text)/runeBlock+1)
	from, n := 0, 0
	for k := range marks {
		at := k * runeBlock
		for at < len(text) && !utf8.RuneStart(text[at]) {
			at++
		}
		n += utf8.RuneCountInString(text[from:at])
		marks[k] = runeMark{at: int32(at), runes: int32(n)}
		from = at
	}
	n += utf8.RuneCountInString(text[from:])
	return runeIndex{text: text, marks: marks, total: n}
}

// at returns the rune offset of byte offset b. A byte inside a character,
// or a stray continuation byte, has the offset of the character start
// before it (0 when there is none).
func (ri runeIndex) at(b int) int {
	if ri.ascii {
		return b
	}
	if b < 0 {
		return 0
	}
	if b >= len(ri.text) {
		return ri.total
	}
	for b > 0 && !utf8.RuneStart(ri.text[b]) {
		b--
	}
	if !utf8.RuneStart(ri.text[b]) {
		return 0
	}
	m := ri.marks[b/runeBlock]
	return int(m.runes) + utf8.RuneCountInString(ri.text[m.at:b])
}

func (a *article) evidence(start, end int, ri runeIndex) Evidence {
	return Evidence{Sentence: a.text[start:end], Start: ri.at(start), End: ri.at(end)}
}

// outputEvents turns merged candidates into the contract's events, in
// article order.
func (a *article) outputEvents(cs []*cand, ri runeIndex) []Event {
	out := make([]Event, 0, len(cs))
	pub := a.in.Published
	made := map[string]bool{} // pairs of which the story tells an accord made
	for _, c := range cs {
		if c.ev.Kind == graph.KindAccord && !c.standing && (c.ev.Status == graph.StatusAgreed || c.ev.Status == graph.StatusSigned) &&
			!c.former && !c.longBefore() {
			// (a making told as news: not "the first agreement was signed in 1975")
			made[graph.Pair(c.ev.Participants)] = true
		}
	}
	for _, c := range cs {
		ev := c.ev
		start, end := c.bestEvidence()
		ev.Evidence = a.evidence(start, end, ri)
		if ev.End == ev.Start {
			ev.End = graph.Date{}
		}
		if c.standing && ev.Status == graph.StatusAgreed && ev.Start.IsZero() && !made[graph.Pair(ev.Participants)] {
			// Only ever named, undated, as one the states have ("under
			// the U.S.-Greek bases accord", "the U.S./Soviet grains
			// agreement will be discussed"): an accord in force. (A dated
			// one, "a July 1986 agreement", tells when it was made, and
			// one of a pair whose accord the story tells being made is
			// likely that one: "reached an agreement on semiconductors on
			// Monday. Under the U.S.-Japanese chip pact, ...")
			ev.Status = graph.StatusInForce
		}
		if ev.Start.IsZero() && !pub.IsZero() {
			switch ev.Status {
			case graph.StatusHeld, graph.StatusSigned, graph.StatusAgreed, graph.StatusInForce, graph.StatusCancelled:
				ev.Before = pub
			}
		}
		var names []string
		for _, ag := range c.agencies {
			if !slices.Contains(names, ag.name) {
				names = append(names, ag.name)
			}
		}
		ev.Agencies = names
		ev.Title = title(ev)
		ev.StoryDay = c.storyDay
		ev.Confidence = calibrated(&ev, traits{named: c.names, inferred: c.inferred, forum: a.forum})
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Start < out[j].Evidence.Start })
	return out
}

// title gives an event a short human title an analyst reads at a glance:
// "Cuba–United States meeting on cybercrime", "United States visit to
// Cuba" (visitor first), "Cuba–United States relations restored". Countries
// go by their common names; only the first topic is kept so titles stay
// short.
func title(ev Event) string {
	names := make([]string, len(ev.Participants))
	for i, code := range ev.Participants {
		names[i] = countryName(code)
	}
	var b strings.Builder
	if ev.Kind == graph.KindMeeting && ev.Mode == "visit" && len(names) > 1 {
		b.WriteString(names[0])
		b.WriteString(" visit to ")
		b.WriteString(strings.Join(names[1:], " and "))
	} else {
		b.WriteString(strings.Join(names, "–"))
		b.WriteByte(' ')
		switch ev.Kind {
		case graph.KindMeeting:
			switch ev.Mode {
			case "visit":
				b.WriteString("visit")
			case "phone":
				b.WriteString("phone call")
			case "summit":
				b.WriteString("summit")
			case "talks":
				b.WriteString("talks")
			default:
				b.WriteString("meeting")
			}
		case graph.KindAccord:
			b.WriteString("accord")
		case graph.KindRelations:
			b.WriteString("relations ")
			b.WriteString(ev.Action)
		}
	}
	if len(ev.Topics) > 0 && ev.Kind != graph.KindRelations {
		b.WriteString(" on ")
		b.WriteString(ev.Topics[0])
	}
	return b.String()
}

// countryName is a country's common name ("United States" for US), or the
// code itself when the gazetteer does not know it.
func countryName(code string) string {
	if g, ok := gazetteer.Country(code); ok && g.Name != "" {
		return g.Name
	}
	return code
}

// outputCountries lists the article's actor countries: event participants
// and the story's main pair (not a half of it the story names only by a
// city where something happens, onlyCityPlace), each with the first
// sentence naming it.
func (a *article) outputCountries(evs []Event, ri runeIndex) []Country {
	var codes []string
	for _, c := range a.pair {
		if !slices.Contains(codes, c) && a.namedBeyondDateline(c) && !a.onlyCityPlace(c) && !a.onlyPope(c) {
			codes = append(codes, c)
		}
	}
	for _, e := range evs {
		for _, c := range e.Participants {
			if !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
	}
	// Actors without an event: named as a state, not only as a place
	// ("Tanzania" in a story of a U.S. visit to Tanzania and Kenya).
	for _, c := range a.prominent() {
		if !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	out := make([]Country, 0, len(codes))
	for _, code := range codes {
		c := Country{Code: code, Name: code}
		if g, ok := gazetteer.Country(code); ok {
			c.Name = g.Name
		}
		for _, s := range a.ss {
			found := false
			for _, ac := range s.actors {
				if ac.code == code && ac.explicit() {
					found = true
					break
				}
			}
			if found {
				ev := a.evidence(s.Start, s.End, ri)
				c.Evidence = &ev
				break
			}
		}
		out = append(out, c)
	}
	return out
}

// outputAgencies lists the agencies with a known country, one per
// canonical name and country, with the first sentence naming it and the
// other ways the article writes it.
func (a *article) outputAgencies(ri runeIndex) []Agency {
	out := []Agency{}
	idx := map[string]int{}
	for _, m := range a.agencies {
		if m.Country == "" || m.Name == "" {
			continue
		}
		key := graph.AgencyKey(m.Country, m.Name)
		i, ok := idx[key]
		if !ok {
			ag := Agency{Name: m.Name, Country: m.Country}
			if si := a.sentenceOf(m.Start); si >= 0 {
				ev := a.evidence(a.ss[si].Start, a.ss[si].End, ri)
				ag.Evidence = &ev
			}
			idx[key] = len(out)
			out = append(out, ag)
			i = len(out) - 1
		}
		if m.Text != "" && m.Text != m.Name && !slices.Contains(out[i].Aliases, m.Text) {
			out[i].Aliases = append(out[i].Aliases, m.Text)
		}
	}
	return out
}

// outputDates lists every date mention with rune offsets and its value.
func (a *article) outputDates(ri runeIndex) []Date {
	out := make([]Date, 0, len(a.dates))
	for k, m := range a.dates {
		d := Date{Text: m.Text, Start: ri.at(m.Start), End: ri.at(m.End)}
		if v := a.dateVals[k]; !v.IsZero() {
			s := v.String()
			d.Value = &s
		}
		out = append(out, d)
	}
	return out
}

// prominent returns the countries named as states in the article (by name,
// as a government or through a titled person), not only as a place, in
// order of first mention.
func (a *article) prominent() []string {
	var order []string
	for _, s := range a.ss {
		for _, ac := range s.actors {
			if !ac.explicit() || ac.role != roleState || ac.how == byAgency || s.excluded(ac) || slices.Contains(order, ac.code) ||
				defunct(ac.code, a.in.Published) || gazetteer.Sovereign(ac.code) != "" {
				// A state gone by the story's day is history there ("since
				// the Soviet Union broke up"); a dependent territory ("the
				// French Indian Ocean island of Reunion") is a place unless
				// an event makes it a party.
				continue
			}
			if ac.tok > 0 && placeBefore(s, listStart(s, ac.tok)) {
				continue // "fighting proxy conflicts in Syria and Yemen", "Turkey, which borders Syria, Iraq and Iran": where, not who
			}
			if s.clubbed(ac) {
				continue // "a referendum vote to leave the European Union": a club joined or left, not an actor
			}
			if a.onlyPope(ac.code) {
				continue
			}
			order = append(order, ac.code)
		}
	}
	return order
}

// onlyPope reports whether the article names the Holy See (code VA) only
// by its pope ("insults of Pope Francis"): the church's head, not a state
// of the story, unless an event makes it a party.
func (a *article) onlyPope(code string) bool {
	if code != "VA" {
		return false
	}
	for _, s := range a.ss {
		for _, ac := range s.actors {
			if ac.code == code && ac.explicit() && ac.how != byPerson {
				return false
			}
		}
	}
	return true
}

// onlyCityPlace reports whether the article names country code only by a
// city where something happens ("said one economist for a London broker",
// "when he is in Washington for the IMF meeting", "stops in Peking and
// Seoul"): a place of the story, not one of its states, unless an event
// makes it a party.
func (a *article) onlyCityPlace(code string) bool {
	if slices.Contains(a.titled, code) {
		return false
	}
	for _, s := range a.ss {
		for _, ac := range s.actors {
			if ac.code == code && ac.explicit() && !(ac.how == string(gazetteer.ByCapital) && ac.role != roleState) {
				return false
			}
		}
	}
	return true
}

// namedBeyondDateline reports whether the article names country code
// somewhere else than in a dateline ("BAHRAIN - Iran reported ..."): in
// its title or a sentence.
func (a *article) namedBeyondDateline(code string) bool {
	if slices.Contains(a.titled, code) {
		return true
	}
	for _, s := range a.ss {
		for _, ac := range s.actors {
			if ac.code == code && ac.explicit() && !s.excluded(ac) && !s.currencyOrFormer(ac) && !s.clubbed(ac) && !(s.firmName(ac, false) && !s.stateBodyAt(ac)) {
				return true
			}
		}
	}
	return false
}

// stateBodyAt reports whether the mention lies in the name of its state's
// own agency ("the Bank of England"): no firm's name.
func (s *sent) stateBodyAt(ac actor) bool {
	for _, m := range s.agencies {
		if m.Country == ac.code && m.Start <= ac.start && ac.end <= m.End {
			return true
		}
	}
	return false
}

// currencyOrFormer reports whether the mention only names a currency
// ("9.16 million U.S. dollars") or a land that was ("the former
// Yugoslavia"): no country of the story, though an owner or a place
// otherwise counts.
func (s *sent) currencyOrFormer(ac actor) bool {
	k := tokenAt(s.toks, ac.end-1) + 1
	if k < len(s.toks) && currencyWords[s.toks[k].w] || k+1 < len(s.toks) && s.toks[k].w == "-" && currencyWords[s.toks[k+1].w] {
		return true // ("a 100 million-U.S.-dollar research center")
	}
	if k < len(s.toks) && (moneyNames[s.toks[k].w] || ac.how == string(gazetteer.ByDemonym) && !s.toks[k].cap && demonymMoney[s.toks[k].w]) {
		return true // "25 mln Swiss francs", "300 mln Luxembourg francs", "The Danish crown started at 26.48 marks"
	}
	if k < len(s.toks) && s.toks[k].w == "$" && k == ac.tok+1 && ac.how == string(gazetteer.ByName) {
		return true // "(US$1.55 million)"
	}
	// "the former Yugoslavia"; not "former U.S. Attorney General", an officer who was
	return ac.tok > 0 && s.toks[ac.tok-1].w == "former" && ac.how == string(gazetteer.ByName) && !abbreviation(s.toks[ac.tok].raw) &&
		(k >= len(s.toks) || !s.toks[k].cap && !titleWords[s.toks[k].w])
}

// currencyWords name money after a country ("U.S. dollars", "Hong Kong
// dollars", "Japanese yen").
var currencyWords = set("dollar", "dollars", "dlr", "dlrs", "cents", "yen", "currency")

// moneyNames after a country's name or people name its money and nothing
// else: "Swiss francs", "Luxembourg francs", "49 U.S. cts".
var moneyNames = set("franc", "francs", "cts", "krona", "kronor", "krone", "kroner", "lira", "lire", "peso", "pesos",
	"rupee", "rupees", "riyal", "riyals", "rial", "rials", "shilling", "shillings", "guilder", "guilders", "escudo",
	"escudos", "peseta", "pesetas", "drachma", "drachmas", "dinar", "dinars", "yuan", "renminbi", "ruble", "rubles",
	"rouble", "roubles", "forint", "zloty", "zlotys", "baht", "ringgit", "rupiah", "shekel", "shekels")

// demonymMoney after a people's word, in lower case, name its money: "the
// Danish crown", "West German marks", "the British pound" (not "Japan
// marks the day", "Israel pounds Gaza": after a name they are verbs).
var demonymMoney = set("crown", "crowns", "mark", "marks", "pound", "pounds", "won", "rand")

// clubbed reports whether the mention names a union of states that
// someone joins, leaves, presides or is a member of ("to leave the
// European Union", "joined both NATO and the European Union", "the UK's
// presidency of the G8 and EU"): a club, not an actor of the story.
func (s *sent) clubbed(ac actor) bool {
	if ac.code != "EU" {
		return false
	}
	if e := tokenAt(s.toks, ac.end-1) + 1; e < len(s.toks) && memberNouns[s.toks[e].w] {
		return true // "counterparts from other EU countries", "EU member states": its members, not the union
	}
	if ac.tok == 0 {
		return false
	}
	for j, n := listStart(s, ac.tok)-1, 0; j >= 0 && n < 6; j, n = j-1, n+1 {
		w := s.toks[j].w
		switch {
		case clubVerbs[w]:
			return true
		case w == "of" && j > 0 && clubHolders[s.toks[j-1].w]:
			return true // "the UK's presidency of the G8 and EU", "membership of the EU"
		case w == "the" || w == "both" || w == "and" || w == "," || s.toks[j].cap && !s.toks[j].punct:
			continue // "both NATO and the"
		}
		return false
	}
	return false
}

// memberNouns after a union name its members.
var memberNouns = set("countries", "nations", "states", "member", "members", "partners", "governments")

// clubVerbs join or leave a union of states.
var clubVerbs = set("join", "joins", "joined", "joining", "rejoin", "rejoined", "leave", "leaves", "leaving", "quit", "quits",
	"quitting", "exit", "exits", "exiting")

// clubHolders before "of" hold a seat in a union of states.
var clubHolders = set("presidency", "chairmanship", "membership", "member", "members")

// inPlace are prepositions that make a country a location.
var inPlace = set("in", "at", "across", "throughout", "inside", "near", "within", "borders", "bordering", "neighbouring",
	"neighboring", "neighbours", "neighbors")

// placeBefore reports whether the countries listed from token k are a
// place: a place word before them ("in Syria and Yemen"), or before a
// town named with them ("in Davos, Switzerland", "listed in New York and
// London").
func placeBefore(s *sent, k int) bool {
	j := k - 1
	if j < 0 {
		return false
	}
	if inPlace[s.toks[j].w] {
		return true
	}
	if j < 2 || s.toks[j].w != "," && s.toks[j].w != "and" {
		return false
	}
	n := 0
	for j--; j >= 0 && n < 4 && s.toks[j].cap && !s.toks[j].punct && !s.anyActorAt(j); j-- {
		n++
	}
	return n > 0 && j >= 0 && inPlace[s.toks[j].w]
}

// listStart returns the first token of the list of countries that token k
// ends or sits in ("Syria, Iraq and Iran"), or k.
func listStart(s *sent, k int) int {
	for k >= 2 && (s.toks[k-1].w == "," || s.toks[k-1].w == "and" || s.toks[k-1].w == "or") && s.anyActorAt(k-2) {
		k -= 2
		for k > 0 && s.anyActorAt(k-1) && !s.toks[k-1].punct {
			k-- // a name of several words ("Saudi Arabia")
		}
	}
	if k < 1 {
		return 1
	}
	return k
}
