package loader

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// corpusDir is the shared corpus beside the checkout (see the corpus
// README: research and development use only).
const corpusDir = "../../shared/corpus"

func needCorpus(t testing.TB, sub string) string {
	t.Helper()
	p := filepath.Join(corpusDir, sub)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not found at %s (it lives beside the checkout): %v", p, err)
	}
	return p
}

// TestBulkCorpus reads all of the bulk corpus (Reuters-21578 and the 2016
// posts): every document must come out with text or a title and no errors.
func TestBulkCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 60 MB; skipped with -short")
	}
	dir := needCorpus(t, "bulk")
	var r Reader
	start := time.Now()
	counts := map[string]int{}
	var n, empty, noTitle, noDate, bytes int
	for d, err := range r.Documents(context.Background(), dir) {
		if err != nil {
			t.Errorf("got error %v, want none", err)
			continue
		}
		n++
		counts[d.Format]++
		bytes += len(d.Text)
		if strings.TrimSpace(d.Text) == "" {
			empty++
		}
		if d.Title == "" {
			noTitle++
		}
		if d.Published.IsZero() {
			noDate++
		}
		if d.Text == "" && d.Title == "" {
			t.Errorf("%s: got no text and no title, want one of them", d.Origin)
		}
		if strings.Contains(d.Text, "[ad_") || strings.Contains(d.Text, "&lt;") || strings.Contains(d.Text, "&amp;") {
			t.Errorf("%s: got markup left in text %q", d.Origin, firstN(d.Text, 200))
		}
	}
	var formats []string
	for f, c := range counts {
		formats = append(formats, f+"="+strconv.Itoa(c))
	}
	sort.Strings(formats)
	t.Logf("%d documents (%s) in %v; %d without body text, %d without title, %d without date; %d MB of text",
		n, strings.Join(formats, " "), time.Since(start).Round(time.Millisecond), empty, noTitle, noDate, bytes>>20)
	if counts["reuters-sgml"] < 20000 || counts["markdown"] < 4000 {
		t.Errorf("got %v, want about 21568 Reuters stories and 4357 posts", counts)
	}
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
