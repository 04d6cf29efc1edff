// Package graph holds Entente's knowledge-graph domain: countries, agencies,
// events (meetings, accords, changes of diplomatic relations), articles, the
// evidence that ties every fact to an article sentence, partial-precision
// dates, and the error type shared by every layer.
//
// It imports nothing else of the project and no database driver, so the
// extractor, the loader, the Neo4j adapter and the GraphQL resolvers can all
// speak its types without depending on each other.
package graph
