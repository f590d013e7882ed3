// Package analysis measures diplomatic graphs: centrality, paths with their
// evidence, structure, communities, signed balance and change over time,
// agreeing with NetworkX on the same projected graph.
//
// # Sections
//
//   - The projection: how a multigraph of typed relations becomes the
//     weighted simple graph every measure runs on ([Project]).
//   - The compact core: slices, not maps; gonum's interfaces ([Projection]).
//   - Centrality: [Degree], [Strength], [PageRank], [Betweenness],
//     [Closeness], [Harmonic], [Eigenvector], [Katz], [HITS].
//   - Paths: [ShortestPath], [KShortestPaths], [AllSimplePaths], each path a
//     chain of relations with [Path.Explain].
//   - Structure: [WeakComponents], [StrongComponents], [Ego], [CoreNumbers],
//     [KCore], [MaximalCliques], [Reciprocity], [Density].
//   - Communities: [Louvain], [Modularity], [SignedModularity].
//   - Signed balance: [SignedEdges], [SignedTriads], [DirectedSignedTriads],
//     [FrustrationIndex].
//   - Time: [Windows], [Series], [Track], [CompareRanks].
//   - Agreement with NetworkX, determinism and cost.
//
// # The projection
//
// A [graph.Graph] holds many relations per pair of actors, of many kinds, in
// both directions. Every measure here runs on its projection, made by
// [Project] from the graph or from any view of it ([graph.Graph.Filter]: by
// kind, sign, time window, "as of" a date, actors):
//
//   - Nodes are the view's actors, numbered 0..n-1 in ID order.
//   - Directed edges: each selected relation r adds weight(r) to the edge
//     r.From -> r.To, and, if its kind is symmetric (met, negotiated, ...),
//     to r.To -> r.From as well. One edge per ordered pair; no self-loops.
//   - The weight function defaults to [Count] (1 per relation, so the weight
//     of u->v is the number of selected relations from u to v). Others:
//     [RelationWeight] (the relation's own weight), [Goldstein] (the
//     magnitude of the kind's Goldstein value), [EvidenceCount] (the number
//     of citations), or any [WeightFunc]. A relation weighing 0 is left out.
//   - Weight is strength, never distance. Measures that need a distance use
//     hops, or, when asked for Weighted, the cost 1/weight: a pair tied by
//     three relations is a third as far apart as a pair tied by one.
//   - Hostility is a kind's sign, never a negative weight: centrality, paths
//     and structure count hostile ties like any other (filter them out, or
//     in, with graph.Filter.Signs). Only the signed measures read signs.
//   - The undirected collapse ([Projection.Undirected]), used for cliques,
//     communities and balance, has one edge per pair joined either way,
//     weighing the sum of the weights of the relations between the two,
//     each relation counted once (a symmetric relation too).
//   - The signed projection ([SignedEdges]) gives each pair of the collapse
//     the net sign of its relations: the sign of the sum over them of
//     kind sign times weight; pairs whose net is 0 have no signed tie. The
//     directed signed projection ([EdgeSigns]) does the same per directed
//     edge.
//
// Each edge keeps the relations that fall on it, so paths come back as
// chains of actual relations with their evidence ([Projection.Relations],
// [Step]).
//
// # The compact core
//
// A [Projection] is held in slices: compressed sparse rows of successors
// and predecessors with their weights, O(n + m) memory, no maps on any hot
// path. It implements gonum's graph.WeightedDirected (and [Undirected]
// implements graph.WeightedUndirected) with slice-backed iterators, so any
// of gonum's algorithms runs on it; node IDs are the actor indexes
// ([Projection.ID] maps back). The measures of this package use their own
// kernels on the slices: gonum's exact betweenness and closeness keep maps
// and all-pairs tables that do not scale to tens of thousands of actors.
//
// # Agreement with NetworkX
//
// Each measure is defined as its NetworkX 3.6 namesake on the projection
// (the doc comment of each function names it), and the tests compare with
// values NetworkX computed on three graphs (testdata/networkx_reference.py)
// to within 1e-9, relative above 1. Differences of definition:
//
//   - Power methods ([PageRank], [Eigenvector], [Katz], [HITS]) iterate
//     exactly as NetworkX does but default to a tolerance of 1e-12
//     ([DefaultTol]) instead of 1e-6 (1e-8 for HITS), so that results are
//     converged; with NetworkX's defaults they agree to about 1e-6.
//   - [HITS] follows NetworkX's pure-Python power iteration (networkx.hits
//     uses an SVD, which agrees when the leading singular value is simple).
//   - Weighted distances are costs 1/weight: NetworkX agrees when given an
//     edge attribute cost = 1/weight.
//   - Sampled [Betweenness] (K sources) is rescaled as NetworkX's, but draws
//     its sources with its own seeded generator.
//   - [Louvain] is seeded with its own generator: it does not reproduce
//     NetworkX's communities, but reaches comparable modularity, and
//     [Modularity] agrees exactly.
//
// # Determinism and cost
//
// Every ranking is a []Score sorted by score, highest first, then by ID.
// Randomness is seeded. [Betweenness], [Closeness] and [Harmonic] run on
// every core: each actor's value is computed by one goroutine in a fixed
// order, and betweenness partial sums are added in a fixed order, so results
// do not depend on scheduling. Betweenness costs O(n m) for hops and
// O(n m log n) weighted; closeness and harmonic likewise; the power methods
// O(n + m) per iteration.
package analysis
