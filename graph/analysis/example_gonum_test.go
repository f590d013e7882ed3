package analysis_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/topo"

	"github.com/diplograph/diplograph/graph/analysis"
)

// The projection is a gonum graph: gonum's centralities run on it as they
// are, and ScoresOf turns their maps of node IDs into rankings of actors.
// Side by side with this package's kernels, which give the same numbers
// (gonum's betweenness divided by (n-1)(n-2), the normalisation NetworkX
// and this package use).
func ExampleProjection_ScoresOf() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})

	theirs, _ := p.ScoresOf(network.PageRank(p, 0.85, 1e-10)) // weighted: p is a WeightedDirected
	ours, _ := analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})
	fmt.Println("PageRank        gonum  ours")
	for i, s := range theirs[:4] {
		fmt.Printf("  %-13s %.4f %.4f (%s)\n", s.ID, s.Score, ours[i].Score, ours[i].ID)
	}

	n := float64(p.Len())
	raw := network.Betweenness(p)
	for id := range raw {
		raw[id] /= (n - 1) * (n - 2)
	}
	theirs, _ = p.ScoresOf(raw)
	ours, _ = analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{})
	fmt.Println("Betweenness     gonum  ours")
	for i, s := range theirs[:4] {
		fmt.Printf("  %-13s %.4f %.4f (%s)\n", s.ID, s.Score, ours[i].Score, ours[i].ID)
	}

	hits := network.HITS(p, 1e-10)
	auth := map[int64]float64{}
	for id, ha := range hits {
		auth[id] = ha.Authority
	}
	theirs, _ = p.ScoresOf(auth)
	fmt.Printf("HITS authority: %s %.3f, %s %.3f (unit 2-norm)\n", theirs[0].ID, theirs[0].Score, theirs[1].ID, theirs[1].Score)
	// Output:
	// PageRank        gonum  ours
	//   RUS           0.2312 0.2312 (RUS)
	//   crimea        0.1705 0.1705 (crimea)
	//   UKR           0.1439 0.1439 (UKR)
	//   USA           0.1101 0.1101 (USA)
	// Betweenness     gonum  ours
	//   USA           0.0912 0.0912 (USA)
	//   UKR           0.0691 0.0691 (UKR)
	//   RUS           0.0413 0.0413 (RUS)
	//   yanukovych    0.0091 0.0091 (yanukovych)
	// HITS authority: RUS 0.765, UKR 0.398 (unit 2-norm)
}

// Gonum's path algorithms read a weight as a length, the projection's
// weight is a strength: Costs gives them the cost 1/weight this package's
// Weighted paths use, Hops counts hops. ActorsOf names the nodes of a path.
// Gonum's Yen and ours find paths of the same costs; among equally short
// paths ours come in a fixed order (hops, then actor IDs), gonum's in the
// order its search met them.
func ExampleProjection_Costs() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	u, _ := p.NodeID("klitschko")
	v, _ := p.NodeID("obama")

	un := p.Undirected()
	tree := path.DijkstraFrom(p.Node(u), un.Costs())
	nodes, cost := tree.To(v)
	ids, _ := p.ActorsOf(nodes)
	fmt.Printf("gonum: %v, cost %.2f\n", ids, cost)
	ours, _ := analysis.ShortestPath(p, "klitschko", "obama", analysis.ShortestPathOptions{Weighted: true, Undirected: true})
	fmt.Printf("ours:  %v, cost %.2f\n", ours.Actors, ours.Cost)

	fmt.Println("three shortest by hops, gonum's Yen:")
	for _, nodes := range path.YenKShortestPaths(un.Hops(), 3, math.Inf(1), p.Node(u), p.Node(v)) {
		ids, _ := p.ActorsOf(nodes)
		fmt.Println(" ", len(ids)-1, ids)
	}
	paths, _ := analysis.KShortestPaths(context.Background(), p, "klitschko", "obama", analysis.KShortestPathsOptions{K: 3, Undirected: true})
	fmt.Println("ours:")
	for _, pa := range paths {
		fmt.Println(" ", pa.Cost, pa.Actors)
	}
	// Output:
	// gonum: [klitschko UKR RUS obama], cost 3.00
	// ours:  [klitschko UKR RUS obama], cost 3.00
	// three shortest by hops, gonum's Yen:
	//   3 [klitschko UKR USA obama]
	//   3 [klitschko UKR RUS obama]
	//   4 [klitschko poroshenko UKR RUS obama]
	// ours:
	//   3 [klitschko UKR RUS obama]
	//   3 [klitschko UKR USA obama]
	//   4 [klitschko UKR RUS USA obama]
}

// Gonum's structure and community algorithms on the projection and its
// undirected collapse, their node sets turned into actors by ActorsOf.
func ExampleProjection_ActorsOf() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	for _, c := range topo.TarjanSCC(p) {
		if len(c) > 1 {
			ids, _ := p.ActorsOf(c)
			slices.Sort(ids)
			fmt.Println("strongly connected:", ids)
		}
	}
	fmt.Println("ours:", analysis.StrongComponents(p)[:3])

	un := p.Undirected()
	fmt.Println(len(topo.ConnectedComponents(un)), "weak components; ours", len(analysis.WeakComponents(p)))

	reduced := community.Modularize(un, 1, rand.NewPCG(1, 1))
	groups := reduced.Communities()
	slices.SortFunc(groups, func(a, b []gg.Node) int { return len(b) - len(a) })
	largest, _ := p.ActorsOf(groups[0])
	slices.Sort(largest)
	fmt.Printf("gonum's Louvain: %d communities, Q %.4f, largest %v\n", len(groups), community.Q(un, groups, 1), largest)
	ours, _ := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Weighted: true, Seed: 1})
	fmt.Printf("ours:            %d communities, Q %.4f, largest %v\n", len(ours.Groups), ours.Modularity, ours.Groups[0])
	// Output:
	// strongly connected: [RUS UKR USA crimea european-countries us-allies]
	// strongly connected: [kerry lavrov]
	// strongly connected: [obama putin]
	// ours: [[RUS UKR USA crimea european-countries us-allies] [kerry lavrov] [obama putin]]
	// 4 weak components; ours 4
	// gonum's Louvain: 9 communities, Q 0.5004, largest [USA european-countries international-monitors putin-inner-circle us-allies us-officials white-house]
	// ours:            9 communities, Q 0.5004, largest [USA european-countries international-monitors putin-inner-circle us-allies us-officials white-house]
}
