package eval

import "testing"

func reportOf(events ...Counts) *Report {
	rep := &Report{}
	for _, c := range events {
		rep.Add(ArticleScore{Scores: Scores{Events: c, EventDates: Share{Right: c.TP, Of: c.TP + c.FN}, ArticlesTotal: 1}})
	}
	return rep
}

func pickEvents(s Scores) Counts { return s.Events }

func TestF1Interval(t *testing.T) {
	t.Run("SameArticles", func(t *testing.T) {
		// Every resample of identical articles has the same F1.
		rep := reportOf(Counts{TP: 2, FP: 1, FN: 1}, Counts{TP: 2, FP: 1, FN: 1}, Counts{TP: 2, FP: 1, FN: 1})
		iv, ok := rep.F1Interval(pickEvents)
		if !ok || !near(iv.Low, 2.0/3) || !near(iv.High, 2.0/3) {
			t.Errorf("got %+v %v, want [0.667, 0.667]", iv, ok)
		}
	})
	t.Run("Spread", func(t *testing.T) {
		var cs []Counts
		for i := range 40 {
			if i%2 == 0 {
				cs = append(cs, Counts{TP: 1})
			} else {
				cs = append(cs, Counts{FP: 1, FN: 1})
			}
		}
		rep := reportOf(cs...)
		point := rep.Total.Events.F1()
		iv, ok := rep.F1Interval(pickEvents)
		if !ok || !(iv.Low < point && point < iv.High) {
			t.Fatalf("got %+v around %v, want an interval strictly around the point estimate", iv, point)
		}
		// Fewer articles of the same mix: a wider interval.
		small, _ := reportOf(cs[:8]...).F1Interval(pickEvents)
		if small.High-small.Low <= iv.High-iv.Low {
			t.Errorf("8 articles gave width %.3f, 40 gave %.3f: want the smaller sample wider", small.High-small.Low, iv.High-iv.Low)
		}
		// The seed is fixed: the same report, the same interval.
		if again, _ := rep.F1Interval(pickEvents); again != iv {
			t.Errorf("second run gave %+v, first %+v", again, iv)
		}
	})
	t.Run("TooLittle", func(t *testing.T) {
		if _, ok := reportOf(Counts{TP: 1}).F1Interval(pickEvents); ok {
			t.Error("one article: want no interval")
		}
		if _, ok := reportOf(Counts{}, Counts{}).F1Interval(pickEvents); ok {
			t.Error("nothing to score: want no interval")
		}
	})
}

func TestShareInterval(t *testing.T) {
	rep := reportOf(Counts{TP: 3, FN: 1}, Counts{TP: 1, FN: 3}, Counts{TP: 2, FN: 2}, Counts{TP: 4})
	iv, ok := rep.ShareInterval(func(s Scores) Share { return s.EventDates })
	point := rep.Total.EventDates.Value()
	if !ok || iv.Low > point || iv.High < point || iv.Low < 0 || iv.High > 1 {
		t.Errorf("got %+v %v for share %v, want an interval in [0,1] holding it", iv, ok, point)
	}
}

func TestSummaryIntervals(t *testing.T) {
	m := reportOf(Counts{TP: 2, FP: 1}, Counts{TP: 1, FN: 1}, Counts{FP: 1, FN: 1}).Summary()
	for _, k := range []string{"events_f1_low", "events_f1_high", "event_dates_low", "event_dates_high"} {
		if _, ok := m[k]; !ok {
			t.Errorf("summary: no %q in %v", k, m)
		}
	}
	if m["events_f1_low"] > m["events_f1"] || m["events_f1"] > m["events_f1_high"] {
		t.Errorf("got events F1 %v outside its interval [%v, %v]", m["events_f1"], m["events_f1_low"], m["events_f1_high"])
	}
	if _, ok := reportOf(Counts{TP: 1}).Summary()["events_f1_low"]; ok {
		t.Error("one article: want no interval in the summary")
	}
}
