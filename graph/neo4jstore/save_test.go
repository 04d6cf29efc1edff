package neo4jstore_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/graph/neo4jstore/neo4jtest"
	"github.com/entente-dev/entente/loader"
)

// seedFacts are hand-built facts shaped like the seed article's: the
// Havana meeting, the restoration of relations, three undated accords.
func seedFacts() *graph.ArticleFacts {
	art := "seed000000000001"
	ev := func(s string, start int) graph.Evidence {
		return graph.Evidence{ArticleKey: art, Sentence: s, Start: start, End: start + len([]rune(s))}
	}
	pub := graph.Day(2016, time.February, 25)
	accordSentence := "Since then, the two countries have signed agreements on environmental protection, restoring direct postal service and resuming direct commercial flights."
	accord := func(topic string) graph.Event {
		return graph.Event{Kind: graph.KindAccord, Title: "Cuba-U.S. agreement on " + topic, Before: pub,
			Status: graph.StatusSigned, Topics: []string{topic}, Countries: []string{"CU", "US"},
			Confidence: 0.8, Reported: pub, Evidence: []graph.Evidence{ev(accordSentence, 900)}}
	}
	mfa := graph.AgencyKey("CU", "Ministry of Foreign Affairs")
	dos := graph.AgencyKey("US", "Department of State")
	return &graph.ArticleFacts{
		Article: graph.Article{Key: art, Title: "Cuba, U.S. hold talks on cybercrime", Source: "Xinhua",
			Published: pub, ContentHash: strings.Repeat("ab", 32)},
		Countries: []graph.CountryFact{
			{Country: graph.Country{Code: "CU", Name: "Cuba"}, Evidence: ev("Cuba and the United States held talks on cybercrime.", 10)},
			{Country: graph.Country{Code: "US", Name: "United States", Aliases: []string{"U.S."}}, Evidence: ev("Cuba and the United States held talks on cybercrime.", 10)},
		},
		Agencies: []graph.AgencyFact{
			{Agency: graph.Agency{Key: mfa, Name: "Ministry of Foreign Affairs", Country: "CU"}, Evidence: ev("Officials of the ministries of the Interior and Foreign Affairs attended.", 200)},
			{Agency: graph.Agency{Key: dos, Name: "Department of State", Country: "US", Aliases: []string{"State Department"}}, Evidence: ev("The departments of Homeland Security, State and Justice took part.", 300)},
		},
		Places: []graph.Place{{Key: graph.PlaceKey("CU", "Havana"), Name: "Havana", Country: "CU"}},
		Events: []graph.Event{
			{Kind: graph.KindMeeting, Title: "Cuba-U.S. technical meeting on cybercrime", Start: graph.Day(2016, 2, 22), End: graph.Day(2016, 2, 23),
				Status: graph.StatusHeld, Place: "Havana", PlaceCountry: "CU", Topics: []string{"cybercrime", "online fraud"},
				Countries: []string{"CU", "US"}, Agencies: []string{mfa, dos}, Confidence: 0.9, Reported: pub,
				Evidence: []graph.Evidence{ev("Cuba and the United States held talks on cybercrime.", 10)}},
			{Kind: graph.KindRelations, Title: "Cuba and the U.S. restore diplomatic relations", Start: graph.Day(2015, 7, 20),
				Action: graph.ActionRestored, Status: graph.StatusHeld, Countries: []string{"US", "CU"}, Confidence: 0.9, Reported: pub,
				Evidence: []graph.Evidence{ev("The two countries restored diplomatic relations on July 20, 2015.", 700)}},
			accord("environmental protection"),
			accord("direct postal service"),
			accord("direct commercial flights"),
		},
	}
}

// otherFacts is a second article on the seed's story: the Havana meeting
// and the postal accord in other words (they merge with the seed's) and a
// new accord.
func otherFacts() *graph.ArticleFacts {
	pub := graph.Day(2016, time.March, 2)
	art := "other00000000002"
	ev := func(s string, start int) []graph.Evidence {
		return []graph.Evidence{{ArticleKey: art, Sentence: s, Start: start, End: start + len(s)}}
	}
	return &graph.ArticleFacts{
		Article: graph.Article{Key: art, Title: "U.S., Cuba discuss cyber crime", Published: pub},
		Events: []graph.Event{
			// The same meeting, less precise, in other words.
			{Kind: graph.KindMeeting, Title: "talks on cyber crime", Start: graph.Month(2016, 2), Status: graph.StatusHeld,
				Topics: []string{"online fraud"}, Countries: []string{"US", "CU"}, Confidence: 0.6, Reported: pub,
				Evidence: ev("U.S. and Cuban officials met in February to discuss online fraud.", 40)},
			// The postal accord, now with its date.
			{Kind: graph.KindAccord, Title: "postal services deal", Start: graph.Day(2015, 12, 10), Status: graph.StatusSigned,
				Topics: []string{"postal services"}, Countries: []string{"CU", "US"}, Confidence: 0.9, Reported: pub,
				Evidence: ev("The two countries signed a deal on postal services on Dec. 10, 2015.", 120)},
			// A new accord on another subject.
			{Kind: graph.KindAccord, Title: "agreement on hurricane forecasting", Start: graph.Day(2016, 3, 1), Status: graph.StatusSigned,
				Topics: []string{"hurricane forecasting"}, Countries: []string{"CU", "US"}, Confidence: 0.9, Reported: pub,
				Evidence: ev("On Tuesday they signed an agreement on hurricane forecasting.", 200)},
		},
	}
}

func save(t *testing.T, st *neo4jstore.Store, f *graph.ArticleFacts) graph.SaveResult {
	t.Helper()
	res, err := st.SaveArticle(context.Background(), f)
	if err != nil {
		t.Fatalf("SaveArticle(%s): %v", f.Article.Key, err)
	}
	return res
}

// dump renders every node and relationship with its properties, sorted, so
// two states of the graph compare as text.
func dump(t *testing.T, st *neo4jstore.Store) string {
	t.Helper()
	var lines []string
	for _, r := range neo4jtest.Query(t, st, `MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS l, properties(n) AS p`, nil) {
		l := r["l"].([]any)
		slices.SortFunc(l, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
		lines = append(lines, fmt.Sprint(l, r["p"]))
	}
	for _, r := range neo4jtest.Query(t, st, `MATCH (a)-[r]->(b) RETURN properties(a) AS a, type(r) AS t, properties(r) AS p, properties(b) AS b`, nil) {
		// fmt prints maps with sorted keys and dates through their String method.
		lines = append(lines, fmt.Sprintf("%v -[%s %v]-> %v", r["a"], r["t"], r["p"], r["b"]))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

func TestMigrate(t *testing.T) {
	st := neo4jtest.Store(t)
	t.Run("OK", func(t *testing.T) {
		ctx := context.Background()
		if err := st.Migrate(ctx); err != nil {
			t.Fatalf("second Migrate: %v", err)
		}
		ms, err := neo4jstore.Migrations()
		if err != nil {
			t.Fatal(err)
		}
		got := neo4jtest.Query(t, st, "MATCH (m:Migration) RETURN count(m) AS n", nil)[0]["n"].(int64)
		if got != int64(len(ms)) {
			t.Errorf("got %d Migration nodes, want %d", got, len(ms))
		}
		var names []string
		for _, r := range neo4jtest.Query(t, st, "SHOW INDEXES YIELD name, state RETURN name, state", nil) {
			if r["state"] != "ONLINE" {
				t.Errorf("index %s is %s, want ONLINE", r["name"], r["state"])
			}
			names = append(names, r["name"].(string))
		}
		for _, r := range neo4jtest.Query(t, st, "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig AS config", nil) {
			if c := r["config"].(map[string]any); c["fulltext.eventually_consistent"] != true {
				t.Errorf("full-text index %s: got config %v, want eventually consistent", r["name"], c)
			}
		}
		for _, want := range []string{"entente_names", "entente_evidence", "event_start", "event_pair", "event_key", "country_code"} {
			if !slices.Contains(names, want) {
				t.Errorf("got indexes %v, want %s among them", names, want)
			}
		}
	})
}

func TestSaveArticle(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		st := neo4jtest.Store(t)
		res := save(t, st, seedFacts())
		if res.Events != 5 || res.NewEvents != 5 || res.MergedEvents != 0 || res.AlreadyLoaded {
			t.Errorf("got %+v, want 5 events, all new, not already loaded", res)
		}
		n := neo4jtest.Query(t, st, `MATCH (e:Accord)<-[:PARTY_TO]-(:Country {code: 'CU'}) MATCH (e)<-[:PARTY_TO]-(:Country {code: 'US'})
			MATCH (e)-[ev:EVIDENCED_BY]->(a:Article) RETURN count(DISTINCT e) AS n, collect(DISTINCT a.title) AS titles`, nil)[0]
		if n["n"].(int64) != 3 {
			t.Errorf("got %d Cuba-US accords, want 3", n["n"])
		}
		m := neo4jtest.Query(t, st, `MATCH (e:Meeting:Event)-[:HELD_IN]->(p:Place)-[:IN]->(:Country {code: 'CU'})
			MATCH (e)-[:FROM]->(:Day {date: date('2016-02-22')})-[:IN]->(:Month {key: '2016-02'})-[:IN]->(:Year {year: 2016})
			MATCH (e)-[:UNTIL]->(:Day {date: date('2016-02-23')})
			RETURN p.name AS place, e.precision AS precision, e.pair AS pair, e.sortDate = date('2016-02-22') AS sorted,
			       COUNT { (:Agency)-[:TOOK_PART_IN]->(e) } AS agencies, COUNT { (e)-[:ABOUT]->(:Topic) } AS topics`, nil)
		if len(m) != 1 {
			t.Fatalf("got %d Havana meetings linked to their days, want 1", len(m))
		}
		if m[0]["place"] != "Havana" || m[0]["precision"] != "day" || m[0]["pair"] != "CU-US" || m[0]["sorted"] != true ||
			m[0]["agencies"].(int64) != 2 || m[0]["topics"].(int64) != 2 {
			t.Errorf("got meeting %v, want Havana, day precision, CU-US, sortDate 2016-02-22, 2 agencies, 2 topics", m[0])
		}
		r := neo4jtest.Query(t, st, `MATCH (e:RelationsChange)-[:ON]->(:Day {date: date('2015-07-20')}) RETURN e.action AS action`, nil)
		if len(r) != 1 || r[0]["action"] != "restored" {
			t.Errorf("got relations changes %v, want one restored on 2015-07-20", r)
		}
		u := neo4jtest.Query(t, st, `MATCH (e:Accord) RETURN e.start IS NULL AS undated, toString(e.before) AS before, toString(e.sortDate) AS sortDate`, nil)
		for _, a := range u {
			if a["undated"] != true || a["before"] != "2016-02-25" || a["sortDate"] != "2016-02-25" {
				t.Errorf("got accord %v, want undated, before and sortDate 2016-02-25", a)
			}
		}
		g := neo4jtest.Query(t, st, `MATCH (g:Agency {key: 'us:department-of-state'})-[:OF]->(c:Country) RETURN c.code AS code, g.aliasesText AS text`, nil)
		if len(g) != 1 || g[0]["code"] != "US" || g[0]["text"] != "State Department" {
			t.Errorf("got %v, want the Department of State OF US with alias text", g)
		}
	})

	t.Run("Search", func(t *testing.T) {
		st := neo4jtest.Store(t)
		save(t, st, seedFacts())
		if err := st.AwaitSearch(context.Background()); err != nil {
			t.Fatalf("AwaitSearch: %v", err)
		}
		names := neo4jtest.Query(t, st, `CALL db.index.fulltext.queryNodes('entente_names', 'cybercrime') YIELD node RETURN node.key AS key`, nil)
		if len(names) == 0 {
			t.Errorf("got no node for 'cybercrime' in entente_names, want the meeting and its topic")
		}
		ev := neo4jtest.Query(t, st, `CALL db.index.fulltext.queryRelationships('entente_evidence', 'postal') YIELD relationship RETURN count(*) AS n`, nil)
		if ev[0]["n"].(int64) != 3 {
			t.Errorf("got %d evidence links for 'postal', want 3 (one per accord of the sentence)", ev[0]["n"])
		}
		st2 := neo4jtest.Query(t, st, `CALL db.index.fulltext.queryNodes('entente_names', '"State Department"') YIELD node RETURN node.key AS key`, nil)
		if len(st2) != 1 || st2[0]["key"] != "us:department-of-state" {
			t.Errorf("got %v for \"State Department\", want the Department of State by its alias", st2)
		}
	})

	t.Run("Reload", func(t *testing.T) {
		st := neo4jtest.Store(t)
		save(t, st, seedFacts())
		n1, r1 := neo4jtest.Counts(t, st)
		d1 := dump(t, st)
		res := save(t, st, seedFacts())
		n2, r2 := neo4jtest.Counts(t, st)
		if n1 != n2 || r1 != r2 {
			t.Errorf("got %d nodes, %d relationships after reload, want %d, %d", n2, r2, n1, r1)
		}
		if d2 := dump(t, st); d1 != d2 {
			t.Errorf("reload changed the graph:\nbefore:\n%s\nafter:\n%s", d1, d2)
		}
		if !res.AlreadyLoaded || res.NewEvents != 0 || res.MergedEvents != res.Events {
			t.Errorf("got %+v, want already loaded with no new events", res)
		}
	})

	t.Run("ReloadWritesNothing", func(t *testing.T) {
		// A reload of the very same facts stops after the article's own
		// query: a failure injected into a later step is never reached.
		st := neo4jtest.Store(t)
		save(t, st, seedFacts())
		neo4jstore.SetFailAt(st, "countries")
		defer neo4jstore.SetFailAt(st, "")
		res, err := st.SaveArticle(context.Background(), seedFacts())
		if err != nil || !res.AlreadyLoaded {
			t.Fatalf("reload of the same facts: got %+v, %v; want it already loaded and not written", res, err)
		}
		// Other facts for the same text (another extractor) are written.
		changed := seedFacts()
		changed.Article.Title += " (updated)"
		if _, err := st.SaveArticle(context.Background(), changed); err == nil {
			t.Errorf("reload of changed facts: got no error, want the injected failure of a write that ran")
		}
	})

	t.Run("CrossArticleMerge", func(t *testing.T) {
		st := neo4jtest.Store(t)
		save(t, st, seedFacts())
		other := otherFacts()
		res := save(t, st, other)
		if res.NewEvents != 1 || res.MergedEvents != 2 {
			t.Errorf("got %+v, want 1 new and 2 merged events", res)
		}
		m := neo4jtest.Query(t, st, `MATCH (e:Meeting) RETURN e.startText AS start, e.endText AS end, e.topics AS topics,
			e.confidence AS conf, toString(e.reported) AS reported, COUNT { (e)-[:EVIDENCED_BY]->(:Article) } AS evidence`, nil)
		if len(m) != 1 {
			t.Fatalf("got %d meetings, want 1", len(m))
		}
		if m[0]["start"] != "2016-02-22" || m[0]["end"] != "2016-02-23" || m[0]["evidence"].(int64) != 2 ||
			m[0]["conf"] != 0.9 || m[0]["reported"] != "2016-02-25" || len(m[0]["topics"].([]any)) != 2 {
			t.Errorf("got meeting %v, want 2016-02-22..23, two evidence links, confidence 0.9, reported 2016-02-25, 2 topics", m[0])
		}
		a := neo4jtest.Query(t, st, `MATCH (e:Accord) RETURN e.topics AS topics, e.startText AS start, e.precision AS precision,
			COUNT { (e)-[:EVIDENCED_BY]->() } AS evidence, COUNT { (e)-[:ON]->(:Day) } AS days ORDER BY e.topics[0]`, nil)
		if len(a) != 4 {
			t.Fatalf("got %d accords, want 4 (three from the seed, one new)", len(a))
		}
		// Reloading both articles after the merges changes nothing.
		d1 := dump(t, st)
		save(t, st, seedFacts())
		save(t, st, other)
		if d2 := dump(t, st); d1 != d2 {
			t.Errorf("reloading merged articles changed the graph:\nbefore:\n%s\nafter:\n%s", d1, d2)
		}
		for _, r := range a {
			topics := fmt.Sprint(r["topics"])
			if strings.Contains(topics, "postal") {
				if r["start"] != "2015-12-10" || r["precision"] != "day" || r["evidence"].(int64) != 2 || r["days"].(int64) != 1 ||
					!strings.Contains(topics, "postal services") {
					t.Errorf("got postal accord %v, want 2015-12-10 at day precision, 2 evidence links, linked ON its Day, both topics", r)
				}
			}
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		st := neo4jtest.Store(t)
		f := seedFacts()
		f.Events[1].Confidence = 2
		_, err := st.SaveArticle(context.Background(), f)
		if graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("got error %v (code %q), want code %s", err, graph.ErrorCode(err), graph.EINVALID)
		}
		if n, r := neo4jtest.Counts(t, st); n != int64(countMigrations(t)) || r != 0 {
			t.Errorf("got %d nodes, %d relationships, want only the migration records", n, r)
		}
	})

	t.Run("FailedArticleWritesNothing", func(t *testing.T) {
		st := neo4jtest.Store(t)
		neo4jstore.SetFailAt(st, "evidence")
		if _, err := st.SaveArticle(context.Background(), seedFacts()); err == nil {
			t.Fatal("got no error from a forced failure, want one")
		}
		if n, r := neo4jtest.Counts(t, st); n != int64(countMigrations(t)) || r != 0 {
			t.Errorf("got %d nodes, %d relationships, want only the migration records", n, r)
		}
		neo4jstore.SetFailAt(st, "")
		save(t, st, seedFacts())
	})
}

// TestSaveArticles writes articles in one transaction: the same graph and
// results as one transaction each, and nothing at all when one fails.
func TestSaveArticles(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		// (One test database at a time: each store is released when its
		// subtest ends.)
		var oneByOne string
		t.Run("OneByOne", func(t *testing.T) {
			st := neo4jtest.Store(t)
			save(t, st, seedFacts())
			save(t, st, otherFacts())
			oneByOne = dump(t, st)
		})
		st := neo4jtest.Store(t)
		// The other article's events resolve against the seed's, written
		// earlier in the same transaction; the seed again is unchanged.
		res, err := st.SaveArticles(context.Background(), []*graph.ArticleFacts{seedFacts(), otherFacts(), seedFacts()})
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 3 || res[0].NewEvents != 5 || res[1].NewEvents != 1 || res[1].MergedEvents != 2 || !res[2].AlreadyLoaded {
			t.Errorf("got %+v, want 5 new; 1 new and 2 merged; already loaded", res)
		}
		// The two databases differ only in when each article was loaded.
		loadedAt := regexp.MustCompile(`loadedAt:[^\]]*?Offset ?`)
		if d := dump(t, st); loadedAt.ReplaceAllString(d, "") != loadedAt.ReplaceAllString(oneByOne, "") {
			t.Errorf("one transaction per article gave\n%s\none for all gave\n%s", oneByOne, d)
		}
	})
	t.Run("FailedBatchWritesNothing", func(t *testing.T) {
		st := neo4jtest.Store(t)
		neo4jstore.SetFailAt(st, "evidence")
		if _, err := st.SaveArticles(context.Background(), []*graph.ArticleFacts{seedFacts(), otherFacts()}); err == nil {
			t.Fatal("got no error from a forced failure, want one")
		}
		if n, r := neo4jtest.Counts(t, st); n != int64(countMigrations(t)) || r != 0 {
			t.Errorf("got %d nodes, %d relationships, want only the migration records", n, r)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		st := neo4jtest.Store(t)
		bad := otherFacts()
		bad.Events[0].Confidence = -1
		_, err := st.SaveArticles(context.Background(), []*graph.ArticleFacts{seedFacts(), bad})
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), bad.Article.Key) {
			t.Errorf("got error %v, want EINVALID naming article %s", err, bad.Article.Key)
		}
		if n, _ := neo4jtest.Counts(t, st); n != int64(countMigrations(t)) {
			t.Errorf("got %d nodes, want only the migration records", n)
		}
	})
}

// TestLoadBatchFailure loads 31 articles, the middle one the only one with
// a dated event and so the only one that reaches the forced failure at the
// "days" step. Whatever batches the loader forms, only that article fails,
// it writes nothing, and the other 30 are written.
func TestLoadBatchFailure(t *testing.T) {
	st := neo4jtest.Store(t)
	neo4jstore.SetFailAt(st, "days")
	pub := graph.Day(2016, time.March, 4)
	var docs []loader.Document
	for i := range 30 {
		docs = append(docs, loader.Document{Origin: fmt.Sprintf("sugar-%02d.txt", i), Title: fmt.Sprintf("Cuban sugar %02d", i), Published: pub,
			Text: fmt.Sprintf("Cuba expects a sugar harvest of %d million tonnes.", i+1)})
	}
	bad := loader.Document{Origin: "accord.txt", Title: "Postal accord", Published: pub,
		Text: "Cuba and the United States signed an agreement on postal services on March 3, 2016."}
	docs = slices.Insert(docs, 15, bad)
	w := &batchSizes{Store: st}
	rep, err := (&loader.Loader{Writer: w}).LoadDocuments(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	// All 31 are ready long before the first write ends: the loader must
	// have tried at least one batch, which the failure then undid.
	if !slices.ContainsFunc(w.sizes, func(n int) bool { return n > 1 }) {
		t.Errorf("got batches of %v articles, want one of several (the batch path untested)", w.sizes)
	}
	if rep.Loaded != 30 || rep.Failed != 1 || len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Error(), "accord.txt") {
		t.Fatalf("got %d loaded, %d failed, errors %v; want 30 loaded and accord.txt failed", rep.Loaded, rep.Failed, rep.Errors)
	}
	got := neo4jtest.Query(t, st, `MATCH (a:Article) RETURN count(a) AS n, sum(CASE WHEN a.title = 'Postal accord' THEN 1 ELSE 0 END) AS bad`, nil)[0]
	if got["n"].(int64) != 30 || got["bad"].(int64) != 0 {
		t.Errorf("got %v articles (%v of them the failed one), want the 30 others", got["n"], got["bad"])
	}
	if n := neo4jtest.Query(t, st, `MATCH (e:Event) RETURN count(e) AS n`, nil)[0]["n"].(int64); n != 0 {
		t.Errorf("got %d events, want none: the failed article writes nothing", n)
	}
}

// batchSizes is the real store, noting how many articles each
// SaveArticles call was given.
type batchSizes struct {
	*neo4jstore.Store
	sizes []int
}

func (b *batchSizes) SaveArticles(ctx context.Context, fs []*graph.ArticleFacts) ([]graph.SaveResult, error) {
	b.sizes = append(b.sizes, len(fs))
	return b.Store.SaveArticles(ctx, fs)
}

func countMigrations(t *testing.T) int {
	ms, err := neo4jstore.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	return len(ms)
}

// BenchmarkSaveArticle measures seed-sized article writes against the real
// Neo4j, beside a trivial round trip as the baseline of the same run.
func BenchmarkSaveArticle(b *testing.B) {
	if _, ok := neo4jtest.Config(); !ok {
		b.Skip(neo4jtest.NeedNeo4j)
	}
	st := neo4jtest.Store(b)
	ctx := context.Background()
	b.Run("RoundTrip", func(b *testing.B) {
		for b.Loop() {
			if err := st.Ping(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("SaveArticle", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i++
			f := seedFacts()
			f.Article.Key = fmt.Sprintf("bench%011d", i)
			// A different pair per article keeps resolution realistic: the
			// candidate lookup finds a few events, not thousands.
			codes := []string{"FR", "DE", "JP", "BR", "IN", "ZA", "MX", "CA"}
			for j := range f.Events {
				f.Events[j].Countries = []string{"CU", codes[i%len(codes)]}
				f.Events[j].Agencies = nil
				f.Events[j].Start = shiftDays(f.Events[j].Start, i)
				f.Events[j].End = shiftDays(f.Events[j].End, i)
				for k := range f.Events[j].Evidence {
					f.Events[j].Evidence[k].ArticleKey = f.Article.Key
				}
			}
			if _, err := st.SaveArticle(ctx, f); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})
}

func shiftDays(d graph.Date, n int) graph.Date {
	if d.Precision() != graph.PrecisionDay {
		return d
	}
	return graph.DateOf(d.First().AddDate(0, 0, n*3))
}
