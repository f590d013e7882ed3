package chart

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

// drawing is what a test reads back from a chart's SVG.
type drawing struct {
	width, height string         // of the svg element
	title         string         // the <title> element
	texts         []string       // the text elements, in order
	boxes         []textBox      // the boxes of the upright texts
	fills         map[string]int // filled paths by colour ("#0072B2")
	strokes       map[string]int // stroked paths by colour
}

// allowed are the elements and attributes vgsvg and this package write;
// anything else in a chart's SVG was injected.
var (
	allowedElements = map[string]bool{"svg": true, "g": true, "path": true, "text": true, "title": true, "defs": true, "style": true}
	allowedAttrs    = map[string]bool{"width": true, "height": true, "viewBox": true, "xmlns": true, "xmlns:xlink": true, "transform": true, "style": true, "d": true, "x": true, "y": true}
)

// parse reads svg with encoding/xml, failing t if it is not well-formed or
// holds an element or attribute this package does not write.
func parse(t testing.TB, svg []byte) drawing {
	t.Helper()
	d := drawing{fills: map[string]int{}, strokes: map[string]int{}}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var stack []string
	var text strings.Builder
	var box textBox
	rotated := 0 // depth of the innermost rotated group, 0 if none
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := tok.Name.Local
			if !allowedElements[name] {
				t.Fatalf("unexpected element <%s> in the SVG", name)
			}
			if tok.Name.Space != "" && tok.Name.Space != "http://www.w3.org/2000/svg" {
				t.Fatalf("element <%s> in namespace %q", name, tok.Name.Space)
			}
			var style, x, y, transform string
			for _, a := range tok.Attr {
				key := a.Name.Local
				if a.Name.Space == "xmlns" {
					key = "xmlns:" + key
				}
				if !allowedAttrs[key] {
					t.Fatalf("unexpected attribute %s=%q on <%s>", key, a.Value, name)
				}
				switch {
				case name == "svg" && key == "width":
					d.width = a.Value
				case name == "svg" && key == "height":
					d.height = a.Value
				case key == "style":
					style = a.Value
				case key == "x":
					x = a.Value
				case key == "y":
					y = a.Value
				case key == "transform":
					transform = a.Value
				}
			}
			if name == "path" {
				fill, stroke := styleOf(style, "fill"), styleOf(style, "stroke")
				switch {
				case fill == "none" && stroke != "":
					d.strokes[stroke]++
				case fill != "none":
					d.fills[orBlack(fill)]++
				}
			}
			stack = append(stack, name)
			text.Reset()
			if name == "g" && strings.Contains(transform, "rotate") && rotated == 0 {
				rotated = len(stack)
			}
			if name == "text" {
				box = textBox{rotated: rotated > 0, bold: styleOf(style, "font-weight") == "bold"}
				box.x, _ = strconv.ParseFloat(x, 64)
				box.y, _ = strconv.ParseFloat(y, 64)
				box.size, _ = strconv.ParseFloat(strings.TrimSuffix(styleOf(style, "font-size"), "px"), 64)
			}
		case xml.CharData:
			text.Write(tok)
		case xml.EndElement:
			switch stack[len(stack)-1] {
			case "text":
				d.texts = append(d.texts, text.String())
				if !box.rotated {
					box.text = text.String()
					d.boxes = append(d.boxes, box)
				}
			case "title":
				d.title = text.String()
			}
			if rotated == len(stack) {
				rotated = 0
			}
			stack = stack[:len(stack)-1]
		case xml.ProcInst, xml.Comment:
		case xml.Directive:
			t.Fatalf("unexpected directive <!%s> in the SVG", tok)
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed elements %v", stack)
	}
	return d
}

// textBox is where an upright text element is drawn, in the SVG's
// coordinates as vgsvg writes them: x is the left end, -y the baseline's
// height above the bottom edge.
type textBox struct {
	text          string
	x, y, size    float64
	bold, rotated bool
}

// bounds returns the box's left, right, bottom and top in points from the
// bottom left corner, measured with Liberation Sans.
func (b textBox) bounds() (l, r, bot, top float64) {
	sty := sans(vg.Length(b.size), b.bold, ink)
	ext := sty.FontExtents()
	base := -b.y
	return b.x, b.x + float64(sty.Width(b.text)), base - float64(ext.Descent), base + float64(ext.Ascent)
}

// checkLayout fails t if an upright text runs off the w×h canvas (points)
// or overlaps another.
func checkLayout(t *testing.T, d drawing, w, h float64) {
	t.Helper()
	for i, a := range d.boxes {
		l, r, b, tp := a.bounds()
		if l < -0.01 || r > w+0.01 || b < -0.01 || tp > h+0.01 {
			t.Errorf("text %q at [%.1f, %.1f]×[%.1f, %.1f] runs off the %.0f×%.0f chart", a.text, l, r, b, tp, w, h)
		}
		for _, c := range d.boxes[i+1:] {
			l2, r2, b2, t2 := c.bounds()
			const slack = 0.5 // boxes include the font's full ascent and descent
			if l < r2-slack && l2 < r-slack && b < t2-slack && b2 < tp-slack {
				t.Errorf("texts %q and %q overlap", a.text, c.text)
			}
		}
	}
}

// styleOf returns the value of property key in a style attribute, "" if
// absent.
func styleOf(style, key string) string {
	for decl := range strings.SplitSeq(style, ";") {
		if k, v, ok := strings.Cut(decl, ":"); ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// orBlack returns c, or vgsvg's default fill for "".
func orBlack(c string) string {
	if c == "" {
		return "#000000"
	}
	return c
}

// has reports whether one of the texts is s.
func (d drawing) has(s string) bool {
	for _, t := range d.texts {
		if t == s {
			return true
		}
	}
	return false
}

// svgOf writes c to bytes.
func svgOf(t testing.TB, c *Chart) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := c.WriteSVG(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// vgLen converts points for tests.
func vgLen(pt float64) vg.Length { return vg.Length(pt) }
