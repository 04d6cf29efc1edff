// Command entente loads news articles into a bilateral-relations knowledge
// graph in Neo4j and serves it over GraphQL.
//
// Run `entente --help` for the commands and the configuration table.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/alecthomas/kong"

	"github.com/entente-dev/entente/graph"
)

// CLI is the command line: global Neo4j settings and one field per command.
type CLI struct {
	Globals

	Serve   ServeCmd   `cmd:"" help:"Serve the GraphQL API (/query) and GraphiQL (/)."`
	Load    LoadCmd    `cmd:"" help:"Load articles (files, directories, globs, URLs, - for stdin) into Neo4j."`
	Extract ExtractCmd `cmd:"" help:"Print what the extractor finds in articles, without touching Neo4j."`
	Eval    EvalCmd    `cmd:"" help:"Score the extractor against gold annotations."`
	Neo4j   Neo4jCmd   `cmd:"" name:"neo4j" help:"Manage the local embedded Neo4j (start, stop, status, install, run)."`
}

// Globals are settings every command shares. Only package main reads the
// environment; libraries get explicit configuration.
type Globals struct {
	URI      string `name:"neo4j-uri" env:"NEO4J_URI" help:"Bolt URI of an existing Neo4j (neo4j://, neo4j+s://, bolt://). Empty: start and use the local managed Neo4j."`
	Username string `name:"neo4j-username" env:"NEO4J_USERNAME,NEO4J_USER" default:"neo4j" help:"Neo4j user name."`
	Password string `name:"neo4j-password" env:"NEO4J_PASSWORD" help:"Neo4j password."`
	Database string `name:"neo4j-database" env:"NEO4J_DATABASE" default:"neo4j" help:"Neo4j database name."`
	Home     string `name:"home" env:"ENTENTE_HOME" default:".entente" help:"Folder of the local managed Neo4j (jars, data, logs)."`
	LogLevel string `name:"log-level" env:"ENTENTE_LOG_LEVEL" default:"info" enum:"debug,info,warn,error" help:"Log level (debug, info, warn, error)."`
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var cli CLI
	k := kong.Parse(&cli,
		kong.Name("entente"),
		kong.Description("Entente: a bilateral-relations timeline and knowledge graph."),
		kong.UsageOnError(),
		kong.BindTo(ctx, (*context.Context)(nil)),
	)
	err := k.Run(&cli.Globals)
	if err != nil {
		fmt.Fprintln(os.Stderr, "entente:", graph.ErrorMessageOrDetail(err))
		os.Exit(1)
	}
}
