package gazetteer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-dev/entente/loader/extract/internal/ascii"
)

// token is one word (a run of letters and digits) or one punctuation mark
// of a text. Matching works on tokens, so word boundaries come for free and
// "U.S." is the same four tokens wherever it is written.
type token struct {
	start, end int
	word       bool
	brk        bool // a blank line (paragraph break) comes before it
}

// tokenize splits text into tokens. It allocates only the slice.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	newlines := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				newlines++
				i++
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
			case isASCIIAlnum(c):
				j := i + 1
				for j < len(text) && (text[j] < utf8.RuneSelf && isASCIIAlnum(text[j]) || text[j] >= utf8.RuneSelf && isAlnumAt(text, j)) {
					if text[j] < utf8.RuneSelf {
						j++
					} else {
						_, n := utf8.DecodeRuneInString(text[j:])
						j += n
					}
				}
				toks = append(toks, token{start: i, end: j, word: true, brk: newlines > 1})
				newlines = 0
				i = j
			default:
				toks = append(toks, token{start: i, end: i + 1, brk: newlines > 1})
				newlines = 0
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) && (text[j] < utf8.RuneSelf && isASCIIAlnum(text[j]) || text[j] >= utf8.RuneSelf && isAlnumAt(text, j)) {
				_, m := utf8.DecodeRuneInString(text[j:])
				j += m
			}
			toks = append(toks, token{start: i, end: j, word: true, brk: newlines > 1})
			newlines = 0
			i = j
		case unicode.IsSpace(r):
			if r == '\u2028' || r == '\u2029' {
				newlines += 2
			}
			i += n
		default:
			toks = append(toks, token{start: i, end: i + n, brk: newlines > 1})
			newlines = 0
			i += n
		}
	}
	return toks
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isAlnumAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// punctKey folds the punctuation variants news text uses.
func punctKey(s string) string {
	switch s {
	case "\u2019", "\u2018", "`", "\u02bc":
		return "'"
	case "\u2010", "\u2011":
		return "-"
	}
	return s
}

// folder lower-cases tokens into a reused buffer: ASCII by hand, the rest
// with strings.ToLower (foldTokens gives the same keys for a whole text).
type folder struct{ buf []byte }

func (f *folder) fold(s string) []byte {
	f.buf = f.buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			f.buf = append(f.buf[:0], strings.ToLower(s)...)
			return f.buf
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		f.buf = append(f.buf, c)
	}
	return f.buf
}

// foldTokens returns the trie keys of the tokens of text: words in lower
// case (as strings.ToLower gives them), punctuation by punctKey. Words
// written in ASCII are slices of one lower-cased copy of the text, so
// folding allocates twice, not once per capitalised word.
func foldTokens(text string, toks []token) []string {
	lowered := ascii.Lower(text)
	out := make([]string, len(toks))
	for i, t := range toks {
		w := text[t.start:t.end]
		switch {
		case !t.word:
			out[i] = punctKey(w)
		case ascii.Only(w):
			out[i] = lowered[t.start:t.end]
		default:
			out[i] = strings.ToLower(w)
		}
	}
	return out
}

// foldString is fold for building the index.
func foldString(s string) string {
	var f folder
	return string(f.fold(s))
}

// node is a trie node over folded tokens.
type node struct {
	next    map[string]*node
	entries []*entry // phrases ending here, in priority order
}

// entry is one phrase of the gazetteer.
type entry struct {
	phrase  string   // as written in the gazetteer
	orig    []string // its tokens, original case (punctuation folded)
	code    string   // "" for a blocked phrase
	how     How
	upperOK bool // may match when written in capitals ("CUBA")
	lowerOK bool // may match in all-lower-case text ("cuban")
}

func (n *node) child(k string) *node {
	if n.next == nil {
		n.next = map[string]*node{}
	}
	c := n.next[k]
	if c == nil {
		c = &node{}
		n.next[k] = c
	}
	return c
}

// tokensOf splits a gazetteer phrase into token strings.
func tokensOf(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		w := s[t.start:t.end]
		if !t.word {
			w = punctKey(w)
		}
		out = append(out, w)
	}
	return out
}

// isSentencePunct reports whether a token ends a sentence.
func isSentencePunct(s string) bool { return s == "." || s == "!" || s == "?" }

func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// scanner holds the state of one FindCountries call.
type scanner struct {
	text  string
	toks  []token
	fold  []string // the tokens folded (foldTokens)
	lower bool     // the text is written in lower case (some wire copy is)
}

func (s *scanner) tok(i int) string {
	t := s.toks[i]
	w := s.text[t.start:t.end]
	if !t.word {
		return punctKey(w)
	}
	return w
}

// lowerCaseText reports whether text is written without capitals, as some
// wire copy is: fewer than 3% of its mid-sentence words are capitalised.
func lowerCaseText(text string, toks []token) bool {
	words, caps := 0, 0
	for i, t := range toks {
		if !t.word || t.end-t.start < 3 || !unicode.IsLetter(rune(text[t.start])) {
			continue
		}
		if i == 0 || t.brk || isSentencePunct(text[toks[i-1].start:toks[i-1].end]) {
			continue
		}
		w := text[t.start:t.end]
		if isUpperWord(w) {
			continue // headlines and acronyms say nothing of the body's case
		}
		words++
		if isCapitalized(w) {
			caps++
		}
	}
	return words >= 20 && caps*100 < words*3
}

// caseOK reports whether the tokens i..j (inclusive) are written in a case
// the entry accepts.
func (s *scanner) caseOK(e *entry, i, j int) bool {
	if e.code == "" {
		return true // blocked phrases block in any case
	}
	for k := i; k <= j; k++ {
		t := s.tok(k)
		o := e.orig[k-i]
		if t == o || !s.toks[k].word {
			continue
		}
		if e.upperOK && isUpperWord(t) {
			continue
		}
		if s.lower && e.lowerOK && isLowerWord(t) {
			continue
		}
		return false
	}
	return true
}

// firmForms are the legal forms that end a firm's name.
var firmForms = map[string]bool{"Ltd": true, "Limited": true, "Inc": true, "Corp": true, "Co": true, "Plc": true, "PLC": true,
	"LTD": true, "SA": true, "AG": true, "NV": true, "BV": true, "GmbH": true, "Bhd": true, "Pty": true, "Pte": true, "SpA": true}

// usStateAbbrevs are the abbreviations news writes after a U.S. town's
// name ("Angola, Ind."), without their dot; not "La." or "Me.", which also
// open sentences and names, nor "Miss.".
var usStateAbbrevs = map[string]bool{"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true,
	"Del": true, "Fla": true, "Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "Md": true, "Mass": true,
	"Mich": true, "Minn": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true,
	"Tenn": true, "Tex": true, "Vt": true, "Va": true, "Wash": true, "Wis": true, "Wyo": true}

// usStateAbbrevAt reports whether a U.S. state's abbreviation with its dot
// starts at token k: "Ind.", "Pa.", "N.J.", "W.Va.".
func (s *scanner) usStateAbbrevAt(k int) bool {
	w := s.wordAt(k)
	if k+1 >= len(s.toks) || s.tok(k+1) != "." {
		return false
	}
	if usStateAbbrevs[w] {
		return true
	}
	switch w {
	case "N", "S", "R", "W":
		x := s.wordAt(k + 2)
		return k+3 < len(s.toks) && s.tok(k+3) == "." && (w == "N" && strings.Contains("JYHCMD", x) && len(x) == 1 ||
			w == "S" && (x == "C" || x == "D") || w == "R" && x == "I" || w == "W" && x == "Va")
	}
	return false
}

// wordAt returns the word token at i, or "" when i is out of range, not a
// word, or across a paragraph break from the match.
func (s *scanner) wordAt(i int) string {
	if i < 0 || i >= len(s.toks) || !s.toks[i].word {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

// accept applies the context rules to the match of e over tokens i..j.
func (s *scanner) accept(e *entry, i, j int) bool {
	prev, next := "", ""
	if !s.toks[i].brk {
		prev = s.wordAt(i - 1)
	}
	if j+1 < len(s.toks) && !s.toks[j+1].brk {
		next = s.wordAt(j + 1)
	}
	name := e.phrase
	// "New Mexico", "New Jersey", "Air France": the country's name is part
	// of another name.
	if prev == "New" || prev == "Air" {
		return false
	}
	if companyNext[next] && !(next == "Air" && s.wordAt(j+2) == "Force") {
		return false
	}
	if firmNext[next] && !strings.Contains(s.text[s.toks[i].start:s.toks[j].end], ".") && !isUpperWord(s.wordAt(i)) && !s.bodyAhead(j+2) {
		return false // "British Aerospace", "Canadian Tire"; not "U.S. Steel" (Reuters' capitals for "U.S. steel"), nor "Japan Aerospace Exploration Agency"
	}
	if j+1 < len(s.toks) && !s.toks[j+1].brk && s.firmName(j+1) {
		return false // "American Cyanamid Co", "Gibraltar Financial Corp"
	}
	if bad := badNext[name]; bad != nil && bad[next] {
		return false
	}
	if e.how == ByCapital && (marketNext[next] || attackNext[next] || strings.HasPrefix(s.text[s.toks[j].end:], "-based")) {
		return false // "a London broker", "London coffee futures", "the Dublin rules", "a London-based expert", "the Paris attacks": a market or a place
	}
	if combiningForms[name] != "" && !s.combined(i) {
		return false // "Franco" alone is a name ("Franco's Spain"); "Franco-German" is France's
	}
	if personLike[name] && !s.lower {
		if prev != "" && isCapitalized(prev) && !isUpperWord(prev) && !finePrev[prev] && !gazWords[prev] {
			return false // "Michael Jordan", "George Washington"
		}
		if next != "" && isCapitalized(next) && !isUpperWord(next) && !fineNext[next] && !gazWords[next] && !s.namesAccord(j+1) {
			return false // "Jordan Spieth", "Paris Hilton"; not "the U.S.-Israel Free Trade Agreement"
		}
	}
	if i >= 2 && s.tok(i-1) == "." && s.toks[i-1].end == s.toks[i].start && s.toks[i-2].end == s.toks[i-1].start && len(s.wordAt(i-2)) == 1 &&
		strings.Contains(s.text[s.toks[i].start:s.toks[j].end], ".") {
		return false // "H.E.C.": the end of a longer dotted abbreviation, not "E.C."
	}
	if i >= 1 && j+1 < len(s.toks) && s.tok(i-1) == "<" && s.tok(j+1) == ">" {
		return false // "Rockwell International Corp <ROK>": a ticker symbol
	}
	if i >= 1 && j+2 < len(s.toks) && s.tok(i-1) == "(" && s.tok(j+1) == ")" && firmForms[s.wordAt(j+2)] {
		return false // "Morgan Stanley (Jersey) Ltd", "Kumagai Gumi (Hong Kong) Ltd": part of a firm's name
	}
	if j+2 < len(s.toks) && s.tok(j+1) == "," && s.usStateAbbrevAt(j+2) {
		return false // "Angola, Ind.", "Holland, Pa.", "Berlin, N.J.": a town of the United States
	}
	if usStates[name] && s.usStateContext(i, j) {
		return false
	}
	if usStates[name] && i >= 2 && s.tok(i-1) == "," {
		// "Atlanta, Georgia": a capitalised place that is not a country
		// (nor a sentence adverb such as "Meanwhile"), then a comma.
		x := s.wordAt(i - 2)
		if x != "" && isCapitalized(x) && !isUpperWord(x) && !gazWords[x] && !finePrev[x] {
			return false
		}
	}
	if e.how == ByDemonym {
		if languageNext[next] {
			return false
		}
		if j+2 < len(s.toks) && s.tok(j+1) == "-" && languageNext[s.wordAt(j+2)] {
			return false // "Spanish-speaking"
		}
		if languagePrev[prev] && (j+1 >= len(s.toks) || !s.toks[j+1].word) {
			return false // "said in Spanish."
		}
	}
	if name == "US" {
		// "LET US": in capitals, "US" may be the pronoun.
		if p := s.wordAt(i - 1); len(p) > 1 && isUpperWord(p) && !gazWords[p] {
			return false
		}
		if n := s.wordAt(j + 1); len(n) > 1 && isUpperWord(n) && !gazWords[n] {
			return false
		}
	}
	return true
}

// combined reports whether the combining form at token i is the first
// half of a compound of two peoples: a hyphen, then, written right against
// it, a country's name or demonym or another combining form
// ("Franco-German", "Indo-US", "Anglo-Franco-German"); not "Anglo-Saxon",
// "Indo-Pacific" nor "Indo-China", the peninsula.
func (s *scanner) combined(i int) bool {
	if i+2 >= len(s.toks) || s.tok(i+1) != "-" || s.toks[i+1].start != s.toks[i].end || s.toks[i+2].start != s.toks[i+1].end {
		return false
	}
	w := s.wordAt(i + 2)
	if w == "" || !isCapitalized(w) && !s.lower || w == "China" && s.wordAt(i) == "Indo" {
		return false
	}
	if n := s.wordAt(i + 3); companyNext[n] || firmNext[n] || i+3 < len(s.toks) && !s.toks[i+3].brk && s.firmName(i+3) {
		return false // "Anglo-American Insurance Co", "Indo-Thai Synthetics": a firm's name
	}
	return combiningForms[w] != "" || lookupIdx[lookupKey(w)] != ""
}

// bodyAhead reports whether one of the three capitalised words from token
// k ends the name of a state body: "(Japan Aerospace) Exploration Agency".
func (s *scanner) bodyAhead(k int) bool {
	for n := k; n < len(s.toks) && n < k+3 && !s.toks[n].brk; n++ {
		w := s.wordAt(n)
		if w == "" || !isCapitalized(w) {
			return false
		}
		if bodyHeads[w] {
			return true
		}
	}
	return false
}

// bodyHeads end the names of state bodies.
var bodyHeads = wordSet(`Agency Administration Authority Ministry Department Office Commission Board Institute`)

// usStateContext reports whether the name at tokens i..j, also a U.S.
// state's, stands where only the state fits: in a list with other states
// ("Alabama and Georgia", "Georgia, Tennessee, Pennsylvania"), after the
// firm, district or university it is the seat of ("First Union Corp of
// Georgia", "the Northern District of Georgia"), in "the U.S. state of
// Georgia", or opening a hyphened firm's name ("Georgia-Pacific").
func (s *scanner) usStateContext(i, j int) bool {
	for _, w := range []string{s.listNeighbour(i, -1), s.listNeighbour(j, 1)} {
		if usStateNames[w] && !gazWords[w] && w != "York" {
			return true // (not "Washington and Georgia", "Mexico and Georgia": countries too; nor "New York and Washington", cities)
		}
	}
	if i >= 2 && s.tok(i-1) == "of" {
		if stateSeatOf[s.wordAt(i-2)] {
			return true
		}
		before := strings.TrimSpace(s.text[:s.toks[i-2].start])
		if w := before[strings.LastIndexAny(before, " \t\n")+1:]; s.wordAt(i-2) == "state" && (w == "U.S." || w == "US") {
			return true // "the U.S. state of Georgia"; not "the former Soviet state of Georgia"
		}
	}
	if j+2 < len(s.toks) && s.tok(j+1) == "-" && !s.toks[j+1].brk && (s.wordAt(j+2) == "Pacific" || s.firmName(j+2)) {
		return true // "Georgia-Pacific", "Georgia-Pacific Corp"; not "the Georgia-Abkhazia conflict"
	}
	return false
}

// listNeighbour returns the word next to token k in direction dir across a
// list's joint ("," "and" "or"), or "" when there is no joint.
func (s *scanner) listNeighbour(k, dir int) string {
	joint := false
	for n := 0; n < 2; n++ {
		next := k + dir
		if next < 0 || next >= len(s.toks) || dir < 0 && s.toks[k].brk || dir > 0 && s.toks[next].brk {
			return ""
		}
		k = next
		switch t := s.tok(k); t {
		case ",", "and", "or":
			joint = true
			continue
		}
		if !joint {
			return ""
		}
		return s.wordAt(k)
	}
	return ""
}

// stateSeatOf are the words before "of" that make the following name a
// U.S. state's: its firms, courts' districts, universities and
// legislature. ("Bank" and "governor" are left out: "the National Bank of
// Georgia" and its governor are the country's.)
var stateSeatOf = wordSet(`Corp Corporation Co Inc Authority District University legislature`)

// firmName reports whether the capitalised words from token i (none to
// three, with "and", "of", "&", "-" or "/" between them) end in the legal
// suffix of a company: a country's name or demonym opening such a name
// ("American Cyanamid Co", "Gibraltar Financial Corp", "Royal Dutch/Shell
// Group Plc") names the firm, not the country. A state's own firm
// ("Ecuadorean State Oil Corporation") keeps its country.
func (s *scanner) firmName(i int) bool {
	words := 0
	for k := i; k < len(s.toks) && k < i+8; k++ {
		if s.toks[k].brk {
			return false
		}
		t := s.tok(k)
		if !s.toks[k].word {
			if (t == "-" || t == "/" || t == "&") && (words > 0 || k == i) {
				continue // "Royal Dutch/Shell"
			}
			return false
		}
		if firmSuffixes[t] && !(t == "Group" && k+1 < len(s.toks) && s.tok(k+1) == "of") {
			return words > 0 || k == i // ("Mexico Fund Inc", "Luxembourg SA"; not "Japan Group of Seven")
		}
		if t == "and" || t == "of" {
			if words == 0 {
				return false // "Mexico and Hercules Inc": two parties
			}
			continue
		}
		if !isCapitalized(t) || isUpperWord(t) && len(t) > 1 && gazWords[t] || stateOwned[t] || words == 3 {
			return false
		}
		words++
	}
	return false
}

// firmSuffixes are the legal forms that end company names.
var firmSuffixes = wordSet(`Corp Corporation Inc Co Ltd Plc PLC Holdings Group AG SA NV Bhd GmbH SpA Pte`)

// stateOwned words make a company name a state's own firm or body.
var stateOwned = wordSet(`State National Government Federal Central`)

// namesAccord reports whether the capitalised words from token i lead, within
// four words, to the noun of an accord ("Free Trade Agreement",
// "Free Trade agreement").
func (s *scanner) namesAccord(i int) bool {
	for n := 0; n < 5; n, i = n+1, i+1 {
		w := s.wordAt(i)
		if accordNames[strings.ToLower(w)] {
			return n > 0 // "Free Trade agreement", not "Paris Agreement"
		}
		if w == "" || !isCapitalized(w) && w != "and" && w != "of" {
			return false
		}
	}
	return false
}

// accordNames end the names of accords.
var accordNames = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
	"pact": true, "memorandum": true, "protocol": true}

// find returns the country mentions of the scanner's text.
func find(s scanner) []CountryMention {
	text := s.text
	var out []CountryMention
	var ends [8]int // candidate end tokens, shortest first
	for i := 0; i < len(s.toks); {
		n := root
		ne := 0
		for j := i; j < len(s.toks) && j-i < len(ends)*2; j++ {
			if j > i && s.toks[j].brk {
				break
			}
			n = n.next[s.fold[j]]
			if n == nil {
				break
			}
			if n.entries != nil {
				if ne == len(ends) {
					copy(ends[:], ends[1:])
					ne--
				}
				ends[ne] = j
				ne++
			}
		}
		matched := false
		for c := ne - 1; c >= 0 && !matched; c-- {
			j := ends[c]
			e := s.terminal(i, j)
			if e == nil {
				continue
			}
			matched = true
			if e.code != "" && s.accept(e, i, j) {
				out = append(out, CountryMention{
					Code: e.code, Text: text[s.toks[i].start:s.toks[j].end],
					Start: s.toks[i].start, End: s.toks[j].end, How: e.how,
				})
			}
			i = j + 1
		}
		if !matched {
			i++
		}
	}
	return onlyNorth(plurals(text, s.toks, elided(text, out)))
}

// pluralStates name two states at once: "the two Koreas", "the rival
// Koreas", "the two Germanys".
var pluralStates = map[string][]string{"Koreas": {"KP", "KR"}, "Germanys": {"DE", "DD"}, "Germanies": {"DE", "DD"}}

// plurals adds the two states of each plural name ("the two Koreas") as
// two mentions of its span, in text order. A name joined by hyphens is part
// of something else ("North-Koreas-highest" in an address).
func plurals(text string, toks []token, ms []CountryMention) []CountryMention {
	for _, t := range toks {
		if !t.word {
			continue
		}
		name := text[t.start:t.end]
		if name[len(name)-1] != 's' || name[0] != 'K' && name[0] != 'G' {
			continue // (every key of pluralStates is a capitalised K or G word in -s)
		}
		codes, ok := pluralStates[name]
		if !ok || t.start > 0 && text[t.start-1] == '-' || t.end < len(text) && text[t.end] == '-' {
			continue
		}
		i, _ := slices.BinarySearchFunc(ms, t.start, func(m CountryMention, at int) int { return m.Start - at })
		add := make([]CountryMention, len(codes))
		for j, c := range codes {
			add[j] = CountryMention{Code: c, Text: name, Start: t.start, End: t.end, How: ByName}
		}
		ms = slices.Insert(ms, i, add...)
	}
	return ms
}

// onlyNorth reads a bare "Korea" or "Korean" as North Korea in a text that
// names North Korea (or Pyongyang) twice or more and never South Korea or
// Seoul: "North Korea welcomed contacts between Korean and U.S. diplomats,
// Pyongyang said". Elsewhere the bare name stays the Republic of Korea, as
// news mostly writes it ("a five-day visit to Japan and Korea" in a story
// that mentions "the situation in North Korea" once).
func onlyNorth(ms []CountryMention) []CountryMention {
	north := 0
	var bare []int
	for i, m := range ms {
		switch {
		case m.Code == "KP":
			north++
		case m.Code == "KR" && (strings.EqualFold(m.Text, "Korea") || strings.EqualFold(m.Text, "Korean")):
			bare = append(bare, i)
		case m.Code == "KR":
			return ms // the South is named
		}
	}
	if north >= 2 {
		for _, i := range bare {
			ms[i].Code = "KP"
		}
	}
	return ms
}

// compass words that split a country name in two ("North and South Korea").
var compass = map[string]bool{"North": true, "South": true, "East": true, "West": true}

// elided adds the first country of an elided pair, "North and South Korea"
// or "East and West Germany", which names two states but matches only the
// second: the compass word before "and" takes the rest of the second
// name ("North Korea").
func elided(text string, ms []CountryMention) []CountryMention {
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		first, rest, ok := strings.Cut(m.Text, " ")
		if !ok || !compass[first] || !strings.HasSuffix(text[:m.Start], " and ") {
			continue
		}
		before := strings.TrimSuffix(text[:m.Start], " and ")
		k := strings.LastIndexByte(before, ' ') + 1
		if w := before[k:]; compass[w] && w != first {
			if c, ok := lookupIdx[lookupKey(w+" "+rest)]; ok && c != m.Code {
				ms = slices.Insert(ms, i, CountryMention{Code: c, Text: w, Start: k, End: len(before), How: m.How})
				i++ // (the mention just read, now one further on)
			}
		}
	}
	return ms
}

// terminal returns the first entry ending at token j that matches tokens
// i..j in a case it accepts.
func (s *scanner) terminal(i, j int) *entry {
	n := root
	for k := i; k <= j; k++ {
		n = n.next[s.fold[k]]
	}
	for _, e := range n.entries {
		if s.caseOK(e, i, j) {
			return e
		}
	}
	return nil
}
