package show_test

import (
	"fmt"
	"io"

	"github.com/diplograph/diplograph/report/notebook/show"
)

// scores is a table: it can write itself as HTML and as Markdown.
type scores map[string]float64

func (s scores) WriteHTML(w io.Writer) error {
	_, err := fmt.Fprintf(w, "<table><tr><td>RUS</td><td>%.2f</td></tr></table>", s["RUS"])
	return err
}

func (s scores) WriteMarkdown(w io.Writer) error {
	_, err := fmt.Fprintf(w, "| actor | score |\n| --- | --- |\n| RUS | %.2f |\n", s["RUS"])
	return err
}

// Outside a notebook run, Show writes a table's Markdown and any other
// value as text; in a notebook the table appears beneath its block, in
// HTML in FILE.html and in Markdown in FILE.md.
func ExampleShow() {
	show.Show(scores{"RUS": 0.21})
	show.Show("Russia ranks first")
	// Output:
	// | actor | score |
	// | --- | --- |
	// | RUS | 0.21 |
	// Russia ranks first
}
