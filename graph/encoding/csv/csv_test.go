package csv

import (
	"bytes"
	stdcsv "encoding/csv"
	"testing"

	"github.com/diplograph/diplograph/internal/golden"
	"github.com/diplograph/diplograph/internal/graphtest"
)

func TestGolden(t *testing.T) {
	g := graphtest.Rich()
	var nodes, edges bytes.Buffer
	if err := Marshal(&nodes, &edges, g); err != nil {
		t.Fatal(err)
	}
	for name, buf := range map[string]*bytes.Buffer{"nodes": &nodes, "edges": &edges} {
		t.Run(name, func(t *testing.T) {
			golden.Check(t, "rich."+name+".csv.golden", buf.Bytes())
			rows, err := stdcsv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			n := g.NumActors()
			if name == "edges" {
				n = g.NumRelations()
			}
			if len(rows) != n+1 {
				t.Errorf("%d rows, want %d and a header", len(rows)-1, n)
			}
		})
	}
}
