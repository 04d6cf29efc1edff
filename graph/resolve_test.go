package graph

import (
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
	tests := []struct {
		name string
		a, b Event
		want bool
	}{
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

func TestMergeEvents(t *testing.T) {
	stored := Event{Key: "k1", Kind: KindAccord, Title: "stored", Countries: []string{"CU", "US"}, Before: Day(2016, 2, 25),
		Reported: Day(2016, 2, 25), Topics: []string{"postal service"}, Agencies: []string{"us:a"}, Confidence: 0.6, Status: StatusAgreed}
	report := Event{Kind: KindAccord, Title: "new", Countries: []string{"US", "CU"}, Start: Day(2015, 12, 10), Before: Day(2016, 3, 1),
		Reported: Day(2016, 3, 2), Topics: []string{"postal services"}, Agencies: []string{"cu:b"}, Confidence: 0.9, Status: StatusSigned}
	t.Run("OK", func(t *testing.T) {
		m := MergeEvents(&stored, &report)
		if m.Key != "k1" || m.Title != "stored" || !slices.Equal(m.Countries, []string{"CU", "US"}) {
			t.Errorf("got key %q title %q countries %v, want the stored ones", m.Key, m.Title, m.Countries)
		}
		if m.Start != Day(2015, 12, 10) || m.Before != Day(2016, 2, 25) || m.Reported != Day(2016, 2, 25) {
			t.Errorf("got start %v before %v reported %v, want 2015-12-10, 2016-02-25, 2016-02-25", m.Start, m.Before, m.Reported)
		}
		if !slices.Equal(m.Topics, []string{"postal service", "postal services"}) || !slices.Equal(m.Agencies, []string{"cu:b", "us:a"}) {
			t.Errorf("got topics %v agencies %v, want both unions", m.Topics, m.Agencies)
		}
		if m.Confidence != 0.9 || m.Status != StatusSigned {
			t.Errorf("got confidence %v status %q, want 0.9 and signed", m.Confidence, m.Status)
		}
	})
	t.Run("Idempotent", func(t *testing.T) {
		once := MergeEvents(&stored, &report)
		twice := MergeEvents(&once, &report)
		twice.Evidence, once.Evidence = nil, nil
		if !slices.Equal(once.Topics, twice.Topics) || once.Start != twice.Start || once.Status != twice.Status ||
			once.Before != twice.Before || once.Reported != twice.Reported || once.Confidence != twice.Confidence {
			t.Errorf("got %+v after merging twice, want %+v", twice, once)
		}
	})
	t.Run("KeepsMorePreciseDates", func(t *testing.T) {
		m := MergeEvents(&Event{Start: Day(2016, 2, 22), End: Day(2016, 2, 23)}, &Event{Start: Month(2016, 2)})
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
		same := SameEvent(&a, &b)
		if same != SameEvent(&b, &a) {
			t.Fatalf("SameEvent(%v, %v) is not symmetric", &a, &b)
		}
		if !same {
			return
		}
		m := MergeEvents(&a, &b)
		if !SameEvent(&m, &b) {
			t.Errorf("merged %v is no longer the same event as the report %v", &m, &b)
		}
		again := MergeEvents(&m, &b)
		if again.Start != m.Start || again.End != m.End || again.Before != m.Before || !slices.Equal(again.Topics, m.Topics) || again.Place != m.Place {
			t.Errorf("merging %v twice changed it: got %v, want %v", &b, &again, &m)
		}
	})
}
