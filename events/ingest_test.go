package events

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/golden"
)

// dump writes a graph as text for golden files.
func dump(g *graph.Graph, rep Report) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %d actors, %d relations, %d sources\n", g.NumActors(), g.NumRelations(), g.NumSources())
	b.WriteString(strings.ReplaceAll(rep.String(), " in 0s", ""))
	for _, k := range g.CustomKinds() {
		fmt.Fprintf(&b, "kind %s sign=%v goldstein=%v cameo=%v\n", k.Name, k.Sign, k.Goldstein, k.CAMEO)
	}
	for a := range g.Actors() {
		fmt.Fprintf(&b, "actor %s %q %s country=%s attrs=%v\n", a.ID, a.Name, a.Kind, a.Country, a.Attrs)
	}
	for s := range g.Sources() {
		fmt.Fprintf(&b, "source %s publisher=%q url=%q date=%s title=%q note=%q\n", s.ID, s.Publisher, s.URL, s.Date, s.Title, s.Note)
	}
	for r := range g.Relations() {
		fmt.Fprintf(&b, "relation %s: %s -%s-> %s %s weight=%v\n", r.ID, r.From, r.Kind, r.To, r.When, r.Weight)
		for _, k := range slices.Sorted(maps.Keys(r.Attrs)) {
			fmt.Fprintf(&b, "  %s=%s\n", k, r.Attrs[k])
		}
		for _, e := range r.Evidence {
			fmt.Fprintf(&b, "  evidence %s %q\n", e.Source, e.Note)
		}
	}
	return b.Bytes()
}

// ingest reads the sample files with cfg and checks the accounting.
func ingest(t *testing.T, cfg Options, files ...string) (*graph.Graph, Report) {
	t.Helper()
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = "sample/" + f
	}
	g, rep, err := IngestFiles(context.Background(), paths, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Check(); err != nil {
		t.Error(err)
	}
	rep.Elapsed = 0
	checkGraph(t, g)
	return g, rep
}

// checkGraph checks what every ingested graph must satisfy.
func checkGraph(t testing.TB, g *graph.Graph) {
	t.Helper()
	for r := range g.Relations() {
		if r.Weight <= 0 || len(r.Evidence) == 0 || r.Count < 1 || r.Attrs[AttrCAMEO] == "" {
			t.Errorf("relation %s: weight %v, %d citations, attrs %v", r.ID, r.Weight, len(r.Evidence), r.Attrs)
		}
	}
	for s := range g.Sources() {
		if s.URL != "" && !isURL(s.URL) {
			t.Errorf("source %s has a URL that is not one: %q", s.ID, s.URL)
		}
	}
}

// facts are what a golden graph must show, checked on the graph and the
// report themselves, so that rewriting a golden file cannot hide a
// regression.
type facts struct {
	actors, relations, sources int
	rows, events, mentions     int64
	repeated, mirrored         int64 // folded rows: events + repeated + mirrored are the events kept apart
	skips                      map[Reason]int64
	has                        []actors.Actor // by ID: name, kind and country
	kinds                      map[string]int // relations of these kinds
}

func (f facts) check(t *testing.T, g *graph.Graph, rep Report) {
	t.Helper()
	if g.NumActors() != f.actors || g.NumRelations() != f.relations || g.NumSources() != f.sources {
		t.Errorf("%d actors, %d relations, %d sources; want %d, %d, %d", g.NumActors(), g.NumRelations(), g.NumSources(), f.actors, f.relations, f.sources)
	}
	if rep.Rows != f.rows || rep.Events != f.events || rep.Mentions != f.mentions || rep.Rejected() != 0 {
		t.Errorf("report: %d rows, %d events, %d mentions, %d rejected; want %d, %d, %d, 0", rep.Rows, rep.Events, rep.Mentions, rep.Rejected(), f.rows, f.events, f.mentions)
	}
	if rep.Repeated != f.repeated || rep.Mirrored != f.mirrored {
		t.Errorf("report: %d repeated, %d mirrored; want %d, %d", rep.Repeated, rep.Mirrored, f.repeated, f.mirrored)
	}
	for reason, n := range f.skips {
		if ta, _ := rep.Tally(reason); ta.Count != n {
			t.Errorf("%s: %d skipped, want %d", reason, ta.Count, n)
		}
	}
	for _, want := range f.has {
		a, ok := g.Actor(want.ID)
		if !ok || a.Name != want.Name || a.Kind != want.Kind || a.Country != want.Country {
			t.Errorf("actor %s = %+v, %v; want %q, %s, country %q", want.ID, a, ok, want.Name, want.Kind, want.Country)
		}
	}
	got := map[string]int{}
	for r := range g.Relations() {
		got[r.Kind]++
	}
	for kind, n := range f.kinds {
		if got[kind] != n {
			t.Errorf("%d relations of kind %s, want %d", got[kind], kind, n)
		}
	}
}

func TestIngestGolden(t *testing.T) {
	state := func(id, name string) actors.Actor {
		return actors.Actor{ID: id, Name: name, Kind: actors.State, Country: id}
	}
	tests := []struct {
		name  string
		o     Options
		files []string
		facts facts
	}{
		{"gdelt2-full-mentions", Options{}, []string{"spark-gdelt.events.csv", "spark-gdelt.mentions.csv"}, facts{
			actors: 49, relations: 50, sources: 33, rows: 200, events: 50, repeated: 16, mentions: 34,
			skips: map[Reason]int64{SkipMissingActor1: 6, SkipMissingActor2: 27, SkipSameActor: 1, SkipUnknownEvent: 66},
			has: []actors.Actor{state("AUS", "Australia"), {ID: "CANGOV", Name: "Canada - government", Kind: actors.Organization, Country: "CAN"},
				{ID: "BUS", Name: "Business", Kind: actors.Organization}},
			kinds: map[string]int{"visited": 12, "hosted": 5, "appealed": 5},
		}},
		{"gdelt1-country", Options{Actors: ActorsCountry}, []string{"spark-gdelt.events1.csv"}, facts{
			actors: 17, relations: 18, sources: 8, rows: 100, events: 18, repeated: 2,
			skips: map[Reason]int64{SkipMissingActor1: 24, SkipMissingActor2: 24, SkipNoCountry: 27, SkipSameActor: 5},
			has:   []actors.Actor{state("CAN", "Canada"), {ID: "AFR", Name: "Africa", Kind: actors.Group, Country: "AFR"}},
			kinds: map[string]int{"pledged": 5, "hosted": 2, "aided": 2},
		}},
		{"gdelt1-role-month-count", Options{Actors: ActorsRole, Aggregate: PerMonth, Weight: WeightCount}, []string{"spark-gdelt.events1.csv"}, facts{
			actors: 25, relations: 21, sources: 10, rows: 100, events: 23, repeated: 2,
			skips: map[Reason]int64{SkipNoCountry: 27},
			has:   []actors.Actor{{ID: "GBRGOV", Name: "United Kingdom - government", Kind: actors.Organization, Country: "GBR"}},
			kinds: map[string]int{"pledged": 3, "visited": 2, "make-statement": 2},
		}},
		{"export-ru-ua-us", Options{Countries: []string{"RUS", "UKR", "USA"}}, []string{"20180101000000.export.CSV.gz"}, facts{
			actors: 11, relations: 44, sources: 29, rows: 2414, events: 44, repeated: 8,
			skips: map[Reason]int64{SkipCountry: 1349, SkipMissingActor1: 244, SkipMissingActor2: 766, SkipSameActor: 3},
			has: []actors.Actor{state("RUS", "Russia"), state("UKR", "Ukraine"),
				{ID: "USAMED", Name: "United States - media", Kind: actors.Media, Country: "USA"}},
			kinds: map[string]int{"fought": 9, "assaulted": 6, "make-statement": 4},
		}},
		{"icews-ru-ua-us-week", Options{Aggregate: PerWeek, Countries: []string{"RUS", "UKR", "USA"}, MaxEvidence: 3},
			[]string{"events.2018.sample.tab.gz"}, facts{
				actors: 45, relations: 62, sources: 59, rows: 3705, events: 82, repeated: 1, mirrored: 13,
				skips: map[Reason]int64{SkipCountry: 3609},
				has: []actors.Actor{state("USA", "United States"),
					{ID: "sergey-viktorovich-lavrov", Name: "Sergey Viktorovich Lavrov", Kind: actors.Official, Country: "RUS"},
					{ID: "vladimir-putin", Name: "Vladimir Putin", Kind: actors.Leader, Country: "RUS"},
					{ID: "petro-poroshenko", Name: "Petro Poroshenko", Kind: actors.Leader, Country: "UKR"}},
				kinds: map[string]int{"make-statement": 14, "appealed": 8, "consulted": 3},
			}},
		{"icews-role-involving-ukr", Options{Actors: ActorsRole, Involving: []string{"UKR"}}, []string{"events.2018.sample.tab.gz"}, facts{
			actors: 23, relations: 79, sources: 41, rows: 3705, events: 79, repeated: 3, mirrored: 42,
			skips: map[Reason]int64{SkipCountry: 3421, SkipNoCountry: 158, SkipSameActor: 2},
			has: []actors.Actor{{ID: "UKRGOV", Name: "Ukraine - government", Kind: actors.Organization, Country: "UKR"},
				{ID: "UKRMIL", Name: "Ukraine - military", Kind: actors.Organization, Country: "UKR"}},
			kinds: map[string]int{"consulted": 17, "agreed-to-meet": 17, "met": 5},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, rep := ingest(t, tt.o, tt.files...)
			tt.facts.check(t, g, rep)
			golden.Check(t, tt.name+".golden", dump(g, rep))
		})
	}
}

func TestIngestAccounting(t *testing.T) {
	files := []string{"20180101000000.export.CSV.gz", "spark-gdelt.events.csv", "spark-gdelt.events1.csv", "events.2018.sample.tab.gz"}
	for _, gr := range []Granularity{ActorsFull, ActorsCountry, ActorsRole} {
		for _, p := range []Period{PerEvent, PerDay, PerWeek, PerMonth} {
			t.Run(gr.String()+"/"+p.String(), func(t *testing.T) {
				g, rep := ingest(t, Options{Actors: gr, Aggregate: p}, files...)
				var count int64
				for r := range g.Relations() {
					count += int64(r.Count)
				}
				if count != rep.Events || rep.Rows != 2414+100+100+3705 || rep.Relations != g.NumRelations() {
					t.Errorf("relations count %d events, report %d events of %d rows", count, rep.Events, rep.Rows)
				}
				if p == PerEvent && int64(g.NumRelations()) != rep.Events {
					t.Errorf("%d relations for %d events", g.NumRelations(), rep.Events)
				}
			})
		}
	}
}

func TestDuplicates(t *testing.T) {
	// The same file twice: the second time every event is a duplicate.
	f := "spark-gdelt.events.csv"
	g1, rep1 := ingest(t, Options{}, f)
	g2, rep2 := ingest(t, Options{}, f, f)
	dup, _ := rep2.Tally(SkipDuplicate)
	if g1.NumRelations() != g2.NumRelations() || dup.Count != 100 || rep2.Rows != 200 || rep2.Events != rep1.Events {
		t.Errorf("once %d relations, twice %d; duplicates %d", g1.NumRelations(), g2.NumRelations(), dup.Count)
	}
	// ICEWS before 2014: Event ID and date together are the key.
	in, _ := NewIngester(Options{})
	ev := Event{Dataset: ICEWS, ID: "7", Code: "040", Actor1: Actor{Name: "A"}, Actor2: Actor{Name: "B"}}
	for _, d := range []string{"2010-01-01", "2010-01-02", "2010-01-01", "2015-01-01", "2016-01-01"} {
		ev.Date = date.MustParse(d)
		in.Add(ev)
	}
	rep := in.Report()
	if dup, _ := rep.Tally(SkipDuplicate); rep.Events != 3 || dup.Count != 2 {
		t.Errorf("events %d, duplicates %d; want 3, 2", rep.Events, dup.Count)
	}
}

func TestSelection(t *testing.T) {
	p := date.MustParse
	tests := []struct {
		name   string
		o      Options
		events int64
		reason Reason
	}{
		{"codes", Options{Codes: []string{"04"}}, 29, SkipCode},
		{"code exact", Options{Codes: []string{"042"}}, 18, SkipCode},
		{"from", Options{From: p("2020-03-18")}, 19, SkipDate},
		{"to month", Options{To: p("2015-02")}, 26, SkipDate},
		{"root", Options{RootOnly: true}, 46, SkipRoot},
		{"involving", Options{Involving: []string{"USA"}}, 5, SkipCountry},
		{"dyads", Options{Countries: []string{"USA", "GBR"}}, 2, SkipCountry},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.o.KeepDoubleCoded = true // every selected row an event: the selection alone decides
			g, rep := ingest(t, tt.o, "spark-gdelt.events.csv")
			if _, ok := rep.Tally(tt.reason); rep.Events != tt.events || !ok || int64(g.NumRelations()) != tt.events {
				t.Errorf("%d events, %d relations; want %d and %s skips\n%s", rep.Events, g.NumRelations(), tt.events, tt.reason, rep.String())
			}
		})
	}
}

func TestBadOptions(t *testing.T) {
	p := date.MustParse
	tests := []struct {
		name  string
		o     Options
		field string // named in the error
	}{
		{"country", Options{Countries: []string{"RU"}}, "Options.Countries"},
		{"involving", Options{Involving: []string{"rus"}}, "Options.Involving"},
		{"code", Options{Codes: []string{"4"}}, "Options.Codes"},
		{"range", Options{From: p("2015"), To: p("2014")}, "Options.To"},
		{"dataset", Options{Dataset: 9}, "Options.Dataset"},
		{"aggregate", Options{Aggregate: 9}, "Options.Aggregate"},
		{"actors", Options{Actors: 9}, "Options.Actors"},
		{"weight", Options{Weight: 9}, "Options.Weight"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewIngester(tt.o)
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tt.field) {
				t.Errorf("NewIngester: %v, want ErrConfig naming %s", err, tt.field)
			}
			// IngestFiles checks the options before it opens any file.
			if _, _, err := IngestFiles(context.Background(), []string{"no-such-file"}, tt.o); !errors.Is(err, ErrConfig) {
				t.Errorf("IngestFiles: %v, want ErrConfig", err)
			}
		})
	}
	// Every problem is reported at once.
	_, err := NewIngester(Options{Countries: []string{"RU"}, Codes: []string{"4"}, Weight: 7})
	for _, field := range []string{"Options.Countries", "Options.Codes", "Options.Weight"} {
		if err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("error %v does not name %s", err, field)
		}
	}
}

func TestSources(t *testing.T) {
	g, _ := ingest(t, Options{}, "spark-gdelt.events1.csv")
	s, ok := g.Source("publisher-bbc-monitoring")
	if !ok || s.URL != "" || s.Publisher != "BBC Monitoring" {
		t.Errorf("BBC Monitoring source = %+v, %v", s, ok)
	}
	if s, ok := g.Source(BackfileSource); !ok || s.URL != "" {
		t.Errorf("backfile source = %+v, %v", s, ok)
	}
	u := "https://www.newshub.co.nz/home/world/2020/07/x.html"
	if id := URLSourceID(u); !strings.HasPrefix(id, "www.newshub.co.nz-") || len(id) != len("www.newshub.co.nz-")+16 || actors.ValidateID(id) != nil {
		t.Errorf("URLSourceID = %q", id)
	}
	for _, odd := range []string{"http://", "http://user@host:80/", "https://" + strings.Repeat("x", 200) + "/", "http://a b/"} {
		if id := URLSourceID(odd); actors.ValidateID(id) != nil {
			t.Errorf("URLSourceID(%q) = %q: %v", odd, id, actors.ValidateID(id))
		}
	}
}

func TestMentionsAddEvidence(t *testing.T) {
	_, rep := ingest(t, Options{}, "spark-gdelt.events.csv", "spark-gdelt.mentions.csv")
	if rep.Mentions == 0 {
		t.Fatalf("no mention attached:\n%s", rep.String())
	}
	// The sample's mentions cite the events' own documents: no new citation.
	// A mention in another document adds one.
	in, _ := NewIngester(Options{})
	r, _ := Open("sample/spark-gdelt.events.csv", Options{})
	defer r.Close()
	if err := in.Read(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	first, _ := in.Graph()
	rel := slices.Collect(first.Relations())[0]
	in.AddMention(Mention{EventID: rel.Attrs[AttrGDELTEventID], Type: 1, Identifier: "https://example.org/other", SourceName: "example.org", Sentence: 3, Confidence: 80})
	in.AddMention(Mention{EventID: rel.Attrs[AttrGDELTEventID], Type: 2, Identifier: "Citation: Smith 2015, p. 4", SourceName: "Journal"})
	in.AddMention(Mention{EventID: "999"})
	g, _ := in.Graph()
	after, _ := g.Relation(rel.ID)
	if len(after.Evidence) != len(rel.Evidence)+2 {
		t.Fatalf("citations %v", after.Evidence)
	}
	s, _ := g.Source(after.Evidence[len(after.Evidence)-1].Source)
	if s.URL != "" || s.Note != "Citation: Smith 2015, p. 4" || s.Publisher != "Journal" {
		t.Errorf("citation-only mention source %+v", s)
	}
	if rep := in.Report(); rep.Check() != nil || rep.Mentions != 2 {
		t.Errorf("report %+v: %v", rep, rep.Check())
	}
	// Aggregated without an event index, mentions are skipped as unknown events.
	in, _ = NewIngester(Options{Aggregate: PerMonth})
	for _, f := range []string{"sample/spark-gdelt.events.csv", "sample/spark-gdelt.mentions.csv"} {
		r, err := Open(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := in.Read(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		r.Close()
	}
	rep = in.Report()
	if unknown, _ := rep.Tally(SkipUnknownEvent); rep.Mentions != 0 || unknown.Count != 100 || rep.Check() != nil {
		t.Errorf("aggregated without index: %+v", rep)
	}
}

// TestActorFuncInvalid: actors from the caller's function that would not
// make a valid graph are skipped, never a failure of Graph.
func TestActorFuncInvalid(t *testing.T) {
	for _, bad := range []actors.Actor{{ID: "no name"}, {ID: "x", Name: " "}, {ID: "x", Name: "X", Country: "ZZZ"}, {ID: "x", Name: "X", Kind: 99}} {
		o := Options{ActorFunc: func(a Actor, d Dataset) (actors.Actor, bool) { return bad, true }}
		g, rep := ingest(t, o, "spark-gdelt.events.csv")
		if nc, _ := rep.Tally(SkipNoCountry); g.NumRelations() != 0 || nc.Count == 0 {
			t.Errorf("actor %+v: %d relations, %d no-country", bad, g.NumRelations(), nc.Count)
		}
	}
}

func TestCustomActorFunc(t *testing.T) {
	cfg := Options{ActorFunc: func(a Actor, d Dataset) (actors.Actor, bool) {
		if a.Country == "" {
			return actors.Actor{}, false
		}
		return actors.Actor{ID: "c-" + a.Country, Name: a.Country}, true
	}}
	g, rep := ingest(t, cfg, "spark-gdelt.events.csv")
	for a := range g.Actors() {
		if !strings.HasPrefix(a.ID, "c-") {
			t.Errorf("actor %s", a.ID)
		}
	}
	if nc, _ := rep.Tally(SkipNoCountry); nc.Count == 0 {
		t.Error("no event skipped by the actor function")
	}
}

// TestAddChecks: events from a caller that a Reader would reject are
// rejected, each with a row error naming the field.
func TestAddChecks(t *testing.T) {
	good := Event{Dataset: GDELT2, ID: "1", Date: date.MustParse("2018-01-01"), Code: "040", Goldstein: 1,
		Actor1: Actor{Code: "RUS", Country: "RUS"}, Actor2: Actor{Code: "UKR", Country: "UKR"}, Pos: Pos{"mine", 7}}
	nan := math.NaN()
	tests := []struct {
		name   string
		change func(*Event)
		reason Reason
		column string
	}{
		{"good", func(*Event) {}, "", ""},
		{"id", func(e *Event) { e.ID = "a-1" }, RejectNumber, "ID"},
		{"empty id", func(e *Event) { e.ID = "" }, RejectNumber, "ID"},
		{"story", func(e *Event) { e.StoryID = "47 40" }, RejectNumber, "StoryID"},
		{"code", func(e *Event) { e.Code = "4" }, RejectCode, "Code"},
		{"goldstein NaN", func(e *Event) { e.Goldstein = nan }, RejectNumber, "Goldstein"},
		{"goldstein off the scale", func(e *Event) { e.Goldstein = -11 }, RejectNumber, "Goldstein"},
		{"tone", func(e *Event) { e.AvgTone = math.Inf(-1) }, RejectNumber, "AvgTone"},
		{"utf-8", func(e *Event) { e.Actor2.Name = "Ukr\xffaine" }, RejectUTF8, "Actor2.Name"},
		{"control character", func(e *Event) { e.Actor1.Sectors = "Government\x00" }, RejectText, "Actor1.Sectors"},
		{"dataset", func(e *Event) { e.Dataset = GDELT2Mentions }, SkipNotEvent, ""},
		{"no dataset", func(e *Event) { e.Dataset = Auto }, SkipNotEvent, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, _ := NewIngester(Options{})
			ev := good
			tt.change(&ev)
			in.Add(ev)
			rep := in.Report()
			if err := rep.Check(); err != nil || rep.Rows != 1 {
				t.Fatalf("%v: %+v", err, rep)
			}
			if tt.reason == "" {
				if rep.Events != 1 {
					t.Errorf("good event not kept: %s", rep.String())
				}
				return
			}
			ta, ok := rep.Tally(tt.reason)
			if !ok || ta.Count != 1 || ta.First[0] != good.Pos || tt.column != "" && !strings.Contains(ta.Error, "mine:7: "+tt.column+" ") {
				t.Errorf("tally %+v, %v; want %s naming %s", ta, ok, tt.reason, tt.column)
			}
			if g, err := in.Graph(); err != nil || g.NumRelations() != 0 {
				t.Errorf("graph: %v", err)
			}
		})
	}
}

func TestStrictIngest(t *testing.T) {
	rows := sampleRows(t, "spark-gdelt.events.csv")
	input := strings.Join(rows[:3], "\n") + "\n" + corrupt(rows[3], 1, "x") + "\n" + strings.Join(rows[4:], "\n")
	for _, strict := range []bool{false, true} {
		in, _ := NewIngester(Options{})
		err := in.Read(context.Background(), NewReader(strings.NewReader(input), Options{Strict: strict, Name: "s.csv"}))
		rep := in.Report()
		if strict {
			var re *RowError
			if !errors.As(err, &re) || re.Line != 4 || rep.Rows != 4 || rep.Check() != nil {
				t.Errorf("strict: %v, %+v", err, rep)
			}
		} else if err != nil || rep.Rows != 100 || rep.Rejected() != 1 || rep.Check() != nil {
			t.Errorf("lenient: %v, %+v", err, rep)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	in, _ := NewIngester(Options{})
	big := strings.Repeat(strings.Join(rows, "\n")+"\n", 50)
	if err := in.Read(ctx, NewReader(strings.NewReader(big), Options{})); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled read: %v", err)
	}
	if rep := in.Report(); rep.Check() != nil {
		t.Error(rep.Check())
	}
}
