package analysis_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph/analysis"
)

// TestCancelled gives every function that takes a context one that is
// already cancelled: each returns context.Canceled at once, without
// starting work that takes seconds.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, c := range slowCases() {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			err := c.run(ctx)
			if !errors.Is(err, context.Canceled) {
				t.Errorf("error %v, want context.Canceled", err)
			}
			if d := time.Since(start); d > 500*time.Millisecond {
				t.Errorf("returned after %v", d)
			}
		})
	}
	// Every named measure, even those that do not look at ctx as they run.
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	for _, m := range analysis.Measures() {
		t.Run("Compute "+m.String(), func(t *testing.T) {
			if _, err := analysis.Compute(ctx, p, m, analysis.MeasureOptions{}); !errors.Is(err, context.Canceled) {
				t.Errorf("error %v, want context.Canceled", err)
			}
		})
	}
	// A small graph, where the work would end before any check inside.
	small := []struct {
		name string
		run  func() error
	}{
		{"Betweenness", func() error { _, err := analysis.Betweenness(ctx, p, analysis.BetweennessOptions{}); return err }},
		{"Closeness", func() error { _, err := analysis.Closeness(ctx, p, analysis.ClosenessOptions{}); return err }},
		{"Harmonic", func() error { _, err := analysis.Harmonic(ctx, p, analysis.HarmonicOptions{}); return err }},
		{"MaximalCliques", func() error { _, err := analysis.MaximalCliques(ctx, p); return err }},
		{"Distances", func() error {
			_, err := analysis.Distances(ctx, p, "klitschko", analysis.DistancesOptions{Weighted: true})
			return err
		}},
		{"KShortestPaths", func() error {
			_, err := analysis.KShortestPaths(ctx, p, "klitschko", "putin", analysis.KShortestPathsOptions{K: 3})
			return err
		}},
		{"AllSimplePaths", func() error {
			_, err := analysis.AllSimplePaths(ctx, p, "klitschko", "putin", analysis.AllSimplePathsOptions{MaxHops: 3})
			return err
		}},
		{"Series", func() error {
			_, err := analysis.Series(ctx, ukraine(), []date.Span{date.At(date.OfMonth(2014, 3))}, analysis.SeriesOptions{})
			return err
		}},
		{"CompareRanks", func() error {
			_, err := analysis.CompareRanks(ctx, ukraine(), "obama", date.At(date.OfMonth(2014, 3)), analysis.CompareRanksOptions{})
			return err
		}},
		{"Louvain", func() error { _, err := analysis.Louvain(ctx, p, analysis.LouvainOptions{Signed: true}); return err }},
		{"SignedTriads", func() error { _, err := analysis.SignedTriads(ctx, p, analysis.SignedTriadsOptions{}); return err }},
		{"DirectedSignedTriads", func() error {
			_, err := analysis.DirectedSignedTriads(ctx, p, analysis.DirectedSignedTriadsOptions{})
			return err
		}},
		{"Blocs", func() error { _, err := analysis.Blocs(ctx, p, analysis.BlocsOptions{}); return err }},
		{"Modularity", func() error {
			_, err := analysis.Modularity(ctx, p, [][]string{{"obama", "kerry"}}, analysis.ModularityOptions{Signed: true})
			return err
		}},
	}
	for _, c := range small {
		t.Run("small "+c.name, func(t *testing.T) {
			if err := c.run(); !errors.Is(err, context.Canceled) {
				t.Errorf("error %v, want context.Canceled", err)
			}
		})
	}
}

// TestCancelStops cancels each slow call 50 ms after it starts: it must
// return context.Canceled within a second, where the same call takes
// seconds uncancelled. The parallel kernels return only once every worker
// has stopped, so returning is stopping. (A behaviour test, not a
// benchmark: the bound is generous, and a call gets three tries so that a
// moment of load on a shared machine does not fail it; a call that ignores
// its context misses the bound every time.)
func TestCancelStops(t *testing.T) {
	if testing.Short() {
		t.Skip("builds graphs on which the calls take seconds")
	}
	for _, c := range slowCases() {
		t.Run(c.name, func(t *testing.T) {
			// Louvain first lays out its 2M-edge working graph, and Series
			// and CompareRanks filter and project the whole graph for each
			// view: linear steps that allocate tens of MB and are not
			// cancellable, which on a loaded two-core machine took up to two
			// seconds; the work that follows looks at the context every few
			// thousand edges. A call that ignores its context still fails:
			// it returns no error.
			bound := time.Second
			switch c.name {
			case "Louvain", "Series", "CompareRanks":
				bound = 4 * time.Second
			}
			var late []time.Duration
			for range 3 {
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				go func() { done <- c.run(ctx) }()
				time.Sleep(50 * time.Millisecond)
				cancel()
				cancelled := time.Now()
				select {
				case err := <-done:
					if !errors.Is(err, context.Canceled) {
						t.Fatalf("error %v, want context.Canceled", err)
					}
					t.Logf("returned %v after cancel", time.Since(cancelled).Round(time.Millisecond))
					return
				case <-time.After(bound):
					err := <-done // let the call finish before the next try
					late = append(late, time.Since(cancelled).Round(time.Millisecond))
					if !errors.Is(err, context.Canceled) {
						t.Fatalf("error %v, want context.Canceled", err)
					}
				}
			}
			t.Fatalf("still running %v after cancel, three times (returned after %v)", bound, late)
		})
	}
}
