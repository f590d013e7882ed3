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
		if len(w.lines) <= maxCurvedLines {
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
