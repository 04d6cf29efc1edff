package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/extract"
)

// benchInputs reads up to n news posts of the shared corpus with the
// loader's reader, as production hands them to Extract, and sets the bytes
// per op to their text size.
func benchInputs(b *testing.B, n int) []extract.Input {
	b.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "bulk", "news2016", "_posts")
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Skipf("shared corpus not found at %s (it lives beside the repository): %v", dir, err)
	}
	rd := &loader.Reader{}
	var out []extract.Input
	for _, e := range entries {
		if len(out) >= n {
			break
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		docs, err := rd.Parse(e.Name(), data)
		if err != nil {
			continue
		}
		for _, d := range docs {
			out = append(out, d.Input())
		}
	}
	size := 0
	for _, in := range out {
		size += len(in.Text)
	}
	b.SetBytes(int64(size))
	return out
}

func BenchmarkExtract(b *testing.B) {
	ins := benchInputs(b, 400)
	for b.Loop() {
		for _, in := range ins {
			extract.Extract(in, extract.Options{})
		}
	}
	b.ReportMetric(float64(len(ins))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkSplitSentences(b *testing.B) {
	ins := benchInputs(b, 400)
	for b.Loop() {
		for _, in := range ins {
			extract.SplitSentences(in.Text)
		}
	}
}
