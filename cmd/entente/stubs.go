package main

// Stubs replaced by their owners' files; each command lives in its own file.

// ServeCmd serves the GraphQL API.
type ServeCmd struct{}

// LoadCmd loads articles into Neo4j.
type LoadCmd struct{}

// ExtractCmd prints extraction results.
type ExtractCmd struct{}

// EvalCmd scores the extractor against gold files.
type EvalCmd struct{}

// Neo4jCmd manages the local Neo4j.
type Neo4jCmd struct{}
