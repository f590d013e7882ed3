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
//     chain of relations with [Path.Explain]; every distance from one actor
//     with its tree of shortest paths ([Distances], [Cost]).
//   - Structure: [WeakComponents], [StrongComponents], [Ego], [CoreNumbers],
//     [KCore], [MaximalCliques], [Reciprocity], [NodeReciprocity], [Density].
//   - Communities: [Louvain], [Modularity].
//   - Signs: [SignedEdges], [DirectedSignedEdges], [SignedTriads],
//     [DirectedSignedTriads], [Blocs]; a relation's own sign, ambivalent
//     pairs ([AmbivalenceRule]), blocs that explain themselves.
//   - Time: calendar or fixed [Windows], [Series], [Track], [CompareRanks].
//   - Export: [Projection.Simple], the projection as a graph of its own, for
//     NetworkX and other tools.
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
//     [WeightByCount] (1 per relation, or its Count for a relation that
//     stands for several occurrences, such as an aggregate of events, so the
//     weight of u->v is the number of selected relations, or occurrences,
//     from u to v); [WeightByRelation] (the relation's own
//     weight), [WeightByGoldstein] (the magnitude of the kind's Goldstein
//     value) or [WeightByEvidence] (the number of citations); or any
//     [WeightFunc] of your own. A relation weighing 0 is left out.
//   - Weight is strength, never distance. Measures that need a distance use
//     hops, or, when asked for Weighted, the cost 1/weight: a pair tied by
//     three relations is a third as far apart as a pair tied by one.
//   - Hostility is a sign, never a negative weight: centrality, paths and
//     structure count hostile ties like any other (filter them out, or in,
//     with graph.Filter.Signs). Only the signed measures read signs (see
//     Signs below).
//   - The undirected collapse ([Projection.Undirected]), used for cliques,
//     communities, balance and undirected paths and egos, has one edge per
//     pair joined either way, weighing the sum of the weights of the
//     relations between the two, each relation counted once (a symmetric
//     relation too).
//   - The signed projection ([SignedEdges]) gives each pair of the collapse
//     the sign of its relations, weighed: see Signs below. The directed
//     signed projection ([DirectedSignedEdges]) does the same per directed
//     edge.
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
// # Signs
//
// A relation counts with its own sign if it has one ([graph.Relation.WithSign]:
// a warning phone call is a hostile "phoned"), else with its kind's
// ([graph.Graph.SignOf]), in every signed measure: the signed projections,
// the triad censuses, [Blocs], and signed [Louvain] and [Modularity].
//
// A pair of actors has a cooperative weight and a hostile weight: the
// summed projection weights of its cooperative and of its hostile
// relations, each relation counted once whatever its direction. When only
// one is positive, the pair takes its sign. When both are, the pair is
// ambivalent (Russia recognised Crimea's independence, then annexed it),
// and an [AmbivalenceRule] decides: [NetSign], the default, gives it the
// sign of the difference, the "net cooperation" of event-data research,
// which weighs the record on both sides and lets intense acts outweigh
// routine ones under [WeightByGoldstein]; an evenly split pair (net zero)
// then has no sign. [HostileWins] makes it hostile; [DropAmbivalent]
// leaves it unsigned. Whatever the rule, ambivalent pairs are reported with
// their relations ([Balance.Ambivalent], [Alignment.Ambivalent]), never
// silently dropped. Signed Louvain and Modularity use the net weight.
//
// [Blocs] splits the actors into two blocs with as few frustrated ties
// (hostile within a bloc, cooperative across) as possible, and explains
// the split. Affiliations bind: an official stands with the state he
// leads or serves, a member with its organisation (leads, serves,
// member-of, part-of; [BlocsOptions]), so that a foreign minister who
// talks to the other side is not counted with it: the talks are a
// frustrated tie instead. Actors without a signed tie, or tied only by
// affiliations to actors with none, are [Alignment.Unaligned], not put in
// a bloc; groups with signed ties among themselves but none to the main
// conflict stand [Alignment.Apart]. Each [Member] comes with the ties that
// put it on its side ([Member.Support]) and those that strain it
// ([Member.Strain]); every [Tie] carries its relations, with their IDs and
// evidence.
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
// Enums ([Weighting], [Direction], [Measure], [TimeUnit],
// [AmbivalenceRule]) have String, a Parse function accepting the names
// String gives in any case, MarshalText and UnmarshalText, and a function
// listing every value ([Weightings], [Directions], [Measures], [TimeUnits],
// [AmbivalenceRules]), so that a command builds its flags and messages from
// them ([Measure.Description] gives the line a help text shows). A bad name
// fails with an error wrapping [ErrBadOption] that lists the valid names.
//
// Errors wrap the sentinels [ErrUnknownActor], [ErrNoPath], [ErrBadOption],
// [ErrNotConverged] and [ErrEmpty]: test for them with errors.Is. Nothing
// in this package panics on user data or prints.
//
// # Contexts
//
// Functions whose cost grows faster than the graph, or that read every
// relation of a large graph, take a context as their first parameter:
// [Betweenness], [Closeness], [Harmonic], [MaximalCliques], [Distances],
// [KShortestPaths], [AllSimplePaths], [Series], [CompareRanks], [Compute],
// [Louvain], [Modularity], [SignedTriads], [DirectedSignedTriads] and
// [Blocs]. Once the context is done they stop and return ctx.Err()
// (errors.Is(err, context.Canceled) holds), within about one unit of their
// work: they look at the context before each source or actor of a search
// (on every core of the parallel kernels, which return only once every
// worker has stopped), at each expansion of a clique, before each detour
// of Yen's algorithm, before each window or date of a series, and every
// 4096 steps of the rest: steps of a path walk, edges visited by Louvain's
// moves, relations read to sign pairs, entries of the neighbour lists
// merged to find triangles, two-step walks tried for directed triads,
// partitions enumerated, units moved and triangles tried by Blocs. A
// context already done returns at once. Looking costs a non-blocking
// channel receive per unit, not measurable against the work it meters.
//
// Functions linear in the graph, or nearly (projection, degree,
// components, cores, ego networks, shortest paths, reciprocity, density,
// the signed projections, and the power methods, whose iterations are
// O(n + m) each), take no context: like the projection itself, they take
// about a second at most on graphs of millions of relations. The
// undirected collapse ([Projection.Undirected]), made on first use by the
// functions that need it and then kept, is not interrupted either: it
// costs about as much as the projection.
//
// # Weights
//
// Weights are switched on in one place: the Weighted field of a measure's
// options. Without it a measure ignores the weights (each edge counts 1,
// distances are hops); with it, it uses them as the matching NetworkX call
// does on the projected graph. In the table, G is the projection as a
// networkx.DiGraph with edge attributes weight and cost = 1/weight (the
// graph "diplograph export --projected" writes, see "Exporting the
// projection"), and U the undirected collapse as a networkx.Graph with the
// same attributes; the tests compare with exactly these calls
// (testdata/networkx_reference.py; cmd/diplograph/testdata/networkx_rank.py
// for the measures of "diplograph rank"). Katz runs with its defaults,
// alpha=0.1 and beta=1.0.
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
//	Distances          no        single_source_shortest_path_length(G, s) (U if Undirected)
//	                   yes       single_source_dijkstra_path_length(G, s, weight="cost");
//	                             Cost CostWeight: the same with weight="weight"
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
//	signed measures        -     signs only; a tie's cooperative and hostile
//	                             weights always sum the projection's weights
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
// # Exporting the projection
//
// [Projection.Simple] returns the projection as a graph of its own: the
// view's actors, isolated ones too, and one relation of kind [TieKind] per
// projected edge, weighing the edge's weight, signed by its net sign, its
// free attributes naming the relations behind it. The encoders of package
// graph/encoding write it with their Simple setting, which adds to every
// edge cost = 1/weight, and, in node-link JSON, says "multigraph": false;
// "diplograph export --projected" does this for any view and weighting.
// NetworkX reads it as a DiGraph on which the calls of the table above
// give this package's numbers:
//
//	import json, networkx as nx
//	G = nx.node_link_graph(json.load(open("p.json")), edges="edges")  # a DiGraph
//	nx.pagerank(G, weight=None, tol=1e-12)       # PageRank
//	nx.pagerank(G, weight="weight", tol=1e-12)   # PageRank, Weighted
//	nx.betweenness_centrality(G)                 # Betweenness
//	nx.betweenness_centrality(G, weight="cost")  # Betweenness, Weighted
//	nx.closeness_centrality(G, distance="cost")  # Closeness, Weighted
//
// Pass "weight" to the measures that weigh ties by strength (degree,
// PageRank, eigenvector, Katz, HITS) and "cost" to those that measure
// distance (betweenness, closeness, harmonic, shortest paths, egos), never
// the reverse: a pair tied by more relations is closer. Give the power
// methods tol=1e-12 ([DefaultTol]; with NetworkX's default tolerance they
// agree to about 1e-6). GraphML read with networkx.read_graphml gives the
// same DiGraph. The command's tests check every measure of
// "diplograph rank", unweighted and weighted, under every [Weighting], this
// way to 1e-9.
//
// The multigraph export (an encoder without Simple) is not the projection:
// it has one edge per relation, and a relation of a symmetric kind (met,
// negotiated) is written once, from its from actor to its to actor, with
// the attribute symmetric = true, while the projection counts it both
// ways. Measures NetworkX computes on the multigraph differ from this
// package's (parallel edges add up, symmetric relations count one way); run
// them on the projection's export.
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
// [Closeness] and [Harmonic] run on every core, which take sources one
// chunk at a time, so a core that another process keeps busy takes fewer
// rather than holding the others up; the power methods ([PageRank],
// [Eigenvector], [Katz], [HITS]) time an iteration on one core and on
// every core and keep to the faster, timing the other again every 8
// iterations, since on a loaded machine a parallel iteration waits for its
// slowest core. Each actor's value is computed by one goroutine in a fixed
// order, and betweenness partial sums are added in a fixed order, so
// results are the same to the bit on any number of cores. Each
// function states its cost; in short, with n actors and m edges: projection
// O(n + m); degree O(n + m); the power methods O(n + m) per iteration;
// betweenness, closeness and harmonic O(n m) by hops, O(n m log n) weighted;
// a shortest path, or every distance from one actor ([Distances]),
// O(m log n) weighted and O(n + m) by hops; Louvain about O(m log n); signed triads
// O(m^1.5); blocs O(n + r log d) to build, for r relations and at most d
// between two actors, plus O(2^k k d) per block of k actors solved
// exactly.
package analysis
