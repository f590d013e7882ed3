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
// kind's. Readers take
// the kind by name, and a sign other than the kind's as the relation's own.
//
// The graph carries its title, its sources and the relation kinds the
// scenario defined (graph attributes title, sources and kinds), so that an
// export in a format with a Decoder reads back into an equal graph.
//
// Decoders read files other tools wrote too: attributes outside the schema
// become free attributes, a node without a name takes its "label", then its
// ID, and an edge without a kind takes the Decoder's DefaultKind.
package encoding
