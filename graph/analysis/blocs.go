package analysis

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/diplograph/diplograph/graph"
)

// BlocsOptions control [Blocs].
type BlocsOptions struct {
	// Ambivalence is the sign a pair with both cooperative and hostile
	// relations takes. Default NetSign.
	Ambivalence AmbivalenceRule

	// NoAffiliation leaves affiliations out. By default an affiliation
	// binds: a relation of one of AffiliationKinds (Lavrov serves Russia,
	// Putin leads Russia, Poland is a member of NATO) makes its pair
	// cooperative with weight AffiliationWeight, and a pair so held
	// together is never split: officials stand with the state they serve
	// and members with their organisation, whatever they said to others
	// (a foreign minister who talks to the other side does not land in its
	// bloc; the talks are a frustrated tie). A pair whose other relations
	// outweigh the affiliation (an official who condemned his own state
	// again and again) takes their sign and is not held together. A
	// relation of those kinds with a sign of its own
	// ([graph.Relation.WithSign]) counts with that sign instead, like any
	// other. Time is the view's: filter the graph as of a date
	// ([graph.Filter].AsOf) to keep only the affiliations in force then.
	NoAffiliation bool

	// AffiliationKinds are the relation kinds that bind. Default (nil):
	// [DefaultAffiliationKinds], leads, serves, member-of and part-of.
	AffiliationKinds []string

	// AffiliationWeight is the cooperative weight a binding affiliation
	// adds to its pair's sign, in the projection's weight units, whatever
	// the weighting gives the relation itself. Default (0): 2, so that an
	// affiliation outweighs one hostile relation between the same two (a
	// single complaint of an official about his own state does not unbind
	// him) and two cancel it out (the pair is then ambivalent, with no
	// sign under NetSign).
	AffiliationWeight float64

	// Seed seeds the random starts of the local search used on blocks too
	// large to solve exactly; the same seed gives the same result.
	// Default 0.
	Seed uint64

	// Heuristic uses the local search on every block, however small: an
	// upper bound, fast on any graph. By default blocks of up to
	// [ExactFrustrationLimit] units (actors, or actors held together) are
	// solved exactly.
	Heuristic bool
}

// DefaultAffiliationKinds returns the relation kinds that bind by default
// in [Blocs]: leads, serves, member-of and part-of. Each call returns a new
// slice.
func DefaultAffiliationKinds() []string {
	return []string{graph.Leads, graph.Serves, graph.MemberOf, graph.PartOf}
}

// defaultAffiliationWeight is BlocsOptions.AffiliationWeight's default.
const defaultAffiliationWeight = 2

// Alignment is the result of [Blocs]: who stands with whom, and why.
type Alignment struct {
	// Blocs are the two sides of the main conflict: the largest connected
	// component (then the one with the smallest actor ID) of the signed
	// graph among those held together by more than affiliations. Blocs[0]
	// holds the component's actor with the smallest ID. Members are sorted
	// by ID.
	Blocs [2][]Member

	// Apart are the other components held together by more than
	// affiliations, each split in two the same way: they have no signed
	// tie to the main conflict, so which of its blocs each side would
	// join is unknown. Largest first, then by first ID.
	Apart [][2][]Member

	// Unaligned are the actors nothing places: those without a signed tie,
	// and those tied only by affiliations to actors with no other signed
	// tie (a broadcaster and its correspondent). Sorted by ID.
	Unaligned []string

	// Frustrated are the ties that disagree with the split: hostile ties
	// within a side, cooperative ties across. Sorted by A, then B.
	Frustrated []Tie

	// Ambivalent are the pairs with both cooperative and hostile relations
	// (affiliations counting as cooperative), each with the sign the rule
	// gave it (Neutral: none, so it neither binds nor separates) and its
	// relations. Sorted by A, then B.
	Ambivalent []Tie

	// Frustration is the number of frustrated ties: when Exact, the
	// frustration index of the signed graph (the minimum over all splits
	// that keep actors held together by affiliations together; over all
	// splits with NoAffiliation); otherwise an upper bound.
	Frustration int

	// LowerBound is a proven lower bound of the frustration index: the
	// exact frustration of the blocks solved exactly plus, for the others,
	// a packing of unbalanced triangles sharing no pair. Equal to
	// Frustration when Exact.
	LowerBound int

	// Exact reports whether Frustration is the minimum.
	Exact bool
}

// Member is an actor in a bloc, with the ties that put it there.
type Member struct {
	// ID is the actor's ID.
	ID string
	// Within are its signed ties to actors on its own side, sorted by the
	// other actor's ID: the cooperative ones hold it there, the hostile
	// ones are frustrated.
	Within []Tie
	// Across are its signed ties to actors on the other side, sorted by
	// the other actor's ID: the hostile ones hold it there, the
	// cooperative ones are frustrated.
	Across []Tie
}

// Support returns the ties that hold the member on its side: cooperative
// ties within it and hostile ties across, sorted by the other actor's ID.
func (m Member) Support() []Tie {
	return m.pick(func(t Tie, within bool) bool { return (t.Sign > 0) == within })
}

// Strain returns the member's frustrated ties: hostile ties within its
// side and cooperative ties across, sorted by the other actor's ID.
func (m Member) Strain() []Tie {
	return m.pick(func(t Tie, within bool) bool { return (t.Sign > 0) != within })
}

func (m Member) pick(keep func(t Tie, within bool) bool) []Tie {
	var out []Tie
	for _, t := range m.Within {
		if keep(t, true) {
			out = append(out, t)
		}
	}
	for _, t := range m.Across {
		if keep(t, false) {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b Tie) int { return cmp.Compare(a.Other(m.ID), b.Other(m.ID)) })
	return out
}

// Bloc returns 0 or 1, the index in Blocs of the bloc holding the actor
// id, or -1 if it is in none (apart, unaligned or unknown). O(log n).
func (a Alignment) Bloc(id string) int {
	for i, b := range a.Blocs {
		if _, ok := slices.BinarySearchFunc(b, id, func(m Member, id string) int { return cmp.Compare(m.ID, id) }); ok {
			return i
		}
	}
	return -1
}

// Blocs splits the actors into two blocs with as few frustrated ties as
// possible, and explains the split: each member with the ties that put it
// there, every frustrated tie and every ambivalent pair with its
// relations and their evidence, and the actors nothing places.
//
// It runs on the signed graph of the projection: the pairs of
// [SignedEdges] (signed by o.Ambivalence), plus, unless o.NoAffiliation,
// the affiliations that bind officials to their state and members to
// their organisation (see [BlocsOptions]); actors held together by
// affiliations are split as one. A split minimises the number of
// frustrated ties (hostile within a bloc, cooperative across: the
// frustration index, zero exactly when the graph is balanced; a hostile
// tie between two actors held together is frustrated whatever the split);
// between splits as frustrated, the one whose frustrated ties weigh least
// (by their net weight, or their hostile weight for a tie [HostileWins]
// made hostile) wins, then the first in a fixed order, so the result is
// deterministic. Each connected component of the signed graph is split
// on its own; the largest held together by more than affiliations is the
// main conflict ([Alignment.Blocs]), the other such are apart
// ([Alignment.Apart]), and the rest unaligned. NetworkX has no
// counterpart.
//
// Each block (biconnected component) of up to [ExactFrustrationLimit]
// units is solved exactly, in O(2^k k d) time for k units of degree d;
// larger ones (or all, with Heuristic) by seeded multi-start local search,
// O(m) per sweep, an upper bound reported with a lower bound. Building the
// signed graph costs O(n + r log d) for r relations, at most d between two
// actors; the result holds each tie once, O(n + r) memory. It fails with
// ErrBadOption for an AffiliationKinds name the graph does not know, an
// AffiliationWeight that is negative or not finite, or an Ambivalence
// outside [AmbivalenceRules]; or with ctx.Err() once ctx is done: it looks
// at ctx every few thousand steps (relations read to sign the pairs,
// partitions of the exact enumeration, units moved by the local search,
// triangles tried for its bound, ties gathered to explain the split).
func Blocs(ctx context.Context, p *Projection, o BlocsOptions) (Alignment, error) {
	if o.Ambivalence >= numAmbivalenceRules {
		return Alignment{}, fmt.Errorf("%w: %v", ErrBadOption, o.Ambivalence)
	}
	tr := tieRules{rule: o.Ambivalence, collect: true}
	if !o.NoAffiliation {
		kinds := o.AffiliationKinds
		if kinds == nil {
			kinds = DefaultAffiliationKinds()
		}
		tr.bind = make(map[string]bool, len(kinds))
		for _, k := range kinds {
			if _, ok := p.kinds[k]; !ok && p.g != nil {
				return Alignment{}, fmt.Errorf("%w: affiliation kind %q is not a relation kind of the graph", ErrBadOption, k)
			}
			tr.bind[k] = true
		}
		tr.bindW = o.AffiliationWeight
		if tr.bindW == 0 {
			tr.bindW = defaultAffiliationWeight
		}
		if !(tr.bindW > 0) || math.IsInf(tr.bindW, 0) {
			return Alignment{}, fmt.Errorf("%w: affiliation weight %v", ErrBadOption, o.AffiliationWeight)
		}
	}
	if err := ctx.Err(); err != nil {
		return Alignment{}, err
	}
	limit := ExactFrustrationLimit
	if o.Heuristic {
		limit = 1
	}
	n := p.Len()
	work := budgetOf(ctx)
	pairs := p.pairTies(tr, work)
	if work.halted() {
		return Alignment{}, ctx.Err()
	}
	s := newSigned(n, pairs)

	// A binding affiliation holds its two actors together: the split runs
	// on units, each an actor or a group of actors held together,
	// numbered in the order of their first actor.
	rep := make([]int32, n)
	for i := range rep {
		rep[i] = int32(i)
	}
	find := func(u int32) int32 {
		for rep[u] != u {
			rep[u] = rep[rep[u]]
			u = rep[u]
		}
		return u
	}
	for _, t := range pairs {
		if t.bound && t.sign > 0 {
			a, b := find(t.a), find(t.b)
			rep[max(a, b)] = min(a, b)
		}
	}
	unit := make([]int32, n)
	units := int32(0)
	for u := range int32(n) {
		if r := find(u); r == u {
			unit[u] = units
			units++
		} else {
			unit[u] = unit[r]
		}
	}
	edges := make([]costEdge, 0, len(pairs))
	inside := 0 // hostile ties within a unit: frustrated whatever the split
	for _, t := range pairs {
		ua, ub := unit[t.a], unit[t.b]
		switch {
		case t.sign == 0:
		case ua == ub:
			if t.sign < 0 {
				inside++
			}
		case t.sign < 0:
			edges = append(edges, costEdge{u: ua, v: ub, same: 1, sameW: t.strength()})
		default:
			edges = append(edges, costEdge{u: ua, v: ub, diff: 1, diffW: t.strength()})
		}
	}
	if work.stopped() {
		return Alignment{}, ctx.Err()
	}
	costs := newCostGraph(int(units), edges, work)
	if costs == nil {
		return Alignment{}, ctx.Err()
	}
	sp, ok := solveSplit(costs, o.Seed, limit, work)
	if !ok {
		return Alignment{}, ctx.Err()
	}
	side := make([]int8, n)
	for u := range side {
		side[u] = sp.side[unit[u]]
	}
	al := Alignment{Frustration: sp.count + inside, LowerBound: sp.lower + inside, Exact: sp.exact}

	ties := make([]Tie, len(pairs))
	made := make([]bool, len(pairs))
	tieOf := func(i int32) Tie {
		if !made[i] {
			ties[i], made[i] = p.tie(&pairs[i]), true
		}
		return ties[i]
	}

	// Components of the signed graph, in order of their smallest actor.
	type component struct {
		nodes   []int32
		aligned bool // held together by more than affiliations
	}
	var comps []component
	seen := make([]bool, n)
	for root := range int32(n) {
		if seen[root] || s.off[root] == s.off[root+1] {
			continue
		}
		c := component{nodes: []int32{root}}
		seen[root] = true
		for i := 0; i < len(c.nodes); i++ {
			u := c.nodes[i]
			to, _ := s.adj(u)
			for j, v := range to {
				c.aligned = c.aligned || pairs[s.tie[s.off[u]+int32(j)]].other
				if !seen[v] {
					seen[v] = true
					c.nodes = append(c.nodes, v)
				}
			}
		}
		slices.Sort(c.nodes)
		comps = append(comps, c)
	}
	split := func(c component) [2][]Member {
		var sides [2][]Member
		for _, u := range c.nodes {
			m := Member{ID: p.ids[u]}
			to, _ := s.adj(u)
			if work.spend(len(to) + 1) {
				break // Blocs returns ctx.Err() below
			}
			within := 0
			for _, v := range to {
				if side[u] == side[v] {
					within++
				}
			}
			m.Within, m.Across = make([]Tie, 0, within), make([]Tie, 0, len(to)-within)
			for j, v := range to {
				t := tieOf(s.tie[s.off[u]+int32(j)])
				if side[u] == side[v] {
					m.Within = append(m.Within, t)
				} else {
					m.Across = append(m.Across, t)
				}
			}
			sides[side[u]] = append(sides[side[u]], m)
		}
		return sides
	}
	main := -1
	for i, c := range comps {
		if c.aligned && (main < 0 || len(c.nodes) > len(comps[main].nodes)) {
			main = i
		}
	}
	unaligned := make([]bool, n)
	for u := range int32(n) {
		unaligned[u] = s.off[u] == s.off[u+1]
	}
	var apart []component
	for i, c := range comps {
		switch {
		case i == main:
			al.Blocs = split(c)
		case c.aligned:
			apart = append(apart, c)
		default:
			for _, u := range c.nodes {
				unaligned[u] = true
			}
		}
	}
	slices.SortStableFunc(apart, func(a, b component) int { return cmp.Compare(len(b.nodes), len(a.nodes)) })
	for _, c := range apart {
		al.Apart = append(al.Apart, split(c))
	}
	if work.halted() {
		return Alignment{}, ctx.Err()
	}
	for u, un := range unaligned {
		if un {
			al.Unaligned = append(al.Unaligned, p.ids[u])
		}
	}
	for i := range pairs {
		if work.spend(1) {
			return Alignment{}, ctx.Err()
		}
		t := &pairs[i]
		if t.sign != 0 && (t.sign < 0) == (side[t.a] == side[t.b]) {
			al.Frustrated = append(al.Frustrated, tieOf(int32(i)))
		}
		if t.coop > 0 && t.host > 0 {
			al.Ambivalent = append(al.Ambivalent, tieOf(int32(i)))
		}
	}
	return al, nil
}
