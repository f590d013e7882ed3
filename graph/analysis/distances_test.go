package analysis_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/graph/analysis"
)

// TestNetworkXDistances compares every distance from the reference sources
// with NetworkX's single_source_shortest_path_length and
// single_source_dijkstra_path_length, under each cost rule, directed and
// undirected; and checks the tree it returns: every parent is one step
// shorter, the table is sorted, the unreached are the rest, and each path
// is the one ShortestPath returns.
func TestNetworkXDistances(t *testing.T) {
	for _, tg := range testGraphs() {
		ref := loadReference(t, tg.name)
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		for _, c := range []struct {
			name string
			o    analysis.DistancesOptions
			want map[string]map[string]float64
		}{
			{"hops", analysis.DistancesOptions{}, ref.Paths.Hops},
			{"weighted", analysis.DistancesOptions{Weighted: true}, ref.Paths.Cost},
			{"inverse-weight", analysis.DistancesOptions{Cost: analysis.CostInverseWeight}, ref.Paths.Cost},
			{"weight", analysis.DistancesOptions{Cost: analysis.CostWeight}, ref.Paths.Weight},
			{"hops undirected", analysis.DistancesOptions{Undirected: true}, ref.Paths.HopsUndirected},
			{"inverse-weight undirected", analysis.DistancesOptions{Weighted: true, Undirected: true}, ref.Paths.CostUndirected},
			{"weight undirected", analysis.DistancesOptions{Cost: analysis.CostWeight, Undirected: true}, ref.Paths.WeightUndirected},
		} {
			t.Run(tg.name+"/"+c.name, func(t *testing.T) {
				if len(c.want) == 0 {
					t.Fatal("no reference distances")
				}
				for src, want := range c.want {
					tree, err := analysis.Distances(context.Background(), p, src, c.o)
					if err != nil {
						t.Fatal(err)
					}
					checkTree(t, p, tree, want, c.o)
				}
			})
		}
	}
}

func checkTree(t *testing.T, p *analysis.Projection, tree *analysis.ShortestPathTree, want map[string]float64, o analysis.DistancesOptions) {
	t.Helper()
	if len(tree.Reached) != len(want) || len(tree.Reached)+len(tree.Unreached) != p.Len() {
		t.Fatalf("from %s: %d reached, %d unreached; NetworkX reaches %d of %d",
			tree.From, len(tree.Reached), len(tree.Unreached), len(want), p.Len())
	}
	if first := tree.Reached[0]; first.ID != tree.From || first.Cost != 0 || first.Hops != 0 || first.Via != "" {
		t.Errorf("from %s: first entry %+v, want the source at 0", tree.From, first)
	}
	for i, d := range tree.Reached {
		w, ok := want[d.ID]
		if !ok {
			t.Errorf("from %s: reaches %s, NetworkX does not", tree.From, d.ID)
			continue
		}
		if !close(d.Cost, w, 1e-12) {
			t.Errorf("from %s to %s: %v, NetworkX %v", tree.From, d.ID, d.Cost, w)
		}
		if i > 0 && (d.Cost < tree.Reached[i-1].Cost || d.Cost == tree.Reached[i-1].Cost && d.ID <= tree.Reached[i-1].ID) {
			t.Errorf("from %s: %s after %s: not sorted by cost, then ID", tree.From, d.ID, tree.Reached[i-1].ID)
		}
		if got, ok := tree.Distance(d.ID); !ok || got != d {
			t.Errorf("Distance(%s) = %+v, %v; want %+v", d.ID, got, ok, d)
		}
		if d.Via == "" {
			continue
		}
		// The parent is reached, one hop shorter, and the edge from it
		// makes up the difference.
		via, ok := tree.Distance(d.Via)
		if !ok || via.Hops != d.Hops-1 {
			t.Errorf("from %s: %s via %s (%+v)", tree.From, d.ID, d.Via, via)
		}
		var ew float64
		if o.Undirected {
			ew, ok = p.Undirected().EdgeWeight(d.Via, d.ID)
		} else {
			ew, ok = p.EdgeWeight(d.Via, d.ID)
		}
		step := map[analysis.Cost]float64{analysis.CostHops: 1, analysis.CostInverseWeight: 1 / ew, analysis.CostWeight: ew}[tree.Cost]
		if !ok || via.Cost+step != d.Cost {
			t.Errorf("from %s: %s (%v) via %s (%v): edge %v, step %v", tree.From, d.ID, d.Cost, d.Via, via.Cost, ok, step)
		}
	}
	if !slices.IsSorted(tree.Unreached) {
		t.Errorf("from %s: unreached not sorted: %v", tree.From, tree.Unreached)
	}
	for _, id := range tree.Unreached {
		if _, ok := want[id]; ok {
			t.Errorf("from %s: %s unreached, NetworkX reaches it", tree.From, id)
		}
		if _, ok := tree.Distance(id); ok {
			t.Errorf("Distance(%s) found an unreached actor", id)
		}
		if _, err := tree.Path(id); !errors.Is(err, analysis.ErrNoPath) {
			t.Errorf("Path(%s) = %v, want ErrNoPath", id, err)
		}
	}
	for _, d := range tree.Reached {
		pa, err := tree.Path(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if pa.Len() != d.Hops || pa.Cost != d.Cost || pa.Actors[0] != tree.From || pa.Actors[len(pa.Actors)-1] != d.ID {
			t.Errorf("Path(%s) = %v (cost %v), entry %+v", d.ID, pa, pa.Cost, d)
		}
		if tree.Cost == analysis.CostWeight {
			continue // ShortestPath has no such rule
		}
		sp, err := analysis.ShortestPath(p, tree.From, d.ID, analysis.ShortestPathOptions{
			Weighted: tree.Cost == analysis.CostInverseWeight, Undirected: o.Undirected})
		if err != nil || !slices.Equal(sp.Actors, pa.Actors) {
			t.Errorf("Path(%s) = %v, ShortestPath %v (%v)", d.ID, pa, sp, err)
		}
	}
}

func TestDistancesErrors(t *testing.T) {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	for _, c := range []struct {
		name string
		from string
		o    analysis.DistancesOptions
		want error
	}{
		{"unknown actor", "nobody", analysis.DistancesOptions{}, analysis.ErrUnknownActor},
		{"cost out of range", "obama", analysis.DistancesOptions{Cost: analysis.Cost(9)}, analysis.ErrBadOption},
		{"weighted with cost weight", "obama", analysis.DistancesOptions{Weighted: true, Cost: analysis.CostWeight}, analysis.ErrBadOption},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := analysis.Distances(context.Background(), p, c.from, c.o); !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
		})
	}
	tree, err := analysis.Distances(context.Background(), p, "obama", analysis.DistancesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tree.Path("nobody"); !errors.Is(err, analysis.ErrUnknownActor) {
		t.Errorf("Path(nobody): %v, want ErrUnknownActor", err)
	}
}

func TestCostNames(t *testing.T) {
	for _, c := range analysis.Costs() {
		text, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back analysis.Cost
		if err := back.UnmarshalText(text); err != nil || back != c || string(text) != c.String() {
			t.Errorf("%v: %q -> %v (%v)", c, text, back, err)
		}
	}
	for _, c := range []struct {
		in   string
		want analysis.Cost
		ok   bool
	}{
		{"hops", analysis.CostHops, true},
		{"HOPS", analysis.CostHops, true},
		{"Inverse-Weight", analysis.CostInverseWeight, true},
		{"1/weight", analysis.CostInverseWeight, true},
		{"weight", analysis.CostWeight, true},
		{"km", 0, false},
		{"", 0, false},
	} {
		got, err := analysis.ParseCost(c.in)
		if c.ok && (err != nil || got != c.want) {
			t.Errorf("ParseCost(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
		if !c.ok && !errors.Is(err, analysis.ErrBadOption) {
			t.Errorf("ParseCost(%q): error %v, want ErrBadOption", c.in, err)
		}
	}
	if _, err := analysis.Cost(7).MarshalText(); !errors.Is(err, analysis.ErrBadOption) {
		t.Errorf("MarshalText of Cost(7): %v", err)
	}
	if s := analysis.Cost(7).String(); s != "Cost(7)" {
		t.Errorf("Cost(7).String() = %q", s)
	}
}

// Every distance from Klitschko, by hops along relations in their direction:
// a table, the actors no relation leads to, and the path to one of them.
func ExampleDistances() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	tree, err := analysis.Distances(context.Background(), p, "klitschko", analysis.DistancesOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range tree.Reached {
		fmt.Printf("%-22s %v hops, via %q\n", d.ID, d.Cost, d.Via)
	}
	fmt.Println(len(tree.Unreached), "unreached, such as", tree.Unreached[:3])
	path, _ := tree.Path("RUS")
	fmt.Println(path)
	if _, err := tree.Path("obama"); err != nil {
		fmt.Println(err)
	}
	// Output:
	// klitschko              0 hops, via ""
	// UKR                    1 hops, via "klitschko"
	// democratic-forces      1 hops, via "klitschko"
	// poroshenko             1 hops, via "klitschko"
	// USA                    2 hops, via "UKR"
	// crimea                 2 hops, via "UKR"
	// RUS                    3 hops, via "USA"
	// european-countries     3 hops, via "USA"
	// international-monitors 3 hops, via "USA"
	// putin-inner-circle     3 hops, via "USA"
	// us-allies              3 hops, via "USA"
	// 22 unreached, such as [BBC NATO extremists]
	// klitschko -> UKR -> USA -> RUS
	// analysis: no path from "klitschko" to "obama"
}
