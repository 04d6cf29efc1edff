package neo4jstore_test

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/graph/neo4jstore"
)

func TestOpen(t *testing.T) {
	t.Run("ErrUnavailable", func(t *testing.T) {
		// A port nobody listens on: take a free one and close it.
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		uri := "bolt://" + l.Addr().String()
		l.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 600*time.Millisecond)
		defer cancel()
		_, err = neo4jstore.Open(ctx, neo4jstore.Config{URI: uri})
		if graph.ErrorCode(err) != graph.EUNAVAILABLE {
			t.Fatalf("got %v (code %q), want code %s", err, graph.ErrorCode(err), graph.EUNAVAILABLE)
		}
		if msg := graph.ErrorMessage(err); !strings.Contains(msg, uri) || !strings.Contains(msg, "entente neo4j start") {
			t.Errorf("got message %q, want it to name %s and suggest `entente neo4j start`", msg, uri)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, uri := range []string{"", "ftp://x"} {
			_, err := neo4jstore.Open(context.Background(), neo4jstore.Config{URI: uri})
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("Open(%q): got %v, want code %s", uri, err, graph.EINVALID)
			}
		}
	})
}

func TestMigrations(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		ms, err := neo4jstore.Migrations()
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) < 2 || ms[0].Version != 1 {
			t.Fatalf("got %d migrations starting at %v, want 001 and more", len(ms), ms)
		}
		for i, m := range ms {
			if i > 0 && m.Version <= ms[i-1].Version {
				t.Errorf("got version %d after %d, want increasing versions", m.Version, ms[i-1].Version)
			}
			for _, st := range m.Statements {
				if strings.TrimSpace(st) == "" || strings.Contains(st, ";") || strings.Contains(st, "//") {
					t.Errorf("migration %d: got statement %q, want one statement without comments", m.Version, st)
				}
				if strings.HasPrefix(st, "CREATE") && !strings.Contains(st, "IF NOT EXISTS") {
					t.Errorf("migration %d: got %q, want IF NOT EXISTS so re-running is harmless", m.Version, st)
				}
			}
		}
	})
}
