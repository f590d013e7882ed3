// Package encoding maps actors and relations to named attributes, the one
// attribute schema shared by the interchange formats in its sub-packages:
// nodelink (NetworkX node-link JSON), graphml, gexf and csv.
//
// # Attributes
//
// An actor becomes a node with attributes id, name, kind, country, title,
// aliases, roles, note and one "attr.KEY" per free attribute. A relation
// becomes an edge with id, kind, sign, symmetric, nature, since, until,
// weight, reported_by, note, evidence_source, quote and evidence, plus its
// "attr.KEY"s. A point in time has since == until. Formats that hold
// structured values (node-link JSON) keep aliases, roles and evidence as
// lists; flat formats (GraphML, GEXF, CSV) write them as JSON text, so
// nothing is lost, and add the first citation's source ID and quote as plain
// columns for tools that show one value.
//
// The graph itself carries title, sources and the scenario's own relation
// kinds, so an export can be read back into an equal graph.
package encoding
