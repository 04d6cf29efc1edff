package resolvers

import (
	"log/slog"
	"time"

	"github.com/entente-dev/entente/graph/neo4jstore"
)

// Resolver is the root of the GraphQL resolvers: the store to read, the
// loader for the mutation, the logger, and how long dataloaders made
// outside the HTTP handler gather keys. Per-request state (dataloaders,
// the query counter) lives in the request context, so one Resolver serves
// every request.
type Resolver struct {
	store     *neo4jstore.Store
	load      LoadFunc
	apiToken  string
	log       *slog.Logger
	batchWait time.Duration
}
