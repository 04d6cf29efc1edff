package when

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// corpusDir is the shared corpus beside the repository (see its README:
// research and development use only).
var corpusDir = filepath.Join(repoRoot, "..", "shared", "corpus")

// BenchmarkFind measures Find over real newswire text: the first megabyte of
// Reuters-21578 when the shared corpus is present, else the seed article.
func BenchmarkFind(b *testing.B) {
	text := ""
	if buf, err := os.ReadFile(filepath.Join(corpusDir, "bulk", "reuters21578", "reut2-000.sgm")); err == nil {
		text = string(buf[:min(len(buf), 1<<20)])
	} else {
		text = readSeed(b)
	}
	opt := Options{Anchor: graph.Day(1987, 3, 1)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, opt)
	}
}

// BenchmarkFindArticle measures one article-sized call, as the extractor
// makes them.
func BenchmarkFindArticle(b *testing.B) {
	text := readSeed(b)
	opt := Options{Anchor: graph.Day(2016, 2, 25)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, opt)
	}
}
