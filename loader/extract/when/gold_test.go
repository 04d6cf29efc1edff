package when

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// goldEvent is the part of a dev gold event (shared corpus schema) that
// dates are scored on.
type goldEvent struct {
	Type     string  `json:"type"`
	Start    *string `json:"start"`
	End      *string `json:"end"`
	Date     *string `json:"date"`
	WhenText *string `json:"when_text"`
	Evidence string  `json:"evidence"`
}

type goldFile struct {
	ID        string      `json:"id"`
	Published *string     `json:"published"`
	Events    []goldEvent `json:"events"`
	Optional  []goldEvent `json:"events_optional"`
}

// goldValue is the event's gold date as a Span, or false when the gold has
// none. A meeting with only a start is scored on its start.
func (e goldEvent) goldValue() (graph.Span, bool, error) {
	var s graph.Span
	var err error
	switch {
	case e.Date != nil:
		s.Start, err = graph.ParseDate(*e.Date)
	case e.Start != nil:
		s.Start, err = graph.ParseDate(*e.Start)
		if err == nil && e.End != nil && *e.End != *e.Start {
			s.End, err = graph.ParseDate(*e.End)
		}
	default:
		return s, false, nil
	}
	return s, true, err
}

// matches reports whether v gives the gold value g (a start-only gold
// matches on the start).
func matches(v, g graph.Span, e goldEvent) bool {
	if e.Date == nil && e.End == nil {
		return v.Start == g.Start
	}
	return v == g
}

// TestDevGoldDates runs Find over the evidence sentence of every dated
// event of the labelled dev set (required and optional events), anchored on
// the article's publication date, and counts how many gold dates a mention
// in the sentence reproduces: with Find's default reading, and when the
// sentence's tense is known (Resolve with past or future, as the extractor
// does). Some gold dates cannot come from the sentence alone ("on the eve
// of", a date given only in another sentence), so the ceiling is below the
// total.
func TestDevGoldDates(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "dev", "gold", "*.json"))
	if len(files) == 0 {
		t.Skipf("shared corpus not found at %s: dev gold dates not checked", corpusDir)
	}
	sort.Strings(files)
	total, byDefault, byTense := 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if g.Published == nil {
			continue // undated article: its relative dates have no gold value
		}
		anchor, err := graph.ParseDate(*g.Published)
		if err != nil {
			t.Fatalf("%s: published: %v", f, err)
		}
		for _, e := range append(g.Events, g.Optional...) {
			want, ok, err := e.goldValue()
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if !ok {
				continue
			}
			total++
			ms := Find(e.Evidence, Options{Anchor: anchor})
			def, tensed := false, false
			for _, m := range ms {
				if matches(m.Value, want, e) {
					def = true
				}
				for _, tense := range []Tense{TensePast, TenseFuture} {
					if matches(Resolve(m, anchor, tense), want, e) {
						tensed = true
					}
				}
			}
			if def {
				byDefault++
			}
			if def || tensed {
				byTense++
			}
			if !def {
				when := ""
				if e.WhenText != nil {
					when = *e.WhenText
				}
				t.Logf("%s %s want %s (%q): found %s; with tense: %v", g.ID, e.Type, want, when, render(ms), tensed)
			}
		}
	}
	t.Logf("dev gold dates reproduced from their evidence sentence: %d of %d by default, %d of %d with the tense known",
		byDefault, total, byTense, total)
	// Floors measured when this test was written (33 and 37 of 45). The
	// eight left need more than the sentence: "on the eve of", "the second
	// day", a "four-day visit" span, a weekday named in another sentence.
	// A change that loses one of these is a regression to look at.
	if byDefault < 33 || byTense < 37 {
		t.Errorf("got %d and %d of %d gold dates, want at least 33 and 37", byDefault, byTense, total)
	}
}
