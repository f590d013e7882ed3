// Command gdelt shows package events on real data: it ingests a complete
// 15-minute GDELT 2.0 export (2,414 events added 2018-01-01 00:00 UTC),
// ranks its actors by PageRank and degree and draws the 30 most central as
// SVG; then it ingests two days of ICEWS (1-2 June 2018) and shows who did
// what to whom among Russia, Ukraine and the United States.
//
//	go run ./examples/gdelt            # writes ./out/gdelt-top30.svg, ./out/icews-ru-ua-us.svg
//	go run ./examples/gdelt -out /tmp/g
//
// The data are embedded (package events/sample), so the example runs from
// any directory.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/events/sample"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
	_ "github.com/diplograph/diplograph/render/embedded" // the embedded Graphviz, linked in
)

func main() {
	out := flag.String("out", "out", "folder to write the diagrams into")
	top := flag.Int("top", 10, "how many actors to list in each ranking")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, *out, *top); err != nil {
		fmt.Fprintln(os.Stderr, "gdelt:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, stdout io.Writer, outDir string, top int) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	if err := gdelt(ctx, stdout, outDir, top); err != nil {
		return err
	}
	return icews(ctx, stdout, outDir)
}

// ingest reads one embedded sample file with o.
func ingest(ctx context.Context, name string, o events.Options) (*graph.Graph, events.Report, error) {
	r, err := events.OpenFS(sample.FS, name, o)
	if err != nil {
		return nil, events.Report{}, err
	}
	defer r.Close()
	in, err := events.NewIngester(o)
	if err != nil {
		return nil, events.Report{}, err
	}
	if err := in.Read(ctx, r); err != nil {
		return nil, events.Report{}, err
	}
	g, err := in.Graph()
	rep := in.Report()
	rep.Elapsed = 0 // keep the output reproducible
	return g, rep, err
}

// gdelt ingests the GDELT 2.0 export at role granularity (RUS, RUSGOV),
// aggregated per month, ranks the actors and draws the top 30.
func gdelt(ctx context.Context, w io.Writer, outDir string, top int) error {
	g, rep, err := ingest(ctx, sample.GDELT2Export, events.Options{
		Title:     "GDELT 2.0, events added 2018-01-01 00:00 UTC",
		Actors:    events.ActorsRole,  // RUS, RUSGOV "Russia - government", ...
		Aggregate: events.PerMonth,    // one relation per actor pair, kind and month ...
		Weight:    events.WeightCount, // ... weighing its number of events
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== %s\n", g.Title())
	rep.WriteTo(w)

	p := analysis.Project(g, analysis.ProjectOptions{Weighting: analysis.WeightByRelation}) // u->v weighs the number of events from u to v
	pr, err := analysis.PageRank(p, analysis.PageRankOptions{})
	if err != nil {
		return err
	}
	deg := analysis.Degree(p, analysis.DegreeOptions{})
	n := float64(p.Len() - 1)
	fmt.Fprintf(w, "\ntop %d of %d actors by PageRank     by degree centrality (in + out ties)\n", top, p.Len())
	for i := range min(top, len(pr), len(deg)) {
		fmt.Fprintf(w, "%2d  %-28s %.4f   %-28s %.3f (%.0f)\n", i+1, clip(pr[i].Name, 28), pr[i].Score,
			clip(deg[i].Name, 28), deg[i].Score, math.Round(deg[i].Score*n))
	}

	fmt.Fprintln(w, "\nrelations by kind:")
	for _, c := range g.KindCounts()[:min(8, len(g.KindCounts()))] {
		k, _ := g.Kind(c.Kind)
		fmt.Fprintf(w, "  %-24s %4d  (sign %v)\n", c.Kind, c.N, k.Sign)
	}

	ids := make([]string, 0, 30)
	for _, s := range pr[:min(30, len(pr))] {
		ids = append(ids, s.ID)
	}
	view, err := g.Filter(graph.Filter{Actors: ids, DropIsolated: true})
	if err != nil {
		return err
	}
	score := analysis.ScoreMap(pr)
	path := filepath.Join(outDir, "gdelt-top30.svg")
	if err := render.WriteFile(ctx, path, view, render.Options{
		Title:            "GDELT 2.0, 2018-01-01 00:00 UTC: the 30 actors of highest PageRank",
		NodeSize:         func(id string) float64 { return score[id] },
		ClusterByCountry: true,
	}); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nwrote %s (%d actors, %d relations)\n", filepath.Base(path), view.NumActors(), view.NumRelations())
	return nil
}

// icews ingests the ICEWS sample with named actors and shows the dyads
// among Russia, Ukraine and the United States.
func icews(ctx context.Context, w io.Writer, outDir string) error {
	countries := []string{"RUS", "UKR", "USA"}
	g, rep, err := ingest(ctx, sample.ICEWS, events.Options{
		Title:     "ICEWS, 1-2 June 2018: Russia, Ukraine, United States",
		Countries: countries,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n== %s\n", g.Title())
	rep.WriteTo(w)

	type dyad struct{ from, to string }
	kinds := map[dyad]map[string]int{}
	for r := range g.Relations() {
		a, _ := g.Actor(r.From)
		b, _ := g.Actor(r.To)
		if a.Country == b.Country {
			continue
		}
		d := dyad{a.Country, b.Country}
		if kinds[d] == nil {
			kinds[d] = map[string]int{}
		}
		kinds[d][r.Kind]++
	}
	dyads := make([]dyad, 0, len(kinds))
	for d := range kinds {
		dyads = append(dyads, d)
	}
	slices.SortFunc(dyads, func(a, b dyad) int { return cmp.Or(strings.Compare(a.from, b.from), strings.Compare(a.to, b.to)) })
	fmt.Fprintln(w, "\ncross-country dyads (events by kind):")
	for _, d := range dyads {
		var parts []string
		for _, k := range slices.Sorted(maps.Keys(kinds[d])) {
			parts = append(parts, fmt.Sprintf("%s %d", k, kinds[d][k]))
		}
		fmt.Fprintf(w, "  %s -> %s: %s\n", d.from, d.to, strings.Join(parts, ", "))
	}

	fmt.Fprintln(w, "\nRussia-United States, event by event:")
	for r := range g.Relations() {
		a, _ := g.Actor(r.From)
		b, _ := g.Actor(r.To)
		if a.Country == "RUS" && b.Country == "USA" || a.Country == "USA" && b.Country == "RUS" {
			k, _ := g.Kind(r.Kind)
			src, _ := g.Source(r.Evidence[0].Source)
			fmt.Fprintf(w, "  %s  %s %s %s (CAMEO %s, Goldstein %s; %s)\n", r.When, a.Name, k.Verb(), b.Name,
				r.Attrs[events.AttrCAMEO], r.Attrs[events.AttrGoldstein], src.Publisher)
		}
	}

	path := filepath.Join(outDir, "icews-ru-ua-us.svg")
	if err := render.WriteFile(ctx, path, g, render.Options{ClusterByCountry: true}); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nwrote %s (%d actors, %d relations)\n", filepath.Base(path), g.NumActors(), g.NumRelations())
	return nil
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
