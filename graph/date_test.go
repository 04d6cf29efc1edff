package graph

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, c := range []struct {
			in   string
			want Date
			prec Precision
		}{
			{"", Date{}, PrecisionNone},
			{"2016", Year(2016), PrecisionYear},
			{"2016-02", Month(2016, time.February), PrecisionMonth},
			{"2016-02-29", Day(2016, time.February, 29), PrecisionDay},
			{"0987-12-01", Day(987, time.December, 1), PrecisionDay},
		} {
			got, err := ParseDate(c.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", c.in, err)
			}
			if got != c.want || got.Precision() != c.prec || got.String() != c.in {
				t.Errorf("ParseDate(%q) = %#v (%s, %q), want %#v (%s)", c.in, got, got.Precision(), got.String(), c.want, c.prec)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, in := range []string{"16", "2015-02-29", "2016-13", "2016-00", "2016/02/01", "20160201", "2016-2-1", "+016", "2016-02-+1", "0000", "abcd"} {
			_, err := ParseDate(in)
			if ErrorCode(err) != EINVALID {
				t.Errorf("ParseDate(%q) error = %v, want code %s", in, err, EINVALID)
			}
		}
	})
}

func TestDateRelations(t *testing.T) {
	y, m, d := Year(2016), Month(2016, time.February), Day(2016, time.February, 22)
	if !y.Contains(m) || !m.Contains(d) || d.Contains(m) {
		t.Errorf("containment wrong: year⊇month %v, month⊇day %v, day⊇month %v", y.Contains(m), m.Contains(d), d.Contains(m))
	}
	week := Span{Start: Day(2016, time.February, 22), End: Day(2016, time.February, 28)}
	across := Span{Start: Day(2016, time.February, 29), End: Day(2016, time.March, 2)}
	if !(Span{Start: m}).Contains(week) || (Span{Start: m}).Contains(across) || week.Contains(Span{Start: m}) || (Span{}).Contains(week) {
		t.Error("span containment wrong")
	}
	if !d.Compatible(y) || !(Date{}).Compatible(d) || Day(2016, time.March, 1).Compatible(m) {
		t.Error("compatibility wrong")
	}
	if !d.Before(Day(2016, time.February, 23)) || !m.Before(d) || (Date{}).Before(d) || !d.Before(Date{}) {
		t.Error("ordering wrong")
	}
	if got := m.Last(); got != time.Date(2016, 2, 29, 0, 0, 0, 0, time.UTC) {
		t.Errorf("Month.Last() = %v, want 2016-02-29", got)
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		A Date `json:"a"`
		B Date `json:"b"`
	}
	in := doc{A: Month(2015, time.July)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"a":"2015-07","b":null}` {
		t.Errorf("got %s, want {\"a\":\"2015-07\",\"b\":null}", b)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("round trip got %+v, %v, want %+v", out, err, in)
	}
}

func TestParseSpan(t *testing.T) {
	s, err := ParseSpan("2016-02-22/2016-02-23")
	if err != nil || s.String() != "2016-02-22/2016-02-23" || s.Last() != Day(2016, 2, 23) {
		t.Errorf("ParseSpan = %v, %v", s, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"", "2016", "2016-02", "2016-02-22", "2016-02-30", "x", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if ErrorCode(err) != EINVALID {
				t.Fatalf("ParseDate(%q) error code %q, want %q", s, ErrorCode(err), EINVALID)
			}
			return
		}
		if !d.Valid() {
			t.Fatalf("ParseDate(%q) = invalid %#v", s, d)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q: not a round trip", s, d.String())
		}
	})
}
