package graph

// Attributes are stored without a map per relation: one column of
// key/value pairs for every relation, with the end of each relation's
// pairs in another (as evidence is), the keys interned (a graph has few
// distinct keys: "cameo", "goldstein", ...) and the values interned too
// where they repeat ("gdelt2", "1", a CAMEO code), else kept as given (an
// event ID). Ten attributes cost 80 bytes plus 16 for each value kept as
// given, where a map of them took about 700. A Relation handed out gets a
// map made afresh, so changing it cannot change the graph.

// attrEmpty is the key of the one pair that marks attributes given as an
// empty map rather than nil, so that a relation keeps the difference.
const attrEmpty = -1

// attrPair is one attribute: the key's position in the key table; the
// value's in the value table if val >= 0, else in raw at -val-1.
type attrPair struct {
	key, val int32
}

// attrStore holds the attributes of every relation.
type attrStore struct {
	end   column[int32] // attributes of i: pairs[end(i-1):end(i)]
	pairs column[attrPair]
	raw   column[string] // values not interned
}

// bounds returns the positions in pairs of relation i's attributes.
func (s *attrStore) bounds(i int) (lo, hi int) {
	if i > 0 {
		lo = int(s.end.at(i - 1))
	}
	return lo, int(s.end.at(i))
}

func (s *attrStore) snapshot() attrStore {
	return attrStore{end: s.end.snapshot(), pairs: s.pairs.snapshot(), raw: s.raw.snapshot()}
}

// materialise returns a new map of relation i's attributes, nil if it has
// none, naming keys and interned values through the tables. O(its
// attributes).
func (s *attrStore) materialise(i int, keys, vals []string) map[string]string {
	lo, hi := s.bounds(i)
	if lo == hi {
		return nil
	}
	if s.pairs.at(lo).key == attrEmpty {
		return map[string]string{}
	}
	m := make(map[string]string, hi-lo)
	for j := lo; j < hi; j++ {
		p := s.pairs.at(j)
		if p.val >= 0 {
			m[keys[p.key]] = vals[p.val]
		} else {
			m[keys[p.key]] = s.raw.at(int(-p.val - 1))
		}
	}
	return m
}

// attrWindow is the number of values of a key after which the builder
// decides whether interning them pays; attrFreshMax is the number of new
// values in such a window above which it stops interning that key's.
const (
	attrWindow   = 4096
	attrFreshMax = attrWindow / 4
)

// attrInterner is the builder's side of the attributes: the key and value
// tables, and per key whether its values are worth interning. An interned
// value costs a table entry (about 60 bytes) once and nothing per use; a
// value kept as given costs 16 bytes per use. So a key's values are
// interned until a window of attrWindow of them brings more than
// attrFreshMax new ones (a key of unique values: event IDs, mean tones),
// and kept as given from then on.
type attrInterner struct {
	keys, vals names
	stats      []attrKeyStat // by key position
}

type attrKeyStat struct {
	seen, fresh int32 // values of the key in the current window, and how many were new
	raw         bool  // the key's values are kept as given
}

// add appends relation attributes a (nil for none) to s; the next relation
// position is s.end's length. O(len(a)) amortised.
func (in *attrInterner) add(s *attrStore, a map[string]string) {
	switch {
	case a == nil:
	case len(a) == 0:
		s.pairs.add(attrPair{key: attrEmpty})
	default:
		for k, v := range a {
			key := in.intern(k)
			s.pairs.add(attrPair{key: key, val: in.value(s, key, v)})
		}
	}
	s.end.add(int32(s.pairs.n))
}

func (in *attrInterner) intern(k string) int32 {
	i := in.keys.intern(k)
	if int(i) == len(in.stats) {
		in.stats = append(in.stats, attrKeyStat{})
	}
	return i
}

// value stores v, a value of the key at position key, and returns its
// attrPair.val.
func (in *attrInterner) value(s *attrStore, key int32, v string) int32 {
	st := &in.stats[key]
	if st.raw {
		s.raw.add(v)
		return -int32(s.raw.n)
	}
	n := len(in.vals.list)
	i := in.vals.intern(v)
	st.seen++
	if len(in.vals.list) > n {
		st.fresh++
	}
	if st.seen == attrWindow {
		st.raw = st.fresh > attrFreshMax
		st.seen, st.fresh = 0, 0
	}
	return i
}
