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
		"2414 rows read", "359 events -> 320 relations, 111 actors, 125 sources", "222 repeats and 21 mirror halves folded", "0 rejected", "1812 skipped",
		"missing-actor1 244", "missing-actor2 766", "no-country 789", "same-actor 13",
		"role GOV -> organization 17",
		"top 10 of 111 actors by PageRank",
		"| 1 United States 0.0672 United States 0.427 (47) |",
		"| 2 Israel 0.0404 Israel 0.264 (29) |",
		"visited 56 (sign +)", "fought 23 (sign -)", "make-statement 22 (sign 0)",
		"wrote gdelt-top30.svg (30 actors, 142 relations)",
		// The GDELT day between states as a dyad diagram.
		"261 events -> 227 relations, 59 actors (210 repeats and 17 mirror halves folded)",
		"wrote gdelt-dyads.svg (80 pairs; busiest ISR-PSE x31, mean Goldstein -2.5; most hostile ALQ-LBN x6, -10.0)",
		// ICEWS among Russia, Ukraine and the United States, event by event,
		// mirror pairs folded, Crimea Ukrainian.
		"3705 rows read", "82 events -> 82 relations, 45 actors, 62 sources", "1 repeats and 13 mirror halves folded", "filtered-country 3609",
		"country of crimea set to UKR: 1 event sides", "kind of crimea set to territory: 1 actors",
		"ICEWS sectors: Executive Office -> leader 5 e.g. donald-trump, vladimir-putin",
		"RUS -> USA: agreed-to-meet 2, appealed 5,", "USA -> UKR: backs 1, consulted 1 |",
		"2018-06-01 Sergey Viktorovich Lavrov appealed to United States (CAMEO 020, Goldstein 3; ITAR Tass)",
		"2018-06-01 Donald Trump rejected Russia (CAMEO 120, Goldstein -4;",
		"wrote icews-ru-ua-us.svg (45 actors, 82 relations)",
		"wrote icews-dyads.svg (46 pairs; busiest RUS-UKR x14, mean Goldstein +2.1;",
		// State level, beside the actor level.
		"state level: 41 actors folded into their states, 0 kept, 32 relations within one state dropped; 4 actors, 50 relations",
		"wrote icews-states.svg (7 pairs; busiest RUS-UKR x14, mean Goldstein +1.7; most hostile crimea-RUS x1, -5.0)",
	} {
		if !strings.Contains(text, fact) {
			t.Errorf("output does not show %q", fact)
		}
	}

	for _, tt := range []struct {
		name   string
		actors []string // names the diagram must show, each a text of its own
		texts  []string // text it must hold: labels, the title, the legend
	}{
		{"gdelt-top30.svg", []string{"United States", "Israel", "China", "Al Qaeda"}, nil},
		{"icews-ru-ua-us.svg", []string{"Russia", "Ukraine", "United States", "Sergey Viktorovich Lavrov", "Donald Trump"}, nil},
		{"gdelt-dyads.svg", []string{"Israel", "Occupied Palestinian Territory", "United States", "Al Qaeda", "×31"}, []string{
			"237 events between 54 actors, the 80 busiest pairs, 1 Jan 2018", "Mean Goldstein", "+5 or more: cooperative", "Events"}},
		{"icews-dyads.svg", []string{"Russia", "Ukraine", "United States", "Crimea", "×14"}, []string{"82 events between 45 actors on 46 pairs, 1 Jun 2018 – 2 Jun 2018",
			"Data: ICEWS. Sources: 62 documents from 17 publishers", "Mean Goldstein"}},
		{"icews-states.svg", []string{"Russia", "Ukraine", "United States", "Crimea", "×14", "×11", "territory"}, []string{"state to state",
			"50 events between 4 actors on 7 directed pairs"}},
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
		for _, s := range tt.texts {
			if !bytes.Contains(b, []byte(s)) {
				t.Errorf("%s does not show %q", tt.name, s)
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
