package graph

import (
	"fmt"
	"maps"
	"reflect"
	"strconv"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

// attrBuilder returns a builder with actors a and b and source s.
func attrBuilder() *Builder {
	b := NewBuilder()
	b.AddSource(Source{ID: "s"})
	b.Add(actors.Actor{ID: "a", Name: "A"}, actors.Actor{ID: "b", Name: "B"})
	return b
}

// TestAttrStorage checks that every relation's attributes come back as
// given, through the compact storage: nil and empty kept apart, many keys,
// keys and values shared between relations, keys whose values stop being
// interned, and the other sparse parts (IDs, notes, evidence notes, large
// counts) beside them.
func TestAttrStorage(t *testing.T) {
	many := map[string]string{}
	for i := range 300 {
		many["key"+strconv.Itoa(i)] = strconv.Itoa(i % 7)
	}
	// unique gives n relations an "id" attribute with a value of its own,
	// more than one window of them, so that the key's values end up kept
	// as given, and a shared "dataset" value.
	unique := func(n int) []map[string]string {
		out := make([]map[string]string, n)
		for i := range out {
			out[i] = map[string]string{"id": fmt.Sprint("event-", i), "dataset": "gdelt2", "tone": strconv.Itoa(i % 3)}
		}
		return out
	}
	tests := []struct {
		name  string
		attrs []map[string]string
	}{
		{"none", []map[string]string{nil, nil}},
		{"empty is not nil", []map[string]string{{}, nil, {}, {"k": "v"}, {}}},
		{"empty key and value", []map[string]string{{"": ""}, {"": "x"}, {"k": ""}}},
		{"many keys", []map[string]string{many, nil, many}},
		{"keys shared", []map[string]string{{"cameo": "043", "goldstein": "2.8"}, {"cameo": "036"}, {"goldstein": "2.8", "x": "043"}}},
		{"values kept as given past a window", unique(2*attrWindow + 5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := attrBuilder()
			for i, a := range tt.attrs {
				r := NewRelation("a", "b", Met).On(date.MustParse("2014-03-29"))
				r.Attrs = a
				if i%2 == 0 {
					r.ID = fmt.Sprint("r", i)
					r.Note = fmt.Sprint("note ", i)
					r.Count = 1 << 40
					r = r.Cite("s", "q").Cite("s", "")
					r.Evidence[1].Note = fmt.Sprint("evidence note ", i)
				}
				b.AddRelation(r)
			}
			g, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range tt.attrs {
				r := g.RelationAt(i)
				if got := r.Attrs; !reflect.DeepEqual(got, want) || (got == nil) != (want == nil) {
					t.Errorf("relation %d: attrs %v (nil %v), want %v (nil %v)", i, got, got == nil, want, want == nil)
				}
				if i%2 == 0 {
					if r.ID != fmt.Sprint("r", i) || r.Note != fmt.Sprint("note ", i) || r.Count != 1<<40 ||
						len(r.Evidence) != 2 || r.Evidence[0].Note != "" || r.Evidence[1].Note != fmt.Sprint("evidence note ", i) {
						t.Errorf("relation %d: %+v", i, r)
					}
				} else if r.Note != "" || r.Count != 1 || len(r.Evidence) != 0 {
					t.Errorf("relation %d: %+v", i, r)
				}
			}
		})
	}
}

// TestAttrRawMode checks that a key of unique values stops being interned
// (the memory rule) while a key of repeated values stays interned.
func TestAttrRawMode(t *testing.T) {
	b := attrBuilder()
	for i := range 2 * attrWindow {
		r := NewRelation("a", "b", Met)
		r.Attrs = map[string]string{"id": strconv.Itoa(i), "root": strconv.Itoa(i % 2)}
		b.AddRelation(r)
	}
	id, root := b.attrs.keys.pos["id"], b.attrs.keys.pos["root"]
	if !b.attrs.stats[id].raw || b.attrs.stats[root].raw {
		t.Errorf("id kept as given %v (want true), root %v (want false)", b.attrs.stats[id].raw, b.attrs.stats[root].raw)
	}
	if got := b.rels.attrs.raw.n; got != attrWindow {
		t.Errorf("%d values kept as given, want the second window's %d", got, attrWindow)
	}
}

// TestAttrIndependence checks that neither the map given to AddRelation
// nor a map handed out by the graph is the graph's: changing either
// changes nothing, so a caller may reuse one map for every relation.
func TestAttrIndependence(t *testing.T) {
	b := attrBuilder()
	scratch := map[string]string{}
	for i := range 3 {
		clear(scratch)
		scratch["i"] = strconv.Itoa(i)
		if i > 0 {
			scratch["later"] = "yes"
		}
		r := NewRelation("a", "b", Met).Cite("s", "quote")
		r.Attrs = scratch
		b.AddRelation(r)
	}
	scratch["i"] = "changed after AddRelation"
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	want := []map[string]string{{"i": "0"}, {"i": "1", "later": "yes"}, {"i": "2", "later": "yes"}}
	tests := []struct {
		name   string
		change func(r Relation)
	}{
		{"attrs changed", func(r Relation) { r.Attrs["i"] = "changed" }},
		{"attr added", func(r Relation) { r.Attrs["new"] = "x" }},
		{"attr deleted", func(r Relation) { delete(r.Attrs, "i") }},
		{"attrs cleared", func(r Relation) { clear(r.Attrs) }},
		{"evidence changed", func(r Relation) { r.Evidence[0].Quote = "changed" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range g.NumRelations() {
				tt.change(g.RelationAt(i))
			}
			for r := range g.Relations() {
				tt.change(r)
			}
			rel, _ := g.Relation(g.RelationID(1))
			tt.change(rel)
			for i, w := range want {
				r := g.RelationAt(i)
				if !maps.Equal(r.Attrs, w) {
					t.Errorf("relation %d: attrs %v, want %v", i, r.Attrs, w)
				}
				if r.Evidence[0].Quote != "quote" {
					t.Errorf("relation %d: quote %q", i, r.Evidence[0].Quote)
				}
			}
		})
	}
	a, c := g.RelationAt(0).Attrs, g.RelationAt(0).Attrs
	a["i"] = "mine"
	if c["i"] != "0" {
		t.Error("two calls of RelationAt share a map")
	}
}

// TestAttrSnapshots checks that a graph and its views keep their
// attributes while the builder goes on adding relations whose keys and
// values are new, past chunks of the columns and windows of the interner.
func TestAttrSnapshots(t *testing.T) {
	attrsOf := func(i int) map[string]string {
		switch {
		case i%5 == 0:
			return nil
		case i%7 == 0:
			return map[string]string{}
		}
		return map[string]string{"n": strconv.Itoa(i), "k" + strconv.Itoa(i%11): "v" + strconv.Itoa(i%13), "d": "same"}
	}
	tests := []struct{ first, more int }{{3, 2}, {chunkLen - 1, 5}, {chunkLen + 7, chunkLen}, {attrWindow + 1, 3 * attrWindow}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.first, "+", tt.more), func(t *testing.T) {
			b := attrBuilder()
			b.Add(actors.Actor{ID: "c", Name: "C"})
			add := func(from, to int) {
				for i := from; i < to; i++ {
					r := NewRelation("a", []string{"b", "c"}[i%2], Met)
					r.Attrs = attrsOf(i)
					b.AddRelation(r)
				}
			}
			check := func(g *Graph, n int) {
				t.Helper()
				if g.NumRelations() != n {
					t.Fatalf("%d relations, want %d", g.NumRelations(), n)
				}
				for i := range n {
					if got, want := g.RelationAt(i).Attrs, attrsOf(i); !reflect.DeepEqual(got, want) {
						t.Fatalf("relation %d: attrs %v, want %v", i, got, want)
					}
				}
			}
			add(0, tt.first)
			g1, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			view, err := g1.Filter(Filter{Actors: []string{"a", "c"}})
			if err != nil {
				t.Fatal(err)
			}
			add(tt.first, tt.first+tt.more)
			g2, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			check(g1, tt.first)
			check(g2, tt.first+tt.more)
			if want := tt.first / 2; view.NumRelations() != want { // the odd ones, a -> c
				t.Fatalf("view: %d relations, want %d", view.NumRelations(), want)
			}
			for j := range view.NumRelations() {
				r, i := view.RelationAt(j), 2*j+1
				if got, want := r.Attrs, attrsOf(i); r.To != "c" || !reflect.DeepEqual(got, want) {
					t.Fatalf("view: relation %d (%s, to %s): attrs %v, want %v", j, r.ID, r.To, got, want)
				}
			}
		})
	}
}
