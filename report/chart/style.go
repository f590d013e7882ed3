package chart

import (
	"image/color"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2002),
// told apart by readers with any common colour-vision deficiency.
var (
	blue          = color.RGBA{0x00, 0x72, 0xB2, 0xFF}
	vermilion     = color.RGBA{0xD5, 0x5E, 0x00, 0xFF}
	bluishGreen   = color.RGBA{0x00, 0x9E, 0x73, 0xFF}
	orange        = color.RGBA{0xE6, 0x9F, 0x00, 0xFF}
	reddishPurple = color.RGBA{0xCC, 0x79, 0xA7, 0xFF}
	skyBlue       = color.RGBA{0x56, 0xB4, 0xE9, 0xFF}
	black         = color.RGBA{0x00, 0x00, 0x00, 0xFF}
	yellow        = color.RGBA{0xF0, 0xE4, 0x42, 0xFF}
)

// palette is the order in which series take the Okabe-Ito colours: blue and
// vermilion first, as cooperative and hostile everywhere in diplograph;
// yellow last, since it is faint on white.
var palette = []color.Color{blue, vermilion, bluishGreen, orange, reddishPurple, skyBlue, black, yellow}

// lineColours is the palette without yellow, too faint on white for a thin
// line, so lines and points take at most 7 colours.
var lineColours = palette[:7]

// Colours of what is not data.
var (
	white = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	ink   = color.RGBA{0x22, 0x22, 0x22, 0xFF} // text
	muted = color.RGBA{0x55, 0x55, 0x55, 0xFF} // caption, axis labels
	rule  = color.RGBA{0xDD, 0xDD, 0xDD, 0xFF} // grid lines
)

// glyphs are the point shapes of lines, one per line beside its colour,
// so that lines stay apart in grey print too: filled circle, square,
// triangle, diamond and downward triangle, then a ring and a cross.
var glyphs = []draw.GlyphDrawer{
	draw.CircleGlyph{}, draw.BoxGlyph{}, draw.PyramidGlyph{},
	polygon{{X: 0, Y: 1.35}, {X: 1.1, Y: 0}, {X: 0, Y: -1.35}, {X: -1.1, Y: 0}},
	polygon{{X: -1.2, Y: 0.75}, {X: 1.2, Y: 0.75}, {X: 0, Y: -1.3}},
	draw.RingGlyph{}, draw.CrossGlyph{},
}

// polygon is a filled glyph: its corners, in units of the glyph's radius
// from its centre.
type polygon []vg.Point

// DrawGlyph implements draw.GlyphDrawer.
func (g polygon) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	var path vg.Path
	for i, v := range g {
		q := vg.Point{X: pt.X + v.X*sty.Radius, Y: pt.Y + v.Y*sty.Radius}
		if i == 0 {
			path.Move(q)
		} else {
			path.Line(q)
		}
	}
	path.Close()
	c.SetColor(sty.Color)
	c.Fill(path)
}

// Type sizes in points, chosen for a chart 800 px (600 pt) wide: the
// smallest, 8.5 pt, is 11.3 px.
const (
	titleSize   = 13
	labelSize   = 10  // axis labels
	tickSize    = 9.5 // tick labels: actor names, dates, numbers
	legendSize  = 9.5
	valueSize   = 8.5 // numbers at bar ends
	captionSize = 8.5
	margin      = vg.Length(9) // around the chart
)

// sans returns a Liberation Sans text style, aligned left and at the
// baseline's top.
func sans(size vg.Length, bold bool, c color.Color) text.Style {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return text.Style{
		Color:   c,
		Font:    f,
		XAlign:  draw.XLeft,
		YAlign:  draw.YTop,
		Handler: plot.DefaultTextHandler,
	}
}

// newPlot returns a plot styled for this package: sans-serif text, no
// title (the frame draws it), thin grey axes.
func newPlot() *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle = sans(labelSize, false, muted)
		a.Label.TextStyle.XAlign = draw.XCenter
		a.Label.TextStyle.YAlign = draw.YBottom
		a.Label.Padding = 4
		a.Tick.Label.Font = sans(tickSize, false, ink).Font
		a.Tick.Label.Color = ink
		a.Color = muted
		a.Tick.Color = muted
		a.Tick.Length = 4
		a.Width = 0.75
		a.Tick.Width = 0.75
	}
	return p
}
