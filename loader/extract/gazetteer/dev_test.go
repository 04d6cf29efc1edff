package gazetteer

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// devDir is the labelled development set, beside the repository.
const devDir = "../../../../shared/corpus/dev"

type devGold struct {
	Countries         []string    `json:"countries"`
	CountriesOptional []string    `json:"countries_optional"`
	Agencies          []devAgency `json:"agencies"`
	AgenciesOptional  []devAgency `json:"agencies_optional"`
}

type devAgency struct {
	Name    string   `json:"name"`
	Country *string  `json:"country"`
	Aliases []string `json:"aliases"`
}

var (
	reFront = regexp.MustCompile(`(?s)\A---\n.*?\n---\n`)
	reTag   = regexp.MustCompile(`(?s)<[^>]*>`)
	reMeta  = regexp.MustCompile(`(?s)<(TOPICS|PLACES|PEOPLE|ORGS|EXCHANGES|COMPANIES|UNKNOWN|DATE)>.*?</(TOPICS|PLACES|PEOPLE|ORGS|EXCHANGES|COMPANIES|UNKNOWN|DATE)>`)
)

// crudeText strips markup well enough for calibration; the real reader is
// the loader's.
func crudeText(raw string) string {
	s := reFront.ReplaceAllString(raw, "")
	s = reMeta.ReplaceAllString(s, "")
	s = reTag.ReplaceAllString(s, " ")
	return html.UnescapeString(s)
}

// mainCountry is the most mentioned country (names and demonyms), the
// fallback an extractor would pass.
func mainCountry(ms []CountryMention) string {
	n := map[string]int{}
	best := ""
	for _, m := range ms {
		if m.How == ByCapital {
			continue
		}
		n[m.Code]++
		if best == "" || n[m.Code] > n[best] || n[m.Code] == n[best] && m.Code < best {
			best = m.Code
		}
	}
	return best
}

type prf struct{ tp, fp, fn int }

func (p prf) String() string {
	pr := float64(p.tp) / float64(max(1, p.tp+p.fp))
	rc := float64(p.tp) / float64(max(1, p.tp+p.fn))
	f := 0.0
	if pr+rc > 0 {
		f = 2 * pr * rc / (pr + rc)
	}
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", pr, rc, f, p.tp, p.fp, p.fn)
}

func (p prf) f1() float64 {
	if p.tp == 0 {
		return 0
	}
	pr := float64(p.tp) / float64(p.tp+p.fp)
	rc := float64(p.tp) / float64(p.tp+p.fn)
	return 2 * pr * rc / (pr + rc)
}

// devScore scores countries and agencies over the dev set, set-based per
// article; optional gold neither rewards nor penalises.
func devScore(t *testing.T, verbose bool) (countries, agencies prf) {
	golds, _ := filepath.Glob(filepath.Join(devDir, "gold", "*.json"))
	if len(golds) == 0 {
		t.Skipf("no dev corpus at %s (it lives in shared/ beside the repository)", devDir)
	}
	for _, gp := range golds {
		id := strings.TrimSuffix(filepath.Base(gp), ".json")
		arts, _ := filepath.Glob(filepath.Join(devDir, "articles", id+".*"))
		if len(arts) != 1 {
			t.Fatalf("%s: got %d article files, want 1", id, len(arts))
		}
		raw, err := os.ReadFile(arts[0])
		if err != nil {
			t.Fatal(err)
		}
		var g devGold
		b, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		text := crudeText(string(raw))
		ms := FindCountries(text)
		got := map[string]bool{}
		for _, m := range ms {
			got[m.Code] = true
		}
		want, opt := set(g.Countries), set(g.CountriesOptional)
		var fps, fns []string
		for c := range got {
			switch {
			case want[c]:
				countries.tp++
			case !opt[c]:
				countries.fp++
				fps = append(fps, c)
			}
		}
		for c := range want {
			if !got[c] {
				countries.fn++
				fns = append(fns, c)
			}
		}
		// Agencies: (country, canonical name); a gold agency matches by its
		// name or any alias.
		keys := func(a devAgency) map[string]bool {
			k := map[string]bool{}
			c := ""
			if a.Country != nil {
				c = *a.Country
			}
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				k[c+":"+Canonical(n)] = true
			}
			return k
		}
		gotA := map[string]bool{}
		for _, a := range FindAgencies(text, ms, mainCountry(ms)) {
			gotA[a.Country+":"+a.Name] = true
		}
		matched := map[int]bool{}
		for k := range gotA {
			hit, optional := false, false
			for gi, ga := range g.Agencies {
				if keys(ga)[k] {
					hit = true
					matched[gi] = true
				}
			}
			for _, ga := range g.AgenciesOptional {
				optional = optional || keys(ga)[k]
			}
			switch {
			case hit:
				agencies.tp++
			case !optional:
				agencies.fp++
				fps = append(fps, k)
			}
		}
		for gi, ga := range g.Agencies {
			if !matched[gi] {
				agencies.fn++
				fns = append(fns, "agency "+ga.Name)
			}
		}
		if verbose && len(fps)+len(fns) > 0 {
			sort.Strings(fps)
			sort.Strings(fns)
			t.Logf("%s: false positives %v; missed %v", id, fps, fns)
		}
	}
	return countries, agencies
}

func set(ss []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// TestDevAccuracy prints precision, recall and F1 over the labelled dev set
// and holds the floors reached. Countries count as found when mentioned at
// least once: which of them are actors is decided by the event extractor.
func TestDevAccuracy(t *testing.T) {
	c, a := devScore(t, testing.Verbose())
	t.Logf("countries (mentioned at least once): %v", c)
	t.Logf("agencies (country + canonical name): %v", a)
	if got, want := c.f1(), 0.97; got < want {
		t.Errorf("countries F1: got %.3f, want >= %.2f", got, want)
	}
	if got, want := a.f1(), 0.80; got < want {
		t.Errorf("agencies F1: got %.3f, want >= %.2f", got, want)
	}
}
