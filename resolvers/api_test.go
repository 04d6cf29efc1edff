package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/graph/neo4jstore/neo4jtest"
	"github.com/entente-dev/entente/resolvers"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden/api")

// goldenDir holds the golden API responses, beside the other golden files
// of the repository.
const goldenDir = "../testdata/golden/api"

// api is a server over the seeded fixture.
type api struct {
	store   *neo4jstore.Store
	handler http.Handler
	client  *client.Client
}

func newAPI(t *testing.T, cfg resolvers.Config) *api {
	t.Helper()
	st := neo4jtest.Store(t)
	seed(t, st)
	cfg.Store = st
	h := resolvers.NewHandler(cfg)
	return &api{store: st, handler: h, client: client.New(h, client.Path("/query"))}
}

// result is a GraphQL response: data and errors as raw JSON.
type result struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// do posts a query over HTTP (through every middleware) and counts the
// Cypher queries it cost.
func (a *api) do(t *testing.T, query string, vars map[string]any, header ...string) (result, int64) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	c := &neo4jstore.QueryCounter{}
	req = req.WithContext(neo4jstore.WithQueryCounter(req.Context(), c))
	w := httptest.NewRecorder()
	a.handler.ServeHTTP(w, req)
	var r result
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		t.Fatalf("response is not JSON (%d): %s", w.Code, w.Body.String())
	}
	return r, c.Count()
}

// golden compares v, indented, with testdata/golden/api/name.json.
func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join(goldenDir, name+".json")
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./resolvers -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: got\n%s\nwant\n%s\n(run go test ./resolvers -update if the change is right)", path, got, want)
	}
}

// eventFields is what the golden queries ask of every event. Keys are left
// out: they are the store's business and may change with its hashing.
const eventFields = `kind title start end before reported precision dateKnown status action mode place topics confidence
  countries { code name } agencies { name country { code } }
  evidence { sentence start end article { title source published url } }
  articles { title }`

func TestGolden(t *testing.T) {
	a := newAPI(t, resolvers.Config{})
	cases := []struct{ name, query string }{
		{"timeline_accords", `{ timeline(between: ["Cuba", "U.S."], kinds: [ACCORD], since: "2015-01-01") {
			totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { ` + eventFields + ` } } } }`},
		{"timeline_cuba_desc", `{ timeline(involving: ["CU"], order: DESC, first: 4) {
			totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { kind title start before } } } }`},
		{"timeline_agency_topic", `{ a: timeline(agency: "State Department") { totalCount edges { node { title } } }
			b: timeline(topic: "Cybercrime", until: "2016") { totalCount edges { node { title start } } }
			c: timeline(status: "planned", between: ["United States", "cuba"]) { totalCount edges { node { title mode dateKnown } } } }`},
		{"relationship", `{ relationship(between: ["Cuba", "USA"]) {
			countries { code name } total firstEvent { title start } lastEvent { title start }
			counts { kind count } countsByYear { year kind count } topTopics(first: 3) { topic count }
			accords(since: "2016") { title start before status }
			meetings { title start end place }
			relationsHistory { action start evidence { sentence article { source published } } }
			sides { country { code } agencies { name } }
			timeline(first: 2) { totalCount edges { node { title } } } } }`},
		{"counterparts", `{ byEvents: counterparts(country: "Cuba") { country { code name } events meetings accords relations first last }
			byMeetings: counterparts(country: "US", orderBy: MEETINGS) { country { code } meetings }
			mexicoAccords: counterparts(country: "Mexico", kind: ACCORD) { country { code } events accords } }`},
		{"search", `{ cyber: search(text: "cybercrime", first: 50) { kind name sentence event { title } article { title } }
			state: search(text: "State Department") { kind name agency { name country { code } } }
			syntax: search(text: "U.S. (AND) \"flights") { kind } }`},
		{"entities", `{ country(id: "United States") { code name aliases agencies { key name aliases } }
			countries(search: "cu") { code name }
			agency(key: "us:department-of-state") { name country { name } }
			missing: event(key: "no-such-event") { title }
			articles(first: 2) { totalCount pageInfo { hasNextPage } edges { node { title source published events { kind title } } } } }`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, queries := a.do(t, c.query, nil)
			if len(r.Errors) > 0 {
				t.Fatalf("got errors %+v, want none", r.Errors)
			}
			t.Logf("%s: %d Cypher queries", c.name, queries)
			var v any
			if err := json.Unmarshal(r.Data, &v); err != nil {
				t.Fatal(err)
			}
			if c.name == "search" {
				// Relevance order of near ties depends on what the shared
				// test database held before (Lucene statistics): compare
				// the hits as sets.
				for _, hits := range v.(map[string]any) {
					if hits, ok := hits.([]any); ok {
						sortByJSON(hits)
					}
				}
			}
			golden(t, c.name, v)
		})
	}
}

// TestAccords is the README's example through gqlgen's in-process client:
// the three Cuba–U.S. accords, each with its sentence and article.
func TestAccords(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		a := newAPI(t, resolvers.Config{})
		var resp struct {
			Timeline struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Title, DateKnown string
						Evidence         []struct {
							Sentence string
							Article  struct{ Source string }
						}
					}
				}
			}
		}
		a.client.MustPost(`{ timeline(between: ["Cuba", "U.S."], kinds: [ACCORD], since: "2015-01-01") {
			totalCount edges { node { title dateKnown evidence { sentence article { source } } } } } }`, &resp)
		if got, want := resp.Timeline.TotalCount, 3; got != want {
			t.Fatalf("got %d accords, want %d", got, want)
		}
		for _, e := range resp.Timeline.Edges {
			if len(e.Node.Evidence) == 0 || e.Node.Evidence[0].Sentence == "" || e.Node.Evidence[0].Article.Source == "" {
				t.Errorf("accord %q: got evidence %+v, want a sentence with its article", e.Node.Title, e.Node.Evidence)
			}
		}
	})
}

// TestMinConfidence filters the three timelines by confidence (the
// fixture's accords have 0.8, its other events 0.9; the bound is inclusive).
func TestMinConfidence(t *testing.T) {
	a := newAPI(t, resolvers.Config{})
	type page struct {
		TotalCount int
		Edges      []struct{ Node struct{ Confidence float64 } }
	}
	var resp struct {
		All, Sure    page
		Country      struct{ Timeline page }
		Relationship struct{ Timeline page }
	}
	a.client.MustPost(`{ all: timeline(between: ["CU", "US"], first: 500) { totalCount edges { node { confidence } } }
		sure: timeline(between: ["CU", "US"], minConfidence: 0.85) { totalCount edges { node { confidence } } }
		country(id: "CU") { timeline(minConfidence: 0.85) { totalCount edges { node { confidence } } } }
		relationship(between: ["CU", "US"]) { timeline(minConfidence: 0.9) { totalCount edges { node { confidence } } } } }`, &resp)
	above := func(bound float64) (n int) {
		for _, e := range resp.All.Edges {
			if e.Node.Confidence >= bound {
				n++
			}
		}
		return n
	}
	if n := above(0.85); n == 0 || n == resp.All.TotalCount {
		t.Fatalf("fixture: %d of %d events at 0.85 or more, want some but not all", n, resp.All.TotalCount)
	}
	for _, c := range []struct {
		name  string
		p     page
		bound float64
	}{{"timeline", resp.Sure, 0.85}, {"country", resp.Country.Timeline, 0.85}, {"relationship", resp.Relationship.Timeline, 0.9}} {
		for _, e := range c.p.Edges {
			if e.Node.Confidence < c.bound {
				t.Errorf("%s: got confidence %v under minConfidence %v", c.name, e.Node.Confidence, c.bound)
			}
		}
		if c.name != "country" && c.p.TotalCount != above(c.bound) {
			t.Errorf("%s: got %d events, want the %d of the pair at %v or more", c.name, c.p.TotalCount, above(c.bound), c.bound)
		}
	}
}

// TestPagination walks every page in both orders: each event once, no gaps,
// the same order as one big page, totalCount the same on every page.
func TestPagination(t *testing.T) {
	a := newAPI(t, resolvers.Config{})
	const q = `query($order: Order, $first: Int, $after: String) { timeline(involving: ["MX", "US"], order: $order, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } } }`
	type page struct {
		Timeline struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage, HasPreviousPage bool
				StartCursor, EndCursor       *string
			}
			Edges []struct {
				Cursor string
				Node   struct{ Key string }
			}
		}
	}
	for _, order := range []string{"ASC", "DESC"} {
		t.Run(order, func(t *testing.T) {
			var all page
			a.client.MustPost(q, &all, client.Var("order", order), client.Var("first", 500))
			total := all.Timeline.TotalCount
			if total < 20 || len(all.Timeline.Edges) != total {
				t.Fatalf("got %d edges of totalCount %d, want all of at least 20", len(all.Timeline.Edges), total)
			}
			var keys []string
			var after *string
			for pages := 0; ; pages++ {
				if pages > total {
					t.Fatalf("got more than %d pages, want paging to end", total)
				}
				var p page
				a.client.MustPost(q, &p, client.Var("order", order), client.Var("first", 4), client.Var("after", after))
				if p.Timeline.TotalCount != total {
					t.Fatalf("page %d: got totalCount %d, want %d", pages, p.Timeline.TotalCount, total)
				}
				if got, want := p.Timeline.PageInfo.HasPreviousPage, pages > 0; got != want {
					t.Errorf("page %d: got hasPreviousPage %v, want %v", pages, got, want)
				}
				for _, e := range p.Timeline.Edges {
					keys = append(keys, e.Node.Key)
				}
				if !p.Timeline.PageInfo.HasNextPage {
					break
				}
				after = p.Timeline.PageInfo.EndCursor
			}
			if len(keys) != total {
				t.Fatalf("got %d events over the pages, want %d", len(keys), total)
			}
			for i, e := range all.Timeline.Edges {
				if keys[i] != e.Node.Key {
					t.Fatalf("event %d: got %s, want %s (gap or repeat)", i, keys[i], e.Node.Key)
				}
			}
		})
	}
}

// TestArgumentErrors checks that bad arguments name themselves and carry a code.
func TestArgumentErrors(t *testing.T) {
	a := newAPI(t, resolvers.Config{})
	cases := []struct{ name, query, code, mention string }{
		{"UnknownCountry", `{ timeline(between: ["Cuba", "Atlantis"]) { totalCount } }`, graph.EINVALID, "Atlantis"},
		{"UnknownCountryArg", `{ counterparts(country: "Narnia") { events } }`, graph.EINVALID, "country"},
		{"BadDate", `{ timeline(since: "2015-13-01") { totalCount } }`, graph.EINVALID, "2015-13-01"},
		{"FirstTooLarge", `{ timeline(first: 501) { totalCount } }`, graph.EINVALID, "first"},
		{"FirstNegative", `{ articles(first: -1) { totalCount } }`, graph.EINVALID, "first"},
		{"BadCursor", `{ timeline(after: "bm90IGEgY3Vyc29y") { totalCount } }`, graph.EINVALID, "after"},
		{"OneCountryBetween", `{ timeline(between: ["Cuba"]) { totalCount } }`, graph.EINVALID, "involving"},
		{"RelationshipOfThree", `{ relationship(between: ["CU", "US", "MX"]) { total } }`, graph.EINVALID, "exactly two"},
		{"UntilBeforeSince", `{ timeline(since: "2016", until: "2015") { totalCount } }`, graph.EINVALID, "until"},
		{"MinConfidenceAboveOne", `{ timeline(minConfidence: 1.5) { totalCount } }`, graph.EINVALID, "minConfidence"},
		{"MinConfidenceNegative", `{ relationship(between: ["CU", "US"]) { timeline(minConfidence: -0.1) { totalCount } } }`, graph.EINVALID, "0 to 1"},
		{"EmptySearch", `{ search(text: "  ") { key } }`, graph.EINVALID, "text"},
		{"TooDeep", `{ timeline { edges { node { countries { timeline { edges { node { countries { timeline { edges { node { countries { agencies { country { code } } } } } } } } } } } } } } }`, graph.EINVALID, "nested"},
		{"TooComplex", `{ timeline(first: 500) { edges { node { countries { timeline(first: 500) { edges { node { title } } } } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED", "complexity"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, _ := a.do(t, c.query, nil)
			if len(r.Errors) == 0 {
				t.Fatalf("got no error, want %s", c.code)
			}
			e := r.Errors[0]
			if got := e.Extensions["code"]; got != c.code {
				t.Errorf("got code %v (%q), want %s", got, e.Message, c.code)
			}
			if !strings.Contains(e.Message, c.mention) {
				t.Errorf("got message %q, want it to mention %q", e.Message, c.mention)
			}
		})
	}
}

// TestQueryBound checks the dataloaders: a page of events with their
// countries, agencies, evidence and articles costs the same number of
// Cypher queries whatever its size.
func TestQueryBound(t *testing.T) {
	// A generous batch window: on a loaded machine the resolvers of a page
	// may start further apart than the default 5ms, and the bound is about
	// batching, not timing.
	a := newAPI(t, resolvers.Config{BatchWait: 200 * time.Millisecond})
	// The agency filter gives the small page an event with agencies, so
	// both pages need every kind of query.
	const q = `query($first: Int, $agency: String) { timeline(agency: $agency, first: $first) { edges { node { title
		countries { name agencies { name } } agencies { name country { name } }
		evidence { sentence article { title } } articles { title } } } } }`
	count := func(first int, agency any) int64 {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"first": first, "agency": agency}})
		req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		c := &neo4jstore.QueryCounter{}
		w := httptest.NewRecorder()
		a.handler.ServeHTTP(w, req.WithContext(neo4jstore.WithQueryCounter(context.Background(), c)))
		if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
			t.Fatalf("first %d: got %d %s, want data", first, w.Code, w.Body.String())
		}
		return c.Count()
	}
	small, large := count(1, "Department of State"), count(100, nil)
	if large != small {
		t.Errorf("got %d queries for 100 events and %d for 1, want the same", large, small)
	}
	// timeline, countries, agencies of events, evidence, agencies of
	// countries, countries of agencies.
	const bound = 6
	if large > bound {
		t.Errorf("got %d queries for a page of 100 events, want at most %d", large, bound)
	}
	t.Logf("a page of events with countries, agencies, evidence and articles: %d Cypher queries", large)
}
