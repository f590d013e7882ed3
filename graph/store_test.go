package graph

import (
	"fmt"
	"reflect"
	"strconv"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

// referenceIDs derives relation IDs as one pass over strings does: the
// rule the stored graph must give without storing them.
func referenceIDs(rs []Relation) []string {
	taken := map[string]bool{}
	for _, r := range rs {
		if r.ID != "" {
			taken[r.ID] = true
		}
	}
	next := map[string]int{}
	out := make([]string, len(rs))
	for i, r := range rs {
		if r.ID != "" {
			out[i] = r.ID
			continue
		}
		base := r.From + "-" + r.Kind + "-" + r.To
		if !r.When.Since.IsZero() {
			base += "-" + r.When.Since.String()
		} else if !r.When.Until.IsZero() {
			base += "-until-" + r.When.Until.String()
		}
		id := base
		if taken[id] {
			n := max(next[base], 2)
			for {
				id = base + "-" + strconv.Itoa(n)
				n++
				if !taken[id] {
					break
				}
			}
			next[base] = n
		}
		taken[id] = true
		out[i] = id
	}
	return out
}

func TestDerivedIDsStored(t *testing.T) {
	march := date.At(p("2014-03"))
	day29 := date.At(p("2014-03-29"))
	repeat := func(n int, r Relation) []Relation {
		out := make([]Relation, n)
		for i := range out {
			out[i] = r
		}
		return out
	}
	met := NewRelation("a", "b", Met)
	tests := []struct {
		name string
		rels []Relation
	}{
		{"distinct", []Relation{met.During(day29), met.During(march), met, NewRelation("b", "a", Met)}},
		{"repeats", repeat(5, met.During(day29))},
		{"undated and until", append(repeat(3, met), repeat(2, met.During(date.Span{Until: p("2015")}))...)},
		// "a-met-b-2014-03" repeated 29 times would take "a-met-b-2014-03-29",
		// the ID of the relation dated 2014-03-29.
		{"suffix clashes with parts, day first", append([]Relation{met.During(day29)}, repeat(30, met.During(march))...)},
		{"suffix clashes with parts, day last", append(repeat(30, met.During(march)), met.During(day29))},
		{"given ID equals parts", []Relation{{ID: "a-met-b", From: "a", To: "b", Kind: Met}, met, met}},
		{"given ID equals a suffix", []Relation{met, {ID: "a-met-b-2", From: "b", To: "a", Kind: Met}, met, met}},
		{"hyphenated actors share parts", []Relation{NewRelation("a-met-b", "c", Met), NewRelation("a", "b-met-c", Met)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder()
			b.Add(actors.Actor{ID: "a", Name: "A"}, actors.Actor{ID: "b", Name: "B"}, actors.Actor{ID: "c", Name: "C"},
				actors.Actor{ID: "a-met-b", Name: "AB"}, actors.Actor{ID: "b-met-c", Name: "BC"})
			for _, r := range tt.rels {
				b.AddRelation(r)
			}
			g, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			want := referenceIDs(tt.rels)
			seen := map[string]bool{}
			for i := range g.NumRelations() {
				if got := g.RelationAt(i).ID; got != want[i] {
					t.Errorf("relation %d: ID %q, want %q", i, got, want[i])
				}
				if got := g.RelationID(i); got != want[i] {
					t.Errorf("relation %d: RelationID %q, want %q", i, got, want[i])
				}
				if r, ok := g.Relation(want[i]); !ok || r.ID != want[i] {
					t.Errorf("Relation(%q) = %q, %v", want[i], r.ID, ok)
				}
				seen[want[i]] = true
			}
			if len(seen) != len(tt.rels) {
				t.Errorf("%d distinct IDs for %d relations", len(seen), len(tt.rels))
			}
		})
	}
}

// TestBuilderReuse checks that a graph does not change when its builder
// goes on adding, past a chunk of the columns.
func TestBuilderReuse(t *testing.T) {
	b := NewBuilder()
	b.AddSource(Source{ID: "s"})
	b.Add(actors.Actor{ID: "a", Name: "A"}, actors.Actor{ID: "b", Name: "B"})
	add := func(n int) {
		for i := range n {
			r := NewRelation("a", "b", Phoned).On(date.MustParse(fmt.Sprintf("2014-03-%02d", 1+i%28)))
			if i%3 == 0 {
				r = r.Cite("s", fmt.Sprint("quote ", i))
				r.Note = fmt.Sprint("note ", i)
				r.Attrs = map[string]string{"i": strconv.Itoa(i)}
			}
			b.AddRelation(r)
		}
	}
	tests := []struct{ first, more int }{{3, 2}, {chunkLen - 1, 5}, {chunkLen + 7, chunkLen}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.first, "+", tt.more), func(t *testing.T) {
			b.rels = relStore{}
			b.actorNames, b.kindNames, b.sourceNames = names{}, names{}, names{}
			add(tt.first)
			g1, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			before := make([]Relation, g1.NumRelations())
			for i := range before {
				before[i] = g1.RelationAt(i).Clone()
			}
			add(tt.more)
			g2, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			if g1.NumRelations() != tt.first || g2.NumRelations() != tt.first+tt.more {
				t.Fatalf("%d and %d relations, want %d and %d", g1.NumRelations(), g2.NumRelations(), tt.first, tt.first+tt.more)
			}
			for i, r := range before {
				if got := g1.RelationAt(i); !reflect.DeepEqual(got, r) {
					t.Fatalf("relation %d changed: %+v, was %+v", i, got, r)
				}
				if got := g2.RelationAt(i); !reflect.DeepEqual(got, r) {
					t.Fatalf("relation %d differs in the second graph: %+v, want %+v", i, got, r)
				}
			}
		})
	}
}

// TestRelationLink checks the column accessors against the materialised
// relations, in a built graph and in a view.
func TestRelationLink(t *testing.T) {
	g := crisis(t)
	view, err := g.Filter(Filter{Countries: []string{"RUS", "USA", "UKR"}, DropIsolated: true})
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("USA", "United States"))
	b.AddRelation(NewRelation("USA", "RUS", Phoned).WithSign(Hostile))
	b.AddRelation(NewRelation("RUS", "USA", Sanctions).WithSign(Neutral))
	b.AddRelation(NewRelation("RUS", "USA", Met))
	signed, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	if !signed.RelationLink(0).OwnSign || signed.RelationLink(0).Sign != Hostile || signed.RelationLink(2).OwnSign {
		t.Errorf("own signs: %+v, %+v", signed.RelationLink(0), signed.RelationLink(2))
	}
	for _, gr := range []*Graph{g, view, signed} {
		if gr.NumRelations() == 0 {
			t.Fatal("no relations")
		}
		for i := range gr.NumRelations() {
			r := gr.RelationAt(i)
			l := gr.RelationLink(i)
			k, _ := gr.Kind(r.Kind)
			_, own := r.OwnSign()
			want := Link{From: gr.actorIdx[r.From], To: gr.actorIdx[r.To], Kind: l.Kind, Weight: r.Weight,
				Count: r.Count, Sign: gr.SignOf(r), OwnSign: own, Evidence: len(r.Evidence)}
			if l != want || l.Kind.Name != k.Name {
				t.Errorf("relation %d (%s): link %+v, want %+v", i, r.ID, l, want)
			}
			if gr.ActorAt(l.From).ID != r.From || gr.ActorAt(l.To).ID != r.To {
				t.Errorf("relation %d: ends %d, %d are not %s, %s", i, l.From, l.To, r.From, r.To)
			}
			if id := gr.RelationID(i); id != r.ID {
				t.Errorf("relation %d: RelationID %q, want %q", i, id, r.ID)
			}
		}
	}
}

func TestBigCount(t *testing.T) {
	b := NewBuilder()
	b.Add(actors.Actor{ID: "a", Name: "A"}, actors.Actor{ID: "b", Name: "B"})
	tests := []struct {
		count, want int
	}{{0, 1}, {1, 1}, {7, 7}, {1 << 31, 1 << 31}, {1 << 40, 1 << 40}}
	for _, tt := range tests {
		r := NewRelation("a", "b", Met)
		r.Count = tt.count
		b.AddRelation(r)
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	for i, tt := range tests {
		if got := g.RelationAt(i).Count; got != tt.want {
			t.Errorf("count %d: got %d, want %d", tt.count, got, tt.want)
		}
		if got := g.RelationLink(i).Count; got != tt.want {
			t.Errorf("count %d: link says %d, want %d", tt.count, got, tt.want)
		}
	}
}
