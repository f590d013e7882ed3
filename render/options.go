package render

import "github.com/diplograph/diplograph/graph"

// Layout is a Graphviz layout engine.
type Layout string

// The layout engines. With the same input, [Dot], [Neato], [Circo] and
// [Twopi] give byte-identical SVG from run to run; [FDP] and [SFDP] do not
// within one process (their random state carries over between renders).
const (
	Dot   Layout = "dot"   // hierarchical: relations flow left to right; the default
	Neato Layout = "neato" // spring model (stress majorisation)
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

// WithLayout selects the layout engine; the default is [Dot]. [DOT] writes
// the choice as the graph's layout attribute, so the DOT file draws the same
// with the dot command.
func WithLayout(l Layout) Option { return func(c *config) { c.layout = l } }

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

// WithMaxActors sets the largest number of actors [SVG] draws; larger graphs
// fail with [ErrTooLarge]. Graphviz cannot be stopped once it has started,
// so this is what bounds the time a render takes. n <= 0 removes the limit.
// The default is [DefaultMaxActors]. [DOT] has no limit.
func WithMaxActors(n int) Option { return func(c *config) { c.maxActors = n } }

// WithMaxRelations is [WithMaxActors] for relations. The default is
// [DefaultMaxRelations].
func WithMaxRelations(n int) Option { return func(c *config) { c.maxRelations = n } }

// checkSize returns an [ErrTooLarge] error if g is over the limits.
func (c *config) checkSize(g *graph.Graph) error {
	if c.maxActors > 0 && g.NumActors() > c.maxActors {
		return tooLarge("actors", g.NumActors(), c.maxActors, "WithMaxActors")
	}
	if c.maxRelations > 0 && g.NumRelations() > c.maxRelations {
		return tooLarge("relations", g.NumRelations(), c.maxRelations, "WithMaxRelations")
	}
	return nil
}
