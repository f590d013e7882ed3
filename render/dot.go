package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// ErrBadLayout means an unknown [Layout].
var ErrBadLayout = errors.New("render: unknown layout")

// ErrBadOption means an option given a value it does not know, such as an
// [Engine] or a [Parallel] out of range.
var ErrBadOption = errors.New("render: bad option")

// errNilGraph is returned for a nil *graph.Graph.
var errNilGraph = errors.New("render: nil graph")

// DOT writes g to w as a Graphviz DOT document, styled by the options.
//
// The output is deterministic: actors in order of ID (grouped by country,
// countries in order of code, when clustering), relations in graph order
// (bundles in the order of their first relation),
// attributes in a fixed order, numbers with at most two decimals. Every
// user string is escaped so that no name, quote or URL can break the
// document or become markup; labels that use Graphviz's HTML-like syntax are
// made only from this package's own templates. Node IDs are the quoted
// actor IDs; the SVG element IDs are "a-" + actor ID, "r-" + relation ID
// and, for a bundle of parallel relations, "b-" + its first relation's ID.
//
// Without [WithLayout] and [WithParallel], the layout and the drawing of
// parallel relations are chosen by the graph's size (see [DotMaxActors]
// and [SeparateMaxRelations]), and the choice is part of the output.
//
// DOT writes nothing if it fails, other than by a failing w. It costs
// O(actors + relations + evidence) time and builds the whole document in
// memory before one write to w.
func DOT(w io.Writer, g *graph.Graph, opts ...Option) error {
	d, err := dotBytes(g, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(d.dot)
	return err
}

// document is a DOT document and what it was written with.
type document struct {
	dot   []byte
	c     *config
	lines int // edges drawn: relations, or bundles of them with Collapse
}

// dotBytes checks the arguments and writes the document.
func dotBytes(g *graph.Graph, opts []Option) (document, error) {
	if g == nil {
		return document{}, errNilGraph
	}
	c := newConfig(opts)
	c.resolve(g)
	if !c.layout.valid() {
		return document{}, fmt.Errorf("%w %q (want dot, neato, fdp, sfdp, circo or twopi)", ErrBadLayout, c.layout)
	}
	if c.parallel > Collapse {
		return document{}, fmt.Errorf("%w: parallel %d (want ParallelAuto, Separate or Collapse)", ErrBadOption, uint8(c.parallel))
	}
	if c.engine > AutoEngine {
		return document{}, fmt.Errorf("%w: engine %d (want DefaultEngine, Embedded, Native or AutoEngine)", ErrBadOption, uint8(c.engine))
	}
	w := &writer{g: g, c: c, t: &c.theme}
	w.write()
	return document{dot: w.buf.Bytes(), c: c, lines: len(w.lines)}, nil
}

// writer writes one DOT document.
type writer struct {
	g   *graph.Graph
	c   *config
	t   *Theme
	buf bytes.Buffer

	hiActor, hiRel map[string]bool    // highlighted; nil when not highlighting
	size           map[string]float64 // node scale by actor ID, 1 to 2; nil without WithNodeSize
	lines          []edgeGroup        // the edges to draw
}

func (w *writer) highlighting() bool { return w.hiActor != nil }

func (w *writer) write() {
	acts := slices.Collect(w.g.Actors())
	slices.SortFunc(acts, func(a, b actors.Actor) int { return strings.Compare(a.ID, b.ID) })
	rels := slices.Collect(w.g.Relations())
	w.prepare(acts, rels)
	w.lines = groupRelations(rels, w.kind, w.c.parallel == Collapse)

	w.printf("digraph \"diplograph\" {\n")
	w.graphAttrs(acts, rels)
	w.defaults()

	clusters, loose := w.clusters(acts)
	for _, cl := range clusters {
		w.cluster(cl)
	}
	if len(clusters) > 0 && len(loose) > 0 {
		w.printf("\n")
	}
	for _, a := range loose {
		w.node("\t", a)
	}
	if len(rels) > 0 {
		w.printf("\n")
	}
	for _, l := range w.lines {
		if len(l.rels) == 1 {
			w.edge(l.rels[0])
		} else {
			w.bundle(l)
		}
	}
	w.printf("}\n")
}

func (w *writer) printf(format string, args ...any) { fmt.Fprintf(&w.buf, format, args...) }

// prepare works out highlighting and node sizes.
func (w *writer) prepare(acts []actors.Actor, rels []graph.Relation) {
	if hl := w.c.highlight; len(hl) > 0 {
		w.hiActor, w.hiRel = map[string]bool{}, map[string]bool{}
		for _, a := range acts {
			if hl[a.ID] {
				w.hiActor[a.ID] = true
			}
		}
		for _, r := range rels {
			if hl[r.ID] || hl[r.From] && hl[r.To] {
				w.hiRel[r.ID] = true
				w.hiActor[r.From], w.hiActor[r.To] = true, true
			}
		}
	}
	if w.c.nodeSize != nil {
		scores := make(map[string]float64, len(acts))
		top := 0.0
		for _, a := range acts {
			s := w.c.nodeSize(a.ID)
			if math.IsNaN(s) || math.IsInf(s, 0) || s < 0 {
				s = 0
			}
			scores[a.ID] = s
			top = max(top, s)
		}
		w.size = make(map[string]float64, len(acts))
		for id, s := range scores {
			w.size[id] = 1
			if top > 0 {
				w.size[id] = 1 + s/top
			}
		}
	}
}

// attrs writes an attribute list in the order the calls are made.
type attrs struct {
	b *bytes.Buffer
	n int
}

func (w *writer) attrs() *attrs { return &attrs{b: &w.buf} }

func (a *attrs) sep() {
	if a.n == 0 {
		a.b.WriteByte('[')
	} else {
		a.b.WriteByte(' ')
	}
	a.n++
}

// str writes k="v", v escaped for place p.
func (a *attrs) str(k, v string, p place) {
	a.sep()
	a.b.WriteString(k + `="` + escape(v, p) + `"`)
}

// raw writes k=v for a value made by this package (a number, a keyword).
func (a *attrs) raw(k, v string) {
	a.sep()
	a.b.WriteString(k + "=" + v)
}

// html writes k=<v> for an HTML-like label made by this package's templates.
func (a *attrs) html(k, v string) {
	a.sep()
	a.b.WriteString(k + "=<" + v + ">")
}

func (a *attrs) end() {
	if a.n > 0 {
		a.b.WriteByte(']')
	}
}

func (w *writer) graphAttrs(acts []actors.Actor, rels []graph.Relation) {
	t := w.t
	w.printf("\tgraph ")
	a := w.attrs()
	a.raw("layout", string(w.c.layout))
	a.raw("charset", `"UTF-8"`)
	a.str("fontname", t.FontName, inID)
	a.raw("fontsize", num(t.FontSize))
	a.str("fontcolor", t.Text, inID)
	a.str("bgcolor", t.Background, inID)
	if label := w.label(acts, rels); label != "" {
		a.html("label", label)
		a.raw("labelloc", "t")
		a.raw("labeljust", "c")
	}
	a.raw("pad", `"0.3"`)
	a.raw("outputorder", "edgesfirst")
	switch w.c.layout {
	case Dot:
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
	if w.c.layout != Dot {
		a.raw("len", "2") // neato and fdp: room for labels between actors
	}
	a.end()
	w.printf("\n\n")
}

// label returns the graph label: the title, the line naming the sources
// and the legend, or "" for none of them.
func (w *writer) label(acts []actors.Actor, rels []graph.Relation) string {
	title := w.g.Title()
	if w.c.titleSet {
		title = w.c.title
	}
	var spans []span
	if strings.TrimSpace(title) != "" {
		spans = append(spans, span{text: title, size: pt(w.t.FontSize, 1.4)})
	}
	if src := sourceLine(w.g, rels); src != "" {
		spans = append(spans, span{text: src, size: pt(w.t.FontSize, 0.8), color: w.t.Muted})
	}
	var rows []string
	if len(spans) > 0 {
		rows = append(rows, block(w.t.FontSize, spans...))
	}
	if w.c.legend {
		if l := w.legend(acts, rels); l != "" {
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
func sourceLine(g *graph.Graph, rels []graph.Relation) string {
	cited := map[string]bool{}
	for _, r := range rels {
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

// cluster is a country's box.
type cluster struct {
	code, name string
	members    []actors.Actor
}

// clusters groups the actors by country when clustering is on; countries
// with a single actor are not boxed. Both results keep the order of acts.
func (w *writer) clusters(acts []actors.Actor) ([]cluster, []actors.Actor) {
	if !w.c.cluster {
		return nil, acts
	}
	byCode := map[string][]actors.Actor{}
	var codes []string
	for _, a := range acts {
		if a.Country == "" {
			continue
		}
		if _, ok := byCode[a.Country]; !ok {
			codes = append(codes, a.Country)
		}
		byCode[a.Country] = append(byCode[a.Country], a)
	}
	slices.Sort(codes)
	var out []cluster
	boxed := map[string]bool{}
	for _, code := range codes {
		if len(byCode[code]) < 2 {
			continue
		}
		name, ok := actors.Country(code)
		if !ok {
			name = code
		}
		out = append(out, cluster{code: code, name: name, members: byCode[code]})
		boxed[code] = true
	}
	var loose []actors.Actor
	for _, a := range acts {
		if !boxed[a.Country] {
			loose = append(loose, a)
		}
	}
	return out, loose
}

func (w *writer) cluster(cl cluster) {
	w.printf("\tsubgraph \"%s\" {\n\t\tgraph ", escape("cluster_"+cl.code, inID))
	a := w.attrs()
	a.str("id", "c-"+cl.code, inText)
	a.html("label", block(pt(w.t.FontSize, 0.85), span{text: cl.name}))
	a.str("tooltip", cl.name+" ("+cl.code+")", inTooltip)
	a.raw("style", `"rounded,filled"`)
	a.str("fillcolor", w.t.ClusterFill, inID)
	a.str("color", w.t.ClusterBorder, inID)
	a.str("fontcolor", w.t.Muted, inID)
	a.raw("fontsize", num(pt(w.t.FontSize, 0.85)))
	a.raw("labeljust", "l")
	a.raw("margin", "10")
	a.end()
	w.printf("\n")
	for _, m := range cl.members {
		w.node("\t\t", m)
	}
	w.printf("\t}\n")
}

// node writes one actor.
func (w *writer) node(indent string, act actors.Actor) {
	t := w.t
	st := t.node(act.Kind)
	hi := w.hiActor[act.ID]
	faded := w.highlighting() && !hi
	fontSize := t.FontSize
	if w.size != nil {
		fontSize = pt(fontSize, w.size[act.ID])
	}

	w.printf("%s\"%s\" ", indent, escape(act.ID, inID))
	a := w.attrs()
	a.str("id", "a-"+act.ID, inText)
	a.str("class", "actor "+act.Kind.String(), inText)
	a.html("label", w.nodeLabel(act, fontSize, faded, hi))
	a.str("tooltip", w.nodeTooltip(act), inTooltip)
	a.str("shape", st.Shape, inID)
	if st.Style != "" {
		a.str("style", st.Style, inID)
	}
	fill, border, pen := st.Fill, st.Border, st.PenWidth
	if pen == 0 {
		pen = 1
	}
	if faded {
		fill, border = t.fade(fill), t.fade(border)
	}
	if hi {
		pen = max(3, pen*2)
	}
	if fill != "" {
		a.str("fillcolor", fill, inID)
	}
	if border != "" {
		a.str("color", border, inID)
	}
	if pen != 1 {
		a.raw("penwidth", num(pen))
	}
	if faded {
		a.str("fontcolor", t.Faded, inID)
	}
	if fontSize != t.FontSize {
		a.raw("fontsize", num(fontSize))
	}
	a.end()
	w.printf("\n")
}

// nodeLabel is the actor's name, in bold when highlighted, with its title
// in smaller type under it, wrapped to lines of about 28 characters.
func (w *writer) nodeLabel(act actors.Actor, fontSize float64, faded, bold bool) string {
	spans := []span{{text: act.Label(), bold: bold}}
	if title := wrap(act.Title, 28); strings.TrimSpace(title) != "" {
		muted := w.t.Muted
		if faded {
			muted = w.t.Faded
		}
		spans = append(spans, span{text: title, size: pt(fontSize, 0.77), color: muted})
	}
	return block(fontSize, spans...)
}

// nodeTooltip describes an actor: name, kind and title, country, roles,
// aliases and note.
func (w *writer) nodeTooltip(a actors.Actor) string {
	var b strings.Builder
	b.WriteString(a.Label())
	b.WriteString("\n" + a.Kind.String())
	if a.Title != "" {
		b.WriteString(" · " + a.Title)
	}
	if a.Country != "" {
		if name, ok := actors.Country(a.Country); ok {
			b.WriteString("\ncountry: " + name + " (" + a.Country + ")")
		} else {
			b.WriteString("\ncountry: " + a.Country)
		}
	}
	for _, r := range a.Roles {
		b.WriteString("\nrole: " + r.Role)
		if r.Of != "" {
			b.WriteString(" of " + w.name(r.Of))
		}
		if when := r.When.Format(); when != "" {
			b.WriteString(", " + when)
		}
	}
	if len(a.Aliases) > 0 {
		b.WriteString("\nalso: " + strings.Join(a.Aliases, ", "))
	}
	if a.Note != "" {
		b.WriteString("\n" + a.Note)
	}
	return b.String()
}

// wrap breaks s at spaces into lines of at most width runes where it can.
func wrap(s string, width int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) <= width:
				line += " " + word
			default:
				out = append(out, line)
				line = word
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// kind returns r's kind; the graph guarantees it exists.
func (w *writer) kind(name string) graph.Kind {
	if k, ok := w.g.Kind(name); ok {
		return k
	}
	return graph.Kind{Name: name}
}

// edge writes one relation.
func (w *writer) edge(r graph.Relation) {
	k := w.kind(r.Kind)
	when := graph.Effective(r, k).Format()
	label := k.Name
	if w.c.edgeDates && when != "" {
		label += "\n" + when
	}
	w.drawEdge(edgeSpec{
		from: r.From, to: r.To,
		id:      "r-" + r.ID,
		class:   "relation " + k.Name + " " + signWord(k.Sign),
		label:   label,
		tooltip: w.edgeTooltip(r, k, when),
		url:     w.edgeURL(r),
		kind:    k,
		hi:      w.hiRel[r.ID],
	})
}

// edgeSpec is what one DOT edge shows; the style comes from its kind.
type edgeSpec struct {
	from, to     string // actor IDs
	id, class    string // SVG element ID and classes
	label        string // label text, lines split by '\n'
	html         string // HTML-like label from our templates, in place of label
	tooltip, url string // url already checked by safeURL; "" for none
	kind         graph.Kind
	hi           bool    // highlighted
	extraPen     float64 // added to the kind's pen width
}

// drawEdge writes one edge.
func (w *writer) drawEdge(e edgeSpec) {
	t := w.t
	st := t.edge(e.kind)
	faded := w.highlighting() && !e.hi

	w.printf("\t\"%s\" -> \"%s\" ", escape(e.from, inID), escape(e.to, inID))
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

// name returns the display name of actor id, looked up in the graph and
// then in its origin (a view may leave out a relation's reporter).
func (w *writer) name(id string) string {
	if a, ok := w.g.Actor(id); ok {
		return a.Label()
	}
	if o := w.g.Origin(); o != nil {
		if a, ok := o.Actor(id); ok {
			return a.Label()
		}
	}
	return id
}

func (w *writer) source(id string) (graph.Source, bool) {
	if s, ok := w.g.Source(id); ok {
		return s, true
	}
	if o := w.g.Origin(); o != nil {
		return o.Source(id)
	}
	return graph.Source{}, false
}

// edgeTooltip tells the relation as a sentence, then its kind, time, who
// reports it, each piece of evidence with its source, and the note.
func (w *writer) edgeTooltip(r graph.Relation, k graph.Kind, when string) string {
	var b strings.Builder
	w.writeRelation(&b, r, k, when)
	return b.String()
}

// writeRelation writes the text of [writer.edgeTooltip] to b.
func (w *writer) writeRelation(b *strings.Builder, r graph.Relation, k graph.Kind, when string) {
	b.WriteString(w.name(r.From) + " " + k.Verb() + " " + w.name(r.To))
	b.WriteString("\nkind: " + k.Name + " (" + signWord(k.Sign) + " " + k.Nature.String())
	if k.Symmetric {
		b.WriteString(", mutual")
	}
	b.WriteString(")")
	if when != "" {
		b.WriteString("\nwhen: " + when)
	}
	if r.ReportedBy != "" {
		b.WriteString("\nreported by: " + w.name(r.ReportedBy))
	}
	for _, ev := range r.Evidence {
		b.WriteString("\n")
		if ev.Quote != "" {
			b.WriteString("“" + ev.Quote + "”\n")
		}
		b.WriteString("— " + w.citation(ev.Source))
		if ev.Note != "" {
			b.WriteString(" (" + ev.Note + ")")
		}
	}
	if r.Note != "" {
		b.WriteString("\nnote: " + r.Note)
	}
}

// citation is "BBC News, “Title”, 29 Mar 2014".
func (w *writer) citation(id string) string {
	s, ok := w.source(id)
	if !ok {
		return id
	}
	var parts []string
	if s.Publisher != "" {
		parts = append(parts, s.Publisher)
	}
	if s.Title != "" {
		parts = append(parts, "“"+s.Title+"”")
	}
	if !s.Date.IsZero() {
		parts = append(parts, s.Date.Format())
	}
	if len(parts) == 0 {
		return s.ID
	}
	return strings.Join(parts, ", ")
}

// edgeURL is the first http(s) URL among the relations' sources.
func (w *writer) edgeURL(rels ...graph.Relation) string {
	for _, r := range rels {
		for _, ev := range r.Evidence {
			if s, ok := w.source(ev.Source); ok {
				if u := safeURL(s.URL); u != "" {
					return u
				}
			}
		}
	}
	return ""
}
