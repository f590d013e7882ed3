package render

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/atomicfile"
)

// WriteFile draws g into the file at path, in the format its extension
// names, in any case: ".svg" ([SVG]), ".png" ([PNG]), ".pdf" ([PDF]) or
// ".dot" ([DOT]); any other extension fails with an error wrapping
// [ErrUnsupportedFormat], before anything is written. The drawing goes to a
// temporary file beside path, which replaces path only once it is complete,
// so a failed render leaves an existing file as it was. The file is created
// with permissions 0644 (before the umask).
//
// Errors are those of the drawing function, prefixed with path, or of the
// file system; ctx is checked before anything is drawn.
func WriteFile(ctx context.Context, path string, g *graph.Graph, opts Options) error {
	format, err := formatOf(path)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: render: %w", path, err)
	}
	return atomicfile.Write(path, 0o644, func(w io.Writer) error {
		if err := write(ctx, w, g, format, opts); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	})
}

// formatOf returns the format that path's extension names.
func formatOf(path string) (Format, error) {
	ext := filepath.Ext(path)
	for _, f := range Formats() {
		if strings.EqualFold(ext, "."+f.String()) {
			return f, nil
		}
	}
	want := make([]string, len(formatNames))
	for i, n := range formatNames {
		want[i] = "." + n
	}
	return 0, fmt.Errorf("%w: %s: extension %q names no format (want %s)", ErrUnsupportedFormat, path, ext, orList(want))
}
