package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/report"
)

func reportCmd() *command {
	in, v := &input{}, &view{}
	var out, paths string
	var o report.StandardOptions
	return &command{
		name:    "report",
		args:    "FILE -o report.html|report.md [--weighted] [--weight RULE] [--top N] [--path A,B;C,D] [--seed N]",
		summary: "write the standard report: diagram, who matters and why, key paths, communities, balance, timeline, evidence",
		example: `  $ diplograph report examples/ukraine2014/ukraine2014.yaml -o ukraine.html
  $ diplograph report examples/ukraine2014/ukraine2014.yaml -o out/ukraine.md   # plus out/ukraine-*.svg
  $ diplograph report events.json --as-of 2014-03-18 --fold country -o states.html

The HTML report is one self-contained file (inline SVG and CSS, no
requests): click an actor in the diagram to highlight its relations and
show their evidence; without script it reads the same, evidence listed.
The Markdown report writes its figures as SVG files beside it. Sections:
what the graph holds; the diagram; who matters by degree, PageRank,
betweenness, closeness and harmonic closeness, and where and why they disagree;
key paths explained with their quotes (--path klitschko,obama; default:
between the top brokers); communities; signed balance and the blocs, each
actor with the ties that place it; the timeline; the evidence index.`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, true)
			fs.StringVar(&out, "o", "", "output `file`: .html (one self-contained page) or .md (Markdown and SVG files beside it)")
			fs.BoolVar(&o.Weighted, "weighted", false, "let the measures and communities use the edge weights (see rank --help)")
			weightingFlag(fs, &o.Weighting)
			fs.IntVar(&o.Top, "top", 15, "how many actors the tables of who matters show")
			fs.StringVar(&paths, "path", "", "pairs of actor IDs whose paths to explain: `A,B;C,D` (default: between the top brokers)")
			fs.Uint64Var(&o.Seed, "seed", 0, "seed of the community detection and of the heuristic blocs")
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			ext := strings.ToLower(filepath.Ext(out))
			if out == "" || ext != ".html" && ext != ".md" {
				return usagef("-o must name a .html or .md file")
			}
			if paths != "" {
				for _, pair := range strings.Split(paths, ";") {
					ids := strings.Split(pair, ",")
					if len(ids) != 2 || ids[0] == "" || ids[1] == "" {
						return usagef("--path %q: want pairs of actor IDs, A,B;C,D", paths)
					}
					o.Paths = append(o.Paths, [2]string{ids[0], ids[1]})
				}
			}
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			for _, pair := range o.Paths {
				for _, id := range pair {
					if _, ok := g.Actor(id); !ok {
						return fmt.Errorf("--path: %w %q", analysis.ErrUnknownActor, id)
					}
				}
			}
			r, err := report.Standard(e.ctx, g, o)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
			return r.WriteFile(out)
		},
	}
}
