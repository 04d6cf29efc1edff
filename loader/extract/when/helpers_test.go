package when

import (
	"os"
	"path/filepath"
	"testing"
)

// repoRoot is the module root, three levels above this package.
var repoRoot = filepath.Join("..", "..", "..")

func readSeed(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "articles", "seed-xinhua-2016-02-25.txt"))
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	return string(b)
}
