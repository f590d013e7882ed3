package chart

import (
	"fmt"
	"math"

	"github.com/diplograph/diplograph/date"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// MaxWindows is the most windows a [Series] may have: ten years of days.
const MaxWindows = 3660

// Series is a measure of some actors over time windows, for [Lines].
type Series struct {
	Measure string      // what the values are, "pagerank": the vertical axis label and the title; not empty
	Windows []date.Span // 1 to MaxWindows closed spans (both ends set), in time order by their middles; they may overlap
	Lines   []Line      // 1 to MaxLines lines
}

// Line is one actor's values over the windows of a [Series].
type Line struct {
	Actor  string    // the legend entry; not empty
	Values []float64 // Values[t] is the value in Windows[t]; NaN marks a missing value, a gap in the line
}

// Lines draws each line of s as a line with a point per window, in time
// order: one Okabe-Ito colour and point shape per actor, named in a legend.
// A missing value (NaN) breaks the line; a value between two gaps is a
// lone point. The vertical axis includes zero, so heights compare.
//
// A window is drawn at its middle: the middle of its first and last day,
// so the month 2014-03 (1 to 31 March) is drawn at noon on 16 March, the
// day 2014-03-18 at noon that day, and the week 10 to 16 March at noon on
// 13 March. The time axis labels days ("18 Mar", at noon), months ("Mar
// 2014", centred on the month) or years ("2014"), whichever fits the width;
// grid lines mark the labelled days or the starts of labelled months and
// years.
//
// Defaults: title "<Measure> over time"; X label the kind of window
// ("Month", "Day (2014)", "7-day window, drawn at its middle"); Y label the
// measure; caption a note on midpoints and gaps; height 9/16 of the width.
//
// Errors: [ErrEmpty] (no windows or lines, or every value missing),
// [ErrLabel] (an empty measure or actor name), [ErrWindow] (a window open
// at an end, reversed, or not after the one before), [ErrLength] (values and
// windows differ in number), [ErrValue] (a value infinite or beyond
// ±1e100), [ErrTooMany]
// (more than [MaxWindows] windows or [MaxLines] lines), [ErrOption].
func Lines(s Series, o Options) (*Chart, error) {
	set, err := resolve(o)
	if err != nil {
		return nil, err
	}
	measure := clean(s.Measure)
	if measure == "" {
		return nil, fail(ErrLabel, "Measure", "", "empty measure name")
	}
	xs, err := middles(s.Windows)
	if err != nil {
		return nil, err
	}
	switch {
	case len(s.Lines) == 0:
		return nil, fail(ErrEmpty, "Lines", "", "no line")
	case len(s.Lines) > MaxLines:
		return nil, fail(ErrTooMany, "Lines", "", "%d lines, at most %d", len(s.Lines), MaxLines)
	}
	lo, hi, found := 0.0, 0.0, false
	var legend []legendItem
	ser := make([]track, len(s.Lines))
	for j, l := range s.Lines {
		field := fmt.Sprintf("Lines[%d]", j)
		name := label(l.Actor, set.MaxLabel)
		if name == "" {
			return nil, fail(ErrLabel, field+".Actor", "", "empty actor name")
		}
		if len(l.Values) != len(xs) {
			return nil, fail(ErrLength, field+".Values", fmt.Sprintf("actor %q", l.Actor), "%d values for %d windows", len(l.Values), len(xs))
		}
		for t, v := range l.Values {
			switch {
			case !math.IsNaN(v) && !drawable(v):
				return nil, fail(ErrValue, fmt.Sprintf("%s.Values[%d]", field, t), fmt.Sprintf("actor %q, window %s", l.Actor, s.Windows[t]), "%v, want a finite value within ±%g or NaN for a missing one", v, maxValue)
			case !math.IsNaN(v):
				lo, hi, found = math.Min(lo, v), math.Max(hi, v), true
			}
		}
		ser[j] = track{
			values: l.Values,
			line:   draw.LineStyle{Color: lineColours[j], Width: 1.6},
			glyph:  draw.GlyphStyle{Color: lineColours[j], Radius: 2.6, Shape: glyphs[j]},
		}
		legend = append(legend, legendItem{text: name, swatch: lineKey(ser[j].line, &ser[j].glyph)})
	}
	if !found {
		return nil, fail(ErrEmpty, "Lines", "", "every value is missing (NaN)")
	}

	p := newPlot()
	first, last := s.Windows[0].Since.First(), s.Windows[len(xs)-1].Until.Last()
	p.X.Min, p.X.Max = epochDay(first), epochDay(last)+1
	plotH := set.height
	if plotH == 0 {
		plotH = set.width * 9 / 16
	}
	ygrid := valueAxis(&p.Y, lo, hi, int(math.Round(float64(plotH-120)/43)), signed)
	p.Y.Width, p.Y.Tick.Length = 0, 0
	cal := calendarAxis(p.X.Min, p.X.Max, set.width-2*margin-70, p.X.Tick.Label)
	p.X.Tick.Marker = cal.ticks
	p.X.Tick.Length = 0
	xlabel := windowKind(s.Windows)
	if cal.days {
		xlabel += " (" + yearsOf(p.X.Min, p.X.Max) + ")"
	}
	p.X.Label.Text = orDefault(set.XLabel, xlabel)
	p.Y.Label.Text = orDefault(set.YLabel, measure)
	p.Add(rules{xs: cal.lines, ys: ygrid, style: gridStyle})
	if lo < 0 && hi > 0 {
		p.Add(rules{ys: []float64{0}, style: zeroStyle})
	}
	p.Add(tracks{xs: xs, tracks: ser})

	f := &frame{
		s:       set,
		title:   orDefault(set.Title, upperFirst(measure)+" over time"),
		caption: orDefault(set.Caption, "One line per actor; a point is the value in a window, drawn at the window's middle; a gap is a missing value."),
		legend:  legend,
		plot:    p,
	}
	return f.draw()
}

// middles checks windows and returns their middles in days since
// 1970-01-01.
func middles(windows []date.Span) ([]float64, error) {
	switch {
	case len(windows) == 0:
		return nil, fail(ErrEmpty, "Windows", "", "no window")
	case len(windows) > MaxWindows:
		return nil, fail(ErrTooMany, "Windows", "", "%d windows, at most %d", len(windows), MaxWindows)
	}
	xs := make([]float64, len(windows))
	for t, w := range windows {
		field := fmt.Sprintf("Windows[%d]", t)
		if w.Since.IsZero() || w.Until.IsZero() {
			return nil, fail(ErrWindow, field, w.String(), "open at an end; a window needs both")
		}
		if err := w.Validate(); err != nil {
			return nil, &Error{Field: field, About: w.String(), Err: fmt.Errorf("%w: %w", ErrWindow, err)}
		}
		xs[t] = (epochDay(w.Since.First()) + epochDay(w.Until.Last()) + 1) / 2
		if t > 0 && xs[t] <= xs[t-1] {
			return nil, fail(ErrWindow, field, w.String(), "its middle is not after that of Windows[%d] (%s)", t-1, windows[t-1])
		}
	}
	return xs, nil
}

// windowKind names the windows for the time axis: "Day", "Month", "Year"
// when they are whole calendar periods, else "Window" with its length.
func windowKind(ws []date.Span) string {
	day, month, year := true, true, true
	length := -1
	for _, w := range ws {
		s, e := w.Since.First(), w.Until.Last()
		n := int(epochDay(e)-epochDay(s)) + 1
		switch {
		case length == -1:
			length = n
		case length != n:
			length = 0
		}
		day = day && n == 1
		next := e.AddDate(0, 0, 1)
		month = month && s.Day() == 1 && next.Day() == 1 && s.Month() == e.Month() && s.Year() == e.Year()
		year = year && s.YearDay() == 1 && next.YearDay() == 1 && s.Year() == e.Year()
	}
	switch {
	case day:
		return "Day"
	case month:
		return "Month"
	case year:
		return "Year"
	case length > 0:
		return itoa(length) + "-day window, drawn at its middle"
	}
	return "Window, drawn at its middle"
}

// track is one line of a Lines chart.
type track struct {
	values []float64 // NaN: missing
	line   draw.LineStyle
	glyph  draw.GlyphStyle
}

// tracks draws lines with points over the same xs, breaking a line at a
// missing value.
type tracks struct {
	xs     []float64
	tracks []track
}

// Plot implements plot.Plotter: all lines first, then all points on top.
func (t tracks) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, tr := range t.tracks {
		var run []vg.Point
		for i, v := range tr.values {
			if math.IsNaN(v) {
				if len(run) > 1 {
					c.StrokeLines(tr.line, run)
				}
				run = run[:0]
				continue
			}
			run = append(run, vg.Point{X: trX(t.xs[i]), Y: trY(v)})
		}
		if len(run) > 1 {
			c.StrokeLines(tr.line, run)
		}
	}
	for _, tr := range t.tracks {
		for i, v := range tr.values {
			if !math.IsNaN(v) {
				c.DrawGlyphNoClip(tr.glyph, vg.Point{X: trX(t.xs[i]), Y: trY(v)})
			}
		}
	}
}

// GlyphBoxes implements plot.GlyphBoxer, so that points at the edges are
// not cut.
func (t tracks) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	for _, tr := range t.tracks {
		for i, v := range tr.values {
			if !math.IsNaN(v) {
				boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(t.xs[i]), Y: p.Y.Norm(v), Rectangle: tr.glyph.Rectangle()})
			}
		}
	}
	return boxes
}
