package embedded

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/drawtest"
	"github.com/diplograph/diplograph/render/internal/engine"
)

// TestCancelReturnsAtOnce starts a layout that takes seconds, cancels it,
// and checks that SVG returns the context's error while Graphviz still
// runs in the background (the engine is still taken), and that the next
// render waits for it and then draws (issue 14: a cancelled render held up
// its caller and every render after it).
func TestCancelReturnsAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a layout of seconds")
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := SVG(ctx, drawtest.DenseDOT(50, 3), "dot")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	// The abandoned layout still holds the engine.
	short, stop := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer stop()
	if err := engine.Acquire(short); err == nil {
		engine.Release()
		t.Fatal("the engine is free right after the cancel: the layout did not run on, or finished at once")
	}
	t.Logf("returned %v after the start", time.Since(start))
	// The next render waits for it, then draws.
	svg, err := SVG(context.Background(), []byte("digraph { a -> b }"), "dot")
	t.Logf("the next render drew %v after the start", time.Since(start))
	if err != nil || !bytes.Contains(svg, []byte("<svg")) {
		t.Fatalf("the render after the cancelled one: %v", err)
	}
}
