package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// rules draws thin grid lines across the data area: vertical ones at xs,
// horizontal ones at ys (data coordinates).
type rules struct {
	xs, ys []float64
	style  draw.LineStyle
}

// Plot implements plot.Plotter.
func (r rules) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, x := range r.xs {
		if x >= p.X.Min && x <= p.X.Max {
			c.StrokeLine2(r.style, trX(x), c.Min.Y, trX(x), c.Max.Y)
		}
	}
	for _, y := range r.ys {
		if y >= p.Y.Min && y <= p.Y.Max {
			c.StrokeLine2(r.style, c.Min.X, trY(y), c.Max.X, trY(y))
		}
	}
}

// gridStyle is the style of grid lines; zeroStyle of the zero line of
// bars.
var (
	gridStyle = draw.LineStyle{Color: rule, Width: 0.6}
	zeroStyle = draw.LineStyle{Color: muted, Width: 0.9}
)

// bar is one horizontal bar: from 0 to x at height y (data coordinates),
// thick data units high, with a label at its end.
type bar struct {
	x, y, thick float64
	colour      color.Color
	label       string
}

// hbars draws horizontal bars with their labels at the ends, outside the
// bar: right of a positive bar, left of a negative one.
type hbars struct {
	bars  []bar
	style text.Style // of the labels
}

// labelPad is the space between a bar's end and its label; maxBar is the
// thickest bar.
const (
	labelPad = vg.Length(3)
	maxBar   = vg.Length(16)
)

// Plot implements plot.Plotter.
func (h hbars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, b := range h.bars {
		x0, x1 := trX(0), trX(b.x)
		y0, y1 := trY(b.y-b.thick/2), trY(b.y+b.thick/2)
		if y1-y0 > maxBar { // few rows on a tall chart: keep bars slim
			mid := (y0 + y1) / 2
			y0, y1 = mid-maxBar/2, mid+maxBar/2
		}
		if b.x != 0 {
			c.SetColor(b.colour)
			c.Fill(vg.Rectangle{Min: vg.Point{X: min(x0, x1), Y: y0}, Max: vg.Point{X: max(x0, x1), Y: y1}}.Path())
		}
		if b.label == "" {
			continue
		}
		sty := h.style
		sty.YAlign = draw.YCenter
		pt := vg.Point{X: x1 + labelPad, Y: trY(b.y) + raise(sty)}
		if b.x < 0 {
			sty.XAlign = draw.XRight
			pt.X = x1 - labelPad
		}
		c.FillText(sty, pt, b.label)
	}
}

// raise is how far to lift text centred with draw.YCenter so that its
// capitals and digits, not its box with descenders, are centred: a tenth of
// the font size for Liberation Sans.
func raise(sty text.Style) vg.Length { return sty.Font.Size / 10 }

// GlyphBoxes implements plot.GlyphBoxer, so that the plot leaves room for
// the labels.
func (h hbars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	boxes := make([]plot.GlyphBox, 0, len(h.bars))
	for _, b := range h.bars {
		if b.label == "" {
			continue
		}
		w, ht := h.style.Width(b.label), h.style.Height(b.label)
		r := vg.Rectangle{Min: vg.Point{X: labelPad, Y: -ht / 2}, Max: vg.Point{X: labelPad + w, Y: ht / 2}}
		if b.x < 0 {
			r.Min.X, r.Max.X = -labelPad-w, -labelPad
		}
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(b.x), Y: p.Y.Norm(b.y), Rectangle: r})
	}
	return boxes
}

// zeroLine draws the vertical line at x = 0 over the bars.
type zeroLine struct{}

// Plot implements plot.Plotter.
func (zeroLine) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	c.StrokeLine2(zeroStyle, trX(0), c.Min.Y, trX(0), c.Max.Y)
}

// rowTicks labels rows top to bottom: labels[i] at y = n-1-i.
func rowTicks(labels []string) plot.ConstantTicks {
	ts := make(plot.ConstantTicks, len(labels))
	for i, l := range labels {
		ts[i] = plot.Tick{Value: float64(len(labels) - 1 - i), Label: l}
	}
	return ts
}

// fitRows cuts row labels further on narrow charts so that they, the
// labels at the bar ends and at least 60 pt of bars fit the width; and
// never to more than 40% of it.
func fitRows(rows []string, h hbars, set settings) []string {
	var left, right vg.Length
	for _, b := range h.bars {
		w := h.style.Width(b.label) + labelPad
		if b.x < 0 {
			left = max(left, w)
		} else {
			right = max(right, w)
		}
	}
	inner := set.width - 2*margin
	room := min(inner*0.4, inner-60-left-right-40) // 40: the axis label, its padding, the ends of tick labels
	sty := newPlot().Y.Tick.Label
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = fit(r, sty, max(room, 24))
	}
	return out
}

// categoryAxis makes p's vertical axis a list of rows labelled top to
// bottom, without axis line or tick marks.
func categoryAxis(p *plot.Plot, labels []string) {
	p.Y.Min, p.Y.Max = -0.5, float64(len(labels))-0.5
	p.Y.Tick.Marker = rowTicks(labels)
	p.Y.Tick.Length = 0
	p.Y.Width = 0
	p.Y.Padding = 8
}

// boxKey is a legend key: a filled square.
func boxKey(clr color.Color) func(*draw.Canvas, vg.Rectangle) {
	return func(c *draw.Canvas, r vg.Rectangle) {
		side := min(r.Size().Y, 9)
		cx, cy := (r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2
		c.SetColor(clr)
		c.Fill(vg.Rectangle{Min: vg.Point{X: cx - side/2, Y: cy - side/2}, Max: vg.Point{X: cx + side/2, Y: cy + side/2}}.Path())
	}
}

// lineKey is a legend key: a line across r with, if g is not nil, a glyph
// in its middle.
func lineKey(ls draw.LineStyle, g *draw.GlyphStyle) func(*draw.Canvas, vg.Rectangle) {
	return func(c *draw.Canvas, r vg.Rectangle) {
		cy := (r.Min.Y + r.Max.Y) / 2
		c.StrokeLine2(ls, r.Min.X, cy, r.Max.X, cy)
		if g != nil {
			c.DrawGlyphNoClip(*g, vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: cy})
		}
	}
}

// glyphKey is a legend key: a glyph alone.
func glyphKey(g draw.GlyphStyle) func(*draw.Canvas, vg.Rectangle) {
	return func(c *draw.Canvas, r vg.Rectangle) {
		c.DrawGlyphNoClip(g, vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: (r.Min.Y + r.Max.Y) / 2})
	}
}
