package main

import (
	"flag"
	"io"
	"strings"

	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
)

func renderCmd() *command {
	in, v := &input{}, &view{}
	var out, format, layout, cluster, title, engine, parallel string
	var legend, dates bool
	var highlight, highlightPath, sizeBy string
	return &command{
		name:    "render",
		args:    "FILE -o OUT [--format svg|png|dot] [--layout dot|neato|fdp|sfdp|circo|twopi] [--engine embedded|native] [--parallel collapse] [--kinds k1,k2] [--from DATE --to DATE] [--highlight A,B,...] [--highlight-path A,B] [--cluster country] [--size-by pagerank]",
		summary: "draw a graph as a Graphviz diagram (SVG, PNG with native Graphviz, or DOT)",
		example: `  $ diplograph render examples/ukraine2014/ukraine2014.yaml -o ukraine.svg --cluster country
  $ diplograph render ukraine.yaml -o calls.svg --kinds phoned --layout circo
  $ diplograph render ukraine.yaml -o march.svg --from 2014-03-28 --to 2014-03-29 --highlight putin,obama
  $ diplograph render ukraine.yaml -o path.svg --highlight-path klitschko,obama --size-by pagerank`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, true)
			fs.StringVar(&out, "o", "", "output `file` (standard output if absent)")
			fs.StringVar(&format, "format", "", "output `format`: svg, png or dot (default: from the -o extension, else svg)")
			fs.StringVar(&layout, "layout", "", "Graphviz `layout`: dot, neato, fdp, sfdp, circo or twopi (default: dot for small graphs, neato for large)")
			fs.StringVar(&engine, "engine", "", "Graphviz `engine`: embedded (built in; default for SVG), native (the installed dot; default for PNG) or auto")
			fs.StringVar(&parallel, "parallel", "auto", "parallel relations: separate (one line each), collapse (one labelled line per pair) or auto (collapse large graphs)")
			fs.StringVar(&cluster, "cluster", "", "group actors in boxes: country")
			fs.StringVar(&title, "title", "", "diagram `title` (default: the scenario's title and sources)")
			fs.StringVar(&highlight, "highlight", "", "comma-separated actor `IDs` to draw bold, fading the rest")
			fs.StringVar(&highlightPath, "highlight-path", "", "highlight the shortest path (either direction) between two actors `A,B`")
			fs.StringVar(&sizeBy, "size-by", "", "size actors by a `measure` (as rank --by: pagerank, degree, betweenness, ...)")
			fs.BoolVar(&legend, "legend", true, "draw a legend of the kinds shown")
			fs.BoolVar(&dates, "dates", false, "write each relation's date on its edge")
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			if format == "" {
				format = "svg"
				for _, f := range []string{"dot", "png", "svg"} {
					if strings.HasSuffix(strings.ToLower(out), "."+f) {
						format = f
					}
				}
			}
			var opts []render.Option
			switch render.Layout(layout) {
			case "":
			case render.Dot, render.Neato, render.FDP, render.SFDP, render.Circo, render.Twopi:
				opts = append(opts, render.WithLayout(render.Layout(layout)))
			default:
				return usagef("unknown --layout %q (want dot, neato, fdp, sfdp, circo or twopi)", layout)
			}
			switch engine {
			case "":
			case "embedded":
				opts = append(opts, render.WithEngine(render.Embedded))
			case "native":
				opts = append(opts, render.WithEngine(render.Native))
			case "auto":
				opts = append(opts, render.WithEngine(render.AutoEngine))
			default:
				return usagef("unknown --engine %q (want embedded, native or auto)", engine)
			}
			switch parallel {
			case "auto":
			case "separate":
				opts = append(opts, render.WithParallel(render.Separate))
			case "collapse":
				opts = append(opts, render.WithParallel(render.Collapse))
			default:
				return usagef("unknown --parallel %q (want separate, collapse or auto)", parallel)
			}
			if cluster != "" && cluster != "country" {
				return usagef("--cluster %q: only country is supported", cluster)
			}
			opts = append(opts,
				render.WithClusterByCountry(cluster == "country"),
				render.WithLegend(legend),
				render.WithEdgeDates(dates),
			)
			if title != "" {
				opts = append(opts, render.WithTitle(title))
			}
			if highlight != "" {
				opts = append(opts, render.WithHighlight(splitList(highlight)...))
			}
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			if highlightPath != "" || sizeBy != "" {
				p := analysis.Project(g, analysis.ProjectOptions{})
				if highlightPath != "" {
					ends := splitList(highlightPath)
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
					opts = append(opts, render.WithHighlight(ids...))
				}
				if sizeBy != "" {
					scores, err := rank(p, sizeBy, false, 0, 1)
					if err != nil {
						return err
					}
					size := make(map[string]float64, len(scores))
					for _, s := range scores {
						size[s.ID] = s.Score
					}
					opts = append(opts, render.WithNodeSize(func(id string) float64 { return size[id] }))
				}
			}
			var write func(io.Writer) error
			switch format {
			case "dot":
				write = func(w io.Writer) error { return render.DOT(w, g, opts...) }
			case "svg":
				write = func(w io.Writer) error { return render.SVG(e.ctx, w, g, opts...) }
			case "png":
				write = func(w io.Writer) error { return render.PNG(e.ctx, w, g, opts...) }
			default:
				return usagef("unknown --format %q (want svg, png or dot)", format)
			}
			return writeTo(e, out, write)
		},
	}
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
