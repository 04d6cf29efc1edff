package graph_test

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// TestLayout keeps the dependencies pointing one way (STYLE.md): the domain
// imports nothing of the project, the pure extractor no adapter, the loader
// no store or API, the store no loader or API, the generated schema no
// hand-written resolver; only cmd/ wires everything together.
func TestLayout(t *testing.T) {
	const mod = "github.com/entente-dev/entente"
	cmd := exec.Command("go", "list", "-e", "-json=ImportPath,Imports", mod+"/...")
	cmd.Dir = ".."
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// forbidden[p] lists the project packages (by prefix) p must not import.
	forbidden := map[string][]string{
		"graph":                      {"/"},
		"loader/extract":             {"loader", "graph/neo4jstore", "schema", "resolvers", "neo4jlocal", "cmd"},
		"loader":                     {"graph/neo4jstore", "schema", "resolvers", "neo4jlocal", "cmd"},
		"graph/neo4jstore":           {"loader", "schema", "resolvers", "neo4jlocal", "cmd"},
		"graph/neo4jstore/neo4jtest": {"loader", "schema", "resolvers", "cmd"},
		"schema":                     {"resolvers", "loader", "graph/neo4jstore", "neo4jlocal", "cmd"},
		"resolvers":                  {"neo4jlocal", "cmd"},
		"neo4jlocal":                 {"loader", "graph/neo4jstore", "schema", "resolvers", "cmd"},
	}
	dec := json.NewDecoder(out)
	seen := 0
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		seen++
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, mod), "/")
		root, rules := rulesFor(rel, forbidden)
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, mod+"/") {
				continue
			}
			dep := strings.TrimPrefix(imp, mod+"/")
			if strings.HasPrefix(dep, rel+"/") || root != "" && strings.HasPrefix(dep, root+"/") {
				continue // own subpackages, and siblings under the same rule's root, are fine
			}
			for _, bad := range rules {
				if bad == "/" || dep == bad || strings.HasPrefix(dep, bad+"/") {
					t.Errorf("%s imports %s: dependencies must point the other way (see STYLE.md)", rel, dep)
				}
			}
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("go list: %v", err)
	}
	if seen < 5 {
		t.Fatalf("go list saw %d packages, want the whole module", seen)
	}
}

// rulesFor returns the longest package prefix that has rules, and its rules.
func rulesFor(rel string, forbidden map[string][]string) (string, []string) {
	best := ""
	for p := range forbidden {
		if (rel == p || strings.HasPrefix(rel, p+"/")) && len(p) > len(best) {
			best = p
		}
	}
	if best == "" {
		return "", nil
	}
	return best, forbidden[best]
}
