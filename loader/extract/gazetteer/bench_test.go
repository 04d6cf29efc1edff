package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is the dev articles (or the seed, without the corpus), stripped
// of markup.
func benchText(b *testing.B) string {
	var sb strings.Builder
	files, _ := filepath.Glob(filepath.Join(devDir, "articles", "*"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err == nil {
			sb.WriteString(crudeText(string(raw)))
			sb.WriteString("\n\n")
		}
	}
	if sb.Len() == 0 {
		raw, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "articles", "seed-xinhua-2016-02-25.txt"))
		if err != nil {
			b.Skip("no text to benchmark on")
		}
		sb.Write(raw)
	}
	return sb.String()
}

func BenchmarkFindCountries(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FindCountries(text)
	}
}

func BenchmarkFindAgencies(b *testing.B) {
	text := benchText(b)
	ms := FindCountries(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FindAgencies(text, ms, "")
	}
}

func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		Lookup("U.S.")
	}
}
