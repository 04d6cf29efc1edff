package neo4jlocal

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/entente-dev/entente/graph"
)

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
// Another process may take it before it is used, so callers retry on a
// port-taken error (Run does).
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Run starts a throwaway Neo4j (data in a fresh temporary folder, jars shared
// from cfg.Home, cfg.Port or else a free port), runs cmd with
// NEO4J_URI=bolt://127.0.0.1:<port>, NEO4J_USERNAME, NEO4J_PASSWORD (both
// empty: no auth) and NEO4J_DATABASE=neo4j added to its environment, and
// always stops Neo4j and removes the temporary data afterwards, also when the
// command fails or ctx is cancelled (Ctrl-C). cfg.DataDir is ignored. It
// returns the command's error, if any.
func Run(ctx context.Context, cfg Config, cmd *exec.Cmd) error {
	if cmd == nil || cmd.Path == "" {
		return graph.Errorf(graph.EINVALID, "neo4j run: no command given; usage: entente neo4j run -- COMMAND [ARGS...]")
	}
	if cmd.Err != nil { // exec.Command records a failed PATH lookup here
		return &graph.Error{Code: graph.EINVALID, Field: cmd.Path, Message: "command not found", Err: cmd.Err}
	}
	tmp, err := os.MkdirTemp("", "entente-neo4j-*")
	if err != nil {
		return fmt.Errorf("create a temporary Neo4j folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	cfg.DataDir = tmp

	srv, err := startFree(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() {
		// ctx may be cancelled by now; stopping must still happen.
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		if err := srv.Stop(stopCtx); err != nil && cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "neo4j: %v\n", err)
		}
	}()

	if cmd.Env == nil {
		cmd.Env = os.Environ()
	}
	cmd.Env = append(cmd.Env,
		"NEO4J_URI="+srv.URI,
		"NEO4J_USERNAME=",
		"NEO4J_PASSWORD=",
		"NEO4J_DATABASE=neo4j",
	)
	if err := cmd.Start(); err != nil {
		return &graph.Error{Code: graph.EINVALID, Field: cmd.Path, Message: "cannot start the command", Err: err}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-ctx.Done():
		// A terminal Ctrl-C reached the command too (same process group);
		// give it time to finish its cleanup, then insist.
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case err = <-done:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			err = <-done
		}
		if err == nil {
			err = ctx.Err()
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %w", strings.Join(cmd.Args, " "), err)
	}
	return nil
}

// startFree starts a server on cfg.Port or, when it is zero, on a free port,
// trying another free port when one is taken in the meantime.
func startFree(ctx context.Context, cfg Config) (*Server, error) {
	fixed := cfg.Port != 0
	for attempt := 1; ; attempt++ {
		if !fixed {
			p, err := FreePort()
			if err != nil {
				return nil, err
			}
			cfg.Port = p
		}
		srv, err := Start(ctx, cfg)
		if err == nil || fixed || attempt == 3 || !portTaken(err) {
			return srv, err
		}
	}
}

func portTaken(err error) bool {
	var ge *graph.Error
	var ee *exec.ExitError
	return errors.As(err, &ge) && errors.As(err, &ee) && ee.ExitCode() == exitPortTaken
}
