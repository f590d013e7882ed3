// Package schema is the machinery behind the attribute schema of package
// encoding, shared by its format packages and nobody's API: the attribute
// keys and their types, an actor's or relation's flat text values and back,
// the graph's own attributes (title, sources, kinds), the UTF-8 check every
// encoder runs first, and the mapping of graph.Builder problems back to the
// place an item was read.
package schema
