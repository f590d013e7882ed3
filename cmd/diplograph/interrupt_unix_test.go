//go:build unix

package main

import (
	"bytes"
	"errors"
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
	bin := filepath.Join(t.TempDir(), "diplograph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	file := writeLargeScenario(t, 8000, 40000)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			// The handler is installed once the command has started,
			// which a loaded machine slows down: a command the signal
			// killed before that is run again, given longer to start.
			var (
				err     error
				elapsed time.Duration
				stderr  bytes.Buffer
			)
			for _, wait := range []time.Duration{300 * time.Millisecond, time.Second, 4 * time.Second} {
				cmd := exec.Command(bin, "rank", file, "--by", "closeness")
				stderr.Reset()
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(wait)
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
			if elapsed >= 2*time.Second {
				t.Errorf("exited %v after the signal, want under 2s", elapsed)
			}
			t.Logf("%v: exited %v after the signal: %s", sig, elapsed.Round(time.Millisecond), strings.TrimSpace(stderr.String()))
		})
	}
}
