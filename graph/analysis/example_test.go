package analysis_test

import (
	"context"
	"fmt"
	"slices"

	"gonum.org/v1/gonum/graph/topo"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// The examples run on the Ukraine 2014 scenario,
// examples/ukraine2014/ukraine2014.yaml, loaded by the test helper ukraine().

func top(s []analysis.Score, n int) {
	for _, x := range s[:n] {
		fmt.Printf("  %-22s %.4f\n", x.Name, x.Score)
	}
}

// The top actors by three measures, and how Klitschko is linked to Obama.
func Example() {
	g := ukraine()
	p := analysis.Project(g, analysis.ProjectOptions{}) // weight: number of relations
	pr, _ := analysis.PageRank(p, analysis.PageRankOptions{})
	bc, _ := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{})
	fmt.Println("PageRank:")
	top(pr, 3)
	fmt.Println("Betweenness:")
	top(bc, 3)
	fmt.Println("Degree:")
	top(analysis.Degree(p, analysis.DegreeOptions{}), 3)

	path, _ := analysis.ShortestPath(p, "klitschko", "obama", analysis.ShortestPathOptions{Undirected: true})
	fmt.Println(path)
	fmt.Println(path.Explain())
	// Output:
	// PageRank:
	//   Russia                 0.2096
	//   Crimea                 0.1609
	//   Ukraine                0.1412
	// Betweenness:
	//   United States          0.0912
	//   Ukraine                0.0691
	//   Russia                 0.0413
	// Degree:
	//   United States          0.4062
	//   Russia                 0.3750
	//   Ukraine                0.2812
	// klitschko -> UKR -> RUS -> obama
	// Vitaly Klitschko is a candidate for Ukraine (until 29 Mar 2014): “Meanwhile Ukrainian boxer and opposition leader Vitaly Klitschko has pulled out of the race for president.”
	// Russia mobilised forces against Ukraine (Mar 2014), according to North Atlantic Treaty Organization: “Russia’s reported troop movements near Ukraine’s eastern border – described by Nato as a “huge military build-up” – has triggered fears that Mr Putin’s interest in Ukraine is not limited to Crimea.”
	// Barack Obama made demands of Russia (28 Mar 2014), according to The White House: “President Obama made clear that this remains possible only if Russia pulls back its troops and does not take any steps to further violate Ukraine’s territorial integrity and sovereignty.”
}

// A projection is addressed by actor ID; every edge keeps the relations
// behind it.
func ExampleProject() {
	g := ukraine()
	p := analysis.Project(g, analysis.ProjectOptions{})
	fmt.Println(p.Len(), "actors,", g.NumRelations(), "relations,", p.NumEdges(), "edges")
	w, _ := p.EdgeWeight("klitschko", "poroshenko")
	fmt.Println("klitschko -> poroshenko weighs", w)
	for r := range p.EdgeRelations("klitschko", "poroshenko") {
		fmt.Println(" ", r.Kind, r.When.Format())
	}
	for id, w := range p.Successors("kerry") {
		fmt.Println("  kerry ->", id, w)
	}

	// Goldstein intensity instead of counts, on the hostile relations only.
	hostile, _ := g.Filter(graph.Filter{Signs: []graph.Sign{graph.Hostile}, DropIsolated: true})
	h := analysis.Project(hostile, analysis.ProjectOptions{Weighting: analysis.WeightByGoldstein})
	top(analysis.Degree(h, analysis.DegreeOptions{Direction: analysis.Out, Weighted: true}), 2)
	// Output:
	// 33 actors, 50 relations, 47 edges
	// klitschko -> poroshenko weighs 2
	//   withdrew-for 29 Mar 2014
	//   backs since 29 Mar 2014
	//   kerry -> USA 1
	//   kerry -> lavrov 2
	//   Extremists (as the Kremlin calls them) 21.0000
	//   United States          19.0000
}

// A weighting read by name, as a command-line flag would.
func ExampleParseWeighting() {
	w, err := analysis.ParseWeighting("Evidence")
	fmt.Println(w, err)
	_, err = analysis.ParseWeighting("votes")
	fmt.Println(err)
	// Output:
	// evidence <nil>
	// analysis: bad option: weighting "votes" (want count, relation, goldstein or evidence)
}

// PageRank unweighted and weighted: with Weighted, a walker follows an
// edge in proportion to the number of relations on it.
func ExamplePageRank() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	plain, _ := analysis.PageRank(p, analysis.PageRankOptions{})
	top(plain, 3)
	weighted, _ := analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})
	top(weighted, 3)
	// Output:
	// Russia                 0.2096
	//   Crimea                 0.1609
	//   Ukraine                0.1412
	//   Russia                 0.2312
	//   Crimea                 0.1705
	//   Ukraine                0.1439
}

// The shortest path by hops along the relations' directions, each step
// with the relations it rests on.
func ExampleShortestPath() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	path, err := analysis.ShortestPath(p, "kerry", "crimea", analysis.ShortestPathOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(path, "in", path.Len(), "hops")
	for _, st := range path.Steps {
		fmt.Print("  ", st.From, " -> ", st.To, ":")
		for _, r := range st.Relations {
			fmt.Print(" ", r.Kind)
		}
		fmt.Println()
	}
	_, err = analysis.ShortestPath(p, "crimea", "kerry", analysis.ShortestPathOptions{})
	fmt.Println(err)
	// Output:
	// kerry -> USA -> RUS -> crimea in 3 hops
	//   kerry -> USA: serves
	//   USA -> RUS: demanded proposed threatened
	//   RUS -> crimea: annexed
	// analysis: no path from "crimea" to "kerry"
}

func ExampleBetweenness() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	exact, _ := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Weighted: true})
	top(exact, 3)
	approx, _ := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Samples: 20, Seed: 1})
	top(approx, 3)
	// Output:
	// United States          0.0938
	//   Ukraine                0.0665
	//   Russia                 0.0439
	//   United States          0.0934
	//   Ukraine                0.0516
	//   Russia                 0.0467
}

func ExampleHITS() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	hubs, authorities, _ := analysis.HITS(p, analysis.HITSOptions{})
	fmt.Println("hubs:")
	top(hubs, 2)
	fmt.Println("authorities:")
	top(authorities, 2)
	// Output:
	// hubs:
	//   United States          0.1230
	//   Sergei Lavrov          0.1033
	// authorities:
	//   Russia                 0.2676
	//   Ukraine                0.1392
}

func ExampleKShortestPaths() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	paths, _ := analysis.KShortestPaths(context.Background(), p, "klitschko", "putin", analysis.KShortestPathsOptions{K: 3, Undirected: true, Weighted: true})
	for _, pa := range paths {
		fmt.Printf("%.2f %s\n", pa.Cost, pa)
	}
	fmt.Println(paths[0].Sentences()[0])
	// Output:
	// 3.00 klitschko -> UKR -> RUS -> putin
	// 3.20 klitschko -> UKR -> RUS -> obama -> putin
	// 3.20 klitschko -> UKR -> USA -> obama -> putin
	// Vitaly Klitschko is a candidate for Ukraine (until 29 Mar 2014): “Meanwhile Ukrainian boxer and opposition leader Vitaly Klitschko has pulled out of the race for president.”
}

func ExampleStrongComponents() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	fmt.Println(analysis.StrongComponents(p)[:2])
	cliques, _ := analysis.MaximalCliques(context.Background(), p)
	fmt.Println(cliques[:2])
	fmt.Println(analysis.KCore(p, 3))
	fmt.Printf("density %.4f, reciprocity %.4f\n", analysis.Density(p), analysis.Reciprocity(p))
	// Output:
	// [[RUS UKR USA crimea european-countries us-allies] [kerry lavrov]]
	// [[RUS UKR USA] [RUS UKR crimea]]
	// [RUS UKR USA crimea kerry lavrov obama putin us-allies]
	// density 0.0445, reciprocity 0.2553
}

// Gonum's algorithms run on the projection; NodeID and ActorID map between
// actor IDs and gonum's node IDs.
func ExampleProjection_ActorID() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	for _, c := range topo.TarjanSCC(p) {
		if len(c) < 2 {
			continue
		}
		var ids []string
		for _, n := range c {
			ids = append(ids, p.ActorID(n.ID()))
		}
		slices.Sort(ids)
		fmt.Println(ids)
	}
	n, _ := p.NodeID("putin")
	fmt.Println("putin is node", n, "with", p.From(n).Len(), "successors")
	// Output:
	// [RUS UKR USA crimea european-countries us-allies]
	// [kerry lavrov]
	// [obama putin]
	// putin is node 22 with 3 successors
}

func ExampleEgo() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	near, _ := analysis.Ego(p, "klitschko", analysis.EgoOptions{})
	fmt.Println(near)
	far, _ := analysis.Ego(p, "klitschko", analysis.EgoOptions{Radius: 2, Undirected: true})
	fmt.Println(len(far), "actors within two hops either way")
	// Output:
	// [UKR democratic-forces klitschko poroshenko]
	// 10 actors within two hops either way
}

func ExampleLouvain() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	c, _ := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Seed: 1})
	fmt.Printf("%d communities, modularity %.4f\n", len(c.Groups), c.Modularity)
	fmt.Println(c.Groups[0])
	w, _ := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Seed: 1, Weighted: true})
	fmt.Printf("weighted: %d communities, modularity %.4f\n", len(w.Groups), w.Modularity)
	s, _ := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Seed: 1, Signed: true})
	fmt.Printf("signed: %d communities, modularity %.4f\n", len(s.Groups), s.Modularity)
	// Output:
	// 9 communities, modularity 0.4890
	// [USA european-countries international-monitors putin-inner-circle us-allies us-officials white-house]
	// weighted: 9 communities, modularity 0.5004
	// signed: 22 communities, modularity 0.3711
}

func ExampleSignedTriads() {
	g := signedGraph("A+B", "B-C", "A+C", "C-D", "B-D")
	p := analysis.Project(g, analysis.ProjectOptions{})
	b, err := analysis.SignedTriads(context.Background(), p, analysis.SignedTriadsOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v balance ratio %.2f\n", b.Census, b.Census.Ratio())
	for _, t := range b.Unbalanced {
		fmt.Println(t.Text)
	}
	f, _ := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{})
	fmt.Println("frustration", f.Frustration, "exact", f.Exact, "blocs", members(f.Blocs[0]), members(f.Blocs[1]))
	// Output:
	// {PPP:0 PPN:1 PNN:0 NNN:1} balance ratio 0.00
	// Actor A backs Actor B, Actor B imposed sanctions on Actor C, Actor A backs Actor C
	// Actor B imposed sanctions on Actor C, Actor C imposed sanctions on Actor D, Actor B imposed sanctions on Actor D
	// frustration 1 exact true blocs [A B C] [D]
}
