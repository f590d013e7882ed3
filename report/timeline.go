package report

import (
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// moment is a dated relation on the timeline.
type moment struct {
	at   date.Date // where it sorts: the start of its time, else its end
	when string    // its time as people read it
	item *item
}

// month is one group of the timeline.
type month struct {
	label   string // "March 2014", or "2014" for relations known only to the year
	moments []moment
}

// timeline is the dated relations of a graph by month.
type timeline struct {
	months  []month
	undated int
}

// newTimeline groups the dated relations of g by month, in date order
// (coarser before finer precision on the same first day), relations of
// the same time in the graph's order.
func newTimeline(g *graph.Graph) *timeline {
	items := relationItems(g)
	tl := &timeline{}
	var ms []moment
	i := 0
	for r := range g.Relations() {
		it := &items[i]
		i++
		k, _ := g.Kind(r.Kind)
		span := graph.Effective(r, k)
		at := span.Since
		if at.IsZero() {
			at = span.Until
		}
		if at.IsZero() {
			tl.undated++
			continue
		}
		ms = append(ms, moment{at: at, when: span.Format(), item: it})
	}
	slices.SortStableFunc(ms, func(a, b moment) int { return a.at.Compare(b.at) })
	for _, m := range ms {
		label := monthLabel(m.at)
		if n := len(tl.months); n == 0 || tl.months[n-1].label != label {
			tl.months = append(tl.months, month{label: label})
		}
		last := &tl.months[len(tl.months)-1]
		last.moments = append(last.moments, m)
	}
	return tl
}

// monthLabel is the group of a date: "March 2014", or "2014" for a date
// known only to the year.
func monthLabel(d date.Date) string {
	if d.Precision() == date.Year {
		return d.Format()
	}
	return fmt.Sprintf("%s %d", d.Month(), d.Year())
}
