package render

import "github.com/diplograph/diplograph/graph"

// This file writes the edges of the drawing: a relation's line, and the
// style every line, a bundle's included, takes from its kind.

// kind returns r's kind; the graph guarantees it exists.
func (w *writer) kind(name string) graph.Kind {
	if k, ok := w.g.Kind(name); ok {
		return k
	}
	return graph.Kind{Name: name}
}

// drawn returns the kind relation r is drawn as: its kind, with the sign r
// counts with ([graph.Graph.SignOf]). A relation whose own sign differs
// from its kind's (a hostile phone call) is drawn as a variant of its kind
// named "phoned (hostile)": its kind's line in the colour of its sign,
// listed apart in the legend and in bundle labels.
func (w *writer) drawn(r graph.Relation) graph.Kind {
	k := w.kind(r.Kind)
	s := w.g.SignOf(r)
	if s == k.Sign {
		return k
	}
	base := k
	k.Name += " (" + signWord(s) + ")"
	k.Sign = s
	if w.variants == nil {
		w.variants = map[string]graph.Kind{}
	}
	w.variants[k.Name] = base
	return k
}

// base returns the kind a drawn kind is a variant of, and whether it is
// one; k itself if it is not.
func (w *writer) base(k graph.Kind) (graph.Kind, bool) {
	if b, ok := w.variants[k.Name]; ok {
		return b, true
	}
	return k, false
}

// style returns the style of a drawn kind: its own, or for a variant with
// a relation's own sign, its kind's in the colour of that sign.
func (w *writer) style(k graph.Kind) EdgeStyle {
	b, ok := w.base(k)
	if !ok {
		return w.t.edge(k)
	}
	st := w.t.edge(b)
	st.Color = w.t.edge(graph.Kind{Sign: k.Sign}).Color
	return st
}

// edgeClass is the SVG class of a relation drawn as kind k: "relation
// phoned cooperative", or "relation phoned hostile own-sign".
func (w *writer) edgeClass(k graph.Kind) string {
	b, own := w.base(k)
	class := "relation " + b.Name + " " + signWord(k.Sign)
	if own {
		class += " own-sign"
	}
	return class
}

// edge writes one relation.
func (w *writer) edge(r graph.Relation) {
	k := w.drawn(r)
	when := graph.Effective(r, k).Format()
	label := k.Name
	if w.c.edgeDates && when != "" {
		label += "\n" + when
	}
	w.drawEdge(edgeSpec{
		from: r.From, to: r.To,
		id:      "r-" + r.ID,
		class:   w.edgeClass(k),
		label:   label,
		tooltip: w.edgeTooltip(r, k, when),
		url:     w.edgeURL(r),
		kind:    k,
		hi:      w.hiRel[r.ID],
	})
}

// edgeSpec is what one DOT edge shows; the style comes from its kind.
type edgeSpec struct {
	from, to     string     // actor IDs
	id, class    string     // SVG element ID and classes
	label        string     // label text, lines split by '\n'
	html         string     // HTML-like label from our templates, in place of label
	tooltip, url string     // url already checked by safeURL; "" for none
	kind         graph.Kind // as drawn (see writer.drawn)
	hi           bool       // highlighted
	extraPen     float64    // added to the kind's pen width
}

// drawEdge writes one edge.
func (w *writer) drawEdge(e edgeSpec) {
	t := w.t
	st := w.style(e.kind)
	faded := w.highlighting() && !e.hi

	w.recordEdge(e.from, e.to)
	w.printf("\t%s -> %s ", quote(escape(e.from, inID)), quote(escape(e.to, inID)))
	a := w.attrs()
	a.str("id", e.id, inText)
	a.str("class", e.class, inText)
	if e.html != "" {
		a.html("label", e.html)
	} else {
		a.str("label", e.label, inText)
	}
	a.str("tooltip", e.tooltip, inTooltip)
	if e.url != "" {
		a.str("URL", e.url, inURL)
		a.raw("target", `"_blank"`)
	}
	color, pen := st.Color, st.PenWidth
	if pen == 0 {
		pen = 1
	}
	pen += e.extraPen
	fontColor := color
	if faded {
		color, fontColor = t.fade(color), t.Faded
	}
	if e.hi {
		pen = max(3, pen*1.8)
	}
	if color != "" {
		a.str("color", color, inID)
		a.str("fontcolor", fontColor, inID)
	}
	if st.Style != "" && st.Style != "solid" {
		a.str("style", st.Style, inID)
	}
	if st.ArrowHead != "" {
		a.str("arrowhead", st.ArrowHead, inID)
	}
	if tail := st.tail(e.kind.Symmetric); tail != "" {
		a.raw("dir", "both")
		a.str("arrowtail", tail, inID)
	}
	if pen != 1 {
		a.raw("penwidth", num(pen))
	}
	a.end()
	w.printf("\n")
}

func signWord(s graph.Sign) string {
	switch s {
	case graph.Cooperative:
		return "cooperative"
	case graph.Hostile:
		return "hostile"
	}
	return "neutral"
}
