package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/neo4jlocal"
)

// Neo4jCmd manages the local embedded Neo4j under --home (jars, data, logs).
type Neo4jCmd struct {
	Install Neo4jInstallCmd `cmd:"" help:"Fetch Neo4j's jars with Maven and compile the launcher (once; later calls are no-ops)."`
	Start   Neo4jStartCmd   `cmd:"" help:"Start the local Neo4j in the background and wait until it is ready."`
	Stop    Neo4jStopCmd    `cmd:"" help:"Stop the local Neo4j (SIGTERM, SIGKILL after a grace period)."`
	Status  Neo4jStatusCmd  `cmd:"" help:"Say whether the local Neo4j runs: pid, URI, data size."`
	Run     Neo4jRunCmd     `cmd:"" help:"Run a command against a throwaway Neo4j (temporary data, free port, NEO4J_URI set), then stop it and delete its data."`
}

// neo4jTools are the flags that locate Java and Maven.
type neo4jTools struct {
	Java  string `name:"java" env:"ENTENTE_JAVA" default:"java" help:"Java 17+ executable that runs Neo4j (javac is taken from beside it)."`
	Maven string `name:"mvn" env:"ENTENTE_MVN" default:"mvn" help:"Maven executable that fetches Neo4j's jars."`
}

// neo4jMemory are the flags that size the JVM.
type neo4jMemory struct {
	Heap      int `name:"heap" env:"ENTENTE_NEO4J_HEAP" default:"1024" help:"JVM heap of Neo4j in MiB."`
	PageCache int `name:"pagecache" env:"ENTENTE_NEO4J_PAGECACHE" default:"512" help:"Neo4j page cache in MiB."`
}

// Neo4jInstallCmd is `entente neo4j install`.
type Neo4jInstallCmd struct {
	neo4jTools `embed:""`
}

// Run fetches the jars and compiles the launcher.
func (c *Neo4jInstallCmd) Run(ctx context.Context, g *Globals) error {
	cfg := g.localNeo4j(c.neo4jTools, neo4jMemory{}, 0)
	if err := neo4jlocal.Install(ctx, cfg); err != nil {
		return err
	}
	fmt.Printf("Neo4j is installed in %s\n", g.Home)
	return nil
}

// Neo4jStartCmd is `entente neo4j start`.
type Neo4jStartCmd struct {
	neo4jTools  `embed:""`
	neo4jMemory `embed:""`
	Port        int `name:"port" env:"ENTENTE_NEO4J_PORT" default:"7687" help:"Bolt port on 127.0.0.1."`
}

// Run starts the local Neo4j, or reports the one already running.
func (c *Neo4jStartCmd) Run(ctx context.Context, g *Globals) error {
	srv, err := neo4jlocal.Start(ctx, g.localNeo4j(c.neo4jTools, c.neo4jMemory, c.Port))
	if err != nil {
		return err
	}
	if srv.Reused {
		fmt.Printf("Neo4j already runs on %s (pid %d)\n", srv.URI, srv.PID)
	} else {
		fmt.Printf("Neo4j runs on %s (pid %d, data %s); stop it with `entente neo4j stop`\n", srv.URI, srv.PID, srv.DataDir)
	}
	return nil
}

// Neo4jStopCmd is `entente neo4j stop`.
type Neo4jStopCmd struct{}

// Run stops the local Neo4j if it runs.
func (c *Neo4jStopCmd) Run(ctx context.Context, g *Globals) error {
	cfg := g.localNeo4j(neo4jTools{}, neo4jMemory{}, 0)
	st, err := neo4jlocal.StatusOf(cfg)
	if err != nil {
		return err
	}
	if !st.Running {
		fmt.Println("Neo4j is not running")
		return nil
	}
	if err := neo4jlocal.Stop(ctx, cfg); err != nil {
		return err
	}
	fmt.Printf("Neo4j stopped (pid %d)\n", st.PID)
	return nil
}

// Neo4jStatusCmd is `entente neo4j status`.
type Neo4jStatusCmd struct{}

// Run prints the state of the local Neo4j.
func (c *Neo4jStatusCmd) Run(ctx context.Context, g *Globals) error {
	st, err := neo4jlocal.StatusOf(g.localNeo4j(neo4jTools{}, neo4jMemory{}, 0))
	if err != nil {
		return err
	}
	state := "stopped"
	switch {
	case st.Running && st.Ready:
		state = "running"
	case st.Running:
		state = "starting (Bolt port not answering yet)"
	}
	fmt.Printf("state:     %s\n", state)
	if st.Running {
		fmt.Printf("pid:       %d\n", st.PID)
		fmt.Printf("uri:       %s\n", st.URI)
	}
	fmt.Printf("installed: %t\n", st.Installed)
	fmt.Printf("data dir:  %s (%s)\n", st.DataDir, humanBytes(st.DataBytes))
	fmt.Printf("log:       %s\n", st.LogFile)
	return nil
}

// Neo4jRunCmd is `entente neo4j run -- CMD ARGS...`.
type Neo4jRunCmd struct {
	neo4jTools  `embed:""`
	neo4jMemory `embed:""`
	Port        int      `name:"port" default:"0" help:"Bolt port of the throwaway Neo4j; 0 picks a free one."`
	Command     []string `arg:"" passthrough:"partial" name:"command" help:"The command to run, after --."`
}

// Run runs the command against a throwaway Neo4j.
func (c *Neo4jRunCmd) Run(ctx context.Context, g *Globals) error {
	args := c.Command
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		return graph.Errorf(graph.EINVALID, "neo4j run: no command given; usage: entente neo4j run -- COMMAND [ARGS...]")
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := neo4jlocal.Run(ctx, g.localNeo4j(c.neo4jTools, c.neo4jMemory, c.Port), cmd)
	// Like env or time, exit with the command's own status (Neo4j is already
	// stopped and its data removed when Run returns), so make and CI see it.
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() > 0 {
		fmt.Fprintf(os.Stderr, "entente: %s: exit status %d\n", strings.Join(args, " "), ee.ExitCode())
		os.Exit(ee.ExitCode())
	}
	return err
}

// localNeo4j maps the global and command flags to the local Neo4j's config.
// Progress lines go to stderr so stdout stays clean for the command's output.
func (g *Globals) localNeo4j(t neo4jTools, m neo4jMemory, port int) neo4jlocal.Config {
	return neo4jlocal.Config{
		Home:        g.Home,
		Port:        port,
		HeapMB:      m.Heap,
		PageCacheMB: m.PageCache,
		Java:        t.Java,
		Maven:       t.Maven,
		Log:         os.Stderr,
	}
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
