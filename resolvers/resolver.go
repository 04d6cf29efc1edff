package resolvers

import (
	"log/slog"

	"github.com/entente-dev/entente/graph/neo4jstore"
)

// Resolver is the root of the GraphQL resolvers: the store to read, the
// loader for the mutation, and the logger. Per-request state (dataloaders,
// the query counter) lives in the request context, so one Resolver serves
// every request.
type Resolver struct {
	store    *neo4jstore.Store
	load     LoadFunc
	apiToken string
	log      *slog.Logger
}
