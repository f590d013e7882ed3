package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/diplograph/diplograph/graph"
)

// SVG draws g as SVG and writes it to w. It writes the DOT of [DOT] with the
// same options and lays it out with the chosen [Engine]: by default the
// Graphviz built into goccy/go-graphviz (Graphviz 12.1.2, see
// [EngineEmbedded]), so that nothing outside the Go program is needed; with
// [EngineNative] the dot command. Actors and relations carry tooltips and
// relations link to their source's URL.
//
// Before the layout starts, its time is predicted ([EstimateCost]); a
// render predicted to take longer than [Options.MaxTime] fails with
// [ErrTooSlow] (see "Render time" in the package documentation).
//
// With the embedded engine linked in (package render/embedded) renders are
// serialised: one runs at a time in a process, and the others wait (SVG is
// safe to call from many goroutines). Graphviz cannot be interrupted: when
// ctx ends, or MaxTime passes, during a layout, SVG returns at once and the
// layout runs on to its end in the background, holding up the next render
// until then. With the native engine, or the embedded one in a child
// process ([EmbeddedCommand]), renders run in parallel, each in its own
// process, which ending ctx or passing MaxTime kills. A graph over the
// limits fails with [ErrTooLarge] or [ErrTooSlow] with either engine, an
// ended ctx with its error (errors.Is(err, context.Canceled)), a missing
// dot command with [ErrNoNative], a missing
// embedded engine with [ErrNoEmbedded], bad options as with [DOT], and in
// every case nothing is written to w. The SVG is built in memory and
// written to w in one call.
//
// With the same input and options, SVG is byte-identical from run to run
// for the [LayoutDot], [LayoutNeato], [LayoutCirco] and [LayoutTwopi]
// layouts, and with the embedded engine on every machine.
func SVG(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	return drawGraph(ctx, w, g, FormatSVG, opts)
}

// PNG draws g as a PNG bitmap with Graphviz's dot command
// ([EngineNative]), which must be installed; without it PNG fails with
// [ErrNoNative]. The embedded engine cannot draw PNG: [EngineEmbedded]
// fails with [ErrUnsupportedFormat]. Unlike the embedded engine the dot
// command can be stopped: ending ctx kills it. The size limits apply as
// for [SVG], and nothing is written to w on failure.
//
// The installed Graphviz may be older than the one the embedded engine
// uses, so the layout can differ a little from the default SVG's.
func PNG(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	return drawGraph(ctx, w, g, FormatPNG, opts)
}

// PDF is [PNG] for PDF.
func PDF(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	return drawGraph(ctx, w, g, FormatPDF, opts)
}

// write writes g to w in format: [DOT], [SVG], [PNG] or [PDF].
func write(ctx context.Context, w io.Writer, g *graph.Graph, format Format, opts Options) error {
	if format == FormatDOT {
		return DOT(w, g, opts)
	}
	return drawGraph(ctx, w, g, format, opts)
}

// drawGraph is [SVG], [PNG] and [PDF]: it writes the DOT, checks the size,
// and has the engine draw it.
func drawGraph(ctx context.Context, w io.Writer, g *graph.Graph, format Format, opts Options) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	d, err := dotBytes(g, opts)
	if err != nil {
		return err
	}
	if err := d.c.checkSize(g, d.actors, d.lines); err != nil {
		return err
	}
	if d, err = d.fitTime(g, opts); err != nil {
		return err
	}
	engine, err := engineFor(d.c.engine, format)
	if err != nil {
		return err
	}
	rctx := ctx
	if d.c.maxTime > 0 {
		var cancel context.CancelFunc
		rctx, cancel = context.WithTimeout(ctx, d.c.maxTime)
		defer cancel()
	}
	out, err := run(rctx, d.dot, format, d.c.layout, engine)
	if err != nil {
		if ctx.Err() == nil && errors.Is(rctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("%w: %s stopped after %s, the limit (the prediction was %s); draw a filtered view, "+
				"or allow more time (Options.MaxTime; render --max-time)", ErrTooSlow, d.c.layout, d.c.maxTime, roundTime(d.cost().Time))
		}
		return err
	}
	if format == FormatSVG {
		out = fontFamily(out, &d.c.theme)
	}
	_, err = w.Write(out)
	return err
}

// DrawOptions says how [Draw] draws a DOT document. Its zero value draws
// SVG with the dot layout and the embedded engine.
type DrawOptions struct {
	// Format is the output format: [FormatSVG], the default, [FormatPNG]
	// or [FormatPDF]. [FormatDOT] fails with [ErrUnsupportedFormat]: the
	// document is DOT already.
	Format Format

	// Layout is the layout of a document that names none. As with
	// Graphviz's dot command, a layout attribute in the document wins, and
	// the DOT that [DOT] writes names its own. The default, [LayoutAuto],
	// means [LayoutDot] here: a document's size is not known before it is
	// parsed.
	Layout Layout

	// Engine is the Graphviz that draws. The default, [EngineDefault], is
	// [EngineEmbedded] for SVG and [EngineNative] for PNG and PDF, as for
	// [SVG], [PNG] and [PDF], with the same rules: with the embedded
	// engine, one render at a time and ctx checked only before starting;
	// with the native one, the dot command, killed when ctx ends.
	Engine Engine
}

// Draw lays out a DOT document and writes the drawing to w, as opts says.
// Use it to draw DOT that [DOT] wrote and you changed. It fails if the
// document does not parse, with [ErrUnsupportedFormat] for a format the
// engine cannot draw, and on options out of range; nothing is written on
// failure. The document is not size-checked, so bound it yourself if it
// comes from users.
func Draw(ctx context.Context, w io.Writer, dot []byte, opts DrawOptions) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	if err := opts.Layout.check(); err != nil {
		return err
	}
	switch opts.Format {
	case FormatSVG, FormatPNG, FormatPDF:
	case FormatDOT:
		return fmt.Errorf("%w: %v from a DOT document, which is DOT already (want svg, png or pdf)", ErrUnsupportedFormat, opts.Format)
	default:
		return opts.Format.check()
	}
	engine, err := engineFor(opts.Engine, opts.Format)
	if err != nil {
		return err
	}
	layout := opts.Layout
	if layout == LayoutAuto {
		layout = LayoutDot
	}
	out, err := run(ctx, dot, opts.Format, layout, engine)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// run lays dot out and draws it in format (SVG, PNG or PDF) with engine,
// EngineEmbedded or EngineNative.
func run(ctx context.Context, dot []byte, format Format, layout Layout, engine Engine) ([]byte, error) {
	if engine == EngineNative {
		return native(ctx, dot, format, layout)
	}
	switch format {
	case FormatPNG:
		return nil, fmt.Errorf("%w: png with the embedded Graphviz, whose PNG output is broken "+
			"(go-graphviz v0.2.10: lines drawn as filled wedges, outlines and dashes missing); "+
			"use Engine: render.EngineNative, which needs Graphviz's dot command", ErrUnsupportedFormat)
	case FormatPDF:
		return nil, fmt.Errorf("%w: pdf with the embedded Graphviz, which has no PDF output; "+
			"use Engine: render.EngineNative, which needs Graphviz's dot command", ErrUnsupportedFormat)
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
