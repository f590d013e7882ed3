package events

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// rec is a relation being made: one event, or an aggregate. Its small
// fields come last, packed.
type rec struct {
	from, to, kind string
	when           date.Span
	count          int64
	gsum, gabs     float64
	codes          []string
	codeN          []int64 // events of each code
	mentions       int64
	nsources       int64
	articles       int64
	toneSum        float64
	roots          int64
	added          time.Time
	evidence       []graph.Evidence
	evN            []int32 // events citing each piece of evidence
	omitted        int64
	mirrored       int64 // mirror halves folded in
	repeats        int64 // repeats folded in

	// single events only; the relation's ID is made from eventID (and for
	// ICEWS the date) when it is asked for (rec.id), not stored
	eventID     string
	story, text string
	sentence    int
	quad        int

	datasets uint8 // bit per Dataset
	addedDay bool  // added is a day (GDELT 1.0)
	dead     bool  // every event moved out: no relation
	single   bool  // one event of its own, not an aggregate
	isRoot   bool
	icews    bool
}

// recChunk is the number of records in each chunk of a recList.
const recChunk = 4096

// recList holds the records in fixed-size chunks, so that growing it never
// copies the records nor leaves more than one chunk unused (a slice
// doubling would hold up to twice the records, and both copies while it
// grows).
type recList struct {
	chunks [][]rec
	n      int
}

// add appends r and returns its position.
func (l *recList) add(r rec) int32 {
	if l.n%recChunk == 0 {
		l.chunks = append(l.chunks, make([]rec, 0, recChunk))
	}
	last := len(l.chunks) - 1
	l.chunks[last] = append(l.chunks[last], r)
	l.n++
	return int32(l.n - 1)
}

// at returns the record at position i.
func (l *recList) at(i int32) *rec { return &l.chunks[i/recChunk][i%recChunk] }

// id returns the ID of the relation of r, a single event: "gdelt-" and the
// GLOBALEVENTID, or "icews-", the Event ID and the date's digits; "" for an
// aggregate.
func (r *rec) id() string {
	switch {
	case !r.single:
		return ""
	case r.icews:
		return "icews-" + r.eventID + "-" + strings.ReplaceAll(r.when.Since.String(), "-", "")
	}
	return "gdelt-" + r.eventID
}

// aggKey identifies an aggregate: the pair, the kind and the period.
type aggKey struct {
	from, to, kind string
	start          int32 // the period's first day, in days since 1970-01-01
	// own is 0 for a period of the Aggregate option, or 1 + the precision
	// of an event's date that is coarser than the period (a month or a
	// year under PerDay; none at all): such events aggregate by their own
	// date.
	own uint8
}

// period returns the span of the period of an event dated d, its first day
// and, for a date that no period holds, 1 + its precision.
func (in *Ingester) period(d date.Date) (date.Span, int32, uint8) {
	t := d.First()
	switch p := d.Precision(); {
	case p == date.Month && in.opts.Aggregate == PerMonth:
		return date.At(d), dayNumber(t), 0
	case p != date.Day:
		return date.At(d), dayNumber(t), 1 + uint8(p)
	}
	switch in.opts.Aggregate {
	case PerWeek:
		monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		first, err := date.FromTime(monday)
		if err != nil { // 0001-01-01 is a Monday, so this does not happen: keep the calendar's first day
			first = date.Of(1, time.January, 1)
		}
		last, err := date.FromTime(monday.AddDate(0, 0, 6))
		if err != nil { // the week of 9999-12-31 (a Friday) runs off the calendar: it ends there
			last = date.Of(9999, time.December, 31)
		}
		return date.Between(first, last), dayNumber(monday), 0
	case PerMonth:
		return date.At(date.OfMonth(d.Year(), d.Month())), dayNumber(time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)), 0
	}
	return date.At(d), dayNumber(t), 0
}

func dayNumber(t time.Time) int32 { return int32(t.Unix() / 86400) }

// vals are what one event adds to a relation, kept for the events whose
// relation may change when their mirror half comes (see fold.go).
type vals struct {
	code                        string
	g                           float64
	mentions, nsources, article int64
	tone                        float64
	root                        bool
	source                      string // the source its rows cite
	cites                       int32  // how many of its rows cited source
	repeats                     int64  // repeats folded into it
	eventID                     uint64 // a GDELT event's ID, for mentions; 0 for none
}

func eventVals(ev *Event) vals {
	v := vals{code: ev.Code, g: ev.Goldstein, mentions: int64(ev.NumMentions), nsources: int64(ev.NumSources),
		article: int64(ev.NumArticles), tone: ev.AvgTone, root: ev.IsRoot && ev.Dataset != ICEWS}
	if c, ok := EventCode(ev.Code); ok {
		v.code = c.Code // the codebook's string, not the line's
	} else {
		v.code = strings.Clone(ev.Code)
	}
	return v
}

// symmetric reports whether the kind called name is symmetric.
func (in *Ingester) symmetric(name string) bool {
	s, ok := in.symKind[name]
	if !ok {
		k, _ := in.mapping.reg.Kind(name)
		s = k.Symmetric
		in.symKind[name] = s
	}
	return s
}

// slot returns the relation an event from -> to of kind joins, made if
// new: an aggregate, or a relation of its own.
func (in *Ingester) slot(ev *Event, from, to, kind string) int32 {
	if in.agg == nil {
		r := rec{from: from, to: to, kind: kind, when: date.At(ev.Date), eventID: strings.Clone(ev.ID), quad: ev.QuadClass, isRoot: ev.IsRoot, single: true}
		if ev.Dataset == ICEWS {
			r.icews, r.story, r.text, r.sentence = true, strings.Clone(ev.StoryID), strings.Clone(ev.Text), ev.Sentence
		}
		return in.recs.add(r)
	}
	if !in.opts.KeepDoubleCoded && from > to && in.symmetric(kind) {
		from, to = to, from
	}
	when, start, own := in.period(ev.Date)
	key := aggKey{from, to, kind, start, own}
	i, ok := in.agg[key]
	if !ok {
		i = in.recs.add(rec{from: from, to: to, kind: kind, when: when})
		in.agg[key] = i
	}
	return i
}

func (in *Ingester) record(ev *Event, from, to, kind string, v *vals) int32 {
	i := in.slot(ev, from, to, kind)
	r := in.recs.at(i)
	r.datasets |= 1 << ev.Dataset
	in.contribute(r, v, 1)
	if ev.Added.After(r.added) {
		r.added, r.addedDay = ev.Added, ev.Dataset == GDELT1
	}
	r.dead = false
	if v.source = in.cite(r, func() (graph.Source, graph.Evidence) { return eventSource(ev) }); v.source != "" {
		v.cites = 1
	}
	return i
}

// contribute adds (sign 1) or takes away (sign -1) an event's values.
func (in *Ingester) contribute(r *rec, v *vals, sign int64) {
	f := float64(sign)
	r.count += sign
	r.gsum += f * v.g
	r.gabs += f * math.Abs(v.g)
	r.mentions += sign * v.mentions
	r.nsources += sign * v.nsources
	r.articles += sign * v.article
	r.toneSum += f * v.tone
	if v.root {
		r.roots += sign
	}
	j := slices.Index(r.codes, v.code)
	if j < 0 {
		r.codes = append(r.codes, v.code)
		r.codeN = append(r.codeN, 0)
		j = len(r.codes) - 1
	}
	r.codeN[j] += sign
	if r.codeN[j] == 0 {
		r.codes = slices.Delete(r.codes, j, j+1)
		r.codeN = slices.Delete(r.codeN, j, j+1)
	}
}

// cite adds a citation to r unless r has MaxEvidence already or cites the
// same source, and returns the ID of the source cited, or "" for one
// omitted; the source is made only when the citation is kept. A citation
// counts the events that cite it (evN), so that an event leaving the
// relation takes its citation along when it was the last.
func (in *Ingester) cite(r *rec, make func() (graph.Source, graph.Evidence)) string {
	if in.maxEv >= 0 && len(r.evidence) >= in.maxEv {
		r.omitted++
		return ""
	}
	s, e := make()
	for j, old := range r.evidence {
		if old.Source == s.ID {
			r.evN[j]++
			return s.ID
		}
	}
	if _, ok := in.sources[s.ID]; !ok {
		in.sources[s.ID] = s
	}
	r.evidence = append(r.evidence, e)
	r.evN = append(r.evN, 1)
	return s.ID
}

// uncite takes an event's citation of source away from r.
func (r *rec) uncite(source string) {
	j := slices.IndexFunc(r.evidence, func(e graph.Evidence) bool { return e.Source == source })
	switch {
	case source == "" || j < 0:
		if r.omitted > 0 {
			r.omitted--
		}
	case r.evN[j] > 1:
		r.evN[j]--
	default:
		r.evidence = slices.Delete(r.evidence, j, j+1)
		r.evN = slices.Delete(r.evN, j, j+1)
	}
}

func (in *Ingester) addMention(m *Mention) {
	id, err := strconv.ParseUint(m.EventID, 10, 64)
	i, ok := in.byEvent[id]
	if err != nil || !ok {
		in.skip(SkipUnknownEvent, m.Pos)
		return
	}
	in.mentions++
	in.cite(in.recs.at(i), func() (graph.Source, graph.Evidence) { return mentionSource(m) })
}
