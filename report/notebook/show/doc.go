// Package show is the runtime of diplograph notebooks: the program that
// package notebook generates from a Markdown notebook calls it, and a
// notebook's code blocks call Show to put a table, a figure or a value in
// the notebook's output, right beneath the block, in order with what the
// block prints.
//
// Inside a notebook a block writes
//
//	show(t)
//
// (a shorthand the generated program defines, unless the notebook declares
// its own show or imports this package), or, importing this package,
//
//	show.Show(t)
//
// What Show makes of a value, in this order:
//
//   - a table: a value with both WriteHTML(io.Writer) error and
//     WriteMarkdown(io.Writer) error (as report/table's tables have) shows
//     as a table, in HTML in FILE.html and in Markdown in FILE.md;
//   - a figure: a value with WriteSVG(io.Writer) error (as report/chart's
//     charts have), or SVG bytes ([]byte or string beginning, after white
//     space, an XML declaration and comments, with "<svg"), shows as a figure;
//   - text: a value with WriteText(io.Writer) error writes that text; any
//     other value is formatted as fmt.Sprint formats it (its String or Error
//     method if it has one), followed by a newline.
//
// Outside a notebook run (no token in the environment) Show writes text to
// standard output: a table's Markdown, a figure as a one-line note, so that a
// notebook's code also runs as an ordinary program.
//
// Show panics when the value's writer fails: the notebook then stops at the
// block that called it, with the writer's error, as at any other failure.
//
// Block and End are called by the generated program only.
package show
