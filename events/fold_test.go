package events

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/analysis"
)

// icewsEvent is an ICEWS event of story 1 on 2018-06-01.
func icewsEvent(id, from, to, code string, sentence int) Event {
	c, _ := EventCode(code)
	return Event{Dataset: ICEWS, ID: id, Date: date.MustParse("2018-06-01"), Code: code, Goldstein: c.Goldstein,
		Actor1: Actor{Name: from, Country: "RUS", CountryName: "Russian Federation"}, Actor2: Actor{Name: to, Country: "USA", CountryName: "United States"},
		StoryID: "1", Sentence: sentence}
}

func TestFold(t *testing.T) {
	swap := func(ev Event) Event { ev.Actor1, ev.Actor2 = ev.Actor2, ev.Actor1; return ev }
	withStory := func(ev Event, s string) Event { ev.StoryID = s; return ev }
	withDay := func(ev Event, d string) Event { ev.Date = date.MustParse(d); return ev }
	lavrov, kerry := "Sergey Lavrov", "John Kerry"
	tests := []struct {
		name               string
		o                  Options
		evs                []Event
		repeated, mirrored int64
		want               []string // from kind to count mirrored repeats
	}{
		{"mirror pair", Options{}, []Event{icewsEvent("1", lavrov, kerry, "040", 1), swap(icewsEvent("2", lavrov, kerry, "040", 1))},
			0, 1, []string{"john-kerry consulted sergey-lavrov 1 1 0"}},
		{"mirror pair of a directed kind's code", Options{}, []Event{icewsEvent("1", lavrov, kerry, "041", 1), swap(icewsEvent("2", lavrov, kerry, "041", 1))},
			0, 1, []string{"john-kerry spoke-by-phone sergey-lavrov 1 1 0"}},
		{"unpaired reciprocal code keeps its direction", Options{}, []Event{icewsEvent("1", lavrov, kerry, "041", 1)},
			0, 0, []string{"sergey-lavrov phoned john-kerry 1 0 0"}},
		{"directed code both ways: two events", Options{}, []Event{icewsEvent("1", lavrov, kerry, "111", 1), swap(icewsEvent("2", lavrov, kerry, "111", 1))},
			0, 0, []string{"sergey-lavrov condemned john-kerry 1 0 0", "john-kerry condemned sergey-lavrov 1 0 0"}},
		{"repeat in another sentence", Options{}, []Event{icewsEvent("1", lavrov, kerry, "111", 1), icewsEvent("2", lavrov, kerry, "111", 3)},
			1, 0, []string{"sergey-lavrov condemned john-kerry 1 0 1"}},
		{"mirror pair and repeats of both halves", Options{}, []Event{icewsEvent("1", lavrov, kerry, "046", 1), swap(icewsEvent("2", lavrov, kerry, "046", 1)),
			icewsEvent("3", lavrov, kerry, "046", 2), swap(icewsEvent("4", lavrov, kerry, "046", 2))},
			2, 1, []string{"john-kerry negotiated sergey-lavrov 1 1 2"}},
		{"other story: not a mirror", Options{}, []Event{icewsEvent("1", lavrov, kerry, "040", 1), withStory(swap(icewsEvent("2", lavrov, kerry, "040", 1)), "2")},
			0, 0, []string{"sergey-lavrov consulted john-kerry 1 0 0", "john-kerry consulted sergey-lavrov 1 0 0"}},
		{"other day: not a repeat", Options{}, []Event{icewsEvent("1", lavrov, kerry, "111", 1), withDay(icewsEvent("2", lavrov, kerry, "111", 1), "2018-06-02")},
			0, 0, []string{"sergey-lavrov condemned john-kerry 1 0 0", "sergey-lavrov condemned john-kerry 1 0 0"}},
		{"no story: never folded", Options{}, []Event{withStory(icewsEvent("1", lavrov, kerry, "111", 1), ""), withStory(icewsEvent("2", lavrov, kerry, "111", 2), "")},
			0, 0, []string{"sergey-lavrov condemned john-kerry 1 0 0", "sergey-lavrov condemned john-kerry 1 0 0"}},
		{"kept apart", Options{KeepDoubleCoded: true}, []Event{icewsEvent("1", lavrov, kerry, "040", 1), swap(icewsEvent("2", lavrov, kerry, "040", 1)), icewsEvent("3", lavrov, kerry, "040", 2)},
			0, 0, []string{"sergey-lavrov consulted john-kerry 1 0 0", "john-kerry consulted sergey-lavrov 1 0 0", "sergey-lavrov consulted john-kerry 1 0 0"}},
		{"aggregate: the first half moves to the pair's kind", Options{Aggregate: PerMonth, Actors: ActorsCountry},
			[]Event{icewsEvent("1", lavrov, kerry, "041", 1), icewsEvent("2", lavrov, kerry, "041", 3), swap(icewsEvent("3", lavrov, kerry, "041", 1)),
				withStory(icewsEvent("4", lavrov, kerry, "041", 1), "9")},
			1, 1, []string{"RUS phoned USA 1 0 0", "RUS spoke-by-phone USA 1 1 1"}},
		{"aggregate: symmetric kinds by unordered pair", Options{Aggregate: PerMonth, Actors: ActorsCountry},
			[]Event{swap(icewsEvent("1", lavrov, kerry, "040", 1)), withStory(icewsEvent("2", lavrov, kerry, "040", 1), "2")},
			0, 0, []string{"RUS consulted USA 2 0 0"}},
		{"aggregate kept apart: directed", Options{Aggregate: PerMonth, Actors: ActorsCountry, KeepDoubleCoded: true},
			[]Event{swap(icewsEvent("1", lavrov, kerry, "040", 1)), withStory(icewsEvent("2", lavrov, kerry, "040", 1), "2")},
			0, 0, []string{"USA consulted RUS 1 0 0", "RUS consulted USA 1 0 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := NewIngester(tt.o)
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range tt.evs {
				in.Add(ev)
			}
			g, err := in.Graph()
			if err != nil {
				t.Fatal(err)
			}
			rep := in.Report()
			if err := rep.Check(); err != nil {
				t.Error(err)
			}
			var got []string
			for r := range g.Relations() {
				got = append(got, fmt.Sprintf("%s %s %s %d %s %s", r.From, r.Kind, r.To, r.Count, nonEmpty(r.Attrs[AttrMirrored], "0"), nonEmpty(r.Attrs[AttrRepeats], "0")))
				if len(r.Evidence) != r.Count { // each event here from a story of its own
					t.Errorf("%s: %d citations, want %d", r.ID, len(r.Evidence), r.Count)
				}
			}
			if !slices.Equal(got, tt.want) || rep.Repeated != tt.repeated || rep.Mirrored != tt.mirrored || rep.Relations != len(tt.want) {
				t.Errorf("got  %q, %d repeated, %d mirrored, %d relations\nwant %q, %d, %d", got, rep.Repeated, rep.Mirrored, rep.Relations, tt.want, tt.repeated, tt.mirrored)
			}
		})
	}
}

// TestFoldEvidenceNames checks that a folded pair's citation names both
// events.
func TestFoldEvidenceNames(t *testing.T) {
	in, _ := NewIngester(Options{})
	ev := icewsEvent("11", "A", "B", "057", 2)
	in.Add(ev)
	ev.ID, ev.Actor1, ev.Actor2 = "12", ev.Actor2, ev.Actor1
	in.Add(ev)
	g, _ := in.Graph()
	r := g.RelationAt(0)
	if n := r.Evidence[0].Note; !strings.Contains(n, "event 11") || !strings.Contains(n, "mirror: event 12") || r.Kind != graph.Agreed {
		t.Errorf("kind %s, note %q", r.Kind, n)
	}
}

// TestDoubleCodedCount compares the ingest of every bundled sample with
// the independent count of testdata/double-coded.tsv, made by
// testdata/count_double_coded.py from the raw columns.
func TestDoubleCodedCount(t *testing.T) {
	f, err := os.Open("testdata/double-coded.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		var want [5]int64
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 6 {
			t.Fatalf("double-coded.tsv: %q", sc.Text())
		}
		for i := range want {
			want[i], _ = strconv.ParseInt(fields[i+1], 10, 64)
		}
		name := fields[0]
		n++
		t.Run(name, func(t *testing.T) {
			rows, kept, repeats, mirrors, evs := want[0], want[1], want[2], want[3], want[4]
			g, rep := ingest(t, Options{}, name)
			if rep.Rows != rows || rep.Repeated != repeats || rep.Mirrored != mirrors || rep.Events != evs || int64(g.NumRelations()) != evs {
				t.Errorf("%d rows, %d repeats, %d mirror halves, %d events, %d relations; want %d, %d, %d, %d, %d",
					rep.Rows, rep.Repeated, rep.Mirrored, rep.Events, g.NumRelations(), rows, repeats, mirrors, evs, evs)
			}
			if kept-repeats-mirrors != evs || rows-rep.Skipped() != kept {
				t.Errorf("kept %d = rows %d - skipped %d; events %d", kept, rows, rep.Skipped(), evs)
			}
			_, apart := ingest(t, Options{KeepDoubleCoded: true}, name)
			if apart.Events != kept || apart.Repeated+apart.Mirrored != 0 {
				t.Errorf("kept apart: %d events, want %d", apart.Events, kept)
			}
			// Aggregated, the relations count the same events.
			ag, _ := ingest(t, Options{Aggregate: PerMonth, Actors: ActorsCountry}, name)
			pe, _ := ingest(t, Options{Actors: ActorsCountry}, name)
			if sumCount(ag) != sumCount(pe) {
				t.Errorf("aggregated: %d events, per event %d", sumCount(ag), sumCount(pe))
			}
		})
	}
	if n != 4 {
		t.Errorf("%d samples in double-coded.tsv, want 4", n)
	}
}

func sumCount(g *graph.Graph) int {
	n := 0
	for r := range g.Relations() {
		n += r.Count
	}
	return n
}

// TestAggregateRanksAsEvents checks the rule of volume: ranking actors on
// an aggregated graph gives what ranking them on the graph of its single
// events gives, with the default weighting.
func TestAggregateRanksAsEvents(t *testing.T) {
	for _, name := range []string{"events.2018.sample.tab.gz", "20180101000000.export.CSV.gz"} {
		for _, p := range []Period{PerDay, PerMonth} {
			t.Run(name+"/"+p.String(), func(t *testing.T) {
				per, _ := ingest(t, Options{Actors: ActorsCountry}, name)
				agg, _ := ingest(t, Options{Actors: ActorsCountry, Aggregate: p}, name)
				if agg.NumRelations() >= per.NumRelations() {
					t.Fatalf("%d aggregates of %d events: nothing aggregated", agg.NumRelations(), per.NumRelations())
				}
				for _, by := range []string{"degree", "pagerank"} {
					a, b := rank(t, per, by), rank(t, agg, by)
					if !slices.Equal(a, b) {
						t.Errorf("%s: per event %v\naggregated %v", by, a[:min(10, len(a))], b[:min(10, len(b))])
					}
				}
			})
		}
	}
}

// rank returns the actor IDs in rank order with their scores to 9 places.
func rank(t *testing.T, g *graph.Graph, by string) []string {
	t.Helper()
	p := analysis.Project(g, analysis.ProjectOptions{})
	var scores []analysis.Score
	var err error
	switch by {
	case "degree":
		scores = analysis.Degree(p, analysis.DegreeOptions{Weighted: true})
	default:
		if scores, err = analysis.PageRank(p, analysis.PageRankOptions{Weighted: true}); err != nil {
			t.Fatal(err)
		}
	}
	out := make([]string, len(scores))
	for i, s := range scores {
		out[i] = fmt.Sprintf("%s %.9f", s.ID, s.Score)
	}
	return out
}

// TestCodingChoices checks the country map, the kind override and the
// guesses reported, with ICEWS's Crimea.
func TestCodingChoices(t *testing.T) {
	o := Options{Actors: ActorsFull, ActorCountries: map[string]string{"crimea": "UKR", "nowhere": "FRA"},
		ActorKinds: map[string]actors.Kind{"crimea": actors.Territory}}
	g, rep := ingest(t, o, "events.2018.sample.tab.gz")
	c, ok := g.Actor("crimea")
	if !ok || c.Country != "UKR" || c.Kind != actors.Territory {
		t.Errorf("crimea = %+v", c)
	}
	overrides := map[string]Override{}
	for _, ov := range rep.Overrides {
		overrides[ov.ID] = ov
	}
	if ov := overrides["crimea"]; ov.Sides != 1 || ov.Actors != 1 || overrides["nowhere"].Sides != 0 {
		t.Errorf("overrides %+v", rep.Overrides)
	}
	if s := rep.String(); !strings.Contains(s, "country of crimea set to UKR: 1 event sides") || !strings.Contains(s, "country of nowhere set to FRA: 0 event sides") {
		t.Errorf("report does not show the overrides:\n%s", s)
	}
	guessed := map[string]int{}
	for _, gu := range rep.Guesses {
		guessed[gu.Basis+" -> "+gu.Kind.String()] += gu.Actors
		if gu.Actors < len(gu.Example) || len(gu.Example) == 0 {
			t.Errorf("guess %+v", gu)
		}
	}
	if guessed["ICEWS sectors: Executive Office -> leader"] == 0 || guessed["ICEWS named actor, sectors: role GOV -> official"] == 0 {
		t.Errorf("guesses %v", guessed)
	}
	// At country level Crimea's event is Ukraine's.
	gc, _ := ingest(t, Options{Actors: ActorsCountry, ActorCountries: map[string]string{"crimea": "UKR"}, KeepDoubleCoded: true}, "events.2018.sample.tab.gz")
	g0, _ := ingest(t, Options{Actors: ActorsCountry, KeepDoubleCoded: true}, "events.2018.sample.tab.gz")
	if d := degree(gc, "UKR") - degree(g0, "UKR"); d != 1 {
		t.Errorf("mapping crimea to UKR moved %d relations to Ukraine, want 1", d)
	}
}

func degree(g *graph.Graph, id string) int {
	n := 0
	for range g.RelationsOf(id) {
		n++
	}
	return n
}

func TestReadActorTable(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]string
		bad      []string // lines named in the error
	}{
		{"pairs", "# comment\ncrimea=UKR\n\ndonetsk\tUKR\nRUSGOV  RUS\n", map[string]string{"crimea": "UKR", "donetsk": "UKR", "RUSGOV": "RUS"}, nil},
		{"bad", "crimea\nx=UKR\nx=RUS\nbad id=UKR\n", nil, []string{"t:1", "t:3", "t:4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadActorTable(strings.NewReader(tt.in), "t")
			if tt.bad == nil {
				if err != nil || fmt.Sprint(got) != fmt.Sprint(tt.want) {
					t.Errorf("got %v, %v; want %v", got, err, tt.want)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrConfig) {
				t.Fatalf("err = %v, want ErrConfig", err)
			}
			for _, l := range tt.bad {
				if !strings.Contains(err.Error(), l+":") {
					t.Errorf("error does not name %s: %v", l, err)
				}
			}
		})
	}
}

// TestFoldWindow checks that folding looks back FoldWindow of input time,
// and at most twice that: an event's key is kept through the window after
// its own, and forgotten after that.
func TestFoldWindow(t *testing.T) {
	added := date.MustParse("2018-01-01").First()
	ev := func(id string, after time.Duration) Event {
		return Event{Dataset: GDELT2, ID: id, Date: date.MustParse("2018-01-01"), Added: added.Add(after), Code: "111", Goldstein: -2,
			Actor1: Actor{Code: "RUS", Country: "RUS"}, Actor2: Actor{Code: "UKR", Country: "UKR"}, SourceURL: "https://example.org/a"}
	}
	in, _ := NewIngester(Options{})
	in.Add(ev("1", 0))
	in.Add(ev("2", time.Hour))
	in.Add(ev("3", 3*24*time.Hour)) // the window turns: event 1 is in the last one
	in.Add(ev("4", 7*24*time.Hour)) // and turns again: event 1 is forgotten
	in.Add(ev("5", 2*time.Hour))    // out of order: the clock stays
	rep := in.Report()
	if rep.Repeated != 3 || rep.Events != 2 {
		t.Errorf("%d repeated, %d events; want 3 (2 and 3 of 1, 5 of 4), 2 (1, 4)", rep.Repeated, rep.Events)
	}
}
