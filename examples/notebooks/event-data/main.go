// Command event-data is the third narrative of diplograph: relations among
// Russia, Ukraine and the United States in real coded event data, the
// samples of ICEWS and GDELT that package events/sample embeds, aggregated
// by month.
//
//	go run ./examples/notebooks/event-data -out out/event-data
//
// The data are embedded, so it runs from any folder. It goes through
// numbered steps, printing each table as it goes:
//
//  1. read every sample file, and account for what each holds among the
//     three countries;
//  2. ingest them together, one relation per sender, target, kind and
//     month, and tabulate the events by pair and month, with the caveat
//     that ICEWS codes symmetric events twice;
//  3. chart cooperative and hostile events by pair and month;
//  4. follow PageRank, weighted by events, month by month;
//  5. draw the relations.
//
// It writes DIR/report.html, DIR/report.md and the figures beside it
// (DIR/report-*.svg), DIR being -out (default ./out). Every sentence that
// states a result is computed from the results.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/events/sample"
	"github.com/diplograph/diplograph/examples/notebooks/internal/story"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/render"
	"github.com/diplograph/diplograph/report"
	"github.com/diplograph/diplograph/report/chart"
	"github.com/diplograph/diplograph/report/table"
)

// options are the command's flags.
type options struct {
	out       string    // the folder the report goes into
	countries []string  // the countries whose relations the narrative follows
	from, to  date.Date // the months it follows them over
}

// files are the embedded samples the narrative reads, events only (the
// GDELT 2.0 mentions add citations to events, not events).
var files = []string{sample.ICEWS, sample.GDELT2Export, sample.GDELT2Events, sample.GDELT1Events}

func main() {
	var o options
	countries, from, to := "RUS,UKR,USA", "2018-01", "2018-06"
	flag.StringVar(&o.out, "out", "out", "folder to write report.html, report.md and the figures into")
	flag.StringVar(&countries, "countries", countries, "the countries whose relations to follow (CAMEO/ISO3 codes, comma-separated)")
	flag.StringVar(&from, "from", from, "the first month to follow (YYYY-MM)")
	flag.StringVar(&to, "to", to, "the last month to follow (YYYY-MM)")
	flag.Parse()
	var err error
	if o.from, err = date.Parse(from); err == nil {
		o.to, err = date.Parse(to)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "event-data:", err)
		os.Exit(2)
	}
	o.countries = strings.Split(countries, ",")
	if err := run(context.Background(), os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "event-data:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, o options) error {
	months, err := analysis.Windows(o.from, o.to, analysis.WindowOptions{Every: analysis.Months})
	if err != nil {
		return err
	}
	period := fmt.Sprintf("from %s to %s", months[0].Format(), months[len(months)-1].Format())
	if len(months) == 1 {
		period = "in " + months[0].Format()
	}

	// Step 1: what each sample holds among the countries. Each file is
	// read on its own, every event kept as a relation between countries
	// (ActorsCountry folds Lavrov and the Russian government into Russia).
	story.Step(w, 1, "the samples")
	ft, files, err := survey(ctx, o)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, ft)

	// Step 2: all the samples together, aggregated: one relation per
	// sender, target, kind and month, weighing its number of events, over
	// the months followed.
	story.Step(w, 2, "events by pair and month")
	g, rep, err := ingest(ctx, events.Options{
		Title:     "Events among " + strings.Join(o.countries, ", ") + " in ICEWS and GDELT samples",
		Actors:    events.ActorsCountry,
		Countries: o.countries,
		Aggregate: events.PerMonth,
		Weight:    events.WeightCount,
		// This analysis finds ICEWS's mirrored pairs itself, so it keeps
		// every coded row (the ingester folds them by default).
		KeepDoubleCoded: true,
		From:            months[0].Since,
		To:              months[len(months)-1].Until,
	})
	if err != nil {
		return err
	}
	rep.WriteTo(w)
	c := tally(g, o.countries, months)
	pt, err := c.table()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, pt)

	who := story.Join(story.Refs(g, c.ids))
	r := report.New(story.Cap(who) + " in coded event data")
	among, between := "between", "between the two"
	if len(c.ids) > 2 {
		among, between = "among", fmt.Sprintf("between two of these %d countries", len(c.ids))
	}
	intro := fmt.Sprintf("What do machine-coded event data say about relations %s %s? This report reads the samples of ICEWS and GDELT "+
		"that diplograph embeds, keeps the events %s, and aggregates them by month %s.", among, who, between, period)
	r.Text(intro)
	r.Heading(1, "The data")
	r.Text(files.text())
	r.Table(ft)

	r.Heading(1, "Events by pair and month")
	summary := c.summary(g)
	caveat := c.caveat()
	fmt.Fprintln(w, summary)
	fmt.Fprintln(w, caveat)
	r.Text(summary)
	r.Text(caveat)
	r.Table(pt)
	rt, err := relationTable(g)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, rt)

	// Step 3: charts of cooperative and hostile events, by pair and month.
	story.Step(w, 3, "charts")
	caption := fmt.Sprintf("Source: %s. Counts as coded; ICEWS codes symmetric events twice.", files.short())
	ties := c.ties()
	dc, err := chart.Diverging(ties, chart.Options{
		Title:    "Cooperative and hostile events, by month and pair",
		YLabel:   "Month and pair",
		XLabel:   "Events (hostile to the left, cooperative to the right)",
		Caption:  caption,
		MaxLabel: 40,
	})
	if err != nil {
		return err
	}
	svg, err := story.SVG(dc.WriteSVG)
	if err != nil {
		return err
	}
	r.Figure("pairs", svg, "Each row a pair of countries in a month with data, events either way; neutral events (statements, comments) are left out.")
	lc, err := chart.Lines(c.series(), chart.Options{
		Title:   "Net cooperation by month: cooperative less hostile events",
		YLabel:  "Cooperative less hostile events",
		Caption: caption,
	})
	if err != nil {
		return err
	}
	if svg, err = story.SVG(lc.WriteSVG); err != nil {
		return err
	}
	r.Figure("months", svg, fmt.Sprintf("Each pair's cooperative events less its hostile ones, month by month. A month no sample covers is a gap, not a zero: %s.", c.gaps()))
	r.Heading(2, "Relation by relation")
	r.Text("The aggregated relations: one per sender, target, kind and month, with its number of events and their mean Goldstein score.")
	r.Table(rt)
	fmt.Fprintln(w, "charted", ties.Labels)

	// Step 4: PageRank month by month, each edge weighing its number of
	// events: who the events point to, weighted by the standing of those
	// who send them. Each month counts the events of that month only.
	story.Step(w, 4, "PageRank by month")
	points, err := monthly(ctx, g, months)
	if err != nil {
		return err
	}
	// The table shows the months with events; the chart every month, a
	// month without events a gap.
	var withData []analysis.Point
	for i, pt := range points {
		if c.sampled[i] {
			withData = append(withData, pt)
		}
	}
	st, err := table.Series("PageRank by month, weighted by events", withData, table.OverTimeOptions{})
	if err != nil {
		return err
	}
	st.Notes = append(st.Notes, "Each month's relations only; each edge weighs its number of events.")
	fmt.Fprintln(w, st)
	ptext := leaders(g, points, c)
	fmt.Fprintln(w, ptext)
	ls, err := chart.FromSeries("PageRank", points, c.ids)
	if err != nil {
		return err
	}
	pc, err := chart.Lines(ls, chart.Options{
		Title:   "PageRank by month, weighted by events",
		Caption: fmt.Sprintf("Source: %s. A gap: no event that month.", files.short()),
	})
	if err != nil {
		return err
	}
	if svg, err = story.SVG(pc.WriteSVG); err != nil {
		return err
	}
	r.Heading(1, "Who the events point to")
	r.Text("PageRank follows the direction of the events: an actor ranks high when many events, from actors that themselves draw events, are aimed at it. Each month is measured on its own events.")
	r.Text(ptext)
	r.Table(st)
	r.Figure("pagerank", svg, "PageRank of each country, month by month, weighted by events.")

	// Step 5: the relations drawn, parallel relations as one line each
	// way, labelled with their kinds and counts.
	story.Step(w, 5, "the diagram")
	if svg, err = story.Draw(ctx, g, render.Options{Title: g.Title(), Parallel: render.ParallelCollapse, EdgeDates: true}); err != nil {
		return err
	}
	r.Heading(1, "The relations, drawn")
	r.Diagram("relations", svg, g, "Every aggregated relation among the three countries; the relations between two countries in one direction are one line, labelled with their kinds and how many relations of each.")
	return story.Write(w, r, o.out)
}

// ingest reads every sample file into one graph with o.
func ingest(ctx context.Context, o events.Options) (*graph.Graph, events.Report, error) {
	in, err := events.NewIngester(o)
	if err != nil {
		return nil, events.Report{}, err
	}
	for _, f := range files {
		rd, err := events.OpenFS(sample.FS, f, o)
		if err != nil {
			return nil, events.Report{}, err
		}
		err = in.Read(ctx, rd)
		rd.Close()
		if err != nil {
			return nil, events.Report{}, err
		}
	}
	g, err := in.Graph()
	rep := in.Report()
	rep.Elapsed = 0 // the time it took: the only thing that differs from run to run
	return g, rep, err
}

// sampleFile is what one sample file holds among the countries.
type sampleFile struct {
	name        string
	dataset     events.Dataset
	rows, kept  int64
	first, last date.Date
	outside     int // kept events outside the months followed
}

// sampleFiles are the samples, in the order read.
type sampleFiles []sampleFile

// survey reads each sample on its own and tabulates what it holds among
// the countries: rows, events between two of them, their first and last
// days, and how many fall outside the months followed.
func survey(ctx context.Context, o options) (*table.Table, sampleFiles, error) {
	t, err := table.New("The samples",
		table.Column{Name: "File"}, table.Column{Name: "Data set"},
		table.Column{Name: "Rows", Type: table.IntegerType},
		table.Column{Name: "Events", Type: table.IntegerType},
		table.Column{Name: "First", Type: table.DateType}, table.Column{Name: "Last", Type: table.DateType},
		table.Column{Name: "Outside", Type: table.IntegerType})
	if err != nil {
		return nil, nil, err
	}
	var out sampleFiles
	for _, f := range files {
		eo := events.Options{Actors: events.ActorsCountry, Countries: o.countries, KeepDoubleCoded: true}
		rd, err := events.OpenFS(sample.FS, f, eo)
		if err != nil {
			return nil, nil, err
		}
		ds, err := rd.Dataset()
		if err != nil {
			rd.Close()
			return nil, nil, err
		}
		in, err := events.NewIngester(eo)
		if err != nil {
			rd.Close()
			return nil, nil, err
		}
		err = in.Read(ctx, rd)
		rd.Close()
		if err != nil {
			return nil, nil, err
		}
		g, err := in.Graph()
		if err != nil {
			return nil, nil, err
		}
		rep := in.Report()
		s := sampleFile{name: f, dataset: ds, rows: rep.Rows, kept: rep.Events}
		for rel := range g.Relations() {
			d := rel.When.Since
			if s.first.IsZero() || d.Compare(s.first) < 0 {
				s.first = d
			}
			if s.last.IsZero() || d.Compare(s.last) > 0 {
				s.last = d
			}
			if d.Compare(o.from) < 0 && !o.from.Covers(d) || d.Compare(o.to) > 0 && !o.to.Covers(d) {
				s.outside++
			}
		}
		out = append(out, s)
		if err := t.AddRow(s.name, datasetName(s.dataset), s.rows, s.kept, s.first, s.last, s.outside); err != nil {
			return nil, nil, err
		}
	}
	t.Notes = []string{"Events: those between two of the countries, either way, at country level, first and last dated as shown (a dash: none). Outside: how many of them fall outside the months followed."}
	return t, out, nil
}

// text says what the samples hold, and which events fall outside.
func (fs sampleFiles) text() string {
	var held, none, outside []string
	for _, f := range fs {
		switch {
		case f.kept == 0:
			none = append(none, fmt.Sprintf("%s (%s)", f.name, datasetName(f.dataset)))
		default:
			held = append(held, fmt.Sprintf("%s in %s (%s, %s)", story.Count(int(f.kept), "event"), f.name, datasetName(f.dataset), span(f.first, f.last)))
		}
		if f.outside > 0 {
			outside = append(outside, fmt.Sprintf("%d of %s", f.outside, f.name))
		}
	}
	s := "The samples are small slices of two large data sets, not a record of the period: " + story.Join(held) + "."
	if len(none) > 0 {
		s += fmt.Sprintf(" %s %s no event between two of the countries.", story.Join(none), story.Plural(len(none), "holds", "hold"))
	}
	if len(outside) > 0 {
		s += fmt.Sprintf(" Left out as outside the months followed: %s.", story.Join(outside))
	}
	return s
}

// short names the samples that hold events, for a chart's caption:
// "ICEWS, 1–2 Jun 2018; GDELT 2.0, 1 Jan 2018 (samples)".
func (fs sampleFiles) short() string {
	var parts []string
	for _, f := range fs {
		if f.kept > 0 && f.outside < int(f.kept) {
			parts = append(parts, fmt.Sprintf("%s, %s", datasetName(f.dataset), span(f.first, f.last)))
		}
	}
	return strings.Join(parts, "; ") + " (samples)"
}

// datasetName names a data set for people: "ICEWS", "GDELT 2.0".
func datasetName(d events.Dataset) string {
	switch d {
	case events.ICEWS:
		return "ICEWS"
	case events.GDELT1:
		return "GDELT 1.0"
	case events.GDELT2, events.GDELT2Mentions:
		return "GDELT 2.0"
	}
	return d.String()
}

// span writes two days as "1 Jun 2018" or "1–2 Jun 2018" or "30 Dec 2017 –
// 1 Jan 2018".
func span(a, b date.Date) string {
	switch {
	case a == b:
		return a.Format()
	case a.Year() == b.Year() && a.Month() == b.Month() && a.Precision() == date.Day && b.Precision() == date.Day:
		return fmt.Sprintf("%d–%s", a.Day(), b.Format())
	}
	return a.Format() + " – " + b.Format()
}

// pair is two countries, in the order of -countries.
type pair struct{ a, b string }

// counts are the events of each pair by month and sign.
type counts struct {
	ids     []string    // the countries, in the order given
	names   []string    // their names
	pairs   []pair      // every pair of them
	months  []date.Span // the months followed
	sampled []bool      // whether any event falls in each month
	// n[pair][month][sign+1] counts events by sign (hostile, neutral,
	// cooperative).
	n map[pair][][3]int
	// goldstein[pair] sums Goldstein score times events.
	goldstein map[pair]float64
	// icews counts the ICEWS events; mirrored those of a symmetric kind
	// coded once each way in the same pair and month, both ways counted:
	// twice the events they likely stand for.
	icews, mirrored int
}

// tally counts g's events by pair, month and sign.
func tally(g *graph.Graph, ids []string, months []date.Span) counts {
	c := counts{ids: ids, months: months, sampled: make([]bool, len(months)), n: map[pair][][3]int{}, goldstein: map[pair]float64{}}
	for _, id := range ids {
		c.names = append(c.names, story.Name(g, id))
	}
	for i := range ids {
		for _, b := range ids[i+1:] {
			p := pair{ids[i], b}
			c.pairs = append(c.pairs, p)
			c.n[p] = make([][3]int, len(months))
		}
	}
	order := func(a, b string) pair {
		if slices.Index(ids, a) > slices.Index(ids, b) {
			a, b = b, a
		}
		return pair{a, b}
	}
	type key struct {
		kind, from, to string
		month          int
	}
	symmetric := map[key]int{}
	for rel := range g.Relations() {
		m := slices.IndexFunc(months, func(s date.Span) bool { return s.Overlaps(rel.When) })
		p := order(rel.From, rel.To)
		if m < 0 || c.n[p] == nil {
			continue
		}
		n := rel.Count
		c.sampled[m] = true
		c.n[p][m][g.SignOf(rel)+1] += n
		if gs, err := strconv.ParseFloat(rel.Attrs[events.AttrGoldstein], 64); err == nil {
			c.goldstein[p] += gs * float64(n)
		}
		if rel.Attrs[events.AttrDataset] == "icews" {
			c.icews += n
			if k, _ := g.Kind(rel.Kind); k.Symmetric {
				symmetric[key{rel.Kind, rel.From, rel.To, m}] += n
			}
		}
	}
	for k, n := range symmetric {
		if back, ok := symmetric[key{k.kind, k.to, k.from, k.month}]; ok {
			c.mirrored += min(n, back)
		}
	}
	return c
}

// label names a pair, "Russia – Ukraine".
func (c counts) label(p pair) string {
	return c.names[slices.Index(c.ids, p.a)] + " – " + c.names[slices.Index(c.ids, p.b)]
}

// total returns a pair's events of a sign over every month.
func (c counts) total(p pair, sign graph.Sign) int {
	n := 0
	for _, m := range c.n[p] {
		n += m[sign+1]
	}
	return n
}

// table tabulates the events by month and pair.
func (c counts) table() (*table.Table, error) {
	t, err := table.New("Events by pair and month",
		table.Column{Name: "Month"}, table.Column{Name: "Pair"},
		table.Column{Name: "Cooperative", Type: table.IntegerType}, table.Column{Name: "Hostile", Type: table.IntegerType},
		table.Column{Name: "Neutral", Type: table.IntegerType}, table.Column{Name: "Net", Type: table.IntegerType, Signed: true})
	if err != nil {
		return nil, err
	}
	for m, month := range c.months {
		if !c.sampled[m] {
			continue
		}
		for _, p := range c.pairs {
			n := c.n[p][m]
			if err := t.AddRow(month.Format(), c.label(p), n[2], n[0], n[1], n[2]-n[0]); err != nil {
				return nil, err
			}
		}
	}
	t.Notes = []string{"Events either way; net is cooperative less hostile. Months without any event are left out: no sample covers them."}
	return t, nil
}

// summary says which pair exchanged most events, and how cooperative each
// pair's record is.
func (c counts) summary(g *graph.Graph) string {
	type row struct {
		p                      pair
		coop, hostile, neutral int
	}
	var rows []row
	for _, p := range c.pairs {
		rows = append(rows, row{p, c.total(p, graph.Cooperative), c.total(p, graph.Hostile), c.total(p, graph.Neutral)})
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Compare(b.coop+b.hostile+b.neutral, a.coop+a.hostile+a.neutral)
	})
	var parts []string
	for _, x := range rows {
		all := x.coop + x.hostile + x.neutral
		if all == 0 {
			parts = append(parts, fmt.Sprintf("%s and %s, no event", story.Ref(g, x.p.a), story.Ref(g, x.p.b)))
			continue
		}
		parts = append(parts, fmt.Sprintf("%s and %s, %s (%d cooperative, %d hostile, %d neutral; mean Goldstein score %+.1f)",
			story.Ref(g, x.p.a), story.Ref(g, x.p.b), story.Count(all, "event"), x.coop, x.hostile, x.neutral, c.goldstein[x.p]/float64(all)))
	}
	s := "Pair by pair, over the months with data: " + strings.Join(parts, "; ") + "."
	if top := rows[0]; top.coop+top.hostile+top.neutral > 0 {
		tone := "more cooperative than hostile"
		switch {
		case top.hostile > top.coop:
			tone = "more hostile than cooperative"
		case top.hostile == top.coop:
			tone = "as hostile as cooperative"
		}
		s += fmt.Sprintf(" %s and %s exchange the most events, and their record is %s.", story.Cap(story.Ref(g, top.p.a)), story.Ref(g, top.p.b), tone)
	}
	return s
}

// caveat says how many ICEWS events are likely counted twice.
func (c counts) caveat() string {
	s := "A caveat on the counts: ICEWS codes a symmetric event, such as a meeting or a consultation, once from each side, so it appears twice, once each way."
	if c.mirrored > 0 {
		s += fmt.Sprintf(" Of the %s from ICEWS here, %d come in such mirrored pairs (the same symmetric kind, pair and month, once each way): they likely stand for %d events, not %d.",
			story.Count(c.icews, "event"), c.mirrored, c.mirrored/2, c.mirrored)
	}
	return s + " The tables and charts count events as coded."
}

// ties are the cooperative and hostile events of each pair in each month
// with data, for a diverging chart.
func (c counts) ties() chart.Ties {
	var t chart.Ties
	for m, month := range c.months {
		if !c.sampled[m] {
			continue
		}
		for _, p := range c.pairs {
			t.Labels = append(t.Labels, month.Format()+" · "+c.label(p))
			t.Cooperative = append(t.Cooperative, c.n[p][m][2])
			t.Hostile = append(t.Hostile, c.n[p][m][0])
		}
	}
	return t
}

// series is each pair's net cooperation by month, cooperative less
// hostile events, for a line chart; a month no sample covers is missing
// (NaN), a gap rather than a zero.
func (c counts) series() chart.Series {
	s := chart.Series{Measure: "net cooperation", Windows: c.months}
	for _, p := range c.pairs {
		line := chart.Line{Actor: c.label(p)}
		for m := range c.months {
			v := math.NaN()
			if c.sampled[m] {
				v = float64(c.n[p][m][2] - c.n[p][m][0])
			}
			line.Values = append(line.Values, v)
		}
		s.Lines = append(s.Lines, line)
	}
	return s
}

// gaps names the months no sample covers.
func (c counts) gaps() string {
	var out []string
	for m, month := range c.months {
		if !c.sampled[m] {
			out = append(out, month.Format())
		}
	}
	if len(out) == 0 {
		return "every month has data"
	}
	return story.Join(out) + " " + story.Plural(len(out), "has", "have") + " none"
}

// relationTable lists the aggregated relations: when, who, what, to
// whom, how many events and their mean Goldstein score, from which data
// set; by month, then most events first.
func relationTable(g *graph.Graph) (*table.Table, error) {
	t, err := table.New("The aggregated relations",
		table.Column{Name: "Month"}, table.Column{Name: "From"}, table.Column{Name: "Relation"}, table.Column{Name: "To"},
		table.Column{Name: "Events", Type: table.IntegerType},
		table.Column{Name: "Goldstein", Type: table.NumberType, Digits: 1, Fixed: true, Signed: true},
		table.Column{Name: "Data"})
	if err != nil {
		return nil, err
	}
	rels := slices.Collect(g.Relations())
	count := func(r graph.Relation) int { return r.Count }
	slices.SortStableFunc(rels, func(a, b graph.Relation) int {
		return cmp.Or(a.When.Since.Compare(b.When.Since), cmp.Compare(count(b), count(a)))
	})
	for _, rel := range rels {
		k, _ := g.Kind(rel.Kind)
		var gs any
		if v, err := strconv.ParseFloat(rel.Attrs[events.AttrGoldstein], 64); err == nil {
			gs = v
		}
		data := rel.Attrs[events.AttrDataset]
		if d, err := events.ParseDataset(data); err == nil {
			data = datasetName(d)
		}
		if err := t.AddRow(rel.When.Since.Format(), story.Name(g, rel.From), k.Verb(), story.Name(g, rel.To), count(rel), gs, data); err != nil {
			return nil, err
		}
	}
	t.Notes = []string{"Goldstein: the mean score of the events, from −10 (most hostile) to +10 (most cooperative). Relations of symmetric kinds (meetings, consultations) count both ways in the measures."}
	return t, nil
}

// monthly computes PageRank, weighted by events, on each month's events,
// as analysis.Series does but with every relation taken as the event it
// is, in the month it was coded. (A view selected by time keeps a
// relation of a state kind, such as backs, from its date on: package
// events maps CAMEO 051, praise or endorse, to backs, so that one coded
// endorsement in January would count in every month after it.)
func monthly(ctx context.Context, g *graph.Graph, months []date.Span) ([]analysis.Point, error) {
	var points []analysis.Point
	for _, month := range months {
		v, err := g.Filter(graph.Filter{Keep: func(r graph.Relation) bool {
			return month.Overlaps(date.At(r.When.Since))
		}})
		if err != nil {
			return nil, err
		}
		p := analysis.Project(v, analysis.ProjectOptions{Weighting: analysis.WeightByRelation})
		scores, err := analysis.Compute(ctx, p, analysis.MeasurePageRank, analysis.MeasureOptions{Weighted: true})
		if err != nil {
			return nil, err
		}
		points = append(points, analysis.Point{Window: month, Scores: scores, Isolates: analysis.Isolates(p)})
	}
	return points, nil
}

// leaders says which country PageRank puts first in each month with
// events, and on how many events it rests.
func leaders(g *graph.Graph, points []analysis.Point, c counts) string {
	var parts []string
	for i, pt := range points {
		if !c.sampled[i] || len(pt.Scores) == 0 {
			continue
		}
		top := pt.Scores[0]
		parts = append(parts, fmt.Sprintf("in %s, on %s, %s (%.2f)", pt.Window.Format(), story.Count(c.events(i), "event"), story.Ref(g, top.ID), top.Score))
	}
	if len(parts) == 0 {
		return "No month has events to rank."
	}
	s := story.Cap(fmt.Sprintf("the country the events point to most, by PageRank: %s.", strings.Join(parts, "; ")))
	if len(parts) < len(points) {
		s += fmt.Sprintf(" %s: no sample covers %s.", story.Cap(c.gaps()), story.Plural(len(points)-len(parts), "it", "them"))
	}
	return s
}

// events counts the events of every pair in month m.
func (c counts) events(m int) int {
	n := 0
	for _, p := range c.pairs {
		for _, x := range c.n[p][m] {
			n += x
		}
	}
	return n
}
