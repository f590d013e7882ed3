package report

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

func TestBlockErrors(t *testing.T) {
	_, hostile := ukraine(t)
	other := graph.NewBuilder()
	other.Add(actors.NewState("FRA", "France"))
	small, err := other.Build()
	if err != nil {
		t.Fatal(err)
	}
	plain := []byte(`<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`)
	tests := []struct {
		name string
		step func(r *Report)
		err  error
	}{
		{"heading level 0", func(r *Report) { r.Heading(0, "x") }, ErrBadHeading},
		{"heading level 4", func(r *Report) { r.Heading(4, "x") }, ErrBadHeading},
		{"heading without text", func(r *Report) { r.Heading(1, "  ") }, ErrBadHeading},
		{"nil table", func(r *Report) { r.Table(nil) }, ErrNil},
		{"nil graph for evidence", func(r *Report) { r.Evidence(nil) }, ErrNil},
		{"nil graph for timeline", func(r *Report) { r.Timeline(nil) }, ErrNil},
		{"nil graph for diagram", func(r *Report) { r.Diagram("d", fixture(t), nil, "") }, ErrNil},
		{"figure name with capitals", func(r *Report) { r.Figure("Network", plain, "") }, ErrBadName},
		{"figure name with a slash", func(r *Report) { r.Figure("a/b", plain, "") }, ErrBadName},
		{"figure name empty", func(r *Report) { r.Figure("", plain, "") }, ErrBadName},
		{"figure name twice", func(r *Report) { r.Figure("f", plain, ""); r.Figure("f", plain, "") }, ErrBadName},
		{"figure and diagram share a name", func(r *Report) { r.Figure("f", plain, ""); r.Diagram("f", fixture(t), hostile, "") }, ErrBadName},
		{"figure not SVG", func(r *Report) { r.Figure("f", []byte("<html/>"), "") }, ErrBadSVG},
		{"figure not XML", func(r *Report) { r.Figure("f", []byte("<svg>"), "") }, ErrBadSVG},
		{"diagram without actors", func(r *Report) { r.Diagram("d", plain, hostile, "") }, ErrBadDiagram},
		{"diagram of another graph", func(r *Report) { r.Diagram("d", fixture(t), small, "") }, ErrBadDiagram},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := New("T")
			r.Text("first block")
			tc.step(r)
			r.Text("last block")
			err := r.Err()
			var e *Error
			if !errors.Is(err, tc.err) || !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error wrapping %v", err, tc.err)
			}
			if e.Block < 2 || e.What == "" {
				t.Errorf("the error does not say where: %+v", e)
			}
			var b bytes.Buffer
			if err := r.WriteHTML(&b); !errors.Is(err, tc.err) || b.Len() != 0 {
				t.Errorf("WriteHTML: %v, %d bytes written", err, b.Len())
			}
			dir := t.TempDir()
			if err := r.WriteMarkdown(dir, "r"); !errors.Is(err, tc.err) {
				t.Errorf("WriteMarkdown: %v", err)
			}
			if err := r.WriteFile(filepath.Join(dir, "r.html")); !errors.Is(err, tc.err) {
				t.Errorf("WriteFile: %v", err)
			}
			if files, _ := os.ReadDir(dir); len(files) != 0 {
				t.Errorf("a report with errors wrote %d files", len(files))
			}
		})
	}
	// Every problem is reported, each with its block.
	r := New("T")
	r.Heading(9, "x")
	r.Text("fine")
	r.Figure("BAD", nil, "")
	var e *Error
	err = r.Err()
	if !errors.Is(err, ErrBadHeading) || !errors.Is(err, ErrBadName) || !errors.As(err, &e) || e.Block != 1 {
		t.Errorf("got %v", err)
	}
	if want := `block 3 (figure "BAD"): report: bad figure name`; !bytes.Contains([]byte(err.Error()), []byte(want)) {
		t.Errorf("error %q does not say %q", err, want)
	}
}

func TestWritePaths(t *testing.T) {
	r := New("T")
	r.Text("x")
	dir := t.TempDir()
	for _, name := range []string{"", ".", "..", "a/b", `a\b`, "a\x00b", "a\xffb"} {
		if err := r.WriteMarkdown(dir, name); !errors.Is(err, ErrBadPath) {
			t.Errorf("WriteMarkdown(%q): got %v", name, err)
		}
	}
	for _, p := range []string{"r.txt", "r", "r.pdf"} {
		if err := r.WriteFile(filepath.Join(dir, p)); !errors.Is(err, ErrBadPath) {
			t.Errorf("WriteFile(%q): got %v", p, err)
		}
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("bad paths wrote %d files", len(files))
	}
	// A failed write leaves a good file as it was.
	good := filepath.Join(dir, "r.html")
	if err := r.WriteFile(good); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(good)
	r.Heading(7, "bad")
	if err := r.WriteFile(good); err == nil {
		t.Fatal("no error")
	}
	if after, _ := os.ReadFile(good); !bytes.Equal(before, after) {
		t.Errorf("a failed write changed the file")
	}
	if err := r.WriteFile(filepath.Join(dir, "missing", "r.md")); err == nil {
		t.Errorf("writing into a missing directory did not fail")
	}
	for _, p := range []string{"R.HTM", "r.markdown"} {
		r := New("T")
		if err := r.WriteFile(filepath.Join(dir, p)); err != nil {
			t.Errorf("WriteFile(%q): %v", p, err)
		}
	}
}

// TestFailedMarkdownKeepsTheFiles writes a Markdown report with a figure,
// then writes it again where the figure's file cannot be written (a
// directory stands in its place): the write fails, and the Markdown file
// written before is left whole, as it was.
func TestFailedMarkdownKeepsTheFiles(t *testing.T) {
	dir := t.TempDir()
	svg := []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`)
	r := New("T")
	r.Text("first")
	r.Figure("chart", svg, "A chart.")
	if err := r.WriteFile(filepath.Join(dir, "r.md")); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(dir, "r.md"))
	if err != nil {
		t.Fatal(err)
	}
	r2 := New("T")
	r2.Text("second")
	r2.Figure("other", svg, "Another chart.")
	if err := os.Mkdir(filepath.Join(dir, "r-other.svg"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := r2.WriteFile(filepath.Join(dir, "r.md")); err == nil {
		t.Fatal("writing a figure over a directory did not fail")
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "r.md")); !bytes.Equal(before, after) {
		t.Errorf("the failed write changed r.md:\n%s", after)
	}
	files, _ := os.ReadDir(dir)
	var names []string
	for _, f := range files {
		names = append(names, f.Name())
	}
	if want := []string{"r-chart.svg", "r-other.svg", "r.md"}; !slices.Equal(names, want) {
		t.Errorf("files %v, want %v (no temporary file left)", names, want)
	}
}
