package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSealed scores the seed set copied beside a SEALED file: the table is
// there, the findings and per-article scores are not.
func TestSealed(t *testing.T) {
	src, err := filepath.Abs("../../testdata/eval")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(src, "articles"), filepath.Join(dir, "articles")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "gold"), 0o755); err != nil {
		t.Fatal(err)
	}
	golds, _ := filepath.Glob(filepath.Join(src, "gold", "*.json"))
	for _, g := range golds {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "gold", filepath.Base(g)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	show := func(dir string) (sealed bool, findings, js string) {
		t.Helper()
		rep, err := Run(context.Background(), dir, Config{})
		if err != nil {
			t.Fatal(err)
		}
		var f, j bytes.Buffer
		_ = rep.WriteFindings(&f)
		_ = rep.WriteJSON(&j)
		return rep.Sealed, f.String(), j.String()
	}
	if sealed, f, j := show(dir); sealed || !strings.Contains(f, "== ") || !strings.Contains(j, `"articlesScored"`) {
		t.Fatalf("unsealed: got sealed %v, findings %q, JSON with articles %v; want per-article output", sealed, f, strings.Contains(j, "articlesScored"))
	}
	if err := os.WriteFile(filepath.Join(dir, SealFile), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{dir, filepath.Join(dir, "gold")} {
		sealed, f, j := show(d)
		if !sealed || strings.Contains(f, "== ") || !strings.Contains(f, "sealed") {
			t.Errorf("%s: got sealed %v, findings %q; want a sealed notice only", d, sealed, f)
		}
		if strings.Contains(j, `"articlesScored"`) || strings.Contains(j, `"findings"`) || !strings.Contains(j, `"events_f1"`) {
			t.Errorf("%s: got JSON %s; want totals and summary only", d, j)
		}
	}
}
