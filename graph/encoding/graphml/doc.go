// Package graphml writes and reads graphs as GraphML, the XML graph format
// that networkx.read_graphml, yEd, Gephi and igraph read.
//
// Nodes and edges carry the attributes of package encoding's schema with
// declared types (sign is an int, symmetric a boolean, weight a double);
// aliases, roles and evidence are JSON text; free attributes are
// "attr.KEY" string keys. Edge IDs are relation IDs, so a MultiDiGraph read
// by NetworkX keys parallel edges by them:
//
//	g = nx.read_graphml("ukraine.graphml", force_multigraph=True)
//
// A relation of a symmetric kind is one edge with symmetric = true: it
// holds both ways. With [Encoder.Simple], for a graph with one relation per
// ordered pair such as a projection's (analysis.Projection.Simple), every
// edge also has cost = 1/weight, and nx.read_graphml("p.graphml") gives a
// DiGraph on which nx.pagerank(G, weight="weight") and
// nx.closeness_centrality(G, distance="cost") give the numbers of package
// graph/analysis.
//
// The graph's title, sources and own kinds are graph-level data, so a
// [Decoder] gives back a graph equal to the one encoded.
//
// # Conventions
//
// NewEncoder(w).Encode(g) writes one document; the output is deterministic
// (nodes sorted by ID, edges in graph order) and fails with
// encoding.ErrNotXML on a character XML cannot carry. NewDecoder(r).Decode()
// reads one document: ours, or one networkx.write_graphml, yEd or Gephi
// wrote. A Decoder's settings are its fields: DefaultKind, the kind of
// edges that have none, and Name, the input's name in errors. Every problem
// is an [*encoding.Error] with the input's name, the line and column of the
// element, the item (`node "putin"`, `edge "call-1"`, "graph") and the
// attribute; test them with errors.Is against [ErrFormat],
// encoding.ErrBadValue and the sentinels of packages graph, actors and
// date.
package graphml
