package when

import (
	"time"

	"github.com/entente-dev/entente/graph"
)

// Holidays news dates events by ("arrives on Palm Sunday", "talks before
// Christmas"): the widely shared ones whose day is fixed or computed, not
// national days, which differ by country.
const (
	holNone = iota
	holChristmas
	holChristmasEve
	holBoxingDay
	holEaster
	holEasterMonday
	holGoodFriday
	holPalmSunday
	holThanksgiving
	holHalloween
	holValentines
	holNewYearsDay
	holNewYearsEve
)

// holidayWords are the first words of holiday names.
var holidayWords = map[string]int{
	"christmas": holChristmas, "easter": holEaster, "good": holGoodFriday, "palm": holPalmSunday,
	"boxing": holBoxingDay, "thanksgiving": holThanksgiving, "halloween": holHalloween, "valentine": holValentines,
	"new": holNewYearsDay,
}

// holiday reads a holiday's name at i ("Christmas", "Christmas Eve",
// "Easter Monday", "Good Friday", "Palm Sunday", "Boxing Day",
// "Thanksgiving Day", "Valentine's Day", "New Year's Day"), with an
// optional year after it; without one, the year is the nearest (or, by
// tense, the last or next) occurrence's.
func (p *parser) holiday(i int) (result, bool) {
	h := int(p.toks[i].val)
	j := i + 1
	switch h {
	case holChristmas:
		switch {
		case p.isWord(j, "eve"):
			h, j = holChristmasEve, j+1
		case p.word(j, wDay):
			j++
		}
	case holEaster:
		switch {
		case p.isWord(j, "monday"):
			h, j = holEasterMonday, j+1
		case p.isWord(j, "sunday"):
			j++
		}
	case holGoodFriday, holPalmSunday, holBoxingDay:
		// Common words that name a holiday only capitalised and with their
		// second word: "Good Friday", "Palm Sunday", "Boxing Day".
		if p.toks[i].flags&fUpper == 0 || !p.isWord(j, holidaySecond[h]) || p.toks[j].flags&fUpper == 0 {
			return result{}, false
		}
		j++
	case holThanksgiving:
		if p.word(j, wDay) {
			j++
		}
	case holValentines:
		if !(p.punct(j, '\'') || p.punct(j, '\u2019')) || !p.word(j+1, wS) || !p.word(j+2, wDay) {
			return result{}, false
		}
		j += 3
	case holNewYearsDay:
		// "New Year's Day", "New Year's Eve", capitalised: "new" is a
		// common word, and "New Year" alone may be a lunar one.
		if p.toks[i].flags&fUpper == 0 || !p.word(j, wYear) || p.toks[j].flags&fUpper == 0 ||
			!(p.punct(j+1, '\'') || p.punct(j+1, '\u2019')) || !p.word(j+2, wS) {
			return result{}, false
		}
		switch {
		case p.word(j+3, wDay):
		case p.isWord(j+3, "eve"):
			h = holNewYearsEve
		default:
			return result{}, false
		}
		j += 4
	}
	if p.toks[i].flags&fUpper == 0 && h != holChristmas && h != holEaster {
		return result{}, false // "thanksgiving", "halloween" in lower case are rarely the day
	}
	if j < len(p.toks) && p.toks[j].kind == kWord && !holidayFollowers[p.toks[j].code] && !p.anyWord(j, holidayNouns) {
		return result{}, false // "Easter eggs", "Christmas trees", "Easter Island": the name modifies a thing
	}
	r := result{end: j}
	y, end, ok := p.yearAfter(j)
	if ok {
		r.end = end
	} else {
		r.rel, r.tensed = true, true
		if y, ok = p.inferYearOf(func(y int) (time.Month, int) { return holidayDate(h, y) }); !ok {
			return r, true
		}
	}
	m, d := holidayDate(h, y)
	t := midnight(y, m, d)
	r.span = graph.Span{Start: graph.Day(t.Year(), t.Month(), t.Day())}
	return r, true
}

// holidayFollowers are the word codes that may follow a holiday's name
// used as a date: prepositions, conjunctions, function words, time units.
var holidayFollowers = map[uint16]bool{wStrongPre: true, wWeakPre: true, wFunction: true, wAnd: true, wOr: true,
	wTo: true, wThrough: true, wOf: true, wThe: true, wFrom: true, wBetween: true, wA: true, wDet: true,
	wWeek: true, wWeekend: true, wDay: true, wNight: true, wMorning: true, wThis: true, wLast: true, wNext: true,
	wToday: true, wYesterday: true, wTomorrow: true, wTonight: true, wEarlier: true, wLater: true}

// holidayNouns after a holiday's name keep it a time ("the Easter holiday",
// "the Christmas recess").
var holidayNouns = []string{"holiday", "holidays", "break", "recess", "season", "period", "vacation", "eve"}

// anyWord reports whether the word at i is one of ws (case-folded).
func (p *parser) anyWord(i int, ws []string) bool {
	for _, w := range ws {
		if p.isWord(i, w) {
			return true
		}
	}
	return false
}

// holidaySecond is the second word of the holidays named by a common word.
var holidaySecond = map[int]string{holGoodFriday: "friday", holPalmSunday: "sunday", holBoxingDay: "day"}

// easterOffset is how many days from Easter Sunday the holidays around it
// fall.
var easterOffset = map[int]int{holEaster: 0, holEasterMonday: 1, holGoodFriday: -2, holPalmSunday: -7}

// holidayDate returns the month and day of holiday h in year y.
func holidayDate(h, y int) (time.Month, int) {
	switch h {
	case holChristmasEve:
		return time.December, 24
	case holBoxingDay:
		return time.December, 26
	case holHalloween:
		return time.October, 31
	case holValentines:
		return time.February, 14
	case holNewYearsDay:
		return time.January, 1
	case holNewYearsEve:
		return time.December, 31
	case holThanksgiving: // the fourth Thursday of November (the U.S. one)
		first := midnight(y, time.November, 1)
		return time.November, 1 + (int(time.Thursday)-int(first.Weekday())+7)%7 + 21
	case holEaster, holEasterMonday, holGoodFriday, holPalmSunday:
		e := easter(y).AddDate(0, 0, easterOffset[h])
		return e.Month(), e.Day()
	}
	return time.December, 25
}

// easter returns Western Easter Sunday of year y (the anonymous Gregorian
// computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return midnight(y, time.Month(month), day)
}
