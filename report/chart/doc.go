// Package chart draws the charts analysts publish beside a diplomatic
// graph - measures over actors, measures over time, rank changes and
// signed tie counts - as standalone SVG through gonum.org/v1/plot.
//
// Each chart kind takes one input type of plain labels and numbers, so
// results of graph/analysis or any other source feed it directly:
//
//   - [Bars] draws [Scores]: one measure over actors as horizontal bars, or
//     several side by side in groups;
//   - [Lines] draws a [Series]: a measure of chosen actors over time
//     windows ([date.Span]), one line per actor;
//   - [Slope] draws [Ranks]: two rankings, with one line per actor from its
//     rank before to its rank after;
//   - [Diverging] draws [Ties]: cooperative and hostile counts per pair or
//     per month, on both sides of a zero line.
//
// Each returns a [*Chart], written with [Chart.WriteSVG]:
//
//	c, err := chart.Bars(chart.Scores{
//		Actors:   []string{"Russia", "Ukraine", "United States"},
//		Measures: []chart.Measure{{Name: "pagerank", Values: []float64{0.31, 0.27, 0.24}}},
//	}, chart.Options{Caption: "Source: GDELT 1.0, March 2014"})
//	if err != nil {
//		return err
//	}
//	return c.WriteSVG(w)
//
// Labels are what the chart shows: pass actors' display names (or their
// IDs); the package looks nothing up.
//
// # What every chart has
//
// A title (bold, top left), axis labels, a caption line at the bottom for
// the source, and a legend under the title wherever colours or line styles
// carry meaning. Left empty in [Options], the title, axis labels and
// caption are made from the data (the caption then says how to read the
// chart), as each chart function documents. Data are coloured from the
// Okabe-Ito palette, which readers with common colour-vision deficiencies
// tell apart; lines also differ by point shape, and slope lines by dash
// pattern, so charts survive grey print. Cooperative is blue and hostile
// vermilion, as in package render.
//
// Type is Liberation Sans, sized for a chart 800 px wide: 13 pt titles,
// 9.5 pt labels, nothing under 8.5 pt (11 px). The SVG states its size in
// points, 0.75 of a CSS pixel (600pt wide for 800 px); [Chart.Size] gives
// it in pixels. Labels of actors, measures and rows longer than
// [Options.MaxLabel] characters (default 30) are cut and end in "…";
// titles, captions, axis labels and legend entries that do not fit the
// width likewise, and on narrow charts (down to [MinWidth], 320 px) row
// labels are cut further so that the bars keep room. No text runs off the
// chart or over other text.
//
// # Honest scales
//
// Bars and lines start from zero, so lengths and heights compare. Measures
// of different scales drawn side by side are each divided by their largest
// absolute value, and the chart says so: the axis reads "share of the top
// actor's value", the legend gives the raw value of 100% per measure, and
// the numbers at the bar ends stay raw ([Options.SameScale] draws raw
// values on one axis instead). A window of a [Series] is drawn at its
// middle. A diverging axis extends equally on both sides of zero.
//
// # Conventions
//
// Options follow the library's convention: one [Options] struct, passed by
// value as the last parameter, whose zero value draws the documented
// defaults; every chart function takes the same Options.
//
// Bad input is never drawn and never panics: each function returns an
// [*Error] that names the field at fault ("Measures[0].Values[3]"), what it
// holds (measure "pagerank", actor "Kyiv") and wraps one of the sentinels
// [ErrEmpty], [ErrLength], [ErrValue], [ErrLabel], [ErrWindow],
// [ErrTooMany] or [ErrOption]; test with errors.Is. Values must be finite
// and within ±1e100; only in a [Series] does NaN mean something (a missing
// value). Size limits - [MaxRows], [MaxMeasures], [MaxLines],
// [MaxWindows], [MaxHeight] - keep charts legible.
//
// Output is deterministic: the same input and options give byte-identical
// SVG, from run to run and across goroutines; fonts are not subset, and
// nothing depends on map order or time. User text is inert: invalid UTF-8
// becomes U+FFFD, control characters are dropped, runs of white space
// (newlines included) become one space, and the XML specials are escaped,
// so a name like `<script>` is shown, never run. The SVG holds only svg,
// g, path, text and title elements (and, with [Options.EmbedFonts], a
// style element with the fonts).
//
// Cost: time and memory are linear in the number of bars, points and
// labels: about 2 ms and 0.5 MB for a chart of ten bars, 0.12 s for 500
// bars, 0.7 s and a 3 MB SVG for 7 lines over 3660 daily windows. The
// package prints nothing.
package chart
