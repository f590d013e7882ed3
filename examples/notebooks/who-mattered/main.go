// Command who-mattered is the first narrative of diplograph: who mattered
// in the BBC's article "Ukraine crisis: Russia vows no invasion" (29 March
// 2014), and why the measures of importance disagree about it.
//
//	go run ./examples/notebooks/who-mattered -out out/who-mattered
//
// It reads the scenario examples/ukraine2014/ukraine2014.yaml (run it from
// the root of the repository, or give the file with -scenario), and goes
// through numbered steps, printing each table as it goes:
//
//  1. load the article's graph;
//  2. rank the actors by degree, PageRank and betweenness, side by side;
//  3. find where the measures disagree, and say why: brokers, actors that
//     draw attention, actors that act a lot but draw little;
//  4. explain how Klitschko connects to Obama, step by step, with quotes;
//  5. find the communities;
//  6. draw the whole graph, with every relation's quote beneath it.
//
// It writes DIR/report.html (one self-contained page), DIR/report.md and
// the figures beside it (DIR/report-*.svg), DIR being -out (default ./out).
// Every sentence of the report that states a result is computed from the
// results: change the scenario and the report changes with it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/examples/notebooks/internal/story"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
	"github.com/diplograph/diplograph/report"
	"github.com/diplograph/diplograph/report/chart"
	"github.com/diplograph/diplograph/report/table"
	"github.com/diplograph/diplograph/scenario"
)

// options are the command's flags.
type options struct {
	out      string // the folder the report goes into
	scenario string // the scenario file
	from, to string // the actors whose connection step 4 explains
}

func main() {
	var o options
	flag.StringVar(&o.out, "out", "out", "folder to write report.html, report.md and the figures into")
	flag.StringVar(&o.scenario, "scenario", filepath.Join("examples", "ukraine2014", "ukraine2014.yaml"), "the scenario file to read")
	flag.StringVar(&o.from, "from", "klitschko", "the actor (ID) whose connection to -to step 4 explains")
	flag.StringVar(&o.to, "to", "obama", "the actor (ID) step 4 connects -from to")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "who-mattered:", err)
		os.Exit(1)
	}
}

// measures are the three measures the narrative compares, with the names
// the tables and charts give them.
var measures = []struct {
	m    analysis.Measure
	name string
}{
	{analysis.MeasureDegree, "Degree"},
	{analysis.MeasurePageRank, "PageRank"},
	{analysis.MeasureBetweenness, "Betweenness"},
}

func run(ctx context.Context, w io.Writer, o options) error {
	// Step 1: load the article's graph. Loading checks everything (an
	// unknown actor, kind or source, a bad date) and says where.
	g, err := scenario.Load(o.scenario)
	if err != nil {
		return fmt.Errorf("%w (run from the repository's root, or give the file with -scenario)", err)
	}
	src := story.Source(g)
	story.Step(w, 1, "the article's graph")
	fmt.Fprintf(w, "%s\n%d actors, %d relations, %d source(s)\n", g.Title(), g.NumActors(), g.NumRelations(), g.NumSources())

	r := report.New("Who mattered in the Ukraine crisis, March 2014")
	r.Markdown(fmt.Sprintf("A reading of %s as a graph: %d actors (states, leaders, officials, groups) "+
		"and %d relations between them, each typed, dated and resting on a sentence quoted from the article. "+
		"Who mattered? Three measures answer, and they do not agree; where they part, they say something "+
		"about the actors' roles in the story.", story.CiteMarkdown(src), g.NumActors(), g.NumRelations()))

	// Step 2: the measures side by side. Each runs on the projection of
	// the graph: one edge per ordered pair of actors, weighing the number
	// of relations between them.
	p := analysis.Project(g, analysis.ProjectOptions{})
	isolated := analysis.Isolates(p)
	var cols []table.ScoreColumn
	scores := map[string][]analysis.Score{}
	for _, m := range measures {
		s, err := analysis.Compute(ctx, p, m.m, analysis.MeasureOptions{})
		if err != nil {
			return err
		}
		scores[m.name] = s
		cols = append(cols, table.ScoreColumn{Name: m.name, Scores: s})
	}
	t, err := table.Actors("Actors by degree, PageRank and betweenness", cols, table.ActorsOptions{Isolated: isolated, RankEach: true})
	if err != nil {
		return err
	}
	t.Notes = append(t.Notes, "Degree: the share of the other actors tied to the actor (a tie each way counts twice). "+
		"PageRank: the share of time a random walk along the relations spends at the actor. "+
		"Betweenness: the share of shortest paths between two other actors that pass through it. "+
		"Ranks are competition ranks: tied actors share a rank.",
		"Source: "+story.Cite(src)+".")
	story.Step(w, 2, "the measures side by side")
	fmt.Fprintln(w, t)

	r.Heading(1, "The measures side by side")
	r.Text("Degree counts an actor's ties: how many of the others it deals with, in either direction. " +
		"PageRank follows the direction of each relation and weighs it by the importance of the actor it comes from: " +
		"it rewards being acted upon by actors that are themselves acted upon. " +
		"Betweenness counts how often an actor lies on the shortest chain of relations between two others: " +
		"it rewards standing between parts of the story.")
	// The table shows the actors in the top ten by some measure; the chart
	// those in the top five, so that no tie is cut in two.
	ranks := map[string]map[string]int{}
	for _, m := range measures {
		ranks[m.name] = rankOf(scores[m.name], isolated)
	}
	shown, err := t.SelectKeys(within(ranks, 10)...)
	if err != nil {
		return err
	}
	shown.Notes = append([]string{fmt.Sprintf("The %d actors ranked in the top ten by at least one measure, of %d.", shown.Len(), t.Len())}, t.Notes...)
	r.Table(shown)
	leaders, err := t.SelectKeys(within(ranks, 5)...)
	if err != nil {
		return err
	}
	bars, err := chart.FromTable(leaders, "Degree", "PageRank", "Betweenness")
	if err != nil {
		return err
	}
	c, err := chart.Bars(bars, chart.Options{
		Title:    fmt.Sprintf("The %d actors in the top five by at least one measure", leaders.Len()),
		Caption:  "Each measure as a share of its top actor; the numbers are the raw scores. Source: " + story.Cite(src) + ".",
		MaxLabel: 40,
	})
	if err != nil {
		return err
	}
	svg, err := story.SVG(c.WriteSVG)
	if err != nil {
		return err
	}
	r.Figure("measures", svg, "The leading actors by degree, PageRank and betweenness, in the order of the table. Bars of one colour compare across actors; the numbers at their ends are the scores.")

	// Step 3: where the measures disagree, and why. Ranks are compared
	// among the actors with relations; an actor far apart on two measures
	// plays a particular role.
	story.Step(w, 3, "where the measures disagree")
	r.Heading(1, "Where the measures disagree, and why")
	// Being in the top five says something only among many more actors.
	if agree := consensus(ranks, scores["Degree"], 5); len(agree) > 0 && len(ranks["Degree"]) > 10 {
		s := fmt.Sprintf("%s rank in the top five by every measure: the story is theirs.", story.Cap(story.Join(story.Refs(g, agree))))
		if len(agree) == 1 {
			s = fmt.Sprintf("%s alone ranks in the top five by every measure.", story.Cap(story.Ref(g, agree[0])))
		}
		r.Text(s)
		fmt.Fprintln(w, s)
	}
	dis, err := table.New("Where the measures disagree",
		table.Column{Name: "Actor"},
		table.Column{Name: "Degree rank", Type: table.RankType},
		table.Column{Name: "PageRank rank", Type: table.RankType},
		table.Column{Name: "Betweenness rank", Type: table.RankType},
		table.Column{Name: "Reading"})
	if err != nil {
		return err
	}
	findings := disagreements(g, p, ranks)
	for _, f := range findings {
		if err := dis.AddKeyedRow(f.id, story.Name(g, f.id), ranks["Degree"][f.id], ranks["PageRank"][f.id], ranks["Betweenness"][f.id], f.role); err != nil {
			return err
		}
	}
	if len(findings) == 0 {
		s := "The three measures broadly agree: no actor is three or more places apart on two of them among the leaders."
		r.Text(s)
		fmt.Fprintln(w, s)
	} else {
		dis.Notes = []string{"An actor is listed when it ranks in the top five on one measure and at least three places lower on another."}
		fmt.Fprintln(w, dis)
		r.Table(dis)
		for _, f := range findings {
			r.Heading(2, fmt.Sprintf("%s: %s", story.Name(g, f.id), f.role))
			r.Text(strings.Join(f.why, "\n\n"))
			fmt.Fprintf(w, "%s\n\n", strings.Join(f.why, "\n"))
		}
	}

	// Step 4: how one actor connects to another, with the quoted sentence
	// behind each step. Relations are followed either way: a path says
	// who is linked to whom through what, not who acts on whom.
	story.Step(w, 4, "key paths")
	paths, err := analysis.KShortestPaths(ctx, p, o.from, o.to, analysis.KShortestPathsOptions{K: 3, Undirected: true})
	if err != nil {
		return err
	}
	r.Heading(1, fmt.Sprintf("How %s connects to %s", story.Name(g, o.from), story.Name(g, o.to)))
	r.Text(pathSummary(g, paths))
	fmt.Fprintln(w, pathSummary(g, paths))
	var onPath []string
	var lead []string
	for i, pa := range paths {
		fmt.Fprintf(w, "\n%s\n%s\n", pa, pa.Explain())
		r.Heading(2, fmt.Sprintf("Chain %d: %s", i+1, chain(g, pa)))
		r.Text(strings.Join(pa.Sentences(), "\n\n"))
		onPath = append(onPath, pa.Actors...)
		for _, s := range pa.Steps {
			for _, rel := range s.Relations {
				lead = append(lead, rel.ID)
			}
		}
	}
	slices.Sort(onPath)
	view, err := g.Filter(graph.Filter{Actors: slices.Compact(onPath)})
	if err != nil {
		return err
	}
	svg, err = story.Draw(ctx, view, render.Options{
		Title:            fmt.Sprintf("From %s to %s: the %d shortest chains", story.Name(g, o.from), story.Name(g, o.to), len(paths)),
		Highlight:        lead,
		ClusterByCountry: true,
		Parallel:         render.ParallelSeparate,
	})
	if err != nil {
		return err
	}
	r.Diagram("paths", svg, view, "The actors on the chains and every relation among them; the relations the chains rest on are highlighted.")

	// Step 5: communities, found by the Louvain method on the undirected
	// ties, whatever their sign: who deals with whom.
	story.Step(w, 5, "communities")
	comm, err := analysis.Louvain(ctx, p, analysis.LouvainOptions{Seed: 1})
	if err != nil {
		return err
	}
	ct, text, err := communities(g, comm, scores["PageRank"], isolated)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, ct)
	fmt.Fprintln(w, strings.Join(text, "\n"))
	r.Heading(1, "Communities: who deals with whom")
	r.Text(strings.Join(text, "\n\n"))
	r.Table(ct)

	// Step 6: the whole graph. Actors are sized by PageRank; parallel
	// relations are drawn as one line; the neato layout keeps the drawing
	// about as tall as it is wide, so that it reads at the page's width.
	// The diagram lists every relation with its quote beneath it.
	story.Step(w, 6, "the whole story")
	pr := analysis.ScoreMap(scores["PageRank"])
	svg, err = story.Draw(ctx, g, render.Options{
		Title:    g.Title(),
		Layout:   render.LayoutNeato,
		Parallel: render.ParallelCollapse,
		NodeSize: func(id string) float64 { return pr[id] },
	})
	if err != nil {
		return err
	}
	r.Heading(1, "The whole story")
	r.Diagram("network", svg, g, "Every actor and relation of the article, each actor sized by its PageRank; the relations between two actors are drawn as one line.")

	return story.Write(w, r, o.out)
}

// finding is an actor the measures disagree about: its role and why.
type finding struct {
	id   string
	role string
	why  []string
}

// disagreements finds, among the actors in the top five of some measure,
// the one that most stands out in each of three ways: a broker (high
// betweenness, low degree), an actor that draws attention (high PageRank,
// low degree) and an actor that acts a lot but draws little (high degree,
// low PageRank). Each must be at least three places apart.
func disagreements(g *graph.Graph, p *analysis.Projection, ranks map[string]map[string]int) []finding {
	const lead, gap = 5, 3
	// best returns the actor ranked at most lead on hi whose rank on lo is
	// furthest below, at least gap places, ties by ID.
	best := func(hi, lo string, skip []string) (string, bool) {
		var id string
		most, at := gap-1, 0
		for _, a := range sortedKeys(ranks[hi]) {
			h, l := ranks[hi][a], ranks[lo][a]
			if h > lead || l == 0 || slices.Contains(skip, a) {
				continue
			}
			// The widest gap wins; on a tie, the actor ranked higher on hi.
			if l-h > most || l-h == most && id != "" && h < at {
				id, most, at = a, l-h, h
			}
		}
		return id, id != ""
	}
	var out []finding
	var seen []string
	if id, ok := best("Betweenness", "Degree", seen); ok {
		seen = append(seen, id)
		out = append(out, finding{id: id, role: "a broker", why: broker(g, p, id, ranks)})
	}
	if id, ok := best("PageRank", "Degree", seen); ok {
		seen = append(seen, id)
		out = append(out, finding{id: id, role: "drawing attention", why: attention(g, p, id, ranks)})
	}
	if id, ok := best("Degree", "PageRank", seen); ok {
		out = append(out, finding{id: id, role: "active, little acted upon", why: active(g, p, id, ranks)})
	}
	return out
}

// broker explains a high betweenness: the actor's own relations, and the
// pair of its neighbours that would drift furthest apart without it.
func broker(g *graph.Graph, p *analysis.Projection, id string, ranks map[string]map[string]int) []string {
	nb := g.Neighbors(id)
	why := []string{fmt.Sprintf("%s ranks %s by betweenness but only %s by degree: few ties (%d), but they lie on the shortest chains between others. That is a broker. The ties: %s.",
		story.Cap(story.Ref(g, id)), story.Ordinal(ranks["Betweenness"][id]), story.Ordinal(ranks["Degree"][id]), len(nb), sentences(g, g.RelationsOf(id), true))}
	var keep []string
	for a := range g.Actors() {
		if a.ID != id {
			keep = append(keep, a.ID)
		}
	}
	without, err := g.Filter(graph.Filter{Actors: keep})
	if err != nil {
		return why
	}
	q := analysis.Project(without, analysis.ProjectOptions{})
	// The pair of neighbours, not tied to each other, whose distance grows
	// most without the actor: cut apart first, then the longest detour;
	// among those, the pair with the most ties of its own.
	const apart = 1 << 30
	var a, b string
	worst, ties := 0, 0
	for i, u := range nb {
		for _, v := range nb[i+1:] {
			if _, tied := p.EdgeWeight(u, v); tied {
				continue
			}
			if _, tied := p.EdgeWeight(v, u); tied {
				continue
			}
			d := apart
			if pa, err := analysis.ShortestPath(q, u, v, analysis.ShortestPathOptions{Undirected: true}); err == nil {
				d = pa.Len()
			} else if !errors.Is(err, analysis.ErrNoPath) {
				continue
			}
			t := len(g.Neighbors(u)) + len(g.Neighbors(v))
			if d > worst || d == worst && t > ties {
				a, b, worst, ties = u, v, d, t
			}
		}
	}
	switch {
	case a == "":
	case worst == apart:
		why = append(why, fmt.Sprintf("Without %s, %s and %s would not be connected at all: every chain of relations between them runs through %s.",
			story.Ref(g, id), story.Ref(g, a), story.Ref(g, b), story.Ref(g, id)))
	case worst > 2:
		why = append(why, fmt.Sprintf("Without %s, %s and %s would be %d steps apart instead of 2.",
			story.Ref(g, id), story.Ref(g, a), story.Ref(g, b), worst))
	}
	return why
}

// attention explains a high PageRank with few ties: who acts on the
// actor, and with what sign.
func attention(g *graph.Graph, p *analysis.Projection, id string, ranks map[string]map[string]int) []string {
	why := []string{fmt.Sprintf("%s ranks %s by PageRank but only %s by degree: few actors deal with %s, but central ones do.",
		story.Cap(story.Ref(g, id)), story.Ordinal(ranks["PageRank"][id]), story.Ordinal(ranks["Degree"][id]), story.Ref(g, id))}
	hostile, all := 0, 0
	for rel := range g.To(id) {
		if k, _ := g.Kind(rel.Kind); k.Nature == graph.NatureAffiliation {
			continue
		}
		all++
		if g.SignOf(rel) == graph.Hostile {
			hostile++
		}
	}
	if all == 0 {
		return why
	}
	s := fmt.Sprintf("What the article reports done to %s: %s.", story.Ref(g, id), sentences(g, g.To(id), false))
	switch {
	case hostile == 0:
	case hostile == all && all == 1:
		s += " It is hostile: PageRank measures attention, not approval."
	case hostile == all && all == 2:
		s += " Both are hostile: PageRank measures attention, not approval."
	case hostile == all:
		s += fmt.Sprintf(" All %d are hostile: PageRank measures attention, not approval.", all)
	default:
		s += fmt.Sprintf(" %d of the %d are hostile: PageRank measures attention, not approval.", hostile, all)
	}
	return append(why, s)
}

// active explains many ties with a low PageRank: how many of the actor's
// relations are its own doings.
func active(g *graph.Graph, p *analysis.Projection, id string, ranks map[string]map[string]int) []string {
	out, in := 0, 0
	for rel := range g.RelationsOf(id) {
		if k, _ := g.Kind(rel.Kind); k.Nature == graph.NatureAffiliation {
			continue
		}
		if rel.From == id {
			out++
		} else {
			in++
		}
	}
	why := []string{fmt.Sprintf("%s ranks %s by degree but only %s by PageRank: many dealings, few of them started by central actors.",
		story.Cap(story.Ref(g, id)), story.Ordinal(ranks["Degree"][id]), story.Ordinal(ranks["PageRank"][id]))}
	if out > in {
		why = append(why, fmt.Sprintf("Of the %s of %s, offices aside, %d %s from %s and %d %s there: the article shows an actor acting more than acted upon. %s.",
			story.Count(out+in, "relation"), story.Ref(g, id), out, story.Plural(out, "starts", "start"), story.Ref(g, id), in, story.Plural(in, "ends", "end"), story.Cap(sentences(g, g.From(id), false))))
	}
	return why
}

// sentences states relations briefly, "Vladimir Putin phoned Barack Obama
// (28 Mar 2014); ...", with affiliations (serving, leading) if offices is
// set: they say who someone is rather than what they did. The quotes are in
// the report's evidence index.
func sentences(g *graph.Graph, rels iter.Seq[graph.Relation], offices bool) string {
	var out []string
	for rel := range rels {
		k, _ := g.Kind(rel.Kind)
		if k.Nature == graph.NatureAffiliation && !offices {
			continue
		}
		out = append(out, story.Brief(g, rel))
	}
	return strings.Join(out, "; ")
}

// pathSummary says how long the shortest chains are and which actors
// every one of them passes through.
func pathSummary(g *graph.Graph, paths []analysis.Path) string {
	if len(paths) == 0 {
		return "No chain of relations joins them."
	}
	first := paths[0]
	s := fmt.Sprintf("The shortest chain of relations from %s to %s has %s.", story.Ref(g, first.Actors[0]), story.Ref(g, first.Actors[len(first.Actors)-1]), story.Count(first.Len(), "step"))
	if len(paths) == 1 {
		return s
	}
	var common []string
	for _, a := range first.Actors[1 : len(first.Actors)-1] {
		in := true
		for _, pa := range paths[1:] {
			if !slices.Contains(pa.Actors, a) {
				in = false
			}
		}
		if in {
			common = append(common, a)
		}
	}
	s += fmt.Sprintf(" Here are the %d shortest chains", len(paths))
	if len(common) > 0 {
		s += fmt.Sprintf("; every one of them passes through %s", story.Join(story.Refs(g, common)))
	}
	return s + ". Each step rests on a sentence of the article."
}

// chain names a path's actors, "Vitaly Klitschko → Ukraine → Russia".
func chain(g *graph.Graph, pa analysis.Path) string {
	return strings.Join(story.Names(g, pa.Actors), " → ")
}

// communities tabulates the Louvain groups of actors with relations and
// says which leaders and officials sit apart from their country's state.
func communities(g *graph.Graph, c analysis.Communities, pr []analysis.Score, isolated []string) (*table.Table, []string, error) {
	t, err := table.New("Communities",
		table.Column{Name: "Group", Type: table.IntegerType},
		table.Column{Name: "Actors", Type: table.IntegerType},
		table.Column{Name: "Most central (PageRank)"},
		table.Column{Name: "Members"})
	if err != nil {
		return nil, nil, err
	}
	rank := map[string]int{}
	for i, s := range pr {
		rank[s.ID] = i
	}
	// number holds each shown group's number, from 1; isolated actors
	// (each a group of one) are not shown.
	number := map[int]int{}
	for i, grp := range c.Groups {
		if len(grp) == 1 && slices.Contains(isolated, grp[0]) {
			continue
		}
		number[i] = len(number) + 1
		if err := t.AddRow(number[i], len(grp), story.Name(g, lead(grp, rank)), strings.Join(story.Names(g, grp), ", ")); err != nil {
			return nil, nil, err
		}
	}
	t.Notes = []string{fmt.Sprintf("Louvain method on the undirected ties, seed 1; modularity %.2f.", c.Modularity)}
	text := []string{fmt.Sprintf("The Louvain method splits the %d actors with relations into %d groups, each with more ties inside than chance would give (modularity %.2f, where 0 means no structure and values above 0.3 a clear one). Signs are ignored here: a group is who deals with whom, friend or foe.",
		g.NumActors()-len(isolated), len(number), c.Modularity)}
	if n := len(isolated); n > 0 {
		text = append(text, fmt.Sprintf("%s %s no relation of %s own in the article (only claims reported by %s) and %s left out.",
			story.Cap(story.Join(story.Refs(g, isolated))), story.Plural(n, "has", "have"), story.Plural(n, "its", "their"), story.Plural(n, "it", "them"), story.Plural(n, "is", "are")))
	}
	// A leader or official whose country's state is in another group, and
	// most of whose ties run into that group, deals more with it than with
	// its own country.
	for a := range g.Actors() {
		if a.Kind != actors.Leader && a.Kind != actors.Official {
			continue
		}
		own, home := c.Of(a.ID), c.Of(a.Country)
		if own < 0 || home < 0 || own == home {
			continue
		}
		var with []string
		for _, nb := range g.Neighbors(a.ID) {
			if c.Of(nb) == own {
				with = append(with, nb)
			}
		}
		if 2*len(with) <= len(g.Neighbors(a.ID)) {
			continue // as much at home as away: the split is the method's choice
		}
		where := fmt.Sprintf("sits in group %d, around %s, rather than", number[own], story.Ref(g, lead(c.Groups[own], rank)))
		if lead(c.Groups[own], rank) == a.ID {
			where = fmt.Sprintf("heads group %d rather than sitting", number[own])
		}
		text = append(text, fmt.Sprintf("%s %s in group %d, around %s: %d of the %d actors %s deals with %s in group %d (%s).",
			a.Label(), where, number[home], story.Ref(g, lead(c.Groups[home], rank)), len(with), len(g.Neighbors(a.ID)), a.Label(), story.Plural(len(with), "is", "are"), number[own], story.Join(story.Refs(g, with))))
	}
	return t, text, nil
}

// lead returns the member of a group ranked highest by PageRank.
func lead(grp []string, rank map[string]int) string {
	return slices.MinFunc(grp, func(a, b string) int { return rank[a] - rank[b] })
}

// rankOf returns the competition rank of every actor with relations.
func rankOf(s []analysis.Score, isolated []string) map[string]int {
	var kept []analysis.Score
	for _, x := range s {
		if !slices.Contains(isolated, x.ID) {
			kept = append(kept, x)
		}
	}
	out := map[string]int{}
	for i, r := range analysis.Ranks(kept) {
		out[kept[i].ID] = r
	}
	return out
}

// within returns the actors ranked within the top n by at least one
// measure, sorted.
func within(ranks map[string]map[string]int, n int) []string {
	var out []string
	for _, m := range measures {
		for id, r := range ranks[m.name] {
			if r <= n && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	slices.Sort(out)
	return out
}

// consensus returns the actors ranked within the top n by every measure,
// in the order of by.
func consensus(ranks map[string]map[string]int, by []analysis.Score, n int) []string {
	var out []string
	for _, s := range by {
		in := true
		for _, m := range measures {
			if r := ranks[m.name][s.ID]; r == 0 || r > n {
				in = false
			}
		}
		if in {
			out = append(out, s.ID)
		}
	}
	return out
}

// sortedKeys returns a map's keys, sorted.
func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
