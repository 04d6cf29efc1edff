package schema

import (
	"bytes"
	"testing"

	"github.com/entente-dev/entente/graph"
)

func TestDate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, s := range []string{"2016", "2016-02", "2016-02-22"} {
			d, err := UnmarshalDate(s)
			if err != nil {
				t.Fatalf("UnmarshalDate(%q): %v", s, err)
			}
			var b bytes.Buffer
			MarshalDate(d).MarshalGQL(&b)
			if got, want := b.String(), `"`+s+`"`; got != want {
				t.Errorf("got %s, want %s", got, want)
			}
		}
	})
	t.Run("Null", func(t *testing.T) {
		var b bytes.Buffer
		MarshalDate(graph.Date{}).MarshalGQL(&b)
		if got := b.String(); got != "null" {
			t.Errorf("got %s, want null", got)
		}
	})
	for _, bad := range []any{"", "2016-2-1", "2016-02-30", "Feb 2016", 2016, nil} {
		t.Run("ErrInvalid", func(t *testing.T) {
			if _, err := UnmarshalDate(bad); graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("UnmarshalDate(%v): got %v, want EINVALID", bad, err)
			}
		})
	}
}

// FuzzUnmarshalDate: Date arguments come from clients; any string is a
// valid date that round-trips, or an EINVALID error.
func FuzzUnmarshalDate(f *testing.F) {
	for _, s := range []string{"2016", "2016-02", "2016-02-29", "0000-00-00", "+016-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := UnmarshalDate(s)
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("got %v, want EINVALID", err)
			}
			return
		}
		if !d.Valid() || d.String() != s {
			t.Fatalf("UnmarshalDate(%q) = %v, want a valid date that prints back the same", s, d)
		}
	})
}
