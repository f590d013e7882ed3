package events

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
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
	fmt.Fprintf(&b, "# %d actors, %d relations, %d sources\n", g.NumActors(), g.NumRelations(), len(slices.Collect(g.Sources())))
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
func ingest(t *testing.T, cfg Config, files ...string) (*graph.Graph, Report) {
	t.Helper()
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = "sample/" + f
	}
	g, rep, err := IngestFiles(context.Background(), cfg, Options{}, paths...)
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
		if r.Weight <= 0 || len(r.Evidence) == 0 || r.Attrs[AttrCount] == "" || r.Attrs[AttrCAMEO] == "" {
			t.Errorf("relation %s: weight %v, %d citations, attrs %v", r.ID, r.Weight, len(r.Evidence), r.Attrs)
		}
	}
	for s := range g.Sources() {
		if s.URL != "" && !isURL(s.URL) {
			t.Errorf("source %s has a URL that is not one: %q", s.ID, s.URL)
		}
	}
}

func TestIngestGolden(t *testing.T) {
	tests := []struct {
		name  string
		cfg   Config
		files []string
	}{
		{"gdelt2-full-mentions", Config{}, []string{"spark-gdelt.events.csv", "spark-gdelt.mentions.csv"}},
		{"gdelt1-country", Config{Actors: ActorsCountry}, []string{"spark-gdelt.events1.csv"}},
		{"gdelt1-role-month-count", Config{Actors: ActorsRole, Aggregate: Month, Weight: WeightCount}, []string{"spark-gdelt.events1.csv"}},
		{"export-ru-ua-us", Config{Filter: Filter{Countries: []string{"RUS", "UKR", "USA"}}}, []string{"20180101000000.export.CSV.gz"}},
		{"icews-ru-ua-us-week", Config{Aggregate: Week, Filter: Filter{Countries: []string{"RUS", "UKR", "USA"}}, MaxEvidence: 3},
			[]string{"events.2018.sample.tab.gz"}},
		{"icews-role-involving-ukr", Config{Actors: ActorsRole, Filter: Filter{Involving: []string{"UKR"}}}, []string{"events.2018.sample.tab.gz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, rep := ingest(t, tt.cfg, tt.files...)
			golden.Check(t, tt.name+".golden", dump(g, rep))
		})
	}
}

func TestIngestAccounting(t *testing.T) {
	files := []string{"20180101000000.export.CSV.gz", "spark-gdelt.events.csv", "spark-gdelt.events1.csv", "events.2018.sample.tab.gz"}
	for _, gr := range []Granularity{ActorsFull, ActorsCountry, ActorsRole} {
		for _, p := range []Period{EachEvent, Day, Week, Month} {
			t.Run(gr.String()+"/"+p.String(), func(t *testing.T) {
				g, rep := ingest(t, Config{Actors: gr, Aggregate: p}, files...)
				var count int64
				for r := range g.Relations() {
					var n int64
					fmt.Sscan(r.Attrs[AttrCount], &n)
					count += n
				}
				if count != rep.Events || rep.Rows != 2414+100+100+3705 || rep.Relations != g.NumRelations() {
					t.Errorf("relations count %d events, report %d events of %d rows", count, rep.Events, rep.Rows)
				}
				if p == EachEvent && int64(g.NumRelations()) != rep.Events {
					t.Errorf("%d relations for %d events", g.NumRelations(), rep.Events)
				}
			})
		}
	}
}

func TestDuplicates(t *testing.T) {
	// The same file twice: the second time every event is a duplicate.
	f := "spark-gdelt.events.csv"
	g1, rep1 := ingest(t, Config{}, f)
	g2, rep2 := ingest(t, Config{}, f, f)
	dup, _ := rep2.Tally(SkipDuplicate)
	if g1.NumRelations() != g2.NumRelations() || dup.Count != 100 || rep2.Rows != 200 || rep2.Events != rep1.Events {
		t.Errorf("once %d relations, twice %d; duplicates %d", g1.NumRelations(), g2.NumRelations(), dup.Count)
	}
	// ICEWS before 2014: Event ID and date together are the key.
	in, _ := NewIngester(Config{})
	ev := Event{Format: ICEWS, ID: "7", Code: "040", Actor1: Actor{Name: "A"}, Actor2: Actor{Name: "B"}}
	for _, d := range []string{"2010-01-01", "2010-01-02", "2010-01-01", "2015-01-01", "2016-01-01"} {
		ev.Date = date.MustParse(d)
		in.Add(ev)
	}
	rep := in.Report()
	if dup, _ := rep.Tally(SkipDuplicate); rep.Events != 3 || dup.Count != 2 {
		t.Errorf("events %d, duplicates %d; want 3, 2", rep.Events, dup.Count)
	}
}

func TestFilters(t *testing.T) {
	p := date.MustParse
	tests := []struct {
		name   string
		f      Filter
		events int64
		reason Reason
	}{
		{"codes", Filter{Codes: []string{"04"}}, 29, SkipCode},
		{"code exact", Filter{Codes: []string{"042"}}, 18, SkipCode},
		{"from", Filter{From: p("2020-03-18")}, 19, SkipDate},
		{"to month", Filter{To: p("2015-02")}, 26, SkipDate},
		{"root", Filter{RootOnly: true}, 46, SkipRoot},
		{"involving", Filter{Involving: []string{"USA"}}, 5, SkipCountry},
		{"dyads", Filter{Countries: []string{"USA", "GBR"}}, 2, SkipCountry},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, rep := ingest(t, Config{Filter: tt.f}, "spark-gdelt.events.csv")
			if _, ok := rep.Tally(tt.reason); rep.Events != tt.events || !ok || int64(g.NumRelations()) != tt.events {
				t.Errorf("%d events, %d relations; want %d and %s skips\n%s", rep.Events, g.NumRelations(), tt.events, tt.reason, rep.String())
			}
		})
	}
	for _, bad := range []Filter{{Countries: []string{"RU"}}, {Involving: []string{"rus"}}, {Codes: []string{"4"}}, {From: p("2015"), To: p("2014")}} {
		if _, err := NewIngester(Config{Filter: bad}); !errors.Is(err, ErrConfig) {
			t.Errorf("NewIngester(%+v) error %v, want ErrConfig", bad, err)
		}
	}
	if _, err := NewIngester(Config{Aggregate: 9}); !errors.Is(err, ErrConfig) {
		t.Errorf("bad aggregate: %v", err)
	}
}

func TestActors(t *testing.T) {
	gdelt := Actor{Code: "RUSGOV", Name: "RUSSIA", Country: "RUS", Types: [3]string{"GOV"}}
	un := Actor{Code: "IGOUNO", Name: "UNITED NATIONS", KnownGroup: "UNO", Types: [3]string{"IGO"}}
	gov := Actor{Code: "GOV", Name: "GOVERNMENT", Types: [3]string{"GOV"}}
	lavrov := Actor{Name: "Sergey Viktorovich Lavrov", Country: "RUS", CountryName: "Russian Federation", Sectors: "Government,Cabinet,Executive,Foreign Ministry"}
	putin := Actor{Name: "Vladimir Putin", Country: "RUS", CountryName: "Russian Federation", Sectors: "Government,Executive Office,Elite"}
	russia := Actor{Name: "Russia", Country: "RUS", CountryName: "Russian Federation"}
	eu := Actor{Name: "European Union", Sectors: "International Government Organization,Regional Diplomatic IGOs,Regional"}
	police := Actor{Name: "Police (India)", Country: "IND", CountryName: "India", Sectors: "Government,Police"}
	tests := []struct {
		name string
		a    Actor
		f    Format
		g    Granularity
		want actors.Actor
		ok   bool
	}{
		{"gdelt full", gdelt, GDELT2, ActorsFull, actors.Actor{ID: "RUSGOV", Name: "Russia - government", Kind: actors.Organization, Country: "RUS"}, true},
		{"gdelt country", gdelt, GDELT2, ActorsCountry, actors.Actor{ID: "RUS", Name: "Russia", Kind: actors.State, Country: "RUS"}, true},
		{"gdelt role", gdelt, GDELT2, ActorsRole, actors.Actor{ID: "RUSGOV", Name: "Russia - government", Kind: actors.Organization, Country: "RUS"}, true},
		{"un full", un, GDELT2, ActorsFull, actors.Actor{ID: "IGOUNO", Name: "Inter-Governmental Organization - United Nations", Kind: actors.Organization}, true},
		{"un country", un, GDELT2, ActorsCountry, actors.Actor{ID: "UNO", Name: "United Nations", Kind: actors.Organization}, true},
		{"un role", un, GDELT2, ActorsRole, actors.Actor{ID: "UNO", Name: "United Nations", Kind: actors.Organization}, true},
		{"whose government", gov, GDELT2, ActorsCountry, actors.Actor{}, false},
		{"whose government, full", gov, GDELT2, ActorsFull, actors.Actor{ID: "GOV", Name: "Government", Kind: actors.Organization}, true},
		{"region", Actor{Code: "EUR", Country: "EUR"}, GDELT1, ActorsFull, actors.Actor{ID: "EUR", Name: "Europe", Kind: actors.Group, Country: "EUR"}, true},
		{"fips is not a country", Actor{Code: "RS", Name: "RUSSIA", Country: "RS"}, GDELT1, ActorsCountry, actors.Actor{}, false},
		{"missing", Actor{}, GDELT2, ActorsFull, actors.Actor{}, false},
		{"lavrov", lavrov, ICEWS, ActorsFull, actors.Actor{ID: "sergey-viktorovich-lavrov", Name: "Sergey Viktorovich Lavrov", Kind: actors.Official, Country: "RUS"}, true},
		{"lavrov country", lavrov, ICEWS, ActorsCountry, actors.Actor{ID: "RUS", Name: "Russia", Kind: actors.State, Country: "RUS"}, true},
		{"lavrov role", lavrov, ICEWS, ActorsRole, actors.Actor{ID: "RUSGOV", Name: "Russia - government", Kind: actors.Organization, Country: "RUS"}, true},
		{"putin", putin, ICEWS, ActorsFull, actors.Actor{ID: "vladimir-putin", Name: "Vladimir Putin", Kind: actors.Leader, Country: "RUS"}, true},
		{"russia", russia, ICEWS, ActorsFull, actors.Actor{ID: "RUS", Name: "Russia", Kind: actors.State, Country: "RUS"}, true},
		{"eu", eu, ICEWS, ActorsFull, actors.Actor{ID: "european-union", Name: "European Union", Kind: actors.Organization}, true},
		{"eu country", eu, ICEWS, ActorsCountry, actors.Actor{ID: "european-union", Name: "European Union", Kind: actors.Organization}, true},
		{"police", police, ICEWS, ActorsFull, actors.Actor{ID: "police-india", Name: "Police (India)", Kind: actors.Organization, Country: "IND"}, true},
		{"police role", police, ICEWS, ActorsRole, actors.Actor{ID: "INDCOP", Name: "India - police forces", Kind: actors.Organization, Country: "IND"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.g.Resolve(tt.a, tt.f)
			got.Attrs = nil
			if ok != tt.ok || !ok && got.ID != "" || ok && (got.ID != tt.want.ID || got.Name != tt.want.Name || got.Kind != tt.want.Kind || got.Country != tt.want.Country) {
				t.Errorf("Resolve = %+v, %v\nwant      %+v, %v", got, ok, tt.want, tt.ok)
			}
			if ok {
				if err := got.Validate(); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sergey Viktorovich Lavrov", "sergey-viktorovich-lavrov"},
		{"Police (India)", "police-india"},
		{"  --Cabinet / Council of Ministers / Advisors (United States)", "cabinet-council-of-ministers-advisors-united-states"},
		{"Петро Порошенко", "петро-порошенко"},
		{"()", "actor-"},
		{"", "actor-"},
	}
	for _, tt := range tests {
		got := Slug(tt.in)
		if !strings.HasPrefix(got, tt.want) || strings.HasSuffix(tt.want, "-") != strings.HasPrefix(got, "actor-") {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if err := actors.ValidateID(got); err != nil {
			t.Errorf("Slug(%q) = %q: %v", tt.in, got, err)
		}
	}
	if long := Slug(strings.Repeat("ab ", 100)); actors.ValidateID(long) != nil {
		t.Errorf("long slug %q", long)
	}
}

func TestSources(t *testing.T) {
	g, _ := ingest(t, Config{}, "spark-gdelt.events1.csv")
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
	_, rep := ingest(t, Config{}, "spark-gdelt.events.csv", "spark-gdelt.mentions.csv")
	if rep.Mentions == 0 {
		t.Fatalf("no mention attached:\n%s", rep.String())
	}
	// The sample's mentions cite the events' own documents: no new citation.
	// A mention in another document adds one.
	in, _ := NewIngester(Config{})
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
	in, _ = NewIngester(Config{Aggregate: Month})
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

func TestAggregate(t *testing.T) {
	mk := func(id, day, code string, g float64) Event {
		return Event{Format: GDELT2, ID: id, Date: date.MustParse(day), Code: code, Goldstein: g, NumMentions: 2, AvgTone: -1,
			Actor1: Actor{Code: "RUS", Country: "RUS"}, Actor2: Actor{Code: "UKR", Country: "UKR"}, SourceURL: "http://x.org/" + id}
	}
	evs := []Event{
		mk("1", "2014-03-03", "138", -7), // Monday
		mk("2", "2014-03-09", "1383", -7),
		mk("3", "2014-03-10", "130", -4.4), // next Monday
		mk("4", "2014-03-31", "111", -2),
		mk("5", "2014-04-01", "138", -7),
	}
	tests := []struct {
		p    Period
		want []string // when kind count goldstein
	}{
		{Day, []string{"2014-03-03 threatened 1 -7", "2014-03-09 threatened 1 -7", "2014-03-10 threatened 1 -4.4", "2014-03-31 condemned 1 -2", "2014-04-01 threatened 1 -7"}},
		{Week, []string{"2014-03-03/2014-03-09 threatened 2 -7", "2014-03-10/2014-03-16 threatened 1 -4.4", "2014-03-31/2014-04-06 condemned 1 -2", "2014-03-31/2014-04-06 threatened 1 -7"}},
		{Month, []string{"2014-03 threatened 3 -6.1333", "2014-03 condemned 1 -2", "2014-04 threatened 1 -7"}},
	}
	for _, tt := range tests {
		t.Run(tt.p.String(), func(t *testing.T) {
			in, err := NewIngester(Config{Aggregate: tt.p, Actors: ActorsCountry, MaxEvidence: 1})
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range evs {
				in.Add(ev)
			}
			g, err := in.Graph()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for r := range g.Relations() {
				got = append(got, fmt.Sprintf("%s %s %s %s", r.When, r.Kind, r.Attrs[AttrCount], r.Attrs[AttrGoldstein]))
				if r.Attrs[AttrPeriod] != tt.p.String() || len(r.Evidence) != 1 {
					t.Errorf("%s: attrs %v, %d citations", r.ID, r.Attrs, len(r.Evidence))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	in, _ := NewIngester(Config{Aggregate: Month, Actors: ActorsCountry, MaxEvidence: 1})
	for _, ev := range evs[:3] {
		in.Add(ev)
	}
	g, _ := in.Graph()
	r := slices.Collect(g.Relations())[0]
	if r.Weight != 6.1333333333333333 || r.Attrs[AttrEvidenceOmitted] != "2" || r.Attrs[AttrCAMEO] != "130,138,1383" ||
		r.Attrs[AttrGDELTNumMentions] != "6" || r.Attrs[AttrGDELTAvgTone] != "-1" || r.ID != "RUS-threatened-UKR-2014-03" {
		t.Errorf("%s weight %v attrs %v", r.ID, r.Weight, r.Attrs)
	}
}

func TestWeights(t *testing.T) {
	ev := Event{Format: GDELT2, ID: "1", Date: date.MustParse("2018-01-01"), Code: "010", Goldstein: 0,
		Actor1: Actor{Code: "RUS", Country: "RUS"}, Actor2: Actor{Code: "UKR", Country: "UKR"}}
	for _, w := range []Weighting{WeightGoldstein, WeightCount} {
		in, _ := NewIngester(Config{Weight: w})
		in.Add(ev)
		ev2 := ev
		ev2.ID, ev2.Code, ev2.Goldstein = "2", "1384", -7
		in.Add(ev2)
		g, err := in.Graph()
		if err != nil {
			t.Fatal(err)
		}
		rs := slices.Collect(g.Relations())
		want := []float64{MinWeight, 7}
		if w == WeightCount {
			want = []float64{1, 1}
		}
		if rs[0].Weight != want[0] || rs[1].Weight != want[1] || rs[1].Attrs[AttrGoldstein] != "-7" {
			t.Errorf("weighting %d: weights %v, %v", w, rs[0].Weight, rs[1].Weight)
		}
		if k, _ := g.Kind(rs[1].Kind); k.Sign != graph.Hostile {
			t.Errorf("kind %s sign %v", k.Name, k.Sign)
		}
	}
}

func TestCustomActorFunc(t *testing.T) {
	cfg := Config{ActorFunc: func(a Actor, f Format) (actors.Actor, bool) {
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

func TestStrictIngest(t *testing.T) {
	rows := sampleRows(t, "spark-gdelt.events.csv")
	input := strings.Join(rows[:3], "\n") + "\n" + corrupt(rows[3], 1, "x") + "\n" + strings.Join(rows[4:], "\n")
	for _, strict := range []bool{false, true} {
		in, _ := NewIngester(Config{})
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
	in, _ := NewIngester(Config{})
	big := strings.Repeat(strings.Join(rows, "\n")+"\n", 50)
	if err := in.Read(ctx, NewReader(strings.NewReader(big), Options{})); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled read: %v", err)
	}
	if rep := in.Report(); rep.Check() != nil {
		t.Error(rep.Check())
	}
}

func TestProgressQuietOffTerminal(t *testing.T) {
	var buf bytes.Buffer
	in, _ := NewIngester(Config{Progress: &buf})
	data := strings.Repeat(strings.Join(sampleRows(t, "spark-gdelt.events.csv"), "\n")+"\n", 100)
	if err := in.Read(context.Background(), NewReader(strings.NewReader(data), Options{})); err != nil {
		t.Fatal(err)
	}
	in.Close()
	if buf.Len() != 0 {
		t.Errorf("progress written to a buffer: %q", buf.String())
	}
}
