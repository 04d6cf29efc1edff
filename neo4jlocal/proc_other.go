//go:build !unix

package neo4jlocal

import (
	"context"
	"os/exec"
	"syscall"

	"github.com/entente-dev/entente/graph"
)

var errUnsupported = graph.Errorf(graph.EUNAVAILABLE, "the local managed Neo4j needs a Unix-like system (process groups, signals); set NEO4J_URI to use an existing Neo4j instead")

func lock(context.Context, string) (func(), error) { return nil, errUnsupported }
func detach(*exec.Cmd)                             {}
func signalGroup(int, syscall.Signal) error        { return errUnsupported }
func alive(int) bool                               { return false }
func isLauncher(int, string) bool                  { return false }
