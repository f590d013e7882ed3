package analysis_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/internal/golden"
)

// The agreement tests compare with NetworkX to this tolerance, relative to
// the reference value when that exceeds 1 in magnitude.
const tolerance = 1e-9

type testGraph struct {
	name string
	g    *graph.Graph
}

func testGraphs() []testGraph {
	return []testGraph{
		{"ukraine2014", ukraine()},
		{"generated300", generate(1, 300, 1500)},
		{"disconnected", disconnected()},
	}
}

// exportJSON writes the projection in the format networkx_reference.py
// reads, through the projection's actor-ID methods.
func exportJSON(name string, p *analysis.Projection) []byte {
	type doc struct {
		Name       string   `json:"name"`
		Nodes      []string `json:"nodes"`
		Edges      [][]any  `json:"edges"`
		Undirected [][]any  `json:"undirected"`
		Signed     [][]any  `json:"signed"`
	}
	d := doc{Name: name, Nodes: []string{}, Edges: [][]any{}, Undirected: [][]any{}, Signed: [][]any{}}
	for _, e := range analysis.SignedEdges(p, analysis.SignedEdgesOptions{}) {
		d.Signed = append(d.Signed, []any{e.A, e.B, int(e.Sign)})
	}
	dsign := map[[2]string]int{}
	for _, e := range analysis.DirectedSignedEdges(p, analysis.DirectedSignedEdgesOptions{}) {
		dsign[[2]string{e.A, e.B}] = int(e.Sign)
	}
	un := p.Undirected()
	for node := range int64(p.Len()) {
		u := p.ActorID(node)
		d.Nodes = append(d.Nodes, u)
		for v, w := range p.Successors(u) {
			d.Edges = append(d.Edges, []any{u, v, w, 1 / w, dsign[[2]string{u, v}]})
		}
		for v, w := range un.Neighbors(u) {
			if v > u {
				d.Undirected = append(d.Undirected, []any{u, v, w})
			}
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	if err := enc.Encode(d); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestExport checks that testdata/graphs holds the projections the tests
// run on, so that the NetworkX references were computed on the same graphs
// (refresh with go test -run TestExport -update, then networkx_reference.py).
// Beyond the golden comparison, each file must hold every actor, edge and
// signed pair of the projection.
func TestExport(t *testing.T) {
	for _, tg := range testGraphs() {
		t.Run(tg.name, func(t *testing.T) {
			p := analysis.Project(tg.g, analysis.ProjectOptions{})
			got := exportJSON(tg.name, p)
			golden.Check(t, filepath.Join("graphs", tg.name+".json"), got)
			var d struct {
				Nodes      []string `json:"nodes"`
				Edges      [][]any  `json:"edges"`
				Undirected [][]any  `json:"undirected"`
				Signed     [][]any  `json:"signed"`
			}
			if err := json.Unmarshal(got, &d); err != nil {
				t.Fatal(err)
			}
			if len(d.Nodes) != p.Len() || len(d.Edges) != p.NumEdges() || len(d.Undirected) != p.Undirected().NumEdges() || len(d.Signed) != len(analysis.SignedEdges(p, analysis.SignedEdgesOptions{})) {
				t.Errorf("export has %d nodes, %d edges, %d pairs, %d signed pairs; projection %d, %d, %d, %d",
					len(d.Nodes), len(d.Edges), len(d.Undirected), len(d.Signed), p.Len(), p.NumEdges(), p.Undirected().NumEdges(), len(analysis.SignedEdges(p, analysis.SignedEdgesOptions{})))
			}
			if !slices.IsSorted(d.Nodes) {
				t.Error("nodes not in ID order")
			}
		})
	}
}

// reference is the output of networkx_reference.py.
type reference struct {
	Measures  map[string]map[string]float64 `json:"measures"`
	Structure struct {
		WeakComponents   [][]string          `json:"weak_components"`
		StrongComponents [][]string          `json:"strong_components"`
		Cliques          [][]string          `json:"cliques"`
		Density          float64             `json:"density"`
		Reciprocity      float64             `json:"reciprocity"`
		Ego2             map[string][]string `json:"ego2"`
		EgoCost          map[string][]string `json:"ego_cost"`
	} `json:"structure"`
	Paths struct {
		Hops             map[string]map[string]float64 `json:"hops"`
		Cost             map[string]map[string]float64 `json:"cost"`
		HopsUndirected   map[string]map[string]float64 `json:"hops_undirected"`
		CostUndirected   map[string]map[string]float64 `json:"cost_undirected"`
		Weight           map[string]map[string]float64 `json:"weight"`
		WeightUndirected map[string]map[string]float64 `json:"weight_undirected"`
		YenSource        string                        `json:"yen_source"`
		YenTarget        string                        `json:"yen_target"`
		YenHops          []float64                     `json:"yen_hops"`
		YenCost          []float64                     `json:"yen_cost"`
		SimplePaths4     int                           `json:"simple_paths_4"`
	} `json:"paths"`
	Communities struct {
		Components                     [][]string `json:"components"`
		ComponentsModularity           float64    `json:"components_modularity"`
		ComponentsModularityUnweighted float64    `json:"components_modularity_unweighted"`
		ComponentsModularityGamma2     float64    `json:"components_modularity_gamma2"`
		Louvain                        [][]string `json:"louvain"`
		LouvainModularity              float64    `json:"louvain_modularity"`
		LouvainUnweighted              [][]string `json:"louvain_unweighted"`
		LouvainModularityUnweighted    float64    `json:"louvain_modularity_unweighted"`
	} `json:"communities"`
	Balance struct {
		Census     map[string]int `json:"census"`
		Unbalanced [][]string     `json:"unbalanced"`
		Directed   map[string]int `json:"directed"`
	} `json:"balance"`
}

func loadReference(t *testing.T, name string) *reference {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "networkx", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var ref reference
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	return &ref
}

func close(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol*max(1, math.Abs(want))
}

// compareScores checks a ranking against NetworkX values by actor ID, and
// that it is sorted.
func compareScores(t *testing.T, got []analysis.Score, want map[string]float64, tol float64) {
	t.Helper()
	if want == nil {
		t.Fatal("no reference values")
	}
	if len(got) != len(want) {
		t.Fatalf("%d scores, NetworkX has %d", len(got), len(want))
	}
	bad := 0
	for _, s := range got {
		w, ok := want[s.ID]
		if !ok {
			t.Errorf("%s: not in the reference", s.ID)
			continue
		}
		if !close(s.Score, w, tol) {
			if bad++; bad <= 5 {
				t.Errorf("%s: got %.17g, NetworkX %.17g (diff %.3g)", s.ID, s.Score, w, s.Score-w)
			}
		}
	}
	if bad > 5 {
		t.Errorf("... %d values differ in all", bad)
	}
	if !slices.IsSortedFunc(got, func(a, b analysis.Score) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		if a.ID < b.ID {
			return -1
		}
		return 1
	}) {
		t.Error("not sorted by score, then ID")
	}
}

func TestNetworkXCentrality(t *testing.T) {
	for _, tg := range testGraphs() {
		ref := loadReference(t, tg.name)
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		must := func(s []analysis.Score, err error) []analysis.Score {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		pers := map[string]float64{p.ActorID(0): 1, p.ActorID(2): 2}
		hubs := func(o analysis.HITSOptions) []analysis.Score { h, _, err := analysis.HITS(p, o); return must(h, err) }
		auths := func(o analysis.HITSOptions) []analysis.Score { _, a, err := analysis.HITS(p, o); return must(a, err) }
		cases := []struct {
			measure string
			run     func() []analysis.Score
		}{
			{"degree", func() []analysis.Score { return analysis.Degree(p, analysis.DegreeOptions{}) }},
			{"in_degree", func() []analysis.Score { return analysis.Degree(p, analysis.DegreeOptions{Direction: analysis.In}) }},
			{"out_degree", func() []analysis.Score { return analysis.Degree(p, analysis.DegreeOptions{Direction: analysis.Out}) }},
			{"degree_weighted", func() []analysis.Score { return analysis.Degree(p, analysis.DegreeOptions{Weighted: true}) }},
			{"in_degree_weighted", func() []analysis.Score {
				return analysis.Degree(p, analysis.DegreeOptions{Direction: analysis.In, Weighted: true})
			}},
			{"out_degree_weighted", func() []analysis.Score {
				return analysis.Degree(p, analysis.DegreeOptions{Direction: analysis.Out, Weighted: true})
			}},
			{"pagerank", func() []analysis.Score { return must(analysis.PageRank(p, analysis.PageRankOptions{})) }},
			{"pagerank_weighted", func() []analysis.Score { return must(analysis.PageRank(p, analysis.PageRankOptions{Weighted: true})) }},
			{"pagerank_personalized", func() []analysis.Score {
				return must(analysis.PageRank(p, analysis.PageRankOptions{Personalization: pers}))
			}},
			{"pagerank_personalized_weighted", func() []analysis.Score {
				return must(analysis.PageRank(p, analysis.PageRankOptions{Personalization: pers, Weighted: true}))
			}},
			{"betweenness", func() []analysis.Score {
				return must(analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{}))
			}},
			{"betweenness_weighted", func() []analysis.Score {
				return must(analysis.Betweenness(context.Background(), p, analysis.BetweennessOptions{Weighted: true}))
			}},
			{"closeness", func() []analysis.Score {
				return must(analysis.Closeness(context.Background(), p, analysis.ClosenessOptions{}))
			}},
			{"closeness_weighted", func() []analysis.Score {
				return must(analysis.Closeness(context.Background(), p, analysis.ClosenessOptions{Weighted: true}))
			}},
			{"harmonic", func() []analysis.Score {
				return must(analysis.Harmonic(context.Background(), p, analysis.HarmonicOptions{}))
			}},
			{"harmonic_weighted", func() []analysis.Score {
				return must(analysis.Harmonic(context.Background(), p, analysis.HarmonicOptions{Weighted: true}))
			}},
			{"eigenvector", func() []analysis.Score { return must(analysis.Eigenvector(p, analysis.EigenvectorOptions{})) }},
			{"eigenvector_weighted", func() []analysis.Score {
				return must(analysis.Eigenvector(p, analysis.EigenvectorOptions{Weighted: true}))
			}},
			{"katz", func() []analysis.Score { return must(analysis.Katz(p, analysis.KatzOptions{Alpha: 0.05})) }},
			{"katz_weighted", func() []analysis.Score {
				return must(analysis.Katz(p, analysis.KatzOptions{Alpha: 0.02, Weighted: true}))
			}},
			{"hubs", func() []analysis.Score { return hubs(analysis.HITSOptions{}) }},
			{"authorities", func() []analysis.Score { return auths(analysis.HITSOptions{}) }},
			{"hubs_weighted", func() []analysis.Score { return hubs(analysis.HITSOptions{Weighted: true}) }},
			{"authorities_weighted", func() []analysis.Score { return auths(analysis.HITSOptions{Weighted: true}) }},
		}
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s/%s", tg.name, c.measure), func(t *testing.T) {
				compareScores(t, c.run(), ref.Measures[c.measure], tolerance)
			})
		}
	}
}

// TestWeightedReferencesDiffer checks that the reference values can tell a
// weighted measure from its unweighted namesake on some test graph, so that
// the agreement tests fail if Weighted is ignored.
func TestWeightedReferencesDiffer(t *testing.T) {
	refs := map[string]*reference{}
	for _, tg := range testGraphs() {
		refs[tg.name] = loadReference(t, tg.name)
	}
	for _, m := range []string{"degree", "in_degree", "out_degree", "pagerank", "pagerank_personalized", "betweenness",
		"closeness", "harmonic", "eigenvector", "katz", "hubs", "authorities"} {
		t.Run(m, func(t *testing.T) {
			for _, ref := range refs {
				plain, weighted := ref.Measures[m], ref.Measures[m+"_weighted"]
				if len(weighted) == 0 {
					t.Fatalf("no reference for %s_weighted", m)
				}
				for id, v := range plain {
					if !close(v, weighted[id], tolerance) {
						return
					}
				}
			}
			t.Errorf("%s and %s_weighted agree on every test graph: the test cannot catch an ignored Weighted", m, m)
		})
	}
	t.Run("ego", func(t *testing.T) {
		for _, ref := range refs {
			for id, want := range ref.Structure.EgoCost {
				if !slices.Equal(want, ref.Structure.Ego2[id]) {
					return
				}
			}
		}
		t.Error("weighted and hop egos agree on every test graph")
	})
	t.Run("modularity", func(t *testing.T) {
		for _, ref := range refs {
			if !close(ref.Communities.ComponentsModularity, ref.Communities.ComponentsModularityUnweighted, tolerance) {
				return
			}
		}
		t.Error("weighted and unweighted modularity agree on every test graph")
	})
}

func sortedSets(s [][]string) [][]string {
	out := slices.Clone(s)
	slices.SortFunc(out, slices.Compare)
	return out
}

func TestNetworkXStructure(t *testing.T) {
	for _, tg := range testGraphs() {
		ref := loadReference(t, tg.name)
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		cliques, err := analysis.MaximalCliques(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		sets := []struct {
			name      string
			got, want [][]string
		}{
			{"weak_components", analysis.WeakComponents(p), ref.Structure.WeakComponents},
			{"strong_components", analysis.StrongComponents(p), ref.Structure.StrongComponents},
			{"cliques", cliques, ref.Structure.Cliques},
		}
		for _, c := range sets {
			t.Run(tg.name+"/"+c.name, func(t *testing.T) {
				if got := sortedSets(c.got); !slices.EqualFunc(got, c.want, slices.Equal) {
					t.Errorf("got %v\nNetworkX %v", got, c.want)
				}
				for i := 1; i < len(c.got); i++ {
					if len(c.got[i]) > len(c.got[i-1]) {
						t.Errorf("not largest first: %v", c.got)
					}
				}
			})
		}
		t.Run(tg.name+"/core_number", func(t *testing.T) {
			compareScores(t, analysis.CoreNumbers(p), ref.Measures["core_number"], 0)
		})
		t.Run(tg.name+"/reciprocity_node", func(t *testing.T) {
			compareScores(t, analysis.NodeReciprocity(p), ref.Measures["reciprocity_node"], tolerance)
		})
		t.Run(tg.name+"/reciprocity", func(t *testing.T) {
			if got := analysis.Reciprocity(p); !close(got, ref.Structure.Reciprocity, tolerance) {
				t.Errorf("got %v, NetworkX %v", got, ref.Structure.Reciprocity)
			}
		})
		t.Run(tg.name+"/density", func(t *testing.T) {
			if got := analysis.Density(p); !close(got, ref.Structure.Density, tolerance) {
				t.Errorf("got %v, NetworkX %v", got, ref.Structure.Density)
			}
		})
		t.Run(tg.name+"/ego", func(t *testing.T) {
			first, last := p.ActorID(0), p.ActorID(int64(p.Len()-1))
			for _, c := range []struct {
				id   string
				o    analysis.EgoOptions
				want []string
			}{
				{first, analysis.EgoOptions{Radius: 2}, ref.Structure.Ego2[first]},
				{last, analysis.EgoOptions{Radius: 2, Undirected: true}, ref.Structure.Ego2[last]},
				{first, analysis.EgoOptions{Radius: 1.5, Weighted: true}, ref.Structure.EgoCost[first]},
				{last, analysis.EgoOptions{Radius: 1.5, Weighted: true, Undirected: true}, ref.Structure.EgoCost[last]},
			} {
				got, err := analysis.Ego(p, c.id, c.o)
				if err != nil {
					t.Fatal(err)
				}
				if len(c.want) == 0 || !slices.Equal(got, c.want) {
					t.Errorf("ego(%s, %+v) = %v, NetworkX %v", c.id, c.o, got, c.want)
				}
			}
		})
		t.Run(tg.name+"/shortest_paths", func(t *testing.T) {
			for _, c := range []struct {
				o    analysis.ShortestPathOptions
				want map[string]map[string]float64
			}{
				{analysis.ShortestPathOptions{}, ref.Paths.Hops},
				{analysis.ShortestPathOptions{Weighted: true}, ref.Paths.Cost},
				{analysis.ShortestPathOptions{Undirected: true}, ref.Paths.HopsUndirected},
				{analysis.ShortestPathOptions{Weighted: true, Undirected: true}, ref.Paths.CostUndirected},
			} {
				if len(c.want) == 0 {
					t.Fatalf("%+v: no reference distances", c.o)
				}
				for src, want := range c.want {
					for dst, d := range want {
						checkPath(t, p, src, dst, d, c.o)
					}
				}
			}
		})
	}
}

func checkPath(t *testing.T, p *analysis.Projection, src, dst string, want float64, o analysis.ShortestPathOptions) {
	t.Helper()
	pa, err := analysis.ShortestPath(p, src, dst, o)
	if err != nil {
		t.Fatalf("%s->%s: %v", src, dst, err)
	}
	if !close(pa.Cost, want, 1e-12) {
		t.Errorf("%s->%s (%+v): cost %v, NetworkX %v", src, dst, o, pa.Cost, want)
	}
	if pa.Actors[0] != src || pa.Actors[len(pa.Actors)-1] != dst || len(pa.Steps) != len(pa.Actors)-1 {
		t.Errorf("%s->%s: malformed path %v", src, dst, pa)
	}
	for _, st := range pa.Steps {
		if p.Graph() != nil && len(st.Relations) == 0 {
			t.Errorf("%s->%s: step %s->%s has no relations", src, dst, st.From, st.To)
		}
	}
}

func TestNetworkXCommunities(t *testing.T) {
	for _, tg := range testGraphs() {
		ref := loadReference(t, tg.name)
		p := analysis.Project(tg.g, analysis.ProjectOptions{})
		t.Run(tg.name+"/modularity", func(t *testing.T) {
			cm := ref.Communities
			for _, c := range []struct {
				groups [][]string
				o      analysis.ModularityOptions
				want   float64
			}{
				{cm.Components, analysis.ModularityOptions{Weighted: true}, cm.ComponentsModularity},
				{cm.Components, analysis.ModularityOptions{}, cm.ComponentsModularityUnweighted},
				{cm.Components, analysis.ModularityOptions{Weighted: true, Resolution: 2}, cm.ComponentsModularityGamma2},
				{cm.Louvain, analysis.ModularityOptions{Weighted: true}, cm.LouvainModularity},
				{cm.LouvainUnweighted, analysis.ModularityOptions{}, cm.LouvainModularityUnweighted},
			} {
				got, err := analysis.Modularity(context.Background(), p, c.groups, c.o)
				if err != nil {
					t.Fatal(err)
				}
				if !close(got, c.want, tolerance) {
					t.Errorf("%+v: got %v, NetworkX %v", c.o, got, c.want)
				}
			}
		})
		for _, weighted := range []bool{false, true} {
			bench := ref.Communities.LouvainModularityUnweighted
			if weighted {
				bench = ref.Communities.LouvainModularity
			}
			t.Run(fmt.Sprintf("%s/louvain/weighted=%v", tg.name, weighted), func(t *testing.T) {
				for seed := range uint64(5) {
					o := analysis.LouvainOptions{Seed: seed, Weighted: weighted}
					c, err := analysis.Louvain(context.Background(), p, o)
					if err != nil {
						t.Fatal(err)
					}
					again, _ := analysis.Louvain(context.Background(), p, o)
					if !slices.EqualFunc(c.Groups, again.Groups, slices.Equal) {
						t.Errorf("seed %d: not deterministic", seed)
					}
					q, _ := analysis.Modularity(context.Background(), p, c.Groups, analysis.ModularityOptions{Weighted: weighted})
					if !close(q, c.Modularity, 1e-12) {
						t.Errorf("seed %d: reported modularity %v, recomputed %v", seed, c.Modularity, q)
					}
					n := 0
					for _, g := range c.Groups {
						n += len(g)
					}
					if n != p.Len() {
						t.Errorf("seed %d: groups cover %d actors, want %d", seed, n, p.Len())
					}
					// Louvain is a heuristic: NetworkX's own run (another RNG) is
					// a benchmark to come close to, not a value to match.
					if c.Modularity < bench-0.02 {
						t.Errorf("seed %d: modularity %v, NetworkX's Louvain reached %v", seed, c.Modularity, bench)
					}
					t.Logf("seed %d: %d communities, modularity %.4f (NetworkX %.4f)", seed, len(c.Groups), c.Modularity, bench)
				}
			})
		}
	}
}
