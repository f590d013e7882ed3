// Package csv writes graphs as two CSV tables, nodes and edges, for
// spreadsheets, pandas and R:
//
//	import pandas as pd
//	nodes = pd.read_csv("ukraine.nodes.csv", index_col="id")
//	edges = pd.read_csv("ukraine.edges.csv")
//	# networkx.from_pandas_edgelist(edges, edge_attr=True, create_using=nx.MultiDiGraph)
//
// The node table has a column id, then one per node attribute of package
// encoding's schema (name, kind, country, title, aliases, roles, note),
// then one "attr.KEY" column per free attribute key any actor has, sorted.
// The edge table has columns source and target (actor IDs), then one per
// edge attribute (id, kind, sign, symmetric, nature, since, until, weight,
// reported_by, note, evidence_source, quote, evidence), then its
// "attr.KEY"s; symmetric is "true" for a relation of a symmetric kind,
// which is one row but holds both ways. With [Encoder.Simple], for a graph
// with one relation per ordered pair such as a projection's
// (analysis.Projection.Simple), a cost column = 1/weight follows weight,
// and nx.from_pandas_edgelist(edges, edge_attr=True,
// create_using=nx.DiGraph) gives the graph the measures run on. Each table
// starts with a header row. A value an actor or
// relation leaves unset is an empty cell; lists (aliases, roles, evidence)
// are JSON text in one cell. The graph's title, sources and kinds are not
// written: export node-link JSON or GraphML for a file to read back.
//
// # Conventions
//
// NewEncoder(nodes, edges).Encode(g) writes both tables, RFC 4180 style
// (comma-separated, quoted where needed, lines ending in \n); a nil writer
// skips its table. Rows follow the graph's order (actors by ID, relations
// as added), so output is deterministic. Text that is not valid UTF-8
// fails with an [*encoding.Error] wrapping encoding.ErrNotUTF8. There is no
// Decoder.
package csv
