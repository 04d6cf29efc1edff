package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
)

func TestEvalCmd(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		var out bytes.Buffer
		c := &EvalCmd{Dir: "../../testdata/eval", Verbose: true, Baseline: true, stdout: &out}
		if err := c.Run(context.Background(), &Globals{}); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"countries", "agencies", "events (kind+parties+date)", "event dates", "naive F1", "== seed"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("got\n%s\nwant it to contain %q", out.String(), want)
			}
		}
		t.Logf("\n%s", out.String())
	})
	t.Run("JSON", func(t *testing.T) {
		var out bytes.Buffer
		c := &EvalCmd{Dir: "../../testdata/eval", JSON: true, stdout: &out}
		if err := c.Run(context.Background(), &Globals{}); err != nil {
			t.Fatal(err)
		}
		var rep struct {
			Total   struct{ Articles int }
			Summary map[string]float64
		}
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatalf("got invalid JSON: %v", err)
		}
		if got, want := rep.Total.Articles, 1; got != want {
			t.Errorf("articles: got %d, want %d", got, want)
		}
		for _, k := range []string{"countries_f1", "agencies_f1", "events_f1", "events_nodate_f1", "event_dates", "published"} {
			if _, ok := rep.Summary[k]; !ok {
				t.Errorf("summary: got %v, want key %q", rep.Summary, k)
			}
		}
	})
	t.Run("ErrUnknownID", func(t *testing.T) {
		c := &EvalCmd{Dir: "../../testdata/eval", Only: []string{"nope"}, stdout: &bytes.Buffer{}}
		err := c.Run(context.Background(), &Globals{})
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), `"nope"`) {
			t.Errorf("got %v, want an %s error naming the id", err, graph.EINVALID)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		c := &EvalCmd{Dir: "testdata/no-such-dir", stdout: &bytes.Buffer{}}
		err := c.Run(context.Background(), &Globals{})
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "testdata/no-such-dir") {
			t.Errorf("got %v, want an %s error naming the folder", err, graph.EINVALID)
		}
	})
}
