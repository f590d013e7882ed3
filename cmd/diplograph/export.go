package main

import (
	"flag"
	"io"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/graph/encoding/csv"
	"github.com/diplograph/diplograph/graph/encoding/gexf"
	"github.com/diplograph/diplograph/graph/encoding/graphml"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
	"github.com/diplograph/diplograph/render"
	"github.com/diplograph/diplograph/scenario"
)

func exportCmd() *command {
	in, v := &input{}, &view{}
	var format, out string
	var projected bool
	var weighting analysis.Weighting
	return &command{
		name:    "export",
		args:    "FILE --format nodelink|gexf|graphml|dot|csv|yaml|json [--projected [--weight RULE]] [-o OUT]",
		summary: "convert a graph for NetworkX, Gephi, Graphviz, spreadsheets, or back to a scenario",
		example: `  $ diplograph export examples/ukraine2014/ukraine2014.yaml --format nodelink -o ukraine.json
  $ python3 -c 'import json, networkx as nx; g = nx.node_link_graph(json.load(open("ukraine.json")), edges="edges"); print(g)'
  MultiDiGraph with 33 nodes and 50 edges

  $ diplograph export ukraine.yaml --format gexf --kinds phoned,backs -o calls.gexf   # open in Gephi, play the timeline
  $ diplograph export ukraine.yaml --format csv -o ukraine      # ukraine.nodes.csv and ukraine.edges.csv

Without --projected every relation is an edge (a multigraph), with all its
attributes. A relation of a symmetric kind (met, negotiated, allied-with)
is written once, from its from actor to its to actor, with "symmetric":
true; it holds both ways, and the measures count it both ways.

With --projected the export is the simple weighted directed graph the
measures (rank, path) run on, for the same view (--kinds, --sign,
--from/--to, --as-of, ...) and the same --weight rule: one edge u->v per
ordered pair of actors with a selected relation from u to v (a symmetric
relation making both u->v and v->u), every actor of the view, isolated or
not. Each edge has kind "tie", "weight" (the summed weight of its
relations: their number under the default --weight count), "cost" =
1/weight (the distance the weighted distance measures use), "sign" (the net
sign of its relations) and, in "attrs", "relations" (their number),
"relation_ids" and "kinds". In node-link JSON it says "multigraph": false,
so NetworkX reads a DiGraph, and rank's numbers come back to 1e-9:

  $ diplograph export ukraine.yaml --format nodelink --projected -o p.json
  $ diplograph rank ukraine.yaml --by pagerank --json
  >>> import json, networkx as nx
  >>> G = nx.node_link_graph(json.load(open("p.json")), edges="edges")
  >>> nx.pagerank(G, weight=None, tol=1e-12)    # = rank --by pagerank
  >>> nx.pagerank(G, weight="weight", tol=1e-12) # = rank --by pagerank --weighted

Each rank measure in NetworkX, T standing for tol=1e-12, max_iter=10000 (the
library's; with NetworkX's defaults they agree to about 1e-6), and in
brackets what changes with rank --weighted:
  degree       degree_centrality(G)          [dict(G.degree(weight="weight"))]
  indegree     in_degree_centrality(G)       [dict(G.in_degree(weight="weight"))]
  outdegree    out_degree_centrality(G)      [dict(G.out_degree(weight="weight"))]
  pagerank     pagerank(G, weight=None, T)   [weight="weight"]
  eigenvector  eigenvector_centrality(G, weight=None, T)   [weight="weight"]
  katz         katz_centrality(G, alpha=0.1, beta=1.0, weight=None, T)   [weight="weight"]
  hubs, hits   hits(H, T)[0], H = G without weights   [hits(G, T)[0]]
  authorities  hits(H, T)[1]                 [hits(G, T)[1]]
  betweenness  betweenness_centrality(G)     [weight="cost"]
  closeness    closeness_centrality(G)       [distance="cost"]
  harmonic     harmonic_centrality(G)        [distance="cost"]
  core         core_number(G)                [the same: structural]
  reciprocity  reciprocity(G, G.nodes)       [the same: structural; None for an isolate is 0]
Distances are "cost", never "weight": a pair tied by more relations is
closer. hits is NetworkX's power iteration (hits_alg._hits_python; nx.hits
uses an SVD, which agrees where the top singular value is simple). GraphML
(nx.read_graphml) gives the same DiGraph with the same attributes; GEXF and
CSV carry the same columns.`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, true)
			fs.StringVar(&format, "format", "", "output `format`: nodelink, gexf, graphml, dot, csv, yaml or json (scenario)")
			fs.StringVar(&out, "o", "", "output `file` (standard output if absent); for csv, a prefix for OUT.nodes.csv and OUT.edges.csv")
			fs.BoolVar(&projected, "projected", false, "write the simple weighted graph the measures run on: one edge per ordered pair, with weight, cost = 1/weight and net sign")
			weightingFlag(fs, &weighting)
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			var write func(io.Writer) error
			if !projected && flagSet(fs, "weight") {
				return usagef("--weight sets the weights of the projection: give --projected too")
			}
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			if projected {
				if g, err = projectedGraph(g, weighting); err != nil {
					return err
				}
			}
			switch format {
			case "nodelink":
				write = func(w io.Writer) error {
					enc := nodelink.NewEncoder(w)
					enc.Simple = projected
					return enc.Encode(g)
				}
			case "gexf":
				write = func(w io.Writer) error {
					enc := gexf.NewEncoder(w)
					enc.Simple = projected
					return enc.Encode(g)
				}
			case "graphml":
				write = func(w io.Writer) error {
					enc := graphml.NewEncoder(w)
					enc.Simple = projected
					return enc.Encode(g)
				}
			case "dot":
				write = func(w io.Writer) error { return render.DOT(w, g, render.Options{NoLegend: true}) }
			case "yaml":
				write = func(w io.Writer) error { return scenario.NewEncoder(w).Encode(g) }
			case "json":
				write = func(w io.Writer) error {
					enc := scenario.NewEncoder(w)
					enc.Syntax = scenario.JSON
					return enc.Encode(g)
				}
			case "csv":
				if out == "" || out == "-" {
					return usagef("--format csv writes two files: give -o PREFIX")
				}
				prefix := strings.TrimSuffix(out, ".csv")
				if err := writeTo(e, prefix+".nodes.csv", func(w io.Writer) error { return csv.NewEncoder(w, nil).Encode(g) }); err != nil {
					return err
				}
				return writeTo(e, prefix+".edges.csv", func(w io.Writer) error {
					enc := csv.NewEncoder(nil, w)
					enc.Simple = projected
					return enc.Encode(g)
				})
			case "":
				return usagef("--format is required")
			default:
				return usagef("unknown --format %q (want nodelink, gexf, graphml, dot, csv, yaml or json)", format)
			}
			return writeTo(e, out, write)
		},
	}
}

// projectedGraph returns the simple weighted graph the measures run on
// for view g, its edges weighed by w.
func projectedGraph(g *graph.Graph, w analysis.Weighting) (*graph.Graph, error) {
	return analysis.Project(g, analysis.ProjectOptions{Weighting: w}).Simple()
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
