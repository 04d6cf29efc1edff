package resolvers

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/entente-dev/entente/graph/neo4jstore"
	"github.com/entente-dev/entente/schema"
)

// Config configures the GraphQL server. Zero limits take the defaults.
type Config struct {
	Store      *neo4jstore.Store // required
	Load       LoadFunc          // loads submitted articles; nil disables loadArticles
	APIToken   string            // required by loadArticles; empty disables it
	Logger     *slog.Logger      // nil: slog.Default()
	Complexity int               // most complexity points per operation; default 20000
	Depth      int               // deepest selection nesting; default 12
	MaxBody    int64             // largest request body in bytes; default 4 MiB
	Tokens     int               // most tokens per query document; default 10000
	BatchWait  time.Duration     // how long dataloaders gather keys before querying; default 5ms
}

func (c *Config) defaults() {
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Complexity == 0 {
		c.Complexity = 20000
	}
	if c.Depth == 0 {
		c.Depth = 12
	}
	if c.MaxBody == 0 {
		c.MaxBody = 4 << 20
	}
	if c.Tokens == 0 {
		c.Tokens = 10000
	}
	if c.BatchWait == 0 {
		c.BatchWait = defaultBatchWait
	}
}

// NewGraphQL returns the GraphQL handler with explicit transports, caches
// and limits. It expects the loaders and auth middleware NewHandler adds.
func NewGraphQL(cfg Config) *handler.Server {
	cfg.defaults()
	r := &Resolver{store: cfg.Store, load: cfg.Load, apiToken: cfg.APIToken, log: cfg.Logger}
	srv := handler.New(schema.NewExecutableSchema(schema.Config{Resolvers: r, Complexity: complexity()}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(depthLimit{max: cfg.Depth})
	srv.Use(extension.FixedComplexityLimit(cfg.Complexity))
	srv.SetErrorPresenter(presentError(cfg.Logger))
	srv.SetRecoverFunc(recoverPanic(cfg.Logger))
	srv.SetParserTokenLimit(cfg.Tokens)
	return srv
}

// NewHandler returns the whole HTTP API: GraphQL at /query, GraphiQL at /
// (its assets under /graphiql/assets/), and /healthz.
func NewHandler(cfg Config) http.Handler {
	cfg.defaults()
	gql := NewGraphQL(cfg)
	mux := http.NewServeMux()
	mux.Handle("/query", http.MaxBytesHandler(withAuth(cfg.APIToken, withLoaders(cfg.Store, cfg.BatchWait, countQueries(cfg.Logger, gql))), cfg.MaxBody))
	mux.Handle("GET /graphiql/assets/", http.StripPrefix("/graphiql/assets/", graphiqlAssets()))
	mux.Handle("GET /{$}", graphiqlPage(cfg.Logger, "/query"))
	mux.Handle("GET /healthz", healthz(cfg.Store))
	return mux
}

// countQueries counts the Cypher queries of each request (unless the caller
// already counts them) and logs the number at debug level.
func countQueries(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		c := neo4jstore.QueryCounterFrom(ctx)
		if c == nil {
			c = &neo4jstore.QueryCounter{}
			ctx = neo4jstore.WithQueryCounter(ctx, c)
		}
		start := time.Now()
		next.ServeHTTP(w, r.WithContext(ctx))
		log.DebugContext(ctx, "graphql request", "cypherQueries", c.Count(), "took", time.Since(start))
	})
}

// healthz answers 200 when Neo4j answers, 503 otherwise, as JSON.
func healthz(s *neo4jstore.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		body := map[string]string{"status": "ok", "neo4j": "ok"}
		code := http.StatusOK
		if err := s.Ping(ctx); err != nil {
			code = http.StatusServiceUnavailable
			body = map[string]string{"status": "unavailable", "neo4j": err.Error()}
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(body)
	})
}
