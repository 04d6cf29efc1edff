// Package schema is Entente's GraphQL schema: the SDL files (*.graphqls, one
// noun per file) and the executable schema and models gqlgen generates from
// them (generated.go, models_gen.go), plus the Date scalar's marshalling.
//
// Regenerate after editing the SDL or gqlgen.yml with
//
//	go tool gqlgen generate
//
// The generated files are committed; CI regenerates and checks that
// nothing changed.
package schema
