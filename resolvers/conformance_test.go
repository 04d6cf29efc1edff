package resolvers_test

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/resolvers"
)

// auditResult is one audit of graphql-http's suite, as e2e/audit.mjs
// prints it.
type auditResult struct {
	ID, Name, Status, Reason string
}

// TestGraphQLOverHTTPAudit runs graphql-http's GraphQL-over-HTTP audit
// suite against the real handler: any error (a MUST of the spec broken)
// fails; warnings (SHOULDs) and notices (MAYs) are logged with their
// reasons, and the counts are reported. No Neo4j is needed: the audits ask
// for __typename or send malformed requests, and never reach a resolver.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	node := needE2E(t, false, "graphql-http", "graphql")
	h := resolvers.NewHandler(resolvers.Config{Store: &neo4jstore.Store{}})
	queries := &neo4jstore.QueryCounter{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(neo4jstore.WithQueryCounter(r.Context(), queries)))
	}))
	defer srv.Close()

	stdout, stderr, err := runNode(t, node, "audit.mjs", srv.URL+"/query")
	var results []auditResult
	if jerr := json.Unmarshal([]byte(lastLine(stdout)), &results); jerr != nil {
		t.Fatalf("audit.mjs: got %v (%v)\n%s%s\nwant a JSON report", jerr, err, stdout, stderr)
	}
	// graphql-http 1.23.1 has 61 audits; far fewer means the suite did not
	// run, not that the server passed.
	if got, want := len(results), 50; got < want {
		t.Fatalf("got %d audits, want at least %d", got, want)
	}
	counts := map[string]int{}
	for _, r := range results {
		counts[r.Status]++
		switch r.Status {
		case "ok":
		case "error":
			t.Errorf("audit %s %q: got error %q, want ok", r.ID, r.Name, r.Reason)
		case "warn", "notice":
			t.Logf("audit %s %q: %s: %s", r.ID, r.Name, r.Status, r.Reason)
		default:
			t.Errorf("audit %s %q: got status %q, want ok, notice, warn or error", r.ID, r.Name, r.Status)
		}
	}
	t.Logf("graphql-http audit: %d audits: %s", len(results), countLine(counts))
	if n := queries.Count(); n != 0 {
		t.Errorf("the audits ran %d Cypher queries on the empty store, want none", n)
	}
	// The warnings requestErrors (server.go) fixed must stay fixed.
	byID := map[string]auditResult{}
	for _, r := range results {
		byID[r.ID] = r
	}
	for _, id := range []string{"572B", "FDE2", "7B9B", "D586", "5E5B"} {
		if r, ok := byID[id]; !ok || r.Status != "ok" {
			t.Errorf("audit %s %q: got %q (%s), want ok", id, r.Name, r.Status, r.Reason)
		}
	}
	if err != nil && counts["error"] == 0 {
		t.Errorf("audit.mjs: got %v with no audit in error\n%s", err, stderr)
	}
}

func countLine(counts map[string]int) string {
	var parts []string
	for _, s := range []string{"ok", "notice", "warn", "error"} {
		parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
	}
	return strings.Join(parts, ", ")
}

// TestGraphQLOverHTTP checks the status codes and bodies of request errors
// (parse, validation and variable coercion failures, which stop a request
// before it runs) against the GraphQL-over-HTTP spec: with
// application/json they answer 200, with application/graphql-response+json
// 400, and neither has a data entry; a request with no query at all (nor a
// persisted-query hash) is malformed and gets 400 either way; a request that
// runs keeps its data.
// No Neo4j is needed: these requests never reach a resolver.
func TestGraphQLOverHTTP(t *testing.T) {
	h := resolvers.NewHandler(resolvers.Config{Store: &neo4jstore.Store{}})
	const (
		appJSON = "application/json"
		gqlJSON = "application/graphql-response+json"
	)
	cases := []struct {
		name, method, accept, body string
		wantCode                   int
		wantData                   bool
	}{
		{"OK", http.MethodPost, gqlJSON, `{"query":"{ __typename }"}`, http.StatusOK, true},
		{"OKJSON", http.MethodPost, appJSON, `{"query":"{ __typename }"}`, http.StatusOK, true},
		{"ErrParseJSON", http.MethodPost, appJSON, `{"query":"{"}`, http.StatusOK, false},
		{"ErrParseGraphQLResponse", http.MethodPost, gqlJSON, `{"query":"{"}`, http.StatusBadRequest, false},
		{"ErrValidationJSON", http.MethodPost, appJSON, `{"query":"{ nothing }"}`, http.StatusOK, false},
		{"ErrValidationGraphQLResponse", http.MethodPost, gqlJSON, `{"query":"{ nothing }"}`, http.StatusBadRequest, false},
		{"ErrVariablesJSON", http.MethodPost, appJSON, `{"query":"query($n: Int) { articles(first: $n) { totalCount } }","variables":{"n":"x"}}`, http.StatusOK, false},
		{"ErrVariablesGraphQLResponse", http.MethodPost, gqlJSON, `{"query":"query($n: Int) { articles(first: $n) { totalCount } }","variables":{"n":"x"}}`, http.StatusBadRequest, false},
		{"ErrValidationGET", http.MethodGet, appJSON, "{ nothing }", http.StatusOK, false},
		{"ErrNoQueryJSON", http.MethodPost, appJSON, `{"qeury":"{ __typename }"}`, http.StatusBadRequest, false},
		{"ErrNoQueryGraphQLResponse", http.MethodPost, gqlJSON, `{"query":""}`, http.StatusBadRequest, false},
		{"ErrNoQueryGET", http.MethodGet, appJSON, "", http.StatusBadRequest, false},
		{"ErrBodyJSON", http.MethodPost, appJSON, `{"query":`, http.StatusBadRequest, false},
		{"ErrBodyGraphQLResponse", http.MethodPost, gqlJSON, `{"query":`, http.StatusBadRequest, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			target := "/query"
			body := c.body
			if c.method == http.MethodGet {
				target += "?query=" + url.QueryEscape(c.body)
				body = ""
			}
			r := httptest.NewRequest(c.method, target, strings.NewReader(body))
			if c.method == http.MethodPost {
				r.Header.Set("Content-Type", "application/json")
			}
			r.Header.Set("Accept", c.accept)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != c.wantCode {
				t.Errorf("got status %d, want %d (body %s)", w.Code, c.wantCode, w.Body.String())
			}
			if got := w.Header().Get("Content-Type"); !strings.HasPrefix(got, c.accept) {
				t.Errorf("got Content-Type %q, want %q", got, c.accept)
			}
			var entries map[string]json.RawMessage
			if err := json.Unmarshal(w.Body.Bytes(), &entries); err != nil {
				t.Fatalf("got body %q, want JSON: %v", w.Body.String(), err)
			}
			if _, has := entries["data"]; has != c.wantData {
				t.Errorf("got a data entry: %v in %s, want %v", has, w.Body.String(), c.wantData)
			}
			if _, has := entries["errors"]; has == c.wantData {
				t.Errorf("got an errors entry: %v in %s, want %v", has, w.Body.String(), !c.wantData)
			}
		})
	}
	// A hash the server has not seen is a well-formed request: clients
	// (Apollo's APQ) read the 200 answer's error and send the query.
	t.Run("ErrPersistedQueryNotFound", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+strings.Repeat("0", 64)+`"}}}`))
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "PERSISTED_QUERY_NOT_FOUND") {
			t.Errorf("got %d %s, want 200 with PERSISTED_QUERY_NOT_FOUND", w.Code, w.Body.String())
		}
	})
}

// FuzzGraphQLOverHTTP sends arbitrary POST bodies and Accept headers to the
// handler (no Neo4j: resolvers that run fail with logged internal errors)
// and checks what requestErrors promises for any input: never gqlgen's 422,
// a JSON body under a JSON content type, and no data entry in a 4xx answer.
func FuzzGraphQLOverHTTP(f *testing.F) {
	for _, s := range []struct{ body, accept string }{
		{`{"query":"{ __typename }"}`, "application/json"},
		{`{"query":"{"}`, "application/graphql-response+json"},
		{`{"query":"{ nothing }"}`, "*/*"},
		{`{"qeury":"{ __typename }"}`, ""},
		{`{"query":"query($n: Int) { articles(first: $n) { totalCount } }","variables":{"n":"x"}}`, "application/json"},
		{`{"query":`, "application/graphql-response+json, application/json"},
		{`{"query":1,"variables":"x"}`, "application/json"},
		{`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`, "application/json"},
		{`{"query":"{ countries { name } }","data":null}`, "application/json"},
		{`{"query":"query($c: Float) { timeline(minConfidence: $c) { totalCount } }","variables":{"c":1e309}}`, "application/json"},
	} {
		f.Add(s.body, s.accept)
	}
	h := resolvers.NewHandler(resolvers.Config{Store: &neo4jstore.Store{}, Logger: slog.New(slog.DiscardHandler)})
	f.Fuzz(func(t *testing.T, body, accept string) {
		r := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("Accept", accept)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code == http.StatusUnprocessableEntity {
			t.Fatalf("got 422 %s, want 200 or 400 for a request error", w.Body.String())
		}
		media, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
		if media != "application/json" && media != "application/graphql-response+json" {
			return
		}
		var entries map[string]json.RawMessage
		if err := json.Unmarshal(w.Body.Bytes(), &entries); err != nil {
			t.Fatalf("got %d %q under %s, want a JSON object: %v", w.Code, w.Body.String(), media, err)
		}
		if _, has := entries["data"]; has && w.Code >= 400 {
			t.Fatalf("got %d %s, want no data entry in a request error", w.Code, w.Body.String())
		}
	})
}
