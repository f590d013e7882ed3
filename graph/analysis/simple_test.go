package analysis_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/graph/encoding/graphml"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
	"github.com/diplograph/diplograph/internal/graphtest"
)

// sameProjection fails t unless q has p's actors, edges and weights,
// exactly.
func sameProjection(t *testing.T, p, q *analysis.Projection) {
	t.Helper()
	if q.Len() != p.Len() || q.NumEdges() != p.NumEdges() {
		t.Fatalf("%d actors and %d edges, want %d and %d", q.Len(), q.NumEdges(), p.Len(), p.NumEdges())
	}
	for node := range int64(p.Len()) {
		u := p.ActorID(node)
		if q.ActorID(node) != u {
			t.Fatalf("node %d is %s, want %s", node, q.ActorID(node), u)
		}
		for v, w := range p.Successors(u) {
			if got, ok := q.EdgeWeight(u, v); !ok || got != w {
				t.Errorf("%s->%s weighs %v (%v), want %v", u, v, got, ok, w)
			}
		}
	}
}

// TestSimple checks the simple graph of every test graph's projection
// under every weighting: one tie per edge with the edge's weight, net sign
// and relations; projected again it gives the same projection, and the
// same measures.
func TestSimple(t *testing.T) {
	for _, tg := range testGraphs() {
		for _, w := range analysis.Weightings() {
			t.Run(tg.name+"/"+w.String(), func(t *testing.T) {
				p := analysis.Project(tg.g, analysis.ProjectOptions{Weighting: w})
				s, err := p.Simple()
				if err != nil {
					t.Fatal(err)
				}
				if s.NumActors() != tg.g.NumActors() || s.NumRelations() != p.NumEdges() || s.Title() != tg.g.Title() {
					t.Fatalf("simple graph %q of %d actors and %d relations; want %q, %d and %d",
						s.Title(), s.NumActors(), s.NumRelations(), tg.g.Title(), tg.g.NumActors(), p.NumEdges())
				}
				if k, ok := s.Kind(analysis.TieKind); !ok || k.Symmetric || k.Sign != graph.Neutral {
					t.Fatalf("kind %s = %+v, %v; want a directed neutral kind", analysis.TieKind, k, ok)
				}
				sign := map[[2]string]graph.Sign{}
				for _, e := range analysis.DirectedSignedEdges(p, analysis.DirectedSignedEdgesOptions{}) {
					sign[[2]string{e.A, e.B}] = e.Sign
				}
				for r := range s.Relations() {
					w, ok := p.EdgeWeight(r.From, r.To)
					if r.Kind != analysis.TieKind || !ok || r.Weight != w {
						t.Fatalf("relation %s: %s %s->%s weight %v; the edge weighs %v (%v)", r.ID, r.Kind, r.From, r.To, r.Weight, w, ok)
					}
					if got, own := r.OwnSign(); !own || got != sign[[2]string{r.From, r.To}] {
						t.Errorf("%s: sign %v (own %v), want the net sign %v", r.ID, got, own, sign[[2]string{r.From, r.To}])
					}
					var ids, kinds []string
					for rel := range p.EdgeRelations(r.From, r.To) {
						ids = append(ids, rel.ID)
						kinds = append(kinds, rel.Kind)
					}
					slices.Sort(kinds)
					want := map[string]string{"relations": strconv.Itoa(len(ids)), "relation_ids": strings.Join(ids, ","), "kinds": strings.Join(slices.Compact(kinds), ",")}
					for k, v := range want {
						if r.Attrs[k] != v {
							t.Errorf("%s: %s = %q, want %q", r.ID, k, r.Attrs[k], v)
						}
					}
					if len(r.Attrs) != len(want) || !r.When.IsZero() || len(r.Evidence) > 0 {
						t.Errorf("%s: attrs %v, time %v, evidence %v; want the three attributes only", r.ID, r.Attrs, r.When, r.Evidence)
					}
				}
				q := analysis.Project(s, analysis.ProjectOptions{Weighting: analysis.WeightByRelation})
				sameProjection(t, p, q)
				for _, weighted := range []bool{false, true} {
					a, errA := analysis.PageRank(p, analysis.PageRankOptions{Weighted: weighted})
					b, errB := analysis.PageRank(q, analysis.PageRankOptions{Weighted: weighted})
					if errA != nil || errB != nil || !slices.Equal(a, b) {
						t.Errorf("PageRank (weighted %v) differs on the simple graph's projection: %v %v", weighted, errA, errB)
					}
					bc, _ := analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Weighted: weighted})
					bq, _ := analysis.Betweenness(context.Background(), q, analysis.BetweennessOptions{Weighted: weighted})
					if !slices.Equal(bc, bq) {
						t.Errorf("Betweenness (weighted %v) differs on the simple graph's projection", weighted)
					}
				}
			})
		}
	}
}

// TestSimpleRoundTrip writes the simple graph in node-link JSON and
// GraphML, in the encoders' simple mode, and reads it back: the graph is
// equal, and its projection has the original weights.
func TestSimpleRoundTrip(t *testing.T) {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{Weighting: analysis.WeightByGoldstein})
	s, err := p.Simple()
	if err != nil {
		t.Fatal(err)
	}
	formats := []struct {
		name   string
		encode func(*bytes.Buffer) error
		decode func(*bytes.Buffer) (*graph.Graph, error)
	}{
		{"nodelink", func(b *bytes.Buffer) error {
			enc := nodelink.NewEncoder(b)
			enc.Simple = true
			return enc.Encode(s)
		}, func(b *bytes.Buffer) (*graph.Graph, error) { return nodelink.NewDecoder(b).Decode() }},
		{"graphml", func(b *bytes.Buffer) error {
			enc := graphml.NewEncoder(b)
			enc.Simple = true
			return enc.Encode(s)
		}, func(b *bytes.Buffer) (*graph.Graph, error) { return graphml.NewDecoder(b).Decode() }},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.encode(&buf); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), "cost") {
				t.Error("the export has no cost attribute")
			}
			back, err := f.decode(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if d := graphtest.Diff(s, back); d != "" {
				t.Errorf("read back: %s", d)
			}
			sameProjection(t, p, analysis.Project(back, analysis.ProjectOptions{Weighting: analysis.WeightByRelation}))
		})
	}
}

// TestSimpleView checks the simple graph of a view that leaves out an
// actor others hold roles in: the roles go, the rest of the actor stays.
func TestSimpleView(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("USA", "United States"),
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader, Country: "RUS",
			Roles: []actors.Role{{Role: "president", Of: "RUS"}, {Role: "judoka"}}})
	b.Relate("putin", "USA", graph.Phoned)
	b.Relate("USA", "putin", graph.Sanctions)
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	view, err := g.Filter(graph.Filter{Actors: []string{"putin", "USA"}})
	if err != nil {
		t.Fatal(err)
	}
	s, err := analysis.Project(view, analysis.ProjectOptions{}).Simple()
	if err != nil {
		t.Fatal(err)
	}
	putin, _ := s.Actor("putin")
	if putin.Name != "Vladimir Putin" || putin.Country != "RUS" || len(putin.Roles) != 1 || putin.Roles[0].Role != "judoka" {
		t.Errorf("putin = %+v; want the actor without the role held in RUS", putin)
	}
	if orig, _ := g.Actor("putin"); len(orig.Roles) != 2 {
		t.Errorf("Simple changed the graph's actor: %+v", orig)
	}
	if r, ok := s.Relation("USA-tie-putin"); !ok || r.Weight != 1 {
		t.Errorf("USA-tie-putin = %+v, %v", r, ok)
	} else if sg, _ := r.OwnSign(); sg != graph.Hostile {
		t.Errorf("USA-tie-putin sign %v, want hostile", sg)
	}
}

// TestSimpleOverflow checks that an edge whose weights overflow when
// added is an error, not a graph with an infinite weight.
func TestSimpleOverflow(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
	b.Relate("RUS", "UKR", graph.Sanctions)
	b.Relate("RUS", "UKR", graph.Threatened)
	b.Relate("UKR", "RUS", graph.Condemned)
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	p := analysis.Project(g, analysis.ProjectOptions{WeightFunc: func(graph.Relation, graph.Kind) float64 { return math.MaxFloat64 }})
	if w, _ := p.EdgeWeight("RUS", "UKR"); !math.IsInf(w, 1) {
		t.Fatalf("RUS->UKR weighs %v, want +Inf for this test", w)
	}
	s, err := p.Simple()
	if !errors.Is(err, graph.ErrBadWeight) || s != nil || !strings.Contains(err.Error(), "RUS -> UKR") {
		t.Errorf("Simple = %v, %v; want an error wrapping graph.ErrBadWeight naming the edge", s, err)
	}
}

// TestSimpleEmpty checks the simple graph of a graph without relations.
func TestSimpleEmpty(t *testing.T) {
	b := graph.NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	s, err := analysis.Project(g, analysis.ProjectOptions{}).Simple()
	if err != nil || s.NumActors() != 1 || s.NumRelations() != 0 {
		t.Errorf("Simple = %v, %v; want one actor, no relation", s, err)
	}
}
