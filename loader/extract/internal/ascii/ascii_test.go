package ascii

import (
	"strings"
	"testing"
)

func TestLower(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC def", "Ünïcode KEPT", "\xff\xfeX", "U.S. Had"} {
		got := Lower(s)
		if len(got) != len(s) {
			t.Errorf("Lower(%q) = %q: length %d, want %d (offsets kept)", s, got, len(got), len(s))
		}
		if Only(s) && got != strings.ToLower(s) {
			t.Errorf("Lower(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	}
	if got := Lower("Ünïcode KEPT"); got != "Ünïcode kept" {
		t.Errorf("got %q, want non-ASCII bytes unchanged", got)
	}
}

func TestOnly(t *testing.T) {
	for s, want := range map[string]bool{"": true, "abc 123": true, "café": false, "\x7f": true, "\x80": false} {
		if got := Only(s); got != want {
			t.Errorf("Only(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzLower(f *testing.F) {
	f.Add("U.S. Had held talks")
	f.Add("Ünïcode")
	f.Fuzz(func(t *testing.T, s string) {
		got := Lower(s)
		if len(got) != len(s) {
			t.Fatalf("Lower(%q): length %d, want %d", s, len(got), len(s))
		}
		if Only(s) && got != strings.ToLower(s) {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	})
}
