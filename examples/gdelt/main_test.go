package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/golden"
)

// TestRun runs the example and compares what it prints with
// testdata/output.golden (go test -update rewrites it); the output must also
// show the facts below, so that rewriting the golden file cannot hide a
// regression, and the diagrams must be well-formed SVG naming the leading
// actors.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(context.Background(), &out, dir, 10); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "output.golden", out.Bytes())

	// Facts, compared with runs of spaces made one.
	text := strings.Join(strings.Fields(strings.ReplaceAll(out.String(), "\n", " | ")), " ")
	for _, fact := range []string{
		// GDELT 2.0 at role granularity, per month, every row accounted for.
		"2414 rows read", "602 events -> 341 relations, 111 actors, 125 sources", "0 rejected", "1812 skipped",
		"missing-actor1 244", "missing-actor2 766", "no-country 789", "same-actor 13",
		"top 10 of 111 actors by PageRank",
		"| 1 United States 0.0672 United States 0.427 (47) |",
		"| 2 Israel 0.0404 Israel 0.264 (29) |",
		"visited 56 (sign +)", "fought 23 (sign -)", "make-statement 22 (sign 0)",
		"wrote gdelt-top30.svg (30 actors, 151 relations)",
		// ICEWS among Russia, Ukraine and the United States, event by event.
		"3705 rows read", "96 events -> 96 relations, 45 actors, 62 sources", "filtered-country 3609",
		"RUS -> USA: agreed-to-meet 2, appealed 5,", "USA -> UKR: backs 1, consulted 1 |",
		"2018-06-01 Sergey Viktorovich Lavrov appealed to United States (CAMEO 020, Goldstein 3; ITAR Tass)",
		"2018-06-01 Donald Trump rejected Russia (CAMEO 120, Goldstein -4;",
		"wrote icews-ru-ua-us.svg (45 actors, 96 relations)",
	} {
		if !strings.Contains(text, fact) {
			t.Errorf("output does not show %q", fact)
		}
	}

	for _, tt := range []struct {
		name   string
		actors []string // names the diagram must show
	}{
		{"gdelt-top30.svg", []string{"United States", "Israel", "China", "Al Qaeda"}},
		{"icews-ru-ua-us.svg", []string{"Russia", "Ukraine", "United States", "Sergey Viktorovich Lavrov", "Donald Trump"}},
	} {
		b, err := os.ReadFile(filepath.Join(dir, tt.name))
		if err != nil {
			t.Fatal(err)
		}
		if !wellFormedSVG(t, tt.name, b) {
			t.Errorf("%s has no svg element", tt.name)
		}
		for _, a := range tt.actors {
			if !bytes.Contains(b, []byte(">"+a+"<")) {
				t.Errorf("%s does not show %s", tt.name, a)
			}
		}
	}
}

// wellFormedSVG reads b as XML and reports whether it has an svg element.
func wellFormedSVG(t *testing.T, name string, b []byte) bool {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	svg := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return svg
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "svg" {
			svg = true
		}
	}
}
