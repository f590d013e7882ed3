package analysis

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// This file names the measures of actors, so that tables, reports, series
// and commands compute a measure by name the same way.

// Measure names a measure that gives every actor of a projection a score,
// for [Compute], [Series] and [CompareRanks], and for commands and reports
// that take a measure by name. The zero Measure is [MeasurePageRank].
type Measure uint8

// The measures, in the order [Measures] lists them. Each one's name is what
// [Measure.String] returns and [ParseMeasure] reads; its one-line
// description is [Measure.Description].
const (
	// MeasurePageRank is [PageRank] ("pagerank").
	MeasurePageRank Measure = iota
	// MeasureDegree is [Degree] in both directions ("degree"); weighted,
	// the strength.
	MeasureDegree
	// MeasureInDegree is [Degree] of edges to the actor ("indegree").
	MeasureInDegree
	// MeasureOutDegree is [Degree] of edges from the actor ("outdegree").
	MeasureOutDegree
	// MeasureBetweenness is [Betweenness] ("betweenness").
	MeasureBetweenness
	// MeasureCloseness is [Closeness] ("closeness").
	MeasureCloseness
	// MeasureHarmonic is [Harmonic] ("harmonic").
	MeasureHarmonic
	// MeasureEigenvector is [Eigenvector] ("eigenvector").
	MeasureEigenvector
	// MeasureKatz is [Katz] with its default Alpha 0.1 and Beta 1 ("katz").
	MeasureKatz
	// MeasureHubs is the hub ranking of [HITS] ("hubs", also read from
	// "hits").
	MeasureHubs
	// MeasureAuthorities is the authority ranking of [HITS]
	// ("authorities").
	MeasureAuthorities
	// MeasureCore is [CoreNumbers] ("core"), unweighted only.
	MeasureCore
	// MeasureReciprocity is [NodeReciprocity] ("reciprocity"), unweighted
	// only.
	MeasureReciprocity
	numMeasures
)

var measureNames = [numMeasures]string{
	"pagerank", "degree", "indegree", "outdegree", "betweenness", "closeness", "harmonic",
	"eigenvector", "katz", "hubs", "authorities", "core", "reciprocity",
}

// measureAliases are further names ParseMeasure reads.
var measureAliases = map[string]Measure{
	"hits":        MeasureHubs,
	"in-degree":   MeasureInDegree,
	"out-degree":  MeasureOutDegree,
	"core-number": MeasureCore,
}

var measureDescriptions = [numMeasures]string{
	"the share of time a random walker following relations spends at the actor",
	"the share of other actors tied to the actor, ties both ways counting twice; weighted, the summed weight of its ties",
	"the share of other actors with a tie to the actor; weighted, the summed weight of the ties to it",
	"the share of other actors the actor has a tie to; weighted, the summed weight of the ties from it",
	"the share of shortest paths between two other actors that pass through the actor",
	"how near the actor is to the actors that can reach it (inverse mean distance, Wasserman-Faust)",
	"the sum of the inverse distances to the actor from the actors that can reach it",
	"high when actors that score high have ties to the actor",
	"the ties reaching the actor over paths of every length, longer ones counting less",
	"high when the actor has ties to good authorities (HITS)",
	"high when good hubs have ties to the actor (HITS)",
	"the largest k such that the actor is in a group whose members each have k ties in it",
	"the share of the actor's ties that run both ways",
}

// Measures returns every measure, in declaration order.
func Measures() []Measure {
	out := make([]Measure, numMeasures)
	for i := range out {
		out[i] = Measure(i)
	}
	return out
}

// String returns the measure's name ("pagerank", "degree", ...); Measure(n)
// for a value outside [Measures].
func (m Measure) String() string {
	if m < numMeasures {
		return measureNames[m]
	}
	return "Measure(" + strconv.Itoa(int(m)) + ")"
}

// Description returns what the measure says of an actor, in one line for
// help texts and report captions; "" for a value outside [Measures].
func (m Measure) Description() string {
	if m < numMeasures {
		return measureDescriptions[m]
	}
	return ""
}

// ParseMeasure reads a measure by the name [Measure.String] gives it, in
// any case; it also reads "hits" (hubs), "in-degree", "out-degree" and
// "core-number". An unknown name fails with an error wrapping
// [ErrBadOption] that lists the valid names.
func ParseMeasure(s string) (Measure, error) {
	for m, name := range measureNames {
		if strings.EqualFold(s, name) {
			return Measure(m), nil
		}
	}
	if m, ok := measureAliases[strings.ToLower(s)]; ok {
		return m, nil
	}
	return 0, fmt.Errorf("%w: measure %q (want %s)", ErrBadOption, s, nameList(measureNames[:]))
}

// MarshalText implements encoding.TextMarshaler with the name String gives.
// A value outside [Measures] fails with an error wrapping [ErrBadOption].
func (m Measure) MarshalText() ([]byte, error) {
	if m >= numMeasures {
		return nil, fmt.Errorf("%w: %v", ErrBadOption, m)
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseMeasure].
func (m *Measure) UnmarshalText(text []byte) error {
	v, err := ParseMeasure(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// MeasureOptions control [Compute]: the options every measure shares.
type MeasureOptions struct {
	// Weighted lets the measure use the edge weights, as the Weighted field
	// of its own options does: degrees become summed weights (strength),
	// PageRank, Eigenvector, Katz and HITS weigh each edge, Betweenness,
	// Closeness and Harmonic measure distance in cost 1/weight. Core and
	// reciprocity are structural and unweighted. Default false.
	Weighted bool
	// Samples, if between 1 and n-1, estimates betweenness from that many
	// source actors drawn at random ([BetweennessOptions.Samples]); the
	// other measures are exact and do not sample. Default 0: exact.
	Samples int
	// Seed seeds the draw of the Samples sources. Default 0.
	Seed uint64
}

// MeasureFunc computes a ranking of the actors of a projection, sorted as
// [SortScores] sorts; [SeriesOptions.MeasureFunc] and
// [CompareRanksOptions.MeasureFunc] take one in place of a named
// [Measure]:
//
//	func(ctx context.Context, p *analysis.Projection) ([]analysis.Score, error) {
//		return analysis.PageRank(p, analysis.PageRankOptions{Alpha: 0.7})
//	}
type MeasureFunc func(ctx context.Context, p *Projection) ([]Score, error)

// Compute ranks the actors of p by the measure m with the shared options o,
// calling the measure's own function with its default options and o's
// Weighted (and, for betweenness, Samples and Seed). The scores, their
// order (highest first, then by ID), cost and errors are that function's;
// an unknown m fails with ErrBadOption, and a done ctx with ctx.Err()
// (every measure looks at ctx before it starts; betweenness, closeness and
// harmonic also while they run).
func Compute(ctx context.Context, p *Projection, m Measure, o MeasureOptions) ([]Score, error) {
	if m >= numMeasures {
		return nil, fmt.Errorf("%w: %v", ErrBadOption, m)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	w := o.Weighted
	switch m {
	case MeasureDegree:
		return Degree(p, DegreeOptions{Weighted: w}), nil
	case MeasureInDegree:
		return Degree(p, DegreeOptions{Direction: In, Weighted: w}), nil
	case MeasureOutDegree:
		return Degree(p, DegreeOptions{Direction: Out, Weighted: w}), nil
	case MeasureBetweenness:
		return Betweenness(ctx, p, BetweennessOptions{Weighted: w, Samples: o.Samples, Seed: o.Seed})
	case MeasureCloseness:
		return Closeness(ctx, p, ClosenessOptions{Weighted: w})
	case MeasureHarmonic:
		return Harmonic(ctx, p, HarmonicOptions{Weighted: w})
	case MeasureEigenvector:
		return Eigenvector(p, EigenvectorOptions{Weighted: w})
	case MeasureKatz:
		return Katz(p, KatzOptions{Weighted: w})
	case MeasureHubs, MeasureAuthorities:
		hubs, auths, err := HITS(p, HITSOptions{Weighted: w})
		if m == MeasureAuthorities {
			return auths, err
		}
		return hubs, err
	case MeasureCore:
		return CoreNumbers(p), nil
	case MeasureReciprocity:
		return NodeReciprocity(p), nil
	}
	return PageRank(p, PageRankOptions{Weighted: w})
}
