// Package csv writes graphs as two CSV tables, nodes and edges, for
// spreadsheets, pandas and R. The columns are package encoding's schema:
// nodes start with id, edges with source and target; lists are JSON text;
// each free attribute key is a column of its own. Rows follow the graph's
// order (actors by ID, relations as added), so output is deterministic.
package csv

import (
	stdcsv "encoding/csv"
	"io"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding"
)

// Marshal writes g's actors to nodes and its relations to edges, each with
// a header row.
func Marshal(nodes, edges io.Writer, g *graph.Graph) error {
	if err := MarshalNodes(nodes, g); err != nil {
		return err
	}
	return MarshalEdges(edges, g)
}

// MarshalNodes writes the node table.
func MarshalNodes(w io.Writer, g *graph.Graph) error {
	keys := encoding.NodeKeys(g)
	cw := stdcsv.NewWriter(w)
	header := []string{"id"}
	for _, k := range keys {
		header = append(header, k.Name)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for a := range g.Actors() {
		vals := encoding.NodeValues(a)
		row := []string{a.ID}
		for _, k := range keys {
			row = append(row, vals[k.Name])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// MarshalEdges writes the edge table.
func MarshalEdges(w io.Writer, g *graph.Graph) error {
	keys := encoding.EdgeKeys(g)
	cw := stdcsv.NewWriter(w)
	header := []string{"source", "target"}
	for _, k := range keys {
		header = append(header, k.Name)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for r := range g.Relations() {
		k, _ := g.Kind(r.Kind)
		vals := encoding.EdgeValues(r, k)
		row := []string{r.From, r.To}
		for _, key := range keys {
			row = append(row, vals[key.Name])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
