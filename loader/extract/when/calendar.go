package when

import (
	"time"

	"github.com/entente-dev/entente/graph"
)

// Calendar arithmetic on UTC midnights. Nothing here reads the clock.

func midnight(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func daysIn(y int, m time.Month) int { return midnight(y, m+1, 0).Day() }

// validMD reports whether day d exists in month m of some year (Feb 29 does).
func validMD(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(2000, time.Month(m)) }

// addMonths moves (y, m) by n months.
func addMonths(y int, m time.Month, n int) (int, time.Month) {
	k := y*12 + int(m) - 1 + n
	return k / 12, time.Month(k%12 + 1)
}

// monday returns the Monday of t's Monday-to-Sunday week.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// onOrBefore returns the latest day with weekday w on or before t; strict
// excludes t itself.
func onOrBefore(t time.Time, w time.Weekday, strict bool) time.Time {
	diff := (int(t.Weekday()) - int(w) + 7) % 7
	if diff == 0 && strict {
		diff = 7
	}
	return t.AddDate(0, 0, -diff)
}

// onOrAfter returns the earliest day with weekday w on or after t; strict
// excludes t itself.
func onOrAfter(t time.Time, w time.Weekday, strict bool) time.Time {
	diff := (int(w) - int(t.Weekday()) + 7) % 7
	if diff == 0 && strict {
		diff = 7
	}
	return t.AddDate(0, 0, diff)
}

// dayRange returns the day-precision span from a to b.
func dayRange(a, b time.Time) graph.Span {
	return graph.Span{Start: graph.DateOf(a), End: graph.DateOf(b)}
}

// anchor accessors: each reports false when the anchor is not precise enough.

func (p *parser) anchorDay() (time.Time, bool) {
	if p.anchor.Precision() != graph.PrecisionDay {
		return time.Time{}, false
	}
	return p.anchor.First(), true
}

func (p *parser) anchorMonth() (int, time.Month, bool) {
	switch p.anchor.Precision() {
	case graph.PrecisionDay, graph.PrecisionMonth:
		return p.anchor.Year, p.anchor.Month, true
	}
	return 0, 0, false
}

func (p *parser) anchorYear() (int, bool) {
	return p.anchor.Year, !p.anchor.IsZero()
}

// inferYear picks the year of a month-day written without one: by default
// the occurrence nearest the anchor, for a past tense the latest on or
// before it, for a future tense the earliest on or after it.
func (p *parser) inferYear(m time.Month, d int) (int, bool) {
	return p.inferYearOf(func(int) (time.Month, int) { return m, d })
}

// inferYearOf is inferYear for a day whose month and day depend on the
// year (Easter).
func (p *parser) inferYearOf(day func(y int) (time.Month, int)) (int, bool) {
	ay, am, ok := p.anchorMonth()
	if !ok {
		return 0, false
	}
	at, dayOK := p.anchorDay()
	best, bestDist, found := 0, 0, false
	for y := ay - 1; y <= ay+1; y++ {
		m, d := day(y)
		if d > daysIn(y, m) {
			continue
		}
		var dist int // candidate minus anchor
		if dayOK {
			dist = int(midnight(y, m, d).Sub(at).Hours() / 24)
		} else {
			dist = ((y*12 + int(m)) - (ay*12 + int(am))) * 31
		}
		switch p.tense {
		case TensePast:
			if dist > 0 {
				continue
			}
		case TenseFuture:
			if dist < 0 {
				continue
			}
		}
		if !found || abs(dist) < abs(bestDist) {
			best, bestDist, found = y, dist, true
		}
	}
	return best, found
}

// mod says which way a month or weekday points.
type mod uint8

const (
	modNone mod = iota // bare: direction from the tense (past by default)
	modLast            // "last": strictly before the anchor
	modNext            // "next": strictly after the anchor
	modThis            // "this": in the anchor's week or year
)

// monthYear picks the year of a month named without one.
func (p *parser) monthYear(m time.Month, md mod) (int, bool) {
	if md == modThis {
		return p.anchorYear()
	}
	ay, am, ok := p.anchorMonth()
	if !ok {
		return 0, false
	}
	switch md {
	case modLast:
		if m < am {
			return ay, true
		}
		return ay - 1, true
	case modNext:
		if m > am {
			return ay, true
		}
		return ay + 1, true
	}
	if p.tense == TenseFuture {
		if m >= am {
			return ay, true
		}
		return ay + 1, true
	}
	if m <= am {
		return ay, true
	}
	return ay - 1, true
}

// weekdays resolves a list of weekdays ("Monday and Tuesday") as a span.
func (p *parser) weekdays(first, last time.Weekday, md mod) (graph.Span, bool) {
	a, ok := p.anchorDay()
	if !ok {
		return graph.Span{}, false
	}
	gap := (int(last) - int(first) + 7) % 7 // days from first to last
	var start time.Time
	switch md {
	case modLast:
		start = onOrBefore(a, first, true)
	case modNext:
		start = onOrAfter(a, first, true)
	case modThis:
		start = monday(a).AddDate(0, 0, (int(first)+6)%7)
	default:
		if p.tense == TenseFuture {
			start = onOrAfter(a, first, false)
		} else {
			// The last day named is the one on or before the anchor.
			start = onOrBefore(a, last, false).AddDate(0, 0, -gap)
		}
	}
	return dayRange(start, start.AddDate(0, 0, gap)), true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
