//go:build unix

package neo4jlocal

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// lock takes an exclusive advisory lock on path (created if needed), waiting
// until ctx ends; concurrent `entente` processes then install or start one at
// a time. The returned func releases it.
func lock(ctx context.Context, path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock %s: %w", path, err)
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN); _ = f.Close() }, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			_ = f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			_ = f.Close()
			return nil, fmt.Errorf("wait for lock %s (another entente is installing or starting Neo4j): %w", path, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// detach puts the child in its own process group: a Ctrl-C in the terminal
// then reaches entente, which stops Neo4j in order, and not the JVM directly;
// and the JVM outlives `entente neo4j start`.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// signalGroup sends sig to the process group led by pid (the launcher JVM).
func signalGroup(pid int, sig syscall.Signal) error {
	err := syscall.Kill(-pid, sig)
	if errors.Is(err, syscall.ESRCH) {
		return nil
	}
	return err
}

// alive reports whether pid runs and is not a zombie (a child this process has
// not reaped yet still answers kill 0).
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true // no procfs: trust kill 0
	}
	// Format: pid (comm) state ...; comm may hold spaces and parentheses.
	s := string(stat)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && i+2 < len(s) {
		return s[i+2] != 'Z'
	}
	return true
}

// isLauncher reports whether pid is a launcher JVM serving dataDir, so a pid
// file left behind after a reboot never makes Stop signal an unrelated process
// that reuses the number. Without procfs it trusts the pid file.
func isLauncher(pid int, dataDir string) bool {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if err != nil {
		return errors.Is(err, os.ErrNotExist) && alive(pid)
	}
	args := strings.Split(strings.TrimRight(string(raw), "\x00"), "\x00")
	for i, a := range args {
		if a == "Launcher" && i+1 < len(args) && args[i+1] == dataDir {
			return true
		}
	}
	return false
}
