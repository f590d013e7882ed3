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

// sparse holds values that only some positions have (IDs given in the
// input, notes, large counts), as two columns: the positions, in
// increasing order, and their values. A lookup is a binary search; like a
// column, it snapshots without copying, so a built graph shares a
// builder's sparse parts while the builder goes on adding.
type sparse[T any] struct {
	pos  column[int32]
	vals column[T]
}

// add adds the value of position p, which must exceed every position added
// before.
func (s *sparse[T]) add(p int32, v T) {
	s.pos.add(p)
	s.vals.add(v)
}

func (s *sparse[T]) len() int { return s.pos.n }

// find returns the index of position p in s, or of the first position
// after it (len() if none).
func (s *sparse[T]) find(p int32) int {
	lo, hi := 0, s.pos.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.pos.at(m) < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// get returns the value of position p, O(log n).
func (s *sparse[T]) get(p int32) (T, bool) {
	if j := s.find(p); j < s.pos.n && s.pos.at(j) == p {
		return s.vals.at(j), true
	}
	var zero T
	return zero, false
}

func (s *sparse[T]) snapshot() sparse[T] {
	return sparse[T]{pos: s.pos.snapshot(), vals: s.vals.snapshot()}
}

// relStore holds relations by column. In a Builder, names (actor IDs,
// kinds, source IDs, attribute keys and values) are positions in the
// builder's interned name tables; in a graph, positions of actors and
// sources in ID order and of kinds in the registry's name order, and still
// the builder's positions for attributes.
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
	attrs    attrStore

	// Sparse parts, by relation position (evNotes by citation position).
	ids      sparse[string] // IDs given in the input
	notes    sparse[string]
	evNotes  sparse[string]
	bigCount sparse[int] // counts that do not fit the count column
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
		n, _ := s.bigCount.get(int32(i))
		return n
	}
	return int(c)
}

// snapshot returns a store sharing s's first len() relations, sparse parts
// included; s may go on appending.
func (s *relStore) snapshot() relStore {
	return relStore{
		from: s.from.snapshot(), to: s.to.snapshot(), kind: s.kind.snapshot(), when: s.when.snapshot(),
		weight: s.weight.snapshot(), count: s.count.snapshot(), sign: s.sign.snapshot(),
		reporter: s.reporter.snapshot(), evEnd: s.evEnd.snapshot(), cites: s.cites.snapshot(),
		attrs: s.attrs.snapshot(),
		ids:   s.ids.snapshot(), notes: s.notes.snapshot(), evNotes: s.evNotes.snapshot(), bigCount: s.bigCount.snapshot(),
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

// tables resolve the names a store holds by position: actor IDs, kind
// names, source IDs, attribute keys and interned attribute values.
type tables struct {
	actorNames, kindNames, sourceNames []string
	attrKeys, attrVals                 []string
}

// relation materialises the i-th relation of s as given (weight and count
// 0 if left unset, ID only if given), naming actors, kinds, sources and
// attributes through t. Its Evidence and Attrs are fresh: changing them
// does not change s.
func (s *relStore) relation(i int, t *tables) Relation {
	r := Relation{
		From:    t.actorNames[s.from.at(i)],
		To:      t.actorNames[s.to.at(i)],
		Kind:    t.kindNames[s.kind.at(i)],
		When:    s.when.at(i),
		Weight:  s.weight.at(i),
		Count:   s.countOf(i),
		Attrs:   s.attrs.materialise(i, t.attrKeys, t.attrVals),
		ownSign: s.sign.at(i),
	}
	r.ID, _ = s.ids.get(int32(i))
	r.Note, _ = s.notes.get(int32(i))
	if rep := s.reporter.at(i); rep >= 0 {
		r.ReportedBy = t.actorNames[rep]
	}
	if lo, hi := s.evidence(i); hi > lo {
		r.Evidence = make([]Evidence, hi-lo)
		notes := s.evNotes.find(int32(lo)) // the notes of this evidence, in order
		for j := lo; j < hi; j++ {
			c := s.cites.at(j)
			ev := Evidence{Source: t.sourceNames[c.source], Quote: c.quote}
			if notes < s.evNotes.len() && s.evNotes.pos.at(notes) == int32(j) {
				ev.Note = s.evNotes.vals.at(notes)
				notes++
			}
			r.Evidence[j-lo] = ev
		}
	}
	return r
}

// relData is the relations of a built graph: the builder's columns, shared,
// with the tables that resolve the names they hold. The built graph and
// every view filtered from it point to one relData.
type relData struct {
	relStore
	tables
	actorPos  []int32 // interned actor names -> position in the built graph's actors
	kindPos   []int32 // interned kind names -> position in the registry (sorted by name)
	sourcePos []int32 // interned source IDs -> position in the sources
	// rep holds the repeat number (2, 3, ...) of relations whose derived ID
	// takes a suffix; derived IDs are made when asked for (see deriveIDs).
	rep sparse[int32]
	// over holds the derived IDs that differ from the plain rule's, made
	// only when the plain rule would clash (see deriveAll).
	over map[int32]string
}

// relation materialises relation p (a position in the store) as a built
// graph hands it out: weight and count defaulted, ID given or derived.
func (d *relData) relation(p int) Relation {
	r := d.relStore.relation(p, &d.tables)
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
