// Package gexf writes graphs as GEXF 1.3, the format of Gephi, with time:
// every dated relation carries a spell, so Gephi's timeline plays the crisis
// day by day, and networkx.read_gexf reads it.
//
// Spells use whole days (timeformat "date"): a relation dated to a month
// spans the month's first to last day, one dated to a year the year's. The
// exact text and precision stay in the since and until attributes. Open
// ends are left open. Parallel relations stay separate edges with their own
// IDs; an edge's GEXF "kind" is the relation kind, so Gephi can filter by it.
// A relation of a symmetric kind is one directed edge with the attribute
// symmetric = true: it holds both ways. With [Encoder.Simple], for a graph
// with one relation per ordered pair such as a projection's
// (analysis.Projection.Simple), every edge also has a cost attribute =
// 1/weight, and there are no parallel edges.
//
// # Conventions
//
// NewEncoder(w).Encode(g) writes one document; the output is deterministic
// (nodes sorted by ID, edges in graph order, no modification date). Nodes
// and edges carry the attributes of package encoding's schema (the name is
// GEXF's label, the relation ID and weight GEXF's own). GEXF is written
// only: for a file to read back, write GraphML or node-link JSON. Text XML cannot
// carry fails with an [*encoding.Error] wrapping encoding.ErrNotXML (or
// encoding.ErrNotUTF8), naming the node or edge and the attribute.
package gexf
