package analysis

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// This file holds the sign of a pair of actors: the weights of its
// cooperative and hostile relations, the rule for pairs that have both, and
// the signed ties the signed measures and Blocs run on.

// AmbivalenceRule says which sign a pair of actors takes when its relations
// disagree: an ambivalent pair has both cooperative and hostile relations
// (Russia recognised Crimea's independence, then annexed it). Whatever the
// rule, the signed measures report every ambivalent pair with its
// relations ([Balance.Ambivalent], [Alignment.Ambivalent]); the rule only
// decides the sign the pair counts with. The zero AmbivalenceRule is
// [NetSign].
type AmbivalenceRule uint8

// The rules, in the order [AmbivalenceRules] lists them.
const (
	// NetSign gives the pair the sign of its net weight: the summed weight
	// of its cooperative relations less that of its hostile ones, each
	// relation weighing what the projection gives it. This is the dyad's
	// "net cooperation" of event-data research (Goldstein 1992), and the
	// default: it weighs the record on both sides rather than letting one
	// act decide, and with WeightByGoldstein an annexation (9.5) outweighs
	// a phone call (1). A net of zero (to within rounding) means the record
	// is evenly split: the pair is reported as ambivalent with no sign, and
	// takes part in no triad and in no bloc, neither binding nor separating
	// its actors. Its name is "net".
	NetSign AmbivalenceRule = iota
	// HostileWins makes every ambivalent pair hostile: one hostile relation
	// outweighs any cooperation (a realist reading, in which talks between
	// adversaries are not alignment). Its name is "hostile-wins".
	HostileWins
	// DropAmbivalent leaves every ambivalent pair without a sign: only pairs
	// whose relations agree take part. Its name is "drop".
	DropAmbivalent
	numAmbivalenceRules
)

var ambivalenceNames = [numAmbivalenceRules]string{"net", "hostile-wins", "drop"}

// AmbivalenceRules returns every rule, in declaration order.
func AmbivalenceRules() []AmbivalenceRule {
	out := make([]AmbivalenceRule, numAmbivalenceRules)
	for i := range out {
		out[i] = AmbivalenceRule(i)
	}
	return out
}

// String returns the rule's name: "net", "hostile-wins" or "drop";
// AmbivalenceRule(n) for a value outside [AmbivalenceRules].
func (a AmbivalenceRule) String() string {
	if a < numAmbivalenceRules {
		return ambivalenceNames[a]
	}
	return "AmbivalenceRule(" + strconv.Itoa(int(a)) + ")"
}

// ParseAmbivalenceRule reads a rule by the name [AmbivalenceRule.String]
// gives it, in any case; "hostile" is accepted for "hostile-wins". An
// unknown name fails with an error wrapping [ErrBadOption] that lists the
// valid names.
func ParseAmbivalenceRule(s string) (AmbivalenceRule, error) {
	for a, name := range ambivalenceNames {
		if strings.EqualFold(s, name) {
			return AmbivalenceRule(a), nil
		}
	}
	if strings.EqualFold(s, "hostile") {
		return HostileWins, nil
	}
	return 0, fmt.Errorf("%w: ambivalence rule %q (want %s)", ErrBadOption, s, nameList(ambivalenceNames[:]))
}

// MarshalText implements encoding.TextMarshaler with the name String
// gives. A value outside [AmbivalenceRules] fails with an error wrapping
// [ErrBadOption].
func (a AmbivalenceRule) MarshalText() ([]byte, error) {
	if a >= numAmbivalenceRules {
		return nil, fmt.Errorf("%w: %v", ErrBadOption, a)
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with
// [ParseAmbivalenceRule].
func (a *AmbivalenceRule) UnmarshalText(text []byte) error {
	v, err := ParseAmbivalenceRule(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// sign returns the sign of a pair whose cooperative relations weigh coop
// and hostile ones host, under rule a. A rule outside [AmbivalenceRules]
// counts as NetSign.
func (a AmbivalenceRule) sign(coop, host float64) int8 {
	switch {
	case coop > 0 && host > 0:
		switch a {
		case HostileWins:
			return -1
		case DropAmbivalent:
			return 0
		}
		net := coop - host
		if math.Abs(net) <= 1e-12*(coop+host) {
			return 0
		}
		if net > 0 {
			return 1
		}
		return -1
	case coop > 0:
		return 1
	case host > 0:
		return -1
	}
	return 0
}

// SignedEdge is a tie of the signed projection: a pair of actors (or a
// directed edge) with the weights of its cooperative and hostile relations
// and the sign they give it.
type SignedEdge struct {
	// A and B are the actor IDs: A < B for a pair of [SignedEdges] (and of
	// a [Tie]), source and target for an edge of [DirectedSignedEdges].
	A, B string
	// Net is Cooperative less Hostile: the sum over the tie's relations of
	// sign times weight.
	Net float64
	// Sign is the sign the tie counts with under the [AmbivalenceRule] in
	// use. It is never Neutral in the results of [SignedEdges] and
	// [DirectedSignedEdges]; in a [Tie] it is Neutral for an ambivalent
	// pair the rule left without a sign.
	Sign graph.Sign
	// Cooperative is the summed weight of the tie's cooperative relations
	// (their sign, [graph.Graph.SignOf], is their own if they have one,
	// else their kind's), and, in [Blocs], of its binding affiliations.
	Cooperative float64
	// Hostile is the summed weight of the tie's hostile relations.
	Hostile float64
}

// Ambivalent reports whether the tie has both cooperative and hostile
// relations.
func (e SignedEdge) Ambivalent() bool { return e.Cooperative > 0 && e.Hostile > 0 }

// Tie is a pair of actors with the relations that give it its sign: a
// [SignedEdge] (A < B) that can explain itself. Ties are shared: the same
// Relations slice may back the tie in several places of a result, so treat
// it as read-only.
type Tie struct {
	// SignedEdge holds the two actors (A < B), the tie's weights and its
	// sign.
	SignedEdge
	// Bound reports that an affiliation binds the pair ([BlocsOptions]):
	// one of its relations is a leads, serves, member-of or part-of tie (or
	// of another binding kind) counted as cooperative. Always false outside
	// [Blocs].
	Bound bool
	// Relations are the relations that make up the tie, in relation order:
	// those with a sign and, in [Blocs], the binding affiliations; neutral
	// relations are left out. Each carries its ID and its evidence.
	Relations []graph.Relation
}

// Other returns the actor at the other end of the tie from id.
func (t Tie) Other(id string) string {
	if t.A == id {
		return t.B
	}
	return t.A
}

// pairTie accumulates the signed relations of one unordered pair of nodes.
type pairTie struct {
	a, b       int32 // a < b
	coop, host float64
	sign       int8
	bound      bool    // a binding affiliation contributes
	other      bool    // a signed relation that is not a binding contributes
	rels       []int32 // the relations behind it, when collected
}

// tieRules say how [Projection.pairTies] signs pairs.
type tieRules struct {
	rule    AmbivalenceRule
	bind    map[string]bool // relation kinds whose relations bind (counted cooperative with weight bindW); nil: none
	bindW   float64
	collect bool // keep each pair's relation indexes
}

// contribution is one relation's part in a pair.
type contribution struct {
	a, b  int32
	rel   int32
	w     float64 // signed weight
	bound bool
}

// pairTies returns every pair of actors joined by relations with a sign
// (or by binding affiliations), sorted by (a, b), each with the weights of
// its cooperative and hostile relations and the sign the rule gives it;
// pairs left without a sign are included (sign 0) so that ambivalent ones
// can be reported. Each relation counts once, whatever its direction or
// symmetry. O(n + r log d) for r relations, at most d between two actors.
// It spends a unit of work per relation and per pair, and returns nil if
// work reports the context done.
func (p *Projection) pairTies(tr tieRules, work *budget) []pairTie {
	if p.g == nil {
		return p.arcTies(work)
	}
	m := p.g.NumRelations()
	seen := make([]bool, m)
	cs := make([]contribution, 0, m)
	add := func(u, v, i int32) {
		if u == v {
			return
		}
		a, b := min(u, v), max(u, v)
		if tr.bind != nil {
			l := p.g.RelationLink(int(i))
			if !l.OwnSign && tr.bind[l.Kind.Name] {
				cs = append(cs, contribution{a, b, i, tr.bindW, true})
				return
			}
		}
		if s := p.relSign[i]; s != 0 && p.relW[i] > 0 {
			cs = append(cs, contribution{a, b, i, float64(s) * p.relW[i], false})
		}
	}
	for u := range int32(p.Len()) {
		for e := p.out.off[u]; e < p.out.off[u+1]; e++ {
			if work.spend(int(p.relOff[e+1]-p.relOff[e]) + 1) {
				return nil
			}
			for _, i := range p.rels[p.relOff[e]:p.relOff[e+1]] {
				if !seen[i] {
					seen[i] = true
					add(u, p.out.to[e], i)
				}
			}
		}
	}
	if tr.bind != nil {
		// Binding affiliations the weighting left out of the projection
		// (a Goldstein value of 0) bind all the same.
		for i := range m {
			if seen[i] {
				continue
			}
			if work.spend(1) {
				return nil
			}
			l := p.g.RelationLink(i) // its ends are node positions: the projection's nodes are the graph's actors
			if l.OwnSign || !tr.bind[l.Kind.Name] {
				continue
			}
			add(int32(l.From), int32(l.To), int32(i))
		}
	}
	// By pair in linear time, then each pair's few relations in relation
	// order.
	sortByPair(cs, p.Len(), func(c *contribution) int32 { return c.a }, func(c *contribution) int32 { return c.b })
	if work.spend(len(cs)) {
		return nil
	}
	pairs := 0
	for i := range cs {
		if i == 0 || cs[i].a != cs[i-1].a || cs[i].b != cs[i-1].b {
			pairs++
		}
	}
	out := make([]pairTie, 0, pairs)
	var rels []int32 // every pair's relations, each pair's a slice of it
	if tr.collect {
		rels = make([]int32, len(cs))
	}
	for i := 0; i < len(cs); {
		t := pairTie{a: cs[i].a, b: cs[i].b}
		j := i + 1
		for j < len(cs) && cs[j].a == t.a && cs[j].b == t.b {
			j++
		}
		if work.spend(j - i) {
			return nil
		}
		group := cs[i:j]
		slices.SortFunc(group, func(x, y contribution) int { return cmp.Compare(x.rel, y.rel) })
		for k, c := range group {
			if c.w > 0 {
				t.coop += c.w
			} else {
				t.host -= c.w
			}
			t.bound = t.bound || c.bound
			t.other = t.other || !c.bound
			if tr.collect {
				rels[i+k] = c.rel
			}
		}
		if tr.collect {
			t.rels = rels[i:j:j]
		}
		t.sign = tr.rule.sign(t.coop, t.host)
		out = append(out, t)
		i = j
	}
	return out
}

// arcTies signs the pairs of a projection made without a graph: every
// pair of the undirected collapse is cooperative, with its weight. It
// returns nil if work reports the context done.
func (p *Projection) arcTies(work *budget) []pairTie {
	un := p.Undirected()
	out := make([]pairTie, 0, len(un.adj.to)/2)
	for u := range int32(p.Len()) {
		to, w := un.adj.adj(u)
		if work.spend(len(to) + 1) {
			return nil
		}
		for i, v := range to {
			if v > u && w[i] > 0 {
				out = append(out, pairTie{a: u, b: v, coop: w[i], sign: 1, other: true})
			}
		}
	}
	return out
}

// signedEdge makes the SignedEdge of a pair.
func (p *Projection) signedEdge(t *pairTie) SignedEdge {
	return SignedEdge{A: p.ids[t.a], B: p.ids[t.b], Net: t.coop - t.host, Sign: graph.Sign(t.sign), Cooperative: t.coop, Hostile: t.host}
}

// tie makes the Tie of a pair, its relations read from the graph.
func (p *Projection) tie(t *pairTie) Tie {
	return Tie{SignedEdge: p.signedEdge(t), Bound: t.bound, Relations: p.relations(t.rels)}
}

// signed is the signed projection held as a symmetric adjacency of the
// pairs with a sign, each neighbour list sorted; tie[i] is the index of
// the pair behind adjacency entry i in the pair list it was built from.
type signed struct {
	off  []int32
	to   []int32
	sign []int8
	tie  []int32
}

// strength is how strongly a pair holds to its sign, which breaks ties
// between equally frustrated splits: its net weight, or for a pair made
// hostile by HostileWins against its net, its hostile weight.
func (t *pairTie) strength() float64 {
	net := t.coop - t.host
	if t.sign < 0 && net >= 0 {
		return t.host
	}
	return math.Abs(net)
}

func (s *signed) adj(u int32) ([]int32, []int8) {
	return s.to[s.off[u]:s.off[u+1]], s.sign[s.off[u]:s.off[u+1]]
}

// newSigned builds the signed adjacency of n nodes from pairs sorted by
// (a, b), keeping those with a sign. Filling in pair order leaves each
// node's neighbours sorted: first those below it (as b), then those above
// (as a).
func newSigned(n int, pairs []pairTie) *signed {
	s := &signed{off: make([]int32, n+1)}
	for _, t := range pairs {
		if t.sign != 0 {
			s.off[t.a+1]++
			s.off[t.b+1]++
		}
	}
	for u := range n {
		s.off[u+1] += s.off[u]
	}
	k := s.off[n]
	s.to, s.sign, s.tie = make([]int32, k), make([]int8, k), make([]int32, k)
	next := slices.Clone(s.off[:n])
	put := func(u, v int32, t *pairTie, i int) {
		j := next[u]
		next[u]++
		s.to[j], s.sign[j], s.tie[j] = v, t.sign, int32(i)
	}
	for i := range pairs {
		if t := &pairs[i]; t.sign != 0 {
			put(t.a, t.b, t, i)
			put(t.b, t.a, t, i)
		}
	}
	return s
}
