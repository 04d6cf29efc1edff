package gazetteer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/eval"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// devDir is the labelled development set, beside the repository.
const devDir = "../../../../shared/corpus/dev"

// devText reads an article with the loader's reader, as the extractor sees
// it: title, then body.
func devText(tb testing.TB, path string) string {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	docs, err := (&loader.Reader{}).Parse(filepath.Base(path), data)
	if err != nil {
		tb.Fatalf("got error %v reading %s, want none", err, path)
	}
	if len(docs) != 1 {
		tb.Fatalf("got %d documents in %s, want 1", len(docs), path)
	}
	return docs[0].Title + "\n\n" + docs[0].Text
}

// mainCountry is the most mentioned country (names and demonyms), the
// fallback an extractor would pass.
func mainCountry(ms []gazetteer.CountryMention) string {
	n := map[string]int{}
	best := ""
	for _, m := range ms {
		if m.How == gazetteer.ByCapital {
			continue
		}
		n[m.Code]++
		if best == "" || n[m.Code] > n[best] || n[m.Code] == n[best] && m.Code < best {
			best = m.Code
		}
	}
	return best
}

func prf(c eval.Counts) string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
}

// devScore scores countries and agencies over the dev set, set-based per
// article; optional gold neither rewards nor penalises.
func devScore(t *testing.T, verbose bool) (countries, agencies eval.Counts) {
	if _, err := os.Stat(filepath.Join(devDir, "gold")); err != nil {
		t.Skipf("no dev corpus at %s (it lives in shared/ beside the repository)", devDir)
	}
	golds, err := eval.LoadGold(devDir)
	if err != nil {
		t.Fatalf("got error %v loading the dev gold, want none", err)
	}
	for _, g := range golds {
		text := devText(t, g.Article)
		ms := gazetteer.FindCountries(text)
		got := map[string]bool{}
		for _, m := range ms {
			got[m.Code] = true
		}
		want, opt := set(g.Countries), set(g.CountriesOptional)
		var fps, fns []string
		for c := range got {
			switch {
			case want[c]:
				countries.TP++
			case !opt[c]:
				countries.FP++
				fps = append(fps, c)
			}
		}
		for c := range want {
			if !got[c] {
				countries.FN++
				fns = append(fns, c)
			}
		}
		// Agencies: (country, canonical name); a gold agency matches by its
		// name or any alias.
		keys := func(a eval.GoldAgency) map[string]bool {
			k := map[string]bool{}
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				k[a.Country+":"+gazetteer.Canonical(n)] = true
			}
			return k
		}
		gotA := map[string]bool{}
		for _, a := range gazetteer.FindAgencies(text, ms, mainCountry(ms)) {
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
				agencies.TP++
			case !optional:
				agencies.FP++
				fps = append(fps, k)
			}
		}
		for gi, ga := range g.Agencies {
			if !matched[gi] {
				agencies.FN++
				fns = append(fns, "agency "+ga.Name)
			}
		}
		if verbose && len(fps)+len(fns) > 0 {
			sort.Strings(fps)
			sort.Strings(fns)
			t.Logf("%s: false positives %v; missed %v", g.ID, fps, fns)
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
	t.Logf("countries (mentioned at least once): %v", prf(c))
	t.Logf("agencies (country + canonical name): %v", prf(a))
	if got, want := c.F1(), 0.97; got < want {
		t.Errorf("countries F1: got %.3f, want >= %.2f", got, want)
	}
	if got, want := a.F1(), 0.80; got < want {
		t.Errorf("agencies F1: got %.3f, want >= %.2f", got, want)
	}
}
