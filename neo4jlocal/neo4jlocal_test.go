package neo4jlocal

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/entente-dev/entente/graph"
)

func TestParseJavaMajor(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for out, want := range map[string]int{
			`openjdk version "17.0.15" 2025-04-15`:                        17,
			"openjdk version \"25\" 2025-09-16\nOpenJDK Runtime ...":      25,
			`java version "1.8.0_292"`:                                    8,
			`openjdk version "21.0.2-ea" 2024-01-16`:                      21,
			"Picked up JAVA_TOOL_OPTIONS: -Xss4m\nopenjdk version \"11\"": 11,
		} {
			if got, ok := parseJavaMajor(out); !ok || got != want {
				t.Errorf("parseJavaMajor(%q): got %d, %t, want %d, true", out, got, ok, want)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, out := range []string{"", "bash: java: command not found", `version "x"`, `version "0.1"`} {
			if got, ok := parseJavaMajor(out); ok {
				t.Errorf("parseJavaMajor(%q): got %d, true, want false", out, got)
			}
		}
	})
}

func FuzzParseJavaMajor(f *testing.F) {
	f.Add(`openjdk version "17.0.15" 2025-04-15`)
	f.Add(`java version "1.8.0_292"`)
	f.Add(`version "1."`)
	f.Fuzz(func(t *testing.T, out string) {
		if major, ok := parseJavaMajor(out); ok && major <= 0 {
			t.Errorf("parseJavaMajor(%q): got %d, true, want a positive major", out, major)
		}
	})
}

func TestParsePID(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		got, err := parsePID([]byte(`{"pid":4242,"port":7687,"started":"2026-11-27T10:00:00Z"}`))
		if err != nil {
			t.Fatal(err)
		}
		if got.PID != 4242 || got.Port != 7687 || got.URI != "bolt://127.0.0.1:7687" {
			t.Errorf("got %+v, want pid 4242, port 7687, uri bolt://127.0.0.1:7687", got)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, raw := range []string{"", "4242", `{"pid":0,"port":7687}`, `{"pid":1,"port":7687}`, `{"pid":42,"port":70000}`} {
			if got, err := parsePID([]byte(raw)); err == nil {
				t.Errorf("parsePID(%q): got %+v, nil, want an error", raw, got)
			}
		}
	})
}

func FuzzParsePID(f *testing.F) {
	f.Add([]byte(`{"pid":4242,"port":7687,"uri":"bolt://127.0.0.1:7687","started":"2026-11-27T10:00:00Z"}`))
	f.Add([]byte(`{"pid":-1}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		info, err := parsePID(raw)
		if err == nil && (info.PID <= 1 || info.Port < 1 || info.Port > 65535 || info.URI == "") {
			t.Errorf("parsePID(%q): got %+v, nil, want valid values or an error", raw, info)
		}
	})
}

func TestConfigDefaults(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		cfg, err := Config{Home: "rel/home", Java: "/opt/jdk/bin/java"}.withDefaults()
		if err != nil {
			t.Fatal(err)
		}
		if !filepath.IsAbs(cfg.Home) || cfg.DataDir != cfg.Home {
			t.Errorf("got Home %q, DataDir %q, want an absolute Home and DataDir = Home", cfg.Home, cfg.DataDir)
		}
		if cfg.Port != DefaultPort || cfg.HeapMB != DefaultHeapMB || cfg.PageCacheMB != DefaultPageCacheMB {
			t.Errorf("got port %d, heap %d, pagecache %d, want the defaults", cfg.Port, cfg.HeapMB, cfg.PageCacheMB)
		}
		if cfg.Javac != "/opt/jdk/bin/javac" {
			t.Errorf("got Javac %q, want the javac beside Java", cfg.Javac)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, cfg := range []Config{{}, {Home: "h", Port: 70000}, {Home: "h", HeapMB: 1}} {
			if _, err := cfg.withDefaults(); graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("withDefaults(%+v): got %v, want an %s error", cfg, err, graph.EINVALID)
			}
		}
	})
}

func TestFreePort(t *testing.T) {
	p, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	if p <= 0 || p > 65535 {
		t.Errorf("got port %d, want 1-65535", p)
	}
}

func TestInstall(t *testing.T) {
	t.Run("ErrUnavailableJava", func(t *testing.T) {
		err := Install(context.Background(), Config{Home: t.TempDir(), Java: filepath.Join(t.TempDir(), "no-java")})
		if graph.ErrorCode(err) != graph.EUNAVAILABLE || !strings.Contains(graph.ErrorMessage(err), "install") {
			t.Errorf("got %v, want an %s error that says what to install", err, graph.EUNAVAILABLE)
		}
	})
	t.Run("ErrUnavailableMaven", func(t *testing.T) {
		if _, err := exec.LookPath("java"); err != nil {
			t.Skip("java is not installed")
		}
		err := Install(context.Background(), Config{Home: t.TempDir(), Maven: filepath.Join(t.TempDir(), "no-mvn")})
		if graph.ErrorCode(err) != graph.EUNAVAILABLE || !strings.Contains(graph.ErrorMessage(err), "Maven") {
			t.Errorf("got %v, want an %s error that names Maven", err, graph.EUNAVAILABLE)
		}
	})
}

// The tests below start real JVMs (seconds each, a shared jar cache of about
// 120 MB), so they run only when asked: `make test` sets the variable.

func launcherConfig(t *testing.T) Config {
	t.Helper()
	if os.Getenv("ENTENTE_TEST_NEO4J_LAUNCHER") != "1" {
		t.Skip("set ENTENTE_TEST_NEO4J_LAUNCHER=1 to start real Neo4j instances (make test does)")
	}
	home := os.Getenv("ENTENTE_HOME") // the jar cache `make test` filled
	if home == "" {
		home = filepath.Join("..", ".entente")
	}
	return Config{Home: home, DataDir: t.TempDir(), HeapMB: 512, PageCacheMB: 128, TxMemoryMB: 128, Log: testLog{t}}
}

type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func TestStart(t *testing.T) {
	cfg := launcherConfig(t)
	ctx := context.Background()
	port, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Port = port
	srv, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop(context.Background()) })

	t.Run("OK", func(t *testing.T) {
		drv, err := neo4j.NewDriverWithContext(srv.URI, neo4j.NoAuth())
		if err != nil {
			t.Fatal(err)
		}
		defer drv.Close(ctx)
		res, err := neo4j.ExecuteQuery(ctx, drv, "CREATE (n:Probe) RETURN count(n) AS c", nil,
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
		if err != nil {
			t.Fatalf("query over Bolt: %v", err)
		}
		if c, _, _ := neo4j.GetRecordValue[int64](res.Records[0], "c"); c != 1 {
			t.Errorf("got count %d, want 1", c)
		}
		st, err := StatusOf(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if !st.Installed || !st.Running || !st.Ready || st.PID != srv.PID || st.URI != srv.URI {
			t.Errorf("got status %+v, want installed, running and ready with pid %d at %s", st, srv.PID, srv.URI)
		}
	})
	t.Run("OKReused", func(t *testing.T) {
		again, err := Start(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if !again.Reused || again.PID != srv.PID {
			t.Errorf("got pid %d, reused %t, want pid %d, reused true", again.PID, again.Reused, srv.PID)
		}
	})
	t.Run("ErrPortTaken", func(t *testing.T) {
		other := cfg
		other.DataDir = t.TempDir()
		_, err := Start(ctx, other)
		if graph.ErrorCode(err) != graph.EUNAVAILABLE || !strings.Contains(graph.ErrorMessage(err), "already in use") {
			t.Errorf("got %v, want an %s error saying the port is in use", err, graph.EUNAVAILABLE)
		}
		if _, err := os.Stat(filepath.Join(other.DataDir, "neo4j.pid")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("got a pid file after a failed start (err %v), want none", err)
		}
	})
	t.Run("ErrTimeout", func(t *testing.T) {
		slow := cfg
		slow.DataDir = t.TempDir()
		slow.StartTimeout = time.Second
		p, err := FreePort()
		if err != nil {
			t.Fatal(err)
		}
		slow.Port = p
		_, err = Start(ctx, slow)
		if graph.ErrorCode(err) != graph.EUNAVAILABLE || !strings.Contains(graph.ErrorMessage(err), "did not become ready") {
			t.Errorf("got %v, want an %s error saying Neo4j did not become ready", err, graph.EUNAVAILABLE)
		}
		if st, err := StatusOf(slow); err != nil || st.Running {
			t.Errorf("got status %+v, %v after a timed-out start, want not running", st, err)
		}
	})
	t.Run("OKStop", func(t *testing.T) {
		if err := Stop(ctx, cfg); err != nil {
			t.Fatal(err)
		}
		if dial(srv.Port) == nil {
			t.Errorf("got port %d still answering after Stop, want it closed", srv.Port)
		}
		st, err := StatusOf(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if st.Running || st.PID != 0 {
			t.Errorf("got status %+v after Stop, want not running", st)
		}
		if err := Stop(ctx, cfg); err != nil {
			t.Errorf("second Stop: got %v, want nil", err)
		}
	})
}

// tempDirs lists Run's temporary folders, to check that Run removes its own.
func tempDirs(t *testing.T) map[string]bool {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(os.TempDir(), "entente-neo4j-*"))
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]bool{}
	for _, d := range m {
		set[d] = true
	}
	return set
}

func TestRun(t *testing.T) {
	cfg := launcherConfig(t)
	// A private temporary folder: another `entente neo4j run` on this
	// machine (a second test run, make run) must not look like a leftover.
	t.Setenv("TMPDIR", t.TempDir())
	t.Run("OK", func(t *testing.T) {
		before := tempDirs(t)
		var out strings.Builder
		cmd := exec.Command("sh", "-c", `echo "$NEO4J_URI|$NEO4J_USERNAME|$NEO4J_PASSWORD|$NEO4J_DATABASE"; exit 7`)
		cmd.Stdout = &out
		err := Run(context.Background(), cfg, cmd)
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 7 {
			t.Errorf("got %v, want the command's exit status 7", err)
		}
		uri, rest, _ := strings.Cut(strings.TrimSpace(out.String()), "|")
		if !strings.HasPrefix(uri, "bolt://127.0.0.1:") || rest != "||neo4j" {
			t.Errorf("got environment %q, want NEO4J_URI=bolt://127.0.0.1:<port>, empty user and password, database neo4j", out.String())
		}
		if port := strings.TrimPrefix(uri, "bolt://127.0.0.1:"); port != "" && dialString(port) == nil {
			t.Errorf("got %s still answering after Run, want Neo4j stopped", uri)
		}
		for d := range tempDirs(t) {
			if !before[d] {
				t.Errorf("got %s left behind, want Run to remove its data", d)
			}
		}
	})
	t.Run("OKCancelled", func(t *testing.T) {
		before := tempDirs(t)
		marker := filepath.Join(t.TempDir(), "started")
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go func() {
			for {
				if _, err := os.Stat(marker); err == nil {
					cancel()
					return
				}
				select {
				case <-ctx.Done():
					return
				case <-time.After(100 * time.Millisecond):
				}
			}
		}()
		cmd := exec.Command("sh", "-c", `touch "$1"; exec sleep 300`, "sh", marker)
		began := time.Now()
		err := Run(ctx, cfg, cmd)
		if err == nil {
			t.Errorf("got nil, want an error for the interrupted command")
		}
		if d := time.Since(began); d > 4*time.Minute {
			t.Errorf("got Run returning after %s, want it to stop the command instead of waiting for it", d)
		}
		for d := range tempDirs(t) {
			if !before[d] {
				t.Errorf("got %s left behind after cancel, want Run to remove its data", d)
			}
		}
	})
}

func dialString(port string) error {
	var p int
	for _, c := range port {
		if c < '0' || c > '9' {
			return errors.New("bad port")
		}
		p = p*10 + int(c-'0')
	}
	return dial(p)
}
