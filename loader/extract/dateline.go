package extract

import (
	"strings"
	"unicode"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// datelineCountry returns the country a wire dateline files the story from
// ("HAVANA, Feb. 25 (Xinhua)" is CU, "NAIROBI, Kenya (AP)" is KE,
// "BEIJING/WASHINGTON" is CN: the first place), or "" when no place in it
// is known. Datelines are written in capitals, which the gazetteer reads as
// shouting, so the place is title-cased first.
func datelineCountry(dl string, pub graph.Date) string {
	if i := strings.IndexAny(dl, "(/"); i >= 0 {
		dl = dl[:i]
	}
	for _, part := range strings.Split(dl, ",") {
		part = strings.TrimSpace(part)
		if part == "" || unicode.IsDigit(rune(part[len(part)-1])) {
			continue // "Feb. 25": the date, not the place
		}
		ms := gazetteer.FindCountries(titleCase(part))
		if len(ms) > 0 && ms[0].Start == 0 {
			return eraCode(ms[0].Code, pub)
		}
	}
	return ""
}

// titleCase writes an all-capitals phrase as a name ("NEW DELHI" -> "New
// Delhi"); other phrases are returned as they are.
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-' || r == '.'
	}
	return string(b)
}
