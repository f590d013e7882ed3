// Command ukraine2014 is the first worked example of diplograph: the BBC
// article "Ukraine crisis: Russia vows no invasion" (29 March 2014), encoded
// as the scenario file ukraine2014.yaml, loaded, checked, summarised and
// drawn.
//
//	go run ./examples/ukraine2014            # writes ./out/*.svg and *.dot
//	go run ./examples/ukraine2014 -out /tmp/ua
//
// It writes:
//
//	ukraine2014.svg   the whole graph, clustered by country, parallel relations
//	                  drawn as one line
//	phone.svg         phone diplomacy: who phoned whom
//	hostile.svg       hostile relations: sanctions, annexation, threats, ...
//	election.svg      the presidential race: candidacies, withdrawal, backing
//	path.svg          how Klitschko connects to Obama, the path highlighted
//	*.dot             the Graphviz source of each diagram
//
// and prints the actors and relations by kind, the most central actors by
// three measures, and the Klitschko-Obama path explained in sentences.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
	_ "github.com/diplograph/diplograph/render/embedded" // the embedded Graphviz, linked in
	"github.com/diplograph/diplograph/report"
	"github.com/diplograph/diplograph/scenario"
)

//go:embed ukraine2014.yaml
var scenarioYAML []byte

func main() {
	out := flag.String("out", "out", "folder to write the diagrams into")
	file := flag.String("scenario", "", "scenario file to use instead of the embedded ukraine2014.yaml")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, *out, *file); err != nil {
		fmt.Fprintln(os.Stderr, "ukraine2014:", err)
		os.Exit(1)
	}
}

// diagram is one picture the example draws: a view of the graph.
type diagram struct {
	name   string
	filter graph.Filter
	opts   render.Options
}

// pathFrom and pathTo are the actors whose connection the example explains.
const pathFrom, pathTo = "klitschko", "obama"

func diagrams(path analysis.Path) []diagram {
	var highlight []string
	for _, s := range path.Steps {
		for _, r := range s.Relations {
			highlight = append(highlight, r.ID)
		}
	}
	return []diagram{
		// The whole graph draws the relations between two actors as one
		// line ("phoned · proposed"): Putin and Obama share five of them.
		{name: "ukraine2014", opts: render.Options{ClusterByCountry: true, Parallel: render.ParallelCollapse}},
		{name: "phone", filter: graph.Filter{Kinds: []string{graph.Phoned}, DropIsolated: true},
			opts: render.Options{Title: "Phone diplomacy, 28-29 March 2014", EdgeDates: true}},
		{name: "hostile", filter: graph.Filter{Signs: []graph.Sign{graph.Hostile}, DropIsolated: true},
			opts: render.Options{Title: "Hostile relations"}},
		{name: "election", filter: graph.Filter{Kinds: []string{graph.CandidateFor, graph.WithdrewFor, graph.Backs, graph.Appealed}, Countries: []string{"UKR"}, DropIsolated: true},
			opts: render.Options{Title: "The presidential race, May 2014", EdgeDates: true}},
		// The path highlights single relations, so each has its own line.
		{name: "path", opts: render.Options{Title: "From Klitschko to Obama", Highlight: highlight,
			ClusterByCountry: true, NoLegend: true, Parallel: render.ParallelSeparate}},
	}
}

func run(ctx context.Context, stdout io.Writer, outDir, file string) error {
	var g *graph.Graph
	var err error
	if file != "" {
		g, err = scenario.Load(file)
	} else {
		dec := scenario.NewDecoder(bytes.NewReader(scenarioYAML))
		dec.Name = "ukraine2014.yaml"
		g, err = dec.Decode()
	}
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	summarize(stdout, g)
	p := analysis.Project(g, analysis.ProjectOptions{})
	if err := central(ctx, stdout, p); err != nil {
		return err
	}
	path, err := analysis.ShortestPath(p, pathFrom, pathTo, analysis.ShortestPathOptions{Undirected: true})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "How %s connects to %s: %s\n", pathFrom, pathTo, path)
	for _, s := range path.Sentences() {
		fmt.Fprintf(stdout, "  %s\n", s)
	}
	fmt.Fprintln(stdout)
	for _, d := range diagrams(path) {
		v, err := g.Filter(d.filter)
		if err != nil {
			return fmt.Errorf("%s: %w", d.name, err)
		}
		for _, ext := range []string{".dot", ".svg"} {
			path := filepath.Join(outDir, d.name+ext)
			if err := render.WriteFile(ctx, path, v, d.opts); err != nil {
				return err
			}
			fmt.Fprintln(stdout, "wrote", path)
		}
	}
	// The standard report: every finding with its evidence, one page.
	r, err := report.Standard(ctx, g, report.StandardOptions{Paths: [][2]string{{pathFrom, pathTo}}})
	if err != nil {
		return err
	}
	reportPath := filepath.Join(outDir, "report.html")
	if err := r.WriteFile(reportPath); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "wrote", reportPath)
	return nil
}

func summarize(w io.Writer, g *graph.Graph) {
	fmt.Fprintf(w, "%s\n%d actors, %d relations, %d sources\n", g.Title(), g.NumActors(), g.NumRelations(), g.NumSources())
	fmt.Fprintln(w, "\nactors by kind:")
	for _, c := range g.ActorKindCounts() {
		fmt.Fprintf(w, "  %-14s %3d\n", c.Kind, c.N)
	}
	fmt.Fprintln(w, "\nrelations by kind:")
	for _, c := range g.KindCounts() {
		k, _ := g.Kind(c.Kind)
		fmt.Fprintf(w, "  %-18s %3d  (%s, %s)\n", c.Kind, c.N, k.Nature, signWord(k.Sign))
	}
	fmt.Fprintln(w)
}

// central prints the top actors by degree, PageRank and betweenness.
func central(ctx context.Context, w io.Writer, p *analysis.Projection) error {
	for _, m := range []analysis.Measure{analysis.MeasureDegree, analysis.MeasurePageRank, analysis.MeasureBetweenness} {
		scores, err := analysis.Compute(ctx, p, m, analysis.MeasureOptions{})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "top by %s:", m)
		for i, s := range scores[:min(5, len(scores))] {
			sep := ","
			if i == 0 {
				sep = ""
			}
			fmt.Fprintf(w, "%s %s (%.3g)", sep, s.Name, s.Score)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
	return nil
}

func signWord(s graph.Sign) string {
	switch s {
	case graph.Cooperative:
		return "cooperative"
	case graph.Hostile:
		return "hostile"
	}
	return "neutral"
}
