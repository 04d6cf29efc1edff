package neo4jlocal_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"

	"github.com/entente-dev/entente/neo4jlocal"
)

// Run gives a command a throwaway Neo4j: the command finds it through
// NEO4J_URI, and its data is gone when Run returns.
func ExampleRun() {
	cmd := exec.Command("go", "test", "./...")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	err := neo4jlocal.Run(context.Background(), neo4jlocal.Config{Home: ".entente", Log: os.Stderr}, cmd)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}

// Start leaves a persistent Neo4j running in the background (data under
// Home) until Stop; a second Start returns the running one.
func ExampleStart() {
	ctx := context.Background()
	cfg := neo4jlocal.Config{Home: ".entente", Port: 7687}
	srv, err := neo4jlocal.Start(ctx, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println("Neo4j on", srv.URI)
	defer neo4jlocal.Stop(ctx, cfg)
}
