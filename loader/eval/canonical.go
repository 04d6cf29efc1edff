package eval

import (
	"sort"
	"strings"
	"unicode"

	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// agencyStop are words that never tell two agencies apart.
var agencyStop = map[string]bool{"the": true, "of": true, "for": true, "s": true}

// agencySynonym folds spelling variants to one word.
var agencySynonym = map[string]string{
	"defence":    "defense",
	"dept":       "department",
	"ministries": "ministry",
	"us":         "", // "U.S. Embassy" = "Embassy" of the US
	"usa":        "",
}

// CanonicalAgency folds an agency name to a key that is the same for the
// usual variants of one agency of a country: case, "the", the country's own
// name or demonym ("Cuban foreign ministry", "U.S. State Department"), word
// order ("State Department" = "Department of State") and "Foreign Ministry" =
// "Ministry of Foreign Affairs". countryNames are names of the agency's
// country (its name, aliases); their words and the demonyms of one-word
// names (Cuban, Iraqi) are dropped.
func CanonicalAgency(name string, countryNames ...string) string {
	countryWords := map[string]bool{}
	var stems []string
	for _, n := range countryNames {
		ws := words(n)
		for _, w := range ws {
			if !agencyStop[w] {
				countryWords[w] = true
			}
		}
		if len(ws) == 1 && len(ws[0]) >= 4 {
			stems = append(stems, ws[0])
		}
	}
	// A demonym shares all but the last three letters (at least four) of a
	// one-word name (Cuba/Cuban, Iraq/Iraqi, China/Chinese, Britain/British,
	// Ukraine/Ukrainian); multi-word names only drop their own words, so
	// "States" never eats "State".
	isCountry := func(w string) bool {
		if countryWords[w] {
			return true
		}
		for _, s := range stems {
			n := max(4, len(s)-3)
			if len(w) >= n && w[:n] == s[:n] {
				return true
			}
		}
		return false
	}
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	ws := words(name)
	for _, w := range ws {
		if s, ok := agencySynonym[w]; ok {
			w = s
		}
		if w == "" || agencyStop[w] || isCountry(w) {
			continue
		}
		add(w)
	}
	if seen["foreign"] && !seen["affairs"] && (seen["ministry"] || seen["minister"] || seen["office"]) {
		add("affairs")
	}
	if len(out) == 0 { // a name made only of country words: keep it as written
		for _, w := range ws {
			add(w)
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// words splits s into lower-case words, reading "U.S." and "U.K." as "us"
// and "uk" and dropping possessive 's.
func words(s string) []string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("u.s.", "us", "u.k.", "uk", "u. s.", "us", "’", "'", "coastguard", "coast guard").Replace(s)
	s = strings.ReplaceAll(s, "'s ", " ")
	s = strings.TrimSuffix(s, "'s")
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// countryNames returns the names a country goes by: the gazetteer's entry
// when it has one, plus names the article's extraction gave it.
func countryNames(code string, fromResult map[string]string) []string {
	var names []string
	if c, ok := gazetteer.Country(code); ok {
		names = append(names, c.Name)
		names = append(names, c.Aliases...)
	}
	if n := fromResult[code]; n != "" {
		names = append(names, n)
	}
	return names
}
