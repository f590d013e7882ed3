// Package encoding describes how diplograph writes graphs for other tools,
// and holds what its format packages share: the attribute schema below, the
// error sentinels and the [*Error] that says where a problem is.
//
// The formats, one package each:
//
//	nodelink  Encoder, Decoder  NetworkX node-link JSON
//	graphml   Encoder, Decoder  GraphML (NetworkX, yEd, igraph, Gephi)
//	gexf      Encoder           GEXF 1.3 with time spells (Gephi)
//	csv       Encoder           two tables, nodes and edges (spreadsheets, pandas, R)
//
// Scenario files (YAML or JSON written by hand) are package scenario's.
//
// # Conventions
//
// Every format follows the standard library: NewEncoder(w).Encode(g) writes
// a graph, NewDecoder(r).Decode() reads one. Settings are exported fields of
// the Encoder or Decoder, set before the first call, whose zero values are
// the defaults (a Decoder's DefaultKind and Name). Output is deterministic:
// the same graph always gives the same bytes. Encoders and decoders never
// panic on user data: text a format cannot carry ([ErrNotUTF8],
// [ErrNotXML]) is an error, not a silent replacement, and every problem a
// decoder finds is reported, each as an [*Error] naming the input, the
// line and column where the format gives them, the node or edge, and the
// attribute. Test for them with errors.Is: [ErrBadValue], a format's
// ErrFormat, and the sentinels of packages graph, actors and date
// (graph.ErrUnknownActor, date.ErrImpossible, ...).
//
// # Attributes
//
// An actor becomes a node with attributes id, name, kind, country, title,
// aliases, roles and note, and one "attr.KEY" per free attribute KEY (in
// node-link JSON, a nested "attrs" mapping). A relation becomes an edge from
// its from actor to its to actor with attributes id, kind, sign (-1, 0 or
// 1), symmetric, nature (event, state or affiliation), since, until,
// weight, reported_by, note, evidence_source, quote and evidence, plus its
// "attr.KEY"s. Attributes an actor or relation leaves empty are not written.
//
// Dates are written as the model keeps them, YYYY, YYYY-MM or YYYY-MM-DD; a
// point in time has since == until. Formats that hold structured values
// (node-link JSON) keep aliases, roles and evidence as lists; flat formats
// (GraphML, GEXF, CSV) write them as JSON text, so nothing is lost, and add
// the first citation's source ID and quote as evidence_source and quote for
// tools that show one value. The attributes symmetric and nature repeat
// the relation's kind for tools that filter on them; sign is the sign the
// relation counts with, its own (graph.Relation.WithSign) or else its
// kind's. Readers take the kind by name, and a sign other than the kind's
// as the relation's own.
//
// # Symmetric relations
//
// Every edge says whether its relation's kind is symmetric: symmetric is
// true for met, negotiated, allied-with and the other symmetric kinds (a
// typed boolean in GraphML and GEXF, a JSON boolean in node-link JSON,
// "true" or "false" in CSV), false for directed ones. A symmetric relation
// is written once, from its from actor to its to actor, but holds both
// ways: the projection the measures run on (package graph/analysis) counts
// it on both from->to and to->from. A tool that builds a directed graph
// from the multigraph must add the reverse edge itself, or read the
// projection's export instead (below).
//
// # Simple graphs: the projection for other tools
//
// Every Encoder has a Simple setting for graphs with at most one relation
// per ordered pair of actors and no symmetric relation, such as the one
// analysis.Projection.Simple makes of the projection the measures run on
// (the command's "export --projected"). In simple mode an encoder adds to
// every edge the attribute cost = 1/weight (a double), the distance that
// weighted shortest paths, betweenness and closeness use, so that NetworkX
// users pass distance="cost" (and weight="weight" to the measures that
// weigh ties by strength); node-link JSON says "multigraph": false and
// gives each edge an "id" instead of a multigraph "key", so
// networkx.node_link_graph returns a DiGraph, as networkx.read_graphml and
// read_gexf do. A graph that is not simple fails with [ErrNotSimple],
// naming the relation. Decoders drop a cost equal to 1/weight, which is
// derived; any other cost is kept as a free attribute.
//
// The graph carries its title, its sources and the relation kinds the
// scenario defined (graph attributes title, sources and kinds), so that an
// export in a format with a Decoder reads back into an equal graph.
//
// Decoders read files other tools wrote too: attributes outside the schema
// become free attributes, a node without a name takes its "label", then its
// ID, and an edge without a kind takes the Decoder's DefaultKind.
package encoding
