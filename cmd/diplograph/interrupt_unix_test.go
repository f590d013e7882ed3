//go:build unix

package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterrupt runs the built command on an 8000-actor graph, where
// rank --by closeness takes seconds, signals it after 300 ms and checks
// that it exits with status 1 and "interrupted" well within 2 s of the
// signal (issue 10: Ctrl-C used to wait for the end of the work).
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it on a large graph")
	}
	bin := buildCommands(t, ".")
	file := writeLargeScenario(t, 8000, 40000)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			interrupt(t, sig, 0, 2*time.Second, bin, "rank", file, "--by", "closeness")
		})
	}
}

// TestInterruptRender signals render in the middle of a circo layout that
// takes tens of seconds in the diplograph-graphviz child process, and
// checks that the command exits within a second of Ctrl-C, its child
// killed with it (issue 14: an embedded render ran 11 minutes through two
// SIGINTs).
func TestInterruptRender(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binaries and starts a long layout")
	}
	dir := t.TempDir()
	bin := buildCommands(t, ".", "../diplograph-graphviz")
	file := writeLargeScenario(t, 500, 1500)
	out := filepath.Join(dir, "big.svg")
	interrupt(t, syscall.SIGINT, 2*time.Second, time.Second, bin, "render", file, "-o", out, "--layout", "circo", "--no-dyads", "--max-time", "1h")
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("an interrupted render left %s (stat: %v)", out, err)
	}
	// The child must be gone too: look for it among the processes.
	child := filepath.Join(filepath.Dir(bin), "diplograph-graphviz")
	for range 10 {
		if !running(child) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Errorf("%s still runs a second after diplograph exited", child)
}

// buildCommands builds the commands in the package directories into one
// temporary directory and returns the path of the first.
func buildCommands(t *testing.T, pkgs ...string) string {
	t.Helper()
	dir := t.TempDir()
	args := append([]string{"build", "-o", dir + "/"}, pkgs...)
	if out, err := exec.Command("go", args...).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return filepath.Join(dir, "diplograph")
}

// running reports whether a process runs the executable at path.
func running(path string) bool {
	procs, _ := filepath.Glob("/proc/[0-9]*/exe")
	for _, p := range procs {
		if exe, err := os.Readlink(p); err == nil && exe == path {
			return true
		}
	}
	return false
}

// interrupt runs bin with args, sends sig after a while (at least after,
// if not 0) and checks that it exits with status 1 and "interrupted"
// within the given time of the signal.
func interrupt(t *testing.T, sig syscall.Signal, after, within time.Duration, bin string, args ...string) {
	t.Helper()
	// The handler is installed once the command has started, which a
	// loaded machine slows down: a command the signal killed before that
	// is run again, given longer to start.
	var (
		err     error
		elapsed time.Duration
		stderr  bytes.Buffer
	)
	for _, wait := range []time.Duration{300 * time.Millisecond, time.Second, 4 * time.Second} {
		cmd := exec.Command(bin, args...)
		stderr.Reset()
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(max(wait, after))
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		sent := time.Now()
		err = cmd.Wait()
		elapsed = time.Since(sent)
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			break
		}
		t.Logf("%v came %v after the start, before the command caught it; again", sig, wait)
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitFail {
		t.Errorf("exit: %v, want status 1 (stderr %q)", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr %q, want it to say interrupted", stderr.String())
	}
	if elapsed >= within {
		t.Errorf("exited %v after the signal, want under %v", elapsed, within)
	}
	t.Logf("%v: exited %v after the signal: %s", sig, elapsed.Round(time.Millisecond), strings.TrimSpace(stderr.String()))
}
