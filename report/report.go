package report

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/report/table"
)

// Report is a document built step by step, like a notebook: headings,
// paragraphs, Markdown prose, tables, figures, interactive diagrams,
// evidence indexes, timelines, code and its output, in the order they are
// added. Make one with New; write it with Report.WriteHTML,
// Report.WriteMarkdown or Report.WriteFile.
//
// The methods that add blocks never fail on the spot, so a notebook reads
// as a list of steps: a bad input (a figure that is not SVG, a heading level
// out of range, a nil table) is recorded with the block's number, and
// Report.Err and every writer return all of them, writing nothing.
//
// What a block shows is fixed when it is added: a table is copied, a
// figure checked and cleaned, a graph's relations read. A Report is not
// safe for concurrent use.
type Report struct {
	// Author is shown under the title; default none.
	Author string
	// Date is shown under the title. The default, the zero Date, shows
	// none: a report carries no timestamp unless given one, so the same
	// steps write the same bytes.
	Date date.Date
	// Lang is the language of the HTML page (its lang attribute); the
	// default is "en".
	Lang string

	title   string
	blocks  []block
	errs    []error
	names   map[string]bool
	figures int
	lists   int // evidence lists so far, for their ids
}

// New returns an empty report with the given title, written as the page's
// <h1> (and "# title" in Markdown).
func New(title string) *Report {
	return &Report{title: title, names: map[string]bool{}}
}

// Title returns the report's title.
func (r *Report) Title() string { return r.title }

// Err returns every problem recorded while adding blocks, joined, or nil.
// Each is an *Error naming the block.
func (r *Report) Err() error { return errors.Join(r.errs...) }

// fail records a problem with the block about to be added.
func (r *Report) fail(what string, err error) {
	r.errs = append(r.errs, &Error{Block: len(r.blocks) + 1, What: what, Err: err})
	r.blocks = append(r.blocks, nothing{})
}

// Heading adds a heading: level 1 is a section, 2 a subsection, 3 a
// subsubsection (<h2>, <h3>, <h4> in HTML and ##, ###, #### in Markdown:
// the title alone is the first level). Sections and subsections make the
// table of contents. The text is plain text, escaped. A level out of 1 to
// 3 or an empty text is recorded as ErrBadHeading.
func (r *Report) Heading(level int, text string) {
	switch {
	case level < 1 || level > 3:
		r.fail("heading", fmt.Errorf("%w: level %d, want 1 (section), 2 or 3", ErrBadHeading, level))
	case strings.TrimSpace(text) == "":
		r.fail("heading", fmt.Errorf("%w: no text", ErrBadHeading))
	default:
		r.blocks = append(r.blocks, &heading{level: level, text: strings.TrimSpace(text)})
	}
}

// Text adds plain text: paragraphs separated by blank lines, lines within
// a paragraph joined by spaces. Nothing in it is markup: it is escaped in
// HTML and in Markdown, so names and quotes from data can go here as they
// are.
func (r *Report) Text(s string) {
	r.blocks = append(r.blocks, &paragraphs{text: s})
}

// Markdown adds prose written in Markdown (CommonMark with GitHub's tables,
// strikethrough and autolinks), rendered to HTML with goldmark. It is
// rendered safely, so prose that quotes data cannot inject anything: raw
// HTML is shown as text, links stay links only to http, https and mailto
// addresses, fragments and relative paths (others, such as javascript:,
// become their text), and images become links to them, so the page loads
// nothing. The Markdown writer copies the prose as written, made as safe:
// raw HTML escaped, links to other addresses and images of anything but a
// relative path escaped into text.
func (r *Report) Markdown(s string) {
	b, err := renderProse(s)
	if err != nil {
		r.fail("markdown", err)
		return
	}
	r.blocks = append(r.blocks, &prose{src: s, rendered: b})
}

// Table adds a table (see package table), copied as it is now. A nil table
// is recorded as ErrNil.
func (r *Report) Table(t *table.Table) {
	if t == nil {
		r.fail("table", fmt.Errorf("%w: the table is nil", ErrNil))
		return
	}
	r.blocks = append(r.blocks, &tableBlock{t: t.Select(func(table.Row) bool { return true })})
}

// namePattern is what a figure name looks like: it names files and ids.
var namePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// checkName records a bad or repeated figure name and reports whether the
// name is good.
func (r *Report) checkName(what, name string) bool {
	switch {
	case !namePattern.MatchString(name):
		r.fail(what, fmt.Errorf("%w %q: use a-z, 0-9 and '-', starting with a letter or digit, at most 64 bytes", ErrBadName, name))
		return false
	case r.names[name]:
		r.fail(what, fmt.Errorf("%w %q: used twice", ErrBadName, name))
		return false
	}
	r.names[name] = true
	return true
}

// Figure adds a numbered figure ("Figure 1.") from SVG bytes - a chart, a
// diagram drawn by package render - with a caption (plain text). Name
// identifies the figure: it names its file beside the Markdown
// ("<report>-<name>.svg") and its id in the HTML page ("fig-<name>"), so
// it is a lower-case slug, unique in the report.
//
// The SVG must be a well-formed XML document whose root is <svg>. It is
// cleaned before use, defensively even for our own drawings: script,
// style, foreignObject, images, animation and any unknown element are
// dropped with their content, and so are event handler (on*) attributes,
// links to anything but http(s) addresses or the figure's own ids, and
// url() references outside the figure; ids are prefixed with the figure's
// name so that several figures can share a page. Problems are recorded as
// ErrBadName or ErrBadSVG.
func (r *Report) Figure(name string, svg []byte, caption string) {
	what := fmt.Sprintf("figure %q", name)
	if !r.checkName(what, name) {
		return
	}
	clean, err := sanitizeSVG(svg, svgOptions{})
	if err != nil {
		r.fail(what, err)
		return
	}
	inline, err := sanitizeSVG(svg, svgOptions{prefix: name + "-"})
	if err != nil {
		r.fail(what, err)
		return
	}
	r.figures++
	r.blocks = append(r.blocks, &figure{name: name, caption: caption, number: r.figures, file: clean, inline: inline})
}

// Diagram adds an interactive figure: an SVG drawn by package render from
// g (or from a view of it), whose nodes are <g id="a-ACTOR" class="node
// ..."> and whose edges are <g id="r-RELATION" class="edge ..."> (or
// id="b-RELATION" for a bundle of parallel relations, named by its first
// relation). The SVG is checked and cleaned as by Report.Figure.
//
// In the HTML page, selecting an actor (click, or Tab to it and press
// Enter or Space) highlights its relations and their other ends, fades the
// rest, and narrows the evidence panel under the diagram to those
// relations, each with its quotes, sources, dates and links; selecting it
// again, pressing Escape or clicking the background shows everything
// again. Without script the panel lists every relation of g with its
// evidence, so the page reads the same on paper.
//
// For tests and tools the page keeps stable hooks: the figure is
// <figure class="figure diagram" id="fig-NAME">; a node carries
// data-actor="ID" (and the id "NAME-a-ID"), an edge data-relation="ID" or
// data-bundle="ID"; highlighted nodes, edges and panel items carry
// data-highlighted="true" (and the class "highlighted" on nodes and
// edges; "faded" on the others, "selected" on the chosen node); the panel
// is id="fig-NAME-panel", its status line id="fig-NAME-status", its items
// <li data-relation="ID">, and the data block <script
// type="application/json" id="fig-NAME-data">.
//
// A nil graph is recorded as ErrNil; an SVG with no actor node, or showing
// an actor or relation that g lacks, as ErrBadDiagram.
func (r *Report) Diagram(name string, svg []byte, g *graph.Graph, caption string) {
	what := fmt.Sprintf("diagram %q", name)
	if g == nil {
		r.fail(what, fmt.Errorf("%w: the graph is nil", ErrNil))
		return
	}
	if !r.checkName(what, name) {
		return
	}
	clean, err := sanitizeSVG(svg, svgOptions{})
	if err != nil {
		r.fail(what, err)
		return
	}
	d := &drawing{name: func(id string) (string, bool) {
		a, ok := g.Actor(id)
		return a.Label(), ok
	}}
	inline, err := sanitizeSVG(svg, svgOptions{prefix: name + "-", diagram: d})
	if err != nil {
		r.fail(what, err)
		return
	}
	if err := d.check(g); err != nil {
		r.fail(what, err)
		return
	}
	names := map[string]string{}
	for _, id := range d.actors {
		names[id], _ = d.name(id)
	}
	r.figures++
	r.blocks = append(r.blocks, &diagram{
		figure: figure{name: name, caption: caption, number: r.figures, file: clean, inline: inline},
		actors: names,
		items:  relationItems(g),
	})
}

// check fails with ErrBadDiagram if the drawing shows no actor, or an actor
// or relation that g lacks.
func (d *drawing) check(g *graph.Graph) error {
	if len(d.actors) == 0 {
		return fmt.Errorf("%w: %w: no actor node (want <g id=\"a-ID\" class=\"node ...\">, as package render draws)", ErrBadDiagram, errNotDrawn)
	}
	for _, id := range d.actors {
		if _, ok := g.Actor(id); !ok {
			return fmt.Errorf("%w: %w: it shows actor %q, which the graph lacks", ErrBadDiagram, errNotDrawn, id)
		}
	}
	for _, id := range d.edges {
		if _, ok := g.Relation(id); !ok {
			return fmt.Errorf("%w: %w: it shows relation %q, which the graph lacks", ErrBadDiagram, errNotDrawn, id)
		}
	}
	return nil
}

// Evidence adds the evidence index of g: every relation, in the graph's
// order, as a sentence ("Vladimir Putin phoned Barack Obama"), its time,
// who reports it, and each citation with its quote, source (publisher,
// title, date) and link. Only http and https addresses become links (with
// rel="noopener noreferrer"); any other address is shown as text. A nil
// graph is recorded as ErrNil.
func (r *Report) Evidence(g *graph.Graph) {
	if g == nil {
		r.fail("evidence", fmt.Errorf("%w: the graph is nil", ErrNil))
		return
	}
	r.lists++
	r.blocks = append(r.blocks, &evidence{n: r.lists, items: relationItems(g)})
}

// Timeline adds the dated relations of g in date order, grouped by month
// ("March 2014"), each with its time as precise as it is known ("28 Mar
// 2014", "Mar 2014", "since Mar 2014"); relations known only to the year
// come before the months of that year. In HTML each entry links to the
// relation in the report's first evidence list that has it. Undated
// relations are left out and counted. A nil graph is recorded as ErrNil.
func (r *Report) Timeline(g *graph.Graph) {
	if g == nil {
		r.fail("timeline", fmt.Errorf("%w: the graph is nil", ErrNil))
		return
	}
	r.blocks = append(r.blocks, newTimeline(g))
}

// Code adds source code in a language ("go"), shown as a code block, for
// notebooks. It is never run here.
func (r *Report) Code(lang, src string) {
	r.blocks = append(r.blocks, &code{lang: lang, src: src})
}

// Output adds the output of a step, shown as preformatted text under its
// code.
func (r *Report) Output(text string) {
	r.blocks = append(r.blocks, &output{text: text})
}
