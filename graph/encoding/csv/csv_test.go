package csv

import (
	"bytes"
	stdcsv "encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/internal/graphtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestGolden(t *testing.T) {
	g := graphtest.Rich()
	var nodes, edges bytes.Buffer
	if err := Marshal(&nodes, &edges, g); err != nil {
		t.Fatal(err)
	}
	for name, buf := range map[string]*bytes.Buffer{"nodes": &nodes, "edges": &edges} {
		t.Run(name, func(t *testing.T) {
			golden := filepath.Join("testdata", "rich."+name+".csv.golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s", golden)
			}
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
