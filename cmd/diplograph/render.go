package main

import (
	"flag"
	"io"
	"strings"

	"github.com/diplograph/diplograph/render"
)

func renderCmd() *command {
	in, v := &input{}, &view{}
	var out, format, layout, cluster, title string
	var legend, dates bool
	var highlight string
	return &command{
		name:    "render",
		args:    "FILE -o OUT [--format svg|png|dot] [--layout dot|neato|fdp|sfdp|circo|twopi] [--kinds k1,k2] [--from DATE --to DATE] [--highlight A,B,...] [--cluster country]",
		summary: "draw a graph as a Graphviz diagram (SVG, PNG with native Graphviz, or DOT)",
		example: `  $ diplograph render examples/ukraine2014/ukraine2014.yaml -o ukraine.svg --cluster country
  $ diplograph render ukraine.yaml -o calls.svg --kinds phoned --layout circo
  $ diplograph render ukraine.yaml -o march.svg --from 2014-03-28 --to 2014-03-29 --highlight putin,obama`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, true)
			fs.StringVar(&out, "o", "", "output `file` (standard output if absent)")
			fs.StringVar(&format, "format", "", "output `format`: svg, png or dot (default: from the -o extension, else svg)")
			fs.StringVar(&layout, "layout", "dot", "Graphviz `layout`: dot, neato, fdp, sfdp, circo or twopi")
			fs.StringVar(&cluster, "cluster", "", "group actors in boxes: country")
			fs.StringVar(&title, "title", "", "diagram `title` (default: the scenario's title and sources)")
			fs.StringVar(&highlight, "highlight", "", "comma-separated actor `IDs` to draw bold, fading the rest")
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
			if cluster != "" && cluster != "country" {
				return usagef("--cluster %q: only country is supported", cluster)
			}
			opts := []render.Option{
				render.WithLayout(render.Layout(layout)),
				render.WithClusterByCountry(cluster == "country"),
				render.WithLegend(legend),
				render.WithEdgeDates(dates),
			}
			if title != "" {
				opts = append(opts, render.WithTitle(title))
			}
			if highlight != "" {
				opts = append(opts, render.WithHighlight(splitList(highlight)...))
			}
			g, err := in.load(e, args[0])
			if err != nil {
				return err
			}
			if g, err = v.apply(g); err != nil {
				return err
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
