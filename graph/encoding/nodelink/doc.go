// Package nodelink writes and reads graphs as NetworkX node-link JSON.
//
// The document is what networkx.node_link_data produces for a directed
// multigraph, with the edge list under "edges":
//
//	import json, networkx as nx
//	g = nx.node_link_graph(json.load(open("ukraine.json")), edges="edges")
//	# g is a MultiDiGraph; g.nodes["putin"]["name"] == "Vladimir Putin"
//	# every relation is an edge keyed by its ID, with kind, sign, since,
//	# until, weight, evidence (a list of {source, quote}), reported_by, ...
//	# and symmetric: True for a relation of a symmetric kind, which holds
//	# both ways but is one edge here
//
// With [Encoder.Simple], for a graph with one relation per ordered pair
// such as a projection's (analysis.Projection.Simple), the document says
// "multigraph": false: NetworkX reads a DiGraph whose edges have an "id",
// "weight" and "cost" = 1/weight, on which its measures give the numbers of
// package graph/analysis:
//
//	G = nx.node_link_graph(json.load(open("p.json")), edges="edges")
//	nx.pagerank(G, weight="weight", tol=1e-12)
//	nx.closeness_centrality(G, distance="cost")
//
// Nodes and edges carry the attributes of package encoding's schema;
// aliases, roles and evidence stay JSON lists and free attributes are a
// nested "attrs" mapping. The graph attributes hold the title, the
// sources and the scenario's own kinds, so a [Decoder] gives back a graph
// equal to the one encoded.
//
// # Conventions
//
// NewEncoder(w).Encode(g) writes one indented document; the output is
// deterministic (nodes sorted by ID, edges in graph order, object keys in a
// fixed order). NewDecoder(r).Decode() reads one document: ours, or one
// NetworkX wrote (the older "links" key for the edges is read too). A
// Decoder's settings are its fields: DefaultKind, the kind of edges that
// have none, and Name, the input's name in errors. Every problem is an
// [*encoding.Error] with the input's name, the line and column of the node
// or edge, the item ("nodes[2]", "edges[5]", "graph") and the attribute;
// test them with errors.Is against [ErrFormat], encoding.ErrBadValue and
// the sentinels of packages graph, actors and date.
package nodelink
