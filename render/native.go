package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// ErrNoNative means a format needs Graphviz's dot command and it is not
// installed (not found in PATH).
var ErrNoNative = errors.New("render: Graphviz's dot command not found (install Graphviz for PNG and PDF)")

// PNG draws g as a PNG bitmap with Graphviz's dot command, which must be
// installed; without it PNG fails with [ErrNoNative]. Unlike [SVG] it can be
// stopped: ending ctx kills the command. The size limits apply as for SVG,
// and nothing is written to w on failure.
//
// The installed Graphviz may be older than the one SVG uses, so the layout
// can differ a little from the SVG's.
func PNG(ctx context.Context, w io.Writer, g *graph.Graph, opts ...Option) error {
	return nativeGraph(ctx, w, g, FormatPNG, opts)
}

// PDF is [PNG] for PDF.
func PDF(ctx context.Context, w io.Writer, g *graph.Graph, opts ...Option) error {
	return nativeGraph(ctx, w, g, FormatPDF, opts)
}

func nativeGraph(ctx context.Context, w io.Writer, g *graph.Graph, format Format, opts []Option) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	dot, c, err := dotBytes(g, opts)
	if err != nil {
		return err
	}
	if err := c.checkSize(g); err != nil {
		return err
	}
	return native(ctx, w, dot, format, c.layout)
}

// native runs the dot command: dot -K<layout> -T<format>, the document on
// its standard input. Renders run in their own processes, so they need no
// lock.
func native(ctx context.Context, w io.Writer, dot []byte, format Format, layout Layout) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	path, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoNative
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-K"+string(layout), "-T"+string(format))
	cmd.Stdin = bytes.NewReader(dot)
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return fmt.Errorf("render: %w", cerr)
		}
		return fmt.Errorf("render: dot -T%s: %w: %s", format, err, strings.TrimSpace(stderr.String()))
	}
	if out.Len() == 0 {
		return fmt.Errorf("render: dot -T%s wrote nothing: %s", format, strings.TrimSpace(stderr.String()))
	}
	_, err = w.Write(out.Bytes())
	return err
}
