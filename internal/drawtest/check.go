package drawtest

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Want is what a drawing of a graph must show besides the graph's actors
// and relations: what the options drawing it asked for.
type Want struct {
	Title  string // the title at the top; "" when no title is drawn
	Legend bool   // whether the legend of actor and relation kinds is drawn
}

// The headings of package render's legend.
const actorsHeading, relationsHeading = "Actors", "Relations"

// Check fails t for every fact of g and want that d does not show:
//
//   - one node per actor, with the element ID "a-" + its ID, the classes
//     "actor" and its kind, and its name in its label;
//   - every relation drawn exactly once: by an edge of its own (element ID
//     "r-" + its ID, between its ends, classed and labelled with its
//     kind), or counted in the label of a bundle ("phoned ×2") between
//     its ends, classed with its kind; a relation whose own sign differs
//     from its kind's is labelled, counted and listed in the legend as
//     "phoned (hostile)", and classed with its sign and "own-sign";
//   - the title first in the graph's label, and a line naming the sources
//     if g has any;
//   - with a legend, its headings and every actor kind and relation kind
//     of g; without one, neither heading.
func Check(t testing.TB, d Drawing, g *graph.Graph, want Want) {
	t.Helper()
	for _, err := range check(d, g, want) {
		t.Error(err)
	}
}

func check(d Drawing, g *graph.Graph, want Want) []error {
	var errs []error
	fail := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }

	// Actors.
	nodes := map[string]Element{}
	for _, n := range d.Nodes {
		if _, dup := nodes[n.Name]; dup {
			fail("actor %s is drawn twice", n.Name)
		}
		nodes[n.Name] = n
	}
	if len(d.Nodes) != g.NumActors() {
		fail("%d nodes drawn for %d actors", len(d.Nodes), g.NumActors())
	}
	actorKinds := map[string]bool{}
	for a := range g.Actors() {
		actorKinds[a.Kind.String()] = true
		n, ok := nodes[a.ID]
		switch {
		case !ok:
			fail("actor %s is not drawn", a.ID)
			continue
		case n.ID != "a-"+a.ID:
			fail("actor %s has the element ID %q, want %q", a.ID, n.ID, "a-"+a.ID)
		}
		if !slices.Contains(n.Class, "actor") || !slices.Contains(n.Class, a.Kind.String()) {
			fail("actor %s has the classes %q, want actor and %s", a.ID, n.Class, a.Kind)
		}
		if !slices.Contains(n.Text, a.Label()) {
			fail("actor %s is labelled %q, without its name %q", a.ID, n.Text, a.Label())
		}
	}

	// Relations, counted by their ends (in either order for a symmetric
	// kind) and kind.
	type key struct{ from, to, kind string }
	keyOf := func(from, to, kind, name string) key {
		if k, ok := g.Kind(kind); ok && k.Symmetric && to < from {
			from, to = to, from
		}
		return key{from, to, name}
	}
	rels := map[string]graph.Relation{}
	expected := map[key]int{}
	relKinds := map[string]bool{}
	for r := range g.Relations() {
		rels[r.ID] = r
		expected[keyOf(r.From, r.To, r.Kind, drawnName(g, r))]++
		relKinds[drawnName(g, r)] = true
	}
	drawn := map[key]int{}
	ids := map[string]bool{}
	for _, e := range d.Edges {
		if ids[e.ID] {
			fail("element ID %s is used by two edges", e.ID)
		}
		ids[e.ID] = true
		from, to, ok := strings.Cut(e.Name, "->")
		if !ok {
			fail("edge %s has no ends: %q", e.ID, e.Name)
			continue
		}
		if !slices.Contains(e.Class, "bundle") {
			r, ok := rels[strings.TrimPrefix(e.ID, "r-")]
			switch {
			case !strings.HasPrefix(e.ID, "r-") || !ok:
				fail("edge %s (%s) is no relation of the graph", e.ID, e.Name)
				continue
			case r.From != from || r.To != to:
				fail("relation %s is drawn from %s to %s", r.ID, from, to)
			case !slices.Contains(e.Class, "relation") || !slices.Contains(e.Class, r.Kind):
				fail("relation %s has the classes %q, want relation and %s", r.ID, e.Class, r.Kind)
			case len(e.Text) == 0 || e.Text[0] != drawnName(g, r):
				fail("relation %s is labelled %q, want its kind %s first", r.ID, e.Text, drawnName(g, r))
			case !slices.Contains(e.Class, g.SignOf(r).Name()):
				fail("relation %s has the classes %q, want its sign %s", r.ID, e.Class, g.SignOf(r).Name())
			case ownSign(g, r) != slices.Contains(e.Class, "own-sign"):
				fail("relation %s has the classes %q: own-sign is for a sign differing from its kind's", r.ID, e.Class)
			}
			drawn[keyOf(r.From, r.To, r.Kind, drawnName(g, r))]++
			continue
		}
		if !strings.HasPrefix(e.ID, "b-") {
			fail("bundle %s (%s) has an element ID without b-", e.ID, e.Name)
		}
		n := 0
		for _, kind := range e.Class {
			if kind == "relation" || kind == "bundle" || kind == "own-sign" || slices.ContainsFunc(graph.Signs(), func(s graph.Sign) bool { return s.Name() == kind }) {
				continue
			}
			found := false
			for _, name := range append([]string{kind}, variants(kind)...) {
				if c, ok := count(e.Text, name); ok {
					drawn[keyOf(from, to, kind, name)] += c
					n += c
					found = true
				}
			}
			if !found {
				fail("bundle %s (%s) is classed %s but its label %q does not count it", e.ID, e.Name, kind, e.Text)
			}
		}
		if n < 2 {
			fail("bundle %s (%s) bundles %d relations", e.ID, e.Name, n)
		}
	}
	byKey := func(a, b key) int {
		return strings.Compare(a.from+" "+a.to+" "+a.kind, b.from+" "+b.to+" "+b.kind)
	}
	for _, k := range slices.SortedFunc(maps.Keys(expected), byKey) {
		if drawn[k] != expected[k] {
			fail("%d %s relations from %s to %s are drawn as %d", expected[k], k.kind, k.from, k.to, drawn[k])
		}
	}
	for _, k := range slices.SortedFunc(maps.Keys(drawn), byKey) {
		if expected[k] == 0 {
			fail("%d %s relations from %s to %s are drawn, but the graph has none", drawn[k], k.kind, k.from, k.to)
		}
	}

	// The graph's label.
	switch {
	case want.Title != "" && (len(d.Label) == 0 || d.Label[0] != want.Title):
		fail("the label starts with %q, want the title %q", first(d.Label), want.Title)
	case want.Title == "" && len(d.Label) > 0 && !isSourceLine(d.Label[0]) && d.Label[0] != actorsHeading:
		fail("the label starts with %q, want no title", d.Label[0])
	}
	if g.NumSources() > 0 && !slices.ContainsFunc(d.Label, isSourceLine) {
		fail("no line names the sources: %q", d.Label)
	}
	if !want.Legend {
		if slices.Contains(d.Label, actorsHeading) || slices.Contains(d.Label, relationsHeading) {
			fail("a legend is drawn: %q", d.Label)
		}
		return errs
	}
	if g.NumActors() > 0 && !slices.Contains(d.Label, actorsHeading) {
		fail("the legend has no %s heading: %q", actorsHeading, d.Label)
	}
	if g.NumRelations() > 0 && !slices.Contains(d.Label, relationsHeading) {
		fail("the legend has no %s heading: %q", relationsHeading, d.Label)
	}
	for _, k := range slices.Sorted(maps.Keys(actorKinds)) {
		if !slices.Contains(d.Label, k) {
			fail("the legend lacks the actor kind %s", k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(relKinds)) {
		if !slices.Contains(d.Label, k) {
			fail("the legend lacks the relation kind %s", k)
		}
	}
	return errs
}

// count returns how many relations of kind a bundle's label counts:
// 1 for a run "kind", n for "kind ×n".
func count(runs []string, kind string) (int, bool) {
	for _, r := range runs {
		if r == kind {
			return 1, true
		}
		if n, ok := strings.CutPrefix(r, kind+" ×"); ok {
			if c, err := strconv.Atoi(n); err == nil && c > 1 {
				return c, true
			}
		}
	}
	return 0, false
}

// ownSign reports whether r has a sign of its own, differing from its
// kind's.
func ownSign(g *graph.Graph, r graph.Relation) bool {
	k, _ := g.Kind(r.Kind)
	return g.SignOf(r) != k.Sign
}

// drawnName is the name a relation is drawn under: its kind, or for a sign
// of its own "phoned (hostile)".
func drawnName(g *graph.Graph, r graph.Relation) string {
	if ownSign(g, r) {
		return r.Kind + " (" + g.SignOf(r).Name() + ")"
	}
	return r.Kind
}

// variants are the names a kind is drawn under with each sign of its own.
func variants(kind string) []string {
	var out []string
	for _, s := range graph.Signs() {
		out = append(out, kind+" ("+s.Name()+")")
	}
	return out
}

func isSourceLine(s string) bool {
	return strings.HasPrefix(s, "Source: ") || strings.HasPrefix(s, "Sources: ")
}

func first(runs []string) string {
	if len(runs) == 0 {
		return ""
	}
	return runs[0]
}
