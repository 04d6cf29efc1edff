package main

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alecthomas/kong"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract"
)

const seedArticle = "../../testdata/articles/seed-xinhua-2016-02-25.txt"

func TestExtractCmd(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		var out, errb bytes.Buffer
		c := &ExtractCmd{JSON: true, Files: []string{seedArticle}, stdout: &out, stderr: &errb}
		if err := c.Run(context.Background(), &Globals{}); err != nil {
			t.Fatalf("got error %v (stderr %s), want none", err, errb.String())
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if len(lines) != 1 {
			t.Fatalf("got %d lines, want 1 compact JSON object per article", len(lines))
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(lines[0]), &obj); err != nil {
			t.Fatalf("got invalid JSON: %v", err)
		}
		for _, k := range []string{"article", "countries", "agencies", "events", "dates"} {
			if _, ok := obj[k]; !ok {
				t.Errorf("got keys %v, want %q among them", slices.Sorted(maps.Keys(obj)), k)
			}
		}
		var art map[string]json.RawMessage
		if err := json.Unmarshal(obj["article"], &art); err != nil {
			t.Fatalf("article: got %s, want an object", obj["article"])
		}
		for _, k := range []string{"title", "source", "published", "url"} {
			if _, ok := art[k]; !ok {
				t.Errorf("article: got keys %v, want %q among them", slices.Sorted(maps.Keys(art)), k)
			}
		}
		for _, k := range []string{"countries", "agencies", "events", "dates"} {
			if b := obj[k]; len(b) == 0 || b[0] != '[' {
				t.Errorf("%s: got %s, want a JSON array (never null)", k, b)
			}
		}
	})
	t.Run("Published", func(t *testing.T) {
		var out bytes.Buffer
		c := &ExtractCmd{JSON: true, Published: "2001-09-11", Files: []string{seedArticle}, stdout: &out, stderr: &bytes.Buffer{}}
		if err := c.Run(context.Background(), &Globals{}); err != nil {
			t.Fatal(err)
		}
		var obj struct{ Article struct{ Published string } }
		if err := json.Unmarshal(out.Bytes(), &obj); err != nil {
			t.Fatal(err)
		}
		if got, want := obj.Article.Published, "2001-09-11"; got != want {
			t.Errorf("got published %q, want %q (the --published override)", got, want)
		}
	})
	t.Run("Summary", func(t *testing.T) {
		var out bytes.Buffer
		c := &ExtractCmd{Files: []string{seedArticle}, stdout: &out, stderr: &bytes.Buffer{}}
		if err := c.Run(context.Background(), &Globals{}); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"== " + seedArticle, "title:", "countries:", "events:"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("got summary\n%s\nwant it to contain %q", out.String(), want)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		var out, errb bytes.Buffer
		missing := "testdata/no-such-article.txt"
		c := &ExtractCmd{JSON: true, Files: []string{missing, seedArticle}, stdout: &out, stderr: &errb}
		err := c.Run(context.Background(), &Globals{})
		if graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("got error %v, want code %s so the exit status is 1", err, graph.EINVALID)
		}
		if !strings.Contains(errb.String(), missing) {
			t.Errorf("got stderr %q, want it to name %s", errb.String(), missing)
		}
		if got := strings.Count(strings.TrimSpace(out.String()), "\n") + 1; out.Len() == 0 || got != 1 {
			t.Errorf("got %d results, want 1: the run goes on after a bad input", got)
		}
	})
	t.Run("ErrBadPublished", func(t *testing.T) {
		c := &ExtractCmd{Published: "25/02/2016", Files: []string{seedArticle}, stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
		err := c.Run(context.Background(), &Globals{})
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "--published") {
			t.Errorf("got %v, want an %s error naming --published", err, graph.EINVALID)
		}
	})
}

// TestExtractOutputFlags checks that --json and --text, two output formats,
// are exclusive on the command line: together they are an error that names
// both, where --text used to win silently.
func TestExtractOutputFlags(t *testing.T) {
	parse := func(args ...string) (*CLI, error) {
		var cli CLI
		k, err := kong.New(&cli, kong.Name("entente"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = k.Parse(args)
		return &cli, err
	}
	for _, args := range [][]string{{"extract", "--json", seedArticle}, {"extract", "--text", seedArticle}, {"extract", seedArticle}} {
		if _, err := parse(args...); err != nil {
			t.Errorf("%v: got error %v, want none", args, err)
		}
	}
	_, err := parse("extract", "--json", "--text", seedArticle)
	if err == nil || !strings.Contains(err.Error(), "--json") || !strings.Contains(err.Error(), "--text") {
		t.Errorf("extract --json --text: got error %v, want one naming --json and --text", err)
	}
}

// TestExtractCmdPanicIsOneArticlesError: a panic in the extractor fails
// its article only; the others are extracted and the run reports how many
// inputs failed.
func TestExtractCmdPanicIsOneArticlesError(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "boom.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Cuba and the United States held talks on Tuesday.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	calls := 0
	c := &ExtractCmd{JSON: true, Files: []string{dir}, stdout: &out, stderr: &errb,
		extract: func(in extract.Input, opt extract.Options) extract.Result {
			calls++
			if calls == 2 {
				var m map[string]int
				m["boom"]++ // a nil-map write: the kind of bug a rule can have
			}
			return extract.Extract(in, opt)
		}}
	err := c.Run(context.Background(), &Globals{})
	if err == nil || !strings.Contains(err.Error(), "1 input(s) failed and 2 article(s)") {
		t.Errorf("got error %v, want one failed input and 2 articles extracted", err)
	}
	if n := strings.Count(strings.TrimSpace(out.String()), "\n") + 1; n != 2 {
		t.Errorf("got %d JSON lines, want the 2 other articles", n)
	}
	if msg := errb.String(); !strings.Contains(msg, "boom.txt") || !strings.Contains(msg, "please report it") {
		t.Errorf("stderr %q, want the failed file and what to do", msg)
	}
}
