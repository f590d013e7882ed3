package schema

import (
	"fmt"
	"math"
	"slices"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
)

// CostKey is the edge attribute an encoder in simple mode adds beside
// weight: the cost 1/weight that distance measures use.
const CostKey = "cost"

// SimpleEdgeKeys returns the edge attributes of g in simple mode:
// [EdgeKeys] with [CostKey], a double, right after weight.
func SimpleEdgeKeys(g *graph.Graph) []Key {
	keys := EdgeKeys(g)
	i := slices.IndexFunc(keys, func(k Key) bool { return k.Name == "weight" })
	return slices.Insert(keys, i+1, Key{CostKey, Double})
}

// Cost returns the cost of a relation of weight w, 1/w, the way distance
// measures compute it, so that a reader adds the very same floats.
func Cost(w float64) float64 { return 1 / w }

// CheckSimple returns an *encoding.Error wrapping encoding.ErrNotSimple
// for the first relation of g, in relation order, that keeps g from being
// written as a simple directed graph: a second relation from one actor to
// another, or a relation of a symmetric kind (a simple directed graph
// would hold it one way only). It reports a weight whose cost 1/weight is
// not finite (below about 5.6e-309) with encoding.ErrBadValue. Encoders in
// simple mode run it after [CheckUTF8]. O(m) time and memory for m
// relations.
func CheckSimple(g *graph.Graph) error {
	first := make(map[[2]string]string, g.NumRelations())
	for r := range g.Relations() {
		item := fmt.Sprintf("edge %q", r.ID)
		if k, _ := g.Kind(r.Kind); k.Symmetric {
			return &encoding.Error{Item: item, Key: "kind", Err: fmt.Errorf("%w: %s is a symmetric kind, so the relation from %s to %s holds both ways, "+
				"and a simple directed graph would hold it one way only; write the projection instead (analysis.Projection.Simple)",
				encoding.ErrNotSimple, r.Kind, r.From, r.To)}
		}
		pair := [2]string{r.From, r.To}
		if id, dup := first[pair]; dup {
			return &encoding.Error{Item: item, Err: fmt.Errorf("%w: a second relation from %s to %s (the first is %q); write the projection instead (analysis.Projection.Simple)",
				encoding.ErrNotSimple, r.From, r.To, id)}
		}
		first[pair] = r.ID
		if c := Cost(r.Weight); math.IsInf(c, 0) || math.IsNaN(c) {
			return &encoding.Error{Item: item, Key: "weight", Err: fmt.Errorf("%w: weight %g has no finite cost 1/weight", encoding.ErrBadValue, r.Weight)}
		}
	}
	return nil
}
