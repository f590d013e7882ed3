package chart

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/plot/vg"
)

// Limits on what one chart draws; beyond them a chart is no longer read.
const (
	MaxRows     = 500 // bars, ranks or tie rows
	MaxMeasures = 8   // measures side by side in Bars: one Okabe-Ito colour each
	MaxLines    = 7   // lines in Lines: one Okabe-Ito colour each, yellow left out
)

// Scores are one or more measures over the same actors, for [Bars].
type Scores struct {
	Actors   []string  // row labels, drawn top to bottom in this order; not empty
	Measures []Measure // 1 to MaxMeasures measures, each with one value per actor
}

// Measure is one measure of every actor of a [Scores].
type Measure struct {
	Name   string    // what is measured, "pagerank": the axis label, legend entry and title; not empty
	Values []float64 // Values[i] is the measure of Actors[i]; finite, may be negative
}

// Bars draws s as horizontal bars, one row per actor in the order given,
// with each value written at its bar's end. Negative values extend to the
// left of a zero line.
//
// With one measure, bars are Okabe-Ito blue on an axis in the measure's
// unit. With several, each actor gets a group of bars, one colour per
// measure, named in a legend. Measures usually differ in scale (pagerank
// sums to 1, degree counts relations), so by default each is divided by
// its largest absolute value: the top actor of every measure reaches 100%,
// the axis reads "share of the top actor's value", the legend gives the
// value 100% stands for, and the numbers at the bar ends stay raw.
// [Options.SameScale] draws all measures in their own unit on one axis
// instead.
//
// Defaults: title "<Measure> by actor" ("Pagerank, betweenness and degree
// by actor"; "5 measures by actor" for more than three); X label the
// measure, "Value" with SameScale, or the share description; Y label
// "Actor"; caption a note on the order and the scaling; height 24 px per
// actor, 8 + 14 px per measure and actor for groups.
//
// Errors: [ErrEmpty] (no actors or measures), [ErrLabel] (an empty actor
// or measure name), [ErrLength] (values and actors differ in number),
// [ErrValue] (a value NaN, infinite or beyond ±1e100), [ErrTooMany] (more
// than [MaxRows] actors or [MaxMeasures] measures, or more groups than fit
// [MaxHeight]), [ErrOption].
func Bars(s Scores, o Options) (*Chart, error) {
	set, err := resolve(o)
	if err != nil {
		return nil, err
	}
	actors, err := rowLabels("Actors", s.Actors, set)
	if err != nil {
		return nil, err
	}
	k := len(s.Measures)
	switch {
	case k == 0:
		return nil, fail(ErrEmpty, "Measures", "", "no measure")
	case k > MaxMeasures:
		return nil, fail(ErrTooMany, "Measures", "", "%d measures, at most %d", k, MaxMeasures)
	}
	names := make([]string, k) // whole, for the title and axis
	for j, m := range s.Measures {
		field := fmt.Sprintf("Measures[%d]", j)
		if names[j] = clean(m.Name); names[j] == "" {
			return nil, fail(ErrLabel, field+".Name", "", "empty measure name")
		}
		if len(m.Values) != len(actors) {
			return nil, fail(ErrLength, field+".Values", fmt.Sprintf("measure %q", m.Name), "%d values for %d actors", len(m.Values), len(actors))
		}
		for i, v := range m.Values {
			if !drawable(v) {
				return nil, fail(ErrValue, fmt.Sprintf("%s.Values[%d]", field, i), fmt.Sprintf("measure %q, actor %q", m.Name, s.Actors[i]), "%v, want a finite value within ±%g", v, maxValue)
			}
		}
	}

	scaled := k > 1 && !set.SameScale
	p := newPlot()
	n := len(actors)
	thick := 0.72
	if k > 1 {
		thick = 0.84
	}
	each := thick / float64(k)
	var h hbars
	h.style = sans(valueSize, false, ink)
	lo, hi := 0.0, 0.0
	var legend []legendItem
	for j, m := range s.Measures {
		format := numbers(m.Values...)
		scale := 1.0
		if top := maxAbs(m.Values); scaled && top > 0 {
			scale = 1 / top
		}
		if k > 1 {
			text := truncate(names[j], set.MaxLabel)
			if scaled {
				text += " (100% = " + format(maxAbs(m.Values)) + ")"
			}
			legend = append(legend, legendItem{text: text, swatch: boxKey(palette[j])})
		}
		for i, v := range m.Values {
			y := float64(n-1-i) + thick/2 - each*(float64(j)+0.5)
			x := v * scale
			lo, hi = math.Min(lo, x), math.Max(hi, x)
			h.bars = append(h.bars, bar{x: x, y: y, thick: each * 0.92, colour: palette[j], label: format(v)})
		}
	}
	categoryAxis(p, fitRows(actors, h, set))
	form := signed
	if scaled {
		form = percent
	}
	grid := valueAxis(&p.X, lo, hi, widthTicks(set.width), form)
	xlabel, caption := names[0], "One bar per actor, in the order given; the number at a bar's end is its value."
	switch {
	case scaled:
		xlabel = "Share of the top actor's value, per measure (numbers at the bar ends: raw values)"
		caption = "Each measure is divided by its largest absolute value, given in the legend as 100%; the numbers at the bar ends are raw values."
	case k > 1:
		xlabel = "Value"
		caption = "All measures on one axis, in their own unit; the number at a bar's end is its value."
	}
	p.X.Label.Text = orDefault(set.XLabel, xlabel)
	p.Y.Label.Text = orDefault(set.YLabel, "Actor")
	p.Add(rules{xs: grid, style: gridStyle}, h, zeroLine{})

	rowH := 18.0 // points: 24 px
	if k > 1 {
		rowH = 6 + 10.5*float64(k)
	}
	f := &frame{
		s:       set,
		title:   orDefault(set.Title, barsTitle(names)),
		caption: orDefault(set.Caption, caption),
		legend:  legend,
		plot:    p,
		rows:    n,
		field:   "Actors",
		rowH:    vg.Length(rowH),
	}
	return f.draw()
}

// rowLabels cleans the labels of rows, which must be 1 to MaxRows and not
// empty, and cuts them to MaxLabel characters.
func rowLabels(field string, labels []string, set settings) ([]string, error) {
	switch {
	case len(labels) == 0:
		return nil, fail(ErrEmpty, field, "", "no rows")
	case len(labels) > MaxRows:
		return nil, fail(ErrTooMany, field, "", "%d rows, at most %d", len(labels), MaxRows)
	}
	out := make([]string, len(labels))
	for i, l := range labels {
		if out[i] = label(l, set.MaxLabel); out[i] == "" {
			return nil, fail(ErrLabel, fmt.Sprintf("%s[%d]", field, i), "", "empty label %q", l)
		}
	}
	return out, nil
}

// maxAbs returns the largest absolute value of vs, 0 for none.
func maxAbs(vs []float64) float64 {
	m := 0.0
	for _, v := range vs {
		m = math.Max(m, math.Abs(v))
	}
	return m
}

// barsTitle is the default title of Bars: "Pagerank by actor", "Pagerank,
// betweenness and degree by actor", "5 measures by actor".
func barsTitle(names []string) string {
	switch len(names) {
	case 1:
		return upperFirst(names[0]) + " by actor"
	case 2, 3:
		return upperFirst(strings.Join(names[:len(names)-1], ", ")) + " and " + names[len(names)-1] + " by actor"
	}
	return itoa(len(names)) + " measures by actor"
}
