package render

import (
	"fmt"
	"os/exec"

	"github.com/diplograph/diplograph/graph"
)

// Layout is a Graphviz layout engine.
type Layout string

// The layout engines. With the same input, [Dot], [Neato], [Circo] and
// [Twopi] give byte-identical SVG from run to run; [FDP] and [SFDP] do not
// within one process with the [Embedded] engine (their random state carries
// over between renders).
const (
	Dot   Layout = "dot"   // hierarchical: relations flow left to right; the default for small graphs
	Neato Layout = "neato" // spring model (stress majorisation); the default for large graphs
	FDP   Layout = "fdp"   // force-directed, supports clusters; not reproducible
	SFDP  Layout = "sfdp"  // multiscale force-directed for large graphs; not reproducible
	Circo Layout = "circo" // circular
	Twopi Layout = "twopi" // radial
)

// valid reports whether l is one of the layouts above.
func (l Layout) valid() bool {
	switch l {
	case Dot, Neato, FDP, SFDP, Circo, Twopi:
		return true
	}
	return false
}

// DotMaxActors is the largest graph, in actors, drawn with [Dot] when no
// [WithLayout] is given; larger graphs are drawn with [Neato]. Dot ranks
// actors in columns along the relations, which reads well for a crisis of
// a few dozen actors but becomes a wide tangle of long edges for a hundred
// loosely related ones, where Neato's spring model keeps related actors
// together. Neato rather than [SFDP]: it is as fast at these sizes with the
// [Embedded] engine (measured: 1.5 s for 300 actors, 7 s for 600, where
// sfdp took 8 s and 66 s), and unlike sfdp it draws the same SVG every time.
const DotMaxActors = 60

// SeparateMaxRelations is the largest graph, in relations, whose parallel
// relations [ParallelAuto] draws as separate lines; in larger graphs they
// are collapsed into one line per pair (see [WithParallel]).
const SeparateMaxRelations = 150

// Default size limits of [SVG], [PNG] and [PDF]; see [WithMaxActors] and
// [WithMaxRelations]. A random graph at the limits takes a few seconds to
// lay out with [Dot]; twice as large, nearly a minute.
const (
	DefaultMaxActors    = 600
	DefaultMaxRelations = 1500
)

// Option changes how a graph is drawn. Options apply in order; a later one
// overrides an earlier one of the same kind.
type Option func(*config)

// config is what the options set.
type config struct {
	layout       Layout
	layoutSet    bool
	parallel     Parallel
	engine       Engine
	title        string
	titleSet     bool
	theme        Theme
	themeSet     bool
	cluster      bool
	legend       bool
	edgeDates    bool
	highlight    map[string]bool
	nodeSize     func(id string) float64
	maxActors    int
	maxRelations int
}

func newConfig(opts []Option) *config {
	c := &config{layout: Dot, maxActors: DefaultMaxActors, maxRelations: DefaultMaxRelations}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	if c.themeSet {
		c.theme = c.theme.withDefaults()
	} else {
		c.theme = DefaultTheme()
	}
	return c
}

// WithLayout selects the layout engine. Without it the layout is chosen by
// the graph's size: [Dot] for graphs of up to [DotMaxActors] actors, [Neato]
// for larger ones; WithLayout always wins. [DOT] writes the layout used as
// the graph's layout attribute, so the DOT file draws the same with the dot
// command.
//
// The layouts other than Dot draw edges as curves, which keeps parallel
// relations apart, when at most 150 lines are drawn, and as straight lines
// above that: the Graphviz in go-graphviz takes minutes to draw curves for
// some graphs of 200 lines or more (measured with v0.2.10).
func WithLayout(l Layout) Option { return func(c *config) { c.layout, c.layoutSet = l, true } }

// WithTitle replaces the graph's title at the top of the drawing; "" draws
// no title. The line naming the sources cited ("Source: BBC News, 29 Mar
// 2014") is drawn under it either way.
func WithTitle(title string) Option {
	return func(c *config) { c.title, c.titleSet = title, true }
}

// WithTheme draws with t instead of [DefaultTheme].
func WithTheme(t Theme) Option { return func(c *config) { c.theme, c.themeSet = t, true } }

// WithClusterByCountry draws a box around each country with at least two
// actors: its state, leaders, officials, organisations and every other actor
// whose Country is its code, labelled with the country's name.
func WithClusterByCountry(on bool) Option { return func(c *config) { c.cluster = on } }

// WithLegend adds a legend of the actor kinds and relation kinds that the
// graph actually holds, each drawn in its style.
func WithLegend(on bool) Option { return func(c *config) { c.legend = on } }

// WithEdgeDates adds each relation's time ("28 Mar 2014", "since Mar 2014")
// to its label, under the kind.
func WithEdgeDates(on bool) Option { return func(c *config) { c.edgeDates = on } }

// WithHighlight draws the named actors and relations (IDs of either) in bold
// and fades everything else. A relation is highlighted when its ID is named
// or both its ends are named actors; an actor is highlighted when its ID is
// named or it is an end of a highlighted relation. Naming the relations of a
// path highlights exactly that path; naming actors highlights them and the
// relations among them. Unknown IDs are ignored. Without IDs nothing is
// highlighted or faded.
func WithHighlight(ids ...string) Option {
	return func(c *config) {
		if len(ids) == 0 {
			c.highlight = nil
			return
		}
		c.highlight = make(map[string]bool, len(ids))
		for _, id := range ids {
			c.highlight[id] = true
		}
	}
}

// WithNodeSize sizes actors by a score, such as a centrality from package
// graph: the actor with the largest score is drawn at twice the normal size,
// the others in proportion, an actor scoring 0 at the normal size. Negative,
// NaN and infinite scores count as 0. size is called once per actor.
func WithNodeSize(size func(id string) float64) Option {
	return func(c *config) { c.nodeSize = size }
}

// WithMaxActors sets the largest number of actors [SVG], [PNG] and [PDF]
// draw, with either [Engine]; larger graphs fail with [ErrTooLarge] before
// any layout starts. The [Embedded] Graphviz cannot be stopped once it has
// started, so this is what bounds the time a render takes; the [Native] one
// can be stopped through the context, but the limit applies to it too, so
// that switching engines does not change which graphs draw. n <= 0 removes
// the limit. The default is [DefaultMaxActors]. [DOT] has no limit.
func WithMaxActors(n int) Option { return func(c *config) { c.maxActors = n } }

// WithMaxRelations is [WithMaxActors] for relations: it limits the lines
// drawn, which with [Collapse] is the number of bundles of parallel
// relations rather than of relations. The default is [DefaultMaxRelations].
func WithMaxRelations(n int) Option { return func(c *config) { c.maxRelations = n } }

// WithParallel sets how parallel relations are drawn: relations of
// directed kinds from the same actor to the same actor, and relations of
// symmetric kinds between the same two actors.
//
// [Separate] draws one line per relation, each with its own label, tooltip
// and link. [Collapse] draws each group of parallel relations as one line:
//
//   - labelled with the kinds and how many relations of each, each kind in
//     its colour: "backs · phoned ×2" (kinds in the legend's order:
//     hostile, neutral, cooperative, then by name), with [WithEdgeDates]
//     the times under them ("28 Mar 2014, 29 Mar 2014", or the first and
//     the last: "Feb 2014 … 29 Mar 2014");
//   - styled as its dominant kind: of the sign with the most relations, the
//     kind with the most relations, the first in the legend's order on a
//     tie (so a bundle of two threats and a proposal is hostile);
//   - drawn 1.2 points thicker for each doubling of the relations it
//     bundles, at most 6 points thicker;
//   - with a tooltip listing every relation (up to 20) with its time, who
//     reports it and its quoted evidence, and a link to the first source
//     with a URL.
//
// Bundles are in the order of their first relation, drawn from its From to
// its To, with the ID "b-" + its ID. A relation of a symmetric kind is not
// bundled with the directed relations between the same actors: A→B, B→A and
// A↔B are three lines at most. A group of one relation is drawn exactly as
// with Separate. A bundle is highlighted (see [WithHighlight]) when one of
// its relations is.
//
// The default, [ParallelAuto], separates the relations of graphs of up to
// [SeparateMaxRelations] relations and collapses those of larger ones.
func WithParallel(p Parallel) Option { return func(c *config) { c.parallel = p } }

// Parallel is how [WithParallel] draws parallel relations.
type Parallel uint8

// The ways to draw parallel relations.
const (
	ParallelAuto Parallel = iota // Separate up to SeparateMaxRelations relations, Collapse above; the default
	Separate                     // one line per relation
	Collapse                     // one line per group of parallel relations
)

// String returns "auto", "separate" or "collapse".
func (p Parallel) String() string {
	switch p {
	case ParallelAuto:
		return "auto"
	case Separate:
		return "separate"
	case Collapse:
		return "collapse"
	}
	return fmt.Sprintf("Parallel(%d)", uint8(p))
}

// WithEngine selects the Graphviz that lays the graph out and draws it.
// Without it (or with [DefaultEngine]), [SVG] uses [Embedded], so that
// drawing needs nothing outside the Go program and gives the same bytes on
// every machine, and [PNG] and [PDF] use [Native]. [DOT] ignores it.
func WithEngine(e Engine) Option { return func(c *config) { c.engine = e } }

// Engine is the Graphviz that draws: the one built into go-graphviz or the
// installed dot command.
type Engine uint8

// The engines.
const (
	// DefaultEngine is Embedded for SVG and Native for PNG and PDF.
	DefaultEngine Engine = iota

	// Embedded is the Graphviz 12.1.2 built into github.com/goccy/go-graphviz
	// as WebAssembly: no install needed and byte-identical SVG on every
	// machine, but one render at a time per process, not interruptible
	// (ctx is checked only before starting) and SVG only: its PNG output
	// is broken (measured with go-graphviz v0.2.10: edges drawn as filled
	// wedges, outlines and dashes missing), so PNG and PDF fail with
	// [ErrUnsupportedFormat].
	Embedded

	// Native runs Graphviz's dot command (dot -K<layout> -T<format>), which
	// must be in PATH, else drawing fails with [ErrNoNative]. Each render is
	// a process of its own: renders run in parallel, ending ctx kills the
	// process, and memory goes back to the system when it exits. The output
	// depends on the installed Graphviz version and fonts, so it is not the
	// same on every machine, but it is the same from run to run on one.
	Native

	// AutoEngine is Native when the dot command is in PATH and Embedded
	// otherwise, so PNG and PDF still need dot. Use it for a service that
	// draws many graphs, not where output must match golden files.
	AutoEngine
)

// String returns "default", "embedded", "native" or "auto".
func (e Engine) String() string {
	switch e {
	case DefaultEngine:
		return "default"
	case Embedded:
		return "embedded"
	case Native:
		return "native"
	case AutoEngine:
		return "auto"
	}
	return fmt.Sprintf("Engine(%d)", uint8(e))
}

// engineFor returns the engine that draws format: Embedded or Native.
func (c *config) engineFor(format Format) (Engine, error) {
	switch c.engine {
	case DefaultEngine:
		if format == FormatSVG {
			return Embedded, nil
		}
		return Native, nil
	case Embedded, Native:
		return c.engine, nil
	case AutoEngine:
		if _, err := exec.LookPath("dot"); err == nil {
			return Native, nil
		}
		if format == FormatSVG {
			return Embedded, nil
		}
		return Native, nil // fails with ErrNoNative
	}
	return 0, fmt.Errorf("%w: engine %d (want DefaultEngine, Embedded, Native or AutoEngine)", ErrBadOption, uint8(c.engine))
}

// resolve makes the choices left to the graph's size: the layout and the
// way parallel relations are drawn.
func (c *config) resolve(g *graph.Graph) {
	if !c.layoutSet {
		c.layout = Dot
		if g.NumActors() > DotMaxActors {
			c.layout = Neato
		}
	}
	if c.parallel == ParallelAuto {
		c.parallel = Separate
		if g.NumRelations() > SeparateMaxRelations {
			c.parallel = Collapse
		}
	}
}

// checkSize returns an [ErrTooLarge] error if g, drawn with the given
// number of lines, is over the limits.
func (c *config) checkSize(g *graph.Graph, lines int) error {
	if c.maxActors > 0 && g.NumActors() > c.maxActors {
		return tooLarge("actors", g.NumActors(), c.maxActors, "WithMaxActors")
	}
	if c.maxRelations > 0 && lines > c.maxRelations {
		what := "relations"
		if lines < g.NumRelations() {
			what = fmt.Sprintf("lines (%d relations collapsed)", g.NumRelations())
		}
		return tooLarge(what, lines, c.maxRelations, "WithMaxRelations")
	}
	return nil
}
