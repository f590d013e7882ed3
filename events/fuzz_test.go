package events

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// fuzzIngest reads data as format through an Ingester in every
// configuration that changes the code path, and checks that nothing panics,
// every row is accounted for and the graph builds.
func fuzzIngest(t *testing.T, data []byte, format Format) {
	cfgs := []struct {
		Config
		strict bool
	}{
		{Config{Mapping: fuzzMapping}, false},
		{Config{Mapping: fuzzMapping, Actors: ActorsCountry, Aggregate: Week, Weight: WeightCount, MaxEvidence: 2, IndexEvents: true}, true},
		{Config{Mapping: fuzzMapping, Actors: ActorsRole, Aggregate: Month, Filter: Filter{RootOnly: true, Codes: []string{"04", "19", "11"}}}, false},
	}
	for _, c := range cfgs {
		cfg, strict := c.Config, c.strict
		{
			in, err := NewIngester(cfg)
			if err != nil {
				t.Fatal(err)
			}
			r := NewReader(bytes.NewReader(data), Options{Format: format, Strict: strict, MaxLineBytes: 4096})
			err = in.Read(context.Background(), r)
			// A second input of mentions exercises the event index.
			if format != GDELT2Mention {
				in.Read(context.Background(), NewReader(bytes.NewReader(data), Options{Format: GDELT2Mention}))
			}
			rep := in.Report()
			if cerr := rep.Check(); cerr != nil {
				t.Fatalf("%v (read error %v)", cerr, err)
			}
			var re *RowError
			if err != nil && !errors.As(err, &re) && !errors.Is(err, ErrFormat) {
				t.Fatalf("unexpected error %v", err)
			}
			if err != nil && errors.As(err, &re) && !strict {
				t.Fatalf("lenient reader stopped at a bad row: %v", err)
			}
			g, gerr := in.Graph()
			if gerr != nil {
				t.Fatal(gerr)
			}
			checkGraph(t, g)
		}
	}
}

// fuzzMapping is shared: an Ingester only reads its mapping.
var fuzzMapping = DefaultMapping()

func addSeeds(f *testing.F, name string, n int) {
	rows := sampleRows(f, name)
	if len(rows) > n {
		rows = rows[:n]
	}
	all := strings.Join(rows, "\n") + "\n"
	f.Add([]byte(all))
	f.Add([]byte(rows[len(rows)-1]))
	f.Add([]byte(strings.ReplaceAll(all, "\t0\t", "\t\t")))
	f.Add([]byte(strings.ReplaceAll(all, "\n", "\r\n")))
	f.Add([]byte(strings.Repeat(rows[len(rows)-1]+"\n", 3))) // duplicates
	f.Add([]byte(""))
	f.Add([]byte("\xff\t\n\t\t\n"))
}

func FuzzReadGDELT2(f *testing.F) {
	addSeeds(f, "spark-gdelt.events.csv", 3)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzIngest(t, data, GDELT2) })
}

func FuzzReadGDELT1(f *testing.F) {
	addSeeds(f, "spark-gdelt.events1.csv", 3)
	addSeeds(f, "spark-gdelt.events1.csv", 100)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzIngest(t, data, GDELT1) })
}

func FuzzReadICEWS(f *testing.F) {
	addSeeds(f, "events.2018.sample.tab.gz", 4)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzIngest(t, data, ICEWS) })
}

func FuzzReadMentions(f *testing.F) {
	addSeeds(f, "spark-gdelt.mentions.csv", 3)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzIngest(t, data, GDELT2Mention) })
}

func FuzzReadAuto(f *testing.F) {
	for _, name := range []string{"spark-gdelt.events.csv", "spark-gdelt.events1.csv", "spark-gdelt.mentions.csv"} {
		addSeeds(f, name, 2)
	}
	addSeeds(f, "events.2018.sample.tab.gz", 3)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzIngest(t, data, Auto) })
}
