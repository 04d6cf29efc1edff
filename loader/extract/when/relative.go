package when

import (
	"strings"
	"time"

	"github.com/entente-dev/entente/graph"
)

// modified parses expressions that start with "this", "last" or "next":
// "last Wednesday", "next Monday and Tuesday", "this week", "last month",
// "next year", "last October", "last October 28", "last night", "this
// morning", "last autumn".
func (p *parser) modified(i int) (result, bool) {
	var md mod
	switch p.toks[i].code {
	case wLast:
		md = modLast
	case wNext:
		md = modNext
	default:
		md = modThis
	}
	j := i + 1
	if md == modThis && p.isWord(j, "past") {
		md, j = modLast, j+1 // "this past weekend"
	} else if md == modThis && p.isWord(j, "coming") {
		md, j = modNext, j+1 // "this coming Monday"
	}
	if j >= len(p.toks) || p.toks[j].kind != kWord {
		return result{}, false
	}
	switch p.toks[j].code {
	case wWeekday:
		return p.weekday(j, md)
	case wWeek, wWeekend, wMonthUnit, wYear:
		return p.period(j, md, j+1)
	case wMonth:
		if r, ok := p.modifiedMonthDay(j, md); ok {
			return r, true
		}
		if p.toks[j].abbr || (p.ambiguous(j) && !p.trusted) {
			return result{}, false
		}
		return p.monthAlone(j, int(p.toks[j].val), j+1, md)
	case wStrongPre:
		if r, ok := p.season(j, md); ok {
			return r, true
		}
	case wNight:
		if md == modLast {
			return p.dayOffset(j+1, -1)
		}
	case wMorning:
		if md == modThis {
			return p.dayOffset(j+1, 0)
		}
	}
	return result{}, false
}

// modifiedMonthDay reads the month-day after "last", "next" or "this"
// ("signed last October 28", "the year ending next June 30", "last
// September 11-12"): the latest such day on or before the anchor, the
// earliest on or after it, or the day of the anchor's year. A year
// written after the day ("last March 31, 1986") is taken as written.
func (p *parser) modifiedMonthDay(j int, md mod) (result, bool) {
	a, k, ok := p.monthDay(j)
	if !ok {
		return result{}, false
	}
	written := a.y != 0
	if md == modThis && !written {
		if y, ok := p.anchorYear(); ok {
			a.y = y
		}
	}
	saved := p.tense
	switch md {
	case modLast:
		p.tense = TensePast
	case modNext:
		p.tense = TenseFuture
	}
	r, ok := p.monthDayRange(a, k, false)
	if !ok {
		r, ok = p.dayResult(a, nil, k)
	}
	p.tense = saved
	r.rel, r.tensed = !written, false
	return r, ok
}

// dayOffset is the anchor day moved by off days, ending at token end.
func (p *parser) dayOffset(end, off int) (result, bool) {
	r := result{end: end, rel: true}
	if a, ok := p.anchorDay(); ok {
		r.span = graph.Span{Start: graph.DateOf(a.AddDate(0, 0, off))}
	}
	return r, true
}

// period resolves "this/last/next week|weekend|month|year" (the unit at
// token j), ending at token end.
func (p *parser) period(j int, md mod, end int) (result, bool) {
	r := result{end: end, rel: true}
	step := 0
	switch md {
	case modLast:
		step = -1
	case modNext:
		step = 1
	}
	switch p.toks[j].code {
	case wWeek, wWeekend:
		a, ok := p.anchorDay()
		if !ok {
			return r, true
		}
		if md == modThis && p.toks[j].code == wWeek && a.Weekday() == time.Sunday {
			r.tensed = true // on a Sunday, "this week" ahead is the week that begins tomorrow
			if p.tense == TenseFuture {
				step = 1
			}
		}
		mon := monday(a).AddDate(0, 0, 7*step)
		if p.toks[j].code == wWeekend {
			r.span = dayRange(mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6))
		} else {
			r.span = dayRange(mon, mon.AddDate(0, 0, 6))
		}
	case wMonthUnit:
		if y, m, ok := p.anchorMonth(); ok {
			y, m = addMonths(y, m, step)
			r.span = graph.Span{Start: graph.Month(y, m)}
		}
	case wYear:
		if y, ok := p.anchorYear(); ok {
			r.span = graph.Span{Start: graph.Year(y + step)}
		}
	}
	return r, true
}

// periodUnit reports whether token i is "week", "month" or "year".
func (p *parser) periodUnit(i int) bool {
	return p.word(i, wWeek) || p.word(i, wMonthUnit) || p.word(i, wYear)
}

// seasons are the months of the northern seasons that a year holds whole
// ("winter" spans two years and is left out).
var seasons = map[string][2]time.Month{
	"spring": {time.March, time.May}, "summer": {time.June, time.August},
	"autumn": {time.September, time.November}, "fall": {time.September, time.November},
}

// season resolves "this/last/next spring|summer|autumn|fall" (the season
// at token j) to its year, the precision the text supports: "last autumn"
// in March 1987 is 1986, "this summer" 1987, "next spring" in April 1987
// 1988.
func (p *parser) season(j int, md mod) (result, bool) {
	ms, ok := seasons[strings.ToLower(p.text[p.toks[j].start:p.toks[j].end])]
	if !ok {
		return result{}, false
	}
	r := result{end: j + 1, rel: true}
	y, m, ok := p.anchorMonth()
	if !ok {
		return r, true
	}
	switch {
	case md == modLast && m <= ms[1]:
		y-- // the season has not ended this year yet: last year's
	case md == modNext && m >= ms[0]:
		y++ // the season has begun this year: next year's
	}
	r.span = graph.Span{Start: graph.Year(y)}
	return r, true
}

// earlierLater parses "earlier this week|month|year", "later this
// week|month|year", "earlier in the week|month|year" and
// "earlier|later in the day" (the anchor day here;
// Find gives it the day named just before). The week is cut at the anchor: "earlier this week" runs
// from Monday to the anchor, "later this week" from the anchor to Sunday.
func (p *parser) earlierLater(i int) (result, bool) {
	later := p.toks[i].code == wLater
	if p.isWord(i+1, "in") && p.word(i+2, wThe) && p.word(i+3, wDay) {
		r, _ := p.dayOffset(i+4, 0) // "earlier in the day": Find makes it the day last named
		r.theDay = true
		return r, true
	}
	if p.isWord(i+1, "that") && (p.word(i+2, wYear) || p.word(i+2, wMonthUnit)) {
		return result{end: i + 3, back: p.toks[i+2].code}, true // "later that year": the year last named
	}
	j := i + 2
	switch {
	case !later && p.isWord(i+1, "in") && p.word(i+2, wThe) && p.periodUnit(i+3):
		j = i + 3 // "earlier in the week": this week's (not "later in the week": a story's narrative often means the week it told before)
	case !p.word(i+1, wThis):
		return result{}, false
	}
	switch {
	case p.word(j, wWeek):
		r := result{end: j + 1, rel: true}
		if a, ok := p.anchorDay(); ok {
			mon := monday(a)
			if later {
				r.span = dayRange(a, mon.AddDate(0, 0, 6))
			} else {
				r.span = dayRange(mon, a)
			}
		}
		return r, true
	case p.word(j, wMonthUnit), p.word(j, wYear):
		return p.period(j, modThis, j+1)
	}
	return result{}, false
}

// partOf parses "early March", "mid-March", "late 2015", "mid-2015",
// "end-1986": the month or year at its own precision; and "end of the
// month", "the start of the year", "the beginning of the week", "early in
// the year", "late in the month": the anchor's.
func (p *parser) partOf(i int) (result, bool) {
	if p.toks[i].code == wEnd && p.word(i+1, wOf) && p.word(i+2, wThe) && p.periodUnit(i+3) {
		return p.period(i+3, modThis, i+4) // "at the end of the month": the anchor's month
	}
	if (p.toks[i].code == wEarly || p.toks[i].code == wLate) && p.isWord(i+1, "in") && p.word(i+2, wThe) && p.periodUnit(i+3) {
		return p.period(i+3, modThis, i+4) // "early in the year"
	}
	if p.toks[i].code == wEnd && !p.isWord(i, "end") {
		return result{}, false // ("the start of talks"; only "end" is glued to a month or year: "end-1986")
	}
	j := i + 1
	hyphen := p.dash(j) && p.glued(j) && p.glued(j+1)
	if hyphen {
		j++
	} else if p.toks[i].code == wEnd || p.toks[i].code == wMid && !p.word(j, wMonth) {
		return result{}, false // "end" and "mid" only glued: "end-March", "mid-2015" ("mid March" is fine)
	}
	if m, k, ok := p.monthAt(j); ok {
		if p.ambiguous(j) && !hyphen && !p.trusted {
			return result{}, false
		}
		if p.toks[j].abbr && !p.punct(k-1, '.') && !hyphen {
			return result{}, false
		}
		if y, k2, ok := p.yearAfter(k); ok {
			return result{end: k2, span: graph.Span{Start: graph.Month(y, time.Month(m))}}, true
		}
		return p.monthAlone(j, m, k, modNone)
	}
	if y, ok := p.yearAt(j, minBareYear, maxBareYear); ok && (hyphen || !p.glued(j)) {
		return result{end: j + 1, span: graph.Span{Start: graph.Year(y)}}, true
	}
	return result{}, false
}

// ago parses "two days ago", "three weeks ago", "a year ago", "15 months
// ago", "a decade ago", and ages told as compounds ("seven-month-old",
// "40-year-old"). Weeks and days give a day, months a month, years a
// year.
func (p *parser) ago(i int) (result, bool) {
	t := p.toks[i]
	var n int
	switch {
	case t.kind == kNum && t.nd <= 4:
		n = int(t.val)
	case t.kind == kWord && t.code == wNumber:
		n = int(t.val)
	case t.kind == kWord && t.code == wA:
		n = 1
	default:
		return result{}, false
	}
	age := false
	unit := uint16(0)
	switch {
	case p.punct(i+1, '-') && p.punct(i+3, '-') && p.isWord(i+4, "old") && i+2 < len(p.toks) && p.toks[i+2].kind == kWord &&
		(p.agedNoun(i+5) || p.agedNoun(i+6)):
		// "its seven-month-old semiconductor agreement", "a 40-year-old
		// treaty": when the agreement began, counted back like "ago" (not
		// "a 65-year-old man")
		age, unit = true, p.toks[i+2].code
		if n == 1 && t.kind == kWord && t.code == wA {
			return result{}, false
		}
	case i+3 < len(p.toks) && p.periodUnit(i+1) && p.isWord(i+2, "old") &&
		t.code != wA && (p.agedNoun(i+3) || p.agedNoun(i+4)):
		// "The eight month old pact", the compound written apart
		age, unit = true, p.toks[i+1].code
	case p.word(i+2, wAgo) && i+1 < len(p.toks) && p.toks[i+1].kind == kWord:
		unit = p.toks[i+1].code
	default:
		return result{}, false
	}
	if n == 1 || age {
		// "a year ago", "one week ago", "seven-month-old": singular units
		switch unit {
		case wDay:
			unit = wDays
		case wWeek:
			unit = wWeeks
		case wMonthUnit:
			unit = wMonths
		case wYear:
			unit = wYears
		case wFortnight:
			unit, n = wDays, 14 // "a fortnight ago"
		}
	}
	r := result{end: i + 3, rel: true, age: age}
	if age && p.punct(i+1, '-') {
		r.end = i + 5
	}
	switch unit {
	case wDays, wWeeks:
		if unit == wWeeks {
			n *= 7
		}
		if a, ok := p.anchorDay(); ok {
			r.span = graph.Span{Start: graph.DateOf(a.AddDate(0, 0, -n))}
		}
	case wMonths:
		if y, m, ok := p.anchorMonth(); ok {
			y, m = addMonths(y, m, -n)
			r.span = graph.Span{Start: graph.Month(y, m)}
		}
	case wYears, wDecades:
		if unit == wDecades {
			n *= 10
		}
		if y, ok := p.anchorYear(); ok {
			r.span = graph.Span{Start: graph.Year(y - n)}
		}
	default:
		return result{}, false
	}
	return r, true
}

// agedNouns are the things whose age tells when they began: accords,
// conflicts, measures, governments. People's ages are no dates.
var agedNouns = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true, "pact": true,
	"treaty": true, "deal": true, "ceasefire": true, "cease-fire": true, "truce": true, "war": true, "conflict": true,
	"dispute": true, "embargo": true, "ban": true, "blockade": true, "moratorium": true, "freeze": true, "alliance": true,
	"partnership": true, "relationship": true, "relations": true, "ties": true, "talks": true, "negotiations": true,
	"crisis": true, "government": true, "administration": true, "regime": true, "coalition": true, "law": true,
	"program": true, "programme": true, "policy": true, "sanctions": true, "rapprochement": true, "dialogue": true}

// agedNoun reports whether token i is one of agedNouns.
func (p *parser) agedNoun(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != kWord {
		return false
	}
	t := p.toks[i]
	w := strings.ToLower(p.text[t.start:t.end])
	if i+2 < len(p.toks) && p.punct(i+1, '-') && p.glued(i+1) && p.glued(i+2) && w == "cease" {
		return true // "cease-fire"
	}
	return agedNouns[w]
}
