package events_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/events/sample"
	"github.com/diplograph/diplograph/graph"
)

// Ingest two days of ICEWS, keep the dyads among Russia, Ukraine and the
// United States, and fold each actor into its country.
func Example() {
	r, err := events.OpenFS(sample.FS, sample.ICEWS, events.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	in, err := events.NewIngester(events.Options{
		Actors:    events.ActorsCountry,
		Aggregate: events.PerMonth,
		Countries: []string{"RUS", "UKR", "USA"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := in.Read(context.Background(), r); err != nil {
		fmt.Println(err)
		return
	}
	g, err := in.Graph()
	if err != nil {
		fmt.Println(err)
		return
	}
	for rel := range g.Relations() {
		if rel.From == "RUS" && rel.To == "USA" {
			k, _ := g.Kind(rel.Kind)
			fmt.Printf("%s %s %s in %s: %d events, mean Goldstein %s\n", rel.From, k.Verb(), rel.To, rel.When.Format(),
				rel.Count, rel.Attrs[events.AttrGoldstein])
		}
	}
	rep := in.Report()
	fmt.Println(rep.Rows, "rows =", rep.Events, "events +", rep.Repeated, "repeats +", rep.Mirrored, "mirror halves +",
		rep.Skipped(), "skipped +", rep.Rejected(), "rejected")
	// Output:
	// RUS rejected USA in Jun 2018: 1 events, mean Goldstein -4
	// RUS made an optimistic comment about USA in Jun 2018: 3 events, mean Goldstein 0.4
	// RUS appealed to USA in Jun 2018: 5 events, mean Goldstein 3
	// RUS agreed to meet USA in Jun 2018: 2 events, mean Goldstein 4
	// RUS consulted USA in Jun 2018: 1 events, mean Goldstein 1
	// RUS pledged to USA in Jun 2018: 1 events, mean Goldstein 4.5
	// RUS visited USA in Jun 2018: 1 events, mean Goldstein 1.9
	// 3705 rows = 49 events + 0 repeats + 12 mirror halves + 3644 skipped + 0 rejected
}

func ExampleReader_Events() {
	r, err := events.OpenFS(sample.FS, sample.GDELT2Export, events.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	for ev, err := range r.Events() {
		if err != nil {
			fmt.Println(err)
			return
		}
		if ev.Actor1.Country == "RUS" && ev.Actor2.Country == "USA" {
			c, _ := events.EventCode(ev.Code)
			fmt.Printf("%s %s %s -> %s: %s %q (Goldstein %v)\n", ev.Pos, ev.Date, ev.Actor1.Code, ev.Actor2.Code, ev.Code, c.Description, ev.Goldstein)
		}
	}
	f, _ := r.Dataset()
	fmt.Println(f, r.Report().Rows, "rows")
	// Output:
	// 20180101000000.export.CSV.gz:1881 2018-01-01 RUS -> USA: 015 "Acknowledge or claim responsibility" (Goldstein 0)
	// 20180101000000.export.CSV.gz:1882 2018-01-01 RUS -> USA: 015 "Acknowledge or claim responsibility" (Goldstein 0)
	// gdelt2 2414 rows
}

func ExampleReader_strict() {
	row := "1\t20140230" + strings.Repeat("\t", 59)
	r := events.NewReader(strings.NewReader(row), events.Options{Strict: true, Name: "bad.export.CSV"})
	for _, err := range r.Events() {
		fmt.Println(err)
	}
	// Output:
	// bad.export.CSV:1: SQLDATE "20140230": events: bad date
}

func ExampleEventCode() {
	for _, code := range []string{"041", "0411", "163", "1213", "010", "10"} {
		c, ok := events.EventCode(code)
		fmt.Printf("%-4s %-5v %-42q GDELT %5v ICEWS %5v\n", code, ok, c.Description, c.Goldstein, c.ICEWSGoldstein)
	}
	// Output:
	// 041  true  "Discuss by telephone"                     GDELT     1 ICEWS     1
	// 0411 false ""                                         GDELT     0 ICEWS     0
	// 163  true  "Impose embargo, boycott, or sanctions"    GDELT    -8 ICEWS    -8
	// 1213 true  "Reject judicial cooperation"              GDELT    -4 ICEWS    -4
	// 010  true  "Make statement, not specified below"      GDELT     0 ICEWS     0
	// 10   true  "DEMAND"                                   GDELT    -5 ICEWS    -5
}

func ExampleDefaultMapping() {
	m := events.DefaultMapping()
	for _, code := range []string{"041", "0874", "112", "1384", "163", "192", "010", "024"} {
		k, _ := m.Kind(code)
		fmt.Printf("%s %s (%v)\n", code, k.Name, k.Sign)
	}
	// Override: 161 (reduce or break diplomatic relations) gets a kind of its own.
	m.AddKind(graph.Kind{Name: "expelled-diplomats", Sign: graph.Hostile, Goldstein: -4, CAMEO: []string{"161"}})
	if err := m.Set("161", "expelled-diplomats"); err != nil {
		fmt.Println(err)
	}
	k, _ := m.Kind("161")
	fmt.Println("161", k.Name)
	// Output:
	// 041 phoned (+)
	// 0874 de-escalated (+)
	// 112 accused (-)
	// 1384 threatened (-)
	// 163 sanctions (-)
	// 192 annexed (-)
	// 010 make-statement (0)
	// 024 appeal-for-political-reform (0)
	// 161 expelled-diplomats
}

func ExampleGranularity_Resolve() {
	side := events.Actor{Code: "RUSGOV", Name: "RUSSIA", Country: "RUS", Types: [3]string{"GOV"}}
	for _, g := range []events.Granularity{events.ActorsFull, events.ActorsCountry, events.ActorsRole} {
		a, _ := g.Resolve(side, events.GDELT2)
		fmt.Printf("%-7s %s %q %s\n", g, a.ID, a.Name, a.Kind)
	}
	lavrov := events.Actor{Name: "Sergey Viktorovich Lavrov", Country: "RUS", Sectors: "Government,Cabinet,Foreign Ministry"}
	a, _ := events.ActorsFull.Resolve(lavrov, events.ICEWS)
	fmt.Printf("%s %q %s of %s\n", a.ID, a.Name, a.Kind, a.Country)
	// Output:
	// full    RUSGOV "Russia - government" organization
	// country RUS "Russia" state
	// role    RUSGOV "Russia - government" organization
	// sergey-viktorovich-lavrov "Sergey Viktorovich Lavrov" official of RUS
}

func ExampleReport_WriteTo() {
	r := events.NewReader(strings.NewReader("1\t2\t3\n"), events.Options{Name: "x.csv", Dataset: events.GDELT2})
	for range r.Events() {
	}
	rep := r.Report()
	rep.Elapsed = 0
	rep.WriteTo(os.Stdout)
	// Output:
	// 1 rows read (0.0 MB)
	// 0 events -> 0 relations, 0 actors, 0 sources
	// 1 rejected
	//   wrong-width               1  first at x.csv:1
	//                                x.csv:1: events: wrong number of columns: 3, want 61 (GDELT 2.0)
	// 0 skipped
}

// Ingest a GDELT 2.0 events file and its mentions file, one relation per
// country pair, kind and month; report progress at the end of each file.
func ExampleIngestFiles() {
	files := []string{"sample/spark-gdelt.mentions.csv", "sample/spark-gdelt.events.csv"} // mentions are read last
	g, rep, err := events.IngestFiles(context.Background(), files, events.Options{
		Actors:    events.ActorsCountry,
		Aggregate: events.PerMonth,
		Progress: func(p events.Progress) {
			if p.Done {
				fmt.Printf("read %s: %d rows so far\n", p.File, p.Rows)
			}
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for rel := range g.Relations() {
		k, _ := g.Kind(rel.Kind)
		fmt.Printf("%s %s %s in %s: %d events\n", rel.From, k.Verb(), rel.To, rel.When.Format(), rel.Count)
	}
	fmt.Println(rep.Rows, "rows =", rep.Events, "events +", rep.Repeated, "repeats +", rep.Mentions, "mentions +",
		rep.Skipped(), "skipped +", rep.Rejected(), "rejected")
	// Output:
	// read spark-gdelt.events.csv: 100 rows so far
	// read spark-gdelt.mentions.csv: 200 rows so far
	// AUS visited NZL in Feb 2014: 1 events
	// EUR hosted LBR in Mar 2020: 1 events
	// GBR backs CAN in Mar 2020: 1 events
	// LBR visited EUR in Mar 2020: 1 events
	// VNM pledged to SEN in Mar 2020: 1 events
	// ZAF backs AFR in Mar 2020: 1 events
	// ZAF visited AFR in Mar 2020: 1 events
	// ZWE visited BLR in Mar 2020: 3 events
	// ZWE appealed to GBR in Mar 2020: 1 events
	// 200 rows = 11 events + 10 repeats + 10 mentions + 169 skipped + 0 rejected
}

// Read ICEWS rows from any io.Reader; the header row says which dataset it
// is.
func ExampleNewReader() {
	const data = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n" +
		"27467489\t2018-06-01\tSergey Viktorovich Lavrov\tGovernment,Cabinet,Foreign Ministry\tRussian Federation\tMake statement\t010\t0.0\tUkraine\t\tUkraine\t47400351\t3\tInterfax\tMoscow\t\tMoskva\tRussian Federation\t55.75\t37.62\n"
	r := events.NewReader(strings.NewReader(data), events.Options{Name: "icews.tab"})
	for ev, err := range r.Events() {
		if err != nil {
			fmt.Println(err)
			return
		}
		c, _ := events.EventCode(ev.Code)
		fmt.Printf("%s %s: %s -> %s (%s): %s\n", ev.Pos, ev.Date, ev.Actor1.Name, ev.Actor2.Name, ev.Actor2.Country, c.Description)
	}
	d, _ := r.Dataset()
	fmt.Println(d, r.Report().Rows, "row")
	// Output:
	// icews.tab:2 2018-06-01: Sergey Viktorovich Lavrov -> Ukraine (UKR): Make statement, not specified below
	// icews 1 row
}

// An ICEWS story codes one consultation both ways and again from another
// sentence: the ingester folds the three rows into one event of a
// symmetric kind, cited once, and counts the rows it folded.
func ExampleIngester_fold() {
	in, _ := events.NewIngester(events.Options{})
	row := func(id, from, to string, sentence int) events.Event {
		return events.Event{Dataset: events.ICEWS, ID: id, Date: date.MustParse("2018-06-01"), Code: "040", Goldstein: 1,
			Actor1: events.Actor{Name: from, Country: "RUS"}, Actor2: events.Actor{Name: to, Country: "USA"},
			StoryID: "47400351", Sentence: sentence, Publisher: "ITAR Tass"}
	}
	in.Add(row("1", "Sergey Lavrov", "Mike Pompeo", 2))
	mirror := row("2", "Mike Pompeo", "Sergey Lavrov", 2)
	mirror.Actor1.Country, mirror.Actor2.Country = "USA", "RUS"
	in.Add(mirror)
	in.Add(row("3", "Sergey Lavrov", "Mike Pompeo", 5))
	g, _ := in.Graph()
	rep := in.Report()
	fmt.Println(rep.Events, "event,", rep.Mirrored, "mirror half,", rep.Repeated, "repeat")
	for r := range g.Relations() {
		fmt.Println(r.From, r.Kind, r.To, "count", r.Count, "mirrored", r.Attrs[events.AttrMirrored], "repeats", r.Attrs[events.AttrRepeats])
		fmt.Println(r.Evidence[0].Note)
	}
	// Output:
	// 1 event, 1 mirror half, 1 repeat
	// mike-pompeo consulted sergey-lavrov count 1 mirrored 1 repeats 1
	// ICEWS event 1, sentence 2; mirror: event 2, sentence 2; repeat: event 3, sentence 5
}

// ReadActorTable reads the file form of --country-map and --actor-kind.
func ExampleReadActorTable() {
	m, err := events.ReadActorTable(strings.NewReader("# ICEWS places Crimea in Russia\ncrimea=UKR\n"), "countries.txt")
	fmt.Println(m, err)
	_, err = events.ReadActorTable(strings.NewReader("crimea\n"), "countries.txt")
	fmt.Println(err)
	// Output:
	// map[crimea:UKR] <nil>
	// events: bad configuration:
	// countries.txt:1: want ID=VALUE, got "crimea"
}
