package render

import (
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// This file writes what belongs to the whole graph: its attributes, the
// node and edge defaults, and its label (the title, the line naming the
// sources and the legend).

// graphAttrs writes the graph's attributes: the layout, fonts, colours,
// the label, and the spacing and spline settings of the layout.
func (w *writer) graphAttrs(acts []actors.Actor) {
	t := w.t
	w.printf("\tgraph ")
	a := w.attrs()
	a.raw("layout", w.c.layout.String())
	a.raw("charset", `"UTF-8"`)
	a.str("fontname", t.FontName, inID)
	a.raw("fontsize", num(t.FontSize))
	a.str("fontcolor", t.Text, inID)
	a.str("bgcolor", t.Background, inID)
	if label := w.label(acts); label != "" {
		a.html("label", label)
		a.raw("labelloc", "t")
		a.raw("labeljust", "c")
	}
	a.raw("pad", `"0.3"`)
	a.raw("outputorder", "edgesfirst")
	switch w.c.layout {
	case LayoutDot:
		a.raw("rankdir", "LR")
		a.raw("nodesep", `"0.3"`)
		a.raw("ranksep", `"0.6"`)
		a.raw("newrank", "true")
	default:
		// Curved splines draw parallel relations apart, which
		// splines=true does not for these engines; but the Graphviz in
		// go-graphviz takes minutes to draw them for some graphs of 200
		// edges or more, so larger graphs get straight lines.
		a.raw("overlap", "false")
		if len(w.lines) <= maxCurvedLines && curvesCheap(w.lineEnds()) {
			a.raw("splines", "curved")
		} else {
			a.raw("splines", "false")
		}
		a.raw("sep", `"+10"`)
		a.raw("esep", `"+6"`)
		a.raw("pack", "true")
	}
	a.end()
	w.printf("\n")
}

// maxCurvedLines is the most edges the layouts other than dot draw as
// curves. Measured with go-graphviz v0.2.10 and neato on random graphs:
// 0.05 to 0.4 s up to 180 edges, then 2.5 s for 192, 105 s for 287 and
// 52 s for 359, against 0.16 s for 287 straight.
const maxCurvedLines = 150

// defaults writes the node and edge attributes every node and edge shares.
func (w *writer) defaults() {
	t := w.t
	w.printf("\tnode ")
	a := w.attrs()
	a.str("fontname", t.FontName, inID)
	a.raw("fontsize", num(t.FontSize))
	a.str("fontcolor", t.Text, inID)
	a.raw("margin", `"0.12,0.06"`)
	a.end()
	w.printf("\n\tedge ")
	a = w.attrs()
	a.str("fontname", t.FontName, inID)
	a.raw("fontsize", num(pt(t.FontSize, 0.77)))
	a.raw("arrowsize", `"0.8"`)
	if w.c.layout != LayoutDot {
		a.raw("len", "2") // neato and fdp: room for labels between actors
	}
	a.end()
	w.printf("\n\n")
}

// label returns the graph label: the title, the line naming the sources
// and the legend, or "" for none of them.
func (w *writer) label(acts []actors.Actor) string {
	var spans []span
	if strings.TrimSpace(w.c.title) != "" {
		spans = append(spans, span{text: w.c.title, size: pt(w.t.FontSize, 1.4)})
	}
	if src := sourceLine(w.g); src != "" {
		spans = append(spans, span{text: src, size: pt(w.t.FontSize, 0.8), color: w.t.Muted})
	}
	var rows []string
	if len(spans) > 0 {
		rows = append(rows, block(w.t.FontSize, spans...))
	}
	if w.c.legend {
		if l := w.legend(acts); l != "" {
			rows = append(rows, l)
		}
	}
	switch len(rows) {
	case 0:
		return ""
	case 1:
		return rows[0]
	}
	return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="6" CELLPADDING="0"><TR><TD>` + strings.Join(rows, `</TD></TR><TR><TD>`) + `</TD></TR></TABLE>`
}

// sourceLine names the sources the relations cite, or all the graph's
// sources if they cite none: "Source: BBC News, 29 Mar 2014".
func sourceLine(g *graph.Graph) string {
	cited := map[string]bool{}
	for r := range g.Relations() {
		for _, ev := range r.Evidence {
			cited[ev.Source] = true
		}
	}
	var names []string
	for s := range g.Sources() {
		if len(cited) == 0 || cited[s.ID] {
			names = append(names, sourceName(s))
		}
	}
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return "Source: " + names[0]
	case len(names) > 4:
		names = append(names[:3], fmt.Sprintf("and %d more", len(names)-3))
	}
	return "Sources: " + strings.Join(names, "; ")
}

// sourceName is "Publisher, 29 Mar 2014", falling back to the title and
// then the ID.
func sourceName(s graph.Source) string {
	name := s.Publisher
	if name == "" {
		name = s.Title
	}
	if name == "" {
		name = s.ID
	}
	if !s.Date.IsZero() {
		name += ", " + s.Date.Format()
	}
	return name
}

// maxCycleSearch bounds the search for cycles that Graphviz makes before
// it draws curved lines; see curvesCheap.
const maxCycleSearch = 2_000_000

// curvesCheap reports whether Graphviz draws the lines from -> to as
// curves (splines=curved) in good time. For curved lines the layouts other
// than dot bend each line away from the centre of a cycle through it, and
// find the cycles by following every simple path out of every node, along
// every edge, parallel ones included (Graphviz's routespl.c,
// find_all_cycles): a search that grows exponentially with the density of
// the graph, and runs for each line. Measured with the Graphviz of
// go-graphviz v0.2.10 and neato, random pairs: 20 actors and 50 lines drew
// in 0.5 s, 30 and 75 in over 20 s, 40 and 100 in over 90 s, and the same
// 40 and 100 with straight lines in 0.2 s. curvesCheap runs the same
// search, counting the paths it follows times the lines, and says no once
// the count passes maxCycleSearch (2 million: about a second). Below it,
// measured: 0.26 s for 60 lines of 13,279 steps, 7.5 s for 150 lines of
// 55,644 (8.3 million), over 20 s for 60 lines of 285,153 (17 million).
// O(maxCycleSearch).
func curvesCheap(from, to []string) bool {
	limit := maxCycleSearch / max(1, len(from))
	return cycleSearch(from, to, limit) <= limit
}

// cycleSearch returns the number of steps of Graphviz's search for cycles
// through the lines from -> to (see curvesCheap), or limit+1 once it passes
// limit.
func cycleSearch(from, to []string, limit int) int {
	num := map[string]int32{}
	id := func(s string) int32 {
		n, ok := num[s]
		if !ok {
			n = int32(len(num))
			num[s] = n
		}
		return n
	}
	edges := make([][2]int32, len(from))
	for i := range from {
		edges[i] = [2]int32{id(from[i]), id(to[i])}
	}
	n := len(num)
	out := make([][]int32, n)
	for _, e := range edges {
		out[e[0]] = append(out[e[0]], e[1])
	}
	steps := 0
	onPath := make([]bool, n)
	var walk func(v int32) bool
	walk = func(v int32) bool {
		if steps++; steps > limit {
			return false
		}
		if onPath[v] {
			return true // a cycle closed, or a path crossed itself: back up
		}
		onPath[v] = true
		defer func() { onPath[v] = false }()
		for _, w := range out[v] {
			if !walk(w) {
				return false
			}
		}
		return true
	}
	for v := range int32(n) {
		if !walk(v) {
			break
		}
	}
	return steps
}

// lineEnds returns the ends of the lines drawn, in order.
func (w *writer) lineEnds() (from, to []string) {
	for _, l := range w.lines {
		from = append(from, l.from)
		to = append(to, l.to)
	}
	return from, to
}
