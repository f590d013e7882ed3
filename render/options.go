package render

import (
	"errors"
	"fmt"
	"os/exec"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/suggest"
)

// DotMaxActors is the largest graph, in actors, drawn with [LayoutDot]
// when [Options.Layout] is [LayoutAuto]; larger graphs are drawn with
// [LayoutNeato]. Dot ranks actors in columns along the relations, which
// reads well for a crisis of a few dozen actors but becomes a wide tangle
// of long edges for a hundred loosely related ones, where Neato's spring
// model keeps related actors together. Neato rather than [LayoutSFDP]: it
// is as fast at these sizes with the [EngineEmbedded] engine (measured:
// 1.5 s for 300 actors, 7 s for 600, where sfdp took 8 s and 66 s), and
// unlike sfdp it draws the same SVG every time.
const DotMaxActors = 60

// SeparateMaxRelations is the largest graph, in relations, whose parallel
// relations [ParallelAuto] draws as separate lines; in larger graphs they
// are collapsed into one line per pair (see [Options.Parallel]).
const SeparateMaxRelations = 150

// Default size limits of [SVG], [PNG] and [PDF]; see [Options.MaxActors]
// and [Options.MaxRelations]. A random graph at the limits takes a few
// seconds to lay out with [LayoutDot]; twice as large, nearly a minute.
const (
	DefaultMaxActors    = 600
	DefaultMaxRelations = 1500
)

// Options says how [DOT], [SVG], [PNG], [PDF] and [WriteFile] draw a graph.
// It is passed by value, and its zero value draws with the defaults: the
// layout and the drawing of parallel relations chosen by the graph's size,
// the default engine for the format, the graph's title, [DefaultTheme], a
// legend, no boxes, no dates, nothing highlighted, every actor the same
// size, and the default size limits.
type Options struct {
	// Layout is the Graphviz layout. The default, [LayoutAuto], is
	// [LayoutDot] for graphs of up to [DotMaxActors] actors and
	// [LayoutNeato] for larger ones; when that layout is predicted to take
	// longer than [Options.MaxTime], the first of dot, neato, twopi and
	// circo predicted to fit. [DOT] writes the layout used as the
	// graph's layout attribute, so the DOT file draws the same with the dot
	// command.
	//
	// The layouts other than dot draw edges as curves, which keeps
	// parallel relations apart, when at most 150 lines are drawn, and as
	// straight lines above that: the Graphviz in go-graphviz takes minutes
	// to draw curves for some graphs of 200 lines or more (measured with
	// v0.2.10).
	Layout Layout

	// Parallel is how parallel relations are drawn: relations of directed
	// kinds from the same actor to the same actor, and relations of
	// symmetric kinds between the same two actors. The default,
	// [ParallelAuto], separates the relations of graphs of up to
	// [SeparateMaxRelations] relations and collapses those of larger ones.
	//
	// [ParallelSeparate] draws one line per relation, each with its own
	// label, tooltip and link. [ParallelCollapse] draws each group of
	// parallel relations as one line:
	//
	//   - labelled with the kinds and how many relations of each, each kind
	//     in its colour: "backs · phoned ×2" (kinds in the legend's order:
	//     hostile, neutral, cooperative, then by name), with EdgeDates the
	//     times under them ("28 Mar 2014, 29 Mar 2014", or the first and
	//     the last: "Feb 2014 … 29 Mar 2014");
	//   - styled as its dominant kind: of the sign with the most relations,
	//     the kind with the most relations, the first in the legend's order
	//     on a tie (so a bundle of two threats and a proposal is hostile);
	//   - drawn 1.2 points thicker for each doubling of the relations it
	//     bundles, at most 6 points thicker;
	//   - with a tooltip listing every relation (up to 20) with its time,
	//     who reports it and its quoted evidence, and a link to the first
	//     source with a URL.
	//
	// Bundles are in the order of their first relation, drawn from its From
	// to its To, with the ID "b-" + its ID. A relation of a symmetric kind
	// is not bundled with the directed relations between the same actors:
	// A→B, B→A and A↔B are three lines at most. A group of one relation is
	// drawn exactly as with ParallelSeparate. A bundle is highlighted (see
	// Highlight) when one of its relations is.
	Parallel Parallel

	// Engine is the Graphviz that lays the graph out and draws it. The
	// default, [EngineDefault], is [EngineEmbedded] for SVG, so that
	// drawing needs no Graphviz install (only package render/embedded
	// imported, or the diplograph-graphviz command) and gives the same bytes
	// on every machine, and [EngineNative] for PNG and PDF. [DOT] ignores
	// it.
	Engine Engine

	// Title replaces the graph's title at the top of the drawing; "", the
	// default, keeps the graph's own title. The line naming the sources
	// cited ("Source: BBC News, 29 Mar 2014") is drawn under it either
	// way.
	Title string

	// NoTitle draws no title, whatever Title says; the line naming the
	// sources is still drawn. The default is false.
	NoTitle bool

	// Theme is the look of the drawing. Fields left zero take the value of
	// [DefaultTheme], so the zero Theme, the default, is DefaultTheme.
	Theme Theme

	// ClusterByCountry draws a box around each country with at least two
	// actors: its state, leaders, officials, organisations and every other
	// actor whose Country is its code, labelled with the country's name.
	// The default is false.
	ClusterByCountry bool

	// NoLegend leaves out the legend that is drawn under the title by
	// default: the actor kinds and relation kinds that the graph actually
	// holds, each drawn in its style. The default is false: a legend.
	NoLegend bool

	// EdgeDates adds each relation's time ("28 Mar 2014", "since Mar
	// 2014") to its label, under the kind. The default is false.
	EdgeDates bool

	// Highlight names actors and relations (IDs of either) to draw in bold,
	// fading everything else. A relation is highlighted when its ID is
	// named or both its ends are named actors; an actor is highlighted when
	// its ID is named or it is an end of a highlighted relation. Naming the
	// relations of a path highlights exactly that path; naming actors
	// highlights them and the relations among them. An ID that names no
	// actor and no relation of the graph drawn is an error ([ErrUnknownID]).
	// The default, none, highlights and fades nothing.
	Highlight []string

	// NodeSize sizes actors by a score, such as a centrality from package
	// graph/analysis: the actor with the largest score is drawn at twice
	// the normal size, the others in proportion, an actor scoring 0 at the
	// normal size. Negative, NaN and infinite scores count as 0. It is
	// called once per actor. The default, nil, draws every actor at the
	// normal size.
	NodeSize func(id string) float64

	// Dyads draws a dyad diagram: one line per pair of actors (per
	// direction with DyadsByDirection), its width the pair's events (the
	// relations' Counts summed; DyadWidthByWeight: their weights summed),
	// its colour their mean Goldstein value on a diverging scale from red
	// (hostile, -10) through grey to blue (cooperative, +10) (DyadNetSign:
	// their net sign), its label "×12"; actors sized by their events, those
	// with no line left out; a legend of widths and colours; a line saying
	// what is drawn and when (under the title, or as the title when there
	// is none; NoTitle leaves both out), and a line naming the datasets,
	// the number of documents cited and the publishers most cited. A
	// relation's Goldstein value is its "goldstein" attribute (package
	// events writes it) or else its kind's. The default, [DyadsAuto], draws
	// graphs of [DyadsMinRelations] relations or more so; [DyadsOn] always,
	// [DyadsOff] never. TopActors and TopPairs choose what is drawn. With
	// [LayoutAuto] a dyad diagram is laid out with [LayoutNeato], which
	// draws no country boxes (ClusterByCountry needs LayoutDot or
	// LayoutFDP).
	Dyads Dyads

	// DyadsByDirection draws, in a dyad diagram, one line per direction
	// (A→B and B→A apart, relations of symmetric kinds as written) instead
	// of one per pair. The default is false: one line per pair.
	DyadsByDirection bool

	// DyadWidthByWeight makes a dyad's width, and its label, the summed
	// weight of its relations instead of their events (such as the summed
	// |Goldstein| intensity of event data). The default is false: events.
	DyadWidthByWeight bool

	// DyadNetSign colours dyads by their net sign, (cooperative events -
	// hostile events) / events, instead of their mean Goldstein value. The
	// default is false: mean Goldstein.
	DyadNetSign bool

	// TopActors keeps, in a dyad diagram, the dyads among the TopActors
	// actors of most events (ties by ID). The default, 0, keeps every
	// actor.
	TopActors int

	// TopPairs keeps, in a dyad diagram, the TopPairs dyads of most events
	// (ties by actor IDs), after TopActors. The default, 0, keeps every
	// dyad.
	TopPairs int

	// MaxActors is the largest number of actors [SVG], [PNG] and [PDF]
	// draw, with either engine; larger graphs fail with [ErrTooLarge]
	// before any layout starts ([Options.MaxTime] bounds the time). The
	// limit applies to every engine, so that switching engines does not
	// change which graphs draw. 0, the default, means [DefaultMaxActors]; a negative
	// value removes the limit. [DOT] has no limit.
	MaxActors int

	// MaxRelations is MaxActors for relations: it limits the lines drawn,
	// which with ParallelCollapse is the number of bundles of parallel
	// relations rather than of relations. 0, the default, means
	// [DefaultMaxRelations]; a negative value removes the limit.
	MaxRelations int

	// MaxTime is the longest a render may take. Before any layout starts,
	// its time is predicted from the graph's size, the layout and the
	// drawing of parallel relations ([EstimateCost]); a render predicted
	// to take longer fails with [ErrTooSlow], naming the options that would
	// make it fit, and with [LayoutAuto] a layout that fits is chosen
	// instead when there is one. A render that runs in a process of its own
	// ([EngineNative], or [EngineEmbedded] without package render/embedded
	// linked in) is also stopped when it runs past MaxTime, and fails with
	// [ErrTooSlow]; the embedded Graphviz linked in cannot be stopped, so
	// for it the prediction is the bound. 0, the default, means
	// [DefaultMaxTime]; a negative value removes the limit. [DOT] has no
	// limit.
	MaxTime time.Duration
}

// config is Options checked and resolved for one graph: the choices left
// to the graph's size made, the defaults filled in.
type config struct {
	layout       Layout   // never LayoutAuto
	parallel     Parallel // never ParallelAuto
	engine       Engine
	title        string // "" for none
	theme        Theme
	cluster      bool
	legend       bool
	edgeDates    bool
	highlight    map[string]bool // nil when not highlighting
	nodeSize     func(id string) float64
	maxActors    int           // 0: no limit
	maxRelations int           // 0: no limit
	maxTime      time.Duration // 0: no limit
	autoLayout   bool          // the layout was left to the graph's size

	dyads                  bool // a dyad diagram
	byDirection            bool
	widthByWeight, netSign bool
	topActors, topPairs    int
	noTitle                bool
}

// newConfig checks o and resolves it for g.
func newConfig(g *graph.Graph, o Options) (*config, error) {
	if err := o.Layout.check(); err != nil {
		return nil, err
	}
	if err := o.Parallel.check(); err != nil {
		return nil, err
	}
	if err := o.Engine.check(); err != nil {
		return nil, err
	}
	if err := o.Dyads.check(); err != nil {
		return nil, err
	}
	if o.TopActors < 0 || o.TopPairs < 0 {
		return nil, fmt.Errorf("%w: TopActors %d, TopPairs %d (want 0 for all, or a positive number)", ErrBadOption, o.TopActors, o.TopPairs)
	}
	c := &config{
		layout:       o.Layout,
		parallel:     o.Parallel,
		engine:       o.Engine,
		title:        g.Title(),
		theme:        o.Theme.withDefaults(),
		cluster:      o.ClusterByCountry,
		legend:       !o.NoLegend,
		edgeDates:    o.EdgeDates,
		nodeSize:     o.NodeSize,
		maxActors:    limit(o.MaxActors, DefaultMaxActors),
		maxRelations: limit(o.MaxRelations, DefaultMaxRelations),
		maxTime:      time.Duration(limit(int(o.MaxTime), int(DefaultMaxTime))),
		autoLayout:   o.Layout == LayoutAuto,

		dyads:         o.Dyads == DyadsOn || o.Dyads == DyadsAuto && g.NumRelations() >= DyadsMinRelations,
		byDirection:   o.DyadsByDirection,
		widthByWeight: o.DyadWidthByWeight,
		netSign:       o.DyadNetSign,
		topActors:     o.TopActors,
		topPairs:      o.TopPairs,
		noTitle:       o.NoTitle,
	}
	switch {
	case o.NoTitle:
		c.title = ""
	case o.Title != "":
		c.title = o.Title
	}
	if len(o.Highlight) > 0 {
		c.highlight = make(map[string]bool, len(o.Highlight))
		var unknown []error
		for _, id := range o.Highlight {
			c.highlight[id] = true
			if _, ok := g.Actor(id); ok {
				continue
			}
			if _, ok := g.Relation(id); !ok {
				unknown = append(unknown, fmt.Errorf("%w %q in Options.Highlight%s", ErrUnknownID, id, suggest.Hint(id, actorIDs(g))))
			}
		}
		if len(unknown) > 0 {
			return nil, errors.Join(unknown...)
		}
	}
	if c.layout == LayoutAuto {
		c.layout = LayoutDot
		if g.NumActors() > DotMaxActors || c.dyads {
			c.layout = LayoutNeato // a dyad diagram has no flow to rank
		}
	}
	if c.parallel == ParallelAuto {
		c.parallel = ParallelSeparate
		if g.NumRelations() > SeparateMaxRelations {
			c.parallel = ParallelCollapse
		}
	}
	return c, nil
}

// limit is a size limit: def for 0, none (0) for a negative n.
func limit(n, def int) int {
	switch {
	case n == 0:
		return def
	case n < 0:
		return 0
	}
	return n
}

// engineFor returns the engine that draws format: EngineEmbedded or
// EngineNative.
func engineFor(e Engine, format Format) (Engine, error) {
	switch e {
	case EngineDefault:
		if format == FormatSVG {
			return EngineEmbedded, nil
		}
		return EngineNative, nil
	case EngineEmbedded, EngineNative:
		return e, nil
	case EngineAuto:
		if _, err := exec.LookPath("dot"); err == nil {
			return EngineNative, nil
		}
		if format == FormatSVG {
			return EngineEmbedded, nil
		}
		return EngineNative, nil // fails with ErrNoNative
	}
	return 0, e.check()
}

// checkSize returns an [ErrTooLarge] error if g, drawn with the given
// numbers of actors and lines, is over the limits.
func (c *config) checkSize(g *graph.Graph, acts, lines int) error {
	if c.maxActors > 0 && acts > c.maxActors {
		return tooLarge("actors", acts, c.maxActors, "Options.MaxActors")
	}
	if c.maxRelations > 0 && lines > c.maxRelations {
		what := "relations"
		if c.dyads {
			what = fmt.Sprintf("dyads (of %d relations)", g.NumRelations())
		} else if lines < g.NumRelations() {
			what = fmt.Sprintf("lines (%d relations collapsed)", g.NumRelations())
		}
		return tooLarge(what, lines, c.maxRelations, "Options.MaxRelations")
	}
	return nil
}

// actorIDs lists the IDs of g's actors, for suggestions.
func actorIDs(g *graph.Graph) []string {
	ids := make([]string, 0, g.NumActors())
	for a := range g.Actors() {
		ids = append(ids, a.ID)
	}
	return ids
}
