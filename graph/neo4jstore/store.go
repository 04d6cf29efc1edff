package neo4jstore

import (
	"context"
	"log/slog"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/entente-dev/entente/graph"
)

// Config says how to reach Neo4j. Only package main reads the environment.
type Config struct {
	URI            string // bolt://, neo4j://, neo4j+s://, ...
	Username       string // empty with an empty Password: no auth
	Password       string
	Database       string // default "neo4j"
	MaxConnections int    // pool size; default 50
	Logger         *slog.Logger
}

// Store is a connection to Neo4j with Entente's reads and writes.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	log    *slog.Logger
}

// Open connects to Neo4j and waits (until ctx ends) for it to answer.
// It does not migrate; call Migrate.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	panic("TODO(neo4jstore)")
}

// Close releases the driver.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping reports whether Neo4j answers.
func (s *Store) Ping(ctx context.Context) error { panic("TODO(neo4jstore)") }

// Migrate applies the embedded schema migrations not yet recorded in the database.
func (s *Store) Migrate(ctx context.Context) error { panic("TODO(neo4jstore)") }

// SaveArticle writes one article's facts in one transaction, resolving its
// events against those already stored. Writing the same facts twice changes
// nothing.
func (s *Store) SaveArticle(ctx context.Context, f *graph.ArticleFacts) (graph.SaveResult, error) {
	panic("TODO(neo4jstore)")
}
