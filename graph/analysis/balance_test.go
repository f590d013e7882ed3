package analysis_test

import (
	"fmt"
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
			b := analysis.SignedTriads(p)
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
			for _, d := range analysis.DirectedSignedTriads(p) {
				key := d.Signs[0].String() + d.Signs[1].String() + d.Signs[2].String()
				if d.Count != ref.Balance.Directed[key] {
					t.Errorf("directed %s: %d, brute force %d", key, d.Count, ref.Balance.Directed[key])
				}
			}
			f := analysis.FrustrationIndex(p, analysis.FrustrationOptions{Seed: 1})
			if f.LowerBound > f.Index || f.Exact && f.LowerBound != f.Index {
				t.Errorf("frustration %d, lower bound %d, exact %v", f.Index, f.LowerBound, f.Exact)
			}
			if n := len(f.Blocs[0]) + len(f.Blocs[1]); n != p.Len() {
				t.Errorf("blocs hold %d actors, want %d", n, p.Len())
			}
			t.Logf("frustration %d (lower bound %d, exact %v), balance ratio %.3f", f.Index, f.LowerBound, f.Exact, c.Ratio())
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

func TestFrustration(t *testing.T) {
	cases := []struct {
		name  string
		ties  []string
		index int
		blocs [2][]string
	}{
		{"balanced blocs", []string{"A+B", "C+D", "A-C", "B-D", "A-D"}, 0, [2][]string{{"A", "B"}, {"C", "D"}}},
		{"one frustrated triangle", []string{"A+B", "B+C", "A-C"}, 1, [2][]string{{"A", "B", "C"}, nil}},
		{"all hostile triangle", []string{"A-B", "B-C", "A-C"}, 1, [2][]string{{"A", "C"}, {"B"}}},
		{"two components", []string{"A+B", "B+C", "A-C", "D-E"}, 1, [2][]string{{"A", "B", "C", "D"}, {"E"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := analysis.FrustrationIndex(analysis.Project(signedGraph(c.ties...), analysis.ProjectOptions{}), analysis.FrustrationOptions{Seed: 1})
			if f.Index != c.index || !f.Exact || f.LowerBound != c.index {
				t.Errorf("index %d (bound %d, exact %v), want %d exact", f.Index, f.LowerBound, f.Exact, c.index)
			}
			if !slices.Equal(f.Blocs[0], c.blocs[0]) || !slices.Equal(f.Blocs[1], c.blocs[1]) {
				t.Errorf("blocs %v, want %v", f.Blocs, c.blocs)
			}
		})
	}
}

// TestFrustrationHeuristic compares the heuristic with the exact search on
// the components of a generated graph small enough for both.
func TestFrustrationHeuristic(t *testing.T) {
	for seed := range uint64(5) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			p := analysis.Project(generate(seed, 22, 60), analysis.ProjectOptions{})
			exact := analysis.FrustrationIndex(p, analysis.FrustrationOptions{Seed: seed})
			if !exact.Exact {
				t.Skip("component too large for the exact search")
			}
			heur := analysis.FrustrationIndex(p, analysis.FrustrationOptions{Seed: seed, Heuristic: true})
			if heur.Exact || heur.Index < exact.Index || heur.LowerBound > exact.Index {
				t.Errorf("heuristic %d (bound %d), exact %d", heur.Index, heur.LowerBound, exact.Index)
			}
			t.Logf("exact %d, heuristic %d, lower bound %d", exact.Index, heur.Index, heur.LowerBound)
		})
	}
}

func TestSignedLouvain(t *testing.T) {
	// Two blocs, cooperative inside and hostile across: the signed variant
	// must find them, whatever the seed.
	p := analysis.Project(signedGraph("A+B", "B+C", "A+C", "D+E", "E+F", "D+F", "A-D", "B-E", "C-F", "A-E"), analysis.ProjectOptions{})
	for seed := range uint64(5) {
		c, err := analysis.Louvain(p, analysis.LouvainOptions{Seed: seed, Signed: true})
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{{"A", "B", "C"}, {"D", "E", "F"}}
		if !slices.EqualFunc(c.Groups, want, slices.Equal) {
			t.Errorf("seed %d: %v, want %v", seed, c.Groups, want)
		}
		q, _ := analysis.Modularity(p, c.Groups, analysis.ModularityOptions{Signed: true})
		if !close(q, c.Modularity, 1e-12) || q <= 0 {
			t.Errorf("seed %d: modularity %v, recomputed %v", seed, c.Modularity, q)
		}
	}
}
