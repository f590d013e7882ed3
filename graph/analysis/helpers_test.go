package analysis_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/scenario"
)

// This file builds the graphs the tests, examples and benchmarks use.

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// ukraine returns the Ukraine 2014 example scenario as a graph.
func ukraine() *graph.Graph {
	g, err := scenario.Load(filepath.Join(repoRoot(), "examples", "ukraine2014", "ukraine2014.yaml"))
	if err != nil {
		panic(err)
	}
	return g
}

// generatedKinds are the kinds the generator draws from: cooperative,
// hostile and neutral, directed and symmetric.
var generatedKinds = []string{
	graph.Phoned, graph.Backs, graph.Met, graph.Negotiated, graph.Pledged,
	graph.Sanctions, graph.Condemned, graph.Threatened, graph.Accused, graph.Serves,
}

// pair draws the ends of a generated relation: a heavy-tailed source, and a
// target in the source's community seven times in ten. The two differ
// unless n is 1.
func pair(rng *rand.Rand, n, community int) (u, v int) {
	u = int(float64(n) * rng.Float64() * rng.Float64() * rng.Float64())
	if rng.IntN(10) < 7 {
		base := u / community * community
		v = base + rng.IntN(min(community, n-base))
	} else {
		v = rng.IntN(n)
	}
	if u == v {
		v = (v + 1) % n
	}
	return u, v
}

func generate(seed uint64, n, m int) *graph.Graph {
	rng := rand.New(rand.NewPCG(seed, 42))
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "gen", Title: "generated"})
	width := len(fmt.Sprint(n - 1))
	id := func(i int) string { return fmt.Sprintf("a%0*d", max(4, width), i) }
	for i := range n {
		b.Add(actors.Actor{ID: id(i), Name: fmt.Sprintf("Actor %d", i), Kind: actors.State})
	}
	community := max(1, n/10)
	start := date.Of(2014, 1, 1).First()
	for range m {
		u, v := pair(rng, n, community)
		if u == v {
			continue
		}
		k := generatedKinds[rng.IntN(len(generatedKinds))]
		day, _ := date.FromTime(start.AddDate(0, 0, rng.IntN(365)))
		b.AddRelation(graph.Relation{From: id(u), To: id(v), Kind: k, When: date.At(day),
			Evidence: []graph.Evidence{{Source: "gen", Quote: fmt.Sprintf("%s %s %s.", id(u), k, id(v))}}})
	}
	g, err := b.Build()
	if err != nil {
		panic(err)
	}
	return g
}

// disconnected returns a small graph with several components, dangling
// actors (no out-edges), isolated actors, a directed cycle, a chain, a
// two-way pair and hostile ties.
func disconnected() *graph.Graph {
	b := graph.NewBuilder()
	for _, id := range strings.Fields("A B C D E F G H I J K L M N O P") {
		b.Add(actors.Actor{ID: id, Name: "Actor " + id, Kind: actors.State})
	}
	rel := func(from, to, kind string) {
		b.AddRelation(graph.Relation{From: from, To: to, Kind: kind})
	}
	// component 1: a cycle with a chord and a tail into a dangling actor
	rel("A", "B", graph.Backs)
	rel("B", "C", graph.Backs)
	rel("C", "A", graph.Phoned)
	rel("C", "A", graph.Phoned)
	rel("A", "C", graph.Sanctions)
	rel("C", "D", graph.Condemned)
	rel("D", "E", graph.Phoned)
	rel("B", "E", graph.Threatened)
	// component 2: a star into a sink, with a two-way (symmetric) pair
	rel("F", "G", graph.Phoned)
	rel("H", "G", graph.Phoned)
	rel("I", "G", graph.Backs)
	rel("F", "H", graph.Met)
	rel("F", "H", graph.Met)
	rel("H", "I", graph.Sanctions)
	// component 3: a chain
	rel("J", "K", graph.Pledged)
	rel("K", "L", graph.Accused)
	// component 4: a pair joined both ways
	rel("M", "N", graph.Negotiated)
	// O and P are isolated
	g, err := b.Build()
	if err != nil {
		panic(err)
	}
	return g
}
