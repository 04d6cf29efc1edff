package extract

import (
	"sort"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/when"
)

// addFollowingDays finds "the following two days", "the next three
// days", "the next day", "the day after", "two days later", "the same
// day", "a week later", "the following week", "the week after" and "a
// week before a scheduled visit" (the visit's day, counted on from the day told
// before it in the sentence, else the publication date) in each
// sentence and dates them from the day-precise date before them in the
// same sentence ("arrives in Moscow tomorrow and will hold talks on the
// following two days" gives the two days after tomorrow), else, when the
// sentence names no day before them, from the last day the sentence before
// told ("He arrived on Sunday. The next day he met Putin"), or, for
// "next", from the publication date. "the day after", "two days before"
// followed by a day-precise date in the same clause count from that date
// instead ("a telephone conversation the day after Abe took office on
// Sept. 26" is Sept. 27). The spans become date mentions like any other,
// so the triggers near them take them.
func (a *article) addFollowingDays() {
	added := false
	for _, s := range a.ss {
		for i := 0; i+2 < len(s.toks); i++ {
			w, n, end, later, ahead, anchored, week := s.toks[i+1].w, 0, 0, false, false, false, false
			var preset graph.Span // a day the phrase picks out of a stretch told before
			switch {
			case s.toks[i+2].w == "day" && ordinalDays[w] && (s.toks[i].w == "the" || possessives[s.toks[i].w]):
				// "He will meet the president on his first day in Italy"
				// and "the Pope on the second day", after "would be in
				// Italy on Jan. 25-26": that day of the stretch
				if preset = a.dayOfStretch(s, i, w); preset.IsZero() {
					continue
				}
				end = i + 3
			case s.toks[i].w == "the" && (w == "following" || w == "next" || w == "subsequent" || w == "coming") && i+3 < len(s.toks) &&
				numberWords[s.toks[i+2].w] > 0 && s.toks[i+3].w == "days":
				n, end = numberWords[s.toks[i+2].w], i+4
			case s.toks[i].w == "the" && (w == "following" || w == "next" || w == "subsequent") && s.toks[i+2].w == "day":
				n, end = 1, i+3 // "the next day", "the following day"
			case (s.toks[i].w == "the" || s.toks[i].w == "that") && w == "same" && s.toks[i+2].w == "day":
				n, end = 0, i+3 // "before returning home the same day": the day told before
			case (s.toks[i].w == "a" || s.toks[i].w == "one") && w == "day" && s.toks[i+2].w == "later":
				n, end, later = 1, i+3, true // "a day later"
			case numberWords[s.toks[i].w] > 0 && w == "days" && s.toks[i+2].w == "later":
				n, end, later = numberWords[s.toks[i].w], i+3, true // "two days later"
			case (numberWords[s.toks[i].w] > 0 && w == "days" || (s.toks[i].w == "a" || s.toks[i].w == "one") && (w == "week" || w == "day")) &&
				s.toks[i+2].w == "before" && meetingAhead(s.toks, i+3):
				// "only a week before a scheduled Moscow visit", "two days
				// before the scheduled arrival of ... for talks": the meeting
				// comes that long after the day told (else the story's day)
				n, end, later, ahead = numberWords[s.toks[i].w], i+3, true, true
				switch w {
				case "week":
					n = 7
				case "day":
					n = 1 // "made the remark one day before U.S. and Japanese officials are to meet"
				}
			case s.toks[i].w == "the" && (w == "following" || w == "subsequent") && s.toks[i+2].w == "week",
				s.toks[i].w == "the" && w == "week" && s.toks[i+2].w == "after" && clauseEndAt(s.toks, i+3):
				n, end, week = 7, i+3, true // "would meet the week after", "the following week": the week after the one told
			case (s.toks[i].w == "a" || s.toks[i].w == "one") && w == "week" && s.toks[i+2].w == "later":
				n, end, later = 7, i+3, true // "a week later"
			case w == "weeks" && s.toks[i+2].w == "later" && numberWords[s.toks[i].w] > 0:
				n, end, later = 7*numberWords[s.toks[i].w], i+3, true // "two weeks later"
			case s.toks[i].w == "the" && w == "day" && s.toks[i+2].w == "after" && clauseEndAt(s.toks, i+3):
				n, end = 1, i+3 // "would meet the day after.": as "the next day"
			case (s.toks[i+2].w == "after" || s.toks[i+2].w == "before") && dayOffsetAt(s.toks, i+2):
				// "a telephone conversation the day after Abe stepped onto the
				// post of prime minister on Sept. 26": a day counted from the
				// day the clause after it tells
				n, _ = offsetDays(s.toks, i+2)
				end, later, anchored = i+3, true, true
				if s.toks[i+2].w == "before" {
					n = -n
				}
			default:
				continue
			}
			if s.dateAt(i) || s.dateAt(i+1) {
				continue
			}
			span := preset
			switch {
			case !preset.IsZero(): // picked out of a stretch above
			case anchored:
				from := firstDayAhead(s, end)
				if from.IsZero() {
					continue
				}
				span = graph.Span{Start: graph.DateOf(from.First().AddDate(0, 0, n))}
			default:
				from := lastDay(s.dates, i)
				if from.IsZero() && ahead {
					from = a.in.Published
				}
				if from.IsZero() && s.idx > 0 && !s.dateBefore(i) {
					// "On the following two days, ..." or "The next day, ..."
					// follows the last day the sentence before told.
					prev := a.ss[s.idx-1]
					from = lastDay(prev.dates, len(prev.toks))
				}
				if from.IsZero() && w == "next" {
					from = a.in.Published
				}
				if from.IsZero() || from.Precision() != graph.PrecisionDay {
					continue
				}
				first := from.First()
				span = graph.Span{Start: graph.DateOf(first.AddDate(0, 0, 1)), End: graph.DateOf(first.AddDate(0, 0, n))}
				if n <= 1 || later {
					span = graph.Span{Start: graph.DateOf(first.AddDate(0, 0, n))}
				}
				if week {
					mon := first.AddDate(0, 0, 7-(int(first.Weekday())+6)%7) // the Monday after the day told
					span = graph.Span{Start: graph.DateOf(mon), End: graph.DateOf(mon.AddDate(0, 0, 6))}
				}
			}
			start, stop := s.toks[i].start, s.toks[end-1].end
			m := when.Mention{Text: a.text[start:stop], Start: start, End: stop, Value: span, Relative: true}
			s.dates = append(s.dates, dateRef{m: m, tok: i, tokEnd: end, value: span, sinceClause: -1, whenAt: -1, following: true})
			a.dates = append(a.dates, m)
			a.dateVals = append(a.dateVals, span)
			added = true
			i = end - 1
		}
		sort.SliceStable(s.dates, func(x, y int) bool { return s.dates[x].tok < s.dates[y].tok })
	}
	for _, s := range a.ss {
		if a.addEve(s) {
			added = true
		}
	}
	if !added {
		return
	}
	idx := make([]int, len(a.dates))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool { return a.dates[idx[x]].Start < a.dates[idx[y]].Start })
	ds := make([]when.Mention, len(idx))
	vs := make([]graph.Span, len(idx))
	for k, i := range idx {
		ds[k], vs[k] = a.dates[i], a.dateVals[i]
	}
	a.dates, a.dateVals = ds, vs
}

// dayNumbers count the days of a stretch: "on the second day".
var dayNumbers = map[string]int{"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}

// dayOfStretch returns the day an ordinal ("second") or "last" (or
// "final", "closing") picks out of the last stretch of days told before
// token i, in its sentence or the two before it ("would be in Italy on Jan.
// 25-26"), or zero when there is none or it is shorter.
func (a *article) dayOfStretch(s *sent, i int, w string) graph.Span {
	var st graph.Span
	for k := s.idx; k >= 0 && k >= s.idx-2 && st.IsZero(); k-- {
		ds := a.ss[k].dates
		for _, d := range ds {
			if (k < s.idx || d.tokEnd <= i) && d.value.Start.Precision() == graph.PrecisionDay && d.value.End.Precision() == graph.PrecisionDay {
				st = d.value // the last one wins
			}
		}
	}
	if st.IsZero() {
		return graph.Span{}
	}
	first, last := st.Start.First(), st.End.First()
	day := last
	if n := dayNumbers[w]; n > 0 {
		day = first.AddDate(0, 0, n-1)
	}
	if day.After(last) {
		return graph.Span{}
	}
	return graph.Span{Start: graph.DateOf(day)}
}

// clauseEndAt reports whether the clause ends at token k, or goes on with
// what a date may end ("the day after to discuss", "the week after in
// Geneva"): the phrase before it names no happening it counts from.
func clauseEndAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct {
		return true
	}
	switch toks[k].w {
	case "and", "to", "in", "at", "for", "with", "but":
		return true
	}
	return false
}

// dateBefore reports whether the sentence names a date of any precision
// before token i.
func (s *sent) dateBefore(i int) bool {
	for _, d := range s.dates {
		if d.tokEnd <= i {
			return true
		}
	}
	return false
}

// lastDay is the last day-precise date among ds that ends before token
// end: the end of a range, else its day; zero when there is none.
func lastDay(ds []dateRef, end int) graph.Date {
	var from graph.Date
	for _, d := range ds {
		if d.tokEnd <= end && d.value.Start.Precision() == graph.PrecisionDay && !d.since && !d.report {
			from = d.value.Start
			if !d.value.End.IsZero() {
				from = d.value.End
			}
		}
	}
	return from
}

// extendByFollowing lengthens the meeting told just before a sentence that
// has no event of its own but tells the meeting's further days ("The talks
// begin tomorrow ... On the following two days, the topics will range
// ..."): the meeting then runs to the last of those days.
func extendByFollowing(c *cand, s *sent) {
	for _, d := range s.dates {
		if !d.following || c.span().Start.Precision() != graph.PrecisionDay {
			continue
		}
		last := c.span().Start
		if !c.span().End.IsZero() {
			last = c.span().End
		}
		if graph.DateOf(last.First().AddDate(0, 0, 1)) != d.value.Start {
			continue
		}
		end := d.value.End
		if end.IsZero() {
			end = d.value.Start
		}
		c.ev.End = end
	}
}

// addEve dates "on the eve of X": X comes the day after the day the
// sentence, or one of the three before it, last told ("Starwood signed a
// deal on Saturday ... The deal comes on the eve of Obama's visit" gives
// the visit Sunday). The date serves only the event in the "of" phrase,
// and none is made when that phrase has a date of its own ("on the eve of
// the talks that started on Monday"). It reports whether it added one.
func (a *article) addEve(s *sent) bool {
	for i := 0; i+3 < len(s.toks); i++ {
		if s.toks[i].w != "eve" || s.toks[i+1].w != "of" || i == 0 || s.toks[i-1].w != "the" {
			continue
		}
		own := false
		for k := i + 2; k < len(s.toks) && k <= i+12 && !isClauseBreak(s.toks[k]) && s.toks[k].w != ","; k++ {
			if s.dateAt(k) {
				own = true
			}
		}
		if own {
			continue
		}
		from := lastDay(s.dates, i-1)
		for back := 1; from.IsZero() && back <= 3 && s.idx-back >= 0; back++ {
			p := a.ss[s.idx-back]
			from = lastDay(p.dates, len(p.toks))
		}
		if from.IsZero() {
			continue
		}
		span := graph.Span{Start: graph.DateOf(from.First().AddDate(0, 0, 1))}
		start, end := s.toks[i-1].start, s.toks[i+1].end
		m := when.Mention{Text: a.text[start:end], Start: start, End: end, Value: span, Relative: true}
		s.dates = append(s.dates, dateRef{m: m, tok: i - 1, tokEnd: i + 2, value: span, sinceClause: -1, eveOf: true})
		a.dates = append(a.dates, m)
		a.dateVals = append(a.dateVals, span)
		sort.SliceStable(s.dates, func(x, y int) bool { return s.dates[x].tok < s.dates[y].tok })
		return true
	}
	return false
}

// firstDayAhead returns the day of the first day-precise date that starts
// within twelve tokens from k, in the same clause (no comma, semicolon or
// colon before it), else zero: the day "the day after" counts from.
func firstDayAhead(s *sent, k int) graph.Date {
	for j := k; j < len(s.toks) && j < k+12; j++ {
		if w := s.toks[j].w; w == "," || w == ";" || w == ":" {
			break
		}
		for _, d := range s.dates {
			if d.tok == j && !d.following && d.value.End.IsZero() && d.value.Start.Precision() == graph.PrecisionDay {
				return d.value.Start
			}
		}
	}
	return graph.Date{}
}

// dayOffsetAt reports whether offsetDays reads an offset of days before
// the "before" or "after" at k: "the day", "a day", "two days".
func dayOffsetAt(toks []token, k int) bool {
	_, ok := offsetDays(toks, k)
	return ok && (toks[k-1].w == "day" || toks[k-1].w == "days")
}
