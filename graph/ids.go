package graph

import (
	"hash/maphash"
	"math/bits"
	"strconv"

	"github.com/diplograph/diplograph/date"
)

// A relation left without an ID gets one made of its parts,
// "kerry-phoned-lavrov-2014-03-29", with "-2", "-3", ... for the second,
// third, ... relation with the same parts, skipping any ID already taken,
// in input order. Derived IDs are not stored: deriveIDs finds, once, the
// repeat number of each repeated relation, and derivedID makes the ID when
// a relation is materialised. Where the rule's plain form would clash (an
// ID given in the input equal to a derived one, or a suffixed ID equal to
// another relation's parts, as "a-met-b-2014-03" repeated 29 times against
// "a-met-b-2014-03-29"), deriveIDs makes every ID as one pass over strings
// would and keeps those that differ from the plain form in ids.

// appendBase appends the parts-based ID of relation p to buf.
func (d *relData) appendBase(buf []byte, p int) []byte {
	buf = append(buf, d.actorNames[d.from.at(p)]...)
	buf = append(buf, '-')
	buf = append(buf, d.kindNames[d.kind.at(p)]...)
	buf = append(buf, '-')
	buf = append(buf, d.actorNames[d.to.at(p)]...)
	w := d.when.at(p)
	if !w.Since.IsZero() {
		buf = append(buf, '-')
		buf = appendDate(buf, w.Since)
	} else if !w.Until.IsZero() {
		buf = append(buf, "-until-"...)
		buf = appendDate(buf, w.Until)
	}
	return buf
}

// appendDate appends d as [date.Date.String] writes it.
func appendDate(buf []byte, d date.Date) []byte {
	y := d.Year()
	if y < 0 || y > 9999 {
		return append(buf, d.String()...)
	}
	pad := func(buf []byte, v, width int) []byte {
		for p := 10; width > 1; width-- { // v < 10^4: no allocation
			if v < p {
				buf = append(buf, '0')
			}
			p *= 10
		}
		return strconv.AppendInt(buf, int64(v), 10)
	}
	buf = pad(buf, y, 4)
	if d.Precision() >= date.Month {
		buf = append(buf, '-')
		buf = pad(buf, int(d.Month()), 2)
	}
	if d.Precision() >= date.Day {
		buf = append(buf, '-')
		buf = pad(buf, d.Day(), 2)
	}
	return buf
}

// derivedID returns the ID of relation p, which has none of its own.
func (d *relData) derivedID(p int) string {
	if id, ok := d.over[int32(p)]; ok {
		return id
	}
	var arr [96]byte
	buf := d.appendBase(arr[:0], p)
	if n, _ := d.rep.get(int32(p)); n >= 2 {
		buf = append(buf, '-')
		buf = strconv.AppendInt(buf, int64(n), 10)
	}
	return string(buf)
}

// baseTable is an open-addressing hash table of relation positions keyed
// by their parts-based ID, holding per key the latest relation with it.
type baseTable struct {
	d     *relData
	seed  maphash.Seed
	slots []int32 // relation position, -1 if empty
	tags  []uint32
	mask  uint64
	tmp   []byte
}

func newBaseTable(d *relData, n int) *baseTable {
	size := uint64(1) << bits.Len64(uint64(n)*3/2+16)
	t := &baseTable{d: d, seed: maphash.MakeSeed(), slots: make([]int32, size), tags: make([]uint32, size), mask: size - 1}
	for i := range t.slots {
		t.slots[i] = -1
	}
	return t
}

// find returns the slot holding key, or the empty slot where it would go,
// and whether it was found.
func (t *baseTable) find(key []byte) (uint64, bool) {
	h := maphash.Bytes(t.seed, key)
	tag := uint32(h >> 32)
	for s := h & t.mask; ; s = (s + 1) & t.mask {
		p := t.slots[s]
		if p < 0 {
			t.tags[s] = tag
			return s, false
		}
		if t.tags[s] == tag {
			t.tmp = t.d.appendBase(t.tmp[:0], int(p))
			if string(t.tmp) == string(key) {
				return s, true
			}
		}
	}
}

// deriveIDs finds the repeat numbers of relations without an ID of their
// own, and falls back to making every derived ID if the plain rule could
// clash (see above). O(R) expected time for R relations, with an O(R)
// table of int32 pairs while it runs.
func (d *relData) deriveIDs() {
	n := d.len()
	t := newBaseTable(d, n)
	var buf []byte
	nextID := 0 // the next given ID in d.ids
	for p := range n {
		if nextID < d.ids.len() && d.ids.pos.at(nextID) == int32(p) {
			nextID++
			continue
		}
		buf = d.appendBase(buf[:0], p)
		s, found := t.find(buf)
		if found {
			prev := t.slots[s]
			k, _ := d.rep.get(prev)
			if k == 0 {
				k = 1
			}
			d.rep.add(int32(p), k+1)
		}
		t.slots[s] = int32(p)
	}
	clash := false
	for j := range d.ids.len() { // a given ID equal to some relation's parts
		if _, found := t.find([]byte(d.ids.vals.at(j))); found {
			clash = true
			break
		}
	}
	if !clash && d.rep.len() > 0 {
		var given map[string]bool
		if d.ids.len() > 0 {
			given = make(map[string]bool, d.ids.len())
			for j := range d.ids.len() {
				given[d.ids.vals.at(j)] = true
			}
		}
		for j := range d.rep.len() { // a suffixed ID equal to some relation's parts, or to a given ID
			p, k := d.rep.pos.at(j), d.rep.vals.at(j)
			buf = d.appendBase(buf[:0], int(p))
			buf = append(buf, '-')
			buf = strconv.AppendInt(buf, int64(k), 10)
			if _, found := t.find(buf); found || given[string(buf)] {
				clash = true
				break
			}
		}
	}
	if clash {
		d.deriveAll()
	}
}

// deriveAll makes every derived ID as one pass over strings does, and
// keeps in over those that differ from the plain rule's.
func (d *relData) deriveAll() {
	taken := make(map[string]bool, d.ids.len())
	given := make(map[int32]bool, d.ids.len())
	for j := range d.ids.len() {
		taken[d.ids.vals.at(j)] = true
		given[d.ids.pos.at(j)] = true
	}
	next := map[string]int{} // base -> next suffix to try
	var over map[int32]string
	for p := range d.len() {
		if given[int32(p)] {
			continue
		}
		base := string(d.appendBase(nil, p))
		id := base
		if taken[id] {
			k := max(next[base], 2)
			for {
				id = base + "-" + strconv.Itoa(k)
				k++
				if !taken[id] {
					break
				}
			}
			next[base] = k
		}
		taken[id] = true
		if plain := d.derivedID(p); id != plain {
			if over == nil {
				over = map[int32]string{}
			}
			over[int32(p)] = id
		}
	}
	d.over = over
}
