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
	// The first render of a process starts Graphviz, whose allocations can
	// start a garbage collection; the collector's stop-the-world waits for
	// the WebAssembly code, which cannot be preempted, so nothing else in
	// the process runs until the layout ends. Start it first.
	if _, err := SVG(context.Background(), []byte("digraph { a -> b }"), "dot"); err != nil {
		t.Fatal(err)
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

// TestSpent checks the account of the memory go-graphviz keeps: each render
// adds its estimate, and once the account passes engine.Limit, SVG fails
// with ErrSpent at once, without drawing and without keeping the engine,
// until the limit is raised.
func TestSpent(t *testing.T) {
	account := func() int64 {
		if err := engine.Acquire(context.Background()); err != nil {
			t.Fatal(err)
		}
		defer engine.Release()
		return engine.Account()
	}
	dot := []byte("digraph { a -> b }")
	before := account()
	svg, err := SVG(context.Background(), dot, "dot")
	if err != nil {
		t.Fatal(err)
	}
	after := account()
	if want := engine.Cost(len(dot), len(svg)); after-before != want {
		t.Errorf("the render added %d bytes to the account, want %d", after-before, want)
	}
	limit := engine.Limit
	t.Cleanup(func() { engine.Limit = limit })
	engine.Limit = after
	for i := range 2 {
		if _, err := SVG(context.Background(), dot, "dot"); !errors.Is(err, ErrSpent) {
			t.Fatalf("call %d at the limit: error %v, want ErrSpent", i, err)
		}
	}
	if got := account(); got != after {
		t.Errorf("the refused calls moved the account from %d to %d", after, got)
	}
	engine.Limit = after + 1
	if _, err := SVG(context.Background(), dot, "dot"); err != nil {
		t.Fatalf("below the limit again: %v", err)
	}
}
