// Package drawtest reads back, for tests, the DOT and SVG that package
// render writes: the actors, relations, boxes and graph label a drawing
// shows, each with its element ID, classes and text. Tests check golden
// files with it for the facts they must show, so that a regenerated golden
// file cannot hide a regression, and [ReadSVG] is the one place that checks
// an SVG is well-formed, safe XML.
package drawtest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
	"testing"
)

// Drawing is what a DOT document or an SVG drawing shows.
type Drawing struct {
	Nodes    []Element // actors, in the order of the file
	Edges    []Element // relations and bundles of relations, in the order of the file
	Clusters []Element // country boxes, in the order of the file
	Label    []string  // the runs of text of the graph's label: title, source line, legend
}

// Element is a node, an edge or a cluster of a drawing.
type Element struct {
	ID    string   // element ID: "a-" + actor ID, "r-" + relation ID, "b-" + ID of a bundle's first relation, "c-" + country code
	Class []string // classes, without Graphviz's own "node", "edge" and "cluster"
	Name  string   // node: the actor ID; edge: "from->to"; cluster: the subgraph's name (DOT only)
	Text  []string // the runs of text of its label, each trimmed, none empty
}

// ReadSVG reads an SVG drawing and fails t if it is not well-formed XML
// or is unsafe: a script or foreignObject element, an event-handler
// attribute (on...), or a link that is not http or https.
func ReadSVG(t testing.TB, svg []byte) Drawing {
	t.Helper()
	d, err := readSVG(svg)
	if err != nil {
		t.Fatalf("SVG: %v", err)
	}
	return d
}

func readSVG(svg []byte) (Drawing, error) {
	var d Drawing
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = true
	// Elements are appended as they start, so owners hold indexes, not
	// pointers, until the end.
	type ref struct {
		list  *[]Element
		i     int
		graph bool
	}
	var stack []ref
	var text *strings.Builder // the <text> or <title> being read
	var unsafe []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return d, fmt.Errorf("not well-formed XML: %w", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			unsafe = append(unsafe, unsafeParts(tok)...)
			cur := ref{i: -1}
			if len(stack) > 0 {
				cur = stack[len(stack)-1]
			}
			switch tok.Name.Local {
			case "g":
				class := strings.Fields(attr(tok, "class"))
				if len(class) > 0 {
					el := Element{ID: attr(tok, "id"), Class: class[1:]}
					switch class[0] {
					case "graph":
						cur = ref{i: -1, graph: true}
					case "node":
						d.Nodes = append(d.Nodes, el)
						cur = ref{list: &d.Nodes, i: len(d.Nodes) - 1}
					case "edge":
						d.Edges = append(d.Edges, el)
						cur = ref{list: &d.Edges, i: len(d.Edges) - 1}
					case "cluster":
						d.Clusters = append(d.Clusters, el)
						cur = ref{list: &d.Clusters, i: len(d.Clusters) - 1}
					}
				}
			case "text", "title":
				text = &strings.Builder{}
			}
			stack = append(stack, cur)
		case xml.CharData:
			if text != nil {
				text.Write(tok)
			}
		case xml.EndElement:
			cur := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if text == nil || tok.Name.Local != "text" && tok.Name.Local != "title" {
				continue
			}
			s := text.String()
			text = nil
			switch {
			case tok.Name.Local == "title" && cur.list != nil:
				(*cur.list)[cur.i].Name = s
			case tok.Name.Local == "title":
			case cur.list != nil:
				el := &(*cur.list)[cur.i]
				el.Text = appendRun(el.Text, s)
			case cur.graph:
				d.Label = appendRun(d.Label, s)
			}
		}
	}
	if len(unsafe) > 0 {
		return d, errors.New(strings.Join(unsafe, "; "))
	}
	return d, nil
}

// unsafeParts says what is unsafe about an SVG element.
func unsafeParts(el xml.StartElement) []string {
	var out []string
	if strings.EqualFold(el.Name.Local, "script") || strings.EqualFold(el.Name.Local, "foreignObject") {
		out = append(out, fmt.Sprintf("holds a <%s> element", el.Name.Local))
	}
	for _, a := range el.Attr {
		if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
			out = append(out, fmt.Sprintf("element <%s> has an event attribute %s=%q", el.Name.Local, a.Name.Local, a.Value))
		}
		if a.Name.Local == "href" && !strings.HasPrefix(a.Value, "https://") && !strings.HasPrefix(a.Value, "http://") {
			out = append(out, fmt.Sprintf("element <%s> links to %q", el.Name.Local, a.Value))
		}
	}
	return out
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// appendRun appends s, trimmed, unless it is blank.
func appendRun(runs []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		runs = append(runs, s)
	}
	return runs
}

// htmlRuns returns the runs of text of a Graphviz HTML-like label: the
// text between its tags, split at every tag, entities decoded and the
// doubled backslashes of package render's escaping undone.
func htmlRuns(label string) ([]string, error) {
	dec := xml.NewDecoder(strings.NewReader("<x>" + label + "</x>"))
	dec.Strict = true
	var runs []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return runs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("HTML-like label is not well-formed: %w", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			runs = appendRun(runs, strings.ReplaceAll(string(cd), `\\`, `\`))
		}
	}
}

// quotedRuns returns the lines of a quoted label: escString's "\\" as a
// backslash, "\n", "\l" and "\r" as line breaks, entities decoded.
func quotedRuns(label string) []string {
	var b strings.Builder
	for i := 0; i < len(label); i++ {
		if label[i] == '\\' && i+1 < len(label) {
			i++
			switch label[i] {
			case 'n', 'l', 'r':
				b.WriteByte('\n')
			default:
				b.WriteByte(label[i])
			}
			continue
		}
		b.WriteByte(label[i])
	}
	var runs []string
	for _, l := range strings.Split(html.UnescapeString(b.String()), "\n") {
		runs = appendRun(runs, l)
	}
	return runs
}
