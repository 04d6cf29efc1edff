package neo4jlocal

import (
	"io"
	"path/filepath"
	"time"

	"github.com/entente-dev/entente/graph"
)

// Defaults used when a Config field is zero.
const (
	DefaultPort         = 7687
	DefaultHeapMB       = 1024
	DefaultPageCacheMB  = 512
	DefaultTxMemoryMB   = 256
	DefaultStartTimeout = 3 * time.Minute
	DefaultStopTimeout  = 30 * time.Second
)

// Config says where the local Neo4j lives and how to run it. The zero value of
// each field means its default; Home is required.
type Config struct {
	Home         string        // jars (lib/), launcher sources and classes; also the default DataDir
	DataDir      string        // holds data/, logs/ and neo4j.pid of one instance; default Home
	Port         int           // Bolt port on 127.0.0.1; default 7687
	HeapMB       int           // JVM heap (-Xms and -Xmx) in MiB; default 1024
	PageCacheMB  int           // Neo4j page cache in MiB; default 512
	TxMemoryMB   int           // global cap on transaction memory in MiB; default 256
	Java         string        // java executable; default "java" on PATH
	Javac        string        // javac executable; default the javac beside Java, else "javac" on PATH
	Maven        string        // mvn executable; default "mvn" on PATH
	StartTimeout time.Duration // how long Start waits for readiness; default 3 minutes
	StopTimeout  time.Duration // grace period between SIGTERM and SIGKILL; default 30 seconds
	Log          io.Writer     // progress lines ("downloading Neo4j jars ..."); nil discards them
}

// withDefaults returns cfg with zero fields set to their defaults and paths made
// absolute, or an EINVALID error naming the bad field.
func (cfg Config) withDefaults() (Config, error) {
	if cfg.Home == "" {
		return cfg, &graph.Error{Code: graph.EINVALID, Field: "home", Message: "the folder for the local Neo4j is empty: set --home or ENTENTE_HOME"}
	}
	home, err := filepath.Abs(cfg.Home)
	if err != nil {
		return cfg, &graph.Error{Code: graph.EINVALID, Field: "home", Message: "cannot make " + cfg.Home + " absolute", Err: err}
	}
	cfg.Home = home
	if cfg.DataDir == "" {
		cfg.DataDir = cfg.Home
	}
	if cfg.DataDir, err = filepath.Abs(cfg.DataDir); err != nil {
		return cfg, &graph.Error{Code: graph.EINVALID, Field: "data dir", Message: "cannot make " + cfg.DataDir + " absolute", Err: err}
	}
	if cfg.Port == 0 {
		cfg.Port = DefaultPort
	}
	if cfg.Port < 1 || cfg.Port > 65535 {
		return cfg, graph.Errorf(graph.EINVALID, "port: %d is not a TCP port; use 1-65535 (or 0 for the default %d)", cfg.Port, DefaultPort)
	}
	for _, f := range []struct {
		name string
		v    *int
		def  int
	}{{"heap", &cfg.HeapMB, DefaultHeapMB}, {"pagecache", &cfg.PageCacheMB, DefaultPageCacheMB}, {"tx memory", &cfg.TxMemoryMB, DefaultTxMemoryMB}} {
		if *f.v == 0 {
			*f.v = f.def
		}
		if *f.v < 64 || *f.v > 1<<20 {
			return cfg, graph.Errorf(graph.EINVALID, "%s: %d MiB is out of range; use 64 to 1048576 MiB", f.name, *f.v)
		}
	}
	if cfg.Java == "" {
		cfg.Java = "java"
	}
	if cfg.Javac == "" {
		cfg.Javac = "javac"
		if filepath.IsAbs(cfg.Java) {
			cfg.Javac = filepath.Join(filepath.Dir(cfg.Java), "javac")
		}
	}
	if cfg.Maven == "" {
		cfg.Maven = "mvn"
	}
	if cfg.StartTimeout <= 0 {
		cfg.StartTimeout = DefaultStartTimeout
	}
	if cfg.StopTimeout <= 0 {
		cfg.StopTimeout = DefaultStopTimeout
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	return cfg, nil
}

// Paths inside Home and DataDir.
func (cfg Config) launcherDir() string { return filepath.Join(cfg.Home, "launcher") }
func (cfg Config) libDir() string      { return filepath.Join(cfg.Home, "lib") }
func (cfg Config) classesDir() string  { return filepath.Join(cfg.Home, "classes") }
func (cfg Config) logsDir() string     { return filepath.Join(cfg.DataDir, "logs") }
func (cfg Config) logFile() string     { return filepath.Join(cfg.DataDir, "logs", "neo4j.log") }
func (cfg Config) pidFile() string     { return filepath.Join(cfg.DataDir, "neo4j.pid") }
func (cfg Config) lockFile() string    { return filepath.Join(cfg.DataDir, "neo4j.lock") }
