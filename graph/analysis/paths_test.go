package analysis_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

func TestNetworkXPaths(t *testing.T) {
	for _, tg := range testGraphs() {
		ref := loadReference(t, tg.name)
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		src, dst := ref.Paths.YenSource, ref.Paths.YenTarget
		for _, c := range []struct {
			name     string
			weighted bool
			want     []float64
		}{{"yen_hops", false, ref.Paths.YenHops}, {"yen_cost", true, ref.Paths.YenCost}} {
			t.Run(tg.name+"/"+c.name, func(t *testing.T) {
				o := analysis.KShortestPathsOptions{K: len(c.want), Weighted: c.weighted}
				paths, err := analysis.KShortestPaths(context.Background(), p, src, dst, o)
				if err != nil {
					t.Fatal(err)
				}
				var got []float64
				for _, pa := range paths {
					got = append(got, pa.Cost)
				}
				if !slices.EqualFunc(got, c.want, func(a, b float64) bool { return close(a, b, 1e-12) }) {
					t.Errorf("costs %v, NetworkX %v", got, c.want)
				}
				again, _ := analysis.KShortestPaths(context.Background(), p, src, dst, o)
				for i := range paths {
					if paths[i].String() != again[i].String() {
						t.Errorf("path %d not deterministic: %s, then %s", i, paths[i], again[i])
					}
				}
			})
		}
		t.Run(tg.name+"/simple_paths", func(t *testing.T) {
			paths, err := analysis.AllSimplePaths(context.Background(), p, src, dst, analysis.AllSimplePathsOptions{MaxHops: 4})
			if err != nil {
				t.Fatal(err)
			}
			if len(paths) != ref.Paths.SimplePaths4 {
				t.Errorf("%d paths, NetworkX %d", len(paths), ref.Paths.SimplePaths4)
			}
		})
	}
}

func TestPathErrors(t *testing.T) {
	p := analysis.Project(disconnected(), analysis.ProjectOptions{})
	cases := []struct {
		name string
		run  func() error
		want error
	}{
		{"unknown source", func() error {
			_, err := analysis.ShortestPath(p, "nobody", "A", analysis.ShortestPathOptions{})
			return err
		}, analysis.ErrUnknownActor},
		{"unknown target", func() error {
			_, err := analysis.KShortestPaths(context.Background(), p, "A", "nobody", analysis.KShortestPathsOptions{K: 2})
			return err
		}, analysis.ErrUnknownActor},
		{"no path across components", func() error { _, err := analysis.ShortestPath(p, "A", "F", analysis.ShortestPathOptions{}); return err }, analysis.ErrNoPath},
		{"no path against the direction", func() error { _, err := analysis.ShortestPath(p, "E", "A", analysis.ShortestPathOptions{}); return err }, analysis.ErrNoPath},
		{"negative k", func() error {
			_, err := analysis.KShortestPaths(context.Background(), p, "A", "E", analysis.KShortestPathsOptions{K: -1})
			return err
		}, analysis.ErrBadOption},
		{"negative hops", func() error {
			_, err := analysis.AllSimplePaths(context.Background(), p, "A", "E", analysis.AllSimplePathsOptions{MaxHops: -1})
			return err
		}, analysis.ErrBadOption},
		{"bad pagerank alpha", func() error { _, err := analysis.PageRank(p, analysis.PageRankOptions{Alpha: 1.5}); return err }, analysis.ErrBadOption},
		{"unknown personalization", func() error {
			_, err := analysis.PageRank(p, analysis.PageRankOptions{Personalization: map[string]float64{"nobody": 1}})
			return err
		}, analysis.ErrUnknownActor},
		{"katz alpha too large", func() error {
			_, err := analysis.Katz(p, analysis.KatzOptions{Alpha: 0.9, MaxIter: 50})
			return err
		}, analysis.ErrNotConverged},
		{"negative sample", func() error {
			_, err := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Samples: -1})
			return err
		}, analysis.ErrBadOption},
		{"ego of nobody", func() error { _, err := analysis.Ego(p, "nobody", analysis.EgoOptions{}); return err }, analysis.ErrUnknownActor},
		{"negative ego radius", func() error { _, err := analysis.Ego(p, "A", analysis.EgoOptions{Radius: -1}); return err }, analysis.ErrBadOption},
		{"modularity of nobody", func() error {
			_, err := analysis.Modularity(context.Background(), p, [][]string{{"nobody"}}, analysis.ModularityOptions{})
			return err
		}, analysis.ErrUnknownActor},
		{"actor in two groups", func() error {
			_, err := analysis.Modularity(context.Background(), p, [][]string{{"A", "B"}, {"B"}}, analysis.ModularityOptions{})
			return err
		}, analysis.ErrBadOption},
		{"negative resolution", func() error {
			_, err := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Resolution: -1})
			return err
		}, analysis.ErrBadOption},
		{"infinite resolution", func() error {
			_, err := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Resolution: math.Inf(1)})
			return err
		}, analysis.ErrBadOption},
		{"resolution not a number", func() error {
			_, err := analysis.Modularity(context.Background(), p, [][]string{{"A", "B"}}, analysis.ModularityOptions{Resolution: math.NaN()})
			return err
		}, analysis.ErrBadOption},
		{"negative tolerance", func() error {
			_, err := analysis.Eigenvector(p, analysis.EigenvectorOptions{Tol: -1})
			return err
		}, analysis.ErrBadOption},
		{"compare ranks without dates", func() error {
			_, err := analysis.CompareRanks(context.Background(), disconnected(), "A", date.Span{}, analysis.CompareRanksOptions{})
			return err
		}, analysis.ErrBadOption},
		{"compare ranks of nobody", func() error {
			_, err := analysis.CompareRanks(context.Background(), disconnected(), "nobody", date.Between(date.MustParse("2014"), date.MustParse("2015")), analysis.CompareRanksOptions{})
			return err
		}, analysis.ErrUnknownActor},
		{"series with a bad filter", func() error {
			weeks, _ := analysis.Windows(date.MustParse("2014-03-01"), date.MustParse("2014-03-14"), analysis.WindowOptions{Length: 7})
			_, err := analysis.Series(context.Background(), disconnected(), weeks, analysis.SeriesOptions{Filter: graph.Filter{Kinds: []string{"no-such-kind"}}})
			return err
		}, graph.ErrBadFilter},
		{"weekly windows backwards", func() error {
			_, err := analysis.Windows(date.MustParse("2014-03-10"), date.MustParse("2014-03-01"), analysis.WindowOptions{Length: 7})
			return err
		}, analysis.ErrBadOption},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := c.run(); !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
		})
	}
	t.Run("hits without edges", func(t *testing.T) {
		empty, _ := disconnected().Filter(graph.Filter{Actors: []string{"O", "P"}})
		if _, _, err := analysis.HITS(analysis.Project(empty, analysis.ProjectOptions{}), analysis.HITSOptions{}); !errors.Is(err, analysis.ErrEmpty) {
			t.Errorf("error %v, want ErrEmpty", err)
		}
	})
}

func TestPathRelations(t *testing.T) {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	cases := []struct {
		name, from, to string
		o              analysis.ShortestPathOptions
		want           string // first sentence starts with
	}{
		{"directed", "klitschko", "poroshenko", analysis.ShortestPathOptions{}, "Vitaly Klitschko withdrew in favour of Petro Poroshenko (29 Mar 2014): “He announced on Saturday"},
		{"against the relation", "poroshenko", "klitschko", analysis.ShortestPathOptions{Undirected: true}, "Vitaly Klitschko withdrew in favour of Petro Poroshenko"},
		{"symmetric kind backwards", "kerry", "lavrov", analysis.ShortestPathOptions{}, "John Kerry phoned Sergei Lavrov (29 Mar 2014), according to Russian officials"},
		{"symmetric only", "kerry", "lavrov", analysis.ShortestPathOptions{Weighted: true}, "John Kerry phoned Sergei Lavrov"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pa, err := analysis.ShortestPath(p, c.from, c.to, c.o)
			if err != nil {
				t.Fatal(err)
			}
			if s := pa.Sentences(); len(s) == 0 || !strings.HasPrefix(s[0], c.want) {
				t.Errorf("explanation %q, want it to start with %q", s, c.want)
			}
			for _, st := range pa.Steps {
				for _, r := range st.Relations {
					if !(r.From == st.From && r.To == st.To || r.From == st.To && r.To == st.From) {
						t.Errorf("step %s->%s holds relation %s", st.From, st.To, r.ID)
					}
				}
			}
		})
	}
	// lavrov -> kerry exists only through the symmetric agreed-to-meet.
	pa, err := analysis.ShortestPath(p, "lavrov", "kerry", analysis.ShortestPathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := pa.Steps[0].Relations; len(got) != 1 || got[0].Kind != graph.AgreedToMeet {
		t.Errorf("lavrov -> kerry rests on %v, want the agreed-to-meet relation", got)
	}
}

func TestCompareRanks(t *testing.T) {
	g := ukraine()
	between := date.Between(date.MustParse("2014-03-28"), date.MustParse("2014-03-30"))
	c, err := analysis.CompareRanks(context.Background(), g, "klitschko", between, analysis.CompareRanksOptions{Measure: analysis.MeasureDegree})
	if err != nil {
		t.Fatal(err)
	}
	var gained, lost []string
	for _, r := range c.Gained {
		gained = append(gained, r.Kind)
	}
	for _, r := range c.Lost {
		lost = append(lost, r.Kind)
	}
	// On the 29th he withdrew for Poroshenko, backed him and appealed to the
	// democratic forces; his candidacy ran until the 29th.
	if want := []string{graph.WithdrewFor, graph.Backs, graph.Appealed}; !slices.Equal(gained, want) {
		t.Errorf("gained %v, want %v", gained, want)
	}
	if want := []string{graph.CandidateFor}; !slices.Equal(lost, want) {
		t.Errorf("lost %v, want %v", lost, want)
	}
	if c.Moved() <= 0 {
		t.Errorf("rank %d -> %d: want a rise", c.Before, c.After)
	}
}

func TestSeries(t *testing.T) {
	weeks, err := analysis.Windows(date.MustParse("2014-03"), date.MustParse("2014-03"), analysis.WindowOptions{Length: 7})
	if err != nil {
		t.Fatal(err)
	}
	if len(weeks) != 5 || weeks[4].String() != "2014-03-29/2014-04-04" {
		t.Fatalf("weeks of March 2014: %v", weeks)
	}
	g := ukraine()
	s, err := analysis.Series(context.Background(), g, weeks, analysis.SeriesOptions{}) // PageRank
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range analysis.Track(s, "RUS") {
		if !(v > 0) {
			t.Errorf("week %s: Russia's PageRank %v", weeks[i], v)
		}
		// Each point is the measure on the window's view.
		v, _ := g.Filter(graph.Filter{Window: weeks[i]})
		want, _ := analysis.PageRank(analysis.Project(v, analysis.ProjectOptions{}), analysis.PageRankOptions{})
		if !slices.Equal(s[i].Scores, want) {
			t.Errorf("week %s: series point differs from PageRank on the window", weeks[i])
		}
	}
	// Options reach the projection: Goldstein weights with a weighted
	// measure give other scores than counts.
	strength := analysis.SeriesOptions{Measure: analysis.MeasureDegree, Weighted: true}
	byCount, _ := analysis.Series(context.Background(), g, weeks, strength)
	strength.Weighting = analysis.WeightByGoldstein
	byGoldstein, _ := analysis.Series(context.Background(), g, weeks, strength)
	if slices.Equal(analysis.Track(byCount, "RUS"), analysis.Track(byGoldstein, "RUS")) {
		t.Error("Series ignores its Weighting")
	}
}

// TestDeterminism checks that the parallel kernels give bit-identical
// results run after run.
func TestDeterminism(t *testing.T) {
	p := analysis.Project(generate(3, 400, 3000), analysis.ProjectOptions{})
	for _, o := range []analysis.BetweennessOptions{{}, {Weighted: true}, {Samples: 50, Seed: 9}} {
		a, _ := analysis.Betweenness(context.Background(), p, o)
		for range 3 {
			if b, _ := analysis.Betweenness(context.Background(), p, o); !slices.Equal(a, b) {
				t.Fatalf("betweenness %+v differs between runs", o)
			}
		}
	}
	c, _ := analysis.Closeness(context.Background(), p, analysis.ClosenessOptions{Weighted: true})
	if d, _ := analysis.Closeness(context.Background(), p, analysis.ClosenessOptions{Weighted: true}); !slices.Equal(c, d) {
		t.Fatal("closeness differs between runs")
	}
	// Sampling every source is the exact measure.
	exact, _ := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{})
	all, _ := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Samples: p.Len(), Seed: 4})
	if !slices.Equal(exact, all) {
		t.Error("K = n differs from exact betweenness")
	}
}

// TestEmpty runs every measure on a graph without actors.
func TestEmpty(t *testing.T) {
	g, err := graph.NewBuilder().Build()
	if err != nil {
		t.Fatal(err)
	}
	p := analysis.Project(g, analysis.ProjectOptions{})
	checks := []struct {
		name string
		run  func() (int, error)
	}{
		{"degree", func() (int, error) { return len(analysis.Degree(p, analysis.DegreeOptions{})), nil }},
		{"pagerank", func() (int, error) { s, err := analysis.PageRank(p, analysis.PageRankOptions{}); return len(s), err }},
		{"katz", func() (int, error) { s, err := analysis.Katz(p, analysis.KatzOptions{}); return len(s), err }},
		{"betweenness", func() (int, error) {
			s, err := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{})
			return len(s), err
		}},
		{"closeness", func() (int, error) {
			s, err := analysis.Closeness(context.Background(), p, analysis.ClosenessOptions{})
			return len(s), err
		}},
		{"components", func() (int, error) { return len(analysis.WeakComponents(p)), nil }},
		{"cliques", func() (int, error) {
			c, err := analysis.MaximalCliques(context.Background(), p)
			return len(c), err
		}},
		{"louvain", func() (int, error) {
			c, err := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{})
			return len(c.Groups), err
		}},
		{"triads", func() (int, error) {
			b, err := analysis.SignedTriads(context.Background(), p, analysis.SignedTriadsOptions{})
			return b.Census.Total(), err
		}},
		{"frustration", func() (int, error) {
			a, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{Seed: 1})
			return a.Frustration + len(a.Blocs[0]) + len(a.Blocs[1]), err
		}},
		{"strong components and cores", func() (int, error) { return len(analysis.StrongComponents(p)) + len(analysis.CoreNumbers(p)), nil }},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if n, err := c.run(); n != 0 || err != nil {
				t.Errorf("%d results, error %v", n, err)
			}
		})
	}
	if _, err := analysis.Eigenvector(p, analysis.EigenvectorOptions{}); !errors.Is(err, analysis.ErrEmpty) {
		t.Errorf("eigenvector: %v, want ErrEmpty", err)
	}
}

// TestForeignPath explains a Path not made by this package without a
// projection behind it.
func TestForeignPath(t *testing.T) {
	r := graph.NewRelation("kerry", "lavrov", graph.Phoned)
	pa := analysis.Path{Actors: []string{"kerry", "lavrov", "RUS"}, Steps: []analysis.Step{
		{From: "kerry", To: "lavrov", Relations: []graph.Relation{r}},
		{From: "lavrov", To: "RUS"},
	}}
	want := []string{"kerry phoned lavrov.", "lavrov is linked to RUS."}
	if got := pa.Sentences(); !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}
