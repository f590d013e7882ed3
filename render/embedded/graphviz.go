package embedded

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/goccy/go-graphviz"

	"github.com/diplograph/diplograph/render/internal/engine"
)

// SVG lays out a DOT document with the named Graphviz layout ("dot",
// "neato", "fdp", "sfdp", "circo", "twopi", ...) in the Graphviz built into
// this program, and returns the drawing as SVG. One layout runs at a time
// in a process; the other calls wait, or stop waiting with ctx's error.
// Graphviz itself cannot be interrupted: when ctx ends during a layout, SVG
// returns ctx's error at once, and the layout runs on to its end in the
// background, after which the next call may start. So a cancelled render
// never holds up its caller, and holds up the next render only for as long
// as its layout takes; render's [render.Options.MaxTime] refuses layouts
// predicted to take longer than it allows before they start. It fails if
// the document does not parse or the layout fails. Package render calls it
// for [render.EngineEmbedded] once this package is imported; call it
// yourself only to draw DOT without package render.
//
// go-graphviz keeps memory from every render, which no call gives back
// (measured with v0.2.10: 24 KB for a two-node diagram, 190 KB for a
// 15-actor graph, 2 MB for a 1 MB DOT document). SVG keeps an estimate of
// it, and once that passes 1 GiB it draws no more and fails with
// [ErrSpent], so that a long-running program does not grow without bound.
// Package render then draws in a child process ([render.EmbeddedCommand])
// instead, so the diagrams keep coming, each at the child's start-up cost;
// a program that draws tens of thousands of diagrams may as well leave this
// package out from the start.
func SVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	if err := engine.Acquire(ctx); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	if engine.Spent() {
		engine.Release()
		return nil, ErrSpent
	}
	type result struct {
		svg []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer engine.Release()
		var buf bytes.Buffer
		// Graphviz ignores ctx, and a cancelled ctx reaching the WebAssembly
		// module can break later renders (goccy/go-graphviz#118), so it gets
		// one that is never cancelled.
		err := runGraphviz(context.WithoutCancel(ctx), &buf, dot, layout)
		engine.Spend(engine.Cost(len(dot), buf.Len()))
		done <- result{buf.Bytes(), err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return nil, r.err
		}
		return r.svg, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("render: %s layout abandoned (it runs on to its end in the background): %w", layout, ctx.Err())
	}
}

// ErrSpent means go-graphviz has kept 1 GiB of this process's memory from
// earlier renders (it frees nothing), and [SVG] draws no more.
var ErrSpent = engine.ErrSpent

// gv is the Graphviz context of every layout in the process, made by the
// first; like go-graphviz's own WebAssembly module, which it lives in, it is
// used only under engine's lock. One context for all rather than one per
// layout: measured with go-graphviz v0.2.10 on a two-node graph, a context
// per layout costs 2.5 ms and leaves 28 KB of memory behind each time, one
// shared leaves 12 KB, and it draws the same SVG (TestEmbeddedChild
// compares it with a fresh process's).
var gv *graphviz.Graphviz

// runGraphviz parses dot and draws it as SVG; the caller holds the lock.
//
// The graph is closed in a defer, but its error counts only when the render
// itself failed, joined to its error. On success it is dropped, because it
// does not describe this render: Graph.Close fails after harmless warnings
// such as "no value for width of non-ASCII character", and Graphviz's error
// state is process-wide, which no exported call resets (measured with
// go-graphviz v0.2.10: after one DOT syntax error, or any sfdp layout,
// "remove_overlap: Graphviz not built with triangulation library", every
// later Close fails with that message). Failing on them would let one bad
// input break every later render.
func runGraphviz(ctx context.Context, w io.Writer, dot []byte, layout string) (err error) {
	var closeErrs []error
	defer func() {
		if err != nil {
			err = errors.Join(append([]error{err}, closeErrs...)...)
		}
	}()
	if gv == nil {
		if gv, err = graphviz.New(ctx); err != nil {
			gv = nil
			return fmt.Errorf("render: starting graphviz: %w", err)
		}
	}
	gr, err := graphviz.ParseBytes(dot)
	if err != nil {
		return fmt.Errorf("render: parsing DOT: %w", err)
	}
	if gr == nil { // ParseBytes returns nil, nil for an empty document
		return errors.New("render: parsing DOT: no graph")
	}
	defer func() {
		if cerr := gr.Close(); cerr != nil {
			closeErrs = append(closeErrs, fmt.Errorf("render: closing graph: %w", cerr))
		}
	}()
	gv.SetLayout(graphviz.Layout(layout))
	n := 0
	cw := countWriter{w: w, n: &n}
	if err := gv.Render(ctx, gr, graphviz.SVG, cw); err != nil {
		return fmt.Errorf("render: %s layout: %w", layout, err)
	}
	if n == 0 { // go-graphviz ignores the result of gvRenderData
		return fmt.Errorf("render: %s layout: graphviz wrote nothing", layout)
	}
	return nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n *int
}

// Write writes p to the underlying writer and counts what it took.
func (c countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	*c.n += n
	return n, err
}
