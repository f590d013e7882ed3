package chart

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is a drawn chart: an SVG document, ready to write.
type Chart struct {
	svg           []byte
	width, height int
}

// WriteSVG writes the chart as a standalone SVG document. The same input
// and options give the same bytes.
func (c *Chart) WriteSVG(w io.Writer) error {
	_, err := w.Write(c.svg)
	return err
}

// Size returns the chart's width and height in CSS pixels, for the width
// and height attributes of an HTML img element. The SVG states them in
// points (600pt for 800 px).
func (c *Chart) Size() (width, height int) { return c.width, c.height }

// legendItem is one entry of the legend row under the title.
type legendItem struct {
	text   string
	swatch func(c *draw.Canvas, r vg.Rectangle) // draws the key in r
}

// frame lays out a plot with the title and legend above it and the caption
// below, and draws them to SVG.
type frame struct {
	s       settings
	title   string
	caption string
	legend  []legendItem
	plot    *plot.Plot
	rows    int       // rows for the automatic height; 0: 9/16 of the width
	field   string    // the input field that holds the rows, for errors
	rowH    vg.Length // height of one row
}

// Spacing of the frame, in points.
const (
	gap        = vg.Length(6)  // between title, legend, plot and caption
	swatchW    = vg.Length(16) // width of a legend key
	legendGap  = vg.Length(14) // between legend entries
	legendLead = vg.Length(1.45)
	minPlotH   = vg.Length(60)
	xlabelPad  = vg.Length(4) // between the axis's tick labels and its label
)

// legendLines breaks the legend into lines no wider than w.
func (f *frame) legendLines(w vg.Length) [][]legendItem {
	sty := sans(legendSize, false, ink)
	var lines [][]legendItem
	var x vg.Length
	for i, it := range f.legend {
		it.text = fit(it.text, sty, w-swatchW-4)
		f.legend[i].text = it.text
		iw := swatchW + 4 + sty.Width(it.text)
		if len(lines) == 0 || (x > 0 && x+iw > w) {
			lines = append(lines, nil)
			x = 0
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], it)
		x += iw + legendGap
	}
	return lines
}

// axisHeight estimates the height of the horizontal axis without its label:
// tick labels and the space around them.
func (f *frame) axisHeight() vg.Length {
	return f.plot.X.Tick.Label.Height("0") + f.plot.X.Tick.Length + f.plot.X.Padding + f.plot.X.Width + 2
}

// draw lays the chart out and writes its SVG.
func (f *frame) draw() (*Chart, error) {
	width := f.s.width
	inner := width - 2*margin
	titleSty := sans(titleSize, true, ink)
	capSty := sans(captionSize, false, muted)
	legSty := sans(legendSize, false, ink)
	title := fit(f.title, titleSty, inner)
	caption := fit(f.caption, capSty, inner)
	// The frame draws the horizontal axis label itself, centred under the
	// data but kept inside the chart: gonum/plot would centre it on the
	// data area whatever its width, and squeeze the data to make it fit.
	xsty := f.plot.X.Label.TextStyle
	xlabel := fit(f.plot.X.Label.Text, xsty, inner)
	f.plot.X.Label.Text = ""
	lines := f.legendLines(inner)
	lineH := legSty.Font.Size * legendLead

	top := margin + titleSty.Height(title) + gap
	if len(lines) > 0 {
		top += vg.Length(len(lines))*lineH + gap
	}
	bottom := margin + capSty.Height(caption) + gap
	xlabelY := bottom + xsty.FontExtents().Descent
	if xlabel != "" {
		bottom += xsty.Height(xlabel) + xlabelPad
	}

	height := f.s.height
	if height == 0 {
		height = top + bottom + max(vg.Length(f.rows)*f.rowH, minPlotH) + f.axisHeight()
		if f.rows == 0 {
			height = max(height, width*9/16)
		}
		height = max(height, vg.Length(MinHeight*pxToPt))
		if height > vg.Length(MaxHeight*pxToPt) {
			return nil, fail(ErrTooMany, f.field, "", "%d rows need more than %d px", f.rows, MaxHeight)
		}
	}
	hpx := int(math.Ceil(float64(height)/pxToPt - 1e-9))
	height = vg.Length(float64(hpx) * pxToPt)
	if f.plot.Y.Label.Text != "" {
		f.plot.Y.Label.Text = fit(f.plot.Y.Label.Text, f.plot.Y.Label.TextStyle, height-top-bottom)
	}
	if height-top-bottom-f.axisHeight() < minPlotH {
		return nil, fail(ErrOption, "Options.Height", "", "%d px leaves no room for the data under the title and legend", hpx)
	}

	cv := vgsvg.NewWith(vgsvg.UseWH(width, height), vgsvg.EmbedFonts(f.s.EmbedFonts))
	dc := draw.New(cv)
	dc.SetColor(white)
	dc.Fill(dc.Rectangle.Path())

	y := height - margin
	dc.FillText(titleSty, vg.Point{X: margin, Y: y}, title)
	y -= titleSty.Height(title) + gap
	for _, line := range lines {
		x := margin
		for _, it := range line {
			key := vg.Rectangle{Min: vg.Point{X: x, Y: y - lineH + 2}, Max: vg.Point{X: x + swatchW, Y: y - 2}}
			it.swatch(&dc, key)
			sty := legSty
			sty.YAlign = draw.YCenter
			dc.FillText(sty, vg.Point{X: x + swatchW + 4, Y: y - lineH/2}, it.text)
			x += swatchW + 4 + legSty.Width(it.text) + legendGap
		}
		y -= lineH
	}
	capSty.YAlign = draw.YBottom
	dc.FillText(capSty, vg.Point{X: margin, Y: margin}, caption)

	area := draw.Crop(dc, margin, -margin, bottom, -top)
	f.plot.Draw(area)
	if xlabel != "" {
		data := f.plot.DataCanvas(area)
		w := xsty.Width(xlabel)
		x := min(max((data.Min.X+data.Max.X-w)/2, margin), width-margin-w)
		sty := xsty
		sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
		dc.FillText(sty, vg.Point{X: x, Y: xlabelY}, xlabel)
	}

	var buf bytes.Buffer
	if _, err := cv.WriteTo(&buf); err != nil {
		return nil, err
	}
	return &Chart{svg: finish(buf.Bytes(), f.title), width: f.s.Width, height: hpx}, nil
}

// fontDecl is how vgsvg names the font in each text element's style.
const fontDecl = `style="font-family:Liberation Sans;`

// fontStack names Liberation Sans with the fonts of the same letter widths
// that most machines have.
const fontStack = `style="font-family:'Liberation Sans',Arial,Helvetica,sans-serif;`

// finish adds fallback fonts to vgsvg's font declarations and puts the
// title in a <title> element, for screen readers and browser tabs. User
// text cannot match fontDecl: vgsvg escapes its quotes.
func finish(svg []byte, title string) []byte {
	svg = bytes.ReplaceAll(svg, []byte(fontDecl), []byte(fontStack))
	const open = `xmlns:xlink="http://www.w3.org/1999/xlink">` + "\n"
	i := bytes.Index(svg, []byte(open))
	if i < 0 || title == "" {
		return svg
	}
	i += len(open)
	var t bytes.Buffer
	t.WriteString("<title>")
	_ = xml.EscapeText(&t, []byte(title)) // writes to a bytes.Buffer: cannot fail
	t.WriteString("</title>\n")
	out := make([]byte, 0, len(svg)+t.Len())
	out = append(out, svg[:i]...)
	out = append(out, t.Bytes()...)
	return append(out, svg[i:]...)
}
