package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/neo4jlocal"
)

// openStore connects to Neo4j and applies the schema migrations. With
// --neo4j-uri (NEO4J_URI) it uses that server and starts nothing; otherwise it
// installs and starts the local managed Neo4j under --home if it is not
// running (it keeps running afterwards, like any local database server: stop
// it with `entente neo4j stop`). The returned func closes the connection.
func (g *Globals) openStore(ctx context.Context) (*neo4jstore.Store, func(), error) {
	cfg := neo4jstore.Config{
		URI:      g.URI,
		Username: g.Username,
		Password: g.Password,
		Database: g.Database,
		Logger:   storeLogger(g.LogLevel),
	}
	if cfg.URI == "" {
		srv, err := neo4jlocal.Start(ctx, g.localNeo4j(neo4jTools{}, neo4jMemory{}, 0))
		if err != nil {
			return nil, nil, err
		}
		if !srv.Reused {
			fmt.Fprintf(os.Stderr, "entente: started the local Neo4j on %s (pid %d); it keeps running: `entente neo4j stop` stops it\n", srv.URI, srv.PID)
		}
		// The managed instance runs without auth and has one user database.
		cfg.URI, cfg.Username, cfg.Password, cfg.Database = srv.URI, "", "", "neo4j"
	}
	store, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	closeStore := func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := store.Close(ctx); err != nil {
			cfg.Logger.Warn("close Neo4j connection", "err", err)
		}
	}
	if err := store.Migrate(ctx); err != nil {
		closeStore()
		return nil, nil, fmt.Errorf("migrate the Neo4j schema at %s: %w", cfg.URI, err)
	}
	return store, closeStore, nil
}

// storeLogger logs to stderr at the --log-level.
func storeLogger(level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l}))
}
