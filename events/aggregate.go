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

// rec is a relation being made: one event, or an aggregate.
type rec struct {
	from, to, kind string
	when           date.Span
	datasets       uint8 // bit per Dataset
	count          int64
	gsum, gabs     float64
	codes          []string
	mentions       int64
	nsources       int64
	articles       int64
	toneSum        float64
	roots          int64
	added          time.Time
	addedDay       bool // added is a day (GDELT 1.0)
	evidence       []graph.Evidence
	omitted        int64

	// single events only
	id, eventID string
	quad        int
	isRoot      bool
	story, text string
	sentence    int
	icews       bool
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

func (in *Ingester) record(ev *Event, from, to, kind string) int32 {
	var i int32
	if in.agg != nil {
		when, start, own := in.period(ev.Date)
		key := aggKey{from, to, kind, start, own}
		var ok bool
		if i, ok = in.agg[key]; !ok {
			i = int32(len(in.recs))
			in.recs = append(in.recs, rec{from: from, to: to, kind: kind, when: when})
			in.agg[key] = i
		}
	} else {
		i = int32(len(in.recs))
		r := rec{from: from, to: to, kind: kind, when: date.At(ev.Date), eventID: strings.Clone(ev.ID), quad: ev.QuadClass, isRoot: ev.IsRoot}
		if ev.Dataset == ICEWS {
			r.id = "icews-" + ev.ID + "-" + strings.ReplaceAll(ev.Date.String(), "-", "")
			r.icews, r.story, r.text, r.sentence = true, strings.Clone(ev.StoryID), strings.Clone(ev.Text), ev.Sentence
		} else {
			r.id = "gdelt-" + ev.ID
		}
		in.recs = append(in.recs, r)
	}
	r := &in.recs[i]
	r.datasets |= 1 << ev.Dataset
	r.count++
	r.gsum += ev.Goldstein
	r.gabs += math.Abs(ev.Goldstein)
	if !slices.Contains(r.codes, ev.Code) {
		if c, ok := EventCode(ev.Code); ok {
			r.codes = append(r.codes, c.Code) // the codebook's string, not the line's
		} else {
			r.codes = append(r.codes, strings.Clone(ev.Code))
		}
	}
	r.mentions += int64(ev.NumMentions)
	r.nsources += int64(ev.NumSources)
	r.articles += int64(ev.NumArticles)
	r.toneSum += ev.AvgTone
	if ev.IsRoot && ev.Dataset != ICEWS {
		r.roots++
	}
	if ev.Added.After(r.added) {
		r.added, r.addedDay = ev.Added, ev.Dataset == GDELT1
	}
	in.cite(r, func() (graph.Source, graph.Evidence) { return eventSource(ev) })
	return i
}

// cite adds a citation to r unless r has MaxEvidence already or cites the
// same source; the source is made only when the citation is kept.
func (in *Ingester) cite(r *rec, make func() (graph.Source, graph.Evidence)) bool {
	if in.maxEv >= 0 && len(r.evidence) >= in.maxEv {
		r.omitted++
		return false
	}
	s, e := make()
	for _, old := range r.evidence {
		if old.Source == s.ID {
			return false
		}
	}
	if _, ok := in.sources[s.ID]; !ok {
		in.sources[s.ID] = s
	}
	r.evidence = append(r.evidence, e)
	return true
}

func (in *Ingester) addMention(m *Mention) {
	id, err := strconv.ParseUint(m.EventID, 10, 64)
	i, ok := in.byEvent[id]
	if err != nil || !ok {
		in.skip(SkipUnknownEvent, m.Pos)
		return
	}
	in.mentions++
	in.cite(&in.recs[i], func() (graph.Source, graph.Evidence) { return mentionSource(m) })
}
