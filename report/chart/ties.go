package chart

import (
	"fmt"
)

// Ties are counts of cooperative and hostile ties per row, for
// [Diverging]: per pair of actors ("Russia – Ukraine") or per month ("Mar
// 2014").
type Ties struct {
	Labels      []string // row labels, drawn top to bottom in this order; not empty
	Cooperative []int    // Cooperative[i] counts the cooperative ties of row i; not negative
	Hostile     []int    // Hostile[i] counts the hostile ties of row i; not negative
}

// Diverging draws t as diverging horizontal bars around a zero line:
// cooperative ties to the right in Okabe-Ito blue, hostile ties to the left
// in vermilion, the colours of the two signs everywhere in diplograph. Each
// count is written at its bar's end (a zero count has neither bar nor
// number), the axis counts outward from zero in both directions and has
// the same extent on both sides, so lengths compare across the zero line.
// The legend gives each sign's total.
//
// Defaults: title "Cooperative and hostile ties"; X label "Number of ties
// (hostile to the left, cooperative to the right)"; Y label "Pair" (set it
// to "Month" for monthly rows); caption a note on the reading; height 24 px
// per row.
//
// Errors: [ErrEmpty] (no rows), [ErrLabel] (an empty label), [ErrLength]
// (counts and labels differ in number), [ErrValue] (a negative count),
// [ErrTooMany] (more than [MaxRows] rows), [ErrOption].
func Diverging(t Ties, o Options) (*Chart, error) {
	set, err := resolve(o)
	if err != nil {
		return nil, err
	}
	rows, err := rowLabels("Labels", t.Labels, set)
	if err != nil {
		return nil, err
	}
	top, coop, host := 0, 0.0, 0.0 // totals in float64: no overflow
	for _, col := range []struct {
		field  string
		counts []int
		total  *float64
	}{{"Cooperative", t.Cooperative, &coop}, {"Hostile", t.Hostile, &host}} {
		if len(col.counts) != len(rows) {
			return nil, fail(ErrLength, col.field, "", "%d counts for %d labels", len(col.counts), len(rows))
		}
		for i, c := range col.counts {
			if c < 0 {
				return nil, fail(ErrValue, fmt.Sprintf("%s[%d]", col.field, i), fmt.Sprintf("row %q", t.Labels[i]), "negative count %d", c)
			}
			top = max(top, c)
			*col.total += float64(c)
		}
	}
	if top == 0 {
		top = 1
	}

	p := newPlot()
	n := len(rows)
	h := hbars{style: sans(valueSize, false, ink)}
	for i := range rows {
		y := float64(n - 1 - i)
		if c := t.Cooperative[i]; c > 0 {
			h.bars = append(h.bars, bar{x: float64(c), y: y, thick: 0.72, colour: blue, label: count(float64(c))})
		}
		if c := t.Hostile[i]; c > 0 {
			h.bars = append(h.bars, bar{x: -float64(c), y: y, thick: 0.72, colour: vermilion, label: count(float64(c))})
		}
	}
	categoryAxis(p, fitRows(rows, h, set))
	grid := valueAxis(&p.X, -float64(top), float64(top), widthTicks(set.width), unsigned)
	p.X.Label.Text = orDefault(set.XLabel, "Number of ties (hostile to the left, cooperative to the right)")
	p.Y.Label.Text = orDefault(set.YLabel, "Pair")
	p.Add(rules{xs: grid, style: gridStyle}, h, zeroLine{})

	f := &frame{
		s:       set,
		title:   orDefault(set.Title, "Cooperative and hostile ties"),
		caption: orDefault(set.Caption, "Cooperative ties to the right of zero, hostile ties to the left; the number at a bar's end is its count."),
		legend: []legendItem{
			{text: "cooperative (" + count(coop) + ")", swatch: boxKey(blue)},
			{text: "hostile (" + count(host) + ")", swatch: boxKey(vermilion)},
		},
		plot:  p,
		rows:  n,
		field: "Labels",
		rowH:  18,
	}
	return f.draw()
}

// count writes a count or total of ties: 12, 12,345.
func count(c float64) string { return numbers(c)(c) }
