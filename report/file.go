package report

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/internal/atomicfile"
)

// WriteFile writes the report to path, choosing the form by the
// extension: ".html" or ".htm" for the HTML page (Report.WriteHTML), ".md"
// or ".markdown" for Markdown with its figures beside it
// (Report.WriteMarkdown, named after the file without its extension). The
// file is written whole or not at all (through a temporary file, so a
// failed write never truncates a good report). Another extension fails
// with ErrBadPath.
func (r *Report) WriteFile(path string) error {
	ext := filepath.Ext(path)
	switch strings.ToLower(ext) {
	case ".html", ".htm":
		if err := r.Err(); err != nil {
			return err
		}
		return atomicfile.Write(path, 0o644, r.WriteHTML)
	case ".md", ".markdown":
		return r.WriteMarkdown(filepath.Dir(path), strings.TrimSuffix(filepath.Base(path), ext))
	}
	return fmt.Errorf("%w: %s: want a .html, .htm, .md or .markdown file", ErrBadPath, path)
}
