package resolvers_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/graph/neo4jstore/neo4jtest"
	"github.com/entente-dev/entente/resolvers"
	"github.com/entente-dev/entente/resolvers/graphiql"
)

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
	return w
}

func TestHealthz(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		h := resolvers.NewHandler(resolvers.Config{Store: neo4jtest.Store(t)})
		w := get(t, h, "/healthz")
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"status":"ok"`) {
			t.Errorf("got %d %s, want 200 with status ok", w.Code, w.Body.String())
		}
	})
	t.Run("ErrUnavailable", func(t *testing.T) {
		neo4jtest.Store(t) // skips or fails the same way without Neo4j
		cfg, _ := neo4jtest.Config()
		st, err := neo4jstore.Open(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Close(context.Background()); err != nil {
			t.Fatal(err)
		}
		w := get(t, resolvers.NewHandler(resolvers.Config{Store: st}), "/healthz")
		if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), `"status":"unavailable"`) {
			t.Errorf("got %d %s, want 503 with status unavailable", w.Code, w.Body.String())
		}
	})
}

func TestGraphiQL(t *testing.T) {
	if _, ok := graphiql.Assets(); !ok {
		const msg = "GraphiQL assets not fetched: run resolvers/graphiql/fetch-assets.sh (make assets) before go test"
		if os.Getenv("ENTENTE_TEST_BROWSER") == "1" { // make test fetched them: their absence is a failure
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	h := resolvers.NewHandler(resolvers.Config{Store: &neo4jstore.Store{}})
	t.Run("OK", func(t *testing.T) {
		w := get(t, h, "/")
		body := w.Body.String()
		if w.Code != http.StatusOK {
			t.Fatalf("got %d, want 200", w.Code)
		}
		for _, want := range []string{`src="/graphiql/assets/graphiql.min.js"`, `href="/graphiql/assets/graphiql.min.css"`,
			`src="/graphiql/assets/react.production.min.js"`, `timeline(between: [\"Cuba\", \"U.S.\"], kinds: [ACCORD], since: \"2015-01-01\")`} {
			if !strings.Contains(body, want) {
				t.Errorf("page: got no %s, want it", want)
			}
		}
		if strings.Contains(body, "https://") {
			t.Errorf("page: got an https:// URL, want only local assets")
		}
	})
	t.Run("Assets", func(t *testing.T) {
		for _, f := range []string{"graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"} {
			if w := get(t, h, "/graphiql/assets/"+f); w.Code != http.StatusOK || w.Body.Len() < 1000 {
				t.Errorf("%s: got %d with %d bytes, want 200 with the file", f, w.Code, w.Body.Len())
			}
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if w := get(t, h, "/nothing-here"); w.Code != http.StatusNotFound {
			t.Errorf("got %d, want 404", w.Code)
		}
	})
}

// TestLoadArticles checks who may call the mutation. The LoadFunc here
// records what it is given: the real one (package main) is the loader.
func TestLoadArticles(t *testing.T) {
	var got []resolvers.Submission
	load := func(_ context.Context, subs []resolvers.Submission) (resolvers.LoadReport, error) {
		got = subs
		return resolvers.LoadReport{Loaded: len(subs), ArticleKeys: []string{"k1"}, Errors: []error{graph.Errorf(graph.EINVALID, "input[1]: empty")}}, nil
	}
	const m = `mutation { loadArticles(input: [{title: "T", published: "2016-02-25", text: "Cuba and Mexico met."}]) { loaded articleKeys errors } }`
	cases := []struct {
		name, token, header, code string
	}{
		{"ErrDisabled", "", "Bearer anything", graph.EFORBIDDEN},
		{"ErrNoToken", "s3cret", "", graph.EUNAUTH},
		{"ErrWrongToken", "s3cret", "Bearer s3cret-not", graph.EUNAUTH},
		{"OK", "s3cret", "Bearer s3cret", ""},
	}
	st := neo4jtest.Store(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got = nil
			a := &api{handler: resolvers.NewHandler(resolvers.Config{Store: st, APIToken: c.token, Load: load})}
			r, _ := a.do(t, m, nil, "Authorization", c.header)
			if c.code == "" {
				if len(r.Errors) > 0 {
					t.Fatalf("got errors %+v, want none", r.Errors)
				}
				if len(got) != 1 || got[0].Title != "T" || got[0].Text != "Cuba and Mexico met." || got[0].Published != graph.Day(2016, 2, 25) {
					t.Errorf("got submissions %+v, want the one sent", got)
				}
				if want := `{"loadArticles":{"loaded":1,"articleKeys":["k1"],"errors":["input[1]: empty"]}}`; string(r.Data) != want {
					t.Errorf("got %s, want %s", r.Data, want)
				}
				return
			}
			if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != c.code {
				t.Fatalf("got errors %+v, want code %s", r.Errors, c.code)
			}
			if got != nil {
				t.Errorf("got a load of %d articles, want none", len(got))
			}
		})
	}
	t.Run("ErrTextAndHTML", func(t *testing.T) {
		a := &api{handler: resolvers.NewHandler(resolvers.Config{Store: st, APIToken: "t", Load: load})}
		r, _ := a.do(t, `mutation { loadArticles(input: [{text: "a", html: "<p>b</p>"}]) { loaded } }`, nil, "Authorization", "Bearer t")
		if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != graph.EINVALID || !strings.Contains(r.Errors[0].Message, "input[0]") {
			t.Errorf("got %+v, want BAD_USER_INPUT naming input[0]", r.Errors)
		}
	})
}

// TestTransports checks GET queries and automatic persisted queries.
func TestTransports(t *testing.T) {
	a := newAPI(t, resolvers.Config{})
	const q = `{ countries(search: "cuba") { code } }`
	t.Run("GET", func(t *testing.T) {
		w := get(t, a.handler, "/query?query="+url.QueryEscape(q))
		if want := `{"data":{"countries":[{"code":"CU"}]}}`; strings.TrimSpace(w.Body.String()) != want {
			t.Errorf("got %d %s, want %s", w.Code, w.Body.String(), want)
		}
	})
	t.Run("PersistedQuery", func(t *testing.T) {
		sum := sha256.Sum256([]byte(q))
		ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
		w := get(t, a.handler, "/query?extensions="+url.QueryEscape(ext))
		if !strings.Contains(w.Body.String(), "PersistedQueryNotFound") {
			t.Fatalf("first hash-only call: got %s, want PersistedQueryNotFound", w.Body.String())
		}
		get(t, a.handler, "/query?query="+url.QueryEscape(q)+"&extensions="+url.QueryEscape(ext))
		w = get(t, a.handler, "/query?extensions="+url.QueryEscape(ext))
		var r struct{ Data json.RawMessage }
		body, _ := io.ReadAll(w.Body)
		if err := json.Unmarshal(body, &r); err != nil || string(r.Data) != `{"countries":[{"code":"CU"}]}` {
			t.Errorf("hash-only call after registering: got %s, want the data", body)
		}
	})
	t.Run("ErrBodyTooLarge", func(t *testing.T) {
		body := `{"query":"{ countries { code } }","variables":{"pad":"` + strings.Repeat("x", 5<<20) + `"}}`
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		a.handler.ServeHTTP(w, req)
		if w.Code == http.StatusOK && strings.Contains(w.Body.String(), `"data":{"countries"`) {
			t.Errorf("got %d with data, want the 5 MiB body refused", w.Code)
		}
	})
}
