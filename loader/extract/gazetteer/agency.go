package gazetteer

import (
	"sort"
	"strings"
	"unicode"
)

// namedPat is one named agency split into tokens.
type namedPat struct {
	toks []string // as written, for caseFits
	fold []string // folded, to compare with the scanner's folded tokens
	n    named
}

// namedIdx maps the folded first token of a named agency to its patterns,
// longest first. Built by buildAgencies (through load), only read afterwards.
var namedIdx = map[string][]namedPat{}

// namedByFold maps a folded named agency to its entry, for Canonical.
var namedByFold = map[string]named{}

// buildAgencies fills namedIdx and namedByFold.
func buildAgencies() {
	for _, n := range namedAgencies {
		t := tokensOf(n.text)
		f := make([]string, len(t))
		for i, w := range t {
			f[i] = foldString(w)
		}
		namedIdx[f[0]] = append(namedIdx[f[0]], namedPat{t, f, n})
		namedByFold[foldString(strings.Join(t, " "))] = n
	}
	for k, ps := range namedIdx {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		namedIdx[k] = ps
		headKinds[k] |= headNamed
	}
	for w := range nationalWords {
		headKinds[foldString(w)] |= headNational
	}
	for _, heads := range []map[string]string{ofHeads, ministryHeads, topicHeads, qualifiedHeads} {
		for k := range heads {
			headKinds[k] |= headGeneric
		}
	}
	for k := range qualifiedPairFirst {
		headKinds[k] |= headGeneric
	}
}

// Kinds of rules that can match at a folded token (headKinds).
const (
	headNamed    uint8 = 1 << iota // a named agency starts with it (namedIdx)
	headNational                   // a nationalWords word, in some case
	headGeneric                    // in ofHeads, ministryHeads, topicHeads, qualifiedHeads or qualifiedPairFirst
)

// headKinds maps a folded token to the kinds of rules that can match at
// it, so that match looks most tokens up once rather than in every table.
// Built by buildAgencies, only read afterwards.
var headKinds = map[string]uint8{}

// agencyScanner holds the state of one FindAgencies call.
type agencyScanner struct {
	scanner
	sentence []int // sentence number of each token
	cover    []int // index of the country mention covering each token, or -1
	ms       []CountryMention
	fallback string
	home     string
}

// abbrevs end with a period that does not end a sentence.
var abbrevs = wordSet(`Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Capt Maj Sgt Prof St Jr Sr Inc Corp Co Ltd No Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Mt Ft Adm Cmdr Amb Pres Vol`)

func newAgencyScanner(t *Text, ms []CountryMention, fallback string) *agencyScanner {
	a := &agencyScanner{scanner: t.scanner(), ms: ms, fallback: fallback}
	n := len(a.toks)
	a.sentence = make([]int, n)
	a.cover = make([]int, n)
	sent := 0
	for i := range a.toks {
		if i > 0 && (a.toks[i].brk || a.endsSentence(i-1)) {
			sent++
		}
		a.sentence[i] = sent
		a.cover[i] = -1
	}
	m := 0
	for i, t := range a.toks {
		for m < len(ms) && ms[m].End <= t.start {
			m++
		}
		if m < len(ms) && ms[m].Start <= t.start && t.end <= ms[m].End {
			a.cover[i] = m
		}
	}
	return a
}

// endsSentence reports whether token i is a full stop that ends a sentence.
func (a *agencyScanner) endsSentence(i int) bool {
	t := a.tok(i)
	if t == "!" || t == "?" {
		return true
	}
	if t != "." || i+1 >= len(a.toks) {
		return false
	}
	next := a.wordAt(i + 1)
	if next == "" || !isCapitalized(next) {
		return a.toks[i+1].brk
	}
	prev := a.wordAt(i - 1)
	if len(prev) == 1 && isUpperWord(prev) || abbrevs[prev] {
		return false // "U.S. State Department", "Gen. Smith"
	}
	return true
}

// clauseBreak are the marks after which a country no longer qualifies an
// agency by nearness.
var clauseBreak = map[string]bool{",": true, ";": true, ":": true, "\"": true, "\u201c": true, "\u201d": true, "(": true, ")": true}

// agencyCand is an agency found before its country is resolved.
type agencyCand struct {
	i, j      int // token span of the whole expression
	name      string
	country   string // from the lexicon, when the text names none
	qualified bool   // needs a country named before or after it
	place     string
}

// FindAgencies returns the agency mentions in text, in order. countries are
// the country mentions of the same text (from FindCountries; nil finds
// them). An agency's country comes from a country, demonym or possessive
// right before it ("Cuban", "the U.S.", "Cuba's") or "of X" right after it;
// embassies belong to the sending country ("the U.S. embassy in Havana" is
// US); then from the lexicon ("State Department" is US); then from the
// nearest country mention before it in the same clause; then, inside a
// quotation, the country of the officer it is attributed to; then the home
// country of the story (FindAgenciesWith); then the one country named
// before it in the sentence; then fallback (the article's main country, ""
// when unknown). Generic bodies (police, navy, embassy, parliament in lower
// case) are returned only when a country is named with them; a capital
// before an embassy says where it is, not whose. A state body the lexicon
// does not list is read by its proper name right after its country
// ("Jordan's Natural Resources Authority", "the Danish International
// Development Agency"; see ownedName).
func FindAgencies(text string, countries []CountryMention, fallback string) []AgencyMention {
	return FindAgenciesWith(text, countries, AgencyContext{Fallback: fallback})
}

// AgencyContext is what the article tells about whose agencies it names.
type AgencyContext struct {
	// Fallback is the country of an agency nothing else places: the
	// article's main country, "" when unknown.
	Fallback string
	// Home is the country the story is filed from (its dateline), "" when
	// unknown. A wire reporter in Beijing who writes "Foreign Ministry
	// spokeswoman" means China's, even after another country in the
	// sentence; Home wins over countries named across a clause break.
	Home string
}

// FindAgenciesWith is FindAgencies with the article's context.
func FindAgenciesWith(text string, countries []CountryMention, ctx AgencyContext) []AgencyMention {
	return NewText(text).Agencies(countries, ctx)
}

// Agencies is FindAgenciesWith on the text; countries nil finds them.
func (t *Text) Agencies(countries []CountryMention, ctx AgencyContext) []AgencyMention {
	load()
	if countries == nil {
		countries = t.Countries()
	}
	text := t.text
	a := newAgencyScanner(t, countries, ctx.Fallback)
	a.home = ctx.Home
	var out []AgencyMention
	for i := 0; i < len(a.toks); {
		cs, next := a.match(i)
		if len(cs) == 0 {
			i++
			continue
		}
		for _, c := range cs {
			if a.notNational(c) || a.seatAsPlace(c) {
				continue
			}
			code, ok := a.country(c)
			if !ok {
				continue
			}
			if alt := sharedCanonical[c.name]; alt != "" && code != "GB" {
				c.name = alt // Pakistan's "Foreign Office" is its Ministry of Foreign Affairs
			}
			out = append(out, AgencyMention{
				Name: c.name, Country: code, Text: text[a.toks[c.i].start:a.toks[c.j].end],
				Start: a.toks[c.i].start, End: a.toks[c.j].end, Place: c.place,
			})
		}
		i = next
	}
	return out
}

// seatNames are the bodies named by their building: "in the Kremlin",
// "at the White House" and "visit Downing Street" name where, not who.
var seatNames = map[string]bool{"White House": true, "Kremlin": true, "Downing Street": true, "Elysee": true, "Élysée": true}

// seatAsPlace reports whether c is a seat of government named as a place:
// after "in", "at", "to", "from", "inside", "outside" or a form of "visit",
// "the" between.
func (a *agencyScanner) seatAsPlace(c agencyCand) bool {
	if !seatNames[a.text[a.toks[c.i].start:a.toks[c.j].end]] {
		return false
	}
	k := c.i - 1
	if k >= 0 && a.fold[k] == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch a.fold[k] {
	case "in", "at", "to", "from", "inside", "outside", "visit", "visits", "visited", "visiting":
	default:
		return false
	}
	if n := c.j + 1; n < len(a.toks) && a.toks[n].word && !isCapitalized(a.tok(n)) && !placeFollowers[a.fold[n]] {
		return false // "in reaction to the White House statement": the seat's statement
	}
	return true
}

// placeFollowers may follow a seat of government named as a place: "in the
// Kremlin on Wednesday", "at the White House with the Israeli leader".
var placeFollowers = map[string]bool{"on": true, "in": true, "for": true, "with": true, "and": true, "to": true, "last": true,
	"this": true, "next": true, "where": true, "after": true, "before": true, "when": true, "as": true, "during": true,
	"amid": true, "since": true, "until": true, "earlier": true, "later": true, "today": true, "yesterday": true}

// notNational reports whether a matched body is no state's own: one of the
// United Nations ("the United Nations High Commission for Refugees", "the
// U.N. Security Council"), one of a U.S. state ("the Texas Department of
// Agriculture"), or a state's turn at the head of a bloc ("the UK's
// presidency of the G8").
func (a *agencyScanner) notNational(c agencyCand) bool {
	if c.i > 0 && !a.toks[c.i].brk {
		switch a.fold[c.i-1] {
		case "u.n.", "u.n", "un":
			return a.tok(c.i-1) != "un"
		case "nations":
			return c.i > 1 && a.fold[c.i-2] == "united"
		}
	}
	if c.i > 0 && !a.toks[c.i].brk && a.cover[c.i-1] < 0 && usStateNames[a.tok(c.i-1)] && a.tok(c.i) != "Federal" && a.tok(c.i) != "Fed" {
		// "the California Department of Savings and Loans", "the New
		// Mexico Department of Health": a U.S. state's own; not "the New
		// York Federal Reserve" or "New York Fed", nor "the Mexico
		// Finance Ministry", whose Mexico the country finder read as the
		// country.
		return true
	}
	return c.name == "Presidency" && c.j+1 < len(a.toks) && a.fold[c.j+1] == "of"
}

// caseFits reports whether token k, written t, fits pattern word p.
func (a *agencyScanner) caseFits(k int, p string) bool {
	t := a.tok(k)
	return t == p || !a.toks[k].word || isUpperWord(t) && len(p) > 3 || a.lower && isLowerWord(t)
}

// namedAt matches the lexicon's named agencies at token i, longest first.
func (a *agencyScanner) namedAt(i int) (agencyCand, bool) {
	for _, p := range namedIdx[a.fold[i]] {
		j := i + len(p.toks) - 1
		if j >= len(a.toks) {
			continue
		}
		ok := true
		for k := range p.toks {
			if a.fold[i+k] != p.fold[k] || !a.caseFits(i+k, p.toks[k]) || k > 0 && a.toks[i+k].brk {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if p.n.name == "Parliament" || p.n.name == "Senate" || p.n.name == "Congress" {
			if !isCapitalized(a.tok(i)) && !a.lower {
				break // lower case: a generic noun, handled below
			}
		}
		if p.n.text == "Fed" && (a.lower || i+1 < len(a.toks) && a.fold[i+1] == "up") { // (caseFits admits only "Fed" itself otherwise)
			break // "the Fed" is the Federal Reserve; not "fed" nor "Fed up with"
		}
		if p.n.name == "Congress" && i > 0 && !a.toks[i].brk && isCapitalized(a.tok(i-1)) && a.cover[i-1] < 0 && !a.lower &&
			a.fold[i-1] != "the" && !strings.Contains(a.tok(i-1), "-") {
			break // "African National Congress", "World Jewish Congress": a body's own name
		}
		if p.n.text == "FSB" && i > 0 && !a.toks[i].brk && (a.fold[i-1] == "," || isCapitalized(a.tok(i-1)) && a.cover[i-1] < 0 && !leadWords[a.fold[i-1]]) {
			break // "Lincoln Savings Bank FSB", "Goldome FSB": a federal savings bank's legal form, not Russia's security service
		}
		if p.n.name == "Central Bank" && p.toks[0] == "Bank" && i > 0 && !a.toks[i].brk && isCapitalized(a.tok(i-1)) && !isUpperWord(a.tok(i-1)) &&
			!finePrev[a.tok(i-1)] && a.cover[i-1] < 0 && !a.lower && a.fold[i-1] != "the" && !strings.Contains(a.tok(i-1), "-") {
			break // "Royal Bank of Canada", "Industrial Bank of Japan": a commercial bank's own name
		}
		return agencyCand{i: i, j: j, name: p.n.name, country: p.n.country}, true
	}
	return agencyCand{}, false
}

// match returns the agencies whose expression starts at (or, for "X
// Ministry", has its head at) token i, and the token to continue from.
func (a *agencyScanner) match(i int) ([]agencyCand, int) {
	f := a.fold[i]
	kinds := headKinds[f]
	if c, ok := a.ownedName(i); ok {
		if n, ok := a.namedAt(i); ok && n.j < c.i {
			return []agencyCand{n, c}, c.j + 1 // "the Pentagon's Defense Security Service": both
		}
		return []agencyCand{c}, c.j + 1
	}
	// Named agencies, longest first.
	if kinds&headNamed != 0 {
		if c, ok := a.namedAt(i); ok {
			return []agencyCand{c}, c.j + 1
		}
	}
	if kinds&headNational != 0 {
		if c, ok := a.nationalName(i); ok {
			return []agencyCand{c}, c.j + 1
		}
	}
	if c, ok := a.definiteName(i); ok {
		return []agencyCand{c}, c.j + 1
	}
	if kinds&headGeneric == 0 {
		return nil, i + 1 // (the rules below all start with a head word)
	}
	// "the ministries of the Interior and Foreign Affairs", "Ministry of
	// Foreign Affairs", "Office of the Trade Representative".
	if head, ok := ofHeads[f]; ok && i+2 < len(a.toks) && (a.fold[i+1] == "of" || a.fold[i+1] == "for") {
		_, isMin := ministryHeads[f]
		if isMin || isCapitalized(a.tok(i)) {
			plural := strings.HasSuffix(f, "ies") || strings.HasSuffix(f, "ments")
			if cs, end := a.ofList(i, head, plural); len(cs) > 0 {
				return cs, end + 1
			}
		}
	}
	// "Foreign Ministry", "State Department", "foreign and interior ministries".
	if head, ok := ministryHeads[f]; ok {
		if cs := a.topicBefore(i, head); len(cs) > 0 {
			if a.ownedByNonState(cs[len(cs)-1].i, i) {
				return nil, i + 1 // "the city's public works department", "a hospital emergency department"
			}
			return cs, i + 1
		}
	}
	// "the Turkish intelligence agency", "Turkish immigration authorities":
	// a known subject and a generic head, named only with a country.
	if head, ok := topicHeads[f]; ok && !a.lower && !isCapitalized(a.tok(i)) && !a.modifies(i) { // (capitalised names: ownedName; not "service providers")
		if cs := a.topicBefore(i, head); len(cs) == 1 && !vagueTopics[foldString(a.text[a.toks[cs[0].i].start:a.toks[i-1].end])] {
			t := strings.TrimPrefix(cs[0].name, head+" of ")
			return a.qualified(cs[0].i, i, titleCase(t+" "+a.tok(i))), i + 1
		}
	}
	// Generic heads that need a country: "Kenyan police", "U.S. embassy".
	if i+1 < len(a.toks) && qualifiedPairFirst[f] {
		if name, ok := qualifiedPairs[f+" "+a.fold[i+1]]; ok {
			if a.forcesInTheField(i, i+1, name) {
				return nil, i + 2
			}
			return a.qualified(i, i+1, name), i + 2
		}
	}
	if name, ok := qualifiedHeads[f]; ok && name != "" {
		if adjectival[f] && a.modifies(i) {
			return nil, i + 1 // "Japan's military moves": an adjective, not the armed forces
		}
		if a.forcesInTheField(i, i, name) {
			return nil, i + 1
		}
		return a.qualified(i, i, name), i + 1
	}
	return nil, i + 1
}

// possessiveAt reports whether tokens k and k+1 are a possessive "'s".
func (a *agencyScanner) possessiveAt(k int) bool {
	return k+1 < len(a.toks) && a.fold[k] == "'" && a.fold[k+1] == "s"
}

// militaryNames are the canonical names of a state's armed services.
var militaryNames = map[string]bool{"Army": true, "Navy": true, "Armed Forces": true, "Air Force": true, "Security Forces": true}

// forcesInTheField reports whether the generic military head at tokens
// i..j (canonical name) is written in lower case in a text that has
// capitals and does not speak: "the Syrian army was refraining from", "the
// U.S. military was already increasing deployments", "Iran's security
// forces" are a state's forces at work, which annotators leave out. "The
// U.S. Air Force", "U.S. Navy officials" name the service as a body, and
// "the U.S. military declined to comment", "the Russian military said"
// speak for it: agencies.
func (a *agencyScanner) forcesInTheField(i, j int, name string) bool {
	if !militaryNames[name] || a.lower || isCapitalized(a.tok(i)) {
		return false
	}
	if j+1 >= len(a.toks) || a.toks[j+1].brk {
		return true
	}
	next := j + 1
	if a.possessiveAt(next) && next+2 < len(a.toks) {
		next += 2 // "the U.S. military's European Command"
	}
	if a.toks[next].word && isCapitalized(a.tok(next)) {
		return false // "the U.S. military's European Command", "the Turkish military General Staff": a body of it
	}
	// It speaks: "the army said", "The Turkish military on Wednesday
	// said", "the Egyptian army's spokesman", "according to the Syrian
	// army", "a spokeswoman for the U.S. military".
	for k := i - 1; k >= 1 && k >= i-6 && a.sentence[k] == a.sentence[i]; k-- {
		if a.fold[k] == "to" && a.fold[k-1] == "according" || a.fold[k] == "for" && militaryVoice[a.fold[k-1]] {
			return false
		}
	}
	if militaryVoice[a.fold[next]] || a.fold[next] == "official" || a.fold[next] == "source" {
		return false // "a Syrian military source", "a senior U.S. military official"
	}
	k := j + 1
	if a.fold[k] == "," {
		// An aside ("The Turkish military, in a statement, said"): the
		// word after it; not "sales to the U.S. military, he said".
		for k++; k < len(a.toks) && k <= j+6 && a.sentence[k] == a.sentence[i] && a.toks[k].word; k++ {
		}
		if k < len(a.toks) && a.fold[k] == "," && k+1 < len(a.toks) && militaryVoice[a.fold[k+1]] {
			return false
		}
		return true
	}
	for ; k < len(a.toks) && k <= j+6 && a.sentence[k] == a.sentence[i] && (a.toks[k].word || a.fold[k] == "'"); k++ {
		if militaryVoice[a.fold[k]] {
			return false
		}
	}
	return true
}

// militaryVoice are the words that make a military speak as a body: "the
// army said", "military spokesman", "military officials".
var militaryVoice = wordSet(`said says say declined denied denies confirmed confirms announced announces warned warns added
claimed claims accused accuses tweeted issued identified comment commented statement statements
spokesman spokeswoman spokesperson officials sources chief chiefs commander commanders command leaders`)

// properHeads end the proper name of a state body: "Natural Resources
// Authority", "National Park Service", "International Development Agency".
var properHeads = map[string]bool{"Agency": true, "Authority": true, "Service": true, "Administration": true,
	"Bureau": true, "Commission": true, "Office": true, "Directorate": true, "Inspectorate": true,
	"Board": true, "Institute": true, "Council": true, "Command": true}

// notStateWords make a proper name a news outlet, a trade body or a firm,
// not a state body ("Saudi Press Agency", "American Farm Bureau", "Canadian
// Bond Rating Service"), a city service ("Metropolitan Police Department"),
// or a body about the country rather than of it ("the Taiwan Affairs
// Office").
var notStateWords = map[string]bool{"News": true, "Press": true, "Broadcasting": true, "Television": true, "Radio": true,
	"Farm": true, "Producers": true, "Growers": true, "Industry": true, "Industries": true, "Business": true,
	"Rating": true, "Data": true, "Refugee": true, "Manufacturers": true, "Exporters": true, "Importers": true,
	"Association": true, "Chamber": true, "Affairs": true, "Police": true, "Fire": true, "Reuter": true, "Reuters": true,
	"Advertising": true}

// notStateTopics are subjects that make a "Council of ..." or "Bureau of
// ..." a union's or a trade's body, no state's (as "Technology" alone
// makes an "Institute of Technology" a school).
var notStateTopics = wordSet(`unions union metal metals`)

// nameTail returns the last token of a proper name whose head is at j,
// past an "of/for ..." tail of capitalised words ("Public Authority for
// Investment", "State Administration for Industry and Commerce"); i is the
// name's first token.
func (a *agencyScanner) nameTail(j, i int) int {
	if j+2 < len(a.toks) && (a.fold[j+1] == "for" || a.fold[j+1] == "of") && isCapitalized(a.tok(j+2)) && a.cover[j+2] < 0 {
		j += 2
		for j+1 < len(a.toks) && a.toks[j+1].word && (isCapitalized(a.tok(j+1)) || a.fold[j+1] == "and") && a.cover[j+1] < 0 && a.sentence[j+1] == a.sentence[i] {
			j++
		}
		for a.fold[j] == "and" {
			j--
		}
	}
	return j
}

// nationalWords open the proper names of a state's own bodies.
var nationalWords = map[string]bool{"National": true, "State": true, "Federal": true}

// nationalName reads the proper name of a state body that opens with
// "National", "State" or "Federal" and ends in one of properHeads, with no
// country before it: "the National Aerospace Development Agency", "The
// State Administration for Industry and Commerce". Its country comes from
// the context, as for "the Foreign Ministry".
func (a *agencyScanner) nationalName(i int) (agencyCand, bool) {
	if a.lower || !nationalWords[a.tok(i)] || a.cover[i] >= 0 || i > 0 && a.toks[i-1].word && isCapitalized(a.tok(i-1)) && a.fold[i-1] != "the" {
		return agencyCand{}, false
	}
	head := -1
	for k := i + 1; k < len(a.toks) && k < i+6 && a.sentence[k] == a.sentence[i] && a.toks[k].word && isCapitalized(a.tok(k)) && a.cover[k] < 0; k++ {
		if notStateWords[a.tok(k)] {
			return agencyCand{}, false
		}
		if properHeads[a.tok(k)] {
			head = k
		}
	}
	if head < 0 {
		return agencyCand{}, false
	}
	j := a.nameTail(head, i)
	if head == i+1 && (j == head || a.tok(head) == "Council" || a.tok(head) == "Institute" || a.tok(head) == "Board") {
		return agencyCand{}, false // "the National Commission": too bare to name one body; not "the State Administration for Industry and Commerce"
	}
	if _, ok := a.namedAt(i + 1); ok {
		return agencyCand{}, false // "the Federal Environmental Protection Agency": the lexicon reads the rest
	}
	return agencyCand{i: i, j: j, name: a.text[a.toks[i].start:a.toks[j].end]}, true
}

// definiteHeads end the proper names of a state's executive bodies that
// news writes with "the" alone, the state being the story's: "the Customs
// Bureau", "the Immigration Service".
var definiteHeads = map[string]bool{"Bureau": true, "Service": true, "Administration": true, "Agency": true,
	"Directorate": true, "Inspectorate": true, "Command": true}

// supranational words open the names of bodies of many states ("the
// International Atomic Energy Agency", "the European Space Agency").
var supranational = map[string]bool{"International": true, "European": true, "World": true, "Asian": true, "African": true,
	"Arab": true, "Islamic": true, "Nordic": true, "Pan": true, "Inter-American": true, "Multilateral": true, "Global": true}

// usStateNames are the states of the United States, whose own bodies
// ("the Georgia Bureau of Investigation") are not the country's.
var usStateNames = wordSet(`Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah
Vermont Virginia Washington Wisconsin Wyoming`)

// nameParticles continue a name in another language ("Bureau de
// Change").
var nameParticles = wordSet(`de des du di da del della van von`)

// definiteName reads such a name: "the", one to three capitalised words,
// and one of definiteHeads, with nothing capitalised after it and no
// country in it (ownedName reads those). Its country comes from the
// context, as for "the Foreign Ministry".
func (a *agencyScanner) definiteName(i int) (agencyCand, bool) {
	if a.lower || i == 0 || a.fold[i-1] != "the" || a.toks[i].brk || !isCapitalized(a.tok(i)) || isUpperWord(a.tok(i)) {
		return agencyCand{}, false
	}
	head := -1
	for k := i; k < len(a.toks) && k <= i+3 && a.sentence[k] == a.sentence[i] && a.toks[k].word && isCapitalized(a.tok(k)) && a.cover[k] < 0; k++ {
		if notStateWords[a.tok(k)] || nationalWords[a.tok(k)] && k == i || supranational[a.tok(k)] || usStateNames[a.tok(k)] {
			// "the National ..." is nationalName's; "the International
			// Energy Agency" is no state's; "the Texas Education Agency"
			// is a U.S. state's, not the country's.
			return agencyCand{}, false
		}
		if definiteHeads[a.tok(k)] && k > i {
			head = k
			break
		}
	}
	if head < 0 || head+1 < len(a.toks) && a.toks[head+1].word && (isCapitalized(a.tok(head+1)) || nameParticles[a.fold[head+1]]) && !a.toks[head+1].brk {
		return agencyCand{}, false // (not "the Madison Bureau de Change")
	}
	if a.tok(head) == "Administration" && head == i+1 && !(head+2 < len(a.toks) && a.fold[head+1] == "of" && isCapitalized(a.tok(head+2))) {
		return agencyCand{}, false // "the Reagan Administration": a president's government, not one body ("the Cyberspace Administration of China" is one)
	}
	j := a.nameTail(head, i) // (match reads the lexicon's names, "the Central Intelligence Agency", before this)
	return agencyCand{i: i, j: j, name: a.text[a.toks[i].start:a.toks[j].end]}, true
}

// ownedName reads a state body's proper name right after the country that
// owns it, when the lexicon does not know it: "Jordan's Natural Resources
// Authority", "the U.S. National Park Service", "the Danish International
// Development Agency" (a demonym that opens the name stays in it), with an
// "of/for ..." tail ("Egypt's Public Authority for Investment"). The words
// are capitalised and end in one of properHeads; news outlets are left out.
func (a *agencyScanner) ownedName(i int) (agencyCand, bool) {
	m := a.cover[i]
	if m < 0 || a.lower || i > 0 && a.cover[i-1] == m {
		return agencyCand{}, false
	}
	if i >= 2 && (a.tok(i-1) == "-" || a.tok(i-1) == "–") && a.cover[i-2] >= 0 && a.cover[i-2] != m {
		return agencyCand{}, false // "the Kenya-Tanzania Joint Commission": a body of the pair, no one state's
	}
	e := i
	for e+1 < len(a.toks) && a.cover[e+1] == m {
		e++
	}
	k := e + 1
	possessive := a.possessiveAt(k)
	if possessive {
		k += 2
	} else if a.ms[m].How == ByCapital {
		return agencyCand{}, false // "the Brussels Executive Commission": a place, not an owner
	}
	start, head := k, -1
	for ; k < len(a.toks) && k < start+6 && a.sentence[k] == a.sentence[i] && a.toks[k].word && isCapitalized(a.tok(k)) && a.cover[k] < 0; k++ {
		if notStateWords[a.tok(k)] {
			return agencyCand{}, false
		}
		if mh, ok := ministryHeads[a.fold[k]]; ok {
			if len(a.topicBefore(k, mh)) > 0 || k == start {
				return agencyCand{}, false // "Agriculture Department", "Defence Ministry": the ministry rules name those
			}
			head = k // "the Bangladesh Criminal Investigation Department"
			break
		}
		if properHeads[a.tok(k)] {
			head = k
		}
	}
	if head <= start {
		return agencyCand{}, false // a bare head: "Iran's Council"
	}
	if a.tok(i) == "American" && (a.tok(head) == "Institute" || a.tok(head) == "Council") {
		return agencyCand{}, false // "American Petroleum Institute", "American Enterprise Institute": trade and policy bodies
	}
	if _, ok := a.namedAt(start); ok {
		return agencyCand{}, false // a name the lexicon reads itself: "China's State Council"
	}
	j := a.nameTail(head, i)
	if j == head+2 && a.fold[head+1] == "of" && a.fold[j] == "technology" {
		return agencyCand{}, false // "the Swiss Federal Institute of Technology": a school
	}
	from := start
	if !possessive && (a.ms[m].How == ByDemonym || a.ms[m].How == ByName && i == e && !isUpperWord(a.tok(i)) && !strings.Contains(a.tok(i), ".")) {
		from = i // "the Danish International Development Agency", "the Bahrain Monetary Agency"; not "U.S." or "EC"
	}
	name := a.text[a.toks[from].start:a.toks[j].end]
	if a.ms[m].Code == "EU" && name == "Executive Commission" {
		name = "European Commission" // "the EC Executive Commission"
	}
	return agencyCand{i: from, j: j, name: name, country: a.ms[m].Code}, true
}

// qualified builds a generic agency over tokens i..j, with the place of an
// embassy or consulate ("in Havana").
func (a *agencyScanner) qualified(i, j int, name string) []agencyCand {
	c := agencyCand{i: i, j: j, name: name, qualified: true}
	if name == "Embassy" || name == "Consulate" || name == "Interests Section" {
		if k := j + 1; k+1 < len(a.toks) && a.fold[k] == "in" && isCapitalized(a.tok(k+1)) {
			e := k + 1
			for e+1 < len(a.toks) && (isCapitalized(a.tok(e+1)) || a.fold[e+1] == "es" || a.fold[e+1] == "de") && a.sentence[e+1] == a.sentence[i] {
				e++
			}
			for e > k+1 && !isCapitalized(a.tok(e)) {
				e--
			}
			c.place = a.text[a.toks[k+1].start:a.toks[e].end]
			c.j = e
		}
	}
	return []agencyCand{c}
}

// isTopicWord reports whether token k can be part of a ministry's subject.
func (a *agencyScanner) isTopicWord(k int, capitalizedOK bool) bool {
	if k < 0 || k >= len(a.toks) || !a.toks[k].word || a.cover[k] >= 0 {
		return false
	}
	t := a.tok(k)
	if topicWords[a.fold[k]] {
		return true
	}
	return capitalizedOK && isCapitalized(t) && !gazWords[t] && !leadWords[a.fold[k]]
}

// leadWords open a sentence or a phrase before an agency's name and are
// never a word of it: "A Finance Ministry spokesman said", "But Foreign
// Ministry officials said".
var leadWords = wordSet(`the a an this that its his her their our another but and or so yet meanwhile however
also separately earlier later now then when while if as after before since although though`)

// ownedByNonState reports whether the words before a ministry's or
// department's subject at k (its head at h) make it no state's: the
// possessive of a city, a province, a firm or a school ("the city's public
// works department", "the province's health ministry", "Sumitomo Trust
// and Banking Co Ltd's securities investment department"), or such a noun
// before a lower-case "department" ("a hospital emergency department",
// "the state agriculture department" of a U.S. state).
func (a *agencyScanner) ownedByNonState(k, h int) bool {
	if k >= 2 && a.possessiveAt(k-2) {
		return k >= 3 && nonStateOwners[a.fold[k-3]]
	}
	return k >= 1 && nonStateOwners[a.fold[k-1]] && !isCapitalized(a.tok(k-1)) && a.tok(h) == "department" // (a "local Interior ministry branch" is a state's)
}

// nonStateOwners are nouns whose departments and ministries are no
// national state's.
var nonStateOwners = wordSet(`city county municipal provincial province state local regional hospital company firm
university school college corporation ltd inc corp co plc`)

// ofList parses "Head of|for [the] X[, Y] [and Z]" from head token i.
func (a *agencyScanner) ofList(i int, head string, plural bool) ([]agencyCand, int) {
	k := i + 2
	var topics []string
	var spans [][2]int
	end := i
	for k < len(a.toks) && a.sentence[k] == a.sentence[i] {
		if a.fold[k] == "the" {
			if k++; k == len(a.toks) {
				break // the text ends after "of the"
			}
		}
		if _, ok := ofHeads[a.fold[k]]; ok && len(topics) > 0 {
			break // "the Departments of Defense, State, Justice and Homeland Security, the Office of ...": another body
		}
		s := k
		for k < len(a.toks) && a.isTopicWord(k, true) && a.sentence[k] == a.sentence[i] &&
			(k == s || isCapitalized(a.tok(k)) == isCapitalized(a.tok(s))) { // ("Department of Agriculture statistics": the subject ends at the case change)
			k++
			// A singular head keeps "and" inside its subject ("Ministry of
			// Industry and Trade"); a plural head splits on it.
			if !plural && k+1 < len(a.toks) && (a.fold[k] == "and" || a.fold[k] == "&") && a.isTopicWord(k+1, true) && isCapitalized(a.tok(k+1)) {
				k++
			}
			if !plural && k+1 < len(a.toks) && a.fold[k] == "," && a.isTopicWord(k+1, true) && isCapitalized(a.tok(k+1)) {
				if e := a.commaListEnd(k); e > k {
					k = e // "Bureau of Alcohol, Tobacco, Firearms and Explosives": one bureau
				}
			}
		}
		if k == s {
			break
		}
		t := a.text[a.toks[s].start:a.toks[k-1].end]
		if head == "Office" && a.fold[s-1] == "the" {
			t = "\x00" + t // "Office of the Trade Representative"
		}
		topics = append(topics, t)
		spans = append(spans, [2]int{s, k - 1})
		end = k - 1
		if !plural || k >= len(a.toks) {
			break
		}
		if a.fold[k] == "," && k+1 < len(a.toks) {
			k++
			if a.fold[k] == "and" {
				k++
			}
			continue
		}
		if a.fold[k] == "and" {
			k++
			continue
		}
		break
	}
	if len(topics) == 0 {
		return nil, i
	}
	// A lower-case subject must be a known one ("ministry of health"), so
	// that "department of the company" is not an agency.
	for _, sp := range spans {
		for k := sp[0]; k <= sp[1]; k++ {
			if !isCapitalized(a.tok(k)) && !topicWords[a.fold[k]] && a.fold[k] != "and" && a.fold[k] != "&" && a.fold[k] != "," {
				return nil, i
			}
		}
	}
	// Only ministries and departments are agencies by their name alone;
	// "Office of ...", "Council of ...", "Commission for ..." also name
	// churches, companies and UN bodies, so they need a country with them.
	_, isMin := ministryHeads[a.fold[i]]
	for _, sp := range spans {
		for k := sp[0]; k <= sp[1] && !isMin; k++ {
			if notStateTopics[a.fold[k]] || sp[0] == sp[1] && a.fold[k] == "technology" {
				return nil, i // "the Australian Council of Trade Unions", "the American Bureau of Metal Statistics", "Institute of Technology"
			}
		}
	}
	var out []agencyCand
	for _, t := range topics {
		name := head + " of " + canonTopic(t)
		if rest, ok := strings.CutPrefix(t, "\x00"); ok {
			name = head + " of the " + canonTopic(rest)
		}
		out = append(out, agencyCand{i: i, j: end, name: name, qualified: !isMin})
	}
	return out, end
}

// topicBefore parses "X Ministry" (and "X and Y ministries") ending at the
// head token i.
func (a *agencyScanner) topicBefore(i int, head string) []agencyCand {
	plural := strings.HasSuffix(a.fold[i], "ies") || strings.HasSuffix(a.fold[i], "ments")
	capOK := isCapitalized(a.tok(i))
	var topics []string
	k := i - 1
	start := i
	for {
		e := k
		for k >= 0 && a.isTopicWord(k, capOK) && a.sentence[k] == a.sentence[i] && !a.toks[k+1].brk {
			k--
		}
		if k == e {
			break
		}
		topics = append(topics, a.text[a.toks[k+1].start:a.toks[e].end])
		start = k + 1
		if !plural && capOK && k >= 1 && a.fold[k] == "and" && isCapitalized(a.tok(k-1)) && a.isTopicWord(k-1, true) &&
			(topicWords[a.fold[k-1]] || a.fold[k-1] == "post") && topicWords[a.fold[k+1]] {
			// "the Post and Telecommunications Ministry", "the Energy and
			// Mines Ministry": one ministry of both subjects (not "the
			// Bundesbank and Finance Ministry", two bodies).
			f := k - 1
			for f >= 0 && a.isTopicWord(f, capOK) && a.sentence[f] == a.sentence[i] && !a.toks[f+1].brk {
				f--
			}
			topics[len(topics)-1] = a.text[a.toks[f+1].start:a.toks[e].end]
			start = f + 1
			break
		}
		if !plural || k < 1 || (a.fold[k] != "and" && a.fold[k] != ",") {
			break
		}
		k--
	}
	if len(topics) == 0 {
		return nil
	}
	var out []agencyCand
	for n := len(topics) - 1; n >= 0; n-- {
		t := topics[n]
		if head == "Department" && foldString(t) != "state" && !topicWords[foldString(strings.Fields(t)[0])] {
			return nil // "Police Department", "Fire Department": city services
		}
		out = append(out, agencyCand{i: start, j: i, name: head + " of " + canonTopic(t)})
	}
	return out
}

// canonTopic returns the canonical subject of a ministry or department.
func canonTopic(t string) string {
	f := strings.Join(strings.Fields(foldString(t)), " ")
	if c, ok := topicCanon[f]; ok {
		return c
	}
	if strings.HasPrefix(f, "foreign affairs ") || strings.HasPrefix(f, "foreign relations ") {
		return "Foreign Affairs"
	}
	return titleCase(t)
}

// titleCase capitalises every word but short function words.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		lw := strings.ToLower(w)
		if i > 0 && (lw == "of" || lw == "and" || lw == "the" || lw == "for" || lw == "in") {
			ws[i] = lw
			continue
		}
		if isUpperWord(w) && len(w) <= 5 {
			continue // acronyms
		}
		r := []rune(lw)
		r[0] = unicode.ToUpper(r[0])
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// country resolves the country of an agency; ok is false for a generic
// body with no country named with it. A "Senate" or "Treasury" placed only
// by context in a state that has none ("a trade bill before the Senate" in
// a Tokyo story) is the state bodyDefault names for it ("the House of
// Commons" is Britain's), else the U.S. one when the article names the
// United States, and is left out otherwise (bodiesOf).
func (a *agencyScanner) country(c agencyCand) (string, bool) {
	code, ok := a.countryRaw(c)
	if ok && code == "US" && usLacks(c.name) && a.before(c.i) == "" && a.after(c.j) == "" {
		// "The four U.S. banks have been seeking finance ministry
		// approval" in a Tokyo story: the United States has no ministries
		// and no parliament, so the body is another state's: the nearest
		// the sentence names, else the story's.
		for _, alt := range []string{a.nearestOther(c.i, "US"), a.home, a.fallback} {
			if alt != "" && alt != "US" {
				return alt, true
			}
		}
		return "", false
	}
	have, limited := bodiesOf[c.name]
	if !ok || !limited || have[code] || a.before(c.i) != "" || a.after(c.j) != "" {
		return code, ok
	}
	if def := bodyDefault[c.name]; def != "" {
		return def, true // "the House of Commons" in a Nairobi story: Britain's
	}
	for _, m := range a.ms {
		if m.Code == "US" {
			return "US", true
		}
	}
	return "", false
}

// nearestOther returns the country other than not named nearest token i
// in its sentence, before it first, or "".
func (a *agencyScanner) nearestOther(i int, not string) string {
	for d := 1; i-d >= 0 || i+d < len(a.toks); d++ {
		for _, k := range []int{i - d, i + d} {
			if k >= 0 && k < len(a.toks) && a.sentence[k] == a.sentence[i] && a.cover[k] >= 0 && a.ms[a.cover[k]].Code != not {
				return a.ms[a.cover[k]].Code
			}
		}
		if (i-d < 0 || a.sentence[i-d] != a.sentence[i]) && (i+d >= len(a.toks) || a.sentence[i+d] != a.sentence[i]) {
			break
		}
	}
	return ""
}

// usLacks reports whether the United States has no body of that
// canonical name: ministries and a parliament.
func usLacks(name string) bool {
	return strings.HasPrefix(name, "Ministry of") || name == "Parliament"
}

// bodiesOf lists, for bodies only some states have under that name, the
// states that do; a body placed only by context elsewhere is taken for the
// state bodyDefault names, else for the U.S. one when the story names the
// U.S., or left out.
var bodiesOf = map[string]map[string]bool{
	"Senate":                     senates,
	"Congress":                   congresses,
	"Department of the Treasury": {"US": true, "GB": true, "AU": true, "NZ": true, "IE": true},
	"House of Commons":           {"GB": true, "CA": true},
	"House of Representatives":   representatives,
}

// representatives are the states with a chamber news calls "the House of
// Representatives".
var representatives = map[string]bool{
	"US": true, "AU": true, "NZ": true, "JP": true, "PH": true, "NG": true, "TH": true, "MY": true, "ID": true, "FJ": true,
	"LR": true, "JM": true, "TT": true, "BS": true, "BB": true, "BZ": true, "CY": true, "MT": true, "EG": true, "LY": true,
	"YE": true, "JO": true, "MA": true, "CO": true, "NP": true, "NL": true, "BE": true, "BA": true, "GD": true, "AG": true,
	"UY": true,
}

// bodyDefault is the state whose body a name means when context places
// it in a state that has none (instead of the U.S.).
var bodyDefault = map[string]string{"House of Commons": "GB", "Congress": "US", "House of Representatives": "US"}

// congresses are the states whose legislature news calls "Congress".
var congresses = map[string]bool{
	"US": true, "PH": true, "MX": true, "GT": true, "HN": true, "SV": true, "NI": true, "CR": true, "PA": true, "CO": true,
	"VE": true, "EC": true, "PE": true, "BO": true, "BR": true, "PY": true, "CL": true, "AR": true, "UY": true, "DO": true,
	"ES": true,
}

// senates are the states with a chamber news calls "the Senate".
var senates = map[string]bool{
	"US": true, "FR": true, "IT": true, "ES": true, "BE": true, "NL": true, "IE": true, "PL": true, "CZ": true, "RO": true,
	"AU": true, "CA": true, "BR": true, "AR": true, "MX": true, "CL": true, "CO": true, "PE": true, "VE": true, "UY": true,
	"PY": true, "BO": true, "PH": true, "NG": true, "KE": true, "ZA": true, "PK": true, "TH": true, "KH": true, "JO": true,
	"DO": true, "HT": true, "LR": true, "CM": true, "GA": true, "CD": true, "MA": true, "DZ": true, "EG": true, "BA": true,
}

// placedMission reports whether a capital names where an embassy or
// consulate is, not whose it is: "the Moscow embassy".
func (a *agencyScanner) placedMission(c agencyCand) bool {
	k := c.i - 1
	return c.qualified && (c.name == "Embassy" || c.name == "Consulate") && k >= 0 && a.cover[k] >= 0 && a.ms[a.cover[k]].How == ByCapital
}

// countryRaw places an agency by the steps FindAgencies lists, before the
// bodiesOf limits.
func (a *agencyScanner) countryRaw(c agencyCand) (string, bool) {
	if code := a.before(c.i); code != "" {
		if !a.placedMission(c) {
			return code, true
		}
		// "the U.S. Moscow Embassy": the owner stands before the place.
		k := c.i - 1
		for k > 0 && a.cover[k-1] == a.cover[c.i-1] {
			k--
		}
		if owner := a.before(k); owner != "" {
			return owner, true
		}
	}
	if code := a.after(c.j); code != "" {
		return code, true
	}
	if c.qualified {
		return "", false
	}
	if c.country != "" && !(sharedNames[a.text[a.toks[c.i].start:a.toks[c.j].end]] && !a.names(c.country)) {
		return c.country, true
	}
	// The nearest country before it in the same clause ("the Cuban
	// delegation ... from the ministries of ..."); across a clause break
	// only when every country before it in the sentence is the same one.
	clause, same := true, ""
	for k := c.i - 1; k >= 0 && a.sentence[k] == a.sentence[c.i]; k-- {
		if !a.toks[k].word && a.cover[k] < 0 && clauseBreak[a.fold[k]] {
			clause = false
		}
		if m := a.cover[k]; m >= 0 && a.ms[m].How != ByCapital {
			if a.summonedEnvoy(k, c.i) {
				continue // "the Russian ambassador had been summoned to the foreign ministry": the summoner's ministry
			}
			if clause {
				return a.ms[m].Code, true
			}
			if same == "" {
				same = a.ms[m].Code
			} else if same != a.ms[m].Code {
				same = "-"
			}
		}
	}
	if code := a.quoteSpeaker(c.i, c.j); code != "" {
		return code, true // "\"The defense ministry is prepared ...,\" Japanese Minister of Defence Gen Nakatani told"
	}
	if a.home != "" {
		return a.home, true
	}
	if same != "" && same != "-" {
		return same, true
	}
	return a.fallback, true
}

// sharedNames are names the lexicon gives one state that others use for
// their own bodies too: Pakistan's, Nepal's and Germany's "Foreign
// Office". In a story that never names the lexicon's state, context
// places them.
var sharedNames = map[string]bool{"Foreign Office": true, "Home Office": true}

// sharedCanonical are the canonical names of sharedNames' bodies for a
// state other than Britain.
var sharedCanonical = map[string]string{"Foreign Office": "Ministry of Foreign Affairs", "Home Office": "Ministry of the Interior"}

// names reports whether the text names the country code anywhere.
func (a *agencyScanner) names(code string) bool {
	for _, m := range a.ms {
		if m.Code == code {
			return true
		}
	}
	return false
}

// summonedEnvoy reports whether the country mention ending at token k
// names an envoy who is summoned to the agency at i: "the Russian
// ambassador had been summoned to the foreign ministry", "summoned Iran's
// charge d'affaires to the ministry". The ministry is then the host's.
func (a *agencyScanner) summonedEnvoy(k, i int) bool {
	e := k
	for e+1 < i && a.cover[e+1] == a.cover[k] {
		e++
	}
	if e+2 < i && a.fold[e+1] == "'" && a.fold[e+2] == "s" {
		e += 2
	}
	if e+1 >= i || !envoyWords[a.fold[e+1]] {
		return false
	}
	for j := e + 2; j < i; j++ {
		if summonForms[a.fold[j]] {
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-6 && a.sentence[j] == a.sentence[i]; j-- {
		if summonForms[a.fold[j]] {
			return true
		}
	}
	return false
}

// envoyWords after a country name its envoy.
var envoyWords = wordSet(`ambassador envoy charge diplomat diplomats ambassadors envoys`)

// summonForms are the forms of "summon".
var summonForms = wordSet(`summon summons summoned summoning`)

// officerTitles after a country make it an officer's, who speaks for its
// bodies.
var officerTitles = map[string]bool{"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "undersecretary": true}

// quoteSpeaker returns, for an agency inside a quotation, the country of
// the officer the quotation is attributed to
// ("\"The defense ministry is prepared ...,\" Japanese Minister of Defence
// Gen Nakatani told a media briefing"), or "".
func (a *agencyScanner) quoteSpeaker(i, j int) string {
	closed := false
	for k := j + 1; k < len(a.toks) && a.sentence[k] == a.sentence[i] && k <= j+40; k++ {
		if f := a.fold[k]; (f == "\"" || f == "\u201d") && (a.fold[k-1] == "," || a.fold[k-1] == ".") {
			closed = true // the quotation the agency sits in ends: ',"' then who said it
			continue
		}
		m := a.cover[k]
		if !closed || m < 0 {
			continue
		}
		e := k
		for e+1 < len(a.toks) && a.cover[e+1] == m {
			e++
		}
		if !(e+1 < len(a.toks) && officerTitles[a.fold[e+1]]) {
			return ""
		}
		for n := e + 2; n < len(a.toks) && n <= e+8 && a.sentence[n] == a.sentence[i]; n++ {
			if a.fold[n] == "told" || a.fold[n] == "said" || a.fold[n] == "says" {
				return a.ms[m].Code
			}
		}
		return ""
	}
	return ""
}

// before returns the country named right before token i: "Cuban Foreign
// Ministry", "the U.S. State Department", "Cuba's embassy".
func (a *agencyScanner) before(i int) string {
	k := i - 1
	if k >= 1 && a.fold[k] == "s" && a.fold[k-1] == "'" {
		k -= 2
	}
	if k >= 0 && a.cover[k] >= 0 && (k+1 >= len(a.toks) || !a.toks[k+1].brk) {
		return a.ms[a.cover[k]].Code
	}
	return ""
}

// after returns the country named right after token j: "the embassy of
// Cuba", "Ministry of Foreign Affairs of Cuba".
func (a *agencyScanner) after(j int) string {
	k := j + 1
	if k+1 < len(a.toks) && a.fold[k] == "of" {
		k++
		if a.fold[k] == "the" && k+1 < len(a.toks) {
			k++
		}
		if a.cover[k] >= 0 && a.ms[a.cover[k]].How == ByName && !a.toks[k].brk {
			return a.ms[a.cover[k]].Code
		}
	}
	return ""
}

// Canonical returns the canonical name of an agency name as written, without
// its country: "U.S. State Department", "Department of State" and "the State
// Department" give "Department of State"; "Cuban foreign ministry",
// "Ministry of Foreign Affairs" and "foreign affairs ministry" give
// "Ministry of Foreign Affairs"; "Interior Ministry" gives "Ministry of the
// Interior"; "DHS" gives "Department of Homeland Security"; "Kenyan police"
// gives "Police"; "U.S. Embassy in Dar es Salaam" gives "Embassy". Names it
// does not know are title-cased.
func Canonical(name string) string {
	load()
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	if n, ok := namedByFold[foldString(strings.Join(tokensOf(name), " "))]; ok {
		return n.name
	}
	for _, p := range []string{"lower house of ", "upper house of ", "the lower house of ", "the upper house of "} {
		if len(name) > len(p) && strings.EqualFold(name[:len(p)], p) {
			name = name[len(p):] // a chamber of a parliament is the parliament
			break
		}
	}
	// Drop country names, demonyms and possessives ("cuban foreign ministry"
	// is looked at as "Cuban Foreign Ministry").
	ms := FindCountries(upperFirsts(name))
	var b strings.Builder
	last := 0
	for _, m := range ms {
		if m.How == ByCapital && m.Start > 0 {
			continue
		}
		b.WriteString(name[last:m.Start])
		last = m.End
		rest := name[last:]
		for _, p := range []string{"'s", "\u2019s", "'"} {
			if strings.HasPrefix(rest, p) {
				last += len(p)
				break
			}
		}
	}
	b.WriteString(name[last:])
	ws := strings.Fields(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(b.String()))
	for len(ws) > 0 && (strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "a") || strings.EqualFold(ws[0], "an")) {
		ws = ws[1:]
	}
	for len(ws) > 0 && (strings.EqualFold(ws[len(ws)-1], "of") || strings.EqualFold(ws[len(ws)-1], "the") || ws[len(ws)-1] == "-") {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return titleCase(name)
	}
	s := strings.Join(ws, " ")
	if n, ok := namedByFold[foldString(strings.Join(tokensOf(s), " "))]; ok {
		return n.name
	}
	a := newAgencyScanner(NewText(s), nil, "")
	if len(a.toks) > 0 {
		// "Ministry of X" / "X Ministry" / generic heads, on the stripped name.
		for i := range a.toks {
			if cs, _ := a.match(i); len(cs) > 0 && cs[0].i == 0 {
				return cs[0].name
			}
		}
	}
	return titleCase(s)
}

// upperFirsts capitalises the first ASCII letter of every word, keeping byte
// offsets unchanged.
func upperFirsts(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' && (i == 0 || b[i-1] == ' ' || b[i-1] == '-' || b[i-1] == '\n') {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// adjectival are generic heads that are also adjectives or noun modifiers
// ("military moves", "army officers", "navy ships").
var adjectival = wordSet(`military army navy treasury`)

// notModified are lower-case words that may follow a generic head without
// it modifying them: verbs, function words.
var notModified = wordSet(`said says say has have had is are was were will would could can may might must
should and or but of in on at to for from with by as that which who whose than also not the a an its their his her
chief chiefs spokesman spokeswoman spokesperson officials official leaders leader commander commanders
sources source statement`)

// modifies reports whether the word after token i is a lower-case word it
// modifies ("military moves"), so token i is an adjective there.
func (a *agencyScanner) modifies(i int) bool {
	k := i + 1
	if k >= len(a.toks) || !a.toks[k].word || a.toks[k].brk {
		return false
	}
	w := a.tok(k)
	if isCapitalized(w) {
		return false
	}
	f := a.fold[k]
	if notModified[f] || strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ly") {
		return false // "the U.S. military declined", "the army quickly ..."
	}
	return true
}

// commaListEnd returns, for a comma at k inside a singular agency's
// subject, the token after a list of capitalised words that ends with "and
// <Word>" ("Alcohol, Tobacco, Firearms and Explosives"), or k when the
// comma ends the name.
func (a *agencyScanner) commaListEnd(k int) int {
	j := k
	for n := 0; n < 6 && j+1 < len(a.toks) && a.sentence[j+1] == a.sentence[k]; n++ {
		sep := a.fold[j]
		if sep != "," && sep != "and" && sep != "&" {
			return k
		}
		j++
		if sep == "," && a.fold[j] == "and" && j+1 < len(a.toks) {
			sep = "and"
			j++
		}
		if !a.isTopicWord(j, true) || !isCapitalized(a.tok(j)) {
			return k
		}
		for j < len(a.toks) && a.isTopicWord(j, true) && isCapitalized(a.tok(j)) {
			j++
		}
		if sep == "and" || sep == "&" {
			return j
		}
	}
	return k
}
