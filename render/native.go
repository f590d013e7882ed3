package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// ErrNoNative means the [Native] engine was chosen, or PNG or PDF asked
// for, and Graphviz's dot command is not installed (not found in PATH).
var ErrNoNative = errors.New("render: Graphviz's dot command not found (install Graphviz for PNG, PDF and the native engine)")

// PNG draws g as a PNG bitmap with Graphviz's dot command ([Native]), which
// must be installed; without it PNG fails with [ErrNoNative]. The
// [Embedded] engine cannot draw PNG: WithEngine(Embedded) fails with
// [ErrUnsupportedFormat]. Unlike the embedded engine the dot command can be
// stopped: ending ctx kills it. The size limits apply as for [SVG], and
// nothing is written to w on failure.
//
// The installed Graphviz may be older than the one the embedded engine
// uses, so the layout can differ a little from the default SVG's.
func PNG(ctx context.Context, w io.Writer, g *graph.Graph, opts ...Option) error {
	return draw(ctx, w, g, FormatPNG, opts)
}

// PDF is [PNG] for PDF.
func PDF(ctx context.Context, w io.Writer, g *graph.Graph, opts ...Option) error {
	return draw(ctx, w, g, FormatPDF, opts)
}

// maxStderr is how much of the dot command's error output an error quotes.
const maxStderr = 2000

// native runs the dot command: dot -K<layout> -T<format>, the document on
// its standard input. Renders run in their own processes, so they need no
// lock; ending ctx kills the process.
func native(ctx context.Context, dot []byte, format Format, layout Layout) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	path, err := exec.LookPath("dot")
	if err != nil {
		return nil, ErrNoNative
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-K"+string(layout), "-T"+string(format))
	cmd.Stdin = bytes.NewReader(dot)
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	cmd.WaitDelay = time.Second // do not wait on pipes held open after a kill
	if err := cmd.Run(); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, fmt.Errorf("render: %w", cerr)
		}
		return nil, fmt.Errorf("render: dot -K%s -T%s: %w: %s", layout, format, err, stderrTail(stderr.String()))
	}
	if out.Len() == 0 {
		return nil, fmt.Errorf("render: dot -K%s -T%s wrote nothing: %s", layout, format, stderrTail(stderr.String()))
	}
	return out.Bytes(), nil
}

// stderrTail returns the end of the dot command's error output, trimmed.
func stderrTail(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > maxStderr {
		s = "…" + strings.ToValidUTF8(s[len(s)-maxStderr:], "")
	}
	return s
}
