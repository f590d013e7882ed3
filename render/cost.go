package render

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// DefaultMaxTime is the default of [Options.MaxTime]: the longest a render
// may take.
const DefaultMaxTime = time.Minute

// ErrTooSlow means a render was predicted to take longer than
// [Options.MaxTime] and was not started, or ran past it and was stopped.
var ErrTooSlow = errors.New("render: layout would take too long")

// Cost is what drawing a graph is predicted to take, from the DOT that
// [DOT] writes for it, before any layout starts. See [EstimateCost].
type Cost struct {
	Layout   Layout        // the layout the options resolve to; never LayoutAuto
	Parallel Parallel      // how parallel relations are drawn; never ParallelAuto
	Actors   int           // actors drawn
	Lines    int           // lines drawn: relations, bundles of parallel relations, or dyads
	Span     int           // ranks the lines cross in sum when ranked as dot ranks them: what layout time grows with
	Time     time.Duration // predicted layout time with the embedded Graphviz
}

// String describes c: "dot layout of 600 actors and 1500 lines crossing
// 100773 ranks, predicted 21m0s".
func (c Cost) String() string {
	return fmt.Sprintf("%s layout of %d actors and %d lines crossing %d ranks, predicted %s", c.Layout, c.Actors, c.Lines, c.Span, roundTime(c.Time))
}

// EstimateCost predicts how long [SVG], [PNG] or [PDF] would take to lay out
// g with opts, without laying it out: it writes the DOT (O(actors +
// relations + evidence)) and applies a model of the layout's time fitted to
// measured renders (see "Render time" in the package documentation). It
// fails as [DOT] does. With [LayoutAuto] the layout is the one the render
// would choose, which depends on [Options.MaxTime] (see [Options.Layout]).
func EstimateCost(g *graph.Graph, opts Options) (Cost, error) {
	d, err := dotBytes(g, opts)
	if err != nil {
		return Cost{}, err
	}
	if d.c.autoLayout {
		if fit, err := d.fitTime(g, opts); err == nil {
			d = fit
		}
	}
	return d.cost(), nil
}

// drawing is how a document draws relations, which the cost model tells
// apart: one line each, bundles of parallel ones, or a dyad diagram.
type drawing int

const (
	drawSeparate drawing = iota
	drawCollapse
	drawDyads
	numDrawings
)

var drawingNames = [numDrawings]string{"separate", "collapse", "dyads"}

// drawingOf returns the drawing a name in testdata/cost.tsv stands for.
func drawingOf(name string) drawing {
	for i, n := range drawingNames {
		if n == name {
			return drawing(i)
		}
	}
	return -1
}

// costModel is the fitted model of the time of one layout and drawing:
// seconds = base + exp(a) * actors^b * span^c, span as in Cost.Span.
type costModel struct {
	a, b, c float64
}

// base is the time of a render of an empty graph: starting the engine.
const base = 0.15

// models are the cost models by layout and drawing, fitted to the
// measurements in testdata/cost.tsv by render/internal/calibrate -fit: of
// the models no measured render took longer than, the closest to the
// renders of half a second or more. Measured with the embedded Graphviz in
// a child process on a shared 2-core machine; a stopped render counts as
// taking the time it ran.
var models = map[Layout][numDrawings]costModel{
	//           separate                 collapse                   dyads
	LayoutDot:   {{-6.215, 0.000, 1.160}, {-10.113, 0.000, 1.600}, {-9.765, 0.540, 1.040}},
	LayoutNeato: {{-8.675, 1.600, 0.140}, {-6.546, 1.240, 0.160}, {-8.258, 0.680, 0.920}},
	LayoutFDP:   {{-5.551, 0.780, 0.300}, {-12.322, 1.640, 0.420}, {-13.100, 1.920, 0.460}},
	LayoutSFDP:  {{-9.123, 1.320, 0.400}, {-10.489, 1.720, 0.240}, {-16.717, 2.480, 0.600}},
	LayoutCirco: {{-7.883, 0.380, 1.120}, {-8.719, 0.180, 1.380}, {-7.162, 0.460, 1.280}},
	LayoutTwopi: {{-7.997, 1.040, 0.460}, {-7.761, 1.040, 0.420}, {-7.068, 1.520, 0.060}},
}

// predict returns the predicted time of laying out actors whose lines
// cross span ranks with layout and drawing.
func predict(layout Layout, how drawing, actors, span int) time.Duration {
	m := models[layout][how]
	s := base
	if actors > 0 {
		s += math.Exp(m.a) * math.Pow(float64(actors), m.b) * math.Pow(float64(max(span, 1)), m.c)
	}
	if s > 1e6 {
		s = 1e6
	}
	return time.Duration(s * float64(time.Second))
}

// cost is the predicted cost of drawing d.
func (d document) cost() Cost {
	how := drawSeparate
	switch {
	case d.c.dyads:
		how = drawDyads
	case d.c.parallel == ParallelCollapse:
		how = drawCollapse
	}
	return Cost{Layout: d.c.layout, Parallel: d.c.parallel, Actors: d.actors, Lines: d.lines, Span: d.span,
		Time: predict(d.c.layout, how, d.actors, d.span)}
}

// roundTime rounds t for messages: to the millisecond below 1 s, to a
// tenth of a second below 10 s, to the second below 10 min, else to the
// minute.
func roundTime(t time.Duration) time.Duration {
	switch {
	case t < time.Second:
		return t.Round(time.Millisecond)
	case t < 10*time.Second:
		return t.Round(100 * time.Millisecond)
	case t < 10*time.Minute:
		return t.Round(time.Second)
	}
	return t.Round(time.Minute)
}

// fitTime returns d if its predicted time is within the limit. Otherwise,
// with the layout left to the graph's size, it returns the document of the
// first layout in autoLayouts that fits; failing that, an ErrTooSlow that
// names what would fit.
func (d document) fitTime(g *graph.Graph, opts Options) (document, error) {
	cost := d.cost()
	if d.c.maxTime <= 0 || cost.Time <= d.c.maxTime {
		return d, nil
	}
	var fits []string
	try := func(what string, o Options) (document, bool) {
		a, err := dotBytes(g, o)
		if err != nil || a.c.checkSize(g, a.actors, a.lines) != nil {
			return document{}, false
		}
		c := a.cost()
		if c.Time > d.c.maxTime {
			return document{}, false
		}
		fits = append(fits, fmt.Sprintf("%s (%s)", what, roundTime(c.Time)))
		return a, true
	}
	for _, l := range autoLayouts {
		if l == cost.Layout {
			continue
		}
		o := opts
		o.Layout = l
		if a, ok := try("layout "+l.String(), o); ok && d.c.autoLayout {
			return a, nil
		}
	}
	if !d.c.dyads && cost.Parallel == ParallelSeparate {
		o := opts
		o.Parallel = ParallelCollapse
		try("parallel "+ParallelCollapse.String(), o)
	}
	if !d.c.dyads {
		o := opts
		o.Dyads = DyadsOn
		try("a dyad diagram", o)
	}
	hint := "draw a filtered view"
	if len(fits) > 0 {
		hint = "predicted to fit: " + strings.Join(fits, ", ") + "; or " + hint
	}
	return document{}, fmt.Errorf("%w: %s, over the limit of %s; %s, or allow more time (Options.MaxTime; render --max-time)",
		ErrTooSlow, cost, roundTime(d.c.maxTime), hint)
}

// autoLayouts are the layouts tried, in order, when the one [LayoutAuto]
// chose is predicted to take too long: the reproducible ones.
var autoLayouts = []Layout{LayoutDot, LayoutNeato, LayoutTwopi, LayoutCirco}

// rankSpan returns how many ranks the edges cross, in sum, when the n
// nodes are ranked as Graphviz's dot ranks them before it optimises:
// cycles broken by reversing the edges a depth-first search finds going
// back (nodes and edges in the order written), then each node one rank
// below the lowest of its predecessors (longest path). Dot puts a virtual
// node on every rank an edge crosses and orders them all to reduce
// crossings, so this, not the number of edges, is what its time grows
// with: a graph whose relations fan into a few hubs spans a few ranks, a
// random one of the same size hundreds. Dot's own ranking (network
// simplex) crosses at most as many. The span measures how tangled a graph
// is (long cycles, long paths), which the other layouts' time grows with
// too: fitted on it, their models bound the measurements more tightly than
// on the number of lines. O(n + edges).
func rankSpan(n int, edges [][2]int32) int {
	if n == 0 {
		return 0
	}
	// Out-edges of each node, by edge index, in the order written.
	first := make([]int32, n+1)
	for _, e := range edges {
		first[e[0]+1]++
	}
	for i := range n {
		first[i+1] += first[i]
	}
	out := make([]int32, len(edges))
	fill := append([]int32(nil), first[:n]...)
	for i, e := range edges {
		out[fill[e[0]]] = int32(i)
		fill[e[0]]++
	}
	// Depth-first search marking the edges that go back to a node on the
	// stack; those are reversed.
	const (
		unseen = iota
		onStack
		done
	)
	state := make([]uint8, n)
	back := make([]bool, len(edges))
	type frame struct{ node, next int32 }
	var stack []frame
	for root := range int32(n) {
		if state[root] != unseen {
			continue
		}
		state[root] = onStack
		stack = append(stack[:0], frame{root, first[root]})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next == first[f.node+1] {
				state[f.node] = done
				stack = stack[:len(stack)-1]
				continue
			}
			ei := out[f.next]
			f.next++
			v := edges[ei][1]
			switch state[v] {
			case unseen:
				state[v] = onStack
				stack = append(stack, frame{v, first[v]})
			case onStack:
				back[ei] = true
			}
		}
	}
	// Longest-path ranks over the acyclic graph, in topological order.
	indeg := make([]int32, n)
	succ := make([][]int32, n)
	for i, e := range edges {
		u, v := e[0], e[1]
		if u == v {
			continue
		}
		if back[i] {
			u, v = v, u
		}
		succ[u] = append(succ[u], v)
		indeg[v]++
	}
	rank := make([]int32, n)
	queue := make([]int32, 0, n)
	for v := range int32(n) {
		if indeg[v] == 0 {
			queue = append(queue, v)
		}
	}
	for i := 0; i < len(queue); i++ {
		u := queue[i]
		for _, v := range succ[u] {
			rank[v] = max(rank[v], rank[u]+1)
			if indeg[v]--; indeg[v] == 0 {
				queue = append(queue, v)
			}
		}
	}
	span := 0
	for i, e := range edges {
		d := int(rank[e[1]] - rank[e[0]])
		if back[i] {
			d = -d
		}
		if e[0] != e[1] {
			span += d
		}
	}
	return span
}
