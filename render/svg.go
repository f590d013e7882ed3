package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/goccy/go-graphviz"

	"github.com/diplograph/diplograph/graph"
)

// ErrTooLarge means a graph has more actors or relations than the limits
// set by [WithMaxActors] and [WithMaxRelations]; draw a filtered view.
var ErrTooLarge = errors.New("render: graph too large to draw")

// ErrUnsupportedFormat means a [Format] that is unknown or that the chosen
// [Engine] cannot draw (PNG and PDF with [Embedded]).
var ErrUnsupportedFormat = errors.New("render: unsupported format")

func tooLarge(what string, n, limit int, option string) error {
	return fmt.Errorf("%w: %d %s, limit %d (draw a filtered view, or raise the limit with %s)", ErrTooLarge, n, what, limit, option)
}

// Format is an output format of [RenderDOT].
type Format string

// The formats. SVG is drawn by either [Engine]; PNG and PDF only by the
// [Native] one, Graphviz's dot command, because go-graphviz's own PNG
// output is broken (measured with v0.2.10) and it has no PDF.
const (
	FormatSVG Format = "svg" // SVG 1.1 with tooltips and links
	FormatPNG Format = "png" // PNG bitmap; needs the dot command
	FormatPDF Format = "pdf" // PDF; needs the dot command
)

// lock serialises every use of go-graphviz, the package's only state. The
// library runs Graphviz in a single WebAssembly module per process, which is
// not safe for concurrent use (goccy/go-graphviz#117): two renders at once
// corrupt each other. A channel rather than a sync.Mutex lets a caller stop
// waiting when its context ends.
var lock = make(chan struct{}, 1)

// acquire waits for the lock or for ctx to end.
func acquire(ctx context.Context) error {
	select {
	case lock <- struct{}{}:
		if err := ctx.Err(); err != nil { // both ready: do not start late work
			<-lock
			return err
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func release() { <-lock }

// SVG draws g as SVG and writes it to w. It writes the DOT of [DOT] with the
// same options and lays it out with the chosen [Engine]: by default the
// Graphviz built into goccy/go-graphviz (Graphviz 12.1.2, see [Embedded]),
// so that nothing outside the Go program is needed; with
// WithEngine([Native]) the dot command. Actors and relations carry tooltips
// and relations link to their source's URL.
//
// With the Embedded engine renders are serialised: one runs at a time in a
// process, and the others wait (SVG is safe to call from many goroutines).
// Graphviz cannot be interrupted, so ctx is checked before the render
// starts, including after waiting for another render to finish, and not
// during it; the size limits ([WithMaxActors], [WithMaxRelations]) bound how
// long a render takes. With the Native engine renders run in parallel, each
// in its own process, which ending ctx kills. A graph over the limits fails
// with [ErrTooLarge] with either engine, an ended ctx with its error
// (errors.Is(err, context.Canceled)), a missing dot command with
// [ErrNoNative], and in every case nothing is written to w. The SVG is
// built in memory and written to w in one call.
//
// With the same input and options, SVG is byte-identical from run to run
// for the [Dot], [Neato], [Circo] and [Twopi] layouts, and with the
// Embedded engine on every machine.
func SVG(ctx context.Context, w io.Writer, g *graph.Graph, opts ...Option) error {
	return draw(ctx, w, g, FormatSVG, opts)
}

// draw is [SVG], [PNG] and [PDF]: it writes the DOT, checks the size, and
// has the engine draw it.
func draw(ctx context.Context, w io.Writer, g *graph.Graph, format Format, opts []Option) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	d, err := dotBytes(g, opts)
	if err != nil {
		return err
	}
	if err := d.c.checkSize(g, d.lines); err != nil {
		return err
	}
	engine, err := d.c.engineFor(format)
	if err != nil {
		return err
	}
	out, err := run(ctx, d.dot, format, d.c.layout, engine)
	if err != nil {
		return err
	}
	if format == FormatSVG {
		out = fontFamily(out, &d.c.theme)
	}
	_, err = w.Write(out)
	return err
}

// run lays dot out and draws it in format with engine, Embedded or Native.
func run(ctx context.Context, dot []byte, format Format, layout Layout, engine Engine) ([]byte, error) {
	if engine == Native {
		return native(ctx, dot, format, layout)
	}
	switch format {
	case FormatPNG:
		return nil, fmt.Errorf("%w: png with the embedded Graphviz, whose PNG output is broken "+
			"(go-graphviz v0.2.10: lines drawn as filled wedges, outlines and dashes missing); "+
			"use WithEngine(render.Native), which needs Graphviz's dot command", ErrUnsupportedFormat)
	case FormatPDF:
		return nil, fmt.Errorf("%w: pdf with the embedded Graphviz, which has no PDF output; "+
			"use WithEngine(render.Native), which needs Graphviz's dot command", ErrUnsupportedFormat)
	}
	return renderSVG(ctx, dot, layout)
}

// fontFamily replaces, in svg, the font Graphviz sized the text for with the
// theme's list of fonts for viewers to choose from.
func fontFamily(svg []byte, t *Theme) []byte {
	if t.FontFamily == "" || t.FontFamily == t.FontName {
		return svg
	}
	attr := func(s string) []byte {
		var b bytes.Buffer
		b.WriteString(`font-family="`)
		xml.EscapeText(&b, []byte(clean(s)))
		b.WriteString(`"`)
		return b.Bytes()
	}
	return bytes.ReplaceAll(svg, attr(t.FontName), attr(t.FontFamily))
}

// RenderDOT lays out a DOT document with the given layout and writes it to
// w in the given format. Of the options only [WithEngine] applies; the
// engine defaults as for [SVG], [PNG] and [PDF], and its rules apply: with
// [Embedded], one render at a time and ctx checked only before starting;
// with [Native], the dot command, killed when ctx ends. Nothing is written
// on failure. It fails if dot does not parse. Use it to draw DOT that [DOT]
// wrote and you changed; dot is not size-checked, so bound it yourself if it
// comes from users.
func RenderDOT(ctx context.Context, w io.Writer, dot []byte, format Format, layout Layout, opts ...Option) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	if !layout.valid() {
		return fmt.Errorf("%w %q (want dot, neato, fdp, sfdp, circo or twopi)", ErrBadLayout, layout)
	}
	switch format {
	case FormatSVG, FormatPNG, FormatPDF:
	default:
		return fmt.Errorf("%w %q (want svg, png or pdf)", ErrUnsupportedFormat, format)
	}
	engine, err := newConfig(opts).engineFor(format)
	if err != nil {
		return err
	}
	out, err := run(ctx, dot, format, layout, engine)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// renderSVG lays dot out with the built-in Graphviz, holding the lock.
func renderSVG(ctx context.Context, dot []byte, layout Layout) ([]byte, error) {
	if err := acquire(ctx); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	defer release()
	var buf bytes.Buffer
	// Graphviz ignores ctx, and a cancelled ctx reaching the WebAssembly
	// module can break later renders (goccy/go-graphviz#118), so it gets
	// one that is never cancelled.
	if err := runGraphviz(context.WithoutCancel(ctx), &buf, dot, FormatSVG, layout); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// runGraphviz parses and renders dot; the caller holds the lock.
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
func runGraphviz(ctx context.Context, w io.Writer, dot []byte, format Format, layout Layout) (err error) {
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
	if err := gv.Render(ctx, gr, graphviz.Format(format), cw); err != nil {
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

func (c countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	*c.n += n
	return n, err
}
