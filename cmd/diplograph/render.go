package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/internal/suggest"
	"github.com/diplograph/diplograph/render"
)

func renderCmd() *command {
	in, v := &input{}, &view{}
	var o render.Options
	var out, format, cluster string
	var legend, dyads, noDyads bool
	var highlight, highlightPath, sizeBy string
	return &command{
		name: "render",
		args: "FILE -o OUT [--format " + choices(render.Formats(), "|") + "] [--layout " + choices(render.Layouts(), "|") +
			"] [--engine " + choices(render.Engines(), "|") + "] [--parallel " + choices(render.Parallels(), "|") +
			"] [--kinds k1,k2] [--from DATE --to DATE] [--highlight A,B,...] [--highlight-path A,B] [--cluster country] [--max-time 1m] [--size-by pagerank] [--dyads [--top N] [--top-pairs N] [--by-direction] [--width-by-weight] [--net-sign]]",
		summary: "draw a graph as a Graphviz diagram (SVG, PNG or PDF with native Graphviz, or DOT)",
		example: `  $ diplograph render examples/ukraine2014/ukraine2014.yaml -o ukraine.svg --cluster country
  $ diplograph render ukraine.yaml -o calls.svg --kinds phoned --layout circo
  $ diplograph render ukraine.yaml -o march.svg --from 2014-03-28 --to 2014-03-29 --highlight putin,obama
  $ diplograph render ukraine.yaml -o path.svg --highlight-path klitschko,obama --size-by pagerank
  $ diplograph ingest 20180101000000.export.CSV --actors country --aggregate day -o day.json
  $ diplograph render day.json -o day.svg --dyads --top 40

A dyad diagram (--dyads) draws one line per pair of actors, its width the
pair's events, its colour their mean Goldstein score (red hostile, blue
cooperative), actors sized by their events; graphs of ` + fmt.Sprint(render.DyadsMinRelations) + ` relations or more
are drawn so unless --no-dyads.`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, true)
			fs.StringVar(&out, "o", "", "output `file` (standard output if absent)")
			fs.StringVar(&format, "format", "", "output `format`: "+choices(render.Formats(), ", ")+
				" (default: from the -o extension, else svg; png and pdf need Graphviz's dot command)")
			fs.TextVar(&o.Layout, "layout", render.LayoutAuto, "Graphviz `layout`: "+choices(render.Layouts(), ", ")+
				fmt.Sprintf("; %v is %v up to %d actors and %v above", render.LayoutAuto, render.LayoutDot, render.DotMaxActors, render.LayoutNeato))
			fs.TextVar(&o.Engine, "engine", render.EngineDefault, "Graphviz `engine`: "+choices(render.Engines(), ", ")+
				fmt.Sprintf("; %v is %v (built in) for SVG and %v (the installed dot command) for PNG and PDF, %v is %v when dot is installed",
					render.EngineDefault, render.EngineEmbedded, render.EngineNative, render.EngineAuto, render.EngineNative))
			fs.TextVar(&o.Parallel, "parallel", render.ParallelAuto, "how to draw parallel `relations`: "+choices(render.Parallels(), ", ")+
				fmt.Sprintf("; %v draws one line each, %v one labelled line per pair, %v collapses graphs of more than %d relations",
					render.ParallelSeparate, render.ParallelCollapse, render.ParallelAuto, render.SeparateMaxRelations))
			fs.StringVar(&cluster, "cluster", "", "group actors in boxes: country")
			fs.StringVar(&o.Title, "title", "", "diagram `title` (default: the scenario's title and sources)")
			fs.StringVar(&highlight, "highlight", "", "comma-separated actor `IDs` to draw bold, fading the rest")
			fs.StringVar(&highlightPath, "highlight-path", "", "highlight the shortest path (either direction) between two actors `A,B`")
			fs.StringVar(&sizeBy, "size-by", "", "size actors by a `measure` (as rank --by: pagerank, degree, betweenness, ...)")
			fs.BoolVar(&legend, "legend", true, "draw a legend of the kinds shown")
			fs.BoolVar(&o.EdgeDates, "dates", false, "write each relation's date on its edge")
			fs.BoolVar(&dyads, "dyads", false, fmt.Sprintf("draw a dyad diagram: one line per pair, width = events, colour = mean Goldstein (default for %d relations or more)", render.DyadsMinRelations))
			fs.DurationVar(&o.MaxTime, "max-time", render.DefaultMaxTime, "longest `time` the layout may take: a layout predicted to take longer is refused "+
				"before it starts (with what would fit), one running longer is stopped; 0 for no limit")
			fs.BoolVar(&noDyads, "no-dyads", false, "never draw a dyad diagram, however large the graph")
			fs.IntVar(&o.TopActors, "top", 0, "dyad diagram: keep the `N` actors with most events (0: all)")
			fs.IntVar(&o.TopPairs, "top-pairs", 0, "dyad diagram: keep the `N` pairs with most events (0: all)")
			fs.BoolVar(&o.DyadsByDirection, "by-direction", false, "dyad diagram: one line per direction (A->B, B->A) instead of per pair")
			fs.BoolVar(&o.DyadWidthByWeight, "width-by-weight", false, "dyad diagram: width = summed weight (e.g. |Goldstein| intensity) instead of events")
			fs.BoolVar(&o.DyadNetSign, "net-sign", false, "dyad diagram: colour by net sign (cooperative - hostile events) instead of mean Goldstein")
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			f := render.FormatSVG
			if format != "" {
				var err error
				if f, err = render.ParseFormat(format); err != nil {
					return usagef("--format: %v", err)
				}
			} else if ext := strings.ToLower(filepath.Ext(out)); ext != "" {
				var err error
				if f, err = render.ParseFormat(ext[1:]); err != nil {
					return usagef("-o %s: unknown extension %q (want .%s, or name the format with --format)", out, ext, choices(render.Formats(), ", ."))
				}
			}
			if cluster != "" && cluster != "country" {
				return usagef("--cluster %q: only country is supported", cluster)
			}
			o.ClusterByCountry = cluster == "country"
			switch {
			case dyads && noDyads:
				return usagef("--dyads and --no-dyads: choose one")
			case dyads:
				o.Dyads = render.DyadsOn
			case noDyads:
				o.Dyads = render.DyadsOff
			}
			if o.TopActors < 0 || o.TopPairs < 0 {
				return usagef("--top and --top-pairs take a positive number, or 0 for all")
			}
			switch {
			case o.MaxTime == 0:
				o.MaxTime = -1 // no limit
			case o.MaxTime < 0:
				return usagef("--max-time %v: want a positive duration, or 0 for no limit", o.MaxTime)
			}
			o.NoLegend = !legend
			o.Highlight = idList(highlight)
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			if v.narrows() && !v.dropIsolates {
				// A view of some relations draws the actors they join:
				// the phone calls among 1,400 actors are a dozen pairs.
				n := g.NumActors()
				if g, err = g.Filter(graph.Filter{DropIsolated: true}); err != nil {
					return err
				}
				if d := n - g.NumActors(); d > 0 {
					fmt.Fprintf(e.stderr, "diplograph render: %d actor%s without relations in the view left out\n", d, plural(d))
				}
			}
			if err := knownIDs(g, "--highlight", o.Highlight); err != nil {
				return err
			}
			if highlightPath != "" || sizeBy != "" {
				p := analysis.Project(g, analysis.ProjectOptions{})
				if highlightPath != "" {
					ends := idList(highlightPath)
					if len(ends) != 2 {
						return usagef("--highlight-path takes two actor IDs, A,B")
					}
					path, err := analysis.ShortestPath(p, ends[0], ends[1], analysis.ShortestPathOptions{Undirected: true})
					if err != nil {
						return err
					}
					var ids []string
					for _, s := range path.Steps {
						for _, r := range s.Relations {
							ids = append(ids, r.ID)
						}
					}
					o.Highlight = append(o.Highlight, ids...)
				}
				if sizeBy != "" {
					m, err := analysis.ParseMeasure(sizeBy)
					if err != nil {
						return usagef("--size-by: %v", err)
					}
					scores, err := analysis.Compute(e.ctx, p, m, analysis.MeasureOptions{})
					if err != nil {
						return err
					}
					size := make(map[string]float64, len(scores))
					for _, s := range scores {
						size[s.ID] = s.Score
					}
					o.NodeSize = func(id string) float64 { return size[id] }
				}
			}
			return writeTo(e, out, func(w io.Writer) error {
				switch f {
				case render.FormatDOT:
					return render.DOT(w, g, o)
				case render.FormatPNG:
					return render.PNG(e.ctx, w, g, o)
				case render.FormatPDF:
					return render.PDF(e.ctx, w, g, o)
				}
				return render.SVG(e.ctx, w, g, o)
			})
		},
	}
}

// knownIDs checks that every ID given to flag names an actor or relation of
// g, the graph as drawn, and names the flag and the closest ID when one
// does not.
func knownIDs(g *graph.Graph, flag string, ids []string) error {
	var unknown []error
	for _, id := range ids {
		if _, ok := g.Actor(id); ok {
			continue
		}
		if _, ok := g.Relation(id); ok {
			continue
		}
		names := make([]string, 0, g.NumActors())
		for a := range g.Actors() {
			names = append(names, a.ID)
		}
		unknown = append(unknown, fmt.Errorf("%s: %w %q in the graph drawn%s", flag, render.ErrUnknownID, id, suggest.Hint(id, names)))
	}
	return errors.Join(unknown...)
}

// choices joins the names of an enum's values with sep.
func choices[T fmt.Stringer](values []T, sep string) string {
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = v.String()
	}
	return strings.Join(names, sep)
}

// idArg is an ID as typed, in the normal form every ID of a graph has
// (NFKC: a terminal may hand over a decomposed "é").
func idArg(s string) string { return norm.NFKC.String(strings.TrimSpace(s)) }

// idList splits a comma-separated list of IDs, each through idArg.
func idList(s string) []string {
	ids := splitList(s)
	for i, id := range ids {
		ids[i] = idArg(id)
	}
	return ids
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}
