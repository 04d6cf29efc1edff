package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// TestWordPrefixesNeverPanic extracts every word prefix of every evidence
// sentence of the project's gold files: scraped excerpts end anywhere
// ("... visit to New Delhi in October for"), and a rule that looks one word
// past a preposition must stop at the text's end.
func TestWordPrefixesNeverPanic(t *testing.T) {
	files, err := filepath.Glob("../../testdata/eval/*/gold/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files found: %v", err)
	}
	if testing.Short() {
		files = files[:min(len(files), 100)]
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Events         []struct{ Evidence string } `json:"events"`
			EventsOptional []struct{ Evidence string } `json:"events_optional"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, e := range append(g.Events, g.EventsOptional...) {
			w := strings.Fields(e.Evidence)
			for i := 1; i <= len(w); i++ {
				text := strings.Join(w[:i], " ")
				n++
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s: panic %v on %q", filepath.Base(f), r, text)
						}
					}()
					Extract(Input{Text: text, Published: graph.Day(2016, 3, 2)}, Options{})
				}()
			}
		}
	}
	t.Logf("%d prefixes", n)
}
