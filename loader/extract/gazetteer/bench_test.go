package gazetteer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// benchText is the dev articles as the loader's reader gives them (or the
// seed, without the corpus).
func benchText(b *testing.B) string {
	var sb strings.Builder
	files, _ := filepath.Glob(filepath.Join(devDir, "articles", "*"))
	for _, f := range files {
		sb.WriteString(devText(b, f))
		sb.WriteString("\n\n")
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
		gazetteer.FindCountries(text)
	}
}

func BenchmarkFindAgencies(b *testing.B) {
	text := benchText(b)
	ms := gazetteer.FindCountries(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		gazetteer.FindAgencies(text, ms, "")
	}
}

func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		gazetteer.Lookup("U.S.")
	}
}
