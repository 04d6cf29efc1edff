package neo4jtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/entente-dev/entente/graph/neo4jstore"
)

// NeedNeo4j is the message of a test that runs without a Neo4j to talk to.
const NeedNeo4j = "integration test needs Neo4j: run `make test` (starts a throwaway Neo4j) or set NEO4J_URI"

// Config returns the store configuration the environment names, and whether
// NEO4J_URI is set at all.
func Config() (neo4jstore.Config, bool) {
	uri := os.Getenv("NEO4J_URI")
	user := os.Getenv("NEO4J_USERNAME")
	if user == "" {
		user = os.Getenv("NEO4J_USER")
	}
	return neo4jstore.Config{
		URI:            uri,
		Username:       user,
		Password:       os.Getenv("NEO4J_PASSWORD"),
		Database:       os.Getenv("NEO4J_DATABASE"),
		MaxConnections: 10,
	}, uri != ""
}

// Store returns a migrated store on an empty graph (Migration nodes kept),
// held exclusively by t until it ends. Without NEO4J_URI the test fails with
// NeedNeo4j, or is skipped under -short.
func Store(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg, ok := Config()
	if !ok {
		if testing.Short() {
			t.Skip(NeedNeo4j)
		}
		t.Fatal(NeedNeo4j)
	}
	lock(t, cfg.URI+"|"+cfg.Database)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	st, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open Neo4j at %s: %v", cfg.URI, err)
	}
	t.Cleanup(func() {
		if err := st.Close(context.Background()); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	if err := st.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	Wipe(t, st)
	return st
}

// Wipe deletes every node except the migration records.
func Wipe(t testing.TB, st *neo4jstore.Store) {
	t.Helper()
	Query(t, st, "MATCH (n) WHERE NOT n:Migration DETACH DELETE n", nil)
}

// Query runs one Cypher statement on the store's database and returns its
// records as maps; an error fails t.
func Query(t testing.TB, st *neo4jstore.Store, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), st.Driver(), cypher, params,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(st.Database()))
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	out := make([]map[string]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.AsMap()
	}
	return out
}

// lock takes an exclusive flock on a file named after the server, released
// when t ends (and by the kernel if the process dies).
func lock(t testing.TB, server string) {
	t.Helper()
	h := sha256.Sum256([]byte(server))
	path := filepath.Join(os.TempDir(), "entente-neo4jtest-"+hex.EncodeToString(h[:8])+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("open lock file %s: %v", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("lock %s: %v", path, err)
	}
	t.Cleanup(func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}

// Counts returns the number of nodes and relationships in the graph.
func Counts(t testing.TB, st *neo4jstore.Store) (nodes, rels int64) {
	t.Helper()
	r := Query(t, st, "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels", nil)[0]
	return r["nodes"].(int64), r["rels"].(int64)
}
