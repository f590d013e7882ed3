package main

import (
	"flag"
	"io"
	"strings"

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
	return &command{
		name:    "export",
		args:    "FILE --format nodelink|gexf|graphml|dot|csv|yaml|json [-o OUT]",
		summary: "convert a graph for NetworkX, Gephi, Graphviz, spreadsheets, or back to a scenario",
		example: `  $ diplograph export examples/ukraine2014/ukraine2014.yaml --format nodelink -o ukraine.json
  $ python3 -c 'import json, networkx as nx; g = nx.node_link_graph(json.load(open("ukraine.json")), edges="edges"); print(g)'
  MultiDiGraph with 33 nodes and 50 edges

  $ diplograph export ukraine.yaml --format gexf --kinds phoned,backs -o calls.gexf   # open in Gephi, play the timeline
  $ diplograph export ukraine.yaml --format csv -o ukraine      # ukraine.nodes.csv and ukraine.edges.csv`,
		flags: func(fs *flag.FlagSet) {
			in.flags(fs)
			v.flags(fs, true)
			fs.StringVar(&format, "format", "", "output `format`: nodelink, gexf, graphml, dot, csv, yaml or json (scenario)")
			fs.StringVar(&out, "o", "", "output `file` (standard output if absent); for csv, a prefix for OUT.nodes.csv and OUT.edges.csv")
		},
		minArgs: 1,
		maxArgs: 1,
		run: func(e *env, fs *flag.FlagSet, args []string) error {
			var write func(io.Writer) error
			g, err := in.loadView(e, v, args[0])
			if err != nil {
				return err
			}
			switch format {
			case "nodelink":
				write = func(w io.Writer) error { return nodelink.NewEncoder(w).Encode(g) }
			case "gexf":
				write = func(w io.Writer) error { return gexf.NewEncoder(w).Encode(g) }
			case "graphml":
				write = func(w io.Writer) error { return graphml.NewEncoder(w).Encode(g) }
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
				return writeTo(e, prefix+".edges.csv", func(w io.Writer) error { return csv.NewEncoder(nil, w).Encode(g) })
			case "":
				return usagef("--format is required")
			default:
				return usagef("unknown --format %q (want nodelink, gexf, graphml, dot, csv, yaml or json)", format)
			}
			return writeTo(e, out, write)
		},
	}
}
