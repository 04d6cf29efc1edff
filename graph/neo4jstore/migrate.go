package neo4jstore

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/entente-dev/entente/graph"
)

//go:embed migrations/*.cypher
var migrationFiles embed.FS

// Migration is one embedded schema migration: the file
// migrations/NNN_name.cypher, whose statements end with ";" at the end of a
// line and whose lines starting with "//" are comments.
type Migration struct {
	Version    int
	Name       string
	Statements []string
}

// Migrations returns the embedded migrations in version order. Errors:
// EINTERNAL for a misnamed file or duplicate version (a build defect).
func Migrations() ([]Migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	var ms []Migration
	for _, n := range names {
		base := strings.TrimSuffix(path.Base(n), ".cypher")
		num, name, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, graph.Errorf(graph.EINTERNAL, "migration file %s: want migrations/NNN_name.cypher", n)
		}
		b, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", n, err)
		}
		ms = append(ms, Migration{Version: v, Name: name, Statements: splitStatements(string(b))})
	}
	slices.SortFunc(ms, func(a, b Migration) int { return a.Version - b.Version })
	for i := 1; i < len(ms); i++ {
		if ms[i].Version == ms[i-1].Version {
			return nil, graph.Errorf(graph.EINTERNAL, "two migrations have version %d", ms[i].Version)
		}
	}
	return ms, nil
}

// splitStatements drops comment lines and splits on ";" at line ends.
func splitStatements(src string) []string {
	var stmts []string
	var cur strings.Builder
	for line := range strings.Lines(src) {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		cur.WriteString(t)
		if strings.HasSuffix(t, ";") {
			stmts = append(stmts, strings.TrimSuffix(strings.TrimSpace(cur.String()), ";"))
			cur.Reset()
		} else {
			cur.WriteByte(' ')
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		stmts = append(stmts, s)
	}
	return stmts
}

// Migrate applies the embedded schema migrations not yet recorded in the
// database, in version order, each statement in its own transaction (Neo4j
// does not mix schema and data changes in one), records each as a
// (:Migration {version}) node, and waits for the indexes to come online.
// Every statement is idempotent (IF NOT EXISTS), so a migration interrupted
// half-way is simply applied again. Errors: EUNAVAILABLE when Neo4j cannot be
// reached, EINTERNAL when a statement fails.
func (s *Store) Migrate(ctx context.Context) error {
	ms, err := Migrations()
	if err != nil {
		return err
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "MATCH (m:Migration) RETURN m.version AS version", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return s.unavailable("read applied migrations", err)
	}
	applied := make(map[int64]bool)
	for _, r := range res.Records {
		if v, ok := r.AsMap()["version"].(int64); ok {
			applied[v] = true
		}
	}
	for _, m := range ms {
		if applied[int64(m.Version)] {
			continue
		}
		for i, st := range m.Statements {
			if _, err := neo4j.ExecuteQuery(ctx, s.driver, st, nil, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
				return fmt.Errorf("migration %03d_%s statement %d (%.60s...): %w", m.Version, m.Name, i+1, st, err)
			}
		}
		if _, err := neo4j.ExecuteQuery(ctx, s.driver,
			"MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.appliedAt = datetime()",
			map[string]any{"version": m.Version, "name": m.Name}, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
			return fmt.Errorf("record migration %03d_%s: %w", m.Version, m.Name, err)
		}
		s.log.Info("applied migration", "version", m.Version, "name", m.Name)
	}
	if _, err := neo4j.ExecuteQuery(ctx, s.driver, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
		return fmt.Errorf("wait for indexes: %w", err)
	}
	return nil
}

// unavailable wraps a driver error: connectivity problems become
// EUNAVAILABLE, anything else stays an internal error with context.
func (s *Store) unavailable(what string, err error) error {
	if neo4j.IsConnectivityError(err) {
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: what + ": Neo4j cannot be reached: run `entente neo4j start` or check NEO4J_URI", Err: err}
	}
	return fmt.Errorf("%s: %w", what, err)
}
