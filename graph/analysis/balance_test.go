package analysis_test

import (
	"context"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

func TestNetworkXBalance(t *testing.T) {
	for _, tg := range testGraphs() {
		ref := loadReference(t, tg.name)
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		t.Run(tg.name, func(t *testing.T) {
			b, err := analysis.SignedTriads(context.Background(), p, analysis.SignedTriadsOptions{})
			if err != nil {
				t.Fatal(err)
			}
			c := b.Census
			got := map[string]int{"PPP": c.PPP, "PPN": c.PPN, "PNN": c.PNN, "NNN": c.NNN}
			for k, want := range ref.Balance.Census {
				if got[k] != want {
					t.Errorf("census %s: %d, brute force %d", k, got[k], want)
				}
			}
			var unbalanced [][]string
			for _, tr := range b.Unbalanced {
				if tr.Balanced() || tr.Text == "" {
					t.Errorf("%v listed as unbalanced: %q", tr.Actors, tr.Text)
				}
				unbalanced = append(unbalanced, tr.Actors[:])
			}
			if !slices.EqualFunc(unbalanced, ref.Balance.Unbalanced, slices.Equal) && len(unbalanced)+len(ref.Balance.Unbalanced) > 0 {
				t.Errorf("unbalanced %v\nbrute force %v", unbalanced, ref.Balance.Unbalanced)
			}
			directed, err := analysis.DirectedSignedTriads(context.Background(), p, analysis.DirectedSignedTriadsOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range directed {
				key := d.Signs[0].String() + d.Signs[1].String() + d.Signs[2].String()
				if d.Count != ref.Balance.Directed[key] {
					t.Errorf("directed %s: %d, brute force %d", key, d.Count, ref.Balance.Directed[key])
				}
			}
			for _, o := range []analysis.BlocsOptions{{Seed: 1, NoAffiliation: true}, {Seed: 1}} {
				f, err := analysis.Blocs(context.Background(), p, o)
				if err != nil {
					t.Fatal(err)
				}
				if f.LowerBound > f.Frustration || f.Exact && f.LowerBound != f.Frustration || len(f.Frustrated) != f.Frustration {
					t.Errorf("%+v: frustration %d, lower bound %d, exact %v, %d frustrated ties", o, f.Frustration, f.LowerBound, f.Exact, len(f.Frustrated))
				}
				if got := placed(f); !slices.Equal(got, actorIDs(tg.g)) {
					t.Errorf("%+v: blocs, apart and unaligned hold %v, want every actor once", o, got)
				}
				t.Logf("%+v: frustration %d (lower bound %d, exact %v), balance ratio %.3f", o, f.Frustration, f.LowerBound, f.Exact, c.Ratio())
			}
		})
	}
}

// signedGraph builds a graph of cooperative (+) and hostile (-) ties among
// actors named by single letters: "A+B B-C".
func signedGraph(ties ...string) *graph.Graph {
	b := graph.NewBuilder()
	seen := map[string]bool{}
	for _, t := range ties {
		for _, id := range []string{t[:1], t[2:]} {
			if !seen[id] {
				seen[id] = true
				b.Add(actors.Actor{ID: id, Name: "Actor " + id})
			}
		}
		kind := graph.Backs
		if t[1] == '-' {
			kind = graph.Sanctions
		}
		b.AddRelation(graph.Relation{From: t[:1], To: t[2:], Kind: kind})
	}
	g, err := b.Build()
	if err != nil {
		panic(err)
	}
	return g
}

func TestSignedLouvain(t *testing.T) {
	// Two blocs, cooperative inside and hostile across: the signed variant
	// must find them, whatever the seed.
	p := analysis.Project(signedGraph("A+B", "B+C", "A+C", "D+E", "E+F", "D+F", "A-D", "B-E", "C-F", "A-E"), analysis.ProjectOptions{})
	for seed := range uint64(5) {
		c, err := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Seed: seed, Signed: true})
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{{"A", "B", "C"}, {"D", "E", "F"}}
		if !slices.EqualFunc(c.Groups, want, slices.Equal) {
			t.Errorf("seed %d: %v, want %v", seed, c.Groups, want)
		}
		q, _ := analysis.Modularity(context.Background(), p, c.Groups, analysis.ModularityOptions{Signed: true})
		if !close(q, c.Modularity, 1e-12) || q <= 0 {
			t.Errorf("seed %d: modularity %v, recomputed %v", seed, c.Modularity, q)
		}
	}
}
