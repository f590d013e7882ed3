package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"slices"
	"strings"
)

// The namespaces an SVG figure may use.
const (
	svgNS   = "http://www.w3.org/2000/svg"
	xlinkNS = "http://www.w3.org/1999/xlink"
	xmlNS   = "http://www.w3.org/XML/1998/namespace"
)

// svgElements are the SVG elements a figure keeps: shapes, text, groups,
// links, and the paint servers, clips and markers they refer to. Anything
// else - script, style, foreignObject, image, animation, filters (feImage
// loads URLs) - is dropped with its content.
var svgElements = map[string]bool{
	"svg": true, "g": true, "defs": true, "title": true, "desc": true, "symbol": true, "use": true, "switch": true,
	"path": true, "rect": true, "circle": true, "ellipse": true, "line": true, "polyline": true, "polygon": true,
	"text": true, "tspan": true, "textPath": true, "a": true,
	"linearGradient": true, "radialGradient": true, "stop": true, "clipPath": true, "mask": true, "pattern": true, "marker": true,
}

// svgOptions says how sanitizeSVG writes a figure.
type svgOptions struct {
	prefix string // put before every id and local reference, to keep ids unique in a page; "" for none
	// diagram, if set, annotates render's nodes and edges for the
	// interactive diagram and collects what the drawing shows.
	diagram *drawing
}

// drawing is what an SVG from package render shows: the actors of its
// nodes and the relations of its edges (a bundle by its first relation).
type drawing struct {
	name    func(id string) (string, bool) // the name of an actor of the graph
	actors  []string
	edges   []string // relation IDs, of single edges and of bundles' first relations
	bundles []string
}

// urlRef matches a url(...) reference in an attribute or a style.
var urlRef = regexp.MustCompile(`(?i)url\(\s*['"]?([^'")\s]*)['"]?\s*\)`)

// sanitizeSVG reads an SVG document and writes it back as a clean <svg>
// element: well-formed XML checked to the end, one root <svg> element, only
// the elements of svgElements, no comments, processing instructions or
// doctype, no event handler (on*) attributes, no attributes of other
// namespaces, links only to http(s) addresses or to ids inside the figure,
// url() references only to ids inside the figure, ids prefixed. Text and
// attribute values are escaped for both XML and HTML, so the result can be
// saved as an .svg file or put inside an HTML page. It fails with
// ErrBadSVG saying what and where.
func sanitizeSVG(src []byte, o svgOptions) ([]byte, error) {
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, fmt.Errorf("%w: empty", ErrBadSVG)
	}
	dec := xml.NewDecoder(bytes.NewReader(src))
	dec.Strict = true
	var out bytes.Buffer
	depth, skip, roots := 0, 0, 0 // skip: depth at which a dropped element began, 0 if none
	var open []bool               // per open element: written (true) or dropped
	pending := false              // a start tag is written up to its '>'
	closeTag := func() {
		if pending {
			out.WriteString(">")
			pending = false
		}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadSVG, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				roots++
				if roots > 1 {
					return nil, fmt.Errorf("%w: more than one root element", ErrBadSVG)
				}
				if t.Name.Local != "svg" || (t.Name.Space != svgNS && t.Name.Space != "") {
					return nil, fmt.Errorf("%w: the root element is <%s>, not <svg>", ErrBadSVG, t.Name.Local)
				}
			}
			keep := skip == 0 && svgElements[t.Name.Local] && (t.Name.Space == svgNS || t.Name.Space == "")
			open = append(open, keep)
			if !keep {
				if skip == 0 {
					skip = depth
				}
				continue
			}
			closeTag()
			out.WriteString("<" + t.Name.Local)
			if depth == 1 {
				out.WriteString(` xmlns="` + svgNS + `" xmlns:xlink="` + xlinkNS + `"`)
			}
			writeAttrs(&out, t, o)
			pending = true
		case xml.EndElement:
			keep := open[len(open)-1]
			open = open[:len(open)-1]
			switch {
			case keep && pending:
				out.WriteString("/>") // no content: <path .../>
				pending = false
			case keep:
				out.WriteString("</" + t.Name.Local + ">")
			}
			if depth == skip {
				skip = 0
			}
			depth--
		case xml.CharData:
			if skip == 0 && depth > 0 {
				closeTag()
				out.WriteString(html.EscapeString(string(t)))
			} else if depth == 0 && len(bytes.TrimSpace(t)) > 0 {
				return nil, fmt.Errorf("%w: text outside the root element", ErrBadSVG)
			}
		}
	}
	if roots == 0 {
		return nil, fmt.Errorf("%w: no <svg> element", ErrBadSVG)
	}
	return out.Bytes(), nil
}

// writeAttrs writes the attributes of a kept element that are safe, with
// ids and local references prefixed and, for a diagram, render's nodes and
// edges annotated.
func writeAttrs(out *bytes.Buffer, t xml.StartElement, o svgOptions) {
	var id, class string
	linked := false // an <a> with a safe address, which gets rel
	for _, a := range t.Attr {
		name, ok := attrName(a.Name)
		if !ok {
			continue
		}
		v := a.Value
		switch {
		case strings.HasPrefix(strings.ToLower(name), "on"):
			continue // event handlers
		case name == "id":
			id, v = v, o.prefix+v
		case name == "class":
			class = v
		case name == "href" || name == "xlink:href":
			var ok bool
			if v, ok = safeRef(t.Name.Local, v, o.prefix); !ok {
				continue
			}
			linked = true
		case name == "rel":
			continue // links get their own
		case name == "target":
			if v != "_blank" {
				continue
			}
		case name == "style" || strings.Contains(strings.ToLower(v), "url("):
			var ok bool
			if v, ok = localURLs(v, o.prefix); !ok {
				continue
			}
			if name == "style" && !safeStyle(v) {
				continue
			}
		}
		out.WriteString(" " + name + `="` + html.EscapeString(v) + `"`)
	}
	if t.Name.Local == "a" && linked {
		out.WriteString(` rel="noopener noreferrer"`)
	}
	if o.diagram != nil && t.Name.Local == "g" {
		o.diagram.annotate(out, id, strings.Fields(class))
	}
}

// attrName returns the name to write for an attribute, or false to drop it:
// plain names, xlink:href and xlink:title, xml:space and xml:lang. Namespace
// declarations are dropped; the root gets its own.
func attrName(n xml.Name) (string, bool) {
	switch n.Space {
	case "":
		if n.Local == "xmlns" || !validName(n.Local) {
			return "", false
		}
		return n.Local, true
	case xlinkNS:
		if n.Local == "href" || n.Local == "title" {
			return "xlink:" + n.Local, true
		}
	case xmlNS:
		if n.Local == "space" || n.Local == "lang" {
			return "xml:" + n.Local, true
		}
	}
	return "", false
}

// validName reports whether s is a plain attribute name: letters, digits,
// '-', '_' and ':' not first.
func validName(s string) bool {
	for i, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '-' || r == '_')
		if !ok {
			return false
		}
	}
	return s != ""
}

// safeRef checks a link: <a> may point to an http(s) address or to an id
// of the figure; any other element only to an id of the figure. Local
// references get the prefix.
func safeRef(element, v, prefix string) (string, bool) {
	if id, ok := strings.CutPrefix(v, "#"); ok && id != "" {
		return "#" + prefix + id, true
	}
	if element == "a" && webURL(v) {
		return v, true
	}
	return "", false
}

// localURLs prefixes the ids of the url(#id) references in v, and fails if
// v refers to anything outside the figure.
func localURLs(v, prefix string) (string, bool) {
	if strings.Count(strings.ToLower(v), "url(") != len(urlRef.FindAllStringIndex(v, -1)) {
		return "", false // a url( the pattern does not read: refuse it
	}
	ok := true
	v = urlRef.ReplaceAllStringFunc(v, func(m string) string {
		id, local := strings.CutPrefix(urlRef.FindStringSubmatch(m)[1], "#")
		if !local || id == "" {
			ok = false
			return m
		}
		return "url(#" + prefix + id + ")"
	})
	return v, ok
}

// safeStyle reports whether a style attribute holds only declarations:
// no escapes, comments, at-rules or legacy script hooks that could hide a
// URL or a script from localURLs.
func safeStyle(v string) bool {
	l := strings.ToLower(v)
	for _, bad := range []string{`\`, "/*", "@", "expression", "javascript", "behavior", "-moz-binding", "<", "image-set", "src("} {
		if strings.Contains(l, bad) {
			return false
		}
	}
	return true
}

// annotate adds to one of render's <g> elements the attributes the
// interactive diagram needs: on a node (class "node", id "a-<actor>") the
// actor's ID, focusability, a role and a label; on an edge (class "edge",
// id "r-<relation>" or, for a bundle of parallel relations, "b-<first
// relation>") the relation's ID.
func (d *drawing) annotate(out *bytes.Buffer, id string, class []string) {
	switch {
	case slices.Contains(class, "node"):
		actor, ok := strings.CutPrefix(id, "a-")
		if !ok {
			return
		}
		d.actors = append(d.actors, actor)
		name, _ := d.name(actor)
		out.WriteString(` data-actor="` + html.EscapeString(actor) + `" tabindex="0" role="button" aria-pressed="false" aria-label="` +
			html.EscapeString(name+": show relations and evidence") + `"`)
	case slices.Contains(class, "edge"):
		if rel, ok := strings.CutPrefix(id, "r-"); ok {
			d.edges = append(d.edges, rel)
			out.WriteString(` data-relation="` + html.EscapeString(rel) + `"`)
		} else if rel, ok := strings.CutPrefix(id, "b-"); ok {
			d.edges = append(d.edges, rel)
			d.bundles = append(d.bundles, rel)
			out.WriteString(` data-bundle="` + html.EscapeString(rel) + `"`)
		}
	}
}

// errNotDrawn is wrapped when a diagram does not match its graph.
var errNotDrawn = errors.New("the SVG does not draw this graph")
