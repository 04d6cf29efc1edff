package resolvers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/graph/neo4jstore"
)

// article builds the facts of one article: its evidence sentences are
// placed one after the other so offsets are real.
type article struct {
	f   graph.ArticleFacts
	pos int
}

func newArticle(key, title, source string, published graph.Date) *article {
	return &article{f: graph.ArticleFacts{Article: graph.Article{Key: key, Title: title, Source: source,
		URL: "https://news.example/" + key, Published: published, ContentHash: strings.Repeat(key[:2], 32)}}}
}

func (a *article) ev(sentence string) graph.Evidence {
	e := graph.Evidence{ArticleKey: a.f.Article.Key, Sentence: sentence, Start: a.pos, End: a.pos + len([]rune(sentence))}
	a.pos = e.End + 1
	return e
}

func (a *article) country(code, name string, aliases ...string) {
	a.f.Countries = append(a.f.Countries, graph.CountryFact{Country: graph.Country{Code: code, Name: name, Aliases: aliases},
		Evidence: a.ev(name + " is mentioned.")})
}

func (a *article) agency(country, name string, aliases ...string) string {
	key := graph.AgencyKey(country, name)
	a.f.Agencies = append(a.f.Agencies, graph.AgencyFact{Agency: graph.Agency{Key: key, Name: name, Country: country, Aliases: aliases},
		Evidence: a.ev("The " + name + " said so.")})
	return key
}

func (a *article) event(e graph.Event, sentence string) {
	e.Reported = a.f.Article.Published
	if e.Confidence == 0 {
		e.Confidence = 0.9
	}
	e.Evidence = []graph.Evidence{a.ev(sentence)}
	a.f.Events = append(a.f.Events, e)
}

// fixture is a small corpus shaped like real coverage of Cuba–U.S. relations
// in 2015–2016 plus other pairs: a seed-like Xinhua article (meeting,
// restored relations, three accords dated only by the report), a later
// article that dates one of the accords (it must merge), an article from
// 1961 (relations severed), and a wire with many Mexico–Canada meetings
// for paging.
func fixture() []*graph.ArticleFacts {
	pub := graph.Day(2016, time.February, 25)
	x := newArticle("a1seed0000000001", "Cuba, U.S. hold talks on cybercrime", "Xinhua", pub)
	x.country("CU", "Cuba")
	x.country("US", "United States", "U.S.", "USA")
	minrex := x.agency("CU", "Ministry of Foreign Affairs", "Foreign Ministry")
	minint := x.agency("CU", "Ministry of the Interior")
	state := x.agency("US", "Department of State", "State Department")
	dhs := x.agency("US", "Department of Homeland Security")
	x.f.Places = []graph.Place{{Key: graph.PlaceKey("CU", "Havana"), Name: "Havana", Country: "CU"}}
	x.event(graph.Event{Kind: graph.KindMeeting, Title: "Cuba-U.S. technical meeting on cybercrime",
		Start: graph.Day(2016, 2, 22), End: graph.Day(2016, 2, 23), Status: graph.StatusHeld, Mode: "talks",
		Place: "Havana", PlaceCountry: "CU", Topics: []string{"cybercrime", "online fraud"},
		Countries: []string{"CU", "US"}, Agencies: []string{minrex, minint, state, dhs}},
		"Cuba and the United States held a technical meeting on cybercrime in Havana on Feb. 22-23.")
	x.event(graph.Event{Kind: graph.KindRelations, Title: "Cuba and the U.S. restore diplomatic relations",
		Start: graph.Day(2015, 7, 20), Status: graph.StatusHeld, Action: graph.ActionRestored, Countries: []string{"CU", "US"}},
		"The two countries restored diplomatic relations on July 20, 2015.")
	for _, topic := range []string{"environmental protection", "direct postal service", "direct commercial flights"} {
		x.event(graph.Event{Kind: graph.KindAccord, Title: "Cuba-U.S. agreement on " + topic, Before: pub,
			Status: graph.StatusSigned, Topics: []string{topic}, Countries: []string{"CU", "US"}, Confidence: 0.8},
			"Since then, the two countries have signed agreements on "+topic+".")
	}

	r := newArticle("b2flights0000002", "U.S., Cuba sign deal restoring commercial flights", "Reuters", graph.Day(2016, 2, 16))
	r.country("US", "United States", "U.S.")
	r.country("CU", "Cuba")
	state2 := r.agency("US", "Department of State", "State Department")
	r.event(graph.Event{Kind: graph.KindAccord, Title: "Cuba-U.S. agreement on direct commercial flights",
		Start: graph.Day(2016, 2, 16), Status: graph.StatusSigned, Topics: []string{"direct commercial flights"},
		Countries: []string{"US", "CU"}, Agencies: []string{state2}},
		"The United States and Cuba signed an agreement on Tuesday restoring direct commercial flights.")
	r.event(graph.Event{Kind: graph.KindMeeting, Title: "Obama visits Havana", Start: graph.Day(2016, 3, 21), End: graph.Day(2016, 3, 22),
		Status: graph.StatusPlanned, Mode: "visit", Place: "Havana", PlaceCountry: "CU", Topics: []string{"trade"},
		Countries: []string{"US", "CU"}},
		"President Barack Obama will visit Havana on March 21 and 22.")
	r.event(graph.Event{Kind: graph.KindMeeting, Title: "U.S.-China talks on cybercrime", Start: graph.Month(2015, 9),
		Status: graph.StatusHeld, Topics: []string{"cybercrime"}, Countries: []string{"US", "CN"}},
		"Washington held similar talks on cybercrime with China in September 2015.")
	r.country("CN", "China")

	h := newArticle("c3severed0000003", "U.S. breaks relations with Cuba", "AP", graph.Day(1961, 1, 4))
	h.country("US", "United States", "U.S.")
	h.country("CU", "Cuba")
	h.event(graph.Event{Kind: graph.KindRelations, Title: "The U.S. severs diplomatic relations with Cuba",
		Start: graph.Day(1961, 1, 3), Status: graph.StatusHeld, Action: graph.ActionSevered, Countries: []string{"US", "CU"}},
		"The United States broke off diplomatic relations with Cuba on Tuesday.")

	m := newArticle("d4wire0000000004", "Mexico and Canada: a year of talks", "Wire", graph.Day(2017, 1, 10))
	m.country("MX", "Mexico")
	m.country("CA", "Canada")
	for i := range 23 {
		// Two rounds a month. (Ties for paging come from the Cuba–U.S.
		// accords dated only by their report.)
		d := graph.Day(2016, time.Month(1+i/2), 1+14*(i%2))
		m.event(graph.Event{Kind: graph.KindMeeting, Title: fmt.Sprintf("Mexico-Canada round %02d on trade", i+1), Start: d,
			Status: graph.StatusHeld, Topics: []string{"trade", fmt.Sprintf("round %d", i+1)}, Countries: []string{"MX", "CA"}},
			fmt.Sprintf("Mexico and Canada held round %d of their trade talks.", i+1))
	}
	m.event(graph.Event{Kind: graph.KindAccord, Title: "Mexico-Canada trade accord", Start: graph.Month(2016, 12),
		Status: graph.StatusSigned, Topics: []string{"trade"}, Countries: []string{"MX", "CA"}},
		"Mexico and Canada signed a trade accord in December 2016.")
	m.event(graph.Event{Kind: graph.KindMeeting, Title: "Mexico-Cuba talks", Start: graph.Year(2016),
		Status: graph.StatusHeld, Countries: []string{"MX", "CU"}},
		"Mexico also held talks with Cuba in 2016.")
	m.country("CU", "Cuba")
	return []*graph.ArticleFacts{&x.f, &r.f, &h.f, &m.f}
}

// seed writes the fixture through the store's own write path.
func seed(t *testing.T, st *neo4jstore.Store) {
	t.Helper()
	for _, f := range fixture() {
		if _, err := st.SaveArticle(context.Background(), f); err != nil {
			t.Fatalf("SaveArticle(%s): %v", f.Article.Key, err)
		}
	}
	// The full-text indexes update in the background: wait so that search
	// tests see every article.
	if err := st.AwaitSearch(context.Background()); err != nil {
		t.Fatalf("AwaitSearch: %v", err)
	}
}
