package extract

import (
	"strings"
	"unicode"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
	"github.com/entente-dev/entente/loader/extract/when"
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

// datelineDay returns the day a wire dateline gives ("PEKING, March 26")
// when it lies a day or two from the publication date pub (a wire stamp in
// another time zone, <DATE> 25-MAR-1987): the writer's "today" and
// "yesterday" are the dateline's. Otherwise it returns pub.
func datelineDay(dl string, pub graph.Date) graph.Date {
	if dl == "" || pub.Precision() != graph.PrecisionDay {
		return pub
	}
	for _, m := range when.Find(dl, when.Options{Anchor: pub}) {
		v := when.Resolve(m, pub, when.TenseUnknown).Start
		if m.Weekday || v.Precision() != graph.PrecisionDay || v == pub {
			continue
		}
		if d := v.First().Sub(pub.First()).Hours() / 24; d >= -2 && d <= 2 {
			return v
		}
	}
	return pub
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
