package analysis_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/scenario"
)

// members returns the IDs of a side.
func members(side []analysis.Member) []string {
	var ids []string
	for _, m := range side {
		ids = append(ids, m.ID)
	}
	return ids
}

// placed returns every actor of the alignment, sorted: in a bloc, apart or
// unaligned.
func placed(a analysis.Alignment) []string {
	ids := slices.Concat(members(a.Blocs[0]), members(a.Blocs[1]), a.Unaligned)
	for _, s := range a.Apart {
		ids = slices.Concat(ids, members(s[0]), members(s[1]))
	}
	slices.Sort(ids)
	return ids
}

func actorIDs(g *graph.Graph) []string {
	var ids []string
	for a := range g.Actors() {
		ids = append(ids, a.ID)
	}
	return ids
}

func TestBlocsSplits(t *testing.T) {
	cases := []struct {
		name      string
		ties      []string
		index     int
		blocs     [2][]string
		apart     [][2][]string
		unaligned []string
	}{
		{"balanced blocs", []string{"A+B", "C+D", "A-C", "B-D", "A-D"}, 0, [2][]string{{"A", "B"}, {"C", "D"}}, nil, nil},
		{"one frustrated triangle", []string{"A+B", "B+C", "A-C"}, 1, [2][]string{{"A", "B", "C"}, nil}, nil, nil},
		{"all hostile triangle", []string{"A-B", "B-C", "A-C"}, 1, [2][]string{{"A", "C"}, {"B"}}, nil, nil},
		{"two components", []string{"A+B", "B+C", "A-C", "D-E"}, 1, [2][]string{{"A", "B", "C"}, nil}, [][2][]string{{{"D"}, {"E"}}}, nil},
		{"the larger component is the main one", []string{"A-B", "C+D", "D-E", "C-E"}, 0, [2][]string{{"C", "D"}, {"E"}}, [][2][]string{{{"A"}, {"B"}}}, nil},
		// Two blocks joined at C: each is solved on its own and flipped to
		// agree on C.
		{"blocks share an actor", []string{"A+B", "B-C", "A-C", "C-D", "D-E", "C-E"}, 1, [2][]string{{"A", "B", "D"}, {"C", "E"}}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			al, err := analysis.Blocs(context.Background(), analysis.Project(signedGraph(c.ties...), analysis.ProjectOptions{}), analysis.BlocsOptions{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			if al.Frustration != c.index || !al.Exact || al.LowerBound != c.index || len(al.Frustrated) != c.index {
				t.Errorf("index %d (bound %d, exact %v, %d ties), want %d exact", al.Frustration, al.LowerBound, al.Exact, len(al.Frustrated), c.index)
			}
			for i := range 2 {
				if got := members(al.Blocs[i]); !slices.Equal(got, c.blocs[i]) {
					t.Errorf("bloc %d: %v, want %v", i, got, c.blocs[i])
				}
			}
			var apart [][2][]string
			for _, s := range al.Apart {
				apart = append(apart, [2][]string{members(s[0]), members(s[1])})
			}
			if fmt.Sprint(apart) != fmt.Sprint(c.apart) {
				t.Errorf("apart %v, want %v", apart, c.apart)
			}
		})
	}
}

// bruteForce returns the least number of frustrated pairs of the signed
// projection over every split of its actors, from SignedEdges alone.
func bruteForce(p *analysis.Projection) int {
	edges := analysis.SignedEdges(p, analysis.SignedEdgesOptions{})
	index := map[string]int{}
	for node := range int64(p.Len()) {
		index[p.ActorID(node)] = int(node)
	}
	best := math.MaxInt
	for mask := 0; mask < 1<<p.Len(); mask++ {
		k := 0
		for _, e := range edges {
			same := mask>>index[e.A]&1 == mask>>index[e.B]&1
			if (e.Sign == graph.Hostile) == same {
				k++
			}
		}
		best = min(best, k)
	}
	return best
}

// bruteForceBound is bruteForce with affiliations binding, computed from
// the relations: each serves relation adds 2 to its pair's cooperative
// weight (every relation weighing 1), a pair with a serves relation and a
// positive net is kept together, and the least frustration is taken over
// the splits that keep every such pair together.
func bruteForceBound(g *graph.Graph, p *analysis.Projection) int {
	index := map[string]int{}
	for node := range int64(p.Len()) {
		index[p.ActorID(node)] = int(node)
	}
	type pair struct{ a, b int }
	type sums struct {
		coop, host float64
		bound      bool
	}
	pairs := map[pair]*sums{}
	for r := range g.Relations() {
		a, b := index[r.From], index[r.To]
		if a == b {
			continue
		}
		pr := pair{min(a, b), max(a, b)}
		if pairs[pr] == nil {
			pairs[pr] = &sums{}
		}
		switch s := pairs[pr]; {
		case r.Kind == graph.Serves:
			s.coop += 2
			s.bound = true
		case g.SignOf(r) == graph.Cooperative:
			s.coop++
		case g.SignOf(r) == graph.Hostile:
			s.host++
		}
	}
	best := math.MaxInt
	for mask := 0; mask < 1<<p.Len(); mask++ {
		k := 0
		for pr, s := range pairs {
			same := mask>>pr.a&1 == mask>>pr.b&1
			switch {
			case s.bound && s.coop > s.host && !same:
				k = math.MaxInt
			case k == math.MaxInt:
			case s.coop > s.host && !same, s.host > s.coop && same:
				k++
			}
		}
		best = min(best, k)
	}
	return best
}

// TestBlocsOptimal compares the frustration with a brute-force search over
// every split, on generated graphs of many small blocks and few large
// ones, and checks the ties reported against the split.
func TestBlocsOptimal(t *testing.T) {
	for seed := range uint64(8) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			g := generate(seed, 14, 10+int(seed)*4)
			p := analysis.Project(g, analysis.ProjectOptions{})
			al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{NoAffiliation: true, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			if want := bruteForce(p); al.Frustration != want || !al.Exact {
				t.Errorf("frustration %d (exact %v), brute force %d", al.Frustration, al.Exact, want)
			}
			checkSplit(t, al)
			bound, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{AffiliationKinds: []string{graph.Serves}, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			if want := bruteForceBound(g, p); bound.Frustration != want || !bound.Exact {
				t.Errorf("with affiliations: frustration %d (exact %v), brute force %d", bound.Frustration, bound.Exact, want)
			}
			checkSplit(t, bound)
			heur, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{NoAffiliation: true, Seed: seed, Heuristic: true})
			if err != nil {
				t.Fatal(err)
			}
			if heur.Frustration < al.Frustration || heur.LowerBound > al.Frustration {
				t.Errorf("heuristic %d (bound %d), exact %d", heur.Frustration, heur.LowerBound, al.Frustration)
			}
		})
	}
}

// side returns the side (0, 1) of id in the alignment and which split it
// belongs to (-1 the main one, i for Apart[i]); ok false if unaligned.
func side(a analysis.Alignment, id string) (split, s int, ok bool) {
	find := func(sides [2][]analysis.Member) int {
		for i, ms := range sides {
			for _, m := range ms {
				if m.ID == id {
					return i
				}
			}
		}
		return -1
	}
	if s := find(a.Blocs); s >= 0 {
		return -1, s, true
	}
	for i, sp := range a.Apart {
		if s := find(sp); s >= 0 {
			return i, s, true
		}
	}
	return 0, 0, false
}

// checkSplit checks that every member's ties are filed by where the other
// end is, that the frustrated ties are exactly those that disagree with the
// split, and that Support and Strain divide each member's ties.
func checkSplit(t *testing.T, a analysis.Alignment) {
	t.Helper()
	var frustrated []string
	all := append([][2][]analysis.Member{a.Blocs}, a.Apart...)
	for _, sides := range all {
		for _, ms := range sides {
			for _, m := range ms {
				sp, s, _ := side(a, m.ID)
				for _, group := range []struct {
					ties   []analysis.Tie
					within bool
				}{{m.Within, true}, {m.Across, false}} {
					for _, tie := range group.ties {
						osp, os, ok := side(a, tie.Other(m.ID))
						if !ok || osp != sp || (os == s) != group.within || tie.Sign == graph.Neutral || len(tie.Relations) == 0 {
							t.Errorf("%s: tie %+v filed within=%v", m.ID, tie.SignedEdge, group.within)
						}
						if (tie.Sign == graph.Hostile) == group.within && m.ID == tie.A {
							frustrated = append(frustrated, tie.A+" "+tie.B)
						}
					}
				}
				if len(m.Support())+len(m.Strain()) != len(m.Within)+len(m.Across) {
					t.Errorf("%s: support %d + strain %d != %d ties", m.ID, len(m.Support()), len(m.Strain()), len(m.Within)+len(m.Across))
				}
			}
		}
	}
	slices.Sort(frustrated)
	var listed []string
	for _, tie := range a.Frustrated {
		listed = append(listed, tie.A+" "+tie.B)
	}
	if !slices.Equal(frustrated, listed) {
		t.Errorf("frustrated ties %v, the split frustrates %v", listed, frustrated)
	}
}

// TestBlocsAffiliation is the foreign minister who talks to the other
// side: without affiliations he lands in the bloc of the state he talks
// to; with them he stands with the state he serves, and the talks are the
// frustrated tie.
func TestBlocsAffiliation(t *testing.T) {
	g := build(t, "X Y Z W fm press hermit",
		graph.NewRelation("X", "Y", graph.Threatened),
		graph.NewRelation("Y", "X", graph.Sanctions),
		graph.NewRelation("Z", "X", graph.Backs),
		graph.NewRelation("fm", "X", graph.Serves).Cite("s", "The foreign minister of X."),
		graph.NewRelation("fm", "Y", graph.Met).Cite("s", "The minister met Y."),
		graph.NewRelation("press", "X", graph.PartOf),
		graph.NewRelation("hermit", "W", graph.Serves),
		graph.NewRelation("Z", "W", graph.Met).WithSign(graph.Neutral),
	)
	p := analysis.Project(g, analysis.ProjectOptions{})

	plain, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{NoAffiliation: true})
	if err != nil {
		t.Fatal(err)
	}
	if plain.Bloc("fm") != plain.Bloc("Y") || plain.Bloc("fm") == plain.Bloc("X") {
		t.Errorf("without affiliations fm should follow Y: %v / %v", members(plain.Blocs[0]), members(plain.Blocs[1]))
	}
	if !slices.Equal(plain.Unaligned, []string{"W", "hermit", "press"}) {
		t.Errorf("unaligned without affiliations %v", plain.Unaligned)
	}

	al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := [2][]string{members(al.Blocs[0]), members(al.Blocs[1])}; fmt.Sprint(got) != "[[X Z fm press] [Y]]" {
		t.Errorf("blocs %v", got)
	}
	// W and its official are tied by an affiliation only: nothing places
	// them.
	if !slices.Equal(al.Unaligned, []string{"W", "hermit"}) {
		t.Errorf("unaligned %v", al.Unaligned)
	}
	if al.Frustration != 1 || len(al.Frustrated) != 1 || al.Frustrated[0].A != "Y" || al.Frustrated[0].B != "fm" {
		t.Fatalf("frustrated %+v", al.Frustrated)
	}
	talks := al.Frustrated[0]
	if talks.Sign != graph.Cooperative || talks.Cooperative != 1 || talks.Bound || len(talks.Relations) != 1 ||
		talks.Relations[0].Kind != graph.Met || talks.Relations[0].Evidence[0].Quote != "The minister met Y." || talks.Relations[0].ID == "" {
		t.Errorf("frustrated tie %+v", talks)
	}
	var fm analysis.Member
	for _, m := range al.Blocs[0] {
		if m.ID == "fm" {
			fm = m
		}
	}
	sup, strain := fm.Support(), fm.Strain()
	if len(sup) != 1 || sup[0].Other("fm") != "X" || !sup[0].Bound || sup[0].Cooperative != 2 || sup[0].Relations[0].Kind != graph.Serves {
		t.Errorf("fm's support %+v", sup)
	}
	if len(strain) != 1 || strain[0].Other("fm") != "Y" {
		t.Errorf("fm's strain %+v", strain)
	}
	checkSplit(t, al)

	t.Run("weight", func(t *testing.T) {
		// An official who condemned his own state twice: the affiliation
		// (2 by default) and the complaints cancel out; with weight 3 the
		// affiliation holds, with weight 1 the complaints win.
		g := build(t, "X Y fm",
			graph.NewRelation("X", "Y", graph.Threatened),
			graph.NewRelation("fm", "X", graph.Serves),
			graph.NewRelation("fm", "X", graph.Condemned),
			graph.NewRelation("fm", "X", graph.Condemned),
		)
		p := analysis.Project(g, analysis.ProjectOptions{})
		for _, c := range []struct {
			weight float64
			sign   graph.Sign
		}{{0, graph.Neutral}, {3, graph.Cooperative}, {1, graph.Hostile}} {
			al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{AffiliationWeight: c.weight})
			if err != nil {
				t.Fatal(err)
			}
			if len(al.Ambivalent) != 1 || al.Ambivalent[0].Sign != c.sign || !al.Ambivalent[0].Bound || len(al.Ambivalent[0].Relations) != 3 {
				t.Errorf("weight %v: ambivalent %+v, want sign %v", c.weight, al.Ambivalent, c.sign)
			}
		}
	})
	t.Run("kinds", func(t *testing.T) {
		// Only part-of binds: fm follows Y again, press stays with X.
		al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{AffiliationKinds: []string{graph.PartOf}})
		if err != nil {
			t.Fatal(err)
		}
		if al.Bloc("fm") != al.Bloc("Y") || al.Bloc("press") != al.Bloc("X") {
			t.Errorf("blocs %v / %v", members(al.Blocs[0]), members(al.Blocs[1]))
		}
	})
	t.Run("affiliation left out by the weighting", func(t *testing.T) {
		// Serves has no Goldstein value: the weighting leaves it out of
		// the projection, but it binds all the same.
		al, err := analysis.Blocs(context.Background(), analysis.Project(g, analysis.ProjectOptions{Weighting: analysis.WeightByGoldstein}), analysis.BlocsOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if al.Bloc("fm") != al.Bloc("X") {
			t.Errorf("blocs %v / %v", members(al.Blocs[0]), members(al.Blocs[1]))
		}
	})
	t.Run("errors", func(t *testing.T) {
		for _, o := range []analysis.BlocsOptions{
			{AffiliationKinds: []string{"served"}},
			{AffiliationWeight: -1},
			{AffiliationWeight: math.NaN()},
			{AffiliationWeight: math.Inf(1)},
			{Ambivalence: analysis.AmbivalenceRule(5)},
		} {
			if _, err := analysis.Blocs(context.Background(), p, o); !errors.Is(err, analysis.ErrBadOption) {
				t.Errorf("%+v: %v, want ErrBadOption", o, err)
			}
		}
	})
}

// withSignedTies returns the actors with a signed relation or a binding
// affiliation in the projection, from SignedEdges and the graph's
// relations, independently of Blocs.
func withSignedTies(g *graph.Graph, p *analysis.Projection) map[string]bool {
	has := map[string]bool{}
	for _, e := range analysis.SignedEdges(p, analysis.SignedEdgesOptions{}) {
		has[e.A], has[e.B] = true, true
	}
	for r := range g.Relations() {
		switch r.Kind {
		case graph.Leads, graph.Serves, graph.MemberOf, graph.PartOf:
			has[r.From], has[r.To] = true, true
		}
	}
	return has
}

// checkPlaced checks that no actor without a signed tie is in a bloc or
// apart, and that every actor in neither is unaligned.
func checkPlaced(t *testing.T, g *graph.Graph, p *analysis.Projection, a analysis.Alignment) {
	t.Helper()
	has := withSignedTies(g, p)
	for _, id := range actorIDs(g) {
		_, _, in := side(a, id)
		if in && !has[id] {
			t.Errorf("%s has no signed tie but is in a bloc", id)
		}
		if !in && !slices.Contains(a.Unaligned, id) {
			t.Errorf("%s is neither placed nor unaligned", id)
		}
	}
	if got := placed(a); !slices.Equal(got, actorIDs(g)) {
		t.Errorf("actors placed %v", got)
	}
}

// TestBlocsUkraine checks the blocs of the Ukraine 2014 example against the
// crisis as analysts drew it: Russia, its officials and the Kremlin against
// Ukraine, the United States and the West.
func TestBlocsUkraine(t *testing.T) {
	russia := []string{"RUS", "crimea", "kremlin", "lavrov", "putin", "rossiya-1", "russian-officials", "russian-speakers", "putin-inner-circle"}
	west := []string{"UKR", "USA", "european-countries", "kerry", "obama", "us-allies", "us-officials", "west", "white-house"}
	unaligned := []string{"BBC", "NATO", "global-community", "international-monitors", "mardell", "tymoshenko"}
	march29, err := ukraine().Filter(graph.Filter{AsOf: date.MustParse("2014-03-29")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		g    *graph.Graph
		// with Russia and with the West beyond the common core
		russia, west []string
	}{
		// Over the whole record Yanukovych led Ukraine (until 22 February
		// 2014), so he stands with it and the protesters who ousted him
		// against it.
		{"whole record", ukraine(), []string{"protesters"}, []string{"yanukovych"}},
		// As of the article's date he leads nothing: he stands with the
		// Kremlin he backs, the protesters with Ukraine.
		{"as of 29 March 2014", march29, []string{"yanukovych"}, []string{"protesters"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := analysis.Project(c.g, analysis.ProjectOptions{})
			al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r := al.Bloc("RUS")
			for _, id := range append(slices.Clone(russia), c.russia...) {
				if al.Bloc(id) != r {
					t.Errorf("%s is not with Russia", id)
				}
			}
			for _, id := range append(slices.Clone(west), c.west...) {
				if al.Bloc(id) != 1-r {
					t.Errorf("%s is not with Ukraine and the West", id)
				}
			}
			if !slices.Equal(al.Unaligned, unaligned) {
				t.Errorf("unaligned %v, want %v", al.Unaligned, unaligned)
			}
			if len(al.Apart) != 1 || fmt.Sprint(members(al.Apart[0][0]), members(al.Apart[0][1])) != "[democratic-forces klitschko poroshenko] []" {
				t.Errorf("apart %v", al.Apart)
			}
			if !al.Exact || al.Frustration != len(al.Frustrated) {
				t.Errorf("frustration %d (exact %v), %d ties", al.Frustration, al.Exact, len(al.Frustrated))
			}
			// Crisis diplomacy is what strains the blocs: the calls and
			// pledges between Russia's side and the other.
			var strained []string
			for _, tie := range al.Frustrated {
				strained = append(strained, tie.A+"-"+tie.B)
				for _, rel := range tie.Relations {
					if rel.ID == "" || len(rel.Evidence) == 0 {
						t.Errorf("frustrated tie %s-%s: relation %q without evidence", tie.A, tie.B, rel.ID)
					}
				}
			}
			for _, want := range []string{"UKR-lavrov", "kerry-lavrov", "obama-putin"} {
				if !slices.Contains(strained, want) {
					t.Errorf("frustrated ties %v lack %s", strained, want)
				}
			}
			// Russia annexed Crimea and Crimea voted to join it: a pair
			// evenly split, reported with no sign.
			var ambivalent []string
			for _, tie := range al.Ambivalent {
				ambivalent = append(ambivalent, fmt.Sprintf("%s%s%s", tie.A, tie.Sign, tie.B))
			}
			if fmt.Sprint(ambivalent) != "[RUS-USA RUS0crimea]" {
				t.Errorf("ambivalent %v", ambivalent)
			}
			checkSplit(t, al)
			checkPlaced(t, c.g, p, al)
		})
	}
}

// crimeaUN loads the second example, the Crimea votes at the UN.
func crimeaUN(t *testing.T) *graph.Graph {
	g, err := scenario.Load(filepath.Join(repoRoot(), "examples", "crimea2014-un", "crimea2014-un.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestBlocsCrimeaUN checks the blocs of the March 2014 UN votes on
// Crimea: those who voted against Ukraine's territorial integrity, with
// Russia and its alliance, against the sponsors and the West; the states
// that only abstained are unaligned.
func TestBlocsCrimeaUN(t *testing.T) {
	g := crimeaUN(t)
	p := analysis.Project(g, analysis.ProjectOptions{})
	al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := [2]string{
		"[ARM BLR BOL CSTO CUB KAZ NIC PRK RUS SDN SYR VEN ZWE churkin crimea lavrov]",
		"[CAN CRI DEU EU FRA GBR LTU NATO POL UKR USA kerry power]",
	}
	for i := range 2 {
		if got := fmt.Sprint(members(al.Blocs[i])); got != want[i] {
			t.Errorf("bloc %d: %s\nwant %s", i+1, got, want[i])
		}
	}
	if fmt.Sprint(al.Unaligned) != "[BRA CHN IND ZAF liu-jieyi]" || len(al.Apart) != 0 {
		t.Errorf("unaligned %v, apart %v", al.Unaligned, al.Apart)
	}
	if al.Frustration != 1 || !al.Exact || al.Frustrated[0].A != "kerry" || al.Frustrated[0].B != "lavrov" || al.Frustrated[0].Relations[0].Kind != graph.Met {
		t.Errorf("frustrated %+v", al.Frustrated)
	}
	// Kazakhstan abstained: only its alliance places it.
	for _, m := range al.Blocs[0] {
		switch m.ID {
		case "KAZ":
			if sup := m.Support(); len(sup) != 1 || sup[0].Other("KAZ") != "CSTO" || !sup[0].Bound {
				t.Errorf("KAZ support %+v", sup)
			}
		case "churkin":
			if sup := m.Support(); len(sup) != 1 || sup[0].Other("churkin") != "RUS" || sup[0].Relations[0].Kind != graph.Serves {
				t.Errorf("churkin support %+v", sup)
			}
		}
	}
	checkSplit(t, al)
	checkPlaced(t, g, p, al)

	// Russia recognised Crimea, which asked to join it, then annexed it.
	for _, c := range []struct {
		rule         analysis.AmbivalenceRule
		sign         graph.Sign
		crimeaRussia bool // Crimea in Russia's bloc
	}{
		{analysis.NetSign, graph.Cooperative, true},
		{analysis.DropAmbivalent, graph.Neutral, true},
		// Hostile, the pair is frustrated: parting Crimea from Russia
		// would frustrate its heavier hostile tie to Ukraine instead.
		{analysis.HostileWins, graph.Hostile, true},
	} {
		al, err := analysis.Blocs(context.Background(), p, analysis.BlocsOptions{Ambivalence: c.rule})
		if err != nil {
			t.Fatal(err)
		}
		if len(al.Ambivalent) != 1 {
			t.Fatalf("%v: ambivalent %+v", c.rule, al.Ambivalent)
		}
		a := al.Ambivalent[0]
		var kinds []string
		for _, r := range a.Relations {
			kinds = append(kinds, r.Kind)
		}
		if a.A != "RUS" || a.B != "crimea" || a.Sign != c.sign || a.Cooperative != 2 || a.Hostile != 1 || strings.Join(kinds, " ") != "appealed recognized annexed" {
			t.Errorf("%v: ambivalent %+v (%v)", c.rule, a.SignedEdge, kinds)
		}
		if (al.Bloc("crimea") == al.Bloc("RUS")) != c.crimeaRussia {
			t.Errorf("%v: crimea with Russia: %v", c.rule, !c.crimeaRussia)
		}
		frustrated := slices.ContainsFunc(al.Frustrated, func(t analysis.Tie) bool { return t.A == "RUS" && t.B == "crimea" })
		if frustrated != (c.sign == graph.Hostile) {
			t.Errorf("%v: RUS-crimea frustrated: %v", c.rule, frustrated)
		}
	}
}
