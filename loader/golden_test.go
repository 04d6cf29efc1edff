package loader

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// update rewrites golden files: go test ./loader -run Golden -update. It is
// the package's one -update flag; other tests of package loader reuse it.
var update = flag.Bool("update", false, "rewrite testdata/golden files")

// readGolden is what a golden file records of a document: the metadata in
// full, and the text as its hash, paragraph count and the start of each
// paragraph (the corpus texts are for research use, so goldens keep short
// excerpts only, except for the project's own seed).
type readGolden struct {
	Origin     string   `json:"origin"`
	Format     string   `json:"format"`
	Title      string   `json:"title"`
	Source     string   `json:"source"`
	Published  string   `json:"published"`
	URL        string   `json:"url"`
	Dateline   string   `json:"dateline"`
	TextSHA256 string   `json:"textSha256"`
	Chars      int      `json:"chars"`
	Paragraphs []string `json:"paragraphs"` // first 60 characters of each
	Text       string   `json:"text,omitempty"`
}

func TestGoldenRead(t *testing.T) {
	cases := []struct{ name, path, elem string }{
		{"seed", seedFile, ""},
		{"d001-markdown", filepath.Join(corpusDir, "dev/articles/d001.md"), ""},
		{"d006-timeml", filepath.Join(corpusDir, "dev/articles/d006.tml"), ""},
		{"d008-bbc-text", filepath.Join(corpusDir, "dev/articles/d008.txt"), ""},
		{"d009-reuters", filepath.Join(corpusDir, "dev/articles/d009.sgm"), ""},
		{"d017-timeml-afp", filepath.Join(corpusDir, "dev/articles/d017.tml"), ""},
		{"d002-markdown-ap", filepath.Join(corpusDir, "dev/articles/d002.md"), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := os.ReadFile(c.path)
			if err != nil {
				t.Skipf("input not found (the shared corpus lives beside the checkout): %v", err)
			}
			var r Reader
			docs, err := r.Parse(filepath.Base(c.path), data)
			if err != nil || len(docs) != 1 {
				t.Fatalf("got %d documents and error %v, want 1 document", len(docs), err)
			}
			d := docs[0]
			sum := sha256.Sum256([]byte(d.Text))
			g := readGolden{Origin: d.Origin, Format: d.Format, Title: d.Title, Source: d.Source, Published: d.Published.String(),
				URL: d.URL, Dateline: d.Dateline, TextSHA256: hex.EncodeToString(sum[:]), Chars: utf8.RuneCountInString(d.Text)}
			for _, p := range strings.Split(d.Text, "\n\n") {
				if utf8.RuneCountInString(p) > 60 {
					p = string([]rune(p)[:60]) + "…"
				}
				g.Paragraphs = append(g.Paragraphs, p)
			}
			if c.name == "seed" {
				g.Text = d.Text
			}
			got, _ := json.MarshalIndent(g, "", "  ")
			got = append(got, '\n')
			file := filepath.Join("testdata/golden/read", c.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("no golden file (run go test ./loader -run GoldenRead -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got\n%s\nwant\n%s\n(run with -update to accept)", got, want)
			}
		})
	}
}
