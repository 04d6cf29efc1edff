package loader

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// cubaPosts are the real March 2016 posts of the shared corpus that name
// Obama and Cuba: nine reports around the president's trip to Havana
// (March 20-22), read with the seed (the February cybercrime talks).
var cubaPosts = []string{
	"2016-03-19-inequality-curbs-enthusiasm-for-obama-visit-among-cubas-poor.md",
	"2016-03-20-as-cubans-wait-for-obama-tension-and-excitement-on-havanas-streets-washington-post.md",
	"2016-03-20-cubas-diy-economy-raises-hope-bbc-news.md",
	"2016-03-20-us-hotel-company-starwood-to-run-3-cuban-hotels-washington-post.md",
	"2016-03-22-obama-to-nudge-cuba-on-freedoms-in-direct-appeal-to-citizens-washington-post.md",
	"2016-03-23-5-things-you-need-to-know-wednesday-firstcoastnews-com.md",
	"2016-03-23-obama-implores-cuba-to-bring-the-internet-to-the-people.md",
	"2016-03-26-mariah-carey-cancels-concert-in-brussels-after-terror-attacks-cnn.md",
	"2016-03-26-obama-u-s-ramps-up-intelligence-cooperation-to-review-isis-fight-at-summit.md",
}

// TestLoadNeo4jCubaTrip loads the seed and the real posts about Obama's
// trip to Cuba in three orders. Whatever dates the extractor gives each
// report, resolution must make one visit of the trip, one restoration of
// relations, keep the seed's planned cybersecurity meetings apart from what
// was held and its three accords three; reloading changes nothing, and the
// order of the articles does not change the Cuba-U.S. events.
func TestLoadNeo4jCubaTrip(t *testing.T) {
	const dir = "../../shared/corpus/bulk/news2016/_posts"
	paths := []string{seedPath}
	for _, p := range cubaPosts {
		p = filepath.Join(dir, p)
		if _, err := os.Stat(p); err != nil {
			t.Skipf("2016 news posts not found at %s (the corpus lives in the shared folder beside the checkout)", dir)
		}
		paths = append(paths, p)
	}
	reversed := slices.Clone(paths)
	slices.Reverse(reversed)
	shuffled := slices.Clone(paths)
	// A fixed interleaving: the trip's own posts before the seed and its
	// planned meetings, the day-by-day reports out of order.
	shuffled[0], shuffled[5], shuffled[2], shuffled[8] = shuffled[5], shuffled[0], shuffled[8], shuffled[2]

	var first []string
	for _, order := range []struct {
		name  string
		paths []string
	}{{"OK/by date", paths}, {"OK/reversed", reversed}, {"OK/interleaved", shuffled}} {
		t.Run(order.name, func(t *testing.T) {
			st := neo4jtest.Store(t)
			l := &Loader{Writer: st}
			rep, err := l.Load(context.Background(), order.paths...)
			if err != nil || rep.Failed != 0 || rep.Loaded != len(paths) {
				t.Fatalf("got %+v, %v, want %d articles loaded", rep, err, len(paths))
			}
			visits := cypher(t, st, `MATCH (e:Meeting {pair: 'CU-US', mode: 'visit'})
				WHERE e.start <= date('2016-03-22') AND e.end >= date('2016-03-20')
				RETURN e.key AS key, e.startText AS start, e.endText AS end, e.status AS status,
				       size(COLLECT { MATCH (e)-[:EVIDENCED_BY]->(a:Article) RETURN DISTINCT a.key }) AS articles`)
			if len(visits) != 1 || visits[0]["articles"].(int64) < 3 || visits[0]["status"] != "held" {
				t.Errorf("got US-Cuba visits overlapping 2016-03-20..22 %v, want one, held, with evidence from 3 or more articles", visits)
			}
			restored := cypher(t, st, `MATCH (e:RelationsChange {pair: 'CU-US', action: 'restored'})
				RETURN e.startText AS start, COUNT { (e)-[:EVIDENCED_BY]->(:Article) } AS articles`)
			if len(restored) != 1 {
				t.Errorf("got Cuba-U.S. restorations of relations %v, want one", restored)
			}
			plans := cypher(t, st, `MATCH (e:Meeting)-[ev:EVIDENCED_BY]->(:Article {source: 'Xinhua'})
				WHERE ev.sentence CONTAINS 'continue holding technical meetings'
				RETURN e.key AS key, e.status AS status, e.startText AS start,
				       COUNT { (e)-[:EVIDENCED_BY]->(:Article) } AS articles`)
			if len(plans) == 0 {
				t.Errorf("got no meeting evidenced by the seed's planned technical meetings, want one")
			}
			for _, p := range plans {
				if p["status"] == "held" {
					t.Errorf("got the seed's planned cybersecurity meetings as %v, want them not merged into a held meeting", p)
				}
			}
			accords := cypher(t, st, `MATCH (e:Accord {pair: 'CU-US'})-[:EVIDENCED_BY]->(:Article {source: 'Xinhua'})
				RETURN DISTINCT e.key AS key`)
			if len(accords) != 3 {
				t.Errorf("got %d Cuba-U.S. accords evidenced by the seed, want 3: %v", len(accords), accords)
			}

			events := cubaUSEvents(t, st)
			t.Logf("%d Cuba-U.S. events:\n%s", len(events), strings.Join(events, "\n"))
			if first == nil {
				first = events
			} else if !slices.Equal(events, first) {
				t.Errorf("got Cuba-U.S. events\n%s\nwant the same as loading by date:\n%s", strings.Join(events, "\n"), strings.Join(first, "\n"))
			}

			n1, r1 := neo4jtest.Counts(t, st)
			rep, err = l.Load(context.Background(), order.paths...)
			if err != nil || rep.Unchanged != len(paths) {
				t.Errorf("second load: got %+v, %v, want every article unchanged", rep, err)
			}
			if n2, r2 := neo4jtest.Counts(t, st); n1 != n2 || r1 != r2 {
				t.Errorf("got %d nodes, %d relationships after reloading, want %d, %d", n2, r2, n1, r1)
			}
			if again := cubaUSEvents(t, st); !slices.Equal(again, events) {
				t.Errorf("got Cuba-U.S. events after reloading\n%s\nwant\n%s", strings.Join(again, "\n"), strings.Join(events, "\n"))
			}
		})
	}
}

// cubaUSEvents describes every Cuba-U.S. event by what resolution decides
// (kind, mode, action, status, dates, number of articles), sorted, without
// the keys (which name the report that made the node first).
func cubaUSEvents(t *testing.T, st *neo4jstore.Store) []string {
	t.Helper()
	rows := cypher(t, st, `MATCH (e:Event {pair: 'CU-US'})
		RETURN e.kind AS kind, e.mode AS mode, e.action AS action, e.status AS status,
		       e.startText AS start, e.endText AS end, toString(e.before) AS before,
		       size(COLLECT { MATCH (e)-[:EVIDENCED_BY]->(a:Article) RETURN DISTINCT a.key }) AS articles, e.topics AS topics`)
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		topics, _ := r["topics"].([]any)
		slices.SortFunc(topics, func(a, b any) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		out = append(out, fmt.Sprintf("%v %v %v %v %v..%v before %v, %v articles, topics %v",
			r["kind"], r["mode"], r["action"], r["status"], r["start"], r["end"], r["before"], r["articles"], r["topics"]))
	}
	slices.Sort(out)
	return out
}
