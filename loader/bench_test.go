package loader

import (
	"context"
	"io/fs"
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
	b.ResetTimer()
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
