package loader

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/entente-dev/entente/graph"
)

// checkDocs holds for every document and error whatever the input.
func checkDocs(t *testing.T, docs []Document, err error) {
	t.Helper()
	for _, d := range docs {
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.Source) {
			t.Errorf("got invalid UTF-8 in %+v", d)
		}
		if strings.Contains(d.Text, "\n\n\n") || strings.TrimSpace(d.Text) != d.Text {
			t.Errorf("got text %q, want paragraphs joined by one blank line and no outer space", d.Text)
		}
		if !d.Published.Valid() {
			t.Errorf("got invalid published date %#v", d.Published)
		}
	}
	if err != nil {
		for _, e := range unjoin(err) {
			if graph.ErrorCode(e) != graph.EINVALID {
				t.Errorf("got error %v with code %q, want %q", e, graph.ErrorCode(e), graph.EINVALID)
			}
		}
	}
}

func addSourceFiles(f *testing.F, add func(name string, data []byte)) {
	files, _ := filepath.Glob("testdata/sources/*")
	files = append(files, seedFile)
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			add(filepath.Base(p), data)
		}
	}
}

func FuzzParse(f *testing.F) {
	addSourceFiles(f, func(name string, data []byte) { f.Add(name, data) })
	f.Add("x.txt", []byte("HAVANA, Feb. 25 (Xinhua) --"))
	f.Add("x", []byte("---\n---\n"))
	f.Add("x.sgm", []byte("<REUTERS NEWID=\"1\"><BODY>&#3;"))
	// Text that opens with a binary signature's word, and a real header.
	f.Add("x", []byte("BMW recalls 300,000 cars"))
	f.Add("x.txt", []byte("ID3\x04\x00\x00\x00\x00\x23\x76TIT2"))
	f.Add("x", []byte("\xff\xfe<\x00p\x00>\x00x\x00\x00\xd8"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		r := Reader{MaxBytes: 1 << 16}
		docs, err := r.Parse(name, data)
		checkDocs(t, docs, err)
	})
}

func FuzzJSONLines(f *testing.F) {
	data, _ := os.ReadFile("testdata/sources/articles.jsonl")
	f.Add(data)
	f.Add([]byte(`{"text":"a","published":"2016-02-30"}`))
	f.Add([]byte("{\"html\":\"<p>x</p>\"}\n\n\n{]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := Reader{MaxBytes: 1 << 12}
		var docs []Document
		var errs []error
		r.readJSONLines("f.jsonl", bytes.NewReader(data), func(d Document, err error) bool {
			if err != nil {
				errs = append(errs, err)
			} else {
				docs = append(docs, d)
			}
			return true
		})
		var joined error
		if len(errs) > 0 {
			joined = errs[0]
			for _, e := range errs {
				if !strings.HasPrefix(e.Error(), "f.jsonl") {
					t.Errorf("got error %q, want it to name the file and line", e)
				}
			}
		}
		checkDocs(t, docs, joined)
	})
}

func FuzzHTML(f *testing.F) {
	page, _ := os.ReadFile("testdata/sources/page.html")
	f.Add(string(page))
	f.Add("<iframe/><p>x</p>")
	f.Add(`<script type="application/ld+json">{"@graph":[{"datePublished":"2016"}]}</script><p>a</p>`)
	f.Fuzz(func(t *testing.T, page string) {
		d := parseHTML("f.html", "", page)
		checkDocs(t, []Document{d}, nil)
	})
}

func FuzzURLDate(f *testing.F) {
	f.Add("https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html")
	f.Add("http://news.xinhuanet.com/english/2016-02/25/c_135131225.htm")
	f.Add("//a/2015/02/30/")
	f.Fuzz(func(t *testing.T, u string) {
		d, ok := URLDate(u)
		if ok != !d.IsZero() || !d.Valid() {
			t.Errorf("URLDate(%q) = %#v, %v: want a valid date exactly when ok", u, d, ok)
		}
		if ok && !strings.Contains(u, strconv.Itoa(d.Year)) {
			t.Errorf("URLDate(%q) = %v: the year is not in the URL", u, d)
		}
	})
}
