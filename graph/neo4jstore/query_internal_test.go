package neo4jstore

import (
	"slices"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
)

func TestCursor(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		d, k, err := decodeCursor(encodeCursor("2016-02-25", "accord:cu-us:x"))
		if err != nil || k != "accord:cu-us:x" || d == nil {
			t.Errorf("got %v %v %v, want the date and key back", d, k, err)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		if d, k, err := decodeCursor(""); d != nil || k != nil || err != nil {
			t.Errorf("got %v %v %v, want no cursor", d, k, err)
		}
	})
	for _, bad := range []string{"%%%", "bm90IGEgY3Vyc29y", encodeCursor("2016-13-01", "k"), encodeCursor("2016-02-25", "")} {
		t.Run("ErrInvalid", func(t *testing.T) {
			if _, _, err := decodeCursor(bad); graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("decodeCursor(%q): got %v, want EINVALID", bad, err)
			}
		})
	}
}

// FuzzDecodeCursor: cursors come from clients; any string gives a cursor or
// an EINVALID error, never a panic, and good cursors round-trip.
func FuzzDecodeCursor(f *testing.F) {
	f.Add(encodeCursor("2016-02-25", "k"))
	f.Add("")
	f.Add("eyJkIjoiIiwiayI6IngifQ")
	f.Fuzz(func(t *testing.T, s string) {
		_, k, err := decodeCursor(s)
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("got %v, want EINVALID", err)
			}
			return
		}
		if s != "" && k == "" {
			t.Fatalf("got an empty key from %q, want an error", s)
		}
	})
}

func TestLuceneQuery(t *testing.T) {
	cases := map[string]string{
		"cybercrime":           "cybercrime",
		"  U.S.  State ":       "U.S. State",
		`"flights`:             `\"flights`,
		"(AND) OR x":           `\(AND\) or x`,
		"a:b/c*":               `a\:b\/c\*`,
		"":                     "",
		"NOT":                  "not",
		"Ministry-of-Interior": `Ministry\-of\-Interior`,
	}
	for in, want := range cases {
		if got := luceneQuery(in); got != want {
			t.Errorf("luceneQuery(%q): got %q, want %q", in, got, want)
		}
	}
}

// FuzzLuceneQuery: search text comes from clients; every Lucene operator
// character in it must come out escaped, so the full-text query never fails
// to parse.
func FuzzLuceneQuery(f *testing.F) {
	for _, s := range []string{"cybercrime", `U.S. (AND) "flights`, `a\b`, "x && y || !z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := luceneQuery(s)
		for i := 0; i < len(q); i++ {
			c := q[i]
			if c == '\\' {
				i++ // the escaped character
				if i >= len(q) {
					t.Fatalf("luceneQuery(%q) = %q: ends in a lone backslash", s, q)
				}
				continue
			}
			if strings.IndexByte(`+-&|!(){}[]^"~*?:/`, c) >= 0 {
				t.Fatalf("luceneQuery(%q) = %q: unescaped %q", s, q, c)
			}
		}
		for _, w := range strings.Fields(q) {
			if w == "AND" || w == "OR" || w == "NOT" || w == "TO" {
				t.Fatalf("luceneQuery(%q) = %q: operator %s left in", s, q, w)
			}
		}
	})
}

// TestCompareKinds orders the known kinds as graph.Kinds lists them and any
// other kind after them, by name.
func TestCompareKinds(t *testing.T) {
	got := []graph.Kind{"X", graph.KindRelations, "B", graph.KindMeeting, graph.KindAccord}
	slices.SortFunc(got, compareKinds)
	want := []graph.Kind{graph.KindMeeting, graph.KindAccord, graph.KindRelations, "B", "X"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
