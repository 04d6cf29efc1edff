// Package neo4jtest gives integration tests of every package a migrated,
// empty Neo4j store. It connects to the server named by NEO4J_URI (with
// NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE), which `make test` and
// .ci/run start as a throwaway instance; it never mocks Neo4j.
//
// Since `go test ./...` runs packages in parallel processes against one
// database, Store holds a cross-process file lock for the whole test and
// wipes the data when it starts, so each test sees a clean graph.
package neo4jtest
