package analysis

// Test-only access to internals.

// NewFromArcs makes a projection of n nodes named "n0000000000", ... from
// (from, to, weight) triples, without a graph behind it. Benchmarks use it
// at sizes where building a graph.Graph would dominate.
func NewFromArcs(n int, from, to []int32, w []float64) *Projection {
	arcs := make([]arc, len(from))
	for i := range from {
		arcs[i] = arc{from[i], to[i], -1, w[i]}
	}
	return fromArcs(n, arcs)
}
