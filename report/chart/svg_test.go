package chart

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

// drawing is what a test reads back from a chart's SVG.
type drawing struct {
	width, height string         // of the svg element
	title         string         // the <title> element
	texts         []string       // the text elements, in order
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
			var style string
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
		case xml.CharData:
			text.Write(tok)
		case xml.EndElement:
			switch stack[len(stack)-1] {
			case "text":
				d.texts = append(d.texts, text.String())
			case "title":
				d.title = text.String()
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
