package events

// idSet is a set of event IDs as a paged bitmap: 8 KiB a page of 65,536
// consecutive IDs. Event IDs come in dense runs (GDELT numbers its events in
// sequence), so a million events take about 128 KiB, not the 40 MB of a map.
type idSet struct {
	pages map[uint64]*[1024]uint64
}

// testAndSet reports whether id is in the set, and adds it.
func (s *idSet) testAndSet(id uint64) bool {
	if s.pages == nil {
		s.pages = map[uint64]*[1024]uint64{}
	}
	p := s.pages[id>>16]
	if p == nil {
		p = new([1024]uint64)
		s.pages[id>>16] = p
	}
	w, bit := (id>>6)&1023, uint64(1)<<(id&63)
	if p[w]&bit != 0 {
		return true
	}
	p[w] |= bit
	return false
}
