package when

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, c.dayFirst)
	}
	f.Add("Monday, March 21, 2016 and 26-FEB-1987 15:01 and 2015-07-20T10:00", false)
	f.Add("Dec. 31, 9999-Jan. 1 and yesterday and 9999 years ago", true)
	f.Add("\xff\xfe March \u00a021 \u2013 22 1987/88 mid-\u2014", false)
	anchors := []graph.Date{{}, graph.Day(2016, 2, 25), graph.Month(1987, 3), graph.Year(2000), graph.Day(1, 1, 1), graph.Day(9999, 12, 31)}
	f.Fuzz(func(t *testing.T, text string, dayFirst bool) {
		for _, a := range anchors {
			ms := Find(text, Options{Anchor: a, DayFirst: dayFirst})
			prev := 0
			for _, m := range ms {
				if m.Start < prev || m.End <= m.Start || m.End > len(text) {
					t.Fatalf("mention %q at %d:%d: got offsets out of order or range (previous end %d, len %d)", m.Text, m.Start, m.End, prev, len(text))
				}
				if text[m.Start:m.End] != m.Text {
					t.Fatalf("mention at %d:%d: got text %q, want %q", m.Start, m.End, m.Text, text[m.Start:m.End])
				}
				prev = m.End
				checkSpan(t, m.Text, m.Value)
				for _, tense := range []Tense{TenseUnknown, TensePast, TenseFuture} {
					v := Resolve(m, a, tense)
					checkSpan(t, m.Text, v)
					if tense == TenseUnknown && v != m.Value {
						t.Fatalf("Resolve(%q, %s, unknown): got %s, want Find's %s", m.Text, a, v, m.Value)
					}
				}
				if a.IsZero() && m.Relative && !m.Value.IsZero() {
					t.Fatalf("mention %q without anchor: got %s, want unknown", m.Text, m.Value)
				}
			}
		}
	})
}

func checkSpan(t *testing.T, text string, v graph.Span) {
	t.Helper()
	if !v.Start.Valid() || !v.End.Valid() {
		t.Fatalf("mention %q: got invalid value %#v", text, v)
	}
	if v.Start.IsZero() && !v.End.IsZero() {
		t.Fatalf("mention %q: got end %s without start", text, v.End)
	}
	if !v.End.IsZero() && v.End.Before(v.Start) {
		t.Fatalf("mention %q: got end %s before start %s", text, v.End, v.Start)
	}
}
