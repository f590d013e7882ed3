package events

import (
	"bytes"
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

// fuzzIngest reads data as format through an Ingester in every
// configuration that changes the code path, and checks that nothing panics,
// every row is accounted for and the graph builds.
func fuzzIngest(t *testing.T, data []byte, format Dataset) {
	cfgs := []struct {
		Options
		strict bool
	}{
		{Options{Mapping: fuzzMapping}, false},
		{Options{Mapping: fuzzMapping, Actors: ActorsCountry, Aggregate: PerWeek, Weight: WeightCount, MaxEvidence: 2, IndexEvents: true}, true},
		{Options{Mapping: fuzzMapping, Actors: ActorsRole, Aggregate: PerMonth, RootOnly: true, Codes: []string{"04", "19", "11"}}, false},
	}
	for _, c := range cfgs {
		cfg, strict := c.Options, c.strict
		{
			in, err := NewIngester(cfg)
			if err != nil {
				t.Fatal(err)
			}
			r := NewReader(bytes.NewReader(data), Options{Dataset: format, Strict: strict, MaxLineBytes: 4096})
			err = in.Read(context.Background(), r)
			// A second input of mentions exercises the event index.
			if format != GDELT2Mentions {
				in.Read(context.Background(), NewReader(bytes.NewReader(data), Options{Dataset: GDELT2Mentions}))
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
	f.Fuzz(func(t *testing.T, data []byte) { fuzzIngest(t, data, GDELT2Mentions) })
}

func FuzzReadAuto(f *testing.F) {
	for _, name := range []string{"spark-gdelt.events.csv", "spark-gdelt.events1.csv", "spark-gdelt.mentions.csv"} {
		addSeeds(f, name, 2)
	}
	addSeeds(f, "events.2018.sample.tab.gz", 3)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzIngest(t, data, Auto) })
}

// FuzzAdd gives the Ingester events built by a caller, not read from a
// file: any dataset, date, code, actor and numbers. Nothing may panic, every
// event is accounted for, and the graph builds.
func FuzzAdd(f *testing.F) {
	f.Add(uint8(GDELT2), "1", "2018-01-01", "040", "RUSGOV", "RUS", "UKR", "UKR", 1.0, uint8(PerWeek))
	f.Add(uint8(ICEWS), "27467489", "2010-06", "1383", "Sergey Lavrov", "RUS", "Kyiv Post", "", -7.0, uint8(PerMonth))
	f.Add(uint8(GDELT1), "x1", "", "19", "IGOUNO", "", "USA", "USA", math.NaN(), uint8(PerDay))
	f.Add(uint8(GDELT2Mentions), "", "9999-12-31", "x", "", "", "", "", math.Inf(1), uint8(9))
	f.Add(uint8(ICEWS), "10 ", "0", "10", "0", "0", " ", "0", 1.0, uint8(44)) // a blank name, a bad country, a bad story ID
	f.Fuzz(func(t *testing.T, dataset uint8, id, day, code, actor1, country1, actor2, country2 string, goldstein float64, period uint8) {
		in, err := NewIngester(Options{Mapping: fuzzMapping, Aggregate: Period(period % uint8(numPeriods)), MaxEvidence: 2})
		if err != nil {
			t.Fatal(err)
		}
		d, _ := date.Parse(day) // the zero Date when day is not a date
		ids := []string{id, "2", "3"}
		for i, side := range [][2]string{{actor1, country1}, {actor2, country1}, {actor1, country2}} {
			ev := Event{Dataset: Dataset(dataset), ID: ids[i], Date: d, Code: code, Goldstein: goldstein,
				Actor1: Actor{Code: side[0], Name: side[0], Country: side[1]}, Actor2: Actor{Code: actor2, Name: actor2, Country: country2},
				SourceURL: "https://example.org/" + side[0], StoryID: id, Publisher: actor2, AvgTone: goldstein}
			in.Add(ev)
			in.AddMention(Mention{EventID: ev.ID, Type: 1 + i, Identifier: "https://example.org/m/" + code, SourceName: actor2})
		}
		rep := in.Report()
		if err := rep.Check(); err != nil || rep.Rows != 6 {
			t.Fatalf("%v: %+v", err, rep)
		}
		g, err := in.Graph()
		if err != nil {
			t.Fatal(err)
		}
		checkGraph(t, g)
	})
}

// FuzzMappingLoad loads any table over the default mapping: it fails with
// ErrConfig or succeeds, never panics, and what it loads writes out as a
// table that loads back to the same rules (the writer's round trip).
func FuzzMappingLoad(f *testing.F) {
	var def bytes.Buffer
	if _, err := DefaultMapping().WriteTo(&def); err != nil {
		f.Fatal(err)
	}
	f.Add(def.String())
	f.Add("kind\texpelled-diplomats\t-1\t-4\tdirected\tevent\t1663\tExpelling diplomats.\n1663\texpelled-diplomats\n")
	f.Add("1056\tdemanded\n# comment\n\n04\tmet\n")
	f.Add("kind\tx\t2\n041\tnope\n12\n")
	f.Add("kind\tsym\t0\tNaN\tsymmetric\tstate\t\t\t\n")
	f.Fuzz(func(t *testing.T, table string) {
		m := DefaultMapping()
		if err := m.Load(strings.NewReader(table), "t.tsv"); err != nil {
			if !errors.Is(err, ErrConfig) {
				t.Fatalf("error %v does not wrap ErrConfig", err)
			}
			return
		}
		var out bytes.Buffer
		if _, err := m.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		back := DefaultMapping()
		if err := back.Load(bytes.NewReader(out.Bytes()), "out.tsv"); err != nil {
			t.Fatalf("written table does not load: %v\n%s", err, out.String())
		}
		if a, b := m.Rules(), back.Rules(); !slices.Equal(a, b) {
			t.Fatalf("round trip changed the rules")
		}
	})
}

// FuzzParseNames: every Parse function accepts a name only if it is (in
// some case) one of the names String gives or a documented alias, and
// fails otherwise with its sentinel.
func FuzzParseNames(f *testing.F) {
	for _, s := range []string{"gdelt2", "ICEWS", "mentions", "week", "event", "role", "count", "no-country", "", "x"} {
		f.Add(s)
	}
	check := func(t *testing.T, s, got string, err error, sentinel error, aliases ...string) {
		if err != nil {
			if !errors.Is(err, sentinel) {
				t.Fatalf("%q: error %v does not wrap %v", s, err, sentinel)
			}
			return
		}
		if !strings.EqualFold(s, got) && !slices.ContainsFunc(aliases, func(a string) bool { return strings.EqualFold(s, a) }) {
			t.Fatalf("%q parsed as %q", s, got)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDataset(s)
		check(t, s, d.String(), err, ErrFormat, "mentions")
		p, err := ParsePeriod(s)
		check(t, s, p.String(), err, ErrConfig, "event")
		g, err := ParseGranularity(s)
		check(t, s, g.String(), err, ErrConfig)
		w, err := ParseWeighting(s)
		check(t, s, w.String(), err, ErrConfig)
		r, err := ParseReason(s)
		check(t, s, r.String(), err, ErrConfig)
	})
}

// FuzzReadActorTable checks that any table either reads, every ID valid
// and every value non-empty, or fails with ErrConfig.
func FuzzReadActorTable(f *testing.F) {
	f.Add([]byte("# countries\ncrimea=UKR\ndonetsk\tUKR\n"))
	f.Add([]byte("x=\n=y\nbad id=1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadActorTable(bytes.NewReader(data), "fuzz")
		if err != nil {
			if !errors.Is(err, ErrConfig) {
				t.Fatalf("error %v does not wrap ErrConfig", err)
			}
			return
		}
		for id, v := range m {
			if actors.ValidateID(id) != nil || v == "" {
				t.Fatalf("read %q=%q", id, v)
			}
		}
	})
}
