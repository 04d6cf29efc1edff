package gazetteer

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/entente-dev/entente/graph"
)

// How says how a country was named.
type How string

// Ways a country is named.
const (
	ByName    How = "name"    // "Cuba", "United States", "U.S.", "PRC"
	ByDemonym How = "demonym" // "Cuban", "American"
	ByCapital How = "capital" // "Havana", "Washington", "the Kremlin", "the White House"
)

// CountryMention is one mention of a country. Start and End are byte offsets.
type CountryMention struct {
	Code  string // ISO 3166-1 alpha-2 (or EU, SU, XK, PS, DD)
	Text  string // as written
	Start int
	End   int
	How   How
}

// AgencyMention is one mention of a government agency. Start and End are byte
// offsets of the whole expression; a coordinated form ("the departments of
// Homeland Security, State and Justice") yields one mention per agency,
// sharing the span.
type AgencyMention struct {
	Name    string // canonical name, e.g. "Department of State"
	Country string // ISO code; "" when the country could not be determined
	Text    string
	Start   int
	End     int
	Place   string // for embassies and consulates: where it is ("Havana"), when written
}

// The tables below are built once, on first use, by load and only read
// afterwards.
var (
	root      = &node{}
	byCode    = map[string]graph.Country{}
	codes     []string
	lookupIdx = map[string]string{} // lookupKey -> code
	gazWords  = map[string]bool{}   // first words of country phrases, as written
)

// lowerNo are names that are common words in lower case.
var lowerNo = map[string]bool{
	"Turkey": true, "China": true, "Chad": true, "Jordan": true, "Guinea": true, "Mali": true,
	"Niger": true, "Georgia": true, "Jersey": true, "Chile": true, "Panama": true, "Togo": true,
	"America": true, "Washington": true, "Paris": true, "London": true, "Japan": true,
}

type cand struct {
	e    *entry
	prio int
}

// load builds the country and agency tables the first time an exported
// function needs them, so programs that import the package without
// extracting (the server, the Neo4j helper, --help) do not pay the 12 ms
// and 2 MB at start-up. Every exported function that reads a table calls it.
var load = sync.OnceFunc(func() {
	buildCountries()
	buildAgencies()
})

// buildCountries fills the country trie and the lookup tables.
func buildCountries() {
	all := append(append([]genCountry{}, genCountries...), extraCountries...)
	cands := map[string][]cand{}
	add := func(phrase, code string, how How, prio int) {
		if phrase == "" || noText[phrase] {
			return
		}
		toks := tokensOf(phrase)
		if len(toks) == 0 || len(toks) > 16 || strings.Contains(phrase, ",") && code != "" && how != ByCapital {
			return
		}
		letters, hasLower := 0, false
		for _, r := range phrase {
			if unicode.IsLetter(r) {
				letters++
			}
			hasLower = hasLower || unicode.IsLower(r)
		}
		if letters < 2 || !isCapitalized(toks[0]) && code != "" && toks[0] != "the" && toks[0] != "mainland" {
			return
		}
		e := &entry{phrase: phrase, orig: toks, code: code, how: how,
			upperOK: letters >= 4 && hasLower,
			lowerOK: letters >= 4 && hasLower && !lowerNo[phrase]}
		k := foldString(strings.Join(toks, "\x00"))
		cands[k] = append(cands[k], cand{e, prio})
	}
	// News in English often drops the accents: "Brasilia", "Bogota",
	// "Yaounde". Every name with diacritics is also found without them.
	plain := add
	add = func(phrase, code string, how How, prio int) {
		plain(phrase, code, how, prio)
		if a := StripAccents(phrase); a != phrase {
			plain(a, code, how, prio-1)
		}
	}
	for _, a := range curated {
		add(a.text, a.code, a.how, 100)
	}
	for w, code := range combiningForms {
		add(w, code, ByDemonym, 100)
	}
	for _, b := range blocked {
		add(b, "", ByName, 200)
	}
	for _, c := range all {
		bonus := 0
		if c.Independent || c.UNMember || c.Code == "PS" || c.Code == "XK" || c.Code == "TW" {
			bonus = 10
		}
		if c.UNMember {
			bonus++
		}
		name := c.Common
		if n, ok := commonNames[c.Code]; ok {
			name = n
		}
		add(name, c.Code, ByName, 60+bonus)
		add(c.Common, c.Code, ByName, 58+bonus)
		add(c.Official, c.Code, ByName, 50+bonus)
		for _, a := range c.Alt {
			if len(a) > 3 || isUpperWord(a) && len(a) == 3 {
				add(a, c.Code, ByName, 45+bonus)
			}
		}
		for _, d := range c.Demonyms {
			add(d, c.Code, ByDemonym, 30+bonus)
			if p := demonymPlural(d); p != "" && curatedCode(d, c.Code) == c.Code {
				add(p, c.Code, ByDemonym, 29+bonus) // "the Nigerians will go on to Paris"
			}
		}
		if bonus > 0 {
			for _, cap := range c.Capitals {
				add(cap, c.Code, ByCapital, 20+bonus)
			}
		}
		aliases := []string{}
		seen := map[string]bool{name: true}
		for _, a := range append([]string{c.Common, c.Official}, c.Alt...) {
			if a != "" && !seen[a] {
				seen[a] = true
				aliases = append(aliases, a)
			}
		}
		for _, a := range curated {
			if a.code == c.Code && a.how == ByName && !seen[a.text] {
				seen[a.text] = true
				aliases = append(aliases, a.text)
			}
		}
		byCode[c.Code] = graph.Country{Code: c.Code, Name: name, Aliases: aliases}
		codes = append(codes, c.Code)
	}
	sort.Strings(codes)
	for k, cs := range cands {
		sort.SliceStable(cs, func(i, j int) bool {
			if cs[i].prio != cs[j].prio {
				return cs[i].prio > cs[j].prio
			}
			return cs[i].e.code < cs[j].e.code
		})
		n := root
		for _, t := range strings.Split(k, "\x00") {
			n = n.child(t)
		}
		seen := map[string]bool{}
		for _, c := range cs {
			id := c.e.code + "\x00" + strings.Join(c.e.orig, "\x00")
			if seen[id] {
				continue
			}
			seen[id] = true
			n.entries = append(n.entries, c.e)
			if c.e.code != "" {
				gazWords[c.e.orig[0]] = true
			}
		}
	}
	// Lookup: codes first, then names in priority order (lower priority
	// never overwrites higher).
	type lk struct {
		code string
		prio int
	}
	best := map[string]lk{}
	put := func(s, code string, prio int) {
		k := lookupKey(s)
		if k == "" {
			return
		}
		if b, ok := best[k]; !ok || prio > b.prio {
			best[k] = lk{code, prio}
		}
	}
	for _, c := range all {
		put(c.Code, c.Code, 1000)
		put(c.Alpha3, c.Code, 900)
	}
	for _, cs := range cands {
		for _, c := range cs {
			if c.e.code != "" && c.e.how != ByCapital && combiningForms[c.e.phrase] == "" {
				put(c.e.phrase, c.e.code, c.prio)
			}
		}
	}
	for _, c := range all {
		for _, a := range byCode[c.Code].Aliases {
			put(a, c.Code, 40)
		}
		put(byCode[c.Code].Name, c.Code, 95)
	}
	for k, v := range best {
		lookupIdx[k] = v.code
	}
}

// CombiningForm returns the country of the first half of a compound of two
// peoples, in any case ("franco" of "Franco-German" is "FR"), or "".
func CombiningForm(w string) string {
	return combiningLower()[strings.ToLower(w)]
}

var combiningLower = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(combiningForms))
	for w, code := range combiningForms {
		m[strings.ToLower(w)] = code
	}
	return m
})

// demonymPlural returns the plural of a demonym that takes a plain "-s"
// ("Nigerian", "Pakistani"), or "" for one that has none ("Chinese",
// "Swiss", "Irish", "Dutch").
func demonymPlural(d string) string {
	if strings.HasSuffix(d, "an") || strings.HasSuffix(d, "i") {
		return d + "s"
	}
	return ""
}

// curatedCode returns the code the curated aliases give the text s, or
// def when they give it none: "Dominican" is the Dominican Republic's,
// though the country data has it for Dominica.
func curatedCode(s, def string) string {
	for _, a := range curated {
		if a.text == s {
			return a.code
		}
	}
	return def
}

// lookupKey folds s for Lookup: lower case, letters and digits only, a
// leading "the" dropped ("U.S." and "the US" give "us").
func lookupKey(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Country returns the gazetteer entry of an ISO code (or a reserved code such
// as EU or SU) and whether it exists. The code is case-insensitive.
func Country(code string) (graph.Country, bool) {
	load()
	c, ok := byCode[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return graph.Country{}, false
	}
	c.Aliases = append([]string(nil), c.Aliases...)
	return c, true
}

// Countries returns every country of the gazetteer, sorted by code.
func Countries() []graph.Country {
	load()
	out := make([]graph.Country, 0, len(codes))
	for _, code := range codes {
		c, _ := Country(code)
		out = append(out, c)
	}
	return out
}

// Lookup resolves a user-supplied country name, alias, demonym or code ("CU",
// "cuba", "U.S.", "United States", "usa", "Cuban") to its entry, ignoring
// case and punctuation. It is what API arguments use.
func Lookup(s string) (graph.Country, bool) {
	load()
	code, ok := lookupIdx[lookupKey(s)]
	if !ok {
		return graph.Country{}, false
	}
	return Country(code)
}

// FindCountries returns the country mentions in text, in order, without
// overlaps (longest match wins). Ambiguous names (Georgia, Jordan, Chad,
// Turkey, Guinea, Niger, ...) are kept only when the context supports the
// country reading; capitals and seats of government come with How ByCapital.
func FindCountries(text string) []CountryMention {
	return NewText(text).Countries()
}

// Text is a text split into tokens once for both finders: an article's
// countries and agencies are looked up in the same text, and splitting it
// is a good part of their cost. A Text is only read once made, so it is
// safe for concurrent use.
type Text struct {
	text  string
	toks  []token
	fold  []string // each token folded (foldTokens)
	lower bool     // written in lower case (lowerCaseText)
}

// NewText prepares text for Countries and Agencies.
func NewText(text string) *Text {
	toks := tokenize(text)
	return &Text{text: text, toks: toks, fold: foldTokens(text, toks), lower: lowerCaseText(text, toks)}
}

// scanner returns a fresh scanner over the text.
func (t *Text) scanner() scanner {
	return scanner{text: t.text, toks: t.toks, fold: t.fold, lower: t.lower}
}

// Countries is FindCountries on the text.
func (t *Text) Countries() []CountryMention {
	load()
	return find(t.scanner())
}

// StripAccents removes combining marks after canonical decomposition
// ("Brasília" gives "Brasilia", "Tadić" gives "Tadic").
func StripAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
