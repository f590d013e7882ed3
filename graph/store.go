package graph

import (
	"math/bits"

	"github.com/diplograph/diplograph/date"
)

// The relations of a graph are stored by column rather than as Relation
// structs: a million relations are a few arrays of small numbers (actor,
// kind and source positions, dates, weights) plus the text only some of
// them have (quotes, notes, IDs given in the input, attributes), held
// sparsely. The Builder appends into the columns; Build remaps names to
// positions and shares the rest; a built graph, every view filtered from it
// (a list of relation positions) and the projections made from them read
// the same columns. A Relation is materialised only when one is asked for.

// chunkBits sets the size of a column's chunks: 1<<chunkBits values.
const chunkBits = 14

const chunkLen = 1 << chunkBits

// column is an append-only sequence stored in fixed-size chunks, so that
// growing it never copies what it holds and wastes at most one chunk. A
// copy of a column (a snapshot) sees the values it held when copied while
// the original keeps appending: appends write only past the snapshot's
// length, into the last chunk's spare room or new chunks.
type column[T any] struct {
	chunks [][]T
	n      int
}

func (c *column[T]) add(v T) {
	if c.n&(chunkLen-1) == 0 {
		c.chunks = append(c.chunks, make([]T, 0, chunkLen))
	}
	last := len(c.chunks) - 1
	c.chunks[last] = append(c.chunks[last], v)
	c.n++
}

func (c *column[T]) at(i int) T { return c.chunks[i>>chunkBits][i&(chunkLen-1)] }

// snapshot returns a copy of c that reads its first n values and shares
// their storage; c may go on appending.
func (c *column[T]) snapshot() column[T] {
	chunks := make([][]T, len(c.chunks))
	for i, ch := range c.chunks {
		chunks[i] = ch[:len(ch):len(ch)]
	}
	return column[T]{chunks: chunks, n: c.n}
}

// citation is one piece of evidence in the store: the source by position
// (in the builder, by interned name; in a graph, in its sorted sources) and
// the quote. Evidence notes are rare and kept apart.
type citation struct {
	source int32
	quote  string
}

// relStore holds relations by column. In a Builder, names (actor IDs,
// kinds, source IDs) are positions in the builder's interned name tables;
// in a graph, positions of actors and sources in ID order and of kinds in
// the registry's name order.
type relStore struct {
	from, to column[int32]
	kind     column[uint16]
	when     column[date.Span]
	weight   column[float64] // as given: 0 means the default, 1
	count    column[int32]   // as given: 0 means 1; -1: see bigCount
	sign     column[int8]    // the Relation's ownSign: 0 for the kind's sign, else Sign+2
	reporter column[int32]   // -1 for none
	evEnd    column[int32]   // evidence of i: cites[evEnd(i-1):evEnd(i)]
	cites    column[citation]

	// Sparse parts, by relation position (evNotes by citation position).
	ids      map[int32]string // IDs given in the input (graph: also derived IDs the usual rule does not give)
	notes    map[int32]string
	attrs    map[int32]map[string]string
	evNotes  map[int32]string
	bigCount map[int32]int // counts that do not fit the count column
}

func (s *relStore) len() int { return s.from.n }

// evidence returns the positions in cites of relation i's evidence.
func (s *relStore) evidence(i int) (lo, hi int) {
	if i > 0 {
		lo = int(s.evEnd.at(i - 1))
	}
	return lo, int(s.evEnd.at(i))
}

// countOf returns relation i's count as given (0 if left unset).
func (s *relStore) countOf(i int) int {
	c := s.count.at(i)
	if c < 0 {
		return s.bigCount[int32(i)]
	}
	return int(c)
}

// snapshot returns a store sharing s's first len() relations; s may go on
// appending. Sparse maps are shared too: s only adds keys past the
// snapshot's relations, so a reader of the snapshot must not range over
// them; Build copies them instead.
func (s *relStore) snapshot() relStore {
	return relStore{
		from: s.from.snapshot(), to: s.to.snapshot(), kind: s.kind.snapshot(), when: s.when.snapshot(),
		weight: s.weight.snapshot(), count: s.count.snapshot(), sign: s.sign.snapshot(),
		reporter: s.reporter.snapshot(), evEnd: s.evEnd.snapshot(), cites: s.cites.snapshot(),
	}
}

// names interns strings: each distinct string gets a position, in order of
// first appearance.
type names struct {
	pos   map[string]int32
	list  []string
	cache []int32 // direct-mapped: hash of a name -> its position + 1; grows with list
}

// fnv is the 32-bit FNV-1a hash of s.
func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func (n *names) intern(s string) int32 {
	h := fnv(s)
	if len(n.cache) < 4*len(n.list) && len(n.cache) < 1<<17 || n.cache == nil {
		n.cache = make([]int32, max(256, 1<<bits.Len(uint(4*len(n.list))))) // a power of two
		for i, s := range n.list {                                          // refill, so a grown cache starts warm
			n.cache[fnv(s)&uint32(len(n.cache)-1)] = int32(i) + 1
		}
	}
	slot := &n.cache[h&uint32(len(n.cache)-1)]
	if c := *slot; c > 0 && n.list[c-1] == s {
		return c - 1
	}
	if i, ok := n.pos[s]; ok {
		*slot = i + 1
		return i
	}
	if n.pos == nil {
		n.pos = map[string]int32{}
	}
	i := int32(len(n.list))
	n.pos[s] = i
	n.list = append(n.list, s)
	*slot = i + 1
	return i
}

// relation materialises the i-th relation of s as given (weight and count
// 0 if left unset), naming actors, kinds and sources through the tables.
func (s *relStore) relation(i int, actorNames, kindNames, sourceNames []string, ids map[int32]string) Relation {
	r := Relation{
		ID:      ids[int32(i)],
		From:    actorNames[s.from.at(i)],
		To:      actorNames[s.to.at(i)],
		Kind:    kindNames[s.kind.at(i)],
		When:    s.when.at(i),
		Weight:  s.weight.at(i),
		Count:   s.countOf(i),
		Note:    s.notes[int32(i)],
		Attrs:   s.attrs[int32(i)],
		ownSign: s.sign.at(i),
	}
	if rep := s.reporter.at(i); rep >= 0 {
		r.ReportedBy = actorNames[rep]
	}
	if lo, hi := s.evidence(i); hi > lo {
		r.Evidence = make([]Evidence, hi-lo)
		for j := lo; j < hi; j++ {
			c := s.cites.at(j)
			r.Evidence[j-lo] = Evidence{Source: sourceNames[c.source], Quote: c.quote, Note: s.evNotes[int32(j)]}
		}
	}
	return r
}

// relData is the relations of a built graph: the builder's columns, shared,
// with the tables that resolve the names they hold. The built graph and
// every view filtered from it point to one relData.
type relData struct {
	relStore
	actorNames  []string // interned actor names -> ID
	actorPos    []int32  // interned actor names -> position in the built graph's actors
	kindNames   []string
	kindPos     []int32 // interned kind names -> position in the registry (sorted by name)
	sourceNames []string
	sourcePos   []int32 // interned source IDs -> position in the sources
	// rep holds the repeat number (2, 3, ...) of relations whose derived ID
	// takes a suffix; derived IDs are made when asked for (see deriveIDs).
	rep map[int32]int32
}

// relation materialises relation p (a position in the store) as a built
// graph hands it out: weight and count defaulted, ID given or derived.
func (d *relData) relation(p int) Relation {
	r := d.relStore.relation(p, d.actorNames, d.kindNames, d.sourceNames, d.ids)
	if r.Weight == 0 {
		r.Weight = 1
	}
	if r.Count == 0 {
		r.Count = 1
	}
	if r.ID == "" {
		r.ID = d.derivedID(p)
	}
	return r
}

// from and to return the built graph's actor positions of relation p's ends.
func (d *relData) fromPos(p int) int32 { return d.actorPos[d.from.at(p)] }
func (d *relData) toPos(p int) int32   { return d.actorPos[d.to.at(p)] }

// kindOf returns the registry position of relation p's kind.
func (d *relData) kindOf(p int) int32 { return d.kindPos[d.kind.at(p)] }

func (d *relData) weightOf(p int) float64 {
	if w := d.weight.at(p); w != 0 {
		return w
	}
	return 1
}

func (d *relData) countAt(p int) int {
	if c := d.countOf(p); c != 0 {
		return c
	}
	return 1
}

// signOf returns the sign relation p counts with: its own, else its kind's.
func (d *relData) signOf(p int, k *Kind) Sign {
	if own := d.sign.at(p); own != 0 {
		return Sign(own - 2)
	}
	return k.Sign
}
