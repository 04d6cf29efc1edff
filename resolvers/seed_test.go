package resolvers_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/graph/neo4jstore/neo4jtest"
	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/resolvers"
)

// articlesStore returns a fresh Neo4j store holding testdata/articles,
// loaded through the real loader.
func articlesStore(t *testing.T) *neo4jstore.Store {
	t.Helper()
	start := time.Now()
	st := neo4jtest.Store(t)
	t.Logf("Neo4j store ready in %s", time.Since(start).Round(time.Millisecond))
	start = time.Now()
	rep, err := (&loader.Loader{Reader: &loader.Reader{}, Writer: st}).Load(context.Background(), "../testdata/articles")
	if err != nil || rep.Failed > 0 {
		t.Fatalf("load testdata/articles: got %v and %d failures (%v), want none", err, rep.Failed, rep.Errors)
	}
	t.Logf("testdata/articles loaded in %s", time.Since(start).Round(time.Millisecond))
	return st
}

// TestSeedArticles loads testdata/articles through the real loader and asks
// the README's question over HTTP: the Cuba–U.S. accords since 2015 are the
// three the seed reports (DESIGN.md §2), dated only "on or before" the
// report, each with its sentence and article.
func TestSeedArticles(t *testing.T) {
	st := articlesStore(t)
	a := &api{store: st, handler: resolvers.NewHandler(resolvers.Config{Store: st})}
	r, _ := a.do(t, resolvers.ExampleQuery, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("got errors %+v, want none", r.Errors)
	}
	var data struct {
		Timeline struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Title, DateKnown, Before string
					Topics                   []string
					Evidence                 []struct {
						Sentence string
						Article  struct{ Title, Source, Published string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	if got, want := data.Timeline.TotalCount, 3; got < want {
		t.Fatalf("got %d Cuba–U.S. accords since 2015, want at least %d (the seed's three)", got, want)
	}
	bounded := 0
	for _, e := range data.Timeline.Edges {
		n := e.Node
		if n.DateKnown == "BOUNDED" && n.Before == "2016-02-25" {
			bounded++
		}
		if len(n.Evidence) == 0 || n.Evidence[0].Sentence == "" || n.Evidence[0].Article.Published == "" {
			t.Errorf("accord %q: got evidence %+v, want a sentence and its article", n.Title, n.Evidence)
		}
	}
	if bounded < 3 {
		t.Errorf("got %d accords dated on or before 2016-02-25, want the seed's 3", bounded)
	}
}
