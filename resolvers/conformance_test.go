package resolvers_test

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph/neo4jstore/neo4jtest"
	"github.com/entente-dev/entente/resolvers"
)

// auditResult is one audit of graphql-http's suite, as e2e/audit.mjs
// prints it.
type auditResult struct {
	ID, Name, Status, Reason string
}

// TestGraphQLOverHTTPAudit runs graphql-http's GraphQL-over-HTTP audit
// suite against the real handler over the real Neo4j: any error (a MUST of
// the spec broken) fails; warnings (SHOULDs) and notices (MAYs) are logged
// with their reasons, and the counts are reported.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	node := needE2E(t, false, "graphql-http", "graphql")
	srv := httptest.NewServer(resolvers.NewHandler(resolvers.Config{Store: neo4jtest.Store(t)}))
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
