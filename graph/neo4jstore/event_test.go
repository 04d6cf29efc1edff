package neo4jstore_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/graph/neo4jstore/neo4jtest"
)

// tripFacts are one-event articles reporting one trip the way news does:
// planned days, arrival, an undated "ahead of the visit", the last day
// with the host named first, and an undated recall of the restoration of
// relations (with the dated restoration itself).
func tripFacts() []*graph.ArticleFacts {
	var out []*graph.ArticleFacts
	add := func(key string, pub graph.Date, e graph.Event) {
		s := fmt.Sprintf("Sentence of %s.", key)
		e.Countries = append([]string(nil), e.Countries...)
		e.Reported, e.Confidence = pub, 0.8
		e.Evidence = []graph.Evidence{{ArticleKey: key, Sentence: s, Start: 0, End: len(s)}}
		if e.Title == "" {
			e.Title = "United States visit to Cuba"
			if e.Countries[0] == "CU" {
				e.Title = "Cuba visit to United States"
			}
		}
		out = append(out, &graph.ArticleFacts{
			Article: graph.Article{Key: key, Title: key, Published: pub, ContentHash: strings.Repeat("cd", 32)},
			Events:  []graph.Event{e},
		})
	}
	visit := graph.Event{Kind: graph.KindMeeting, Mode: "visit", Countries: []string{"US", "CU"}}
	with := func(f func(*graph.Event)) graph.Event { e := visit; f(&e); return e }
	add("trip0000000000a1", graph.Day(2016, 3, 19), with(func(e *graph.Event) {
		e.Start, e.End, e.Status, e.Place, e.PlaceCountry = graph.Day(2016, 3, 19), graph.Day(2016, 3, 20), graph.StatusPlanned, "Havana", "CU"
	}))
	add("trip0000000000a2", graph.Day(2016, 3, 20), with(func(e *graph.Event) { e.Start, e.Status = graph.Day(2016, 3, 20), graph.StatusHeld }))
	add("trip0000000000a3", graph.Day(2016, 3, 20), with(func(e *graph.Event) { e.Status = graph.StatusPlanned }))
	add("trip0000000000a4", graph.Day(2016, 3, 22), with(func(e *graph.Event) {
		e.Start, e.Status, e.Countries, e.Place, e.PlaceCountry = graph.Day(2016, 3, 22), graph.StatusHeld, []string{"CU", "US"}, "Havana", "CU"
	}))
	add("trip0000000000a5", graph.Day(2016, 3, 22), with(func(e *graph.Event) { e.Start, e.Status = graph.Day(2016, 3, 21), graph.StatusPlanned }))
	relations := graph.Event{Kind: graph.KindRelations, Action: graph.ActionRestored, Status: graph.StatusHeld, Countries: []string{"CU", "US"},
		Title: "Cuba–United States relations restored"}
	add("trip0000000000b1", graph.Day(2016, 2, 25), func() graph.Event { e := relations; e.Start = graph.Day(2015, 7, 20); return e }())
	add("trip0000000000b2", graph.Day(2016, 3, 20), func() graph.Event { e := relations; e.Before = graph.Day(2016, 3, 20); return e }())
	return out
}

// TestSaveTripReports saves the reports of one trip in several orders:
// each order gives one visit, held, dated 2016-03-20..22 from the days it
// happened, with the United States as visitor, and one restoration.
func TestSaveTripReports(t *testing.T) {
	facts := tripFacts()
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1, 0}, {2, 4, 6, 0, 3, 5, 1}, {3, 2, 1, 0, 4, 6, 5}} {
		t.Run(fmt.Sprint("OK/", order), func(t *testing.T) {
			st := neo4jtest.Store(t)
			for _, i := range order {
				save(t, st, facts[i])
			}
			visits := neo4jtest.Query(t, st, `MATCH (e:Meeting {pair: 'CU-US'})
				RETURN e.startText AS start, e.endText AS end, e.status AS status, e.countries AS countries, e.title AS title,
				       [(c:Country)-[r:PARTY_TO]->(e) | c.code + ':' + r.role] AS roles,
				       COUNT { (e)-[:EVIDENCED_BY]->(:Article) } AS articles`, nil)
			if len(visits) != 1 {
				t.Fatalf("got visits %v, want one", visits)
			}
			v := visits[0]
			if v["start"] != "2016-03-20" || v["end"] != "2016-03-22" || v["status"] != "held" || v["articles"].(int64) != 5 {
				t.Errorf("got visit %v, want held 2016-03-20..2016-03-22 evidenced by 5 articles", v)
			}
			if fmt.Sprint(v["countries"]) != "[US CU]" || !strings.Contains(fmt.Sprint(v["roles"]), "US:visitor") || !strings.Contains(fmt.Sprint(v["roles"]), "CU:host") {
				t.Errorf("got countries %v roles %v, want US visitor, CU host", v["countries"], v["roles"])
			}
			if v["title"] != "United States visit to Cuba" {
				t.Errorf("got title %q, want the title naming the United States as visitor", v["title"])
			}
			rel := neo4jtest.Query(t, st, `MATCH (e:RelationsChange {pair: 'CU-US'})
				RETURN e.startText AS start, COUNT { (e)-[:EVIDENCED_BY]->(:Article) } AS articles`, nil)
			if len(rel) != 1 || rel[0]["start"] != "2015-07-20" || rel[0]["articles"].(int64) != 2 {
				t.Errorf("got restorations %v, want one dated 2015-07-20 evidenced by 2 articles", rel)
			}
			n1, r1 := neo4jtest.Counts(t, st)
			for _, i := range order {
				save(t, st, facts[i])
			}
			if n2, r2 := neo4jtest.Counts(t, st); n1 != n2 || r1 != r2 {
				t.Errorf("got %d nodes, %d relationships after saving again, want %d, %d", n2, r2, n1, r1)
			}
		})
	}
}
