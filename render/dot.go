package render

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// DOT writes g to w as a Graphviz DOT document, drawn as opts says.
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
// With [LayoutAuto] and [ParallelAuto], the defaults, the layout and the
// drawing of parallel relations are chosen by the graph's size (see
// [DotMaxActors] and [SeparateMaxRelations]), and the choice is part of the
// output.
//
// DOT fails on a nil graph and on an [Options.Layout], [Options.Parallel]
// or [Options.Engine] out of range ([ErrBadLayout], [ErrBadOption]), and
// then writes nothing; otherwise it fails only if w does. It costs
// O(actors + relations + evidence) time and builds the whole document in
// memory before one write to w.
func DOT(w io.Writer, g *graph.Graph, opts Options) error {
	d, err := dotBytes(g, opts)
	if err != nil {
		return err
	}
	if d.c.autoLayout {
		// The layout SVG would choose within MaxTime, so that the DOT
		// draws as SVG does; no limit is enforced here.
		if fit, err := d.fitTime(g, opts); err == nil {
			d = fit
		}
	}
	_, err = w.Write(d.dot)
	return err
}

// document is a DOT document and what it was written with.
type document struct {
	dot    []byte
	c      *config
	actors int // actors drawn
	lines  int // edges drawn: relations, bundles of them with ParallelCollapse, or dyads
	span   int // the ranks the edges cross when ranked as dot does (see rankSpan)
}

// dotBytes checks the arguments and writes the document.
func dotBytes(g *graph.Graph, opts Options) (document, error) {
	if g == nil {
		return document{}, errNilGraph
	}
	c, err := newConfig(g, opts)
	if err != nil {
		return document{}, err
	}
	w := &writer{g: g, c: c, t: &c.theme}
	if c.dyads {
		w.writeDyads()
		return document{dot: w.buf.Bytes(), c: c, actors: w.dyadActors, lines: w.dyadLines, span: rankSpan(len(w.nodeNum), w.edges)}, nil
	}
	w.write()
	return document{dot: w.buf.Bytes(), c: c, actors: g.NumActors(), lines: len(w.lines), span: rankSpan(len(w.nodeNum), w.edges)}, nil
}

// writer writes one DOT document.
type writer struct {
	g   *graph.Graph
	c   *config
	t   *Theme
	buf bytes.Buffer

	hiActor, hiRel map[string]bool       // highlighted; nil when not highlighting
	size           map[string]float64    // node scale by actor ID, 1 to 2; nil without Options.NodeSize
	lines          []edgeGroup           // the edges to draw
	variants       map[string]graph.Kind // kinds drawn with a relation's own sign, by drawn name: the kind they vary

	dyadActors, dyadLines int  // drawn in a dyad diagram
	actorsCut, dyadsCut   bool // actors (TopActors) or dyads (TopPairs) left out

	// The edges written, in order, between node numbers (in order of first
	// appearance): what the cost model ranks as dot would.
	nodeNum map[string]int32
	edges   [][2]int32
}

// recordEdge records an edge written from the node named from to the one named to.
func (w *writer) recordEdge(from, to string) {
	if w.nodeNum == nil {
		w.nodeNum = map[string]int32{}
	}
	num := func(id string) int32 {
		n, ok := w.nodeNum[id]
		if !ok {
			n = int32(len(w.nodeNum))
			w.nodeNum[id] = n
		}
		return n
	}
	w.edges = append(w.edges, [2]int32{num(from), num(to)})
}

// highlighting reports whether some actors or relations are highlighted.
func (w *writer) highlighting() bool { return w.hiActor != nil }

// write writes the document: the graph's attributes, the boxes of
// countries with their actors, the other actors, then the edges.
func (w *writer) write() {
	acts := slices.Collect(w.g.Actors())
	slices.SortFunc(acts, func(a, b actors.Actor) int { return strings.Compare(a.ID, b.ID) })
	w.prepare(acts)
	w.lines = groupRelations(w.g, w.kind, w.c.parallel == ParallelCollapse)

	w.printf("digraph \"diplograph\" {\n")
	w.graphAttrs(acts)
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
	if w.g.NumRelations() > 0 {
		w.printf("\n")
	}
	for _, l := range w.lines {
		if len(l.rels) == 1 {
			w.edge(w.g.RelationAt(l.rels[0]))
		} else {
			w.bundle(l)
		}
	}
	w.printf("}\n")
}

// printf writes to the document.
func (w *writer) printf(format string, args ...any) { fmt.Fprintf(&w.buf, format, args...) }

// prepare works out highlighting and node sizes.
func (w *writer) prepare(acts []actors.Actor) {
	if hl := w.c.highlight; len(hl) > 0 {
		w.hiActor, w.hiRel = map[string]bool{}, map[string]bool{}
		for _, a := range acts {
			if hl[a.ID] {
				w.hiActor[a.ID] = true
			}
		}
		for r := range w.g.Relations() {
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
