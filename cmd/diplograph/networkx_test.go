package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/scenario"
)

// agreement is how close rank's scores and NetworkX's on the projected
// export must be: absolute, relative above 1 (weighted degrees).
const agreement = 1e-9

// needNetworkX returns the python3 to run, or skips the test when python3
// or NetworkX is missing; under CI=true it fails instead.
func needNetworkX(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err == nil {
		if out, e := exec.Command(py, "-c", "import networkx").CombinedOutput(); e != nil {
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			err = fmt.Errorf("%s: %v: %s", py, e, lines[len(lines)-1])
		}
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3 with networkx is required under CI: %v", err)
		}
		t.Skipf("skipping: needs python3 with networkx (%v)", err)
	}
	return py
}

// rankMeasures returns the names rank --by takes, found at test time so
// that a measure added later is covered: every word of rank's help that
// rank accepts as --by (a name it does not know is a usage error, exit 2).
// probe is a scenario to rank. It fails unless the measures the design
// names are among them, so a change of the help cannot empty the test.
func rankMeasures(t *testing.T, probe string) []string {
	t.Helper()
	code, help, errs := runCmd(t, "", "rank", "--help")
	if code != exitOK {
		t.Fatalf("rank --help: exit %d: %s", code, errs)
	}
	var found []string
	seen := map[string]bool{}
	for _, word := range regexp.MustCompile(`[a-z][a-z0-9_-]+[a-z0-9]`).FindAllString(help, -1) {
		if seen[word] {
			continue
		}
		seen[word] = true
		code, _, _ := runCmd(t, "", "rank", probe, "--by", word, "--json")
		if code != exitUsage {
			found = append(found, word)
		}
	}
	for _, want := range []string{"degree", "indegree", "outdegree", "pagerank", "betweenness", "closeness", "harmonic", "eigenvector", "hits"} {
		if !slices.Contains(found, want) {
			t.Fatalf("rank --help names measures %q: %q missing (help:\n%s)", found, want, help)
		}
	}
	slices.Sort(found)
	return found
}

// writeBlocs writes the second scenario of the agreement test: three blocs
// of states that meet, negotiate and ally (symmetric kinds) inside their
// bloc and sanction, threaten and condemn across, several relations per
// pair in both directions, weights and evidence that differ, a kind
// without a Goldstein value (left out under --weight goldstein), a
// symmetric hostile kind of the scenario's own, an actor nobody relates to
// and one that only receives. Seeded: the same file every run.
func writeBlocs(t *testing.T, dir string) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(12, 2014))
	b := graph.NewBuilder()
	b.SetTitle("Three blocs")
	b.AddKind(graph.Kind{Name: "feuds-with", Sign: graph.Hostile, Symmetric: true, Nature: graph.NatureState, Goldstein: -3})
	for i := range 3 {
		b.AddSource(graph.Source{ID: fmt.Sprintf("wire-%d", i), Title: fmt.Sprintf("Wire %d", i)})
	}
	const blocs, size = 3, 7
	id := func(bloc, i int) string { return fmt.Sprintf("%c%d", 'A'+bloc, i) }
	for bl := range blocs {
		for i := range size {
			b.Add(actors.Actor{ID: id(bl, i), Name: fmt.Sprintf("State %s", id(bl, i)), Kind: actors.State})
		}
	}
	b.Add(actors.Actor{ID: "hermit", Name: "Hermit state", Kind: actors.State},
		actors.Actor{ID: "sink", Name: "Listening post", Kind: actors.Group})
	inside := []string{graph.Met, graph.Negotiated, graph.AlliedWith, graph.Backs, graph.Aided, graph.Phoned, graph.WithdrewFor}
	across := []string{graph.Sanctions, graph.Threatened, graph.Condemned, "feuds-with", graph.Phoned, graph.Met}
	weights := []float64{1, 1, 0.5, 2, 3.5}
	start := date.Of(2014, 1, 1).First()
	for n := range 160 {
		bl, other := rng.IntN(blocs), rng.IntN(blocs)
		kinds := inside
		if bl != other {
			kinds = across
		}
		// few pairs per bloc, so that pairs repeat
		u, v := rng.IntN(size), rng.IntN(size-2)
		if bl == other && u == v {
			v = (v + 1) % size
		}
		day, _ := date.FromTime(start.AddDate(0, 0, rng.IntN(120)))
		r := graph.NewRelation(id(bl, u), id(other, v), kinds[rng.IntN(len(kinds))]).On(day)
		r.Weight = weights[rng.IntN(len(weights))]
		for c := range rng.IntN(4) {
			r = r.Cite(fmt.Sprintf("wire-%d", c), fmt.Sprintf("Report %d.", n))
		}
		b.AddRelation(r)
	}
	for i := range 3 {
		b.AddRelation(graph.NewRelation(id(i, 0), "sink", graph.Phoned))
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := scenario.NewEncoder(&buf).Encode(g); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "blocs.yaml")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// nxResult is what testdata/networkx_rank.py prints.
type nxResult struct {
	Graph struct {
		Directed   bool `json:"directed"`
		Multigraph bool `json:"multigraph"`
		Nodes      int  `json:"nodes"`
		Edges      int  `json:"edges"`
	} `json:"graph"`
	Scores map[string]map[string]float64 `json:"scores"`
	Errors map[string]string             `json:"errors"`
}

// TestNetworkXAgreement is the agreement of the command with NetworkX:
// for two scenarios (the Ukraine example, also as of a date, and a
// generated one with blocs, symmetric kinds, hostile and cooperative
// relations and several relations per pair), every weighting and every
// measure rank offers, unweighted and weighted, NetworkX on the file
// "export --projected --format nodelink" writes gives the scores
// "rank --json" prints, to 1e-9.
func TestNetworkXAgreement(t *testing.T) {
	py := needNetworkX(t)
	dir := t.TempDir()
	blocs := writeBlocs(t, dir)
	measures := rankMeasures(t, blocs)
	t.Logf("rank measures: %s", strings.Join(measures, ", "))
	script := filepath.Join("testdata", "networkx_rank.py")
	cases := []struct {
		name string
		args []string // the scenario and view flags, for export and rank alike
	}{
		{"ukraine2014", []string{example}},
		{"ukraine2014-as-of", []string{example, "--as-of", "2014-03-20"}},
		{"blocs", []string{blocs}},
	}
	var mu sync.Mutex
	agreed := map[string]bool{} // measure and variant: no disagreement seen
	t.Run("cases", func(t *testing.T) {
		for _, c := range cases {
			for _, w := range analysis.Weightings() {
				t.Run(c.name+"/"+w.String(), func(t *testing.T) {
					t.Parallel()
					view := append(slices.Clone(c.args), "--weight", w.String())
					export := filepath.Join(dir, c.name+"-"+w.String()+".json")
					if code, _, errs := runCmd(t, "", append([]string{"export", "--projected", "--format", "nodelink", "-o", export}, view...)...); code != exitOK {
						t.Fatalf("export --projected: exit %d: %s", code, errs)
					}
					for _, weighted := range []bool{false, true} {
						args := []string{script, "--tol", fmt.Sprint(analysis.DefaultTol), "--max-iter", strconv.Itoa(analysis.DefaultMaxIter)}
						rankArgs := append([]string{"rank", "--json"}, view...)
						variant := "unweighted"
						if weighted {
							args = append(args, "--weighted")
							rankArgs = append(rankArgs, "--weighted")
							variant = "weighted"
						}
						out, err := exec.Command(py, append(append(args, export), measures...)...).Output()
						if err != nil {
							var stderr []byte
							if ee, ok := err.(*exec.ExitError); ok {
								stderr = ee.Stderr
							}
							t.Fatalf("networkx_rank.py: %v\n%s", err, stderr)
						}
						var nx nxResult
						if err := json.Unmarshal(out, &nx); err != nil {
							t.Fatalf("networkx_rank.py printed %v:\n%s", err, out)
						}
						if !nx.Graph.Directed || nx.Graph.Multigraph {
							t.Fatalf("NetworkX reads the projected export as directed=%v multigraph=%v, want a simple DiGraph", nx.Graph.Directed, nx.Graph.Multigraph)
						}
						for _, m := range measures {
							code, stdout, errs := runCmd(t, "", append(rankArgs, "--by", m)...)
							name := m + " " + variant
							if why, failed := nx.Errors[m]; failed {
								if why == "unknown measure" {
									t.Errorf("%s: networkx_rank.py has no NetworkX call for rank's measure %q: add one, and its row to the table in graph/analysis/doc.go and export --help", name, m)
									continue
								}
								// Both power iterations must fail alike.
								if code != exitFail {
									t.Errorf("%s: NetworkX failed (%s) but rank exits %d", name, why, code)
								} else {
									t.Logf("%s: neither converges (NetworkX: %s; rank: %s)", name, why, strings.TrimSpace(errs))
								}
								continue
							}
							if code != exitOK {
								t.Errorf("%s: rank exits %d: %s", name, code, errs)
								continue
							}
							var rows []struct {
								ID    string  `json:"id"`
								Name  string  `json:"name"`
								Score float64 `json:"score"`
							}
							if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
								t.Fatalf("%s: rank --json: %v\n%s", name, err, stdout)
							}
							want := nx.Scores[m]
							if len(rows) != len(want) || len(rows) != nx.Graph.Nodes {
								t.Errorf("%s: rank lists %d actors, NetworkX scores %d of %d nodes", name, len(rows), len(want), nx.Graph.Nodes)
								continue
							}
							bad := 0
							for _, r := range rows {
								ref, ok := want[r.ID]
								if !ok || math.Abs(r.Score-ref) > agreement*max(1, math.Abs(ref)) {
									if bad++; bad <= 3 {
										t.Errorf("%s: %s: rank %.17g, NetworkX %.17g (diff %.3g)", name, r.ID, r.Score, ref, r.Score-ref)
									}
								}
							}
							mu.Lock()
							if _, ok := agreed[name]; !ok {
								agreed[name] = true
							}
							agreed[name] = agreed[name] && bad == 0
							mu.Unlock()
						}
					}
				})
			}
		}
	})
	var names []string
	for n, ok := range agreed {
		if ok {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	t.Logf("agree to %g wherever both converge, on every scenario and weighting: %s", agreement, strings.Join(names, ", "))
}
