package render

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	// The tests draw with the embedded engine in this process, as a program
	// that imports render/embedded does; TestEmbeddedChild draws through the
	// diplograph-graphviz command.
	"github.com/diplograph/diplograph/internal/drawtest"
	_ "github.com/diplograph/diplograph/render/embedded"
	"github.com/diplograph/diplograph/render/internal/engine"
)

// acquire and release hold the embedded engine's lock, so that tests can
// use go-graphviz directly or make renders wait.
var (
	acquire = engine.Acquire
	release = engine.Release
)

// withoutLinkedEngine runs the test as a program that does not import
// render/embedded: the embedded engine is then the child process.
func withoutLinkedEngine(t *testing.T) {
	saved := engine.Embedded
	engine.Embedded = nil
	t.Cleanup(func() { engine.Embedded = saved })
}

// buildEmbeddedCommand builds diplograph-graphviz into a directory of its
// own and returns the directory.
func buildEmbeddedCommand(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a command")
	}
	dir := t.TempDir()
	out, err := exec.Command("go", "build", "-o", filepath.Join(dir, EmbeddedCommand), "../cmd/"+EmbeddedCommand).CombinedOutput()
	if err != nil {
		t.Fatalf("building %s: %v\n%s", EmbeddedCommand, err, out)
	}
	return dir
}

// TestEmbeddedChild draws through the diplograph-graphviz command, as the
// diplograph command does, and checks that the SVG is byte for byte the
// one drawn in this process, with each layout; that a bad document fails
// with Graphviz's message; that ending the context kills a long render
// within a second; and that without the command the render fails with
// ErrNoEmbedded.
func TestEmbeddedChild(t *testing.T) {
	dir := buildEmbeddedCommand(t)
	linked := engine.Embedded
	g := fixture(t)
	want := map[Layout][]byte{}
	for _, l := range []Layout{LayoutDot, LayoutNeato, LayoutCirco, LayoutTwopi} {
		var buf bytes.Buffer
		if err := SVG(context.Background(), &buf, g, Options{Layout: l}); err != nil {
			t.Fatal(err)
		}
		want[l] = buf.Bytes()
	}
	withoutLinkedEngine(t)
	t.Setenv("PATH", dir)
	for l, w := range want {
		t.Run(l.String(), func(t *testing.T) {
			var buf bytes.Buffer
			if err := SVG(context.Background(), &buf, g, Options{Layout: l}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), w) {
				t.Errorf("the child process drew %d bytes, this process %d: not the same SVG", buf.Len(), len(w))
			}
			if !bytes.Contains(buf.Bytes(), []byte("<svg")) || !bytes.Contains(buf.Bytes(), []byte("Russia")) {
				t.Error("no SVG drawing of the fixture's actors")
			}
		})
	}
	t.Run("bad DOT", func(t *testing.T) {
		err := Draw(context.Background(), io.Discard, []byte("digraph { a -> }"), DrawOptions{})
		if err == nil || !strings.Contains(err.Error(), "parsing DOT") {
			t.Errorf("error %v, want Graphviz's parse error", err)
		}
	})
	t.Run("cancel", func(t *testing.T) {
		// A graph that takes the embedded engine seconds: a dense DOT
		// document drawn with dot, too big for SVG's size limits, so
		// through Draw.
		dot := drawtest.DenseDOT(1000, 8)
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(300*time.Millisecond, cancel)
		start := time.Now()
		err := Draw(ctx, io.Discard, dot, DrawOptions{})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("error %v after %v, want context.Canceled", err, time.Since(start))
		}
		t.Logf("stopped %v after the cancel", time.Since(start)-300*time.Millisecond)
	})
	t.Run("spent", func(t *testing.T) {
		// The engine in this process has kept its limit of memory
		// (render/embedded.ErrSpent): the render goes to the child process
		// and draws the same SVG; without the command both reasons are
		// given.
		engine.Embedded = linked
		limit := engine.Limit
		engine.Limit = 0
		t.Cleanup(func() { engine.Embedded, engine.Limit = nil, limit })
		var buf bytes.Buffer
		if err := SVG(context.Background(), &buf, g, Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want[LayoutDot]) {
			t.Errorf("drew %d bytes after the engine was spent, %d before: not the same SVG", buf.Len(), len(want[LayoutDot]))
		}
		t.Setenv("PATH", t.TempDir())
		err := SVG(context.Background(), io.Discard, g, Options{})
		if !errors.Is(err, engine.ErrSpent) || !errors.Is(err, ErrNoEmbedded) {
			t.Errorf("error %v, want ErrSpent and ErrNoEmbedded", err)
		}
	})
	t.Run("missing", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		if err := SVG(context.Background(), io.Discard, g, Options{}); !errors.Is(err, ErrNoEmbedded) {
			t.Errorf("error %v, want ErrNoEmbedded", err)
		}
	})
}
