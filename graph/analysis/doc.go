// Package analysis measures diplomatic graphs: centrality, paths with their
// evidence, structure, communities, signed balance and change over time,
// agreeing with NetworkX on the same projected graph.
//
//	p := analysis.Project(g, analysis.ProjectOptions{})
//	ranks, err := analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})
//	path, err := analysis.ShortestPath(p, "klitschko", "obama", analysis.ShortestPathOptions{})
//	fmt.Println(path.Explain())
//
// # Sections
//
//   - The projection: how a multigraph of typed relations becomes the
//     weighted simple graph every measure runs on ([Project],
//     [ProjectOptions], [Weighting]).
//   - The compact core: slices, not maps; actors by ID; gonum's interfaces
//     ([Projection], [Undirected]).
//   - Centrality: [Degree], [PageRank], [Betweenness], [Closeness],
//     [Harmonic], [Eigenvector], [Katz], [HITS]; any of them by name
//     ([Measure], [Compute]); rankings with ties and isolates ([Ranks],
//     [Isolates]).
//   - Paths: [ShortestPath], [KShortestPaths], [AllSimplePaths], each path a
//     chain of relations with [Path.Explain].
//   - Structure: [WeakComponents], [StrongComponents], [Ego], [CoreNumbers],
//     [KCore], [MaximalCliques], [Reciprocity], [NodeReciprocity], [Density].
//   - Communities: [Louvain], [Modularity].
//   - Signed balance: [SignedEdges], [DirectedSignedEdges], [SignedTriads],
//     [DirectedSignedTriads], [FrustrationIndex].
//   - Time: calendar or fixed [Windows], [Series], [Track], [CompareRanks].
//   - Options, contexts, weights, agreement with NetworkX, determinism and
//     cost.
//
// # The projection
//
// A [graph.Graph] holds many relations per pair of actors, of many kinds, in
// both directions. Every measure here runs on its projection, made by
// [Project] from the graph or from any view of it ([graph.Graph.Filter]: by
// kind, sign, time window, "as of" a date, actors):
//
//   - Nodes are the view's actors, in ID order.
//   - Directed edges: each selected relation r adds its weight to the edge
//     r.From -> r.To, and, if its kind is symmetric (met, negotiated, ...),
//     to r.To -> r.From as well. One edge per ordered pair; no self-loops.
//   - A relation's weight is set by [ProjectOptions.Weighting]: by default
//     [WeightByCount] (1 per relation, so the weight of u->v is the number of
//     selected relations from u to v); [WeightByRelation] (the relation's own
//     weight), [WeightByGoldstein] (the magnitude of the kind's Goldstein
//     value) or [WeightByEvidence] (the number of citations); or any
//     [WeightFunc] of your own. A relation weighing 0 is left out.
//   - Weight is strength, never distance. Measures that need a distance use
//     hops, or, when asked for Weighted, the cost 1/weight: a pair tied by
//     three relations is a third as far apart as a pair tied by one.
//   - Hostility is a kind's sign, never a negative weight: centrality, paths
//     and structure count hostile ties like any other (filter them out, or
//     in, with graph.Filter.Signs). Only the signed measures read signs.
//   - The undirected collapse ([Projection.Undirected]), used for cliques,
//     communities, balance and undirected paths and egos, has one edge per
//     pair joined either way, weighing the sum of the weights of the
//     relations between the two, each relation counted once (a symmetric
//     relation too).
//   - The signed projection ([SignedEdges]) gives each pair of the collapse
//     the net sign of its relations: the sign of the sum over them of
//     kind sign times weight; pairs whose net is 0 have no signed tie. The
//     directed signed projection ([DirectedSignedEdges]) does the same per
//     directed edge.
//
// Each edge keeps the relations that fall on it, by their index in the
// graph (they are not copied), so paths come back as chains of actual
// relations with their evidence ([Projection.EdgeRelations], [Step]).
//
// # The compact core
//
// A [Projection] is held in slices: compressed sparse rows of successors
// and predecessors with their weights, O(n + m) memory, no maps on any hot
// path. Its own methods address actors by ID ([Projection.EdgeWeight],
// [Projection.EdgeRelations], [Projection.Successors],
// [Projection.Predecessors]), and every result names actors by ID.
//
// It also implements gonum's graph.WeightedDirected (and [Undirected]
// implements graph.WeightedUndirected) with slice-backed iterators, so any of
// gonum's algorithms runs on it. Gonum's int64 node IDs are the actors'
// positions in ID order; [Projection.NodeID] and [Projection.ActorID] map
// between the two. The measures of this package use their own kernels on
// the slices: gonum's exact betweenness and closeness keep maps and
// all-pairs tables that do not scale to tens of thousands of actors.
//
// # Options
//
// Every measure takes its options as a struct passed by value as its last
// parameter, named after it ([PageRankOptions] for [PageRank]), whose zero
// value means the documented defaults; every field's comment states its
// default. Fields are flat (no embedded option structs), booleans are false
// by default, and seeds, sample sizes, radii and limits are fields, never
// positional parameters. No function takes more than four parameters
// besides its context.
//
// Enums ([Weighting], [Direction], [Measure], [TimeUnit]) have String, a
// Parse function accepting the names String gives in any case,
// MarshalText and UnmarshalText, and a function listing every value
// ([Weightings], [Directions], [Measures], [TimeUnits]), so that a command
// builds its flags and messages from them ([Measure.Description] gives the
// line a help text shows). A bad name fails with an error wrapping
// [ErrBadOption] that lists the valid names.
//
// Errors wrap the sentinels [ErrUnknownActor], [ErrNoPath], [ErrBadOption],
// [ErrNotConverged] and [ErrEmpty]: test for them with errors.Is. Nothing
// in this package panics on user data or prints.
//
// # Contexts
//
// Functions whose cost grows faster than the graph take a context as their
// first parameter: [Betweenness], [Closeness], [Harmonic],
// [MaximalCliques], [KShortestPaths], [AllSimplePaths], [Series],
// [CompareRanks] and [Compute]. Once the context is done they stop and
// return ctx.Err() (errors.Is(err, context.Canceled) holds), within about
// one unit of their work: they look at the context before each source or
// actor of a search (on every core of the parallel kernels, which return
// only once every worker has stopped), at each expansion of a clique,
// before each detour of Yen's algorithm, every 4096 steps of a path walk,
// and before each window or date of a series; a context already done
// returns at once. Looking costs a non-blocking channel receive per unit,
// not measurable against the O(m) search it precedes.
//
// Functions linear in the graph, or nearly (projection, degree,
// components, cores, ego networks, shortest paths, reciprocity, density,
// and the power methods, whose iterations are O(n + m) each), take no
// context: they end in well under a second on graphs of millions of edges.
// The signed and community measures ([Louvain], [SignedTriads],
// [FrustrationIndex]) do not take one yet and run to their end.
//
// # Weights
//
// Weights are switched on in one place: the Weighted field of a measure's
// options. Without it a measure ignores the weights (each edge counts 1,
// distances are hops); with it, it uses them as the matching NetworkX call
// does on the projected graph. In the table, G is the projection as a
// networkx.DiGraph with edge attributes weight and cost = 1/weight, and U the
// undirected collapse as a networkx.Graph with the same attributes; the
// tests compare with exactly these calls (testdata/networkx_reference.py).
//
//	measure            Weighted  NetworkX call giving the same numbers
//	Degree             no        degree_centrality(G) (in_, out_degree_centrality)
//	                   yes       dict(G.degree(weight="weight")) (in_degree, out_degree)
//	PageRank           no        pagerank(G, weight=None)
//	                   yes       pagerank(G, weight="weight")
//	Eigenvector        no        eigenvector_centrality(G, weight=None)
//	                   yes       eigenvector_centrality(G, weight="weight")
//	Katz               no        katz_centrality(G, alpha, beta, weight=None)
//	                   yes       katz_centrality(G, alpha, beta, weight="weight")
//	HITS               no        hits(H), H a copy of G without weights
//	                   yes       hits(G)
//	Betweenness        no        betweenness_centrality(G)
//	                   yes       betweenness_centrality(G, weight="cost")
//	Closeness          no        closeness_centrality(G)
//	                   yes       closeness_centrality(G, distance="cost")
//	Harmonic           no        harmonic_centrality(G)
//	                   yes       harmonic_centrality(G, distance="cost")
//	ShortestPath       no        shortest_path(G, s, t) (U if Undirected)
//	                   yes       shortest_path(G, s, t, weight="cost")
//	KShortestPaths     no        shortest_simple_paths(G, s, t)
//	                   yes       shortest_simple_paths(G, s, t, weight="cost")
//	AllSimplePaths     no        all_simple_paths(G, s, t, cutoff), by hops
//	                   yes       the same, by path_weight(G, path, "cost")
//	Ego                no        ego_graph(G, n, radius) (U if Undirected)
//	                   yes       ego_graph(G, n, radius, distance="cost")
//	Louvain            no        community.louvain_communities(U, weight=None) *
//	                   yes       community.louvain_communities(U, weight="weight") *
//	Modularity         no        community.modularity(U, groups, weight=None)
//	                   yes       community.modularity(U, groups, weight="weight")
//	CoreNumbers, KCore     -     core_number(G), k_core(G, k): unweighted only
//	WeakComponents,        -     weakly_/strongly_connected_components(G),
//	StrongComponents,            find_cliques(U): structure only
//	MaximalCliques
//	Reciprocity, Density,  -     overall_reciprocity(G), reciprocity(G, nodes),
//	NodeReciprocity              density(G): structure only
//	signed measures        -     signs only; the net sign of a tie always sums
//	                             kind sign times the projection's weight
//	Series, CompareRanks   -     as their Measure, with their Weighted
//
// (*) Louvain draws with its own generator: the communities differ from
// NetworkX's, at comparable modularity.
//
// # Agreement with NetworkX
//
// The tests compare every measure with values NetworkX 3.6 computed on three
// graphs to within 1e-9, relative above 1. Differences of definition:
//
//   - Power methods ([PageRank], [Eigenvector], [Katz], [HITS]) iterate
//     exactly as NetworkX does but default to a tolerance of 1e-12
//     ([DefaultTol]) instead of 1e-6 (1e-8 for HITS), so that results are
//     converged; with NetworkX's defaults they agree to about 1e-6.
//   - [HITS] follows NetworkX's pure-Python power iteration (networkx.hits
//     uses an SVD, which agrees when the leading singular value is simple).
//   - Weighted distances are costs 1/weight: NetworkX agrees when given an
//     edge attribute cost = 1/weight.
//   - An undirected [Ego] or path runs on the undirected collapse U, whose
//     weights sum both directions; NetworkX's undirected=True on G would keep
//     one direction's weight. With a fractional Radius in hops NetworkX also
//     takes the next whole hop; [Ego] keeps to distance <= Radius.
//   - Sampled [Betweenness] (Samples sources, NetworkX's k) is rescaled as
//     NetworkX's, but draws its sources with its own seeded generator.
//   - [Reciprocity] and [NodeReciprocity] give 0 where NetworkX raises an
//     error or gives None (no edges, an isolated actor).
//
// # Time
//
// [Windows] cuts time into windows of a fixed number of days, or of ISO
// weeks (Monday to Sunday), calendar months, quarters or years
// ([TimeUnit], [WindowOptions]). Windows are whole, so they compare (the
// first and last may reach beyond the dates asked for), and each carries
// the precision of its unit: a month window is the month itself and prints
// as "Mar 2014". [Series] measures the view of each window, by a named
// [Measure] or a [MeasureFunc]; [CompareRanks] compares the first and last
// day of a span, such as a window, and names the relations that moved an
// actor.
//
// # Determinism and cost
//
// Every ranking is a []Score sorted by score, highest first, then by ID;
// every list of actors is sorted by ID. Ranks are competition ranks
// ([Ranks], [Rank]): scores within a relative [TieTolerance] of 1e-9 tie
// and share a rank, and the next rank skips (1, 2, 2, 4). Every measure
// scores the actors without relations in the view too, at 0 or at the
// level every actor starts from; [Isolates] names them, so that tables
// mark them rather than rank them. Randomness is seeded. [Betweenness],
// [Closeness] and [Harmonic] run on every core: each actor's value is
// computed by one goroutine in a fixed order, and betweenness partial sums
// are added in a fixed order, so results do not depend on scheduling. Each
// function states its cost; in short, with n actors and m edges: projection
// O(n + m); degree O(n + m); the power methods O(n + m) per iteration;
// betweenness, closeness and harmonic O(n m) by hops, O(n m log n) weighted;
// a shortest path O(m log n); Louvain about O(m log n); signed triads
// O(m^1.5).
package analysis
