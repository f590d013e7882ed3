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
// this program, and returns the drawing as SVG. One call runs at a time in
// a process (the others wait, or stop waiting with ctx's error); Graphviz
// itself cannot be interrupted, so ctx is looked at only before it starts.
// It fails if the document does not parse or the layout fails. Package
// render calls it for [render.EngineEmbedded] once this package is
// imported; call it yourself only to draw DOT without package render.
func SVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	if err := engine.Acquire(ctx); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	defer engine.Release()
	var buf bytes.Buffer
	// Graphviz ignores ctx, and a cancelled ctx reaching the WebAssembly
	// module can break later renders (goccy/go-graphviz#118), so it gets
	// one that is never cancelled.
	if err := runGraphviz(context.WithoutCancel(ctx), &buf, dot, layout); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// runGraphviz parses dot and draws it as SVG; the caller holds the lock.
//
// Both go-graphviz handles are closed in defers, but their errors count only
// when the render itself failed, joined to its error. On success they are
// dropped, because they do not describe this render: Close returns the
// message of Graphviz's process-wide error state, which no exported call
// resets. Measured with go-graphviz v0.2.10: after one DOT syntax error, or
// any sfdp layout ("remove_overlap: Graphviz not built with triangulation
// library"), every later Graphviz.Close in the process fails with that
// message; and Graph.Close fails after harmless warnings such as "no value
// for width of non-ASCII character". Failing on them would let one bad input
// break every later render.
func runGraphviz(ctx context.Context, w io.Writer, dot []byte, layout string) (err error) {
	var closeErrs []error
	defer func() {
		if err != nil {
			err = errors.Join(append([]error{err}, closeErrs...)...)
		}
	}()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("render: starting graphviz: %w", err)
	}
	defer func() {
		if cerr := gv.Close(); cerr != nil {
			closeErrs = append(closeErrs, fmt.Errorf("render: closing graphviz: %w", cerr))
		}
	}()
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
