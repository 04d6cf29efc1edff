package neo4jlocal

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/entente-dev/entente/graph"
)

// The launcher sources travel inside the binary so that `entente neo4j start`
// works from any directory.
var (
	//go:embed launcher/pom.xml
	pomXML []byte
	//go:embed launcher/Launcher.java
	launcherJava []byte
	//go:embed launcher/LICENSE
	launcherLicense []byte
)

// MinJava is the oldest Java major version Neo4j 5.26 runs on.
const MinJava = 17

// Marker files: the hash of what produced a folder, so Install can skip work
// that is already done and redo it when the pom or the launcher changes.
const (
	libMarker     = ".entente-pom.sha256"
	classesMarker = ".entente-launcher.sha256"
)

// Install makes Home ready to start Neo4j: it checks that java (17 or newer),
// javac and mvn exist, writes the launcher sources into Home/launcher, fetches
// Neo4j's jars into Home/lib with Maven and compiles the launcher into
// Home/classes. Each step is skipped when already done for the same sources,
// so Install is cheap to call before every Start. It returns an EUNAVAILABLE
// error saying what to install when a tool is missing or a step fails.
func Install(ctx context.Context, cfg Config) error {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.launcherDir(), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", cfg.launcherDir(), err)
	}
	// The home folder holds 100+ MB of jars and a database: keep it out of git
	// wherever it is placed.
	if err := writeIfChanged(filepath.Join(cfg.Home, ".gitignore"), []byte("# Entente's local Neo4j: jars, data and logs; never commit.\n*\n")); err != nil {
		return err
	}
	unlock, err := lock(ctx, filepath.Join(cfg.Home, "install.lock"))
	if err != nil {
		return err
	}
	defer unlock()

	for name, data := range map[string][]byte{"pom.xml": pomXML, "Launcher.java": launcherJava, "LICENSE": launcherLicense} {
		if err := writeIfChanged(filepath.Join(cfg.launcherDir(), name), data); err != nil {
			return err
		}
	}
	if _, err := javaMajor(ctx, cfg.Java); err != nil {
		return err
	}
	pomSum := sum(pomXML)
	if !markerMatches(cfg.libDir(), libMarker, pomSum) {
		if err := fetchJars(ctx, cfg, pomSum); err != nil {
			return err
		}
	}
	classesSum := sum(pomXML, launcherJava)
	if !markerMatches(cfg.classesDir(), classesMarker, classesSum) {
		if err := compileLauncher(ctx, cfg, classesSum); err != nil {
			return err
		}
	}
	return nil
}

// Installed reports whether Install has completed for the embedded sources.
func Installed(cfg Config) bool {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return false
	}
	return markerMatches(cfg.libDir(), libMarker, sum(pomXML)) &&
		markerMatches(cfg.classesDir(), classesMarker, sum(pomXML, launcherJava))
}

// fetchJars runs Maven into a fresh folder and swaps it in, so an interrupted
// download never leaves a half-filled lib/ that looks complete.
func fetchJars(ctx context.Context, cfg Config, pomSum string) error {
	mvn, err := lookPath(cfg.Maven, "Maven (mvn) is needed once to fetch Neo4j's jars: install it (Debian: apt-get install maven) or pass --mvn")
	if err != nil {
		return err
	}
	tmp := cfg.libDir() + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("clear %s: %w", tmp, err)
	}
	fmt.Fprintf(cfg.Log, "neo4j: fetching Neo4j jars with Maven into %s (once, about 120 MB)\n", cfg.libDir())
	cmd := exec.CommandContext(ctx, mvn, "-q", "-B",
		"-f", filepath.Join(cfg.launcherDir(), "pom.xml"),
		"dependency:copy-dependencies", "-DincludeScope=runtime", "-DoutputDirectory="+tmp)
	cmd.Dir = cfg.launcherDir()
	if out, err := cmd.CombinedOutput(); err != nil {
		_ = os.RemoveAll(tmp)
		return &graph.Error{Code: graph.EUNAVAILABLE, Field: filepath.Join(cfg.launcherDir(), "pom.xml"),
			Message: "Maven could not fetch Neo4j's jars (is the Maven registry reachable? see ~/.m2/settings.xml for a mirror): " + tail(out, 15),
			Err:     err}
	}
	if err := os.WriteFile(filepath.Join(tmp, libMarker), []byte(pomSum+"\n"), 0o644); err != nil {
		return err
	}
	if err := os.RemoveAll(cfg.libDir()); err != nil {
		return fmt.Errorf("remove old %s: %w", cfg.libDir(), err)
	}
	if err := os.Rename(tmp, cfg.libDir()); err != nil {
		return fmt.Errorf("move jars into place: %w", err)
	}
	return nil
}

// compileLauncher compiles Launcher.java once; starting from .class files saves
// the seconds single-file source mode spends compiling on every start.
func compileLauncher(ctx context.Context, cfg Config, classesSum string) error {
	javac, err := lookPath(cfg.Javac, "javac is needed to compile the Neo4j launcher: install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk-headless), not only a JRE")
	if err != nil {
		return err
	}
	tmp := cfg.classesDir() + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("clear %s: %w", tmp, err)
	}
	fmt.Fprintf(cfg.Log, "neo4j: compiling the launcher into %s\n", cfg.classesDir())
	cmd := exec.CommandContext(ctx, javac, "-nowarn", "-encoding", "UTF-8", "-d", tmp,
		"-cp", filepath.Join(cfg.libDir(), "*"), filepath.Join(cfg.launcherDir(), "Launcher.java"))
	if out, err := cmd.CombinedOutput(); err != nil {
		_ = os.RemoveAll(tmp)
		return &graph.Error{Code: graph.EUNAVAILABLE, Field: filepath.Join(cfg.launcherDir(), "Launcher.java"),
			Message: "javac failed: " + tail(out, 15), Err: err}
	}
	if err := os.WriteFile(filepath.Join(tmp, classesMarker), []byte(classesSum+"\n"), 0o644); err != nil {
		return err
	}
	if err := os.RemoveAll(cfg.classesDir()); err != nil {
		return fmt.Errorf("remove old %s: %w", cfg.classesDir(), err)
	}
	return os.Rename(tmp, cfg.classesDir())
}

// javaMajor runs `java -version` and returns the major version, or an
// EUNAVAILABLE error when java is missing or older than MinJava.
func javaMajor(ctx context.Context, java string) (int, error) {
	path, err := lookPath(java, fmt.Sprintf("Java %d or newer is needed to run Neo4j: install it (Debian: apt-get install openjdk-17-jdk-headless) or pass --java", MinJava))
	if err != nil {
		return 0, err
	}
	out, err := exec.CommandContext(ctx, path, "-version").CombinedOutput()
	if err != nil {
		return 0, &graph.Error{Code: graph.EUNAVAILABLE, Field: path, Message: "`java -version` failed: " + tail(out, 5), Err: err}
	}
	major, ok := parseJavaMajor(string(out))
	if !ok {
		return 0, &graph.Error{Code: graph.EUNAVAILABLE, Field: path, Message: "cannot read the Java version from `java -version`: " + tail(out, 3)}
	}
	if major < MinJava {
		return major, &graph.Error{Code: graph.EUNAVAILABLE, Field: path,
			Message: fmt.Sprintf("Java %d is too old for Neo4j 5.26: install Java %d or newer and pass it with --java", major, MinJava)}
	}
	return major, nil
}

var javaVersionRE = regexp.MustCompile(`version "(\d+)(?:\.(\d+))?[^"]*"`)

// parseJavaMajor reads the major version from `java -version` output, e.g.
// 17 from `openjdk version "17.0.15"` and 8 from `java version "1.8.0_292"`.
func parseJavaMajor(out string) (int, bool) {
	m := javaVersionRE.FindStringSubmatch(out)
	if m == nil {
		return 0, false
	}
	major, err := strconv.Atoi(m[1])
	if err != nil || major <= 0 {
		return 0, false
	}
	if major == 1 && m[2] != "" { // the pre-9 scheme: 1.8 is Java 8
		if major, err = strconv.Atoi(m[2]); err != nil || major <= 0 {
			return 0, false
		}
	}
	return major, true
}

// lookPath finds an executable or returns an EUNAVAILABLE error with the hint.
func lookPath(name, hint string) (string, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return "", &graph.Error{Code: graph.EUNAVAILABLE, Field: name, Message: "not found: " + hint, Err: err}
	}
	return path, nil
}

func sum(parts ...[]byte) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write(p)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func markerMatches(dir, marker, want string) bool {
	got, err := os.ReadFile(filepath.Join(dir, marker))
	return err == nil && strings.TrimSpace(string(got)) == want
}

func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// tail returns the last n non-empty lines of out, joined by " | ".
func tail(out []byte, n int) string {
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	if len(lines) == 0 {
		return "(no output)"
	}
	return strings.Join(lines, " | ")
}
