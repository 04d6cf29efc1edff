package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

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
// and limits. It expects the loaders and auth middleware NewHandler adds
// (without the loaders, each resolver makes its own, so nothing is
// batched). Its requestShape extension only marks malformed requests for
// the requestErrors wrapper NewHandler adds, and does nothing without it.
func NewGraphQL(cfg Config) *handler.Server {
	cfg.defaults()
	r := newResolver(cfg)
	srv := handler.New(schema.NewExecutableSchema(schema.Config{Resolvers: r, Complexity: complexity()}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(requestShape{}) // before the persisted-query cache fills in queries
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(depthLimit{max: cfg.Depth})
	srv.Use(extension.FixedComplexityLimit(cfg.Complexity))
	srv.SetErrorPresenter(presentError(cfg.Logger))
	srv.SetRecoverFunc(recoverPanic(cfg.Logger))
	srv.SetParserTokenLimit(cfg.Tokens)
	return srv
}

// newResolver returns the root resolver of cfg, its defaults applied.
func newResolver(cfg Config) *Resolver {
	cfg.defaults()
	return &Resolver{store: cfg.Store, load: cfg.Load, apiToken: cfg.APIToken, log: cfg.Logger, batchWait: cfg.BatchWait}
}

// NewHandler returns the whole HTTP API: GraphQL at /query, GraphiQL at /
// (its assets under /graphiql/assets/), and /healthz.
func NewHandler(cfg Config) http.Handler {
	cfg.defaults()
	gql := NewGraphQL(cfg)
	mux := http.NewServeMux()
	mux.Handle("/query", http.MaxBytesHandler(withAuth(cfg.APIToken, withLoaders(cfg.Store, cfg.BatchWait, countQueries(cfg.Logger, requestErrors(gql)))), cfg.MaxBody))
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

// requestErrors makes gqlgen's answers to request errors (a body, document
// or variables that stop the request before it runs) follow the
// GraphQL-over-HTTP spec, as graphql-http's audit checks them
// (resolvers/conformance_test.go):
//   - with Content-Type application/json the status is 200, where gqlgen
//     sends 422 (the spec keeps 200 for that legacy type so that clients
//     read the errors; application/graphql-response+json keeps gqlgen's
//     400), except for requests that are not GraphQL-over-HTTP requests at
//     all (no query and no persisted-query hash), which get 400;
//   - the body has no data entry, where gqlgen sends "data": null (a
//     request error means nothing ran, which null would deny).
//
// Only error answers (gqlgen's 4xx) are held back and rewritten; answers of
// requests that ran stream through untouched.
//
// Whether a request was well formed is told by the requestShape extension
// from the parameters gqlgen decoded, so the body is read once, by gqlgen.
func requestErrors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rw := &requestErrorWriter{ResponseWriter: w}
		next.ServeHTTP(rw, r.WithContext(context.WithValue(r.Context(), malformedKey{}, &rw.malformed)))
		if rw.code == http.StatusOK && rw.malformed {
			rw.code = http.StatusBadRequest
		}
		rw.flush()
	})
}

type malformedKey struct{}

// requestShape marks a request with neither a query nor a persisted-query
// hash, less than the spec asks of a GraphQL-over-HTTP request, for
// requestErrors. It must run before the persisted-query extension fills in
// the query from its cache.
type requestShape struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = requestShape{}

// ExtensionName names the extension in gqlgen's list.
func (requestShape) ExtensionName() string { return "RequestShape" }

// Validate accepts any schema.
func (requestShape) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters records a request without query or hash; it
// changes nothing.
func (requestShape) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if m, ok := ctx.Value(malformedKey{}).(*bool); ok {
		_, hash := p.Extensions["persistedQuery"]
		*m = p.Query == "" && !hash
	}
	return nil
}

// requestErrorWriter holds back a 4xx JSON answer to rewrite it in flush.
type requestErrorWriter struct {
	http.ResponseWriter
	wrote     bool          // WriteHeader was called
	code      int           // the status to send for the held answer
	held      *bytes.Buffer // the held answer's body; nil when passing through
	malformed bool          // set by requestShape: no query and no hash
}

// WriteHeader holds back 4xx JSON answers and passes the rest on.
func (w *requestErrorWriter) WriteHeader(code int) {
	if w.wrote {
		return
	}
	w.wrote = true
	media, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
	if code < 400 || code >= 500 || (media != "application/json" && media != "application/graphql-response+json") {
		w.ResponseWriter.WriteHeader(code)
		return
	}
	if code == http.StatusUnprocessableEntity && media == "application/json" {
		code = http.StatusOK
	}
	w.code, w.held = code, &bytes.Buffer{}
}

// Write holds the body of a held answer and passes the rest on.
func (w *requestErrorWriter) Write(p []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	if w.held != nil {
		return w.held.Write(p)
	}
	return w.ResponseWriter.Write(p)
}

// Unwrap gives http.ResponseController the writer underneath.
func (w *requestErrorWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// flush sends a held answer without its null data entry.
func (w *requestErrorWriter) flush() {
	if w.held == nil {
		return
	}
	body := withoutNullData(w.held.Bytes())
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.ResponseWriter.WriteHeader(w.code)
	_, _ = w.ResponseWriter.Write(body)
}

// withoutNullData drops a null data entry from a GraphQL response of
// errors (an errors entry, and no entries but data and extensions); any
// other body comes back unchanged. One decode into a map: the entries left
// are encoded in sorted order, errors then extensions, the order gqlgen
// writes them in.
func withoutNullData(body []byte) []byte {
	var resp map[string]json.RawMessage
	if json.Unmarshal(body, &resp) != nil || len(resp["errors"]) == 0 {
		return body
	}
	for k, v := range resp {
		if (k == "data" && string(v) != "null") || (k != "errors" && k != "data" && k != "extensions") {
			return body
		}
	}
	delete(resp, "data")
	out, err := json.Marshal(resp)
	if err != nil {
		return body
	}
	return out
}
