package gazetteer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Cuba and the U.S. restored ties; the U.S. embassy in Havana reopened.",
	"the departments of Homeland Security, State and Justice",
	"Michael Jordan, Atlanta, Georgia, Papua New Guinea, Guinea-Bissau",
	"cuban foreign ministry officials met iranian envoys on monday",
	"U.S.-", "'s", "Ministry of", "of the", "\u2019s embassy", "\xff\xfe", "",
}

// FuzzFindCountries checks that mentions are in order, inside the text,
// never overlap and say what the text says.
func FuzzFindCountries(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, m := range FindCountries(text) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %+v: bad offsets after %d in %d bytes", m, last, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v: text[%d:%d] = %q", m, m.Start, m.End, text[m.Start:m.End])
			}
			if _, ok := Country(m.Code); !ok {
				t.Fatalf("mention %+v: unknown code", m)
			}
			last = m.End
		}
	})
}

// FuzzFindAgencies checks that agency spans are inside the text and that
// their names are canonical.
func FuzzFindAgencies(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "CU")
	}
	f.Fuzz(func(t *testing.T, text, fallback string) {
		for _, a := range FindAgencies(text, FindCountries(text), fallback) {
			if a.Start < 0 || a.End <= a.Start || a.End > len(text) || text[a.Start:a.End] != a.Text {
				t.Fatalf("agency %+v: bad offsets in %d bytes", a, len(text))
			}
			if a.Name == "" {
				t.Fatalf("agency %+v: empty name", a)
			}
			if utf8.ValidString(text) && !strings.Contains(a.Text, "\x00") && a.Place != "" && !strings.Contains(a.Text, a.Place) {
				t.Fatalf("agency %+v: place not in its text", a)
			}
		}
		_ = Canonical(text)
	})
}
