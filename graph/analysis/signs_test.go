package analysis_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// build makes a graph of the actors named (states, by ID, with no
// country) and relations, which may cite the source "s".
func build(t *testing.T, ids string, rels ...graph.Relation) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	b.AddSource(graph.Source{ID: "s", Title: "A source"})
	for _, id := range strings.Fields(ids) {
		b.Add(actors.Actor{ID: id, Name: "State " + id, Kind: actors.State})
	}
	for _, r := range rels {
		b.AddRelation(r)
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestAmbivalenceRuleEnum(t *testing.T) {
	rules := analysis.AmbivalenceRules()
	if len(rules) != 3 || rules[0] != analysis.NetSign {
		t.Fatalf("rules %v; the zero rule must come first", rules)
	}
	var names []string
	for _, a := range rules {
		text, err := a.MarshalText()
		if err != nil || string(text) != a.String() {
			t.Errorf("%v: MarshalText %q, %v", a, text, err)
		}
		for _, s := range []string{a.String(), strings.ToUpper(a.String())} {
			var u analysis.AmbivalenceRule
			if err := u.UnmarshalText([]byte(s)); err != nil || u != a {
				t.Errorf("UnmarshalText(%q) = %v, %v", s, u, err)
			}
			if p, err := analysis.ParseAmbivalenceRule(s); err != nil || p != a {
				t.Errorf("ParseAmbivalenceRule(%q) = %v, %v", s, p, err)
			}
		}
		names = append(names, a.String())
	}
	if got := strings.Join(names, " "); got != "net hostile-wins drop" {
		t.Errorf("names %q", got)
	}
	if a, err := analysis.ParseAmbivalenceRule("Hostile"); err != nil || a != analysis.HostileWins {
		t.Errorf("alias hostile: %v, %v", a, err)
	}
	_, err := analysis.ParseAmbivalenceRule("majority")
	if !errors.Is(err, analysis.ErrBadOption) {
		t.Fatalf("bad name: %v, want ErrBadOption", err)
	}
	for _, n := range names {
		if !strings.Contains(err.Error(), n) {
			t.Errorf("error %v does not list %q", err, n)
		}
	}
	bad := analysis.AmbivalenceRule(9)
	if _, err := bad.MarshalText(); !errors.Is(err, analysis.ErrBadOption) {
		t.Errorf("MarshalText of %v: %v", bad, err)
	}
	if bad.String() != "AmbivalenceRule(9)" {
		t.Errorf("String of an invalid rule: %q", bad.String())
	}
}

func FuzzParseAmbivalenceRule(f *testing.F) {
	for _, a := range analysis.AmbivalenceRules() {
		f.Add(a.String())
	}
	f.Add("")
	f.Add("HOSTILE")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := analysis.ParseAmbivalenceRule(s)
		if err != nil {
			if !errors.Is(err, analysis.ErrBadOption) {
				t.Fatalf("%q: %v does not wrap ErrBadOption", s, err)
			}
			return
		}
		if !strings.EqualFold(a.String(), s) && !strings.EqualFold(s, "hostile") || !slices.Contains(analysis.AmbivalenceRules(), a) {
			t.Fatalf("%q parsed as %v", s, a)
		}
	})
}

// TestOwnSign checks that a relation's own sign counts wherever signs do:
// a graph with a hostile "phoned" gives every signed measure the results of
// the same graph with a hostile kind (threatened) in its place, and
// different results from a cooperative "phoned".
func TestOwnSign(t *testing.T) {
	rels := func(call graph.Relation) []graph.Relation {
		return []graph.Relation{
			call,
			graph.NewRelation("A", "C", graph.Backs),
			graph.NewRelation("B", "C", graph.Backs),
			graph.NewRelation("C", "D", graph.Sanctions),
			graph.NewRelation("B", "D", graph.Backs),
			graph.NewRelation("A", "E", graph.Backs),
			graph.NewRelation("D", "E", graph.Sanctions),
		}
	}
	own := build(t, "A B C D E", rels(graph.NewRelation("A", "B", graph.Phoned).WithSign(graph.Hostile))...)
	kind := build(t, "A B C D E", rels(graph.NewRelation("A", "B", graph.Threatened))...)
	plain := build(t, "A B C D E", rels(graph.NewRelation("A", "B", graph.Phoned))...)

	type results struct {
		edges, directed []analysis.SignedEdge
		census          analysis.TriadCensus
		unbalanced      [][3]string
		dcensus         []analysis.DirectedTriad
		blocs           [2][]string
		frustration     int
		louvain         [][]string
		modularity      float64
	}
	measure := func(g *graph.Graph) results {
		p := analysis.Project(g, analysis.ProjectOptions{})
		var r results
		r.edges = analysis.SignedEdges(p, analysis.SignedEdgesOptions{})
		r.directed = analysis.DirectedSignedEdges(p, analysis.DirectedSignedEdgesOptions{})
		b, err := analysis.SignedTriads(context.Background(), p, analysis.SignedTriadsOptions{})
		if err != nil {
			t.Fatal(err)
		}
		r.census = b.Census
		for _, tr := range b.Unbalanced {
			r.unbalanced = append(r.unbalanced, tr.Actors)
		}
		if r.dcensus, err = analysis.DirectedSignedTriads(context.Background(), p, analysis.DirectedSignedTriadsOptions{}); err != nil {
			t.Fatal(err)
		}
		al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for i, bloc := range al.Blocs {
			for _, m := range bloc {
				r.blocs[i] = append(r.blocs[i], m.ID)
			}
		}
		r.frustration = al.Frustration
		c, err := analysis.Louvain(context.Background(), p, analysis.LouvainOptions{Signed: true, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		r.louvain = c.Groups
		r.modularity, err = analysis.Modularity(context.Background(), p, [][]string{{"A", "C", "E"}, {"B", "D"}}, analysis.ModularityOptions{Signed: true})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	equal := func(a, b results) bool {
		return slices.Equal(a.edges, b.edges) && slices.Equal(a.directed, b.directed) && a.census == b.census &&
			slices.Equal(a.unbalanced, b.unbalanced) && slices.Equal(a.dcensus, b.dcensus) &&
			slices.Equal(a.blocs[0], b.blocs[0]) && slices.Equal(a.blocs[1], b.blocs[1]) && a.frustration == b.frustration &&
			slices.EqualFunc(a.louvain, b.louvain, slices.Equal) && a.modularity == b.modularity
	}
	o, k, pl := measure(own), measure(kind), measure(plain)
	if !equal(o, k) {
		t.Errorf("a hostile phoned differs from a threat:\n%+v\n%+v", o, k)
	}
	if equal(o, pl) || o.census == pl.census || o.modularity == pl.modularity {
		t.Errorf("a hostile phoned counts as a cooperative one:\n%+v\n%+v", o, pl)
	}
	if o.edges[0].A != "A" || o.edges[0].B != "B" || o.edges[0].Sign != graph.Hostile {
		t.Errorf("first signed edge %+v, want A-B hostile", o.edges[0])
	}

	// The triad names the call with its own sign.
	b, err := analysis.SignedTriads(context.Background(), analysis.Project(own, analysis.ProjectOptions{}), analysis.SignedTriadsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, tr := range b.Unbalanced {
		for i, r := range tr.Leads {
			if r.Kind == graph.Phoned {
				found = true
				if tr.Signs[i] != graph.Hostile || !strings.Contains(tr.Text, "State A phoned State B (hostile)") {
					t.Errorf("triad %q, signs %v", tr.Text, tr.Signs)
				}
			}
		}
	}
	if !found {
		t.Errorf("no unbalanced triad leads with the call: %+v", b.Unbalanced)
	}
}

// TestAmbivalence checks each rule on a pair with both cooperative and
// hostile relations (X recognised Y, then annexed it), with a net of zero
// and with a cooperative net, and that every ambivalent pair is reported
// whatever its sign.
func TestAmbivalence(t *testing.T) {
	recognised := graph.NewRelation("X", "Y", graph.Recognized)
	annexed := graph.NewRelation("X", "Y", graph.Annexed)
	appealed := graph.NewRelation("Y", "X", graph.Appealed)
	// Z is hostile to X and cooperative with Y: the triangle X, Y, Z is
	// balanced if X-Y is hostile, unbalanced if it is cooperative.
	third := []graph.Relation{graph.NewRelation("Z", "X", graph.Condemned), graph.NewRelation("Z", "Y", graph.Backs)}
	cases := []struct {
		name   string
		rels   []graph.Relation
		rule   analysis.AmbivalenceRule
		sign   graph.Sign // the sign X-Y takes
		net    float64    // and its net
		census [4]int     // PPP PPN PNN NNN
		dir    graph.Sign // the sign of the directed edge X->Y
	}{
		{"net zero, net", []graph.Relation{recognised, annexed}, analysis.NetSign, graph.Neutral, 0, [4]int{}, graph.Neutral},
		{"net zero, hostile wins", []graph.Relation{recognised, annexed}, analysis.HostileWins, graph.Hostile, 0, [4]int{0, 0, 1, 0}, graph.Hostile},
		{"net zero, drop", []graph.Relation{recognised, annexed}, analysis.DropAmbivalent, graph.Neutral, 0, [4]int{}, graph.Neutral},
		{"net cooperative, net", []graph.Relation{recognised, annexed, appealed}, analysis.NetSign, graph.Cooperative, 1, [4]int{0, 1, 0, 0}, graph.Neutral},
		{"net cooperative, hostile wins", []graph.Relation{recognised, annexed, appealed}, analysis.HostileWins, graph.Hostile, 1, [4]int{0, 0, 1, 0}, graph.Hostile},
		{"net cooperative, drop", []graph.Relation{recognised, annexed, appealed}, analysis.DropAmbivalent, graph.Neutral, 1, [4]int{}, graph.Neutral},
		{"rule out of range counts as net", []graph.Relation{recognised, annexed, appealed}, analysis.AmbivalenceRule(7), graph.Cooperative, 1, [4]int{0, 1, 0, 0}, graph.Neutral},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := analysis.Project(build(t, "X Y Z", append(slices.Clone(c.rels), third...)...), analysis.ProjectOptions{})
			var xy *analysis.SignedEdge
			for _, e := range analysis.SignedEdges(p, analysis.SignedEdgesOptions{Ambivalence: c.rule}) {
				if e.A == "X" && e.B == "Y" {
					xy = &e
				}
			}
			if c.sign == graph.Neutral && xy != nil || c.sign != graph.Neutral && (xy == nil || xy.Sign != c.sign || xy.Net != c.net || !xy.Ambivalent()) {
				t.Errorf("signed edge X-Y %+v, want sign %v net %v", xy, c.sign, c.net)
			}
			b, err := analysis.SignedTriads(context.Background(), p, analysis.SignedTriadsOptions{Ambivalence: c.rule})
			if err != nil {
				t.Fatal(err)
			}
			if got := [4]int{b.Census.PPP, b.Census.PPN, b.Census.PNN, b.Census.NNN}; got != c.census {
				t.Errorf("census %v, want %v", got, c.census)
			}
			if len(b.Ambivalent) != 1 {
				t.Fatalf("ambivalent %+v, want X-Y only", b.Ambivalent)
			}
			a := b.Ambivalent[0]
			if a.A != "X" || a.B != "Y" || a.Sign != c.sign || a.Net != c.net || a.Cooperative != float64(len(c.rels)-1) || a.Hostile != 1 || len(a.Relations) != len(c.rels) {
				t.Errorf("ambivalent pair %+v", a)
			}
			var dir graph.Sign
			for _, e := range analysis.DirectedSignedEdges(p, analysis.DirectedSignedEdgesOptions{Ambivalence: c.rule}) {
				if e.A == "X" && e.B == "Y" {
					dir = e.Sign
				}
			}
			if dir != c.dir {
				t.Errorf("directed X->Y %v, want %v", dir, c.dir)
			}
			if c.rule < 3 {
				al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{Ambivalence: c.rule})
				if err != nil {
					t.Fatal(err)
				}
				if len(al.Ambivalent) != 1 || al.Ambivalent[0].Sign != c.sign {
					t.Errorf("blocs: ambivalent %+v", al.Ambivalent)
				}
			}
		})
	}
}
