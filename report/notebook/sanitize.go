package notebook

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// svgDropped are SVG elements left out with everything inside them: those
// that run script, hold HTML or animate attributes (an animated href can be
// a script).
var svgDropped = map[string]bool{
	"script": true, "foreignobject": true, "iframe": true, "embed": true, "object": true,
	"set": true, "animate": true, "animatemotion": true, "animatetransform": true, "handler": true,
}

// sanitizeSVG returns svg rewritten for inline use in an HTML page: a
// well-formed document whose root is <svg>, without the XML declaration,
// DOCTYPE, comments and processing instructions, without script, foreign
// objects and animations, without event-handler (on*) attributes and
// without links to javascript: or non-image data: URLs. It fails on SVG
// that is not well-formed.
func sanitizeSVG(svg []byte) ([]byte, error) {
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	var w xmlWriter
	depth, skip := 0, 0
	root := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("not well-formed SVG: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				if root || t.Name.Local != "svg" {
					return nil, fmt.Errorf("not an SVG document: <%s> at the top", qname(t.Name))
				}
				root = true
			}
			depth++
			if skip > 0 || svgDropped[strings.ToLower(t.Name.Local)] {
				skip++
				continue
			}
			w.start(t.Name, safeAttrs(t.Attr, nil))
		case xml.EndElement:
			depth--
			if skip > 0 {
				skip--
				continue
			}
			w.end(t.Name)
		case xml.CharData:
			if depth == 0 {
				if len(bytes.TrimSpace(t)) > 0 {
					return nil, errors.New("not an SVG document: text outside <svg>")
				}
				continue
			}
			if skip == 0 {
				w.text(t)
			}
		}
	}
	if !root {
		return nil, errors.New("not an SVG document: no <svg> element")
	}
	if depth != 0 {
		return nil, errors.New("not well-formed SVG: unclosed elements")
	}
	return w.bytes(), nil
}

// tableElements are the HTML elements a table may keep; others are
// dropped, their text kept.
var tableElements = map[string]bool{
	"table": true, "caption": true, "colgroup": true, "col": true, "thead": true, "tbody": true,
	"tfoot": true, "tr": true, "th": true, "td": true, "p": true, "br": true, "span": true,
	"em": true, "strong": true, "b": true, "i": true, "code": true, "sub": true, "sup": true,
	"small": true, "abbr": true, "a": true, "div": true,
}

// tableAttrs are the attributes a table's elements may keep.
var tableAttrs = map[string]bool{
	"class": true, "colspan": true, "rowspan": true, "scope": true, "align": true,
	"title": true, "headers": true, "href": true, "span": true,
}

// sanitizeTable returns an HTML table fragment with only table and inline
// text elements and harmless attributes; script and style elements are
// dropped with their content, other elements with their tags only. It
// fails on HTML that is not well-formed enough to parse as XML (void
// elements such as <br> are understood).
func sanitizeTable(h string) ([]byte, error) {
	d := xml.NewDecoder(strings.NewReader(h))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	w := xmlWriter{html: true}
	var open []bool // for each open element, whether it was kept
	skip := 0
	for {
		tok, err := d.Token() // not RawToken: Token closes void elements
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("table HTML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if skip > 0 || name == "script" || name == "style" {
				skip++
				continue
			}
			keep := t.Name.Space == "" && tableElements[name]
			open = append(open, keep)
			if keep {
				w.start(xml.Name{Local: name}, safeAttrs(t.Attr, tableAttrs))
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			if len(open) == 0 {
				return nil, errors.New("table HTML: unbalanced end tag")
			}
			if open[len(open)-1] {
				w.end(xml.Name{Local: strings.ToLower(t.Name.Local)})
			}
			open = open[:len(open)-1]
		case xml.CharData:
			if skip == 0 {
				w.text(t)
			}
		}
	}
	if len(open) != 0 || skip != 0 {
		return nil, errors.New("table HTML: unclosed elements")
	}
	return w.bytes(), nil
}

// safeAttrs keeps the attributes of allowed (nil: any) that are no event
// handler and no link to a script or a non-image data: URL.
func safeAttrs(attrs []xml.Attr, allowed map[string]bool) []xml.Attr {
	var out []xml.Attr
	for _, a := range attrs {
		local := strings.ToLower(a.Name.Local)
		if strings.HasPrefix(local, "on") || allowed != nil && (a.Name.Space != "" || !allowed[local]) {
			continue
		}
		if (local == "href" || local == "src") && !safeURL(a.Value) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// safeURL reports whether a link may stay: not javascript:, vbscript: or a
// data: URL other than an image.
func safeURL(u string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(u) {
		if r > ' ' {
			b.WriteRune(r)
		}
	}
	s := b.String()
	switch {
	case strings.HasPrefix(s, "javascript:"), strings.HasPrefix(s, "vbscript:"):
		return false
	case strings.HasPrefix(s, "data:"):
		for _, t := range []string{"data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"} {
			if strings.HasPrefix(s, t) {
				return true
			}
		}
		return false
	}
	return true
}

// xmlWriter writes elements, attributes and text escaped, an element with
// nothing inside as <x/> (for HTML, only the void elements br and col:
// <td/> would open an element that never closes).
type xmlWriter struct {
	buf     bytes.Buffer
	html    bool // write HTML, not XML
	pending bool // a start tag waits for its ">" or "/>"
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

func (w *xmlWriter) flush() {
	if w.pending {
		w.buf.WriteByte('>')
		w.pending = false
	}
}

func (w *xmlWriter) start(n xml.Name, attrs []xml.Attr) {
	w.flush()
	w.buf.WriteString("<" + qname(n))
	for _, a := range attrs {
		w.buf.WriteString(" " + qname(a.Name) + `="`)
		escape(&w.buf, a.Value, true)
		w.buf.WriteByte('"')
	}
	w.pending = true
}

func (w *xmlWriter) end(n xml.Name) {
	if w.html && (n.Local == "br" || n.Local == "col") && !w.pending {
		return // </br>: already closed
	}
	if w.pending && (!w.html || n.Local == "br" || n.Local == "col") {
		w.buf.WriteString("/>")
		w.pending = false
		return
	}
	w.flush()
	w.buf.WriteString("</" + qname(n) + ">")
}

func (w *xmlWriter) text(t []byte) {
	w.flush()
	escape(&w.buf, string(t), false)
}

func (w *xmlWriter) bytes() []byte {
	w.flush()
	return w.buf.Bytes()
}

// escape writes s with &, < and > (and in attributes ") escaped.
func escape(b *bytes.Buffer, s string, attr bool) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
}
