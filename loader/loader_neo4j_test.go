package loader

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/graph/neo4jstore/neo4jtest"
)

func cypher(t *testing.T, st *neo4jstore.Store, q string) []map[string]any {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), st.Driver(), q, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(st.Database()))
	if err != nil {
		t.Fatalf("query %q: %v", q, err)
	}
	out := make([]map[string]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.AsMap()
	}
	return out
}

// TestLoadNeo4j runs the whole path, reader to extractor to the real store.
func TestLoadNeo4j(t *testing.T) {
	t.Run("Seed", func(t *testing.T) {
		st := neo4jtest.Store(t)
		l := &Loader{Writer: st}
		rep, err := l.Load(context.Background(), seedPath)
		if err != nil || rep.Loaded != 1 || rep.Failed != 0 {
			t.Fatalf("got %+v, %v, want the seed loaded", rep, err)
		}
		acc := cypher(t, st, `MATCH (:Country {code: 'CU'})-[:PARTY_TO]->(e:Accord)<-[:PARTY_TO]-(:Country {code: 'US'})
			MATCH (e)-[ev:EVIDENCED_BY]->(a:Article {source: 'Xinhua'})
			RETURN e.key AS key, toString(e.before) AS before, ev.sentence AS sentence`)
		if len(acc) != 3 {
			t.Errorf("got %d Cuba-U.S. accords with evidence, want 3: %v", len(acc), acc)
		}
		for _, a := range acc {
			if a["before"] != "2016-02-25" || a["sentence"] == "" {
				t.Errorf("got accord %v, want dated before 2016-02-25 with its sentence", a)
			}
		}
		ag := cypher(t, st, `MATCH (g:Agency)-[:OF]->(c:Country) RETURN count(g) AS n`)
		if ag[0]["n"].(int64) != 5 {
			t.Errorf("got %d agencies attached to countries, want 5", ag[0]["n"])
		}
		n1, r1 := neo4jtest.Counts(t, st)
		rep, err = l.Load(context.Background(), seedPath)
		if err != nil || rep.Unchanged != 1 {
			t.Errorf("second load: got %+v, %v, want 1 unchanged", rep, err)
		}
		if n2, r2 := neo4jtest.Counts(t, st); n1 != n2 || r1 != r2 {
			t.Errorf("got %d nodes, %d relationships after reloading, want %d, %d", n2, r2, n1, r1)
		}
	})

	t.Run("SameEventsInOtherWords", func(t *testing.T) {
		st := neo4jtest.Store(t)
		rep, err := (&Loader{Writer: st}).Load(context.Background(), "testdata/resolve/cuba-us-2016.jsonl")
		if err != nil || rep.Loaded != 3 {
			t.Fatalf("got %+v, %v, want 3 articles loaded", rep, err)
		}
		if rep.MergedEvents == 0 {
			t.Errorf("got %+v, want some events merged across articles", rep)
		}
		m := cypher(t, st, `MATCH (e:Meeting)-[:ON]->(:Day {date: date('2016-03-21')})
			RETURN e.place AS place, COUNT { (e)-[:EVIDENCED_BY]->(:Article) } AS articles`)
		if len(m) != 1 || m[0]["place"] != "Havana" || m[0]["articles"].(int64) != 2 {
			t.Errorf("got meetings on 2016-03-21 %v, want one in Havana evidenced by 2 articles", m)
		}
		a := cypher(t, st, `MATCH (e:Accord) WHERE any(t IN e.topics WHERE t CONTAINS 'postal')
			RETURN e.startText AS start, COUNT { (e)-[:EVIDENCED_BY]->(:Article) } AS articles`)
		if len(a) != 1 || a[0]["start"] != "2015-12-10" || a[0]["articles"].(int64) != 2 {
			t.Errorf("got postal accords %v, want one dated 2015-12-10 evidenced by 2 articles", a)
		}
	})
}

// TestLoadNeo4jCorpus loads the labelled dev corpus twice: the second load
// changes nothing, and no two event nodes say exactly the same thing.
func TestLoadNeo4jCorpus(t *testing.T) {
	const dir = "../../shared/corpus/dev/articles"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("dev corpus not found at %s (it lives in the shared folder beside the checkout)", dir)
	}
	st := neo4jtest.Store(t)
	l := &Loader{Writer: st}
	began := time.Now()
	rep, err := l.Load(context.Background(), dir)
	if err != nil || rep.Failed != 0 || rep.Loaded == 0 {
		t.Fatalf("got %+v, %v, want every article loaded", rep, err)
	}
	t.Logf("dev corpus: %d articles, %d events: %d new, %d merged, in %v", rep.Articles, rep.Events, rep.NewEvents, rep.MergedEvents, time.Since(began))
	n1, r1 := neo4jtest.Counts(t, st)
	rep, err = l.Load(context.Background(), dir)
	if err != nil || rep.Unchanged != rep.Articles {
		t.Errorf("second load: got %+v, %v, want every article unchanged", rep, err)
	}
	if n2, r2 := neo4jtest.Counts(t, st); n1 != n2 || r1 != r2 {
		t.Errorf("got %d nodes, %d relationships after reloading, want %d, %d", n2, r2, n1, r1)
	}
	dups := cypher(t, st, `MATCH (e:Event)
		WITH e.kind AS kind, e.pair AS pair, e.startText AS start, e.endText AS end, e.action AS action,
		     e.place AS place, e.topics AS topics, collect(e.key) AS keys
		WHERE size(keys) > 1 RETURN kind, pair, start, keys`)
	if len(dups) > 0 {
		t.Errorf("got duplicate events %v, want one node per event", dups)
	}
}
