package loader

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadBulk reads the whole bulk corpus (Reuters-21578 SGML and the
// 2016 Markdown posts); MB/s is of input bytes.
func BenchmarkReadBulk(b *testing.B) {
	dir := needCorpus(b, "bulk")
	var size int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && IsArticleFile(d.Name()) {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
		}
		return nil
	})
	b.SetBytes(size)
	for b.Loop() {
		var r Reader
		n := 0
		for _, err := range r.Documents(context.Background(), dir) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.ReportMetric(float64(n), "docs/op")
	}
}

// BenchmarkParagraphs cleans one Reuters story body, the per-article hot
// path of every format.
func BenchmarkParagraphs(b *testing.B) {
	body := "King Fahd of Saudi Arabia begins a\nfour-day state visit on Tuesday which will focus on redressing\nBritain's large trade surplus.\n\n"
	for range 5 {
		body += body
	}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Paragraphs(body, false)
	}
}

// BenchmarkParse cleans one document of each format from testdata/sources
// (Markdown post, HTML page, Reuters SGML, TimeML, JSON lines); MB/s is of
// input bytes.
func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"post.md", "page.html", "wire.sgm", "story.tml", "articles.jsonl"} {
		b.Run(name, func(b *testing.B) {
			data, err := os.ReadFile(filepath.Join("testdata/sources", name))
			if err != nil {
				b.Fatal(err)
			}
			var r Reader
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				// articles.jsonl holds bad lines on purpose: only a
				// read without documents is a failure.
				if docs, err := r.Parse(name, data); len(docs) == 0 {
					b.Fatalf("got no documents (%v), want some", err)
				}
			}
		})
	}
}

// BenchmarkIsNoiseLine judges a story line and a furniture line, the test
// every line of every article goes through.
func BenchmarkIsNoiseLine(b *testing.B) {
	lines := []string{
		"Cuban and U.S. delegations met in Havana this week to discuss cooperation against cybercrime, the Cuban Foreign Ministry said.",
		"Photo: Jane Doe/Reuters", "Share this article", "You are here: Home > World",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			isNoiseLine(l)
		}
	}
}
