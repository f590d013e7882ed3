package analysis_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// TestMeasureAndTimeUnitEnums checks the conventions of enums: names and
// text round trips, case, aliases, and bad names and values.
func TestMeasureAndTimeUnitEnums(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	var ms, us []enum
	for _, m := range analysis.Measures() {
		ms = append(ms, m)
	}
	for _, u := range analysis.TimeUnits() {
		us = append(us, u)
	}
	cases := []struct {
		name    string
		values  []enum
		parse   func(string) (enum, error)
		aliases map[string]enum
		bad     enum
	}{
		{"Measure", ms, func(s string) (enum, error) {
			var m analysis.Measure
			err := m.UnmarshalText([]byte(s))
			if v, perr := analysis.ParseMeasure(s); v != m || (perr == nil) != (err == nil) {
				t.Errorf("ParseMeasure(%q) and UnmarshalText disagree", s)
			}
			return m, err
		}, map[string]enum{"hits": analysis.MeasureHubs, "In-Degree": analysis.MeasureInDegree,
			"out-degree": analysis.MeasureOutDegree, "core-number": analysis.MeasureCore}, analysis.Measure(200)},
		{"TimeUnit", us, func(s string) (enum, error) {
			var u analysis.TimeUnit
			err := u.UnmarshalText([]byte(s))
			if v, perr := analysis.ParseTimeUnit(s); v != u || (perr == nil) != (err == nil) {
				t.Errorf("ParseTimeUnit(%q) and UnmarshalText disagree", s)
			}
			return u, err
		}, map[string]enum{"month": analysis.Months, "Week": analysis.Weeks, "day": analysis.Days,
			"quarter": analysis.Quarters, "YEAR": analysis.Years}, analysis.TimeUnit(99)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(c.values) < 5 {
				t.Fatalf("%d values", len(c.values))
			}
			var names []string
			for _, v := range c.values {
				text, err := v.MarshalText()
				if err != nil || string(text) != v.String() {
					t.Errorf("%v: MarshalText %q, %v", v, text, err)
				}
				for _, s := range []string{v.String(), strings.ToUpper(v.String())} {
					if got, err := c.parse(s); err != nil || got != v {
						t.Errorf("parse %q = %v, %v; want %v", s, got, err, v)
					}
				}
				names = append(names, v.String())
			}
			if distinct := slices.Compact(slices.Sorted(slices.Values(names))); len(distinct) != len(names) {
				t.Errorf("names not distinct: %v", names)
			}
			for s, want := range c.aliases {
				if got, err := c.parse(s); err != nil || got != want {
					t.Errorf("alias %q = %v, %v; want %v", s, got, err, want)
				}
			}
			for _, s := range []string{"no-such-name", "", " pagerank", "s"} {
				_, err := c.parse(s)
				if !errors.Is(err, analysis.ErrBadOption) {
					t.Errorf("bad name %q: %v, want ErrBadOption", s, err)
				}
				for _, n := range names {
					if err == nil || !strings.Contains(err.Error(), n) {
						t.Errorf("error %v does not list %q", err, n)
					}
				}
			}
			if _, err := c.bad.MarshalText(); !errors.Is(err, analysis.ErrBadOption) {
				t.Errorf("MarshalText of %v: %v, want ErrBadOption", c.bad, err)
			}
			if !strings.Contains(c.bad.String(), c.name) {
				t.Errorf("String of an invalid value: %q", c.bad.String())
			}
		})
	}
	var lines []string
	for _, m := range analysis.Measures() {
		if d := m.Description(); d == "" || strings.Contains(d, "\n") {
			t.Errorf("%v: description %q, want one line", m, d)
		}
		lines = append(lines, m.Description())
	}
	if len(slices.Compact(slices.Sorted(slices.Values(lines)))) != len(lines) {
		t.Error("two measures share a description")
	}
	if analysis.Measure(200).Description() != "" {
		t.Error("an invalid measure has a description")
	}
}

func FuzzParseMeasure(f *testing.F) {
	for _, m := range analysis.Measures() {
		f.Add(m.String())
	}
	f.Add("")
	f.Add("HITS")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := analysis.ParseMeasure(s)
		if err != nil {
			if !errors.Is(err, analysis.ErrBadOption) {
				t.Fatalf("%q: %v does not wrap ErrBadOption", s, err)
			}
			return
		}
		if !slices.Contains(analysis.Measures(), m) {
			t.Fatalf("%q parsed as %v", s, m)
		}
		if again, err := analysis.ParseMeasure(m.String()); err != nil || again != m {
			t.Fatalf("%v does not read back: %v, %v", m, again, err)
		}
	})
}

func FuzzParseTimeUnit(f *testing.F) {
	for _, u := range analysis.TimeUnits() {
		f.Add(u.String())
	}
	f.Add("")
	f.Add("Month")
	f.Fuzz(func(t *testing.T, s string) {
		u, err := analysis.ParseTimeUnit(s)
		if err != nil {
			if !errors.Is(err, analysis.ErrBadOption) {
				t.Fatalf("%q: %v does not wrap ErrBadOption", s, err)
			}
			return
		}
		if !strings.EqualFold(u.String(), s) && !strings.EqualFold(u.String(), s+"s") || !slices.Contains(analysis.TimeUnits(), u) {
			t.Fatalf("%q parsed as %v", s, u)
		}
	})
}

// TestCompute checks that every named measure is the function it names,
// with MeasureOptions reaching it.
func TestCompute(t *testing.T) {
	ctx := context.Background()
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	must := func(s []analysis.Score, err error) []analysis.Score {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	for _, weighted := range []bool{false, true} {
		hubs, auths, err := analysis.HITS(p, analysis.HITSOptions{Weighted: weighted})
		if err != nil {
			t.Fatal(err)
		}
		want := map[analysis.Measure][]analysis.Score{
			analysis.MeasurePageRank:    must(analysis.PageRank(p, analysis.PageRankOptions{Weighted: weighted})),
			analysis.MeasureDegree:      analysis.Degree(p, analysis.DegreeOptions{Weighted: weighted}),
			analysis.MeasureInDegree:    analysis.Degree(p, analysis.DegreeOptions{Direction: analysis.In, Weighted: weighted}),
			analysis.MeasureOutDegree:   analysis.Degree(p, analysis.DegreeOptions{Direction: analysis.Out, Weighted: weighted}),
			analysis.MeasureBetweenness: must(analysis.Betweenness(ctx, p, analysis.BetweennessOptions{Weighted: weighted})),
			analysis.MeasureCloseness:   must(analysis.Closeness(ctx, p, analysis.ClosenessOptions{Weighted: weighted})),
			analysis.MeasureHarmonic:    must(analysis.Harmonic(ctx, p, analysis.HarmonicOptions{Weighted: weighted})),
			analysis.MeasureEigenvector: must(analysis.Eigenvector(p, analysis.EigenvectorOptions{Weighted: weighted})),
			analysis.MeasureKatz:        must(analysis.Katz(p, analysis.KatzOptions{Weighted: weighted})),
			analysis.MeasureHubs:        hubs,
			analysis.MeasureAuthorities: auths,
			analysis.MeasureCore:        analysis.CoreNumbers(p),
			analysis.MeasureReciprocity: analysis.NodeReciprocity(p),
		}
		if len(want) != len(analysis.Measures()) {
			t.Fatalf("the test covers %d of %d measures", len(want), len(analysis.Measures()))
		}
		for _, m := range analysis.Measures() {
			got, err := analysis.Compute(ctx, p, m, analysis.MeasureOptions{Weighted: weighted})
			if err != nil || !slices.Equal(got, want[m]) {
				t.Errorf("Compute %v (weighted %v) differs from its function (%v)", m, weighted, err)
			}
		}
	}
	sampled := must(analysis.Betweenness(ctx, p, analysis.BetweennessOptions{Samples: 10, Seed: 3}))
	if got := must(analysis.Compute(ctx, p, analysis.MeasureBetweenness, analysis.MeasureOptions{Samples: 10, Seed: 3})); !slices.Equal(got, sampled) {
		t.Error("Samples and Seed do not reach betweenness")
	}
	if exact := must(analysis.Compute(ctx, p, analysis.MeasureBetweenness, analysis.MeasureOptions{})); slices.Equal(exact, sampled) {
		t.Error("sampled betweenness equals the exact one: the test cannot tell Samples works")
	}
	if _, err := analysis.Compute(ctx, p, analysis.Measure(99), analysis.MeasureOptions{}); !errors.Is(err, analysis.ErrBadOption) {
		t.Errorf("unknown measure: %v, want ErrBadOption", err)
	}
	if _, err := analysis.Compute(ctx, p, analysis.MeasureBetweenness, analysis.MeasureOptions{Samples: -1}); !errors.Is(err, analysis.ErrBadOption) {
		t.Errorf("negative samples: %v, want ErrBadOption", err)
	}
}

// TestRanks checks competition ranking: ties share a rank and the next one
// skips, within TieTolerance measured from the first of a tie.
func TestRanks(t *testing.T) {
	third := 0.1 + 0.2 // 0.30000000000000004
	near := 1 - 0.6*analysis.TieTolerance
	tests := []struct {
		name   string
		scores []float64
		want   []int
	}{
		{"distinct", []float64{3, 2, 1}, []int{1, 2, 3}},
		{"1224", []float64{4, 3, 3, 1}, []int{1, 2, 2, 4}},
		{"all tied", []float64{0.5, 0.5, 0.5}, []int{1, 1, 1}},
		{"ties at the top and bottom", []float64{9, 9, 5, 0, 0}, []int{1, 1, 3, 4, 4}},
		{"rounding ties", []float64{third, 0.3, 0.2}, []int{1, 1, 3}},
		{"ties do not chain", []float64{1, near, near * near, near * near * near}, []int{1, 1, 3, 3}},
		{"zero ties only with zero", []float64{1e-300, 0, 0}, []int{1, 2, 2}},
		{"beyond the tolerance", []float64{1, 1 - 3*analysis.TieTolerance}, []int{1, 2}},
		{"NaN ties with nothing", []float64{1, math.NaN(), math.NaN()}, []int{1, 2, 3}},
		{"empty", nil, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := make([]analysis.Score, len(tt.scores))
			for i, v := range tt.scores {
				s[i] = analysis.Score{ID: string(rune('a' + i)), Score: v}
			}
			got := analysis.Ranks(s)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Ranks %v, want %v", got, tt.want)
			}
			for i, x := range s {
				if r, ok := analysis.Rank(s, x.ID); !ok || r != tt.want[i] {
					t.Errorf("Rank(%s) = %d, %v; want %d", x.ID, r, ok, tt.want[i])
				}
			}
			if r, ok := analysis.Rank(s, "nobody"); ok || r != 0 {
				t.Errorf("Rank of an absent actor: %d, %v", r, ok)
			}
		})
	}
	// On a real measure: core numbers are small integers, so they tie.
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	core := analysis.CoreNumbers(p)
	ranks := analysis.Ranks(core)
	if ranks[0] != 1 || ranks[1] != 1 || core[0].Score != core[1].Score {
		t.Errorf("tied core numbers %v ranked %v", core[:2], ranks[:2])
	}
}

// TestIsolates checks which actors Isolates names, in the projection's
// view and weighting.
func TestIsolates(t *testing.T) {
	g := disconnected()
	if got := analysis.Isolates(analysis.Project(g, analysis.ProjectOptions{})); !slices.Equal(got, []string{"O", "P"}) {
		t.Errorf("isolates %v, want [O P]", got)
	}
	// Relations weighing nothing add no edge: M and N are tied only by a
	// negotiation.
	noTalks := analysis.ProjectOptions{WeightFunc: func(r graph.Relation, k graph.Kind) float64 {
		if r.Kind == graph.Negotiated {
			return 0
		}
		return 1
	}}
	if got := analysis.Isolates(analysis.Project(g, noTalks)); !slices.Equal(got, []string{"M", "N", "O", "P"}) {
		t.Errorf("isolates without negotiations %v, want [M N O P]", got)
	}
}

// TestIsolatesOverTime checks that series points and rank changes mark the
// actors without relations in a view instead of ranking them.
func TestIsolatesOverTime(t *testing.T) {
	b := graph.NewBuilder()
	for _, id := range []string{"A", "B", "C", "D", "E"} {
		b.Add(actors.Actor{ID: id, Name: id, Kind: actors.State})
	}
	b.AddRelation(graph.NewRelation("C", "D", graph.Phoned).On(date.MustParse("2014-03-01")))
	b.AddRelation(graph.NewRelation("D", "E", graph.Condemned).On(date.MustParse("2014-03-02")))
	b.AddRelation(graph.NewRelation("A", "B", graph.Phoned).On(date.MustParse("2014-03-10")))
	b.AddRelation(graph.NewRelation("A", "C", graph.Phoned).On(date.MustParse("2014-03-11")))
	b.AddRelation(graph.NewRelation("A", "D", graph.Phoned).On(date.MustParse("2014-03-12")))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	weeks, err := analysis.Windows(date.MustParse("2014-03-01"), date.MustParse("2014-03-12"), analysis.WindowOptions{Every: analysis.Weeks})
	if err != nil {
		t.Fatal(err)
	}
	series, err := analysis.Series(ctx, g, weeks, analysis.SeriesOptions{Measure: analysis.MeasureDegree, Filter: graph.Filter{DropUndated: true}})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"A", "B"}, {"A", "B", "C", "D", "E"}, {"E"}}
	if len(series) != len(want) {
		t.Fatalf("%d points for %v", len(series), weeks)
	}
	for i, pt := range series {
		if !slices.Equal(pt.Isolates, want[i]) {
			t.Errorf("%s: isolates %v, want %v", pt.Window.Format(), pt.Isolates, want[i])
		}
	}
	c, err := analysis.CompareRanks(ctx, g, "A", date.Between(date.MustParse("2014-03-05"), date.MustParse("2014-03-31")),
		analysis.CompareRanksOptions{Measure: analysis.MeasureDegree})
	if err != nil {
		t.Fatal(err)
	}
	// As of the 5th A has no relation; as of the 31st it is tied to three
	// actors, as D is: both rank first.
	if !c.IsolatedBefore || c.IsolatedAfter || c.Before != 0 || c.After != 1 || c.Moved() != 0 || len(c.Gained) != 3 {
		t.Errorf("A: %+v; want isolated before, rank 1 after, no move, 3 relations gained", c)
	}
	d, err := analysis.CompareRanks(ctx, g, "E", date.Between(date.MustParse("2014-03-05"), date.MustParse("2014-03-31")),
		analysis.CompareRanksOptions{Measure: analysis.MeasureDegree})
	if err != nil {
		t.Fatal(err)
	}
	// As of the 5th E ties with C behind D (A and B are not ranked); as of
	// the 31st, degrees are A 3, D 3, C 2, B 1, E 1: E ties with B for 4th.
	if d.IsolatedBefore || d.Before != 2 || d.After != 4 || d.Moved() != -2 {
		t.Errorf("E: %+v; want rank 2 before, 4 after", d)
	}
}

// TestKatzDiverges checks that Katz centrality past 1/lambda_max fails as
// soon as the scores overflow rather than after every iteration.
func TestKatzDiverges(t *testing.T) {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	start := time.Now()
	_, err := analysis.Katz(p, analysis.KatzOptions{Alpha: 10, MaxIter: 1 << 30})
	if !errors.Is(err, analysis.ErrNotConverged) {
		t.Fatalf("%v, want ErrNotConverged", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to see the divergence", d)
	}
}
