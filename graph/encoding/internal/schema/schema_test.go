package schema

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/internal/errlist"
	"github.com/diplograph/diplograph/internal/graphtest"
)

func TestJSONText(t *testing.T) {
	s, err := JSONText([]string{"<a> & b", "“c”"})
	if err != nil || s != `["<a> & b","“c”"]` {
		t.Errorf("JSONText = %s, %v", s, err)
	}
	for _, x := range []any{math.NaN(), []KindMeta{{Name: "k", Goldstein: math.Inf(1)}}, func() {}} {
		if s, err := JSONText(x); err == nil {
			t.Errorf("JSONText(%v) = %s, want an error", x, s)
		}
	}
}

func TestKeys(t *testing.T) {
	g := graphtest.Rich()
	names := func(ks []Key) (out []string) {
		for _, k := range ks {
			out = append(out, k.Name)
		}
		return out
	}
	if got := names(NodeKeys(g)); !slices.Equal(got, []string{"name", "kind", "country", "title", "aliases", "roles", "note", "attr.population", "attr.status"}) {
		t.Errorf("NodeKeys = %q", got)
	}
	ek := EdgeKeys(g)
	if got := names(ek)[len(ek)-2:]; !slices.Equal(got, []string{"attr.recognised", "attr.treaty"}) {
		t.Errorf("EdgeKeys end with %q", got)
	}
	types := map[string]string{}
	for _, k := range ek {
		types[k.Name] = k.Type.String()
	}
	if types["sign"] != "int" || types["symmetric"] != "boolean" || types["weight"] != "double" || types["kind"] != "string" {
		t.Errorf("edge key types %v", types)
	}
}

// TestValuesRoundTrip checks that every actor and relation of the rich
// fixture, and relations with their own sign, come back from their flat
// values equal in every field.
func TestValuesRoundTrip(t *testing.T) {
	g := graphtest.Rich()
	for a := range g.Actors() {
		v, err := NodeValues(a)
		if err != nil {
			t.Fatal(err)
		}
		back, probs := ActorFromValues(a.ID, v)
		if len(probs) > 0 || !reflect.DeepEqual(back, a) {
			t.Errorf("actor %s: %v\nwant %+v\ngot  %+v", a.ID, probs, a, back)
		}
	}
	kindSign := MetaOf(g).KindSign()
	rels := slices.Collect(g.Relations())
	aggregate := rels[0]
	aggregate.Count = 6
	rels = append(rels, rels[0].WithSign(graph.Hostile), rels[0].WithSign(graph.Neutral), aggregate)
	for _, r := range rels {
		k, _ := g.Kind(r.Kind)
		v, err := EdgeValues(r, k)
		if err != nil {
			t.Fatal(err)
		}
		back, probs := RelationFromValues(r.From, r.To, v, kindSign)
		if back.Count == 0 { // not written for 1; Build makes 0 into 1
			back.Count = 1
		}
		if len(probs) > 0 || !reflect.DeepEqual(back, r) {
			t.Errorf("relation %s: %v\nwant %+v\ngot  %+v", r.ID, probs, r, back)
		}
	}
}

func TestActorFromValues(t *testing.T) {
	tests := []struct {
		name string
		v    map[string]string
		want actors.Actor
		keys []string // of the problems
	}{
		{"label", map[string]string{"label": "Russia", "pop": "144"}, actors.Actor{ID: "x", Name: "Russia", Attrs: map[string]string{"pop": "144"}}, nil},
		{"id as name", map[string]string{"attr.label": "L"}, actors.Actor{ID: "x", Name: "x", Attrs: map[string]string{"label": "L"}}, nil},
		{"name beats label", map[string]string{"name": "N", "label": "L"}, actors.Actor{ID: "x", Name: "N", Attrs: map[string]string{"label": "L"}}, nil},
		{"prefixed wins", map[string]string{"label": "L", "attr.label": "A", "attr.x": "1", "x": "2"}, actors.Actor{ID: "x", Name: "L", Attrs: map[string]string{"label": "A", "x": "1"}}, nil},
		{"problems", map[string]string{"name": "N", "kind": "nation", "aliases": "[1]", "roles": `[{"role": "r", "since": "x", "until": "2014-13"}]`},
			actors.Actor{ID: "x", Name: "N", Roles: []actors.Role{{Role: "r"}}}, []string{"aliases", "kind", "roles"}},
		{"roles not JSON", map[string]string{"name": "N", "roles": "president"}, actors.Actor{ID: "x", Name: "N"}, []string{"roles"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := ActorFromValues("x", tt.v)
			var keys []string
			for _, p := range probs {
				keys = append(keys, p.Key)
				if !errors.Is(p.Err, encoding.ErrBadValue) {
					t.Errorf("%s: %v does not wrap ErrBadValue", p.Key, p.Err)
				}
			}
			if !slices.Equal(keys, tt.keys) {
				t.Errorf("problems at %q, want %q", keys, tt.keys)
			}
			if tt.name == "problems" {
				got.Aliases = nil // partly read
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestRelationFromValues(t *testing.T) {
	kindSign := Meta{Kinds: []KindMeta{{Name: "k", Sign: -1}}}.KindSign()
	tests := []struct {
		name string
		v    map[string]string
		want graph.Relation
		keys []string
		errs []error
	}{
		{"shorthand", map[string]string{"kind": "met", "evidence_source": "s", "quote": "q", "key": "0", "weight": " 2 "},
			graph.Relation{From: "a", To: "b", Kind: "met", Weight: 2, Evidence: []graph.Evidence{{Source: "s", Quote: "q"}}}, nil, nil},
		{"quote without source", map[string]string{"kind": "met", "quote": "q"},
			graph.Relation{From: "a", To: "b", Kind: "met", Evidence: []graph.Evidence{{Quote: "q"}}}, nil, nil},
		{"evidence list wins", map[string]string{"kind": "met", "evidence": `[{"source": "t"}]`, "evidence_source": "s"},
			graph.Relation{From: "a", To: "b", Kind: "met", Evidence: []graph.Evidence{{Source: "t"}}}, nil, nil},
		{"kind's sign", map[string]string{"kind": "k", "sign": "-1"}, graph.Relation{From: "a", To: "b", Kind: "k"}, nil, nil},
		{"own sign", map[string]string{"kind": "k", "sign": "+1"}, graph.NewRelation("a", "b", "k").WithSign(graph.Cooperative), nil, nil},
		{"sign of an unknown kind", map[string]string{"kind": "zz", "sign": "0"}, graph.NewRelation("a", "b", "zz").WithSign(graph.Neutral), nil, nil},
		{"free attributes", map[string]string{"kind": "met", "attr.x": "1", "x": "0", "y": "2", "symmetric": "true", "nature": "event"},
			graph.Relation{From: "a", To: "b", Kind: "met", Attrs: map[string]string{"x": "1", "y": "2"}}, nil, nil},
		{"problems", map[string]string{"kind": "met", "weight": "x", "evidence": "s", "since": "2014-02-30", "until": "then", "sign": "up"},
			graph.Relation{From: "a", To: "b", Kind: "met"}, []string{"evidence", "weight", "sign", "since", "until"},
			[]error{encoding.ErrBadValue, encoding.ErrBadValue, graph.ErrBadKind, date.ErrImpossible, date.ErrSyntax}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := RelationFromValues("a", "b", tt.v, kindSign)
			var keys []string
			for i, p := range probs {
				keys = append(keys, p.Key)
				if !errors.Is(p.Err, encoding.ErrBadValue) || i < len(tt.errs) && !errors.Is(p.Err, tt.errs[i]) {
					t.Errorf("%s: %v", p.Key, p.Err)
				}
			}
			if !slices.Equal(keys, tt.keys) {
				t.Errorf("problems at %q, want %q", keys, tt.keys)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestMeta(t *testing.T) {
	g := graphtest.Rich()
	b := graph.NewBuilder()
	if probs := MetaOf(g).Apply(b); len(probs) > 0 {
		t.Fatal(probs)
	}
	back, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	if back.Title() != g.Title() || !reflect.DeepEqual(slices.Collect(back.Sources()), slices.Collect(g.Sources())) || !reflect.DeepEqual(back.CustomKinds(), g.CustomKinds()) {
		t.Errorf("meta read back differs: %+v", MetaOf(back))
	}
	bad := Meta{Sources: []SourceMeta{{ID: "s", Date: "2014-13"}}, Kinds: []KindMeta{{Name: "k", Nature: "mood"}}}
	var keys []string
	for _, p := range bad.Apply(graph.NewBuilder()) {
		keys = append(keys, p.Key)
		if !errors.Is(p.Err, encoding.ErrBadValue) {
			t.Errorf("%s: %v", p.Key, p.Err)
		}
	}
	if !slices.Equal(keys, []string{"sources[0].date", "kinds[0].nature"}) {
		t.Errorf("problems at %q", keys)
	}
}

// TestCheckUTF8 puts invalid UTF-8 in each text field in turn and checks
// that the problem names the item and the attribute.
func TestCheckUTF8(t *testing.T) {
	const bad = "ok\xffno"
	tests := []struct {
		item, key string
		change    func(*graph.Builder, *actors.Actor, *graph.Relation, *graph.Source, *graph.Kind)
	}{
		{"graph", "title", func(b *graph.Builder, _ *actors.Actor, _ *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			b.SetTitle(bad)
		}},
		{`source "s"`, "publisher", func(_ *graph.Builder, _ *actors.Actor, _ *graph.Relation, s *graph.Source, _ *graph.Kind) {
			s.Publisher = bad
		}},
		{`kind "k"`, "description", func(_ *graph.Builder, _ *actors.Actor, _ *graph.Relation, _ *graph.Source, k *graph.Kind) {
			k.Description = bad
		}},
		{`node "a"`, "name", func(_ *graph.Builder, a *actors.Actor, _ *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			a.Name = bad
		}},
		{`node "a"`, "aliases", func(_ *graph.Builder, a *actors.Actor, _ *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			a.Aliases = []string{bad}
		}},
		{`node "a"`, "roles", func(_ *graph.Builder, a *actors.Actor, _ *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			a.Roles = []actors.Role{{Role: bad}}
		}},
		{`node "a"`, "attrs", func(_ *graph.Builder, a *actors.Actor, _ *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			a.Attrs = map[string]string{bad: "v"}
		}},
		{`node "a"`, "attr.k", func(_ *graph.Builder, a *actors.Actor, _ *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			a.Attrs = map[string]string{"k": bad}
		}},
		{`edge "r"`, "note", func(_ *graph.Builder, _ *actors.Actor, r *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			r.Note = bad
		}},
		{`edge "r"`, "evidence", func(_ *graph.Builder, _ *actors.Actor, r *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			r.Evidence[0].Quote = bad
		}},
		{`edge "r"`, "attr.k", func(_ *graph.Builder, _ *actors.Actor, r *graph.Relation, _ *graph.Source, _ *graph.Kind) {
			r.Attrs = map[string]string{"k": bad}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.item+" "+tt.key, func(t *testing.T) {
			b := graph.NewBuilder()
			a := actors.Actor{ID: "a", Name: "A"}
			r := graph.Relation{ID: "r", From: "a", To: "b", Kind: "k", Evidence: []graph.Evidence{{Source: "s"}}}
			s := graph.Source{ID: "s"}
			k := graph.Kind{Name: "k"}
			tt.change(b, &a, &r, &s, &k)
			b.Add(a, actors.Actor{ID: "b", Name: "B"})
			b.AddRelation(r)
			b.AddSource(s)
			b.AddKind(k)
			g, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			err = CheckUTF8(g)
			var ee *encoding.Error
			if !errors.Is(err, encoding.ErrNotUTF8) || !errors.As(err, &ee) || ee.Item != tt.item || ee.Key != tt.key || !strings.Contains(err.Error(), "0xff at 2") {
				t.Errorf("CheckUTF8 = %v", err)
			}
		})
	}
	if err := CheckUTF8(graphtest.Rich()); err != nil {
		t.Errorf("CheckUTF8 of valid text: %v", err)
	}
}

func TestPlaces(t *testing.T) {
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: ""})
	b.Add(actors.Actor{ID: "a", Name: "A"}, actors.Actor{ID: "b"})
	b.AddRelation(graph.NewRelation("a", "c", graph.Met))
	b.AddRelation(graph.NewRelation("a", "b", "hugged"))
	ps := &Places{
		File:      "f",
		Graph:     Place{Item: "graph", Line: 1, Column: 1},
		Actors:    []Place{{Item: "n0", Line: 2, Column: 1}, {Item: "n1", Line: 3, Column: 5}},
		Relations: []Place{{Item: "e0", Line: 4, Column: 1}, {Item: "e1", Line: 5, Column: 1}},
		Field:     func(f string) string { return strings.ToUpper(f) },
	}
	ps.Add(Place{Item: "e1", Line: 5, Column: 1}, "KIND", fmt.Errorf("%w: read first", encoding.ErrBadValue))
	ps.Add(Place{Item: "n1", Line: 3, Column: 1}, "note", encoding.ErrBadValue)
	g, err := ps.Build(b)
	if g != nil {
		t.Fatal("a graph despite problems")
	}
	var got []string
	for _, e := range errlist.Flatten(err) {
		var ee *encoding.Error
		if !errors.As(e, &ee) || ee.File != "f" {
			t.Fatalf("%v is not an *encoding.Error of f", e)
		}
		got = append(got, fmt.Sprintf("%d:%d %s %s", ee.Line, ee.Column, ee.Item, ee.Key))
	}
	want := []string{"1:1 graph sources[0].id", "3:1 n1 note", "3:5 n1 name", "4:1 e0 TO", "5:1 e1 KIND"}
	if !slices.Equal(got, want) {
		t.Errorf("problems\n got %q\nwant %q", got, want)
	}
	if !errors.Is(err, graph.ErrBadID) || !errors.Is(err, actors.ErrNoName) || !errors.Is(err, graph.ErrUnknownActor) {
		t.Errorf("sentinels lost: %v", err)
	}

	// A builder that knows more items than were placed, and no problems.
	b = graph.NewBuilder()
	b.Add(actors.Actor{ID: "a"})
	ps = &Places{}
	_, err = ps.Build(b)
	var ee *encoding.Error
	if !errors.As(err, &ee) || ee.Item != "" || ee.Key != "name" || ee.Line != 0 {
		t.Errorf("unplaced problem: %v", err)
	}
	ok, err := (&Places{}).Build(graph.NewBuilder())
	if ok == nil || err != nil {
		t.Errorf("empty graph: %v", err)
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\nçd\n\nx")
	tests := []struct{ off, line, col int }{{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 2}, {6, 2, 3}, {7, 3, 1}, {8, 4, 1}, {9, 4, 2}, {99, 4, 2}, {-1, 1, 1}}
	for _, tt := range tests {
		if line, col := Position(data, tt.off); line != tt.line || col != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}
