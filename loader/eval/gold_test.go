package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
)

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadGold(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "set/gold/a.json"), `{"id":"a","source":{"cache":"dev/articles/a.txt"}}`)
		writeFile(t, filepath.Join(dir, "set/articles/a.txt"), "text")
		writeFile(t, filepath.Join(dir, "set/gold/b.json"), `{"id":"b","source":{"cache":"../elsewhere/b.sgm","newid":7}}`)
		writeFile(t, filepath.Join(dir, "elsewhere/b.sgm"), "text")
		writeFile(t, filepath.Join(dir, "set/gold/c.json"), `{"id":"c"}`)
		writeFile(t, filepath.Join(dir, "set/articles/c.md"), "text")
		golds, err := LoadGold(filepath.Join(dir, "set"))
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"set/articles/a.txt", "elsewhere/b.sgm", "set/articles/c.md"}
		if len(golds) != len(want) {
			t.Fatalf("got %d gold files, want %d", len(golds), len(want))
		}
		for i, g := range golds {
			if got, _ := filepath.Rel(dir, g.Article); got != want[i] {
				t.Errorf("%s: got article %s, want %s", g.ID, got, want[i])
			}
		}
		if got, want := golds[1].Source.NewID, 7; got != want {
			t.Errorf("newid: got %d, want %d", got, want)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "gold/a.json"), `{"id":"a","source":{"cache":"dev/articles/a.txt"}}`)
		_, err := LoadGold(dir)
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "a.json") || !strings.Contains(err.Error(), "a.txt") {
			t.Errorf("got %v, want an %s error naming the gold file and the missing article", err, graph.EINVALID)
		}
		_, err = LoadGold(t.TempDir())
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "no gold files") {
			t.Errorf("got %v, want an %s error saying there are no gold files", err, graph.EINVALID)
		}
	})
}
