package main

// Neo4jCmd is a placeholder until its owner lands the real command.
type Neo4jCmd struct{}
