package graph

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

func TestSameEvent(t *testing.T) {
	pub := Day(2016, time.February, 25)
	meeting := Event{Kind: KindMeeting, Countries: []string{"CU", "US"}, Start: Day(2016, 2, 22), End: Day(2016, 2, 23),
		Place: "Havana", PlaceCountry: "CU", Topics: []string{"cybercrime"}}
	accord := Event{Kind: KindAccord, Countries: []string{"CU", "US"}, Before: pub, Topics: []string{"direct postal service"}}
	relations := Event{Kind: KindRelations, Countries: []string{"CU", "US"}, Start: Day(2015, 7, 20), Action: ActionRestored}
	with := func(e Event, f func(*Event)) Event { f(&e); return e }
	tests := []sameEventCase{
		{"OK/identical", meeting, meeting, true},
		{"OK/countries in another order", meeting, with(meeting, func(e *Event) { e.Countries = []string{"US", "CU"} }), true},
		{"OK/month contains the days", meeting, with(meeting, func(e *Event) { e.Start, e.End = Month(2016, 2), Date{} }), true},
		{"OK/one day of the range", meeting, with(meeting, func(e *Event) { e.Start, e.End = Day(2016, 2, 23), Date{} }), true},
		{"OK/undated meeting", meeting, with(meeting, func(e *Event) { e.Start, e.End = Date{}, Date{} }), true},
		{"OK/place unknown", meeting, with(meeting, func(e *Event) { e.Place, e.PlaceCountry = "", "" }), true},
		{"OK/same days other wording of topic", meeting, with(meeting, func(e *Event) { e.Topics = []string{"online fraud"} }), true},
		{"OK/no topic", meeting, with(meeting, func(e *Event) { e.Topics = nil }), true},
		{"OK/undated accord and dated one", accord, with(accord, func(e *Event) { e.Before, e.Start = Date{}, Day(2015, 12, 10) }), true},
		{"OK/plural topic", accord, with(accord, func(e *Event) { e.Topics = []string{"postal services"} }), true},
		{"OK/relations same day", relations, relations, true},
		{"OK/undated past meeting reported days later", with(meeting, func(e *Event) { e.Start, e.End, e.Topics, e.Place, e.Before = Date{}, Date{}, nil, "", Day(2016, 3, 1) }), meeting, true},
		{"OK/undated meeting in the same place", with(meeting, func(e *Event) { e.Start, e.End, e.Topics = Date{}, Date{}, nil }),
			with(meeting, func(e *Event) { e.Start, e.End = Year(2001), Date{} }), true},
		{"Different/undated past meeting and an old one", with(meeting, func(e *Event) { e.Start, e.End, e.Topics, e.Place, e.Before = Date{}, Date{}, nil, "", Day(2016, 3, 1) }),
			with(meeting, func(e *Event) { e.Start, e.End = Year(1959), Date{} }), false},
		{"Different/undated planned meeting and another subject's visit", with(meeting, func(e *Event) {
			e.Start, e.End, e.Topics, e.Place, e.Status, e.Reported = Date{}, Date{}, []string{"cybersecurity"}, "", StatusPlanned, Day(2016, 2, 25)
		}), with(meeting, func(e *Event) { e.Start, e.End, e.Topics, e.Mode = Day(2016, 3, 21), Date{}, nil, "visit" }), false},
		{"OK/undated accord with a topic and an old one", accord, with(accord, func(e *Event) { e.Before, e.Start = Date{}, Year(2001) }), true},
		{"Different/kind", meeting, with(meeting, func(e *Event) { e.Kind = KindAccord }), false},
		{"Different/participants", meeting, with(meeting, func(e *Event) { e.Countries = []string{"CU", "US", "MX"} }), false},
		{"Different/days", meeting, with(meeting, func(e *Event) { e.Start, e.End = Day(2016, 2, 24), Date{} }), false},
		{"Different/year", meeting, with(meeting, func(e *Event) { e.Start, e.End = Year(2015), Date{} }), false},
		{"Different/place", meeting, with(meeting, func(e *Event) { e.Place, e.PlaceCountry = "Washington", "US" }), false},
		{"Different/topic of a month-dated meeting", with(meeting, func(e *Event) { e.Start, e.End = Month(2016, 2), Date{} }),
			with(meeting, func(e *Event) { e.Start, e.End, e.Topics = Month(2016, 2), Date{}, []string{"migration"} }), false},
		{"Different/accord topics", accord, with(accord, func(e *Event) { e.Topics = []string{"environmental protection"} }), false},
		{"Different/dated after the bound", accord, with(accord, func(e *Event) { e.Before, e.Start = Date{}, Day(2016, 3, 1) }), false},
		{"Different/relations action", relations, with(relations, func(e *Event) { e.Action = ActionSevered }), false},
		{"Different/relations year", relations, with(relations, func(e *Event) { e.Start = Day(1961, 1, 3) }), false},
	}
	checkSameEvent(t, tests)
}

// sameEventCase is one SameEvent table row: reports a and b, and whether
// they tell one event.
type sameEventCase struct {
	name string
	a, b Event
	want bool
}

// checkSameEvent runs each case both ways round: SameEvent is symmetric.
func checkSameEvent(t *testing.T, tests []sameEventCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameEvent(&tt.a, &tt.b); got != tt.want {
				t.Errorf("SameEvent(%v, %v): got %v, want %v", &tt.a, &tt.b, got, tt.want)
			}
			if got := SameEvent(&tt.b, &tt.a); got != tt.want {
				t.Errorf("SameEvent(%v, %v) (swapped): got %v, want %v", &tt.b, &tt.a, got, tt.want)
			}
		})
	}
}

// TestSameEventRound2 covers reports of one real event whose dates do not
// overlap (a trip reported day by day, a restoration of relations recalled
// without a date) and the conflicts that keep two events apart (a plan and
// an unrelated past fact, a phone call and a visit).
func TestSameEventRound2(t *testing.T) {
	visit := Event{Kind: KindMeeting, Mode: "visit", Countries: []string{"US", "CU"}, Start: Day(2016, 3, 20), Status: StatusHeld,
		Place: "Havana", PlaceCountry: "CU", Reported: Day(2016, 3, 20)}
	restored := Event{Kind: KindRelations, Action: ActionRestored, Countries: []string{"CU", "US"}, Start: Day(2015, 7, 20),
		Status: StatusHeld, Reported: Day(2016, 2, 25)}
	plan := Event{Kind: KindMeeting, Mode: "meeting", Countries: []string{"CU", "US"}, Status: StatusPlanned,
		Topics: []string{"cybersecurity"}, Reported: Day(2016, 2, 25)}
	with := func(e Event, f func(*Event)) Event { f(&e); return e }
	tests := []sameEventCase{
		{"OK/visit reported on its last day", visit, with(visit, func(e *Event) { e.Start, e.Place = Day(2016, 3, 22), "" }), true},
		{"OK/visit range and a day after it", with(visit, func(e *Event) { e.End = Day(2016, 3, 22) }),
			with(visit, func(e *Event) { e.Start = Day(2016, 3, 23) }), true},
		{"OK/visit planned for the next day", visit, with(visit, func(e *Event) { e.Start, e.Status, e.Reported = Day(2016, 3, 21), StatusPlanned, Day(2016, 3, 19) }), true},
		{"OK/planned days and held day", with(visit, func(e *Event) { e.End, e.Status, e.Reported = Day(2016, 3, 22), StatusPlanned, Day(2016, 2, 18) }), visit, true},
		{"OK/undated visit reported on its eve", visit, with(visit, func(e *Event) {
			e.Start, e.Status, e.Place, e.Reported = Date{}, StatusPlanned, "", Day(2016, 3, 19)
		}), true},
		{"OK/undated visit announced weeks ahead", visit, with(visit, func(e *Event) {
			e.Start, e.Status, e.Place, e.Reported = Date{}, StatusPlanned, "", Day(2016, 2, 25)
		}), true},
		{"OK/restoration recalled without a date", restored, with(restored, func(e *Event) { e.Start, e.Before, e.Reported = Date{}, Day(2016, 3, 20), Day(2016, 3, 20) }), true},
		{"OK/restoration recalled by its year", restored, with(restored, func(e *Event) { e.Start, e.Reported = Year(2015), Day(2016, 3, 20) }), true},
		{"OK/planned meeting held later on its topic", plan, with(plan, func(e *Event) {
			e.Status, e.Start, e.Mode, e.Reported = StatusHeld, Day(2016, 6, 1), "", Day(2016, 6, 2)
		}), true},
		{"OK/plan and fact on the same days", with(plan, func(e *Event) { e.Start, e.Topics = Day(2016, 3, 21), nil }),
			with(plan, func(e *Event) { e.Start, e.Topics, e.Status = Day(2016, 3, 21), []string{"trade"}, StatusHeld }), true},
		{"Different/visit and a meeting on its day", visit, with(visit, func(e *Event) { e.Mode, e.Countries = "meeting", []string{"CU", "US"} }), false},
		{"OK/visit and a report of unknown mode on its day", visit, with(visit, func(e *Event) { e.Mode = "" }), true},
		{"OK/visitor named the other way round days later", visit, with(visit, func(e *Event) { e.Start, e.Countries = Day(2016, 3, 23), []string{"CU", "US"} }), true},
		{"Different/visit of another pair", visit, with(visit, func(e *Event) { e.Start, e.Countries = Day(2016, 3, 21), []string{"US", "MX"} }), false},
		{"OK/undated past visit reported two days before the trip's last day", visit, with(visit, func(e *Event) {
			e.Start, e.Place, e.Before, e.Reported = Date{}, "", Day(2016, 3, 19), Day(2016, 3, 19)
		}), true},
		{"Different/meeting planned for next year and one held that year", with(plan, func(e *Event) { e.Start, e.Topics = Year(2016), nil }),
			with(plan, func(e *Event) {
				e.Start, e.Topics, e.Status, e.Reported = Day(2016, 6, 14), nil, StatusHeld, Day(2016, 6, 15)
			}), false},
		{"OK/meeting planned for a month and held on its topic that month", with(plan, func(e *Event) { e.Start = Month(2016, 6) }),
			with(plan, func(e *Event) { e.Start, e.Status, e.Reported = Day(2016, 6, 14), StatusHeld, Day(2016, 6, 15) }), true},
		{"Different/meetings of one pair months apart", with(plan, func(e *Event) { e.Start, e.Status = Day(2016, 2, 22), StatusHeld }),
			with(plan, func(e *Event) { e.Start, e.Status, e.Reported = Day(2016, 6, 14), StatusHeld, Day(2016, 6, 15) }), false},
		{"Different/restorations of two pairs", restored, with(restored, func(e *Event) {
			e.Start, e.Countries, e.Before = Date{}, []string{"US", "VN"}, Day(2016, 3, 20)
		}), false},
		{"Different/visits a week apart", visit, with(visit, func(e *Event) { e.Start = Day(2016, 3, 27) }), false},
		{"Different/visits chained past two weeks", with(visit, func(e *Event) { e.Start, e.End = Day(2016, 3, 8), Day(2016, 3, 20) }),
			with(visit, func(e *Event) { e.Start = Day(2016, 3, 23) }), false},
		{"Different/undated visit reported after the trip", visit, with(visit, func(e *Event) {
			e.Start, e.Place, e.Reported = Date{}, "", Day(2016, 6, 1)
		}), false},
		{"Different/undated visit announced months ahead", visit, with(visit, func(e *Event) {
			e.Start, e.Status, e.Place, e.Reported = Date{}, StatusPlanned, "", Day(2015, 12, 1)
		}), false},
		{"OK/talks and a meeting on one day", with(visit, func(e *Event) { e.Mode = "talks" }), with(visit, func(e *Event) { e.Mode = "meeting" }), true},
		{"Different/phone call and talks on one day", with(visit, func(e *Event) { e.Mode = "talks" }), with(visit, func(e *Event) { e.Mode = "phone" }), false},
		{"Different/phone call on a visit day", visit, with(visit, func(e *Event) { e.Mode, e.Place = "phone", "" }), false},
		{"Different/undated meeting and a visit", with(visit, func(e *Event) { e.Start, e.Mode, e.Place, e.Before = Date{}, "meeting", "", Day(2016, 3, 21) }), visit, false},
		{"Different/restoration long before the report", with(restored, func(e *Event) { e.Start = Day(1977, 9, 1) }),
			with(restored, func(e *Event) { e.Start, e.Before, e.Reported = Date{}, Day(2016, 3, 20), Day(2016, 3, 20) }), false},
		{"Different/restoration reported before it happened", restored, with(restored, func(e *Event) { e.Start, e.Before, e.Reported = Date{}, Day(2015, 1, 5), Day(2015, 1, 5) }), false},
		{"Different/severing recalled", restored, with(restored, func(e *Event) { e.Start, e.Action, e.Before = Date{}, ActionSevered, Day(2016, 3, 20) }), false},
		{"Different/planned meeting and an untopical past fact", plan, with(plan, func(e *Event) {
			e.Status, e.Topics, e.Before, e.Reported = StatusHeld, nil, Day(2016, 3, 20), Day(2016, 3, 20)
		}), false},
		{"Different/planned meeting and a held one before the plan", plan, with(plan, func(e *Event) {
			e.Status, e.Start, e.Reported = StatusHeld, Month(2015, 11), Day(2016, 3, 20)
		}), false},
		{"Different/plan for a year still to come and a held one before its report", with(plan, func(e *Event) {
			e.Start, e.Reported = Year(2016), Day(2016, 6, 2)
		}), with(plan, func(e *Event) { e.Status, e.Start, e.Reported = StatusHeld, Day(2016, 2, 10), Day(2016, 2, 11) }), false},
	}
	checkSameEvent(t, tests)
}

// TestSameEventPastPlan covers a plan whose dates were past when it was
// reported ("planned for February", read in March): its report date does
// not bound the fact, so the held event it dates once merged still takes
// it, and a later report repeating the plan joins that event.
func TestSameEventPastPlan(t *testing.T) {
	held := Event{Kind: KindMeeting, Mode: "meeting", Countries: []string{"US", "CU"}, Status: StatusHeld,
		Topics: []string{"cybersecurity"}, Before: Day(2016, 3, 20), Reported: Day(2016, 3, 20)}
	plan := Event{Kind: KindMeeting, Mode: "meeting", Countries: []string{"US", "CU"}, Status: StatusPlanned,
		Topics: []string{"cybersecurity"}, Start: Month(2016, 2), Reported: Day(2016, 3, 13)}
	merged := MergeEvents(&held, &plan, []Event{held, plan})
	if merged.Start != Month(2016, 2) || merged.Status != StatusHeld {
		t.Fatalf("merged %v (%s), want a held event dated 2016-02", &merged, merged.Status)
	}
	with := func(e Event, f func(*Event)) Event { f(&e); return e }
	checkSameEvent(t, []sameEventCase{
		{"OK/undated held report and a past month's plan", held, plan, true},
		{"OK/held event dated by the plan and the plan", merged, plan, true},
		{"OK/held event dated by the plan and the plan reported again", merged, with(plan, func(e *Event) { e.Reported = Day(2016, 3, 30) }), true},
		{"OK/held event dated by the plan and a past day's plan", merged, with(plan, func(e *Event) { e.Start = Day(2016, 2, 10) }), true},
		{"OK/held day and a past month's plan", with(held, func(e *Event) { e.Start, e.Before = Day(2016, 2, 10), Date{} }), plan, true},
		{"Different/plan for the month of its report and a meeting held before it", with(plan, func(e *Event) { e.Start = Month(2016, 3) }),
			with(held, func(e *Event) { e.Start, e.Before = Day(2016, 3, 1), Date{} }), false},
	})
}

// TestMergeVisitReports merges the reports of one trip in every order: the
// held day reports set the span (ReportSpan: planned days give way), a plan
// followed by what happened is held, and the order does not change the
// result.
func TestMergeVisitReports(t *testing.T) {
	base := Event{Kind: KindMeeting, Mode: "visit", Countries: []string{"US", "CU"}}
	with := func(f func(*Event)) Event { e := base; f(&e); return e }
	reports := []Event{
		with(func(e *Event) {
			e.Start, e.End, e.Status, e.Reported = Day(2016, 3, 19), Day(2016, 3, 20), StatusPlanned, Day(2016, 3, 19)
		}),
		with(func(e *Event) { e.Start, e.Status, e.Reported = Day(2016, 3, 20), StatusHeld, Day(2016, 3, 20) }),
		with(func(e *Event) { e.Start, e.Status, e.Reported = Day(2016, 3, 21), StatusPlanned, Day(2016, 3, 22) }),
		with(func(e *Event) { e.Start, e.Status, e.Reported = Day(2016, 3, 22), StatusHeld, Day(2016, 3, 22) }),
		with(func(e *Event) { e.Status, e.Reported = StatusPlanned, Day(2016, 3, 20) }),
	}
	perm := func(order []int) Event {
		m := reports[order[0]]
		seen := []Event{m}
		for _, i := range order[1:] {
			if !SameEvent(&m, &reports[i]) {
				t.Fatalf("order %v: report %d %v is not the same event as %v", order, i, &reports[i], &m)
			}
			seen = append(seen, reports[i])
			m = MergeEvents(&m, &reports[i], seen)
		}
		return m
	}
	// One report names the trip the other way round; the place in Havana
	// says who the host is, whichever report comes first.
	reports = append(reports, with(func(e *Event) {
		e.Start, e.Status, e.Reported, e.Countries, e.Place, e.PlaceCountry = Day(2016, 3, 21), StatusHeld, Day(2016, 3, 23), []string{"CU", "US"}, "Havana", "CU"
	}))
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {2, 0, 4, 5, 3, 1}, {3, 5, 4, 0, 1, 2}} {
		t.Run(fmt.Sprint("OK/", order), func(t *testing.T) {
			m := perm(order)
			if m.Start != Day(2016, 3, 20) || m.End != Day(2016, 3, 22) || m.Status != StatusHeld || m.Reported != Day(2016, 3, 19) {
				t.Errorf("got %v..%v %s reported %v, want 2016-03-20..2016-03-22 held reported 2016-03-19", m.Start, m.End, m.Status, m.Reported)
			}
			if !slices.Equal(m.Countries, []string{"US", "CU"}) {
				t.Errorf("got countries %v, want US (visitor) first", m.Countries)
			}
		})
	}
}

func TestMergeEvents(t *testing.T) {
	stored := Event{Key: "k1", Kind: KindAccord, Title: "stored", Countries: []string{"CU", "US"}, Before: Day(2016, 2, 25),
		Reported: Day(2016, 2, 25), Topics: []string{"postal service"}, Agencies: []string{"us:a"}, Confidence: 0.6, Status: StatusAgreed}
	report := Event{Kind: KindAccord, Title: "new", Countries: []string{"US", "CU"}, Start: Day(2015, 12, 10), Before: Day(2016, 3, 1),
		Reported: Day(2016, 3, 2), Topics: []string{"postal services"}, Agencies: []string{"cu:b"}, Confidence: 0.9, Status: StatusSigned}
	t.Run("OK", func(t *testing.T) {
		m := MergeEvents(&stored, &report, []Event{stored, report})
		if m.Key != "k1" || m.Title != "stored" || !slices.Equal(m.Countries, []string{"CU", "US"}) {
			t.Errorf("got key %q title %q countries %v, want the stored ones", m.Key, m.Title, m.Countries)
		}
		if m.Start != Day(2015, 12, 10) || m.Before != Day(2016, 2, 25) || m.Reported != Day(2016, 2, 25) {
			t.Errorf("got start %v before %v reported %v, want 2015-12-10, 2016-02-25, 2016-02-25", m.Start, m.Before, m.Reported)
		}
		if !slices.Equal(m.Topics, []string{"postal service", "postal services"}) || !slices.Equal(m.Agencies, []string{"us:a", "cu:b"}) {
			t.Errorf("got topics %v agencies %v, want both unions", m.Topics, m.Agencies)
		}
		if m.Confidence != 0.9 || m.Status != StatusSigned {
			t.Errorf("got confidence %v status %q, want 0.9 and signed", m.Confidence, m.Status)
		}
	})
	t.Run("Idempotent", func(t *testing.T) {
		once := MergeEvents(&stored, &report, []Event{stored, report})
		twice := MergeEvents(&once, &report, []Event{stored, report, report})
		twice.Evidence, once.Evidence = nil, nil
		if !slices.Equal(once.Topics, twice.Topics) || once.Start != twice.Start || once.Status != twice.Status ||
			once.Before != twice.Before || once.Reported != twice.Reported || once.Confidence != twice.Confidence {
			t.Errorf("got %+v after merging twice, want %+v", twice, once)
		}
	})
	t.Run("KeepsMorePreciseDates", func(t *testing.T) {
		s, n := Event{Start: Day(2016, 2, 22), End: Day(2016, 2, 23)}, Event{Start: Month(2016, 2)}
		m := MergeEvents(&s, &n, []Event{s, n})
		if m.Start != Day(2016, 2, 22) || m.End != Day(2016, 2, 23) {
			t.Errorf("got %v..%v, want 2016-02-22..2016-02-23", m.Start, m.End)
		}
	})
}

func TestPair(t *testing.T) {
	if got := Pair([]string{"us", "CU", "US", ""}); got != "CU-US" {
		t.Errorf("got %q, want CU-US", got)
	}
}

// TestCodes checks the codes keep their first order (the visitor first)
// while blanks and repeats go.
func TestCodes(t *testing.T) {
	got := Codes([]string{" us", "CU", "", "US", "cu "})
	if want := []string{"US", "CU"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func BenchmarkReportSpan(b *testing.B) {
	var reports []Event
	for d := 1; d <= 20; d++ {
		status := StatusHeld
		if d%3 == 0 {
			status = StatusPlanned
		}
		reports = append(reports, Event{Kind: KindMeeting, Status: status, Start: Day(2016, 3, d)})
	}
	for b.Loop() {
		ReportSpan(reports)
	}
}

func BenchmarkSameEvent(b *testing.B) {
	a := Event{Kind: KindAccord, Countries: []string{"CU", "US"}, Topics: []string{"direct postal service"}}
	c := Event{Kind: KindAccord, Countries: []string{"US", "CU"}, Start: Day(2015, 12, 10), Topics: []string{"environmental protection"}}
	for b.Loop() {
		SameEvent(&a, &c)
	}
}

// FuzzSameEvent checks the properties reloading relies on: SameEvent is
// symmetric, and an event merged with a report is still the same event as
// that report, with the merge idempotent.
func FuzzSameEvent(f *testing.F) {
	f.Add("2016-02-22", "2016-02-23", "", "cybercrime", "Havana", "2016", "", "2016-02-25", "online fraud", "", true)
	f.Add("", "", "2016-02-25", "postal service", "", "2015-12-10", "", "", "postal services", "", false)
	f.Add("2015-07", "", "", "", "", "2015-07-20", "", "", "", "Havana", true)
	f.Fuzz(func(t *testing.T, as, ae, ab, at, ap, bs, be, bb, bt, bp string, meeting bool) {
		mk := func(s, e, before, topic, place string) (Event, bool) {
			ev := Event{Kind: KindAccord, Countries: []string{"CU", "US"}, Place: place}
			if meeting {
				ev.Kind = KindMeeting
			}
			var err error
			if ev.Start, err = ParseDate(s); err != nil {
				return ev, false
			}
			if ev.End, err = ParseDate(e); err != nil {
				return ev, false
			}
			if ev.Before, err = ParseDate(before); err != nil {
				return ev, false
			}
			if topic != "" {
				ev.Topics = []string{topic}
			}
			return ev, ev.Validate() == nil && (ev.End.IsZero() || !ev.Start.IsZero())
		}
		a, okA := mk(as, ae, ab, at, ap)
		b, okB := mk(bs, be, bb, bt, bp)
		if !okA || !okB {
			return
		}
		checkMerge(t, a, b)
	})
}

// FuzzSameEventStatuses checks the same properties for meetings with modes,
// statuses and report dates (the round-2 rules for visits, plans and
// relations): SameEvent is symmetric, a merged event is still the same
// event as the report merged into it, and merging it again changes nothing.
func FuzzSameEventStatuses(f *testing.F) {
	f.Add("2016-03-19", "2016-03-20", "", "2016-03-19", "", uint8(1), uint8(1), "2016-03-22", "", "", "2016-03-22", "", uint8(1), uint8(0))
	f.Add("", "", "", "2016-03-20", "", uint8(1), uint8(1), "2016-03-21", "", "", "2016-03-22", "", uint8(1), uint8(0))
	f.Add("", "", "2016-03-20", "2016-03-20", "", uint8(4), uint8(0), "2015-07-20", "", "", "2016-02-25", "", uint8(4), uint8(0))
	f.Add("", "", "", "2016-02-25", "cybersecurity", uint8(2), uint8(1), "", "", "2016-03-20", "2016-03-20", "", uint8(1), uint8(0))
	// A held report reported by 2016-03-20 and a plan for February reported on
	// March 13: merged, the held event is dated by the plan and must still
	// take that plan.
	f.Add("", "", "2016-03-20", "2016-03-20", "cybersecurity", uint8(2), uint8(2), "2016-02", "", "", "2016-03-13", "cybersecurity", uint8(2), uint8(1))
	modes := []string{"", "visit", "meeting", "phone", ""}
	statuses := []string{"", StatusPlanned, StatusHeld, StatusProposed, StatusOngoing}
	f.Fuzz(func(t *testing.T, as, ae, ab, ar, at string, am, ast uint8, bs, be, bb, br, bt string, bm, bst uint8) {
		mk := func(s, e, before, reported, topic string, mode, status uint8) (Event, bool) {
			ev := Event{Kind: KindMeeting, Countries: []string{"US", "CU"}, Mode: modes[int(mode)%len(modes)],
				Status: statuses[int(status)%len(statuses)]}
			if int(mode)%len(modes) == 4 {
				ev.Kind, ev.Mode, ev.Action = KindRelations, "", ActionRestored
			}
			var err error
			for _, d := range []struct {
				to *Date
				s  string
			}{{&ev.Start, s}, {&ev.End, e}, {&ev.Before, before}, {&ev.Reported, reported}} {
				if *d.to, err = ParseDate(d.s); err != nil {
					return ev, false
				}
			}
			if topic != "" {
				ev.Topics = []string{topic}
			}
			return ev, ev.Validate() == nil && (ev.End.IsZero() || !ev.Start.IsZero())
		}
		a, okA := mk(as, ae, ab, ar, at, am, ast)
		b, okB := mk(bs, be, bb, br, bt, bm, bst)
		if !okA || !okB {
			return
		}
		s1, e1 := ReportSpan([]Event{a, b})
		if s2, e2 := ReportSpan([]Event{b, a}); s1 != s2 || e1 != e2 {
			t.Errorf("ReportSpan of %v and %v depends on their order: got %v..%v and %v..%v", &a, &b, s1, e1, s2, e2)
		}
		checkMerge(t, a, b)
	})
}

// checkMerge checks the merge properties of two reports: SameEvent is
// symmetric and, when they are one event, the merged event is still the
// same event as the report merged into it, and merging that report again
// changes nothing.
func checkMerge(t *testing.T, a, b Event) {
	t.Helper()
	same := SameEvent(&a, &b)
	if same != SameEvent(&b, &a) {
		t.Fatalf("SameEvent(%v, %v) is not symmetric", &a, &b)
	}
	if !same {
		return
	}
	m := MergeEvents(&a, &b, []Event{a, b})
	if !SameEvent(&m, &b) {
		t.Errorf("merged %v (%s, %s) is no longer the same event as the report %v (%s, %s)", &m, m.Mode, m.Status, &b, b.Mode, b.Status)
	}
	again := MergeEvents(&m, &b, []Event{a, b, b})
	if again.Start != m.Start || again.End != m.End || again.Before != m.Before || again.Status != m.Status || again.Place != m.Place ||
		!slices.Equal(again.Topics, m.Topics) || !slices.Equal(again.Countries, m.Countries) {
		t.Errorf("merging %v twice changed it: got %v, want %v", &b, &again, &m)
	}
}

func TestReportSpan(t *testing.T) {
	rep := func(kind Kind, status string, start, end Date) Event {
		return Event{Kind: kind, Status: status, Start: start, End: end}
	}
	m, a := KindMeeting, KindAccord
	tests := []struct {
		name       string
		reports    []Event
		start, end Date
	}{
		{"OK/none", nil, Date{}, Date{}},
		{"OK/undated only", []Event{rep(m, StatusHeld, Date{}, Date{})}, Date{}, Date{}},
		{"OK/held days joined, planned days outside them dropped", []Event{
			rep(m, StatusPlanned, Day(2016, 3, 19), Day(2016, 3, 20)), rep(m, StatusHeld, Day(2016, 3, 20), Date{}),
			rep(m, StatusPlanned, Day(2016, 3, 21), Date{}), rep(m, StatusHeld, Day(2016, 3, 22), Date{}), rep(m, StatusHeld, Date{}, Date{}),
		}, Day(2016, 3, 20), Day(2016, 3, 22)},
		{"OK/planned summit days cover the held first day", []Event{
			rep(m, StatusPlanned, Day(2016, 3, 17), Day(2016, 3, 18)), rep(m, StatusHeld, Day(2016, 3, 17), Date{}),
		}, Day(2016, 3, 17), Day(2016, 3, 18)},
		{"OK/planned days only: the range", []Event{
			rep(m, StatusPlanned, Day(2016, 3, 21), Date{}), rep(m, StatusPlanned, Day(2016, 3, 19), Day(2016, 3, 20)),
		}, Day(2016, 3, 19), Day(2016, 3, 20)},
		{"OK/day beats month and year", []Event{
			rep(a, StatusSigned, Year(2015), Date{}), rep(a, StatusSigned, Day(2015, 12, 10), Date{}), rep(a, StatusSigned, Month(2015, 12), Date{}),
		}, Day(2015, 12, 10), Date{}},
		{"OK/accord days are not joined", []Event{
			rep(a, StatusSigned, Day(2015, 12, 11), Date{}), rep(a, StatusSigned, Day(2015, 12, 10), Date{}),
		}, Day(2015, 12, 10), Date{}},
		{"OK/held day beats planned day", []Event{
			rep(m, StatusPlanned, Day(2016, 4, 2), Date{}), rep(m, StatusHeld, Day(2016, 4, 3), Date{}),
		}, Day(2016, 4, 3), Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, order := range [][]Event{tt.reports, reversed(tt.reports)} {
				s, e := ReportSpan(order)
				if s != tt.start || e != tt.end {
					t.Errorf("ReportSpan(%v): got %v..%v, want %v..%v", order, s, e, tt.start, tt.end)
				}
			}
		})
	}
}

func reversed(xs []Event) []Event {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return out
}
