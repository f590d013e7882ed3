package analysis

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// WeightFunc gives the weight one relation adds to the projected edge it
// falls on. It is called once per relation of the graph, with the
// relation's kind. A result that is not a positive finite number leaves the
// relation out of the projection (it adds no edge and no weight, and is not
// part of any edge's relations).
type WeightFunc func(r graph.Relation, k graph.Kind) float64

// Weighting names a built-in rule for the weight each relation adds to its
// projected edge ([ProjectOptions.Weighting]). The zero Weighting is
// [WeightByCount].
type Weighting uint8

// The weightings, in the order [Weightings] lists them.
const (
	// WeightByCount: every relation counts its Count, the occurrences it
	// stands for (1 for a single relation), so the weight of u->v is the
	// number of selected relations from u to v (a symmetric kind counting
	// both ways), and an aggregate of six events weighs what the six
	// events would. Its name is "count".
	WeightByCount Weighting = iota
	// WeightByRelation: a relation weighs its own Weight field (1 unless the
	// scenario says otherwise; the number of events for aggregated event
	// data). Its name is "relation".
	WeightByRelation
	// WeightByGoldstein: a relation weighs the magnitude of its kind's
	// Goldstein value (8 for sanctions, 1 for a phone call), so intense
	// relations weigh more whatever their sign. Kinds with a Goldstein
	// value of 0 (those without a CAMEO code, such as withdrew-for) add
	// nothing and are left out. Its name is "goldstein".
	WeightByGoldstein
	// WeightByEvidence: a relation weighs the number of citations backing
	// it; a relation without evidence counts 1. Its name is "evidence".
	WeightByEvidence
	numWeightings
)

var weightingNames = [numWeightings]string{"count", "relation", "goldstein", "evidence"}

// Weightings returns every weighting, in declaration order.
func Weightings() []Weighting {
	out := make([]Weighting, numWeightings)
	for i := range out {
		out[i] = Weighting(i)
	}
	return out
}

// String returns the weighting's name: "count", "relation", "goldstein" or
// "evidence"; Weighting(n) for a value outside [Weightings].
func (w Weighting) String() string {
	if w < numWeightings {
		return weightingNames[w]
	}
	return "Weighting(" + strconv.Itoa(int(w)) + ")"
}

// ParseWeighting reads a weighting by the name [Weighting.String] gives it,
// in any case. An unknown name fails with an error wrapping [ErrBadOption]
// that lists the valid names.
func ParseWeighting(s string) (Weighting, error) {
	for w, name := range weightingNames {
		if strings.EqualFold(s, name) {
			return Weighting(w), nil
		}
	}
	return 0, fmt.Errorf("%w: weighting %q (want %s)", ErrBadOption, s, nameList(weightingNames[:]))
}

// MarshalText implements encoding.TextMarshaler with the name String gives.
// A value outside [Weightings] fails with an error wrapping [ErrBadOption].
func (w Weighting) MarshalText() ([]byte, error) {
	if w >= numWeightings {
		return nil, fmt.Errorf("%w: %v", ErrBadOption, w)
	}
	return []byte(w.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseWeighting].
func (w *Weighting) UnmarshalText(text []byte) error {
	v, err := ParseWeighting(string(text))
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// Weigh returns the weight relation r of kind k adds under w, so that a
// [WeightFunc] can build on a built-in rule:
//
//	func(r graph.Relation, k graph.Kind) float64 {
//		return analysis.WeightByGoldstein.Weigh(r, k) * r.Weight
//	}
//
// A value outside [Weightings] weighs like [WeightByCount].
func (w Weighting) Weigh(r graph.Relation, k graph.Kind) float64 {
	switch w {
	case WeightByRelation:
		return r.Weight
	case WeightByGoldstein:
		return math.Abs(k.Goldstein)
	case WeightByEvidence:
		return float64(max(1, len(r.Evidence)))
	}
	return float64(max(1, r.Count))
}

// weighLink is Weigh on what the graph's columns say of a relation
// (graph.Graph.RelationLink), without materialising it: the same rule.
func (w Weighting) weighLink(l graph.Link) float64 {
	switch w {
	case WeightByRelation:
		return l.Weight
	case WeightByGoldstein:
		return math.Abs(l.Kind.Goldstein)
	case WeightByEvidence:
		return float64(max(1, l.Evidence))
	}
	return float64(max(1, l.Count))
}

// nameList joins names as "a, b, c or d".
func nameList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
