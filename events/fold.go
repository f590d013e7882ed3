package events

import (
	"encoding/binary"
	"hash/maphash"
	"strconv"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// foldKey is a 128-bit hash of an event's key: (document, day, code, side
// 1, side 2). Two keys collide with a chance of about 2^-128: never in
// practice; the hashes are seeded anew for each Ingester, and no output
// depends on their values.
type foldKey [2]uint64

// document returns the document an event was coded from, or "" for none:
// an ICEWS story, or a GDELT SOURCEURL that is a URL.
func document(ev *Event) string {
	if ev.Dataset == ICEWS {
		if ev.StoryID == "" {
			return ""
		}
		return "icews:" + ev.StoryID
	}
	if u := ev.URL(); u != "" {
		return "url:" + u
	}
	return ""
}

// key returns the fold key of ev, or of ev with its sides swapped: two
// 64-bit hashes of its fields under two seeds, each field length-prefixed.
func (in *Ingester) key(doc string, ev *Event, swapped bool) foldKey {
	a, b := &ev.Actor1, &ev.Actor2
	if swapped {
		a, b = b, a
	}
	var k foldKey
	for i, h := range []*maphash.Hash{&in.hash1, &in.hash2} {
		h.Reset()
		put := func(s string) {
			var n [4]byte
			binary.LittleEndian.PutUint32(n[:], uint32(len(s)))
			h.Write(n[:])
			h.WriteString(s)
		}
		side := func(x *Actor) {
			if ev.Dataset == ICEWS {
				put(x.Name)
				put(x.Sectors)
				put(x.Country)
				return
			}
			put(x.Code)
			put(x.Country)
			put(x.KnownGroup)
			put(x.Types[0])
		}
		put(doc)
		put(ev.Date.String())
		put(ev.Code)
		side(a)
		side(b)
		k[i] = h.Sum64()
	}
	return k
}

// FoldWindow is how far back in input time folding looks: the keys of
// events are kept until the input's clock (the latest GDELT DATEADDED, or
// ICEWS Event Date, read so far) has moved on by at least FoldWindow, and
// at most twice that. One document's rows share their clock (GDELT adds an
// article's events in one batch; a repeat or mirror half has its event's
// day), and GDELT and ICEWS files are in clock order, so nothing is missed
// on them, while memory stays that of about two days of events.
const FoldWindow = 48 * time.Hour

// clock returns an event's input time in seconds: DATEADDED for GDELT (its
// day for a row without one), the day for ICEWS.
func clock(ev *Event) int64 {
	if !ev.Added.IsZero() {
		return ev.Added.Unix()
	}
	return ev.Date.First().Unix()
}

// tick moves the folding clock to ev's time and forgets the keys of the
// window before last once it has moved on by FoldWindow.
func (in *Ingester) tick(ev *Event) {
	c := clock(ev)
	if !in.clockSet {
		in.clockSet, in.clock, in.epoch = true, c, c
		return
	}
	in.clock = max(in.clock, c)
	if in.clock-in.epoch >= int64(FoldWindow/time.Second) {
		in.oldKeys, in.keys = in.keys, make(map[foldKey]int32, len(in.keys))
		in.oldPend, in.pend = in.pend, map[foldKey]vals{}
		in.epoch = in.clock
	}
}

// lookup returns the relation of the event with key k, if it is in the
// window.
func (in *Ingester) lookup(k foldKey) (int32, bool) {
	if i, ok := in.keys[k]; ok {
		return i, true
	}
	i, ok := in.oldKeys[k]
	return i, ok
}

// pending returns what the first half of key k added, if it may move.
func (in *Ingester) pending(k foldKey) (vals, bool) {
	if p, ok := in.pend[k]; ok {
		return p, true
	}
	p, ok := in.oldPend[k]
	return p, ok
}

// setPending records p for k, in the current window.
func (in *Ingester) setPending(k foldKey, p vals) {
	delete(in.oldPend, k)
	in.pend[k] = p
}

// fold folds ev, which resolved to from -> to, into the event it codes
// again, if any, and reports whether it did. Otherwise it returns the key
// under which ev is to be remembered ("" doc when it has none).
func (in *Ingester) fold(ev *Event, from, to string) (doc string, k foldKey, folded bool) {
	if in.opts.KeepDoubleCoded {
		return "", k, false
	}
	if doc = document(ev); doc == "" {
		return "", k, false
	}
	in.tick(ev)
	k = in.key(doc, ev, false)
	if i, ok := in.lookup(k); ok {
		in.repeated++
		in.repeat(i, k, ev)
		return doc, k, true
	}
	mk := in.mapping.mirrorName(ev.Code)
	if mk == "" {
		return doc, k, false
	}
	sk := in.key(doc, ev, true)
	i, ok := in.lookup(sk)
	if !ok {
		return doc, k, false
	}
	in.mirrored++
	i = in.mirror(i, sk, ev, from, to, mk)
	in.keys[k] = i
	return doc, k, true
}

// remember notes ev's key after it made or joined relation i as an event of
// its own, with what it added when a mirror half may move it.
func (in *Ingester) remember(doc string, k foldKey, i int32, ev *Event, kind string, v *vals) {
	if doc == "" {
		return
	}
	in.keys[k] = i
	if mk := in.mapping.mirrorName(ev.Code); in.agg != nil && mk != "" && mk != kind {
		if id, err := strconv.ParseUint(ev.ID, 10, 64); err == nil && ev.Dataset != ICEWS {
			v.eventID = id
		}
		in.setPending(k, *v)
	}
}

// repeat joins ev, a repeat, to relation i, whose event has key k.
func (in *Ingester) repeat(i int32, k foldKey, ev *Event) {
	r := in.recs.at(i)
	r.repeats++
	r.datasets |= 1 << ev.Dataset
	src := in.citeAgain(r, ev, "repeat")
	if p, ok := in.pending(k); ok {
		p.repeats++
		if src != "" && src == p.source {
			p.cites++
		}
		in.setPending(k, p)
	}
	in.index(ev, i)
}

// mirror folds ev, the mirror half of the event of relation i (key sk),
// into one event of the symmetric kind mk, and returns its relation.
func (in *Ingester) mirror(i int32, sk foldKey, ev *Event, from, to, mk string) int32 {
	in.kindsUsed[mk] = true
	if in.agg == nil { // the relation is the first half's alone: it becomes the pair's
		r := in.recs.at(i)
		r.kind = mk
		if r.from > r.to {
			r.from, r.to = r.to, r.from
		}
		r.mirrored++
		r.datasets |= 1 << ev.Dataset
		in.citeAgain(r, ev, "mirror")
		in.index(ev, i)
		return i
	}
	p, ok := in.pending(sk)
	if !ok { // the first half is in an aggregate of kind mk already
		r := in.recs.at(i)
		r.mirrored++
		r.datasets |= 1 << ev.Dataset
		in.citeAgain(r, ev, "mirror")
		in.index(ev, i)
		return i
	}
	// The first half moves from its directed aggregate to the pair's.
	delete(in.pend, sk)
	delete(in.oldPend, sk)
	old := in.recs.at(i)
	in.contribute(old, &p, -1)
	old.repeats -= p.repeats
	for range p.cites {
		old.uncite(p.source)
	}
	old.dead = old.count == 0
	j := in.slot(ev, from, to, mk)
	r := in.recs.at(j)
	r.dead = false
	in.contribute(r, &p, 1)
	r.repeats += p.repeats
	r.mirrored++
	r.datasets |= 1 << ev.Dataset
	if ev.Added.After(r.added) {
		r.added, r.addedDay = ev.Added, ev.Dataset == GDELT1
	}
	src := in.citeAgain(r, ev, "mirror")
	if p.cites > 0 && src != "" && src == p.source {
		for e := range r.evidence {
			if r.evidence[e].Source == src {
				r.evN[e] += p.cites
			}
		}
	}
	in.keys[sk] = j
	if p.eventID != 0 && in.byEvent != nil {
		in.byEvent[p.eventID] = j
	}
	in.index(ev, j)
	return j
}

// citeAgain cites ev's document for relation r as a folded row (what:
// "repeat" or "mirror"), naming the row's event in the citation's note,
// and returns the source cited or "".
func (in *Ingester) citeAgain(r *rec, ev *Event, what string) string {
	src := ""
	if id := eventSourceID(ev); id != "" { // the document cited already, as a folded row's mostly is
		for e := range r.evidence {
			if r.evidence[e].Source == id {
				r.evN[e]++
				src = id
				break
			}
		}
	}
	if src == "" {
		src = in.cite(r, func() (graph.Source, graph.Evidence) { return eventSource(ev) })
	}
	if src == "" {
		return ""
	}
	for e := range r.evidence {
		if r.evidence[e].Source != src || len(r.evidence[e].Note) >= maxNote {
			continue
		}
		note := "; " + what + ": event " + ev.ID
		if ev.Dataset == ICEWS {
			note += ", sentence " + strconv.Itoa(ev.Sentence)
		}
		r.evidence[e].Note += note
	}
	return src
}

// maxNote is the length past which a citation's note names no more folded
// rows (AttrRepeats and AttrMirrored count them all).
const maxNote = 240

// index lets mentions of a folded GDELT event find its relation.
func (in *Ingester) index(ev *Event, i int32) {
	if in.byEvent == nil || ev.Dataset == ICEWS {
		return
	}
	if id, err := strconv.ParseUint(ev.ID, 10, 64); err == nil {
		in.byEvent[id] = i
	}
}
