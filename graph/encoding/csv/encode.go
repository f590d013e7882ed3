package csv

import (
	"bytes"
	stdcsv "encoding/csv"
	"errors"
	"fmt"
	"io"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
	"github.com/diplograph/diplograph/graph/encoding/internal/schema"
	"github.com/diplograph/diplograph/internal/csvsafe"
)

// An Encoder writes graphs as two CSV tables, nodes and edges.
type Encoder struct {
	// Simple writes the graph as a simple weighted directed graph, the
	// form measures in other tools expect: the edge table gets a "cost"
	// column = 1/weight after "weight", and Encode fails with
	// encoding.ErrNotSimple on two relations from one actor to another or
	// on a relation of a symmetric kind, so that each row is the one edge
	// of its ordered pair. Use it on a projection's graph
	// (analysis.Projection.Simple). Default false: one row per relation.
	Simple bool
	// NoFormulaGuard writes every value exactly as it is. By default a
	// text value that a spreadsheet would run as a formula (it starts with
	// '=', '+', '-', '@', a tab, a carriage return or a line feed and is
	// not a number, such as "=HYPERLINK(...)") is written behind an
	// apostrophe, which spreadsheets read as "text" and do not show.
	// Default false: guarded.
	NoFormulaGuard bool

	nodes, edges io.Writer
}

// NewEncoder returns an encoder that writes the node table to nodes and
// the edge table to edges. Either may be nil: that table is not written.
func NewEncoder(nodes, edges io.Writer) *Encoder { return &Encoder{nodes: nodes, edges: edges} }

// Encode writes g's actors to the node table and its relations to the edge
// table, each with a header row. Both tables are made in full before
// either is written, so an encoding error writes nothing.
//
// Encode fails with an *encoding.Error wrapping encoding.ErrNotUTF8 if a
// string of g is not valid UTF-8, and in simple mode with one wrapping
// encoding.ErrNotSimple if g is not simple.
func (e *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return errors.New("csv: Encode of a nil graph")
	}
	if err := schema.CheckUTF8(g); err != nil {
		return err
	}
	if e.Simple {
		if err := schema.CheckSimple(g); err != nil {
			return err
		}
	}
	var nodes, edges bytes.Buffer
	if e.nodes != nil {
		if err := nodeTable(&nodes, g, e.cell); err != nil {
			return err
		}
	}
	if e.edges != nil {
		if err := edgeTable(&edges, g, e.Simple, e.cell); err != nil {
			return err
		}
	}
	for _, t := range []struct {
		w   io.Writer
		buf *bytes.Buffer
	}{{e.nodes, &nodes}, {e.edges, &edges}} {
		if t.w == nil {
			continue
		}
		if _, err := t.w.Write(t.buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// cell is a value as written: guarded against formulas unless
// NoFormulaGuard.
func (e *Encoder) cell(s string) string {
	if e.NoFormulaGuard {
		return s
	}
	return csvsafe.Cell(s)
}

// nodeTable writes the node table to buf, each value through cell.
func nodeTable(buf *bytes.Buffer, g *graph.Graph, cell func(string) string) error {
	keys := schema.NodeKeys(g)
	cw := stdcsv.NewWriter(buf)
	header := []string{"id"}
	for _, k := range keys {
		header = append(header, k.Name)
	}
	_ = cw.Write(header) // writes to a bytes.Buffer cannot fail
	for a := range g.Actors() {
		vals, err := schema.NodeValues(a)
		if err != nil {
			return &encoding.Error{Item: fmt.Sprintf("node %q", a.ID), Err: err}
		}
		row := []string{cell(a.ID)}
		for _, k := range keys {
			row = append(row, cell(vals[k.Name]))
		}
		_ = cw.Write(row)
	}
	cw.Flush()
	return nil
}

// edgeTable writes the edge table to buf, with a cost column if simple,
// each value through cell.
func edgeTable(buf *bytes.Buffer, g *graph.Graph, simple bool, cell func(string) string) error {
	keys := schema.EdgeKeys(g)
	if simple {
		keys = schema.SimpleEdgeKeys(g)
	}
	cw := stdcsv.NewWriter(buf)
	header := []string{"source", "target"}
	for _, k := range keys {
		header = append(header, k.Name)
	}
	_ = cw.Write(header) // writes to a bytes.Buffer cannot fail
	for r := range g.Relations() {
		k, _ := g.Kind(r.Kind)
		vals, err := schema.EdgeValues(r, k)
		if err != nil {
			return &encoding.Error{Item: fmt.Sprintf("edge %q", r.ID), Err: err}
		}
		if simple {
			vals[schema.CostKey] = schema.FormatWeight(schema.Cost(r.Weight))
		}
		row := []string{cell(r.From), cell(r.To)}
		for _, key := range keys {
			row = append(row, cell(vals[key.Name]))
		}
		_ = cw.Write(row)
	}
	cw.Flush()
	return nil
}
