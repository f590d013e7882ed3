package schema

import (
	"slices"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/graphtest"
)

func TestSimpleEdgeKeys(t *testing.T) {
	g := graphtest.Rich()
	keys, simple := EdgeKeys(g), SimpleEdgeKeys(g)
	i := slices.IndexFunc(simple, func(k Key) bool { return k.Name == CostKey })
	if len(simple) != len(keys)+1 || i < 1 || simple[i-1].Name != "weight" || simple[i].Type != Double {
		t.Errorf("SimpleEdgeKeys = %v; want EdgeKeys with a double cost after weight", simple)
	}
	if slices.ContainsFunc(keys, func(k Key) bool { return k.Name == CostKey }) {
		t.Error("EdgeKeys has a cost")
	}
}

// TestCostReadBack checks that a cost equal to 1/weight is dropped as
// derived, and any other cost kept as a free attribute.
func TestCostReadBack(t *testing.T) {
	none := func(string) (graph.Sign, bool) { return 0, false }
	tests := []struct {
		name string
		v    map[string]string
		want map[string]string // free attributes
	}{
		{"derived", map[string]string{"kind": "k", "weight": "3", "cost": "0.3333333333333333"}, nil},
		{"derived, default weight", map[string]string{"kind": "k", "cost": "1"}, nil},
		{"another cost", map[string]string{"kind": "k", "weight": "3", "cost": "0.3"}, map[string]string{"cost": "0.3"}},
		{"not a number", map[string]string{"kind": "k", "weight": "2", "cost": "far"}, map[string]string{"cost": "far"}},
		{"attr.cost wins", map[string]string{"kind": "k", "weight": "2", "cost": "7", "attr.cost": "x"}, map[string]string{"cost": "x"}},
		{"attr.cost beside a derived cost", map[string]string{"kind": "k", "weight": "2", "cost": "0.5", "attr.cost": "0.5"}, map[string]string{"cost": "0.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, probs := RelationFromValues("a", "b", tt.v, none)
			if len(probs) > 0 || len(r.Attrs) != len(tt.want) {
				t.Fatalf("attrs %v, problems %v; want %v", r.Attrs, probs, tt.want)
			}
			for k, v := range tt.want {
				if r.Attrs[k] != v {
					t.Errorf("attrs %v, want %v", r.Attrs, tt.want)
				}
			}
		})
	}
}
