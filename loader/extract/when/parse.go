package when

import (
	"strings"
	"time"

	"github.com/entente-dev/entente/graph"
)

// parser holds one text's tokens and the settings that resolve them.
type parser struct {
	text     string
	toks     []token
	anchor   graph.Date
	dayFirst bool
	tense    Tense
	// trusted is set by Resolve: the text is known to be one date
	// expression, so context checks (a preposition before "October" or
	// "2015", "between" before "and") are skipped.
	trusted  bool
	lastYear int // token index just past the last bare-year mention (for "in 1967 and 1981"); -1 when none
}

// result is one parsed expression.
type result struct {
	end    int // token index just past the expression
	span   graph.Span
	rel    bool // resolved against the anchor
	wd     bool // a bare weekday
	tensed bool // the value depends on the tense
	year   bool // a bare year that a list may continue
	theDay bool // "earlier in the day": the day last named, else the anchor
	// back is, for "that year", "later that month", "the following
	// year", the unit (wYear, wMonthUnit) of the period last named that
	// the expression takes, shifted by shift of them; Find resolves it.
	back  uint16
	shift int
	age   bool // "seven-month-old": when what it describes began
}

// part is a calendar date as written: year 0 when not given.
type part struct {
	y, m, d int
	rel     bool // the year is the anchor's or next to it ("Feb. 12 last year")
}

// newParser tokenizes text for parsing against anchor.
func newParser(text string, anchor graph.Date, dayFirst bool, tense Tense, trusted bool) *parser {
	return newParserWith(text, make([]token, 0, len(text)/4+8), anchor, dayFirst, tense, trusted)
}

// newParserWith is newParser appending the tokens to buf (empty; its
// capacity is reused).
func newParserWith(text string, buf []token, anchor graph.Date, dayFirst bool, tense Tense, trusted bool) *parser {
	if !anchor.Valid() {
		anchor = graph.Date{}
	}
	return &parser{
		text:     text,
		toks:     tokenize(text, buf),
		anchor:   anchor,
		dayFirst: dayFirst,
		tense:    tense,
		trusted:  trusted,
		lastYear: -1,
	}
}

// mention turns a result starting at token i into a Mention, dropping values
// that are not real dates (a relative date pushed out of years 1-9999).
func (p *parser) mention(i int, r result) Mention {
	s, e := int(p.toks[i].start), int(p.toks[r.end-1].end)
	v := r.span
	if !v.Start.Valid() || !v.End.Valid() || v.Start.IsZero() ||
		(!v.End.IsZero() && v.End.Before(v.Start)) {
		v = graph.Span{}
	}
	if v.End == v.Start {
		v.End = graph.Date{}
	}
	return Mention{Text: p.text[s:e], Start: s, End: e, Value: v, Relative: r.rel, Weekday: r.wd, Tensed: r.tensed, Age: r.age}
}

// Token tests. All of them are safe for any index.

func (p *parser) word(i int, code uint16) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == kWord && p.toks[i].code == code
}

func (p *parser) punct(i int, r rune) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == kPunct && p.toks[i].val == r
}

// isWord reports whether token i is the word w (lower case), in any case.
func (p *parser) isWord(i int, w string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != kWord {
		return false
	}
	s := p.text[p.toks[i].start:p.toks[i].end]
	if len(s) != len(w) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// sentenceStart reports whether token i opens the text or follows the end
// of a sentence (".", "!", "?", perhaps a closing quote) or a line break.
func (p *parser) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	j := i - 1
	if p.punct(j, '"') || p.punct(j, '\u201d') || p.punct(j, '\'') {
		j--
	}
	if p.punct(j, '.') || p.punct(j, '!') || p.punct(j, '?') {
		return true
	}
	return strings.ContainsRune(p.text[p.toks[i-1].end:p.toks[i].start], '\n')
}

// glued reports whether token i follows the previous one without a space.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].flags&fSpace == 0
}

func (p *parser) dash(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != kPunct {
		return false
	}
	switch p.toks[i].val {
	case '-', '–', '—', '‒', '−':
		return true
	}
	return false
}

// rangeTo reports whether token i joins the ends of a range: a dash, "to",
// "through", "until", "till".
func (p *parser) rangeTo(i int) bool {
	return p.dash(i) || p.word(i, wTo) || p.word(i, wThrough)
}

// monthAt reads a month name at i (and the period of an abbreviation).
func (p *parser) monthAt(i int) (m, next int, ok bool) {
	if !p.word(i, wMonth) {
		return 0, 0, false
	}
	next = i + 1
	if p.toks[i].abbr && p.punct(next, '.') && p.glued(next) {
		next++
	}
	return int(p.toks[i].val), next, true
}

// ambiguous reports whether the month word at i is also a common English
// word ("may", "march", "august") and is written in lower case.
func (p *parser) ambiguous(i int) bool {
	t := p.toks[i]
	if t.flags&fUpper != 0 {
		return false
	}
	return t.val == 5 || t.val == 3 || t.val == 8
}

// dayAt reads a day of the month (1-31) at i: "21" or "21st", not part of a
// time ("3:30"), a decimal or a fraction.
func (p *parser) dayAt(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	if !(t.kind == kNum && t.nd <= 2 || t.kind == kOrd && t.nd <= 2) || t.val < 1 || t.val > 31 {
		return 0, false
	}
	if n := i + 1; n < len(p.toks) && p.glued(n) && p.toks[n].kind == kPunct {
		switch p.toks[n].val {
		case ':', '%', '/':
			return 0, false
		case '.', ',':
			if p.glued(n+1) && n+1 < len(p.toks) && p.toks[n+1].kind == kNum {
				return 0, false
			}
		}
	}
	return int(t.val), true
}

// dayWord reads a day written as a word after the month at i, Reuters
// style ("March six", "on May One"): only where the word cannot start a
// clause ("in May one analyst said"): capitalised, after "on", or followed
// by punctuation or a year.
func (p *parser) dayWord(i, j int) (int, bool) {
	if !p.word(j, wNumber) || p.toks[j].val > 20 || !p.word(i, wMonth) || p.toks[i].abbr {
		return 0, false
	}
	n := j + 1
	switch {
	case p.toks[j].flags&fUpper != 0, p.isWord(i-1, "on"):
	case n >= len(p.toks):
	case p.toks[n].kind == kPunct && (p.toks[n].val == ',' || p.toks[n].val == '.' || p.toks[n].val == ';'):
	case p.toks[n].kind == kNum && p.toks[n].nd == 4:
	default:
		return 0, false
	}
	return int(p.toks[j].val), true
}

// yearAt reads a four-digit year in [lo, hi] at i, not glued to more digits.
func (p *parser) yearAt(i, lo, hi int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	if t.kind != kNum || t.nd != 4 || int(t.val) < lo || int(t.val) > hi {
		return 0, false
	}
	if n := i + 1; n < len(p.toks) && p.glued(n) && p.toks[n].kind == kPunct {
		switch p.toks[n].val {
		case '%':
			return 0, false
		case '.', ',', ':', '/':
			if p.glued(n+1) && n+1 < len(p.toks) && p.toks[n+1].kind == kNum {
				return 0, false
			}
		}
	}
	if p.word(i+1, wUnit) {
		return 0, false
	}
	return int(t.val), true
}

// Year bounds: written with a month or day, any year of the calendar that
// news plausibly names; alone, a narrower range, since bare four-digit
// numbers are more often counts.
const (
	minYear     = 1000
	maxYear     = 2999
	minBareYear = 1700
	maxBareYear = 2099
)

// yearAfter reads an optional ", 2015", " 2015" or " of 2015" at i.
func (p *parser) yearAfter(i int) (int, int, bool) {
	if p.punct(i, ',') || p.word(i, wOf) {
		if y, ok := p.yearAt(i+1, minYear, maxYear); ok {
			return y, i + 2, true
		}
		return 0, i, false
	}
	if y, ok := p.yearAt(i, minYear, maxYear); ok {
		return y, i + 1, true
	}
	return 0, i, false
}

// withYear gives pt the year told at k, a number ("Feb. 12, 1987") or one
// relative to the anchor ("Feb. 12 last year"), and returns where it ends;
// pt and k stay as they are when none is told.
func (p *parser) withYear(pt part, k int) (part, int) {
	if y, k2, ok := p.yearAfter(k); ok {
		pt.y, k = y, k2
	} else if y, k2, ok := p.relativeYear(k); ok {
		pt.y, pt.rel, k = y, true, k2
	}
	return pt, k
}

// relativeYear reads "last year", "next year" or "this year" (after an
// optional "of") at i as the year it names from the anchor: "Feb. 12 last
// year", "in March of next year". It fails when the anchor is unknown.
func (p *parser) relativeYear(i int) (int, int, bool) {
	if p.word(i, wOf) {
		i++
	}
	if !p.word(i+1, wYear) {
		return 0, i, false
	}
	step := 0
	switch {
	case p.word(i, wLast):
		step = -1
	case p.word(i, wNext):
		step = 1
	case p.word(i, wThis):
	default:
		return 0, i, false
	}
	y, ok := p.anchorYear()
	if !ok {
		return 0, i, false
	}
	return y + step, i + 2, true
}

// monthDay reads "Month Day[, Year]" at i.
func (p *parser) monthDay(i int) (part, int, bool) {
	m, j, ok := p.monthAt(i)
	if !ok {
		return part{}, 0, false
	}
	d, ok := p.dayAt(j)
	if !ok {
		d, ok = p.dayWord(i, j)
	}
	if !ok || !validMD(m, d) {
		return part{}, 0, false
	}
	pt, k := p.withYear(part{m: m, d: d}, j+1)
	return pt, k, true
}

// dayMonth reads "Day [of] Month[,] [Year]" at i.
func (p *parser) dayMonth(i int) (part, int, bool) {
	d, ok := p.dayAt(i)
	if !ok {
		return part{}, 0, false
	}
	j := i + 1
	if p.word(j, wOf) {
		j++
	}
	m, k, ok := p.monthAt(j)
	if !ok || !validMD(m, d) {
		return part{}, 0, false
	}
	pt, k := p.withYear(part{m: m, d: d}, k)
	return pt, k, true
}

// dayResult resolves one written date or a range of two.
func (p *parser) dayResult(a part, b *part, end int) (result, bool) {
	r := result{end: end, rel: a.rel || b != nil && b.rel}
	if b != nil {
		switch {
		case a.y != 0 && b.y == 0:
			b.y = a.y
			if b.m*32+b.d < a.m*32+a.d {
				b.y++
			}
		case a.y == 0 && b.y != 0:
			a.y = b.y
			if a.m*32+a.d > b.m*32+b.d {
				a.y--
			}
		case a.y == 0 && b.y == 0:
			r.rel, r.tensed = true, true
			if y, ok := p.inferYear(time.Month(a.m), a.d); ok {
				a.y = y
				b.y = y
				if b.m*32+b.d < a.m*32+a.d {
					b.y++
				}
			}
		}
		if a.y != 0 {
			if a.d > daysIn(a.y, time.Month(a.m)) || b.d > daysIn(b.y, time.Month(b.m)) {
				return result{}, false
			}
			s, e := midnight(a.y, time.Month(a.m), a.d), midnight(b.y, time.Month(b.m), b.d)
			if !e.After(s) {
				return result{}, false
			}
			r.span = dayRange(s, e)
		} else if b.m*32+b.d <= a.m*32+a.d && b.m == a.m {
			return result{}, false
		}
		return r, true
	}
	if a.y == 0 {
		r.rel, r.tensed = true, true
		y, ok := p.inferYear(time.Month(a.m), a.d)
		if !ok {
			return r, true
		}
		a.y = y
	}
	if a.d > daysIn(a.y, time.Month(a.m)) {
		return result{}, false
	}
	r.span = graph.Span{Start: graph.Day(a.y, time.Month(a.m), a.d)}
	return r, true
}

// parseAt parses the longest date expression starting at token i.
func (p *parser) parseAt(i int) (result, bool) {
	t := p.toks[i]
	switch t.kind {
	case kNum, kOrd:
		return p.numberFirst(i)
	case kWord:
		switch t.code {
		case wMonth:
			return p.monthFirst(i)
		case wWeekday:
			return p.weekday(i, modNone)
		case wToday, wYesterday, wTomorrow, wTonight:
			return p.today(i)
		case wThis, wLast, wNext:
			return p.modified(i)
		case wEarlier, wLater:
			return p.earlierLater(i)
		case wEarly, wLate, wMid, wEnd:
			return p.partOf(i)
		case wNumber, wA:
			return p.ago(i)
		case wThe:
			if r, ok := p.thatPeriod(i); ok {
				return r, true
			}
			return p.theDay(i)
		case wDet:
			return p.thatPeriod(i)
		case wHoliday:
			return p.holiday(i)
		}
	}
	return result{}, false
}

// starts is a cheap filter: can a date expression start at token i?
func (p *parser) starts(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case kNum, kOrd:
		return true
	case kWord:
		if !(t.code != wNone && t.code < wA || t.code == wA || t.code == wThe) {
			return t.code == wDet && (p.periodUnit(i+1) || p.isWord(i+1, "same")) && p.isWord(i, "that") // ("that year", "that same month")
		}
		return p.trusted || !p.inName(i)
	}
	return false
}

// inName reports whether the word at i is part of a URL, file name or
// handle ("news-roundup-thursday/", "USA-TODAY.jpg") or of the name "USA
// Today" rather than a date.
func (p *parser) inName(i int) bool {
	if p.glued(i) && p.toks[i-1].kind == kPunct {
		switch p.toks[i-1].val {
		case '/', '_', '-', '=', '@', '#', '.', '&':
			return true
		}
	}
	if n := i + 1; n < len(p.toks) && p.glued(n) && p.toks[n].kind == kPunct {
		switch p.toks[n].val {
		case '/', '_', '=', '@':
			return true
		case '-', '.':
			// "thursday-night" is fine; "today-show.html" is not: a name
			// goes on with a word glued after the punctuation.
			return p.glued(n+1) && n+1 < len(p.toks) && p.toks[n+1].kind == kWord &&
				!p.word(n+1, wMonth) && !p.word(n+1, wNight) && !p.word(n+1, wMorning) &&
				p.toks[i].code != wMid && p.toks[i].code != wEnd && p.toks[i].code != wEarly && p.toks[i].code != wLate &&
				!(p.toks[i].code == wNumber && p.ageUnit(n+1)) // ("seven-month-old" is an age)
		}
	}
	return p.toks[i].code == wToday && p.isWord(i-1, "usa")
}

// ageUnit reports whether token i is the unit of an age compound:
// "month" in "seven-month-old".
func (p *parser) ageUnit(i int) bool {
	return (p.word(i, wMonthUnit) || p.word(i, wYear) || p.word(i, wWeek) || p.word(i, wDay)) && p.punct(i+1, '-') && p.isWord(i+2, "old")
}

// monthFirst parses expressions that start with a month name.
func (p *parser) monthFirst(i int) (result, bool) {
	if r, ok := p.slashRange(i); ok {
		return r, true
	}
	between := p.trusted || p.word(i-1, wBetween)
	if a, k, ok := p.monthDay(i); ok {
		if r, ok := p.monthDayRange(a, k, between); ok {
			return r, true
		}
		if r, ok := p.dayResult(a, nil, k); ok {
			return r, true
		}
	}
	m, j, _ := p.monthAt(i)
	if y, k, ok := p.yearAfter(j); ok && (p.toks[i].flags&fUpper != 0 || !p.ambiguous(i)) {
		// "July 2015", "March-May 2015" is not handled; "July 2015" is.
		return result{end: k, span: graph.Span{Start: graph.Month(y, time.Month(m))}}, true
	}
	if y, k, ok := p.relativeYear(j); ok && (p.toks[i].flags&fUpper != 0 || !p.ambiguous(i)) && !p.toks[i].abbr {
		// "in March last year", "in May of next year"
		return result{end: k, rel: true, span: graph.Span{Start: graph.Month(y, time.Month(m))}}, true
	}
	// A month alone needs a preposition before it and, when it is also a
	// common word, a capital letter.
	if p.toks[i].abbr || p.ambiguous(i) {
		if !p.trusted {
			return result{}, false
		}
	}
	if !p.trusted && !p.monthContext(i-1) && !p.monthModifier(i) {
		return result{}, false
	}
	if j < len(p.toks) && p.toks[j].kind == kNum && p.toks[j].nd <= 2 {
		return result{}, false // "February 29, 2015": a day that does not exist, not a month
	}
	return p.monthAlone(i, m, j, modNone)
}

// slashRange reads a range written with a slash, as wires write meeting
// and shipment days: "March 19/20", "October 5/7", "April 10/May 5".
func (p *parser) slashRange(i int) (result, bool) {
	m, j, ok := p.monthAt(i)
	if !ok || j+2 >= len(p.toks) || !p.punct(j+1, '/') || !p.glued(j+1) || !p.glued(j+2) {
		return result{}, false
	}
	t := p.toks[j]
	if t.kind != kNum || t.nd > 2 || !validMD(m, int(t.val)) {
		return result{}, false
	}
	a, b := part{m: m, d: int(t.val)}, part{m: m}
	end := j + 3
	if m2, k, ok := p.monthAt(j + 2); ok {
		if b.d, ok = p.dayAt(k); !ok {
			return result{}, false
		}
		b.m, end = m2, k+1
	} else if b.d, ok = p.dayAt(j + 2); !ok || b.d <= a.d {
		return result{}, false
	}
	if !validMD(b.m, b.d) {
		return result{}, false
	}
	if y, k, ok := p.yearAfter(end); ok {
		b.y, end = y, k
	}
	return p.dayResult(a, &b, end)
}

// monthModifier reports whether the capitalised month at i modifies a noun
// after an article or possessive: "a January outline agreement", "the
// March pact", "its October summit".
func (p *parser) monthModifier(i int) bool {
	if i < 1 || i+1 >= len(p.toks) || p.toks[i].flags&fUpper == 0 || p.toks[i].abbr {
		return false
	}
	prev, next := p.toks[i-1], p.toks[i+1]
	if prev.kind != kWord || prev.code != wA && prev.code != wThe && prev.code != wDet {
		return false
	}
	// The next word is a lower-case word that is no date word ("the May 5
	// vote" is read elsewhere; "the May Day" is a name).
	return next.kind == kWord && next.flags&fUpper == 0 && next.code == wNone
}

// monthContext reports whether token i is a word that makes the month name
// after it a date ("in May", "since March", "the end of June").
func (p *parser) monthContext(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != kWord {
		return false
	}
	switch p.toks[i].code {
	case wStrongPre, wWeakPre, wBetween, wFrom, wTo, wThrough, wOf:
		return true
	}
	return false
}

// monthAlone resolves a month named without a year (j is the token after
// it), or a month range "from March to May [2015]".
func (p *parser) monthAlone(i, m, j int, md mod) (result, bool) {
	if md == modNone && (p.rangeTo(j) || (p.word(j, wAnd) && (p.trusted || p.word(i-1, wBetween))) || p.word(j, wOr)) {
		// ("in May or June": either, so the span of both months; only
		// months a season apart at most, "March or June" being no span)
		if m2, k, ok := p.monthAt(j + 1); (ok && !p.toks[j+1].abbr || ok && p.punct(k-1, '.')) && (!p.word(j, wOr) || m2 == m%12+1 || m2 == (m+1)%12+1) {
			if y, k2, ok := p.yearAfter(k); ok {
				y1 := y
				if m > m2 {
					y1--
				}
				return result{end: k2, span: graph.Span{Start: graph.Month(y1, time.Month(m)), End: graph.Month(y, time.Month(m2))}}, true
			}
			return p.monthSpan(m, m2, k), true
		}
	}
	if md == modNone && p.word(i-1, wLate) && p.word(j, wOr) && p.word(j+1, wEarly) {
		// "late April or early May": either, so the span of both months.
		if m2, k, ok := p.monthAt(j + 2); ok && m2 == m%12+1 {
			return p.monthSpan(m, m2, k), true
		}
	}
	r := result{end: j, rel: true, tensed: md == modNone}
	if y, ok := p.monthYear(time.Month(m), md); ok {
		r.span = graph.Span{Start: graph.Month(y, time.Month(m))}
	}
	return r, true
}

// monthSpan is the span from month m to month m2 named without a year,
// ending at token k: m2 before m is in the next year ("December to
// February").
func (p *parser) monthSpan(m, m2, k int) result {
	r := result{end: k, rel: true, tensed: true}
	if y, ok := p.monthYear(time.Month(m), modNone); ok {
		y2 := y
		if m2 < m {
			y2++
		}
		r.span = graph.Span{Start: graph.Month(y, time.Month(m)), End: graph.Month(y2, time.Month(m2))}
	}
	return r
}

// monthDayRange extends "Month Day[, Year]" (a, ending at token k) to a
// range: "Feb. 22-23", "March 21 and 22", "March 21-April 2",
// "Dec. 30, 2015-Jan. 2, 2016", "between March 3 and April 5".
func (p *parser) monthDayRange(a part, k int, between bool) (result, bool) {
	and := p.word(k, wAnd) || p.punct(k, '&')
	if !p.rangeTo(k) && !and {
		return result{}, false
	}
	if b, k2, ok := p.monthDay(k + 1); ok && (!and || between) {
		return p.dayResult(a, &b, k2)
	}
	if a.y != 0 {
		return result{}, false
	}
	d, ok := p.dayAt(k + 1)
	if !ok || d <= a.d || !validMD(a.m, d) {
		return result{}, false
	}
	b := part{m: a.m, d: d}
	end := k + 2
	if y, k2, ok := p.yearAfter(end); ok {
		b.y, end = y, k2
	}
	return p.dayResult(a, &b, end)
}

// numberFirst parses expressions that start with a number: numeric dates,
// day-first dates and ranges, years and year ranges, "two days ago".
func (p *parser) numberFirst(i int) (result, bool) {
	t := p.toks[i]
	if t.kind == kNum && t.nd == 4 {
		return p.yearFirst(i)
	}
	if t.kind == kNum && t.nd <= 2 {
		if r, ok := p.numeric(i); ok {
			return r, true
		}
	}
	if r, ok := p.dayFirstDate(i); ok {
		return r, true
	}
	if r, ok := p.ordinalDay(i); ok {
		return r, true
	}
	return p.ago(i)
}

// ordinalDay parses a day of the month alone, "on the 20th": in the
// anchor's month, or the month before when that day is still ahead (the
// month after for a future tense). Only after "on the" and before no noun
// ("on the 5th anniversary" is no day).
func (p *parser) ordinalDay(i int) (result, bool) {
	t := p.toks[i]
	if t.kind != kOrd || t.nd > 2 || t.val < 1 || t.val > 31 {
		return result{}, false
	}
	if !p.trusted && !(p.word(i-1, wThe) && p.isWord(i-2, "on")) {
		return result{}, false
	}
	if n := i + 1; n < len(p.toks) && p.toks[n].kind == kWord {
		switch p.toks[n].code {
		case wFunction, wStrongPre, wWeakPre, wAnd, wOr, wTo, wThrough, wMorning, wNight:
		default:
			return result{}, false
		}
	}
	a, ok := p.anchorDay()
	if !ok {
		return result{}, false
	}
	r := result{end: i + 1, rel: true, tensed: true}
	y, m, d := a.Year(), a.Month(), int(t.val)
	switch {
	case p.tense == TenseFuture && d < a.Day():
		y, m = addMonths(y, m, 1)
	case p.tense != TenseFuture && d > a.Day():
		y, m = addMonths(y, m, -1)
	}
	if d > daysIn(y, m) {
		return result{}, false
	}
	r.span = graph.Span{Start: graph.Day(y, m, d)}
	return r, true
}

// dayFirstDate parses "20 July 2015", "21st of March", "1-3 March",
// "from 1 to 3 March", "1 March to 3 April 2015".
func (p *parser) dayFirstDate(i int) (result, bool) {
	d1, ok := p.dayAt(i)
	if !ok {
		return result{}, false
	}
	// "1-3 March", "1 to 3 March", "1 and 2 March"
	if p.rangeTo(i+1) || p.word(i+1, wAnd) || p.punct(i+1, '&') {
		if b, k, ok := p.dayMonth(i + 2); ok && b.d > d1 {
			return p.dayResult(part{y: b.y, m: b.m, d: d1}, &b, k)
		}
	}
	// "26-FEB-1987", the Reuters <DATE> form
	if p.dash(i+1) && p.glued(i+1) && p.glued(i+2) && p.dash(i+3) && p.glued(i+3) && p.glued(i+4) {
		if m, k, ok := p.monthAt(i + 2); ok && k == i+3 {
			if y, ok := p.yearAt(i+4, minYear, maxYear); ok && d1 <= daysIn(y, time.Month(m)) {
				return result{end: i + 5, span: graph.Span{Start: graph.Day(y, time.Month(m), d1)}}, true
			}
		}
	}
	a, k, ok := p.dayMonth(i)
	if !ok {
		return result{}, false
	}
	// "1 March to 3 April [2015]"
	if p.rangeTo(k) || (p.word(k, wAnd) && (p.trusted || p.word(i-1, wBetween))) {
		if a.y == 0 {
			if b, k2, ok := p.dayMonth(k + 1); ok {
				if r, ok := p.dayResult(a, &b, k2); ok {
					return r, true
				}
			}
		}
	}
	return p.dayResult(a, nil, k)
}

// numeric parses "7/20/2015", "20/7/2015" (DayFirst), "20.07.2015" (always
// day first) and "7/20/15".
func (p *parser) numeric(i int) (result, bool) {
	if i+4 >= len(p.toks) || !p.glued(i+1) || !p.glued(i+2) || !p.glued(i+3) || !p.glued(i+4) {
		return result{}, false
	}
	sep := p.toks[i+1]
	if sep.kind != kPunct || (sep.val != '/' && sep.val != '.' && sep.val != '-') || !p.punct(i+3, sep.val) {
		return result{}, false
	}
	a, b, c := p.toks[i], p.toks[i+2], p.toks[i+4]
	if b.kind != kNum || b.nd > 2 || c.kind != kNum || !(c.nd == 4 || c.nd == 2 && sep.val == '/') {
		return result{}, false
	}
	// Not part of a longer run: "1/2/2015/3", "1.2.2015.5"
	if n := i + 5; n < len(p.toks) && p.glued(n) && p.toks[n].kind == kPunct && p.toks[n].val == sep.val &&
		n+1 < len(p.toks) && p.glued(n+1) && p.toks[n+1].kind == kNum {
		return result{}, false
	}
	if i >= 2 && p.glued(i) && p.toks[i-1].kind == kPunct && p.toks[i-2].kind == kNum {
		return result{}, false
	}
	y := int(c.val)
	if c.nd == 2 {
		y = p.century(y)
	}
	m, d := int(a.val), int(b.val)
	if p.dayFirst || sep.val == '.' {
		m, d = d, m
	}
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return result{}, false
	}
	return result{end: i + 5, span: graph.Span{Start: graph.Day(y, time.Month(m), d)}}, true
}

// century expands a two-digit year: the latest year with those digits that
// is at most ten years after the anchor (or after 2040 without one).
func (p *parser) century(yy int) int {
	limit := 2040
	if y, ok := p.anchorYear(); ok {
		limit = y + 10
	}
	y := limit - (limit-yy)%100
	for y > limit {
		y -= 100
	}
	return y
}

// yearFirst parses "2015-07-20", "1986/87", "1986-1987", "between 1985 and
// 1987" and bare years in a date context.
func (p *parser) yearFirst(i int) (result, bool) {
	y := int(p.toks[i].val)
	// ISO 8601 "2015-07-20", also "2015/07/20".
	if i+4 < len(p.toks) && p.glued(i+1) && p.glued(i+2) && p.glued(i+3) && p.glued(i+4) &&
		(p.punct(i+1, '-') && p.punct(i+3, '-') || p.punct(i+1, '/') && p.punct(i+3, '/')) {
		mt, dt := p.toks[i+2], p.toks[i+4]
		if mt.kind == kNum && dt.kind == kNum && mt.nd <= 2 && dt.nd <= 2 {
			m, d := int(mt.val), int(dt.val)
			if y >= minYear && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, time.Month(m)) {
				return result{end: i + 5, span: graph.Span{Start: graph.Day(y, time.Month(m), d)}}, true
			}
		}
		return result{}, false
	}
	if !p.cleanBefore(i) {
		return result{}, false
	}
	// Year ranges: "1986/87", "1986-87", "1986-1987".
	if p.dash(i+1) || p.punct(i+1, '/') && p.glued(i+1) && p.glued(i+2) {
		if n := i + 2; n < len(p.toks) && p.toks[n].kind == kNum && (p.toks[n].nd == 2 || p.toks[n].nd == 4) {
			y2 := int(p.toks[n].val)
			if p.toks[n].nd == 2 {
				y2 += y / 100 * 100
			}
			if y >= minBareYear && y2 > y && y2 <= maxBareYear && y2-y <= 50 {
				if _, ok := p.yearAt(n, 0, 9999); ok || p.toks[n].nd == 2 && !p.word(n+1, wUnit) && !p.gluedDigits(n+1) {
					return result{end: n + 1, span: graph.Span{Start: graph.Year(y), End: graph.Year(y2)}}, true
				}
			}
		}
	}
	if _, ok := p.yearAt(i, minBareYear, maxBareYear); !ok {
		return result{}, false
	}
	// "between 1985 and 1987", "from 1985 to 1987"
	if p.word(i-1, wBetween) && p.word(i+1, wAnd) || p.word(i-1, wFrom) && p.rangeTo(i+1) {
		if y2, ok := p.yearAt(i+2, minBareYear, maxBareYear); ok && y2 > y {
			return result{end: i + 3, span: graph.Span{Start: graph.Year(y), End: graph.Year(y2)}}, true
		}
	}
	if !p.yearContext(i) {
		return result{}, false
	}
	return result{end: i + 1, span: graph.Span{Start: graph.Year(y)}, year: true}, true
}

// gluedDigits reports whether token i is punctuation glued to a number after it.
func (p *parser) gluedDigits(i int) bool {
	return i+1 < len(p.toks) && p.glued(i) && p.toks[i].kind == kPunct && p.glued(i+1) && p.toks[i+1].kind == kNum
}

// cleanBefore reports whether the number at i stands on its own on the left:
// not "$1987", "2,015", "1.2015" or "-2015"; an opening bracket or quote is
// fine.
func (p *parser) cleanBefore(i int) bool {
	if !p.glued(i) {
		return true
	}
	prev := p.toks[i-1]
	if prev.kind != kPunct {
		return false
	}
	switch prev.val {
	case '(', '[', '"', '\'', '‘', '“', '«':
		return true
	}
	return false
}

// yearContext decides whether the four-digit number at i is a year: after
// "in", "since", "during" and the like; after "by", "from", "of" when
// nothing count-like follows; after a determiner or possessive when a noun
// follows ("the 1967 war", "Biden's 2010 visit"); after "and" or a comma
// continuing a list of years; in brackets.
func (p *parser) yearContext(i int) bool {
	if p.trusted {
		return true
	}
	prev := i - 1
	switch {
	case p.word(prev, wStrongPre):
		return true
	case p.word(prev, wOf) && (p.word(prev-1, wStrongPre) || p.word(prev-1, wEnd)):
		return true // "the summer of 1987", "the end of 1986"
	case p.word(prev, wWeakPre), p.word(prev, wOf), p.word(prev, wFrom), p.word(prev, wTo), p.word(prev, wThrough):
		return p.endsPhrase(i + 1)
	case p.word(prev, wThe), p.word(prev, wA), p.word(prev, wDet), p.word(prev, wS) && p.glued(prev) && (p.punct(prev-1, '\'') || p.punct(prev-1, '’')):
		return i+1 < len(p.toks) && p.toks[i+1].kind == kWord && p.toks[i+1].code != wUnit
	case (p.word(prev, wAnd) || p.word(prev, wOr) || p.punct(prev, ',')) && p.lastYear == prev:
		return true
	case p.yearAdjective(prev) && (p.word(prev-1, wThe) || p.word(prev-1, wA) || p.word(prev-1, wDet)):
		return i+1 < len(p.toks) && p.toks[i+1].kind == kWord && p.toks[i+1].code != wUnit // "the landmark 2015 nuclear deal"
	case p.punct(prev, '(') && p.punct(i+1, ')'):
		return true
	}
	return false
}

// yearAdjective reports whether token i is an adjective that may stand
// between an article and the year of what it names: "the landmark 2015
// nuclear deal", "the failed 1986 talks". (Not "an additional 2000 troops":
// only words that judge an event.)
func (p *parser) yearAdjective(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != kWord {
		return false
	}
	return YearAdjective(strings.ToLower(p.text[p.toks[i].start:p.toks[i].end]))
}

// YearAdjective reports whether the lower-case word w is one that may
// stand between an article and a year it dates: "the landmark 2015 nuclear
// deal".
func YearAdjective(w string) bool { return yearAdjectives[w] }

// yearAdjectives judge an event before its year (see yearAdjective).
var yearAdjectives = map[string]bool{"landmark": true, "historic": true, "controversial": true, "previous": true,
	"earlier": true, "original": true, "failed": true, "abortive": true, "ill-fated": true, "disputed": true,
	"interim": true, "existing": true, "so-called": true, "famous": true, "infamous": true}

// endsPhrase reports whether token i ends a noun phrase that a year began:
// the end of the text, punctuation (not glued to more digits), or a
// function word rather than a noun.
func (p *parser) endsPhrase(i int) bool {
	if i >= len(p.toks) {
		return true
	}
	t := p.toks[i]
	switch t.kind {
	case kPunct:
		return t.val != '%' && !p.gluedDigits(i)
	case kWord:
		switch t.code {
		case wFunction, wThe, wA, wStrongPre, wWeakPre, wWeekday, wMonth, wDet, wAnd, wOr:
			return true // (also "the Mutual Defense Treaty of 1951 and ...")
		}
	}
	return false
}

// weekday parses a weekday at i (md is the "last"/"next"/"this" before it,
// if any): "Wednesday", "Monday and Tuesday", "Monday, March 21, 2016".
func (p *parser) weekday(i int, md mod) (result, bool) {
	w := time.Weekday(p.toks[i].val)
	j := i + 1
	if md == modNone {
		// A weekday before an explicit date: the date says it all.
		k := j
		if p.punct(k, ',') {
			k++
		}
		if p.word(k, wMonth) {
			if a, k2, ok := p.monthDay(k); ok {
				if r, ok := p.monthDayRange(a, k2, false); ok {
					return r, true
				}
				return p.dayResult(a, nil, k2)
			}
		} else if p.word(k+1, wMonth) || p.word(k+1, wOf) {
			if r, ok := p.dayFirstDate(k); ok {
				return r, true
			}
		}
	}
	last := w
	if (p.word(j, wAnd) || p.word(j, wOr) || p.punct(j, '&') || p.rangeTo(j)) && p.word(j+1, wWeekday) {
		last = time.Weekday(p.toks[j+1].val)
		j += 2
	} else if p.word(j, wAnd) && p.isWord(j+1, "on") && p.word(j+2, wWeekday) {
		last = time.Weekday(p.toks[j+2].val) // "on Thursday and on Friday"
		j += 3
	}
	r := result{end: j, rel: true, wd: md == modNone, tensed: md == modNone}
	if s, ok := p.weekdays(w, last, md); ok {
		r.span = s
	}
	return r, true
}

// today parses "today", "yesterday", "tomorrow", "tonight".
func (p *parser) today(i int) (result, bool) {
	off := 0
	switch p.toks[i].code {
	case wYesterday:
		off = -1
	case wTomorrow:
		off = 1
	}
	r, ok := p.dayOffset(i+1, off)
	if j := i + 1; ok && off >= 0 && p.word(j, wAnd) && !r.span.IsZero() {
		// "talks tomorrow and Friday", "today and tomorrow": the next day
		// after it closes a run of two
		next := r.span.Start.First().AddDate(0, 0, 1)
		if p.word(j+1, wWeekday) && time.Weekday(p.toks[j+1].val) == next.Weekday() || p.word(j+1, wTomorrow) && off == 0 {
			r.span.End = graph.DateOf(next)
			r.end = j + 2
		}
	}
	return r, ok
}

// thatPeriod parses a year or month told by the one named before it:
// "that year", "that same month", "the same year", "the following year",
// "the previous month" (the preceding one). Find gives it the period of
// the last mention precise enough; with none there is no date.
func (p *parser) thatPeriod(i int) (result, bool) {
	j, shift := i+1, 0
	switch {
	case p.isWord(i, "that"):
		if p.isWord(j, "same") {
			j++
		}
	case p.toks[i].code == wThe && p.isWord(j, "same"):
		j++
	case p.toks[i].code == wThe && p.isWord(j, "following"):
		j, shift = j+1, 1
	case p.toks[i].code == wThe && (p.isWord(j, "previous") || p.isWord(j, "preceding")):
		j, shift = j+1, -1
	default:
		return result{}, false
	}
	if !p.word(j, wYear) && !p.word(j, wMonthUnit) || p.punct(j+1, '-') || p.isWord(j+1, "old") {
		return result{}, false // (not "the same day", "that year-long effort")
	}
	return result{end: j + 1, back: p.toks[j].code, shift: shift}, true
}

// theDay parses "the day before [yesterday]", "the previous day", "the day after tomorrow",
// "(in) the morning|afternoon|evening" and "over|at|during|on the weekend".
func (p *parser) theDay(i int) (result, bool) {
	if r, ok := p.pastPeriod(i); ok {
		return r, true
	}
	if p.isWord(i-1, "in") && p.toks[i-1].flags&fUpper != 0 && p.sentenceStart(i-1) && p.word(i+1, wMorning) && p.punct(i+2, ',') {
		// "In the afternoon, he will meet ...", opening a sentence: like
		// "earlier in the day", the day named just before (see Find),
		// else the anchor. Inside a clause ("will meet Lavrov in the
		// morning") it may as well be the next morning.
		r, _ := p.dayOffset(i+2, 0)
		r.theDay = true
		return r, true
	}
	if p.word(i+1, wWeekend) && (p.trusted || p.isWord(i-1, "over") || p.isWord(i-1, "at") || p.isWord(i-1, "during") || p.isWord(i-1, "on")) {
		// "talks over the weekend", "will meet at the weekend": like a
		// bare "Saturday and Sunday", the tense picks the weekend.
		r := result{end: i + 2, rel: true, wd: true, tensed: true}
		if s, ok := p.weekdays(time.Saturday, time.Sunday, modNone); ok {
			r.span = s
		}
		return r, true
	}
	if (p.isWord(i+1, "previous") || p.isWord(i+1, "preceding")) && p.word(i+2, wDay) {
		// "the previous day": as "the day before"
		r := result{end: i + 3, rel: true}
		if a, ok := p.anchorDay(); ok {
			r.span = graph.Span{Start: graph.DateOf(a.AddDate(0, 0, -1))}
		}
		return r, true
	}
	if !p.word(i+1, wDay) {
		return result{}, false
	}
	off, end := 0, 0
	switch {
	case p.isWord(i+2, "before") && p.word(i+3, wYesterday):
		off, end = -2, i+4
	case p.isWord(i+2, "before") && (i+3 >= len(p.toks) || p.toks[i+3].kind == kPunct):
		off, end = -1, i+3
	case p.isWord(i+2, "after") && p.word(i+3, wTomorrow):
		off, end = 2, i+4
	default:
		return result{}, false
	}
	r := result{end: end, rel: true}
	if a, ok := p.anchorDay(); ok {
		r.span = graph.Span{Start: graph.DateOf(a.AddDate(0, 0, off))}
	}
	return r, true
}

// pastPeriod reads "over the past eight years", "in the last two months",
// "for the past three years": the stretch from that many years (months)
// before the anchor up to the anchor's year (month). The preposition must
// be there: "the past two years were hard" names the same stretch, but as
// a subject it dates nothing.
func (p *parser) pastPeriod(i int) (result, bool) {
	if !(p.isWord(i-1, "over") || p.isWord(i-1, "in") || p.isWord(i-1, "for") || p.isWord(i-1, "during") || p.isWord(i-1, "throughout")) ||
		!(p.isWord(i+1, "past") || p.word(i+1, wLast)) || i+3 >= len(p.toks) {
		return result{}, false
	}
	t := p.toks[i+2]
	var n int
	switch {
	case t.kind == kNum && t.nd <= 2:
		n = int(t.val)
	case t.kind == kWord && t.code == wNumber:
		n = int(t.val)
	default:
		return result{}, false
	}
	if n < 2 {
		return result{}, false
	}
	r := result{end: i + 4, rel: true}
	switch {
	case p.word(i+3, wYears):
		if y, ok := p.anchorYear(); ok {
			r.span = graph.Span{Start: graph.Year(y - n), End: graph.Year(y)}
		}
	case p.word(i+3, wMonths):
		if y, m, ok := p.anchorMonth(); ok {
			y0, m0 := addMonths(y, m, -n)
			r.span = graph.Span{Start: graph.Month(y0, m0), End: graph.Month(y, m)}
		}
	default:
		return result{}, false
	}
	return r, true
}
