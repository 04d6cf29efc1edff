// Package resolvers is Entente's GraphQL edge: the thin resolvers gqlgen
// calls (*.resolvers.go, one file per SDL file), the per-request batch
// loaders that keep a page of events at a constant number of Cypher queries,
// the error presenter that turns graph.Error codes into extensions.code, and
// the HTTP handler: /query, GraphiQL at / with its assets served locally,
// and /healthz.
package resolvers
