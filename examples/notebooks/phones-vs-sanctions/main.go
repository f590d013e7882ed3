// Command phones-vs-sanctions is the second narrative of diplograph: phone
// diplomacy against sanctions in the BBC's article "Ukraine crisis: Russia
// vows no invasion" (29 March 2014). The presidents and their foreign
// ministers phoned each other while their states traded threats and
// sanctions: what does that do to the picture of who stands with whom?
//
//	go run ./examples/notebooks/phones-vs-sanctions -out out/phones-vs-sanctions
//
// It reads examples/ukraine2014/ukraine2014.yaml and, for the day-by-day
// view of step 5, examples/crimea2014-un/crimea2014-un.yaml (run it from
// the root of the repository, or give the files with -scenario and -un),
// and goes through numbered steps, printing each table as it goes:
//
//  1. load the article's graph;
//  2. set the phone calls beside the hostile relations, and fold the people
//     into their states;
//  3. take the signed balance: which triangles of relations are unbalanced;
//  4. split the actors into two blocs, and name the ties that strain them;
//  5. ask what changed around 18 March 2014 (-date), when Russia signed
//     the treaty annexing Crimea, and what the article can say about it;
//  6. count the cooperative and hostile relations by month.
//
// It writes DIR/report.html, DIR/report.md and the figures beside it
// (DIR/report-*.svg), DIR being -out (default ./out). Every sentence that
// states a result is computed from the results.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
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
	out      string    // the folder the report goes into
	scenario string    // the article's scenario file
	un       string    // the scenario dated to the day, for step 5
	pivot    date.Date // the date step 5 looks around
}

func main() {
	var o options
	pivot := "2014-03-18"
	flag.StringVar(&o.out, "out", "out", "folder to write report.html, report.md and the figures into")
	flag.StringVar(&o.scenario, "scenario", filepath.Join("examples", "ukraine2014", "ukraine2014.yaml"), "the article's scenario file")
	flag.StringVar(&o.un, "un", filepath.Join("examples", "crimea2014-un", "crimea2014-un.yaml"), "a scenario dated to the day, to compare with in step 5")
	flag.StringVar(&pivot, "date", pivot, "the day step 5 looks around (YYYY-MM-DD)")
	flag.Parse()
	d, err := date.Parse(pivot)
	if err != nil || d.Precision() != date.Day {
		fmt.Fprintf(os.Stderr, "phones-vs-sanctions: -date %q: want a day, YYYY-MM-DD\n", pivot)
		os.Exit(2)
	}
	o.pivot = d
	if err := run(context.Background(), os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "phones-vs-sanctions:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, o options) error {
	// Step 1: load the article's graph, and the scenario dated to the day
	// that step 5 compares it with.
	g, err := scenario.Load(o.scenario)
	if err != nil {
		return fmt.Errorf("%w (run from the repository's root, or give the file with -scenario)", err)
	}
	un, err := scenario.Load(o.un)
	if err != nil {
		return fmt.Errorf("%w (run from the repository's root, or give the file with -un)", err)
	}
	src := story.Source(g)
	story.Step(w, 1, "the article's graph")
	fmt.Fprintf(w, "%s\n%d actors, %d relations, %d source(s)\n", g.Title(), g.NumActors(), g.NumRelations(), g.NumSources())

	r := report.New("Phone diplomacy against sanctions: Ukraine, March 2014")
	r.Markdown(fmt.Sprintf("In %s, the presidents of Russia and the United States, and their foreign ministers, "+
		"talk by phone while their states trade threats and sanctions. This report reads the article as a graph "+
		"of %d actors and %d relations, each resting on a quoted sentence, and asks what the calls do to the "+
		"picture of who stands with whom.", story.CiteMarkdown(src), g.NumActors(), g.NumRelations()))

	// Step 2: the phone calls beside the hostile relations. A view keeps
	// part of the graph; folding merges leaders and officials into their
	// states, so that a call between presidents becomes a tie between
	// states.
	story.Step(w, 2, "phone calls and hostile relations")
	calls, err := g.Filter(graph.Filter{Kinds: []string{graph.Phoned}, DropIsolated: true})
	if err != nil {
		return err
	}
	hostile, err := g.Filter(graph.Filter{Signs: []graph.Sign{graph.Hostile}, DropIsolated: true})
	if err != nil {
		return err
	}
	ct, err := callTable(g, calls)
	if err != nil {
		return err
	}
	ht, err := kindTable(hostile)
	if err != nil {
		return err
	}
	folded, fold, err := g.Fold(graph.FoldOptions{})
	if err != nil {
		return err
	}
	pairText, pairs, err := callPairs(g, folded, fold, calls)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, ct)
	fmt.Fprintln(w, ht)
	fmt.Fprintln(w, strings.Join(pairText, "\n"))
	for _, t := range pairs {
		fmt.Fprintln(w, t)
	}

	r.Heading(1, "Phone calls and hostile relations")
	r.Text(callText(g, calls, hostile))
	var svg []byte
	if calls.NumRelations() > 0 {
		r.Table(ct)
		if svg, err = story.Draw(ctx, calls, render.Options{Title: "Phone diplomacy", EdgeDates: true}); err != nil {
			return err
		}
		r.Diagram("calls", svg, calls, "Who phoned whom, and when; the arrow runs from the caller.")
	}
	if hostile.NumRelations() > 0 {
		r.Table(ht)
		if svg, err = story.Draw(ctx, hostile, render.Options{Title: "Hostile relations", Layout: render.LayoutNeato, Parallel: render.ParallelCollapse}); err != nil {
			return err
		}
		r.Diagram("hostile", svg, hostile, "Every hostile relation of the article: sanctions, threats, accusations, the annexation.")
	}
	if len(pairs) > 0 {
		r.Heading(2, "Folded to states")
		r.Text(strings.Join(pairText, "\n\n"))
		for _, t := range pairs {
			r.Table(t)
		}
	}

	// Step 3: signed balance. A triangle of three actors is balanced when
	// its signs multiply to cooperative: friends of friends are friends,
	// enemies of enemies are friends. A pair with relations of both signs
	// counts with the sign of its net: cooperative weight less hostile.
	story.Step(w, 3, "signed balance")
	bt, btext, err := balance(ctx, g, folded)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, bt)
	fmt.Fprintln(w, strings.Join(btext, "\n"))
	r.Heading(1, "Balance: which triangles do not add up")
	r.Text("A triangle of three actors tied by signed relations is balanced when its signs agree with the old rule: " +
		"the friend of my friend is my friend, the enemy of my enemy is my friend. A triangle with one hostile side " +
		"between two friends of a third, or with three hostile sides, is unbalanced: something in it has to give. " +
		"A pair with both cooperative and hostile relations counts with the sign of its net, cooperative less hostile.")
	r.Table(bt)
	r.Text(strings.Join(btext, "\n\n"))

	// Step 4: blocs. The actors are split into two sides with as few
	// frustrated ties as possible (hostile within a side, cooperative
	// across); officials stay with the state they serve.
	story.Step(w, 4, "blocs")
	now := g
	if src.Date.Precision() == date.Day {
		// As of the article's date: offices held then, events so far.
		if now, err = g.Filter(graph.Filter{AsOf: src.Date}); err != nil {
			return err
		}
	}
	al, err := analysis.Blocs(ctx, analysis.Project(now, analysis.ProjectOptions{}), analysis.BlocsOptions{})
	if err != nil {
		return err
	}
	blocTable, members, frustrated, btexts, err := blocs(now, al)
	if err != nil {
		return err
	}
	if now != g {
		btexts[0] = fmt.Sprintf("As of %s (with the offices held then and the events so far), %s", src.Date.Format(), strings.ToLower(btexts[0][:1])+btexts[0][1:])
	}
	fmt.Fprintln(w, blocTable)
	fmt.Fprintln(w, frustrated)
	fmt.Fprintln(w, members[0])
	fmt.Fprintln(w, members[1])
	fmt.Fprintln(w, strings.Join(btexts, "\n"))
	r.Heading(1, "Two blocs, and the ties that strain them")
	r.Text(strings.Join(btexts, "\n\n"))
	if len(al.Blocs[0]) > 0 && len(al.Blocs[1]) > 0 {
		r.Table(blocTable)
		if frustrated.Len() > 0 {
			r.Table(frustrated)
		}
		r.Table(members[0])
		r.Table(members[1])
	}

	// Step 5: what changed around the date. Ranks as of the day before and
	// the day after; the relations whose date, at its precision, may fall
	// on either side; then what the article does date, and a source dated
	// to the day.
	story.Step(w, 5, "what changed around "+o.pivot.Format())
	r.Heading(1, "What changed around "+o.pivot.Format())
	if err := around(ctx, w, r, g, un, o.pivot, src); err != nil {
		return err
	}

	// Step 6: cooperative and hostile relations by month.
	story.Step(w, 6, "relations by month")
	ties, err := chart.TiesByMonth(g)
	if err != nil {
		return err
	}
	var months []string
	for i, m := range ties.Labels {
		months = append(months, fmt.Sprintf("%s: %d cooperative, %d hostile", m, ties.Cooperative[i], ties.Hostile[i]))
	}
	mtext := fmt.Sprintf("The dated relations by the month they begin: %s. Relations dated only to the month count in it; neutral relations (candidacies, interviews) are not counted.", strings.Join(months, "; "))
	fmt.Fprintln(w, mtext)
	c, err := chart.Diverging(ties, chart.Options{
		Title:   "Cooperative and hostile relations by month",
		YLabel:  "Month",
		Caption: "A relation counts in the month its time begins. Source: " + story.Cite(src) + ".",
	})
	if err != nil {
		return err
	}
	if svg, err = story.SVG(c.WriteSVG); err != nil {
		return err
	}
	r.Heading(1, "Relations by month")
	r.Text(mtext)
	r.Figure("months", svg, "Cooperative relations to the right, hostile ones to the left, by the month they begin.")
	return story.Write(w, r, o.out)
}

// callTable lists the phone calls of a view, with who reports each and
// the quote it rests on.
func callTable(g, calls *graph.Graph) (*table.Table, error) {
	t, err := table.New("Phone calls",
		table.Column{Name: "Caller"}, table.Column{Name: "Called"}, table.Column{Name: "When"},
		table.Column{Name: "Reported by"}, table.Column{Name: "Quote"})
	if err != nil {
		return nil, err
	}
	for c := range calls.Relations() {
		var by, quote any
		if c.ReportedBy != "" {
			by = story.Name(g, c.ReportedBy)
		}
		if len(c.Evidence) > 0 && c.Evidence[0].Quote != "" {
			quote = c.Evidence[0].Quote
		}
		if err := t.AddRow(story.Name(g, c.From), story.Name(g, c.To), c.When.Format(), by, quote); err != nil {
			return nil, err
		}
	}
	t.Notes = []string{"Source: " + story.Cite(story.Source(g)) + "."}
	return t, nil
}

// kindTable counts the relations of a view by kind.
func kindTable(v *graph.Graph) (*table.Table, error) {
	t, err := table.New("Hostile relations by kind",
		table.Column{Name: "Kind"}, table.Column{Name: "Relations", Type: table.IntegerType}, table.Column{Name: "Who, to whom"})
	if err != nil {
		return nil, err
	}
	for _, c := range v.KindCounts() {
		k, _ := v.Kind(c.Kind)
		var who []string
		for rel := range v.OfKind(c.Kind) {
			who = append(who, story.Name(v, rel.From)+" → "+story.Name(v, rel.To))
		}
		if err := t.AddRow(k.Verb(), c.N, strings.Join(who, "; ")); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// callText says how many calls and hostile relations the article reports,
// and who appears in both.
func callText(g, calls, hostile *graph.Graph) string {
	var starts []date.Date
	for c := range calls.Relations() {
		if d := c.When.Since; !slices.Contains(starts, d) {
			starts = append(starts, d)
		}
	}
	slices.SortFunc(starts, date.Date.Compare)
	var days []string
	for _, d := range starts {
		days = append(days, d.Format())
	}
	s := fmt.Sprintf("The article reports no phone call, and %s.", story.Count(hostile.NumRelations(), "hostile relation"))
	if len(days) > 0 {
		s = fmt.Sprintf("The article reports %s, on %s, and %s.",
			story.Count(calls.NumRelations(), "phone call"), story.Join(days), story.Count(hostile.NumRelations(), "hostile relation"))
	}
	var sanctions []string
	for rel := range g.OfKind(graph.Sanctions) {
		sanctions = append(sanctions, story.Brief(g, rel))
	}
	if len(sanctions) > 0 {
		s += fmt.Sprintf(" The sanctions: %s.", strings.Join(sanctions, "; "))
	}
	// Callers and called who also take part in hostile relations.
	var both []string
	for a := range calls.Actors() {
		if _, ok := hostile.Actor(a.ID); ok {
			both = append(both, a.ID)
		}
	}
	switch {
	case len(days) == 0 || hostile.NumRelations() == 0:
	case len(both) == 0:
		s += " None of those on the phone is named in a hostile relation: the hostility is between their states and groups."
	default:
		s += fmt.Sprintf(" %s also %s in hostile relations.", story.Cap(story.Join(story.Refs(g, both))), story.Plural(len(both), "appears", "appear"))
	}
	return s
}

// callPairs folds each call into its states and tabulates every relation
// between those two states, with its sign.
func callPairs(g, folded *graph.Graph, fold graph.Fold, calls *graph.Graph) ([]string, []*table.Table, error) {
	into := map[string]string{}
	for _, m := range fold.Moves {
		into[m.Actor] = m.Into
	}
	state := func(id string) string {
		if s, ok := into[id]; ok {
			return s
		}
		return id
	}
	type pair struct{ a, b string }
	var order []pair
	n := map[pair]int{}
	for c := range calls.Relations() {
		a, b := state(c.From), state(c.To)
		if a > b {
			a, b = b, a
		}
		if a == b {
			continue
		}
		pr := pair{a, b}
		if n[pr] == 0 {
			order = append(order, pr)
		}
		n[pr]++
	}
	var text []string
	var tables []*table.Table
	for _, pr := range order {
		t, err := table.New(fmt.Sprintf("%s and %s, relation by relation", story.Cap(story.Ref(folded, pr.a)), story.Ref(folded, pr.b)),
			table.Column{Name: "Relation"}, table.Column{Name: "Sign"})
		if err != nil {
			return nil, nil, err
		}
		count := map[graph.Sign]int{}
		var hostile []string
		for rel := range folded.Between(pr.a, pr.b) {
			sign := folded.SignOf(rel)
			count[sign]++
			orig, _ := g.Relation(rel.ID) // as the article names its actors
			if sign == graph.Hostile {
				hostile = append(hostile, story.Brief(g, orig))
			}
			if err := t.AddRow(story.Brief(g, orig), sign.Name()); err != nil {
				return nil, nil, err
			}
		}
		t.Notes = []string{"Leaders and officials folded into their states: a call between presidents is a relation between their states here."}
		tables = append(tables, t)
		var bySign []string
		for _, sign := range []graph.Sign{graph.Cooperative, graph.Hostile, graph.Neutral} {
			if count[sign] > 0 {
				bySign = append(bySign, fmt.Sprintf("%d %s", count[sign], sign.Name()))
			}
		}
		s := fmt.Sprintf("Folded to their states, %s %s and %s. Between these two the article reports %s: %s.",
			story.Plural(n[pr], "the call joins", fmt.Sprintf("the %d calls join", n[pr])), story.Ref(folded, pr.a), story.Ref(folded, pr.b),
			story.Count(count[graph.Cooperative]+count[graph.Hostile]+count[graph.Neutral], "relation"), story.Join(bySign))
		if len(hostile) > 0 {
			s += fmt.Sprintf(" The hostile ones: %s.", strings.Join(hostile, "; "))
		}
		text = append(text, s)
	}
	return text, tables, nil
}

// balance takes the census of signed triangles of the article as written
// and folded to states, and says which triangles are unbalanced and which
// pairs are ambivalent.
func balance(ctx context.Context, g, folded *graph.Graph) (*table.Table, []string, error) {
	t, err := table.New("Signed triangles",
		table.Column{Name: "Actors"}, table.Column{Name: "Triangles", Type: table.IntegerType},
		table.Column{Name: "+++", Type: table.IntegerType}, table.Column{Name: "++−", Type: table.IntegerType},
		table.Column{Name: "+−−", Type: table.IntegerType}, table.Column{Name: "−−−", Type: table.IntegerType},
		table.Column{Name: "Unbalanced", Type: table.IntegerType})
	if err != nil {
		return nil, nil, err
	}
	t.Notes = []string{"+ cooperative, − hostile. Balanced: +++ and +−−; unbalanced: ++− and −−−."}
	var text []string
	for _, level := range []struct {
		name string
		g    *graph.Graph
	}{{"as the article names them", g}, {"folded to states", folded}} {
		b, err := analysis.SignedTriads(ctx, analysis.Project(level.g, analysis.ProjectOptions{}), analysis.SignedTriadsOptions{})
		if err != nil {
			return nil, nil, err
		}
		c := b.Census
		if err := t.AddRow(story.Cap(level.name), c.Total(), c.PPP, c.PPN, c.PNN, c.NNN, len(b.Unbalanced)); err != nil {
			return nil, nil, err
		}
		var s string
		switch {
		case c.Total() == 0:
			s = fmt.Sprintf("With the actors %s, no three are all tied to each other with a sign.", level.name)
		case len(b.Unbalanced) == 0:
			s = fmt.Sprintf("With the actors %s, all %s are balanced.", level.name, story.Count(c.Total(), "signed triangle"))
		default:
			var tri []string
			for _, u := range b.Unbalanced {
				tri = append(tri, u.Text)
			}
			s = fmt.Sprintf("With the actors %s, %d of the %s %s unbalanced: %s.", level.name, len(b.Unbalanced),
				story.Count(c.Total(), "signed triangle"), story.Plural(len(b.Unbalanced), "is", "are"), strings.Join(tri, "; "))
		}
		// The pairs with relations of both signs, and the calls among them.
		for _, tie := range b.Ambivalent {
			phoned := 0
			for _, rel := range tie.Relations {
				if rel.Kind == graph.Phoned {
					phoned++
				}
			}
			s += fmt.Sprintf(" %s and %s have both cooperative and hostile relations (%g cooperative against %g hostile",
				story.Cap(story.Ref(level.g, tie.A)), story.Ref(level.g, tie.B), tie.Cooperative, tie.Hostile)
			if phoned > 0 {
				s += fmt.Sprintf(", %s among the cooperative ones", story.Plural(phoned, "a phone call", fmt.Sprintf("%d phone calls", phoned)))
			}
			s += "): "
			switch tie.Sign {
			case graph.Neutral:
				s += "the record is evenly split, so the pair counts with no sign."
			default:
				s += fmt.Sprintf("the pair counts as %s.", tie.Sign.Name())
			}
			for _, u := range b.Unbalanced {
				if slices.Contains(u.Actors[:], tie.A) && slices.Contains(u.Actors[:], tie.B) {
					s += fmt.Sprintf(" That %s tie is a side of the unbalanced triangle %s.", tie.Sign.Name(), u.Text)
				}
			}
		}
		text = append(text, s)
	}
	return t, text, nil
}

// blocs tabulates the two blocs, each member with the ties that hold it
// there and those that strain it (one table per bloc), and the frustrated
// ties; and says what the split rests on.
func blocs(g *graph.Graph, al analysis.Alignment) (blocTable *table.Table, members [2]*table.Table, frustrated *table.Table, text []string, err error) {
	blocTable, err = table.New("The two blocs",
		table.Column{Name: "Bloc"}, table.Column{Name: "Actors", Type: table.IntegerType}, table.Column{Name: "Members"})
	if err != nil {
		return
	}
	frustrated, err = table.New("The ties that strain the split",
		table.Column{Name: "Pair"}, table.Column{Name: "Sign"}, table.Column{Name: "Relations"})
	if err != nil {
		return
	}
	var label [2]string
	var enemies [2][]string // members placed by hostile ties alone
	for i, bloc := range al.Blocs {
		var states, ids []string
		for _, m := range bloc {
			ids = append(ids, m.ID)
			if a, _ := g.Actor(m.ID); a.Kind == actors.State {
				states = append(states, m.ID)
			}
		}
		label[i] = fmt.Sprintf("bloc %d", i+1)
		if len(states) > 0 {
			label[i] = "the bloc around " + story.Join(story.Refs(g, states))
		}
		if err = blocTable.AddRow(story.Cap(label[i]), len(bloc), strings.Join(story.Names(g, ids), ", ")); err != nil {
			return
		}
		members[i], err = table.New(story.Cap(label[i])+": why each member stands there",
			table.Column{Name: "Actor"}, table.Column{Name: "Held there by"}, table.Column{Name: "Strained by"})
		if err != nil {
			return
		}
		members[i].Notes = []string{"“With”: a cooperative tie, or an office (serves, leads) that binds an official to a state; “against”: a hostile tie. A tie within the bloc holds when cooperative, one across when hostile; the others strain."}
		for _, m := range bloc {
			if err = members[i].AddRow(story.Name(g, m.ID), ties(g, m.ID, m.Support()), ties(g, m.ID, m.Strain())); err != nil {
				return
			}
			hostileOnly := len(m.Support()) > 0
			for _, t := range m.Support() {
				hostileOnly = hostileOnly && t.Sign == graph.Hostile
			}
			if hostileOnly {
				enemies[i] = append(enemies[i], m.ID)
			}
		}
	}
	phoned := 0
	var calls []string
	for _, tie := range al.Frustrated {
		var rels []string
		call := false
		for _, rel := range tie.Relations {
			rels = append(rels, story.Brief(g, rel))
			call = call || rel.Kind == graph.Phoned
		}
		if call {
			phoned++
			calls = append(calls, story.Ref(g, tie.A)+" – "+story.Ref(g, tie.B))
		}
		if err = frustrated.AddRow(story.Name(g, tie.A)+" – "+story.Name(g, tie.B), tie.Sign.Name(), strings.Join(rels, "; ")); err != nil {
			return
		}
	}
	if len(al.Blocs[0]) == 0 || len(al.Blocs[1]) == 0 {
		text = append(text, "No hostile tie divides the actors: they make one bloc.")
		return
	}
	exact := "the fewest any split allows"
	if !al.Exact {
		exact = fmt.Sprintf("at most %d, at least %d", al.Frustration, al.LowerBound)
	}
	s := fmt.Sprintf("Split in two with as few contradictions as possible, the actors fall into %s (%s) and %s (%s).",
		label[0], story.Count(len(al.Blocs[0]), "actor"), label[1], story.Count(len(al.Blocs[1]), "actor"))
	if len(al.Frustrated) == 0 {
		s += " No tie strains the split: every cooperative tie is within a bloc, every hostile one across."
	} else {
		s += fmt.Sprintf(" %s the split (%s): %s.", story.Plural(len(al.Frustrated), "One tie strains", fmt.Sprintf("%d ties strain", len(al.Frustrated))), exact, describe(g, al.Frustrated))
	}
	if phoned > 0 {
		s += fmt.Sprintf(" %s a phone call (%s): the calls are contacts across the divide, not alignment.",
			story.Plural(phoned, "One of them carries", fmt.Sprintf("%d of them carry", phoned)), story.Join(calls))
	}
	text = append(text, s)
	var placed []string
	for i := range enemies {
		if len(enemies[i]) > 0 {
			placed = append(placed, fmt.Sprintf("in %s, %s", label[i], story.Join(story.Refs(g, enemies[i]))))
		}
	}
	if len(placed) > 0 {
		text = append(text, fmt.Sprintf("Some actors are placed only by whom they oppose, as enemies of an enemy: %s. Read their places as “against the other side”, not as alliances.",
			strings.Join(placed, "; ")))
	}
	if n := len(al.Unaligned); n > 0 {
		text = append(text, fmt.Sprintf("Nothing places %s: %s no signed tie, or only offices tying %s to actors with none.",
			story.Join(story.Refs(g, al.Unaligned)), story.Plural(n, "it has", "they have"), story.Plural(n, "it", "them")))
	}
	if n := len(al.Apart); n > 0 {
		var groups []string
		for _, sides := range al.Apart {
			var ids []string
			for _, side := range sides {
				for _, m := range side {
					ids = append(ids, m.ID)
				}
			}
			groups = append(groups, story.Join(story.Refs(g, ids)))
		}
		if n == 1 {
			text = append(text, fmt.Sprintf("One smaller group, %s, has no signed tie to the main conflict, so which side it would join is unknown.", groups[0]))
		} else {
			text = append(text, fmt.Sprintf("%d smaller groups have no signed tie to the main conflict, so which side each would join is unknown: %s.", n, strings.Join(groups, "; ")))
		}
	}
	return
}

// ties writes an actor's ties as "with Russia (serves); against Ukraine
// (mobilised forces against)".
func ties(g *graph.Graph, id string, ts []analysis.Tie) string {
	var out []string
	for _, t := range ts {
		var verbs []string
		for _, rel := range t.Relations {
			k, _ := g.Kind(rel.Kind)
			if v := k.Verb(); !slices.Contains(verbs, v) {
				verbs = append(verbs, v)
			}
		}
		side := "with"
		if t.Sign == graph.Hostile {
			side = "against"
		}
		out = append(out, fmt.Sprintf("%s %s (%s)", side, story.Ref(g, t.Other(id)), strings.Join(verbs, ", ")))
	}
	return strings.Join(out, "; ")
}

// describe writes ties as "John Kerry – Sergei Lavrov".
func describe(g *graph.Graph, ts []analysis.Tie) string {
	var out []string
	for _, t := range ts {
		out = append(out, fmt.Sprintf("%s – %s", story.Ref(g, t.A), story.Ref(g, t.B)))
	}
	return story.Join(out)
}
