package chart

import (
	"strconv"

	"gonum.org/v1/plot/vg"
)

// Defaults and limits of [Options].
const (
	DefaultWidth    = 800   // CSS pixels, the width the type sizes are chosen for
	DefaultMaxLabel = 30    // characters
	MinWidth        = 320   // CSS pixels: narrower, labels would squeeze the data out
	MaxWidth        = 8000  // CSS pixels
	MinHeight       = 160   // CSS pixels
	MaxHeight       = 20000 // CSS pixels
)

// Options change how a chart is drawn. The zero value draws the documented
// defaults; every chart function takes the same Options.
type Options struct {
	// Title is the line at the top. Default: one made from the data, as
	// each chart function says ("Pagerank by actor").
	Title string

	// Caption is the line at the bottom, for the source and what a reader
	// must know to trust the chart: "Source: GDELT 1.0, 1-31 March 2014".
	// Default: a note on how to read the chart, as each chart function
	// says. Title and caption that do not fit the width end in "…".
	Caption string

	// XLabel names the horizontal axis. Default: as each chart function
	// says (the measure for bars, the kind of window for lines).
	XLabel string

	// YLabel names the vertical axis. Default: as each chart function says
	// ("Actor" for bars).
	YLabel string

	// Width is the width in CSS pixels, MinWidth to MaxWidth. Default
	// DefaultWidth (800), the width the font sizes are chosen for.
	Width int

	// Height is the height in CSS pixels, MinHeight to MaxHeight. Default:
	// enough for the rows (24 px per bar, tie row or rank, more for grouped
	// bars) plus title, legend, axis and caption; for [Lines], 9/16 of the
	// width. Never less than MinHeight.
	Height int

	// MaxLabel is the longest actor, measure or row label in characters
	// (runes), at least 4; a longer label is cut and ends in "…"
	// ("Organization for Security and…"). On a narrow chart, row and slope
	// labels are cut further, to leave room for the bars and lines. Default
	// DefaultMaxLabel (30).
	MaxLabel int

	// SameScale, for [Bars] with several measures, draws them in their own
	// unit on one shared axis instead of each as a share of its top actor.
	// Use it only for measures in one unit (in-degree and out-degree).
	// Default false. Other charts ignore it.
	SameScale bool

	// EmbedFonts embeds the Liberation Sans fonts the chart is laid out
	// with (about 400 kB per face, base64) so it looks the same on machines
	// without them. Default false: the SVG names Liberation Sans and, as
	// fallbacks, Arial and Helvetica, which have the same letter widths.
	EmbedFonts bool
}

// settings are Options checked and with defaults filled in; lengths in
// points (vg units, 1/72 inch), 0.75 of a CSS pixel.
type settings struct {
	Options
	width, height vg.Length // height 0: from the rows
}

// pxToPt converts CSS pixels (96 per inch) to points (72 per inch).
const pxToPt = 0.75

// resolve checks o and fills in its defaults.
func resolve(o Options) (settings, error) {
	s := settings{Options: o}
	switch {
	case o.Width == 0:
		s.Width = DefaultWidth
	case o.Width < MinWidth || o.Width > MaxWidth:
		return s, fail(ErrOption, "Options.Width", "", "%d px, want %d to %d, or 0 for %d", o.Width, MinWidth, MaxWidth, DefaultWidth)
	}
	if o.Height != 0 && (o.Height < MinHeight || o.Height > MaxHeight) {
		return s, fail(ErrOption, "Options.Height", "", "%d px, want %d to %d, or 0 to fit the rows", o.Height, MinHeight, MaxHeight)
	}
	switch {
	case o.MaxLabel == 0:
		s.MaxLabel = DefaultMaxLabel
	case o.MaxLabel < 4:
		return s, fail(ErrOption, "Options.MaxLabel", "", "%d characters, want at least 4, or 0 for %d", o.MaxLabel, DefaultMaxLabel)
	}
	s.width = vg.Length(float64(s.Width) * pxToPt)
	s.height = vg.Length(float64(s.Height) * pxToPt)
	s.Title = clean(o.Title)
	s.Caption = clean(o.Caption)
	s.XLabel = clean(o.XLabel)
	s.YLabel = clean(o.YLabel)
	return s, nil
}

// orDefault returns s, or def if s is empty.
func orDefault(s, def string) string {
	if s != "" {
		return s
	}
	return def
}

// itoa is strconv.Itoa, short for labels.
func itoa(i int) string { return strconv.Itoa(i) }
