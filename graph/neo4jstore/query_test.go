package neo4jstore_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/graph/neo4jstore/neo4jtest"
)

func titles(p graph.EventPage) []string {
	var out []string
	for _, e := range p.Events {
		out = append(out, e.Title)
	}
	return out
}

// TestTimeline checks the filters on the seed-shaped facts: dates overlap
// the range (undated accords count at their "on or before" date), kinds,
// pairs, agencies and topics, and both orders.
func TestTimeline(t *testing.T) {
	st := neo4jtest.Store(t)
	save(t, st, seedFacts())
	ctx := context.Background()
	cases := []struct {
		name string
		f    graph.EventFilter
		want []string
		ties bool // the events share their date: their order is by key, compare as sets
	}{
		{"AccordsSince2015", graph.EventFilter{Between: []string{"US", "CU"}, Kinds: []graph.Kind{graph.KindAccord}, Since: graph.Year(2015)}, []string{
			"Cuba-U.S. agreement on direct commercial flights", "Cuba-U.S. agreement on direct postal service", "Cuba-U.S. agreement on environmental protection"}, true},
		{"Until2015", graph.EventFilter{Until: graph.Year(2015)}, []string{"Cuba and the U.S. restore diplomatic relations"}, false},
		{"MeetingOverlapsDay", graph.EventFilter{Since: graph.Day(2016, time.February, 23), Until: graph.Day(2016, time.February, 23)}, []string{"Cuba-U.S. technical meeting on cybercrime"}, false},
		{"Agency", graph.EventFilter{Agency: "state department"}, []string{"Cuba-U.S. technical meeting on cybercrime"}, false},
		{"Topic", graph.EventFilter{Topic: "Online Fraud"}, []string{"Cuba-U.S. technical meeting on cybercrime"}, false},
		{"Involving", graph.EventFilter{Involving: []string{"MX", "CU"}, Kinds: []graph.Kind{graph.KindRelations}}, []string{"Cuba and the U.S. restore diplomatic relations"}, false},
		{"NobodyElse", graph.EventFilter{Involving: []string{"MX"}}, nil, false},
		// The accords have 0.8, the meeting and the relations 0.9; the bound is inclusive.
		{"MinConfidence", graph.EventFilter{MinConfidence: 0.9}, []string{"Cuba and the U.S. restore diplomatic relations", "Cuba-U.S. technical meeting on cybercrime"}, false},
		{"MinConfidenceAll", graph.EventFilter{MinConfidence: 0.8, Kinds: []graph.Kind{graph.KindAccord}}, []string{
			"Cuba-U.S. agreement on direct commercial flights", "Cuba-U.S. agreement on direct postal service", "Cuba-U.S. agreement on environmental protection"}, true},
		{"Desc", graph.EventFilter{Order: graph.OrderDesc, First: 4}, []string{"Cuba-U.S. agreement on direct commercial flights", "Cuba-U.S. agreement on direct postal service",
			"Cuba-U.S. agreement on environmental protection", "Cuba-U.S. technical meeting on cybercrime"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := st.Timeline(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			got := titles(p)
			if c.ties {
				slices.Sort(got)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// BenchmarkTimeline times the main read: one page of the Cuba–U.S.
// timeline with its total count.
func BenchmarkTimeline(b *testing.B) {
	st := neo4jtest.Store(b)
	if _, err := st.SaveArticle(context.Background(), seedFacts()); err != nil {
		b.Fatal(err)
	}
	ctx := neo4jstore.WithQueryCounter(context.Background(), &neo4jstore.QueryCounter{})
	f := graph.EventFilter{Between: []string{"CU", "US"}, Since: graph.Year(2015)}
	for b.Loop() {
		if _, err := st.Timeline(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
}
