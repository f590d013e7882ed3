package report

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
	"github.com/diplograph/diplograph/report/chart"
	"github.com/diplograph/diplograph/report/table"
)

// StandardOptions changes what [Standard] computes. The zero value gives
// the standard report of the whole graph, unweighted.
type StandardOptions struct {
	// Title is the report's title. Default: the graph's title, else
	// "Relations report".
	Title string
	// Measures are the measures of the "Who matters" table, the first
	// ranking. Default: degree, pagerank, betweenness, closeness,
	// harmonic.
	Measures []analysis.Measure
	// Weighted lets the measures and communities use the edge weights
	// (analysis.MeasureOptions.Weighted). Default false.
	Weighted bool
	// Weighting is the rule for the weight a relation adds to its
	// projected edge. Default analysis.WeightByCount.
	Weighting analysis.Weighting
	// Top is how many actors the tables and charts of "Who matters" show;
	// 0 means 15.
	Top int
	// Paths are the pairs of actor IDs whose shortest paths "Key paths"
	// explains. Default: up to three pairs among the four actors with the
	// highest betweenness that are not tied directly.
	Paths [][2]string
	// Seed seeds the community detection. Default 0.
	Seed uint64
	// Render are the options of the diagram. Default: clustered by
	// country, render's automatic layout.
	Render render.Options
}

// Standard builds the standard report of a graph, the one "diplograph
// report" writes: what the graph holds; the diagram, in which clicking an
// actor shows the evidence of its relations; who matters by several
// measures side by side, and where and why the measures disagree; key paths
// explained relation by relation with their quotes; communities; signed
// balance, with the unbalanced triangles named, and the blocs, each actor
// with the ties that put it there, frustrated and ambivalent ties with
// their evidence; the timeline with the monthly count of cooperative and
// hostile relations; and the evidence index.
//
// A section that cannot be drawn says why (a graph too large for a diagram,
// no dated relation for a timeline) rather than failing the report. It
// fails with ctx.Err() when cancelled and with the first error of a
// measure. Its cost is that of the measures (betweenness and closeness:
// O(n·m)) and of the layout.
func Standard(ctx context.Context, g *graph.Graph, o StandardOptions) (*Report, error) {
	if g == nil {
		return nil, fmt.Errorf("report: standard report: %w", ErrNil)
	}
	title := cmp.Or(o.Title, g.Title(), "Relations report")
	ms := o.Measures
	if len(ms) == 0 {
		ms = []analysis.Measure{analysis.MeasureDegree, analysis.MeasurePageRank, analysis.MeasureBetweenness, analysis.MeasureCloseness, analysis.MeasureHarmonic}
	}
	top := o.Top
	if top <= 0 {
		top = 15
	}
	p := analysis.Project(g, analysis.ProjectOptions{Weighting: o.Weighting})
	r := New(title)
	s := standard{ctx: ctx, g: g, p: p, r: r, o: o}

	s.overview()
	s.diagram()
	scores, err := s.whoMatters(ms, top)
	if err != nil {
		return nil, err
	}
	if err := s.paths(scores); err != nil {
		return nil, err
	}
	if err := s.communities(); err != nil {
		return nil, err
	}
	if err := s.balance(); err != nil {
		return nil, err
	}
	s.timeline()
	r.Heading(1, "Evidence")
	r.Text("Every relation of the graph with the sentences it rests on, their sources and links.")
	r.Evidence(g)
	return r, r.Err()
}

// standard holds what the sections of the standard report share.
type standard struct {
	ctx context.Context
	g   *graph.Graph
	p   *analysis.Projection
	r   *Report
	o   StandardOptions
}

func (s *standard) name(id string) string {
	if a, ok := s.g.Actor(id); ok {
		return a.Label()
	}
	return id
}

// overview says what the graph holds.
func (s *standard) overview() {
	g := s.g
	var kinds, actorKinds []string
	for _, c := range g.ActorKindCounts() {
		actorKinds = append(actorKinds, fmt.Sprintf("%d %s", c.N, kindPlural(c.Kind, c.N)))
	}
	for _, c := range g.KindCounts() {
		kinds = append(kinds, fmt.Sprintf("%s %d", c.Kind, c.N))
	}
	first, last := "", ""
	for rel := range g.Relations() {
		if d := rel.When.Since; !d.IsZero() && (first == "" || d.String() < first) {
			first = d.String()
		}
		if d := cmp.Or(rel.When.Until, rel.When.Since); !d.IsZero() && d.String() > last {
			last = d.String()
		}
	}
	text := fmt.Sprintf("%d actors (%s) and %d relations (%s) from %d %s.",
		g.NumActors(), strings.Join(actorKinds, ", "), g.NumRelations(), strings.Join(kinds, ", "), g.NumSources(), kindPlural("source", g.NumSources()))
	if first != "" {
		text += fmt.Sprintf(" Dated relations run from %s to %s.", first, last)
	}
	s.r.Text(text)
	s.r.Text("Measures run on the projection of the graph: one weighted edge from actor to actor per direction, " +
		"weighing the number of relations (a symmetric kind such as met counting both ways)" +
		map[bool]string{true: ", the weights used.", false: "; unweighted unless said otherwise."}[s.o.Weighted])
}

func kindPlural(kind string, n int) string {
	if n == 1 {
		return kind
	}
	switch {
	case strings.HasSuffix(kind, "y") && !strings.HasSuffix(kind, "ey"):
		return kind[:len(kind)-1] + "ies"
	case strings.HasSuffix(kind, "s"):
		return kind
	}
	return kind + "s"
}

// diagram draws the graph, or says why it cannot.
func (s *standard) diagram() {
	s.r.Heading(1, "The graph")
	ro := s.o.Render
	if !ro.ClusterByCountry {
		ro.ClusterByCountry = true
	}
	var b bytes.Buffer
	if err := render.SVG(s.ctx, &b, s.g, ro); err != nil {
		s.r.Text("The graph is not drawn: " + err.Error() + ". Export it (diplograph export) and draw a view of it.")
		return
	}
	s.r.Diagram("graph", b.Bytes(), s.g, "Every actor and relation, clustered by country.")
}

// whoMatters tabulates the measures and explains where they disagree. It
// returns the scores by measure name.
func (s *standard) whoMatters(ms []analysis.Measure, top int) (map[analysis.Measure][]analysis.Score, error) {
	s.r.Heading(1, "Who matters")
	// Each measure is computed once, for the table and for the reading of
	// where the measures disagree.
	scores := map[analysis.Measure][]analysis.Score{}
	columns := make([]table.ScoreColumn, 0, len(ms))
	names := make([]string, 0, len(ms))
	for _, m := range ms {
		sc, err := analysis.Compute(s.ctx, s.p, m, analysis.MeasureOptions{Weighted: s.o.Weighted})
		if err != nil {
			return nil, fmt.Errorf("report: %s: %w", m, err)
		}
		scores[m] = sc
		columns = append(columns, table.ScoreColumn{Name: m.String(), Scores: sc})
		names = append(names, m.String())
	}
	t, err := table.Actors("Actors by "+strings.Join(names, ", "), columns, table.ActorsOptions{Isolated: analysis.Isolates(s.p)})
	if err != nil {
		return nil, fmt.Errorf("report: who matters: %w", err)
	}
	s.r.Text(fmt.Sprintf("The %d actors ranked highest by %s, with their scores by the other measures. "+
		"Equal scores share a rank; actors without relations are not ranked.", min(top, t.Len()), ms[0]))
	s.r.Table(t.Top(top))
	var cols []string
	for _, m := range ms[:min(3, len(ms))] {
		cols = append(cols, m.String())
	}
	if data, err := chart.FromTable(t.Top(min(top, 12)), cols...); err == nil {
		if c, err := chart.Bars(data, chart.Options{Title: "Who matters, by " + strings.Join(cols, ", ")}); err == nil {
			var b bytes.Buffer
			if err := c.WriteSVG(&b); err == nil {
				s.r.Figure("who-matters", b.Bytes(), "The top actors by "+strings.Join(cols, ", ")+", each measure as a share of its top actor.")
			}
		}
	}
	s.r.Heading(2, "Why the measures disagree")
	s.r.Text(disagreement(scores, analysis.Isolates(s.p), s.name))
	return scores, nil
}

// disagreement explains, for the actors whose ranks differ most between
// measures, what the difference means.
func disagreement(scores map[analysis.Measure][]analysis.Score, isolates []string, name func(string) string) string {
	rank := func(m analysis.Measure) map[string]int {
		out := map[string]int{}
		var ranked []analysis.Score
		for _, sc := range scores[m] {
			if !slices.Contains(isolates, sc.ID) {
				ranked = append(ranked, sc)
			}
		}
		for i, rk := range analysis.Ranks(ranked) {
			out[ranked[i].ID] = rk
		}
		return out
	}
	deg, hasDeg := scores[analysis.MeasureDegree]
	_, hasBtw := scores[analysis.MeasureBetweenness]
	_, hasPR := scores[analysis.MeasurePageRank]
	if !hasDeg || (!hasBtw && !hasPR) || len(deg) == 0 {
		return "Rank by degree beside betweenness or PageRank to see where the measures disagree."
	}
	rd := rank(analysis.MeasureDegree)
	type gap struct {
		id   string
		diff int
		what string
	}
	var gaps []gap
	n := len(rd)
	threshold := max(3, n/8)
	if hasBtw {
		rb := rank(analysis.MeasureBetweenness)
		for id, d := range rd {
			b, ok := rb[id]
			if !ok {
				continue
			}
			switch {
			case d-b >= threshold && b <= 10:
				gaps = append(gaps, gap{id, d - b, fmt.Sprintf("%s ranks %s by betweenness but only %s by degree: a broker, with few ties but on many of the shortest paths between others.", name(id), ordinal(b), ordinal(d))})
			case b-d >= threshold && d <= 10:
				gaps = append(gaps, gap{id, b - d, fmt.Sprintf("%s ranks %s by degree but %s by betweenness: many ties, inside a group whose members reach each other without it.", name(id), ordinal(d), ordinal(b))})
			}
		}
	}
	if hasPR {
		rp := rank(analysis.MeasurePageRank)
		for id, d := range rd {
			p, ok := rp[id]
			if !ok {
				continue
			}
			switch {
			case d-p >= threshold && p <= 10:
				gaps = append(gaps, gap{id, d - p, fmt.Sprintf("%s ranks %s by PageRank but %s by degree: few ties, but from actors that are themselves central (prestige).", name(id), ordinal(p), ordinal(d))})
			case p-d >= threshold && d <= 10:
				gaps = append(gaps, gap{id, p - d, fmt.Sprintf("%s ranks %s by degree but %s by PageRank: many ties, mostly to actors on the periphery or running outward.", name(id), ordinal(d), ordinal(p))})
			}
		}
	}
	if len(gaps) == 0 {
		return "The measures broadly agree: no actor's rank differs by " + fmt.Sprint(threshold) + " places or more between degree and the other measures among the top ten."
	}
	slices.SortFunc(gaps, func(a, b gap) int {
		return cmp.Or(b.diff-a.diff, strings.Compare(a.id, b.id), strings.Compare(a.what, b.what))
	})
	var lines []string
	for _, g := range gaps[:min(5, len(gaps))] {
		lines = append(lines, g.what)
	}
	return strings.Join(lines, " ")
}

// ordinal writes 1 as "1st", 2 as "2nd", 13 as "13th".
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprint(n) + suffix
}

// paths explains the shortest paths between key pairs.
func (s *standard) paths(scores map[analysis.Measure][]analysis.Score) error {
	pairs := s.o.Paths
	if len(pairs) == 0 {
		btw := scores[analysis.MeasureBetweenness]
		if btw == nil {
			var err error
			if btw, err = analysis.Betweenness(s.ctx, s.p, analysis.BetweennessOptions{}); err != nil {
				return fmt.Errorf("report: key paths: %w", err)
			}
		}
		var topIDs []string
		for _, sc := range btw {
			if sc.Score > 0 && len(topIDs) < 4 {
				topIDs = append(topIDs, sc.ID)
			}
		}
		for i := 0; i < len(topIDs) && len(pairs) < 3; i++ {
			for j := i + 1; j < len(topIDs) && len(pairs) < 3; j++ {
				if _, direct := s.p.EdgeWeight(topIDs[i], topIDs[j]); direct {
					continue
				}
				if _, direct := s.p.EdgeWeight(topIDs[j], topIDs[i]); direct {
					continue
				}
				pairs = append(pairs, [2]string{topIDs[i], topIDs[j]})
			}
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	s.r.Heading(1, "Key paths")
	s.r.Text("How key actors connect, relation by relation (shortest paths, in either direction), with the sentence each step rests on.")
	for _, pair := range pairs {
		path, err := analysis.ShortestPath(s.p, pair[0], pair[1], analysis.ShortestPathOptions{Undirected: true, Weighted: s.o.Weighted})
		if errors.Is(err, analysis.ErrNoPath) {
			s.r.Text(fmt.Sprintf("%s and %s are not connected.", s.name(pair[0]), s.name(pair[1])))
			continue
		}
		if err != nil {
			return fmt.Errorf("report: path from %s to %s: %w", pair[0], pair[1], err)
		}
		s.r.Table(s.pathTable(path))
	}
	return nil
}

// pathTable lays out a path, one row per relation of each step.
func (s *standard) pathTable(path analysis.Path) *table.Table {
	title := fmt.Sprintf("%s to %s in %d %s", s.name(path.Actors[0]), s.name(path.Actors[len(path.Actors)-1]), path.Len(), kindPlural("step", path.Len()))
	t, _ := table.New(title,
		table.Column{Name: "Step", Type: table.IntegerType},
		table.Column{Name: "Relation"},
		table.Column{Name: "Source"})
	for i, st := range path.Steps {
		for _, rel := range st.Relations {
			src := ""
			if len(rel.Evidence) > 0 {
				if so, ok := s.g.Origin().Source(rel.Evidence[0].Source); ok {
					src = cmp.Or(so.Publisher, so.Title, so.ID)
				}
			}
			_ = t.AddKeyedRow(rel.ID, i+1, s.p.Sentence(rel), src)
		}
	}
	return t
}

// communities lists the Louvain communities.
func (s *standard) communities() error {
	c, err := analysis.Louvain(s.ctx, s.p, analysis.LouvainOptions{Seed: s.o.Seed, Weighted: s.o.Weighted})
	if err != nil {
		return fmt.Errorf("report: communities: %w", err)
	}
	s.r.Heading(1, "Communities")
	s.r.Text(fmt.Sprintf("Groups of actors more tied to each other than to the rest (Louvain, seed %d, modularity %.3f). "+
		"Communities ignore the sign of ties: for sides in a conflict, see the blocs below.", s.o.Seed, c.Modularity))
	t, _ := table.New("Communities",
		table.Column{Name: "Community", Type: table.IntegerType},
		table.Column{Name: "Size", Type: table.IntegerType},
		table.Column{Name: "Members"})
	for i, grp := range c.Groups {
		if len(grp) < 2 {
			continue
		}
		names := make([]string, len(grp))
		for j, id := range grp {
			names[j] = s.name(id)
		}
		_ = t.AddRow(i+1, len(grp), strings.Join(names, ", "))
	}
	s.r.Table(t)
	return nil
}

// balance reports the signed triangles and the blocs.
func (s *standard) balance() error {
	s.r.Heading(1, "Balance and blocs")
	b, err := analysis.SignedTriads(s.ctx, s.p, analysis.SignedTriadsOptions{})
	if err != nil {
		return fmt.Errorf("report: balance: %w", err)
	}
	c := b.Census
	if c.Total() == 0 {
		s.r.Text("No triangle of actors has signed ties on all three sides, so balance cannot be measured.")
	} else {
		s.r.Text(fmt.Sprintf("%d of %d signed triangles are balanced (%.0f%%): friends of friends are friends, enemies of friends are enemies. "+
			"Triangles by hostile sides: %d with none, %d with one, %d with two, %d with three.",
			c.Balanced(), c.Total(), 100*c.Ratio(), c.PPP, c.PPN, c.PNN, c.NNN))
	}
	if len(b.Unbalanced) > 0 {
		t, _ := table.New("Unbalanced triangles", table.Column{Name: "Actors"}, table.Column{Name: "Ties"})
		for _, tr := range b.Unbalanced {
			_ = t.AddRow(s.name(tr.Actors[0])+", "+s.name(tr.Actors[1])+", "+s.name(tr.Actors[2]), tr.Text)
		}
		s.r.Table(t)
	}
	al, err := analysis.Blocs(s.ctx, s.p, analysis.BlocsOptions{Seed: s.o.Seed})
	if err != nil {
		return fmt.Errorf("report: blocs: %w", err)
	}
	if len(al.Blocs[0])+len(al.Blocs[1]) == 0 {
		s.r.Text("No blocs: no actor has a cooperative or hostile tie.")
		return nil
	}
	exact := "the fewest possible"
	if !al.Exact {
		exact = "a heuristic split"
	}
	s.r.Text(fmt.Sprintf("The actors split into two blocs so that as few ties as possible disagree (%d frustrated ties, %s): "+
		"hostile ties run across, cooperative ties within. Officials are held with the state or organisation they lead or serve.", al.Frustration, exact))
	t, _ := table.New("Blocs", table.Column{Name: "Bloc", Type: table.IntegerType}, table.Column{Name: "Actor"}, table.Column{Name: "Why"})
	for i, bloc := range al.Blocs {
		for _, m := range bloc {
			_ = t.AddKeyedRow(m.ID, i+1, s.name(m.ID), s.why(m))
		}
	}
	s.r.Table(t)
	if len(al.Unaligned) > 0 {
		names := make([]string, len(al.Unaligned))
		for i, id := range al.Unaligned {
			names[i] = s.name(id)
		}
		s.r.Text("Unaligned (no cooperative or hostile tie places them): " + strings.Join(names, ", ") + ".")
	}
	s.ties("Frustrated ties (hostile within a bloc, cooperative across)", al.Frustrated)
	s.ties("Ambivalent pairs (both cooperative and hostile relations)", al.Ambivalent)
	return nil
}

// why explains a bloc member's place by its strongest supporting ties.
func (s *standard) why(m analysis.Member) string {
	var parts []string
	for _, t := range m.Support() {
		verb := "with"
		if t.Sign == graph.Hostile {
			verb = "against"
		}
		if t.Bound {
			verb = "bound to"
		}
		parts = append(parts, verb+" "+s.name(t.Other(m.ID)))
		if len(parts) == 3 {
			break
		}
	}
	if n := len(m.Support()); n > 3 {
		parts = append(parts, fmt.Sprintf("and %d more", n-3))
	}
	if len(m.Strain()) > 0 {
		parts = append(parts, fmt.Sprintf("(%d frustrated)", len(m.Strain())))
	}
	return strings.Join(parts, ", ")
}

// ties lays out signed ties with the relations and quotes behind them.
func (s *standard) ties(title string, ts []analysis.Tie) {
	if len(ts) == 0 {
		return
	}
	t, _ := table.New(title, table.Column{Name: "Pair"}, table.Column{Name: "Relation"})
	for _, tie := range ts {
		for _, rel := range tie.Relations {
			_ = t.AddKeyedRow(rel.ID, s.name(tie.A)+" – "+s.name(tie.B), s.p.Sentence(rel))
		}
	}
	s.r.Table(t)
}

// timeline lists the dated relations and charts the monthly signed counts.
func (s *standard) timeline() {
	s.r.Heading(1, "Timeline")
	if ties, err := chart.TiesByMonth(s.g); err == nil {
		if c, err := chart.Diverging(ties, chart.Options{Title: "Cooperative and hostile relations by month", YLabel: "Month"}); err == nil {
			var b bytes.Buffer
			if err := c.WriteSVG(&b); err == nil {
				s.r.Figure("by-month", b.Bytes(), "Relations by the month they began, cooperative to the right, hostile to the left; a relation dated only to a month counts in it.")
			}
		}
	}
	s.r.Timeline(s.g)
}
