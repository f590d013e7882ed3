package analysis_test

import (
	"context"
	"math"
	"runtime"
	"testing"

	"github.com/diplograph/diplograph/graph/analysis"
)

// TestSameOnAnyCores runs every parallel kernel with GOMAXPROCS 1, 2 and 4
// (and 7, more goroutines than stripes divide evenly) and checks that the
// scores are the same to the bit: work is shared out dynamically, so which
// core computes what changes from run to run, and the results must not.
func TestSameOnAnyCores(t *testing.T) {
	ctx := context.Background()
	// More sources than Brandes' stripes for the searches; for the power
	// methods, enough edges that their iterations run in parallel.
	p := analysis.Project(generate(3, 600, 6000), analysis.ProjectOptions{})
	big := analysis.Project(generate(3, 3000, 150000), analysis.ProjectOptions{})
	if big.NumEdges() < 1<<16 {
		t.Fatalf("only %d edges: the power methods would not run in parallel", big.NumEdges())
	}
	runs := []struct {
		name string
		run  func() ([]analysis.Score, error)
	}{
		{"betweenness", func() ([]analysis.Score, error) {
			return analysis.Betweenness(ctx, p, analysis.BetweennessOptions{})
		}},
		{"betweenness weighted", func() ([]analysis.Score, error) {
			return analysis.Betweenness(ctx, p, analysis.BetweennessOptions{Weighted: true})
		}},
		{"betweenness sampled", func() ([]analysis.Score, error) {
			return analysis.Betweenness(ctx, p, analysis.BetweennessOptions{Samples: 300, Seed: 2})
		}},
		{"closeness", func() ([]analysis.Score, error) { return analysis.Closeness(ctx, p, analysis.ClosenessOptions{}) }},
		{"closeness weighted", func() ([]analysis.Score, error) {
			return analysis.Closeness(ctx, p, analysis.ClosenessOptions{Weighted: true})
		}},
		{"harmonic", func() ([]analysis.Score, error) { return analysis.Harmonic(ctx, p, analysis.HarmonicOptions{}) }},
		{"harmonic weighted", func() ([]analysis.Score, error) {
			return analysis.Harmonic(ctx, p, analysis.HarmonicOptions{Weighted: true})
		}},
		{"pagerank weighted", func() ([]analysis.Score, error) {
			return analysis.PageRank(big, analysis.PageRankOptions{Weighted: true})
		}},
		{"eigenvector", func() ([]analysis.Score, error) { return analysis.Eigenvector(big, analysis.EigenvectorOptions{}) }},
		{"katz", func() ([]analysis.Score, error) { return analysis.Katz(big, analysis.KatzOptions{Alpha: 0.001}) }},
		{"hubs", func() ([]analysis.Score, error) {
			h, _, err := analysis.HITS(big, analysis.HITSOptions{})
			return h, err
		}},
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			var want map[string]float64
			for _, procs := range []int{1, 2, 4, 7} {
				runtime.GOMAXPROCS(procs)
				got, err := r.run()
				if err != nil {
					t.Fatal(err)
				}
				if want == nil {
					want = analysis.ScoreMap(got)
					continue
				}
				if len(got) != len(want) {
					t.Fatalf("GOMAXPROCS %d: %d scores, %d with 1", procs, len(got), len(want))
				}
				for _, s := range got {
					if math.Float64bits(s.Score) != math.Float64bits(want[s.ID]) {
						t.Fatalf("GOMAXPROCS %d: %s scores %.17g, %.17g with 1", procs, s.ID, s.Score, want[s.ID])
					}
				}
			}
		})
	}
}
