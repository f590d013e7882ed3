package schema

import (
	"maps"
	"slices"

	"github.com/diplograph/diplograph/graph"
)

// Type is the type of an attribute in formats that declare types.
type Type uint8

// The attribute types.
const (
	String Type = iota
	Int
	Double
	Bool
)

// String returns "string", "int", "double" or "boolean", the names GraphML
// uses.
func (t Type) String() string {
	switch t {
	case Int:
		return "int"
	case Double:
		return "double"
	case Bool:
		return "boolean"
	}
	return "string"
}

// Key is a declared attribute.
type Key struct {
	Name string
	Type Type
}

// AttrPrefix starts the names of the free attributes of actors and
// relations: Attrs["population"] is written as "attr.population".
const AttrPrefix = "attr."

// The fixed node and edge keys, in the order formats write them. A node's
// id is the node's own identifier in every format, so it is not a key.
var (
	nodeKeys = []Key{{"name", String}, {"kind", String}, {"country", String}, {"title", String},
		{"aliases", String}, {"roles", String}, {"note", String}}
	edgeKeys = []Key{{"id", String}, {"kind", String}, {"sign", Int}, {"symmetric", Bool}, {"nature", String},
		{"since", String}, {"until", String}, {"weight", Double}, {"reported_by", String}, {"note", String},
		{"evidence_source", String}, {"quote", String}, {"evidence", String}}
)

// NodeKeys returns the node attributes of g: the fixed ones, then one
// "attr.KEY" per free attribute key any actor has, sorted.
func NodeKeys(g *graph.Graph) []Key {
	seen := map[string]bool{}
	for a := range g.Actors() {
		for k := range a.Attrs {
			seen[k] = true
		}
	}
	return appendAttrKeys(slices.Clone(nodeKeys), seen)
}

// EdgeKeys returns the edge attributes of g: the fixed ones, with "count"
// after "weight" if any relation stands for more than one occurrence, then
// one "attr.KEY" per free attribute key any relation has, sorted.
func EdgeKeys(g *graph.Graph) []Key {
	seen := map[string]bool{}
	counted := false
	for r := range g.Relations() {
		for k := range r.Attrs {
			seen[k] = true
		}
		counted = counted || r.Count > 1
	}
	keys := slices.Clone(edgeKeys)
	if counted {
		i := slices.IndexFunc(keys, func(k Key) bool { return k.Name == "weight" })
		keys = slices.Insert(keys, i+1, Key{CountKey, Int})
	}
	return appendAttrKeys(keys, seen)
}

// CountKey is the edge attribute holding a relation's Count, the number of
// occurrences it stands for, written when it is above 1.
const CountKey = "count"

func appendAttrKeys(keys []Key, seen map[string]bool) []Key {
	for _, k := range slices.Sorted(maps.Keys(seen)) {
		keys = append(keys, Key{AttrPrefix + k, String})
	}
	return keys
}
