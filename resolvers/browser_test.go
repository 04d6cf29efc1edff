package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"

	"github.com/entente-dev/entente/resolvers"
	"github.com/entente-dev/entente/resolvers/graphiql"
)

// e2eDir holds the node scripts and their pinned npm packages.
const e2eDir = "e2e"

// chromiumPath is Debian's Chromium, the only browser these tests drive:
// Playwright's own browser downloads need a host CI cannot reach.
const chromiumPath = "/usr/bin/chromium"

// installHint says how to get what the node-driven tests need.
const installHint = "run `make e2e-deps` (as root it installs Debian's chromium with apt-get when /usr/bin/chromium is missing, then runs npm ci --ignore-scripts in resolvers/e2e), or by hand: apt-get update && apt-get install -y chromium; cd resolvers/e2e && npm ci --ignore-scripts"

// needE2E returns the node executable when node, the e2e packages named in
// pkgs (at the versions e2e/package.json pins) and, when browser is set,
// Chromium are installed. Otherwise the test fails when
// ENTENTE_TEST_BROWSER=1 (make test sets it, so CI cannot pass by
// skipping) and is skipped when not.
func needE2E(t *testing.T, browser bool, pkgs ...string) string {
	t.Helper()
	missing := func(format string, args ...any) {
		t.Helper()
		msg := fmt.Sprintf(format, args...) + ": " + installHint
		if os.Getenv("ENTENTE_TEST_BROWSER") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg + " (or set ENTENTE_TEST_BROWSER=1 to make this a failure)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node not found on PATH")
	}
	var manifest struct{ Dependencies map[string]string }
	b, err := os.ReadFile(filepath.Join(e2eDir, "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatalf("%s/package.json: %v", e2eDir, err)
	}
	for _, p := range pkgs {
		want, ok := manifest.Dependencies[p]
		if !ok {
			t.Fatalf("%s/package.json: got no dependency %q, want it pinned", e2eDir, p)
		}
		var got struct{ Version string }
		b, err := os.ReadFile(filepath.Join(e2eDir, "node_modules", p, "package.json"))
		if err == nil {
			err = json.Unmarshal(b, &got)
		}
		if err != nil || got.Version != want {
			missing("npm package %s %s is not installed in %s/node_modules (found %q)", p, want, e2eDir, got.Version)
		}
	}
	if browser {
		if _, err := os.Stat(chromiumPath); err != nil {
			missing("Chromium not found at %s", chromiumPath)
		}
	}
	return node
}

// runNode runs an e2e script with args and returns its stdout, stderr and
// exit error. It is bounded in time so a hung browser cannot hold the
// suite.
func runNode(t *testing.T, node, script string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, append([]string{filepath.Join(e2eDir, script)}, args...)...)
	cmd.WaitDelay = 5 * time.Second
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err = cmd.Run()
	t.Logf("node %s took %s", script, time.Since(start).Round(time.Millisecond))
	return out.String(), errOut.String(), err
}

// seededServer serves resolvers.NewHandler over a fresh Neo4j store loaded
// with testdata/articles through the real loader, on 127.0.0.1.
func seededServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(resolvers.NewHandler(resolvers.Config{Store: articlesStore(t)}))
	t.Cleanup(srv.Close)
	return srv
}

// graphiqlReport is what e2e/graphiql.mjs prints when the page worked.
type graphiqlReport struct {
	Requests     []string
	OffHost      []string
	QueryFields  []string
	ResultStatus int
	Visible      string
	Result       struct {
		Data struct {
			Timeline struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Title    string
						Topics   []string
						Evidence []struct {
							Sentence string
							Article  struct{ Title, Source, Published string }
						}
					}
				}
			}
		}
	}
}

// TestGraphiQLBrowser opens GraphiQL, served by the real handler over the
// real Neo4j loaded with testdata/articles, in headless Chromium: every
// request stays on the test server (the assets are embedded), the schema
// loads (the docs explorer lists Query's fields), and the run button
// answers the example query with the seed's three Cuba–U.S. accords and
// their evidence, in the result pane. Screenshots of failures are kept in a
// temporary folder the failure names.
func TestGraphiQLBrowser(t *testing.T) {
	node := needE2E(t, true, "playwright-core")
	if _, ok := graphiql.Assets(); !ok {
		t.Fatal("GraphiQL assets not embedded: run resolvers/graphiql/fetch-assets.sh (make assets) before go test")
	}
	srv := seededServer(t)

	t.Run("OK", func(t *testing.T) {
		shots := screenshotDir(t)
		stdout, stderr, err := runNode(t, node, "graphiql.mjs", srv.URL+"/", shots)
		if err != nil {
			t.Fatalf("graphiql.mjs: got %v\n%s\nwant success (screenshots in %s)", err, stderr, shots)
		}
		var r graphiqlReport
		if err := json.Unmarshal([]byte(lastLine(stdout)), &r); err != nil {
			t.Fatalf("graphiql.mjs report: %v in %q (screenshots in %s)", err, stdout, shots)
		}
		checkGraphiQL(t, srv.URL, &r, shots)
	})

	// The bug this test was written for: the depth limit rejected
	// GraphiQL's introspection query, which left the page without a schema.
	// A server that refuses introspection must fail the browser run.
	t.Run("ErrIntrospectionRejected", func(t *testing.T) {
		bad := httptest.NewServer(refuseIntrospection(srv.Config.Handler))
		defer bad.Close()
		shots := screenshotDir(t)
		_, stderr, err := runNode(t, node, "graphiql.mjs", bad.URL+"/", shots)
		t.Logf("graphiql.mjs said: %s", strings.TrimSpace(stderr))
		if err == nil || !strings.Contains(stderr, "introspection") {
			t.Errorf("got %v with %q, want a failure naming the introspection query", err, stderr)
		}
		os.RemoveAll(shots)
	})

	// Without embedded assets the page is gqlgen's, which loads GraphiQL from
	// a public CDN: on a machine without internet that is a blank page.
	t.Run("ErrAssetsOffHost", func(t *testing.T) {
		mux := http.NewServeMux()
		mux.Handle("/query", srv.Config.Handler)
		mux.Handle("/", playground.Handler("Entente GraphiQL", "/query"))
		bad := httptest.NewServer(mux)
		defer bad.Close()
		shots := screenshotDir(t)
		_, stderr, err := runNode(t, node, "graphiql.mjs", bad.URL+"/", shots)
		t.Logf("graphiql.mjs said: %s", strings.TrimSpace(stderr))
		if err == nil || !strings.Contains(stderr, "requests left") {
			t.Errorf("got %v with %q, want a failure naming the requests that left the host", err, stderr)
		}
		os.RemoveAll(shots)
	})
}

// checkGraphiQL checks the report of a successful run against the seed.
func checkGraphiQL(t *testing.T, base string, r *graphiqlReport, shots string) {
	t.Helper()
	defer func() {
		if t.Failed() {
			t.Logf("screenshots of the run are in %s", shots)
		} else {
			os.RemoveAll(shots)
		}
	}()
	host := mustHost(t, base)
	assets := map[string]bool{}
	for _, req := range r.Requests {
		_, raw, _ := strings.Cut(req, " ")
		u, err := url.Parse(raw)
		if err != nil || u.Host != host {
			t.Errorf("request %q: got host %q, want %s (everything served by entente)", req, u.Host, host)
			continue
		}
		assets[u.Path] = true
	}
	for _, f := range []string{"graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"} {
		if !assets["/graphiql/assets/"+f] {
			t.Errorf("got no request for /graphiql/assets/%s, want the page to load it from entente", f)
		}
	}
	if len(r.OffHost) > 0 {
		t.Errorf("got requests off the test server %v, want none", r.OffHost)
	}
	for _, f := range []string{"timeline", "relationship", "search"} {
		if !slices.Contains(r.QueryFields, f) {
			t.Errorf("docs explorer lists Query fields %v, want %q among them", r.QueryFields, f)
		}
	}
	tl := r.Result.Data.Timeline
	if len(tl.Edges) < 3 {
		t.Fatalf("result pane: got %d accords, want the seed's 3", len(tl.Edges))
	}
	var topics []string
	for _, e := range tl.Edges {
		n := e.Node
		topics = append(topics, n.Topics...)
		if len(n.Evidence) == 0 || n.Evidence[0].Sentence == "" || n.Evidence[0].Article.Title == "" {
			t.Errorf("result pane: accord %q has evidence %+v, want a sentence and its article", n.Title, n.Evidence)
		}
	}
	all := strings.Join(topics, "; ")
	for _, want := range []string{"environmental protection", "postal service", "commercial flights"} {
		if !strings.Contains(all, want) {
			t.Errorf("result pane: got accord topics %q, want one on %q", all, want)
		}
	}
	// The pane draws only the lines in view; the first accord is in view.
	if first := tl.Edges[0].Node.Title; !strings.Contains(r.Visible, first) {
		t.Errorf("result pane shows %q, want the first accord %q in view", r.Visible, first)
	}
}

// refuseIntrospection answers introspection queries the way the depth limit
// did before it let them through, and passes everything else on.
func refuseIntrospection(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/query" && r.Method == http.MethodPost {
			body, _ := io.ReadAll(r.Body)
			if bytes.Contains(body, []byte("__schema")) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusUnprocessableEntity)
				_, _ = io.WriteString(w, `{"errors":[{"message":"query is nested 15 levels deep, more than the limit of 12: split it into several queries","extensions":{"code":"invalid"}}],"data":null}`)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		next.ServeHTTP(w, r)
	})
}

// screenshotDir makes a folder that outlives the test, for screenshots of
// a failure.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "entente-graphiql-shots-")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func mustHost(t *testing.T, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
