package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

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

	// failAt, when set by this package's tests, makes SaveArticle fail after
	// the named step, to prove that a failed article writes nothing.
	failAt string
}

// retryEvery is how long Open waits between connection attempts while
// Neo4j boots.
const retryEvery = 250 * time.Millisecond

// Open connects to Neo4j and waits (until ctx ends) for it to answer.
// It does not migrate; call Migrate. Errors: EINVALID for a malformed URI,
// EUNAVAILABLE when Neo4j did not answer before ctx ended.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, &graph.Error{Code: graph.EINVALID, Field: "NEO4J_URI",
			Message: "no Neo4j URI: run `entente neo4j start` or set NEO4J_URI (e.g. bolt://127.0.0.1:7687)"}
	}
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	if cfg.MaxConnections <= 0 {
		cfg.MaxConnections = 50
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" || cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.MaxConnectionPoolSize = cfg.MaxConnections
		c.ConnectionAcquisitionTimeout = 5 * time.Second
		c.SocketConnectTimeout = 5 * time.Second
		c.MaxTransactionRetryTime = 30 * time.Second
	})
	if err != nil {
		return nil, &graph.Error{Code: graph.EINVALID, Field: "NEO4J_URI",
			Message: fmt.Sprintf("bad Neo4j URI %q: want bolt://host:port, neo4j://host:port or neo4j+s://host", cfg.URI), Err: err}
	}
	s := &Store{driver: drv, db: cfg.Database, log: cfg.Logger}
	var last error
	for attempt := 1; ; attempt++ {
		if last = drv.VerifyConnectivity(ctx); last == nil {
			break
		}
		if isAuthError(last) {
			return nil, errors.Join(&graph.Error{Code: graph.EUNAUTH, Field: "NEO4J_USERNAME",
				Message: fmt.Sprintf("Neo4j at %s refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD", cfg.URI), Err: last}, drv.Close(context.Background()))
		}
		cfg.Logger.Debug("waiting for Neo4j", "uri", cfg.URI, "attempt", attempt, "err", last)
		select {
		case <-ctx.Done():
			return nil, errors.Join(&graph.Error{Code: graph.EUNAVAILABLE, Field: "NEO4J_URI",
				Message: fmt.Sprintf("Neo4j at %s does not answer (%v): run `entente neo4j start` or set NEO4J_URI to a running Neo4j", cfg.URI, last),
				Err:     last}, drv.Close(context.Background()))
		case <-time.After(retryEvery):
		}
	}
	return s, nil
}

func isAuthError(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && (ne.Code == "Neo.ClientError.Security.Unauthorized" || ne.Code == "Neo.ClientError.Security.AuthenticationRateLimit")
}

// Driver returns the Neo4j driver, for the read queries of this package and
// for tests.
func (s *Store) Driver() neo4j.DriverWithContext { return s.driver }

// Database returns the name of the database every query runs against.
func (s *Store) Database() string { return s.db }

// Close releases the driver.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("close Neo4j driver: %w", err)
	}
	return nil
}

// Ping reports whether Neo4j answers. Errors: EUNAVAILABLE.
func (s *Store) Ping(ctx context.Context) error {
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "RETURN 1", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: "Neo4j does not answer: run `entente neo4j start` or check NEO4J_URI", Err: err}
	}
	return nil
}

// AwaitSearch waits until the full-text indexes, which are updated in the
// background after each write, reflect every committed write. Loads call it
// when they finish; tests call it before searching what they just wrote.
func (s *Store) AwaitSearch(ctx context.Context) error {
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return s.unavailable("wait for the full-text indexes", err)
	}
	return nil
}
