// Command gdelt shows package events on real data: it ingests a complete
// 15-minute GDELT 2.0 export (2,414 events added 2018-01-01 00:00 UTC),
// ranks its actors by PageRank and degree, draws the 30 most central as
// SVG and the whole day between states as a dyad diagram (one line per
// pair of countries); then it ingests two days of ICEWS (1-2 June 2018)
// and shows who did what to whom among Russia, Ukraine and the United
// States: event by event between named actors, as a dyad diagram, and
// folded to the states. Mirrored and repeated events are folded (package
// events, "Mirrored and repeated events"), and ICEWS's coding of Crimea as
// Russian is changed, in the open, to Ukrainian.
//
//	go run ./examples/gdelt            # writes ./out/*.svg
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
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/events/sample"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
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
	if err := gdeltDyads(ctx, stdout, outDir); err != nil {
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
		Actors:    events.ActorsRole, // RUS, RUSGOV "Russia - government", ...
		Aggregate: events.PerMonth,   // one relation per actor pair, kind and month, its Count the events
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== %s\n", g.Title())
	rep.WriteTo(w)

	p := analysis.Project(g, analysis.ProjectOptions{}) // u->v weighs the number of events from u to v (the relations' Counts)
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

// gdeltDyads ingests the GDELT export between states, one relation per
// pair, kind and day, and draws it as a dyad diagram: one line per pair
// of countries, its width the events, its colour their mean Goldstein
// score.
func gdeltDyads(ctx context.Context, w io.Writer, outDir string) error {
	g, rep, err := ingest(ctx, sample.GDELT2Export, events.Options{Actors: events.ActorsCountry, Aggregate: events.PerDay})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n== GDELT 2.0 between states, per day\n%d events -> %d relations, %d actors (%d repeats and %d mirror halves folded)\n",
		rep.Events, rep.Relations, rep.Actors, rep.Repeated, rep.Mirrored)
	path := filepath.Join(outDir, "gdelt-dyads.svg")
	o := render.Options{Title: "GDELT 2.0, events added 2018-01-01 00:00 UTC, between states", Dyads: render.DyadsOn, TopPairs: 80}
	if err := render.WriteFile(ctx, path, g, o); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s (%s)\n", filepath.Base(path), dyadFacts(g, o))
	return nil
}

// dyadFacts describes what a dyad diagram of g shows: its pairs, the
// busiest one and the most hostile one (of lowest mean Goldstein score).
func dyadFacts(g *graph.Graph, o render.Options) string {
	type pair struct{ a, b string }
	count := map[pair]int{}
	gold := map[pair]float64{}
	for r := range g.Relations() {
		p := pair{min(r.From, r.To), max(r.From, r.To)}
		if o.DyadsByDirection {
			p = pair{r.From, r.To}
		}
		gs, _ := strconv.ParseFloat(r.Attrs[events.AttrGoldstein], 64)
		count[p] += r.Count
		gold[p] += gs * float64(r.Count)
	}
	pairs := slices.SortedFunc(maps.Keys(count), func(x, y pair) int {
		return cmp.Or(cmp.Compare(count[y], count[x]), strings.Compare(x.a, y.a), strings.Compare(x.b, y.b))
	})
	if o.TopPairs > 0 && len(pairs) > o.TopPairs {
		pairs = pairs[:o.TopPairs]
	}
	if len(pairs) == 0 {
		return "no pairs"
	}
	hostile := slices.MinFunc(pairs, func(x, y pair) int {
		return cmp.Or(cmp.Compare(gold[x]/float64(count[x]), gold[y]/float64(count[y])), cmp.Compare(count[y], count[x]))
	})
	busiest := pairs[0]
	return fmt.Sprintf("%d pairs; busiest %s-%s x%d, mean Goldstein %+.1f; most hostile %s-%s x%d, %+.1f", len(pairs),
		busiest.a, busiest.b, count[busiest], gold[busiest]/float64(count[busiest]),
		hostile.a, hostile.b, count[hostile], gold[hostile]/float64(count[hostile]))
}

// icews ingests the ICEWS sample with named actors and shows the dyads
// among Russia, Ukraine and the United States.
func icews(ctx context.Context, w io.Writer, outDir string) error {
	countries := []string{"RUS", "UKR", "USA"}
	g, rep, err := ingest(ctx, sample.ICEWS, events.Options{
		Title:     "ICEWS, 1-2 June 2018: Russia, Ukraine, United States",
		Countries: countries,
		// A coding choice made in the open: ICEWS places Crimea in Russia
		// and, giving it no sectors, the ingester guesses a group.
		ActorCountries: map[string]string{"crimea": "UKR"},
		ActorKinds:     map[string]actors.Kind{"crimea": actors.Territory},
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

	// The same events as a dyad diagram: one line per pair of actors.
	path = filepath.Join(outDir, "icews-dyads.svg")
	o := render.Options{Dyads: render.DyadsOn}
	if err := render.WriteFile(ctx, path, g, o); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s (%s)\n", filepath.Base(path), dyadFacts(g, o))

	// State level: leaders, officials, organisations, groups, media and
	// people folded into their states; Crimea, a territory, keeps its node.
	states, fold, err := g.Fold(graph.FoldOptions{Kinds: []actors.Kind{actors.Leader, actors.Official, actors.Organization,
		actors.Group, actors.Media, actors.Person, actors.Party}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nstate level: %d actors folded into their states, %d kept, %d relations within one state dropped; %d actors, %d relations\n",
		len(fold.Moves), len(fold.Kept), len(fold.SelfLoops), states.NumActors(), states.NumRelations())
	path = filepath.Join(outDir, "icews-states.svg")
	o = render.Options{Title: "ICEWS, 1-2 June 2018: Russia, Ukraine, United States, state to state",
		Dyads: render.DyadsOn, DyadsByDirection: true}
	if err := render.WriteFile(ctx, path, states, o); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s (%s)\n", filepath.Base(path), dyadFacts(states, o))
	return nil
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
