package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/examples/notebooks/internal/story"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/report"
	"github.com/diplograph/diplograph/report/chart"
	"github.com/diplograph/diplograph/report/table"
)

// around compares the article's graph the day before and the day after
// pivot, reports the relations whose date straddles it, compares the
// pivot's month up to the article's date, and asks the scenario dated to
// the day what it can add.
func around(ctx context.Context, w io.Writer, r *report.Report, g, un *graph.Graph, pivot date.Date, src graph.Source) error {
	before, after := addDays(pivot, -1), addDays(pivot, 1)

	// The day before against the day after.
	rc, err := table.RankChanges(ctx, g, before, after, table.RankChangesOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, rc)
	changed := rc.Select(func(row table.Row) bool {
		return moved(row) != 0 || number(row, "Gained") > 0 || number(row, "Lost") > 0
	})
	var s string
	if changed.Len() == 0 {
		s = fmt.Sprintf("Between %s and %s nothing the article dates changes: no relation begins or ends, and no actor's rank by PageRank moves.", before.Format(), after.Format())
	} else {
		s = fmt.Sprintf("Between %s and %s, %s gain or lose relations or move in rank by PageRank (table).", before.Format(), after.Format(), story.Count(changed.Len(), "actor"))
	}
	asOf, err := g.Filter(graph.Filter{AsOf: pivot})
	if err != nil {
		return err
	}
	certain, err := g.Filter(graph.Filter{AsOf: pivot, DropUncertain: true})
	if err != nil {
		return err
	}
	ut, err := table.New(fmt.Sprintf("Relations that straddle %s", pivot.Format()), table.Column{Name: "Relation"}, table.Column{Name: "Dated"})
	if err != nil {
		return err
	}
	var hostile []graph.Relation
	for rel := range asOf.Uncertain() {
		if err := ut.AddRow(story.Brief(g, rel), rel.When.Format()); err != nil {
			return err
		}
		if g.SignOf(rel) == graph.Hostile {
			hostile = append(hostile, rel)
		}
	}
	// The most intense first, by the magnitude of their kind's Goldstein
	// value (an annexation before a threat), then in relation order.
	slices.SortStableFunc(hostile, func(a, b graph.Relation) int {
		ka, _ := g.Kind(a.Kind)
		kb, _ := g.Kind(b.Kind)
		return cmp.Compare(math.Abs(kb.Goldstein), math.Abs(ka.Goldstein))
	})
	ut.Notes = []string{"Each is dated only to the month: as of the day, it may or may not have begun."}
	if n := asOf.NumUncertain(); n > 0 {
		s += fmt.Sprintf(" But the article cannot say what happened on %s: of the %d relations in the view as of that day, %d straddle it. "+
			"The article dates them only to the month, so at their precision each may have begun before the day or after it.",
			pivot.Format(), asOf.NumRelations(), n)
		if len(hostile) > 0 {
			var shown []string
			for _, rel := range hostile[:min(4, len(hostile))] {
				shown = append(shown, story.Brief(g, rel))
			}
			s += fmt.Sprintf(" Among them, the most intense hostile ones: %s", strings.Join(shown, "; "))
			if len(hostile) > len(shown) {
				s += fmt.Sprintf(", and %d more hostile relations", len(hostile)-len(shown))
			}
			s += "."
		}
		s += fmt.Sprintf(" A view keeps them by default (a relation dated March counts from 1 March); leaving them out keeps the %s that certainly hold on %s.",
			story.Count(certain.NumRelations(), "relation"), pivot.Format())
	}
	fmt.Fprintln(w, s)
	fmt.Fprintln(w, ut)
	r.Text(s)
	if changed.Len() > 0 {
		r.Table(changed)
	}
	if ut.Len() > 0 {
		r.Table(ut)
	}

	// What the month brought: the view as of the day before the month
	// began against the view as of the day the article was published (or
	// the month's last day). Relations dated only to the month are
	// certainly out of the first and in the second.
	from := addDays(date.Of(pivot.Year(), pivot.Month(), 1), -1)
	to := addDays(date.Of(pivot.Year(), pivot.Month()+1, 1), -1)
	if d := src.Date; d.Precision() == date.Day && d.Compare(pivot) > 0 && d.Compare(to) < 0 {
		to = d
	}
	month, err := table.RankChanges(ctx, g, from, to, table.RankChangesOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, month)
	gained, err := gainedBetween(g, from, to)
	if err != nil {
		return err
	}
	// The gained relations dated only to the month, and those dated to
	// the day, with the days they begin on and the phone calls.
	coarse, calls := 0, 0
	var starts []date.Date
	for _, rel := range gained {
		d := rel.When.Since
		if d.Precision() != date.Day {
			coarse++
		} else if !slices.Contains(starts, d) {
			starts = append(starts, d)
		}
		if rel.Kind == graph.Phoned {
			calls++
		}
	}
	slices.SortFunc(starts, date.Date.Compare)
	var days []string
	for _, d := range starts {
		days = append(days, d.Format())
	}
	s = fmt.Sprintf("What the month brought, from %s to %s: the view gains %s", from.Format(), to.Format(), story.Count(len(gained), "relation"))
	switch {
	case len(gained) == 0:
	case coarse == len(gained):
		s += ", all dated only to the month"
	case coarse == 0:
		s += fmt.Sprintf(", all dated to the day, on %s", story.Join(days))
	default:
		s += fmt.Sprintf(". %d %s dated only to the month; the other %d to the day, all on %s",
			coarse, story.Plural(coarse, "is", "are"), len(gained)-coarse, story.Join(days))
	}
	if calls > 0 {
		s += fmt.Sprintf(", the %s among them", story.Plural(calls, "phone call", fmt.Sprintf("%d phone calls", calls)))
	}
	s += "."
	ranks, err := slope(ctx, g, from, to)
	if err != nil {
		return err
	}
	s += " " + topTen(g, ranks)
	fmt.Fprintln(w, s)
	r.Heading(2, fmt.Sprintf("What the month brought: %s to %s", from.Format(), to.Format()))
	r.Text(s)
	c, err := chart.Slope(ranks.chart, chart.Options{
		Title:    fmt.Sprintf("The top ten by PageRank, %s and %s", from.Format(), to.Format()),
		Caption:  "Hollow point: in one top ten only. Tied actors stand one place apart, in name order. Source: " + story.CiteShort(src) + ".",
		MaxLabel: 32,
	})
	if err != nil {
		return err
	}
	svg, err := story.SVG(c.WriteSVG)
	if err != nil {
		return err
	}
	r.Figure("ranks", svg, "How the ten actors of highest PageRank changed over the month.")
	moves, err := story.Columns(month.Select(func(row table.Row) bool { return moved(row) != 0 || number(row, "Gained") > 0 }),
		"Actor", month.Columns()[1].Name, month.Columns()[2].Name, "Moved", "Gained", "Lost")
	if err != nil {
		return err
	}
	moves.Title = fmt.Sprintf("How ranks by PageRank changed from %s to %s", from.Format(), to.Format())
	moves.Notes = append(moves.Notes, "Gained and lost count relations. Only the actors who moved or gained relations; the others keep their rank.")
	r.Table(moves)

	// A source dated to the day: the UN scenario.
	ungained, err := gainedBetween(un, before, after)
	if err != nil {
		return err
	}
	unAsOf, err := un.Filter(graph.Filter{AsOf: pivot})
	if err != nil {
		return err
	}
	var briefs []string
	for _, rel := range ungained {
		briefs = append(briefs, story.Brief(un, rel))
	}
	s = fmt.Sprintf("A scenario built from documents dated to the day, %q, can say what the article cannot. Between %s and %s it gains %s",
		un.Title(), before.Format(), after.Format(), story.Count(len(ungained), "relation"))
	if len(briefs) > 0 {
		s += ": " + strings.Join(briefs, "; ")
	}
	s += "."
	if n := unAsOf.NumUncertain(); n > 0 {
		var unc []string
		for rel := range unAsOf.Uncertain() {
			unc = append(unc, story.Brief(un, rel))
		}
		s += fmt.Sprintf(" Even there %s %s dated only to the month and %s the day: %s.", story.Count(n, "relation"), story.Plural(n, "is", "are"), story.Plural(n, "straddles", "straddle"), strings.Join(unc, "; "))
	}
	fmt.Fprintln(w, s)
	r.Heading(2, "A source dated to the day")
	r.Text(s)
	return nil
}

// rankings are the top-ten rankings by PageRank on two dates, as a slope
// chart draws them, with every actor's competition rank on each date.
type rankings struct {
	chart         chart.Ranks
	before, after map[string]int
}

// slope ranks the actors by PageRank as of two dates, for a slope chart
// of the top ten.
func slope(ctx context.Context, g *graph.Graph, from, to date.Date) (rankings, error) {
	var scores [2][]analysis.Score
	var isolated [2][]string
	for i, d := range []date.Date{from, to} {
		v, err := g.Filter(graph.Filter{AsOf: d})
		if err != nil {
			return rankings{}, err
		}
		p := analysis.Project(v, analysis.ProjectOptions{})
		if scores[i], err = analysis.Compute(ctx, p, analysis.MeasurePageRank, analysis.MeasureOptions{}); err != nil {
			return rankings{}, err
		}
		isolated[i] = analysis.Isolates(p)
	}
	return rankings{
		chart:  chart.FromRanks("PageRank", chart.Ranking{Date: from, Scores: scores[0], Isolates: isolated[0]}, chart.Ranking{Date: to, Scores: scores[1], Isolates: isolated[1]}, 10),
		before: story.Ranked(scores[0], isolated[0]),
		after:  story.Ranked(scores[1], isolated[1]),
	}, nil
}

// topTen says who entered the top ten and how the leaders moved.
func topTen(g *graph.Graph, rk rankings) string {
	var entered, rose, fell []string
	for _, id := range rk.chart.After {
		// chart.Ranks names actors; find each one's ID by its name.
		key := idOf(g, id)
		b, ok := rk.before[key]
		a := rk.after[key]
		switch {
		case !ok:
			entered = append(entered, story.Ref(g, key))
		case b > 10:
			entered = append(entered, fmt.Sprintf("%s (from %s)", story.Ref(g, key), story.Ordinal(b)))
		case a < b:
			rose = append(rose, fmt.Sprintf("%s (%s to %s)", story.Ref(g, key), story.Ordinal(b), story.Ordinal(a)))
		case a > b:
			fell = append(fell, fmt.Sprintf("%s (%s to %s)", story.Ref(g, key), story.Ordinal(b), story.Ordinal(a)))
		}
	}
	var s []string
	if len(entered) > 0 {
		s = append(s, fmt.Sprintf("%s %s the top ten by PageRank", story.Cap(story.Join(entered)), story.Plural(len(entered), "enters", "enter")))
	}
	if len(rose) > 0 {
		s = append(s, fmt.Sprintf("%s %s", story.Join(rose), story.Plural(len(rose), "rises", "rise")))
	}
	if len(fell) > 0 {
		s = append(s, fmt.Sprintf("%s %s", story.Join(fell), story.Plural(len(fell), "falls", "fall")))
	}
	if len(s) == 0 {
		return "The top ten by PageRank does not change."
	}
	return story.Cap(strings.Join(s, "; ")) + "."
}

// idOf returns the ID of the actor with the given name (the first, in ID
// order), or the name itself.
func idOf(g *graph.Graph, name string) string {
	for a := range g.Actors() {
		if a.Label() == name {
			return a.ID
		}
	}
	return name
}

// gainedBetween returns the relations in the view of g as of to that are
// not in the view as of from, in relation order.
func gainedBetween(g *graph.Graph, from, to date.Date) ([]graph.Relation, error) {
	a, err := g.Filter(graph.Filter{AsOf: from})
	if err != nil {
		return nil, err
	}
	b, err := g.Filter(graph.Filter{AsOf: to})
	if err != nil {
		return nil, err
	}
	var out []graph.Relation
	for rel := range b.Relations() {
		if _, ok := a.Relation(rel.ID); !ok {
			out = append(out, rel)
		}
	}
	return out, nil
}

// moved returns a row's Moved cell, 0 when missing.
func moved(row table.Row) int { return int(number(row, "Moved")) }

// number returns a row's numeric cell, 0 when missing.
func number(row table.Row, column string) float64 {
	c, _ := row.Cell(column)
	f, _ := c.Float()
	return f
}

// addDays returns the day n days after d (before, for n < 0).
func addDays(d date.Date, n int) date.Date {
	out, err := date.FromTime(d.First().AddDate(0, 0, n))
	if err != nil {
		return d // only outside the years 1 to 9999
	}
	return out
}
