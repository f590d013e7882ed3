package analysis_test

import (
	"errors"
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
		p := analysis.Project(tg.g, nil)
		src, dst := ref.Paths.YenSource, ref.Paths.YenTarget
		for _, c := range []struct {
			name     string
			weighted bool
			want     []float64
		}{{"yen_hops", false, ref.Paths.YenHops}, {"yen_cost", true, ref.Paths.YenCost}} {
			t.Run(tg.name+"/"+c.name, func(t *testing.T) {
				paths, err := analysis.KShortestPaths(p, src, dst, len(c.want), analysis.PathOptions{Weighted: c.weighted})
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
				again, _ := analysis.KShortestPaths(p, src, dst, len(c.want), analysis.PathOptions{Weighted: c.weighted})
				for i := range paths {
					if paths[i].String() != again[i].String() {
						t.Errorf("path %d not deterministic: %s, then %s", i, paths[i], again[i])
					}
				}
			})
		}
		t.Run(tg.name+"/simple_paths", func(t *testing.T) {
			paths, err := analysis.AllSimplePaths(p, src, dst, 4, analysis.PathOptions{})
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
	p := analysis.Project(disconnected(), nil)
	cases := []struct {
		name string
		run  func() error
		want error
	}{
		{"unknown source", func() error { _, err := analysis.ShortestPath(p, "nobody", "A", analysis.PathOptions{}); return err }, analysis.ErrUnknownActor},
		{"unknown target", func() error {
			_, err := analysis.KShortestPaths(p, "A", "nobody", 2, analysis.PathOptions{})
			return err
		}, analysis.ErrUnknownActor},
		{"no path across components", func() error { _, err := analysis.ShortestPath(p, "A", "F", analysis.PathOptions{}); return err }, analysis.ErrNoPath},
		{"no path against the direction", func() error { _, err := analysis.ShortestPath(p, "E", "A", analysis.PathOptions{}); return err }, analysis.ErrNoPath},
		{"k below 1", func() error { _, err := analysis.KShortestPaths(p, "A", "E", 0, analysis.PathOptions{}); return err }, analysis.ErrBadOption},
		{"no hops", func() error { _, err := analysis.AllSimplePaths(p, "A", "E", 0, analysis.PathOptions{}); return err }, analysis.ErrBadOption},
		{"bad pagerank alpha", func() error { _, err := analysis.PageRank(p, analysis.PageRankOptions{Alpha: 1.5}); return err }, analysis.ErrBadOption},
		{"unknown personalization", func() error {
			_, err := analysis.PageRank(p, analysis.PageRankOptions{Personalization: map[string]float64{"nobody": 1}})
			return err
		}, analysis.ErrUnknownActor},
		{"katz alpha too large", func() error {
			_, err := analysis.Katz(p, analysis.KatzOptions{Alpha: 0.9, PowerOptions: analysis.PowerOptions{MaxIter: 50}})
			return err
		}, analysis.ErrNotConverged},
		{"negative sample", func() error { _, err := analysis.Betweenness(p, analysis.BetweennessOptions{K: -1}); return err }, analysis.ErrBadOption},
		{"ego of nobody", func() error { _, err := analysis.Ego(p, "nobody", 1, false); return err }, analysis.ErrUnknownActor},
		{"modularity of nobody", func() error { _, err := analysis.Modularity(p, [][]string{{"nobody"}}); return err }, analysis.ErrUnknownActor},
		{"weekly windows backwards", func() error {
			_, err := analysis.Windows(date.MustParse("2014-03-10"), date.MustParse("2014-03-01"), 7)
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
		if _, _, err := analysis.HITS(analysis.Project(empty, nil), analysis.PowerOptions{}); !errors.Is(err, analysis.ErrEmpty) {
			t.Errorf("error %v, want ErrEmpty", err)
		}
	})
}

func TestPathRelations(t *testing.T) {
	p := analysis.Project(ukraine(), nil)
	cases := []struct {
		name, from, to string
		o              analysis.PathOptions
		want           string // first sentence starts with
	}{
		{"directed", "klitschko", "poroshenko", analysis.PathOptions{}, "Vitaly Klitschko withdrew in favour of Petro Poroshenko (29 Mar 2014): “He announced on Saturday"},
		{"against the relation", "poroshenko", "klitschko", analysis.PathOptions{Undirected: true}, "Vitaly Klitschko withdrew in favour of Petro Poroshenko"},
		{"symmetric kind backwards", "kerry", "lavrov", analysis.PathOptions{}, "John Kerry phoned Sergei Lavrov (29 Mar 2014), according to Russian officials"},
		{"symmetric only", "kerry", "lavrov", analysis.PathOptions{Weighted: true}, "John Kerry phoned Sergei Lavrov"},
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
	pa, err := analysis.ShortestPath(p, "lavrov", "kerry", analysis.PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := pa.Steps[0].Relations; len(got) != 1 || got[0].Kind != graph.AgreedToMeet {
		t.Errorf("lavrov -> kerry rests on %v, want the agreed-to-meet relation", got)
	}
}

func TestCompareRanks(t *testing.T) {
	g := ukraine()
	degree := func(p *analysis.Projection) ([]analysis.Score, error) { return analysis.Degree(p, analysis.Both), nil }
	c, err := analysis.CompareRanks(g, graph.Filter{}, "klitschko", date.MustParse("2014-03-28"), date.MustParse("2014-03-30"), nil, degree)
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
	weeks, err := analysis.Windows(date.MustParse("2014-03"), date.MustParse("2014-03"), 7)
	if err != nil {
		t.Fatal(err)
	}
	if len(weeks) != 5 || weeks[4].String() != "2014-03-29/2014-03-31" {
		t.Fatalf("weeks of March 2014: %v", weeks)
	}
	pr := func(p *analysis.Projection) ([]analysis.Score, error) {
		return analysis.PageRank(p, analysis.PageRankOptions{})
	}
	s, err := analysis.Series(ukraine(), graph.Filter{}, weeks, nil, pr)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range analysis.Track(s, "RUS") {
		if !(v > 0) {
			t.Errorf("week %s: Russia's PageRank %v", weeks[i], v)
		}
	}
}

// TestDeterminism checks that the parallel kernels give bit-identical
// results run after run.
func TestDeterminism(t *testing.T) {
	p := analysis.Project(generate(3, 400, 3000), nil)
	for _, o := range []analysis.BetweennessOptions{{}, {Weighted: true}, {K: 50, Seed: 9}} {
		a, _ := analysis.Betweenness(p, o)
		for range 3 {
			if b, _ := analysis.Betweenness(p, o); !slices.Equal(a, b) {
				t.Fatalf("betweenness %+v differs between runs", o)
			}
		}
	}
	c := analysis.Closeness(p, analysis.DistanceOptions{Weighted: true})
	if d := analysis.Closeness(p, analysis.DistanceOptions{Weighted: true}); !slices.Equal(c, d) {
		t.Fatal("closeness differs between runs")
	}
	// Sampling every source is the exact measure.
	exact, _ := analysis.Betweenness(p, analysis.BetweennessOptions{})
	all, _ := analysis.Betweenness(p, analysis.BetweennessOptions{K: p.Len(), Seed: 4})
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
	p := analysis.Project(g, nil)
	checks := []struct {
		name string
		run  func() (int, error)
	}{
		{"degree", func() (int, error) { return len(analysis.Degree(p, analysis.Both)), nil }},
		{"pagerank", func() (int, error) { s, err := analysis.PageRank(p, analysis.PageRankOptions{}); return len(s), err }},
		{"katz", func() (int, error) { s, err := analysis.Katz(p, analysis.KatzOptions{}); return len(s), err }},
		{"betweenness", func() (int, error) {
			s, err := analysis.Betweenness(p, analysis.BetweennessOptions{})
			return len(s), err
		}},
		{"closeness", func() (int, error) { return len(analysis.Closeness(p, analysis.DistanceOptions{})), nil }},
		{"components", func() (int, error) { return len(analysis.WeakComponents(p)), nil }},
		{"cliques", func() (int, error) { return len(analysis.MaximalCliques(p)), nil }},
		{"louvain", func() (int, error) {
			c, err := analysis.Louvain(p, analysis.LouvainOptions{})
			return len(c.Groups), err
		}},
		{"triads", func() (int, error) { return analysis.SignedTriads(p).Census.Total(), nil }},
		{"frustration", func() (int, error) { return analysis.FrustrationIndex(p, 1).Index, nil }},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if n, err := c.run(); n != 0 || err != nil {
				t.Errorf("%d results, error %v", n, err)
			}
		})
	}
	if _, err := analysis.Eigenvector(p, analysis.PowerOptions{}); !errors.Is(err, analysis.ErrEmpty) {
		t.Errorf("eigenvector: %v, want ErrEmpty", err)
	}
}
