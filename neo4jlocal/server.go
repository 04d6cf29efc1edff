package neo4jlocal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/entente-dev/entente/graph"
)

// Lines the launcher prints (see launcher/Launcher.java).
const (
	readyLine = "ENTENTE-NEO4J READY "
	errorLine = "ENTENTE-NEO4J ERROR "
)

// Launcher exit codes (see launcher/Launcher.java).
const (
	exitUsage     = 2
	exitPortTaken = 3
)

// Server is a running local Neo4j.
type Server struct {
	PID     int    // process id of the launcher JVM (also its process group)
	Port    int    // Bolt port on 127.0.0.1
	URI     string // bolt://127.0.0.1:<Port>
	DataDir string // folder holding data/, logs/ and neo4j.pid
	Reused  bool   // true when Start found it already running

	cfg Config
}

// Stop stops this server: SIGTERM, then SIGKILL after cfg.StopTimeout.
func (s *Server) Stop(ctx context.Context) error {
	return stopPID(ctx, s.cfg, s.PID)
}

// Status describes the local Neo4j of one DataDir.
type Status struct {
	Installed bool   // jars fetched and launcher compiled for the current sources
	Running   bool   // the launcher process of the pid file is alive
	Ready     bool   // its Bolt port accepts connections
	PID       int    // 0 when not running
	Port      int    // 0 when not running
	URI       string // "" when not running
	DataDir   string // folder holding data/, logs/ and neo4j.pid
	DataBytes int64  // size of DataDir/data on disk
	LogFile   string // the launcher's log (stdout and stderr of the JVM)
}

// pidInfo is the content of DataDir/neo4j.pid (JSON, so port and start time
// travel with the pid).
type pidInfo struct {
	PID     int       `json:"pid"`
	Port    int       `json:"port"`
	URI     string    `json:"uri"`
	Started time.Time `json:"started"`
}

// Start starts the local Neo4j of cfg.DataDir and waits until it is ready:
// the launcher has printed its ready line (the "neo4j" database is
// available) and the Bolt port accepts connections. When the pid file names
// a live launcher for the same DataDir, Start returns it (Reused) instead of
// starting a second one; otherwise it calls Install first. The JVM runs detached in its
// own process group and outlives the calling process; stop it with Stop.
// Errors: EINVALID for a bad Config, EUNAVAILABLE when a tool is missing, the
// port is taken or Neo4j does not become ready (the message holds the tail of
// DataDir/logs/neo4j.log).
func Start(ctx context.Context, cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.logsDir(), 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", cfg.logsDir(), err)
	}
	unlock, err := lock(ctx, cfg.lockFile())
	if err != nil {
		return nil, err
	}
	defer unlock()

	if info, err := readPID(cfg); err == nil && alive(info.PID) && isLauncher(info.PID, cfg.DataDir) {
		s := &Server{PID: info.PID, Port: info.Port, URI: info.URI, DataDir: cfg.DataDir, Reused: true, cfg: cfg}
		// It may still be starting (another entente launched it a moment ago).
		if err := waitDial(ctx, info.Port, cfg.StartTimeout); err != nil {
			return nil, &graph.Error{Code: graph.EUNAVAILABLE, Field: cfg.pidFile(),
				Message: fmt.Sprintf("Neo4j (pid %d) runs but its Bolt port %d does not answer; run `entente neo4j stop` and start again; log: %s", info.PID, info.Port, logTail(cfg.logFile(), 0, 10)),
				Err:     err}
		}
		return s, nil
	}
	_ = os.Remove(cfg.pidFile()) // stale: its process is gone
	// Only a new server needs the jars and the launcher: reusing a running
	// one (every load and serve) skips Install's java -version and hashing.
	if err := Install(ctx, cfg); err != nil {
		return nil, err
	}

	logf, err := os.OpenFile(cfg.logFile(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", cfg.logFile(), err)
	}
	offset, _ := logf.Seek(0, io.SeekEnd)
	fmt.Fprintf(logf, "=== entente: starting Neo4j on 127.0.0.1:%d at %s\n", cfg.Port, time.Now().Format(time.RFC3339))

	// Not CommandContext: the server must outlive ctx and this process.
	cmd := exec.Command(cfg.Java, jvmArgs(cfg)...)
	cmd.Dir = cfg.DataDir
	cmd.Stdout, cmd.Stderr = logf, logf // a file, never a pipe: the JVM must not get SIGPIPE when we exit
	detach(cmd)
	fmt.Fprintf(cfg.Log, "neo4j: starting Neo4j on bolt://127.0.0.1:%d (data %s)\n", cfg.Port, cfg.DataDir)
	began := time.Now()
	err = cmd.Start()
	_ = logf.Close() // the child holds its own descriptor
	if err != nil {
		return nil, &graph.Error{Code: graph.EUNAVAILABLE, Field: cfg.Java, Message: "cannot start Java: install Java 17 or newer or pass --java", Err: err}
	}
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(exited) }()

	s := &Server{PID: cmd.Process.Pid, Port: cfg.Port, URI: fmt.Sprintf("bolt://127.0.0.1:%d", cfg.Port), DataDir: cfg.DataDir, cfg: cfg}
	if err := writePID(cfg, pidInfo{PID: s.PID, Port: s.Port, URI: s.URI, Started: began.UTC()}); err != nil {
		_ = signalGroup(s.PID, syscall.SIGKILL)
		return nil, err
	}

	fail := func(msg string, cause error) (*Server, error) {
		// SIGTERM first: a persistent store is better closed than recovered.
		_ = stopPID(context.WithoutCancel(ctx), cfg, s.PID)
		<-exited
		return nil, &graph.Error{Code: graph.EUNAVAILABLE, Field: cfg.logFile(), Message: msg + "; log: " + logTail(cfg.logFile(), offset, 12), Err: cause}
	}
	deadline := time.NewTimer(cfg.StartTimeout)
	defer deadline.Stop()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	ready := false
	// Each tick reads only what the log gained since the last one, keeping
	// the last bytes in case the ready line arrives in two pieces.
	scanned, carry := offset, ""
	for {
		select {
		case <-ctx.Done():
			return fail("start of Neo4j interrupted", ctx.Err())
		case <-deadline.C:
			return fail(fmt.Sprintf("Neo4j did not become ready within %s", cfg.StartTimeout), nil)
		case <-exited:
			_ = os.Remove(cfg.pidFile())
			msg := "Neo4j exited during start-up"
			var ee *exec.ExitError
			if errors.As(waitErr, &ee) {
				switch ee.ExitCode() {
				case exitPortTaken:
					msg = fmt.Sprintf("port 127.0.0.1:%d is already in use: stop what listens there, or choose another port with --port", cfg.Port)
				case exitUsage:
					msg = "the launcher rejected its arguments"
				}
			}
			return nil, &graph.Error{Code: graph.EUNAVAILABLE, Field: cfg.logFile(), Message: msg + "; log: " + logTail(cfg.logFile(), offset, 12), Err: waitErr}
		case <-tick.C:
			if !ready {
				gained := readFrom(cfg.logFile(), scanned)
				scanned += int64(len(gained))
				seen := carry + gained
				ready = strings.Contains(seen, readyLine)
				carry = seen[max(0, len(seen)-len(readyLine)):]
			}
			if ready && dial(cfg.Port) == nil {
				fmt.Fprintf(cfg.Log, "neo4j: ready on %s after %s (pid %d)\n", s.URI, time.Since(began).Round(100*time.Millisecond), s.PID)
				return s, nil
			}
		}
	}
}

// Stop stops the local Neo4j of cfg.DataDir, if it runs: SIGTERM to its
// process group (the launcher closes the DBMS cleanly), SIGKILL after
// cfg.StopTimeout. Stopping a stopped server is not an error.
func Stop(ctx context.Context, cfg Config) error {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return err
	}
	info, err := readPID(cfg)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !alive(info.PID) || !isLauncher(info.PID, cfg.DataDir) {
		_ = os.Remove(cfg.pidFile())
		return nil
	}
	return stopPID(ctx, cfg, info.PID)
}

func stopPID(ctx context.Context, cfg Config, pid int) error {
	fmt.Fprintf(cfg.Log, "neo4j: stopping Neo4j (pid %d)\n", pid)
	if err := signalGroup(pid, syscall.SIGTERM); err != nil {
		return fmt.Errorf("signal Neo4j (pid %d): %w", pid, err)
	}
	if !waitGone(ctx, pid, cfg.StopTimeout) {
		if ctx.Err() != nil {
			return fmt.Errorf("stop Neo4j (pid %d; SIGTERM sent, it is still shutting down): %w", pid, ctx.Err())
		}
		fmt.Fprintf(cfg.Log, "neo4j: pid %d still runs after %s: SIGKILL\n", pid, cfg.StopTimeout)
		_ = signalGroup(pid, syscall.SIGKILL)
		if !waitGone(context.WithoutCancel(ctx), pid, 10*time.Second) {
			return graph.Errorf(graph.EINTERNAL, "Neo4j (pid %d) survived SIGKILL", pid)
		}
	}
	_ = os.Remove(cfg.pidFile())
	return nil
}

func waitGone(ctx context.Context, pid int, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for alive(pid) {
		if time.Now().After(deadline) || ctx.Err() != nil {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}

// StatusOf reports whether the local Neo4j of cfg.DataDir runs and answers.
func StatusOf(cfg Config) (Status, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return Status{}, err
	}
	st := Status{Installed: Installed(cfg), DataDir: cfg.DataDir, LogFile: cfg.logFile(), DataBytes: dirSize(filepath.Join(cfg.DataDir, "data"))}
	info, err := readPID(cfg)
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	if alive(info.PID) && isLauncher(info.PID, cfg.DataDir) {
		st.Running, st.PID, st.Port, st.URI = true, info.PID, info.Port, info.URI
		st.Ready = dial(info.Port) == nil
	}
	return st, nil
}

// jvmArgs are the flags Neo4j's own start script passes (an embedded launcher
// must pass them itself), a fixed heap, and the launcher's arguments.
func jvmArgs(cfg Config) []string {
	heap := strconv.Itoa(cfg.HeapMB) + "m"
	return []string{
		"-Xms" + heap, "-Xmx" + heap,
		"--add-opens=java.base/java.nio=ALL-UNNAMED",
		"--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
		"--enable-native-access=ALL-UNNAMED",
		"-Dio.netty.tryReflectionSetAccessible=true",
		"-Dlog4j2.disable.jmx=true",
		"-XX:+UseG1GC",
		"-XX:-OmitStackTraceInFastThrow",
		"-XX:+ExitOnOutOfMemoryError",
		"-cp", filepath.Join(cfg.libDir(), "*") + string(os.PathListSeparator) + cfg.classesDir(),
		"Launcher", cfg.DataDir, strconv.Itoa(cfg.Port), strconv.Itoa(cfg.PageCacheMB), strconv.Itoa(cfg.TxMemoryMB),
	}
}

func readPID(cfg Config) (pidInfo, error) {
	raw, err := os.ReadFile(cfg.pidFile())
	if err != nil {
		return pidInfo{}, err
	}
	info, err := parsePID(raw)
	if err != nil {
		return pidInfo{}, &graph.Error{Code: graph.EINVALID, Field: cfg.pidFile(), Message: "unreadable pid file: " + err.Error() + "; remove it if no Neo4j runs", Err: err}
	}
	return info, nil
}

// parsePID reads a pid file and checks its values.
func parsePID(raw []byte) (pidInfo, error) {
	var info pidInfo
	if err := json.Unmarshal(raw, &info); err != nil {
		return pidInfo{}, err
	}
	if info.PID <= 1 || info.Port < 1 || info.Port > 65535 {
		return pidInfo{}, fmt.Errorf("pid %d or port %d out of range", info.PID, info.Port)
	}
	if info.URI == "" {
		info.URI = fmt.Sprintf("bolt://127.0.0.1:%d", info.Port)
	}
	return info, nil
}

func writePID(cfg Config, info pidInfo) error {
	raw, err := json.Marshal(info)
	if err != nil {
		return err
	}
	tmp := cfg.pidFile() + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	return os.Rename(tmp, cfg.pidFile())
}

// dial reports whether something accepts TCP connections on 127.0.0.1:port.
func dial(port int) error {
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), time.Second)
	if err != nil {
		return err
	}
	return c.Close()
}

func waitDial(ctx context.Context, port int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := dial(port)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// readFrom returns the content of path from offset on ("" on error).
func readFrom(path string, offset int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if _, err := f.Seek(offset, io.SeekStart); err != nil {
		return ""
	}
	b, _ := io.ReadAll(io.LimitReader(f, 4<<20))
	return string(b)
}

// logTail returns the last n lines of path after offset, preferring the
// launcher's own error line when there is one.
func logTail(path string, offset int64, n int) string {
	s := readFrom(path, offset)
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, errorLine) {
			return strings.TrimPrefix(l, errorLine) + " (" + path + ")"
		}
	}
	return tail([]byte(s), n) + " (" + path + ")"
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
