package events

import (
	"fmt"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

func TestAggregate(t *testing.T) {
	mk := func(id, day, code string, g float64) Event {
		return Event{Dataset: GDELT2, ID: id, Date: date.MustParse(day), Code: code, Goldstein: g, NumMentions: 2, AvgTone: -1,
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
		{PerDay, []string{"2014-03-03 threatened 1 -7", "2014-03-09 threatened 1 -7", "2014-03-10 threatened 1 -4.4", "2014-03-31 condemned 1 -2", "2014-04-01 threatened 1 -7"}},
		{PerWeek, []string{"2014-03-03/2014-03-09 threatened 2 -7", "2014-03-10/2014-03-16 threatened 1 -4.4", "2014-03-31/2014-04-06 condemned 1 -2", "2014-03-31/2014-04-06 threatened 1 -7"}},
		{PerMonth, []string{"2014-03 threatened 3 -6.1333", "2014-03 condemned 1 -2", "2014-04 threatened 1 -7"}},
	}
	for _, tt := range tests {
		t.Run(tt.p.String(), func(t *testing.T) {
			in, err := NewIngester(Options{Aggregate: tt.p, Actors: ActorsCountry, MaxEvidence: 1})
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
				got = append(got, fmt.Sprintf("%s %s %d %s", r.When, r.Kind, r.Count, r.Attrs[AttrGoldstein]))
				if r.Attrs[AttrPeriod] != tt.p.String() || len(r.Evidence) != 1 {
					t.Errorf("%s: attrs %v, %d citations", r.ID, r.Attrs, len(r.Evidence))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	in, _ := NewIngester(Options{Aggregate: PerMonth, Actors: ActorsCountry, MaxEvidence: 1})
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
	ev := Event{Dataset: GDELT2, ID: "1", Date: date.MustParse("2018-01-01"), Code: "010", Goldstein: 0,
		Actor1: Actor{Code: "RUS", Country: "RUS"}, Actor2: Actor{Code: "UKR", Country: "UKR"}}
	for _, w := range []Weighting{WeightGoldstein, WeightCount} {
		in, _ := NewIngester(Options{Weight: w})
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

// TestAggregateCoarseDates: events a caller dates by month, by year or not
// at all aggregate by their own date when no period holds them, and the
// weeks at the ends of the calendar stay on it.
func TestAggregateCoarseDates(t *testing.T) {
	mk := func(id, day string) Event {
		d, _ := date.Parse(day)
		return Event{Dataset: GDELT2, ID: id, Date: d, Code: "040", Actor1: Actor{Code: "RUS", Country: "RUS"}, Actor2: Actor{Code: "UKR", Country: "UKR"}}
	}
	evs := []Event{mk("1", "2018-06-04"), mk("2", "2018-06"), mk("3", "2018"), mk("4", ""), mk("5", "2018-06-05"), mk("6", "2018-06"),
		mk("7", "9999-12-31"), mk("8", "0001-01-02")}
	tests := []struct {
		p    Period
		want []string // when count
	}{
		{PerDay, []string{"2018-06-04 1", "2018-06 2", "2018 1", " 1", "2018-06-05 1", "9999-12-31 1", "0001-01-02 1"}},
		{PerWeek, []string{"2018-06-04/2018-06-10 2", "2018-06 2", "2018 1", " 1", "9999-12-27/9999-12-31 1", "0001-01-01/0001-01-07 1"}},
		{PerMonth, []string{"2018-06 4", "2018 1", " 1", "9999-12 1", "0001-01 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.p.String(), func(t *testing.T) {
			in, err := NewIngester(Options{Aggregate: tt.p, Actors: ActorsCountry})
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
				got = append(got, fmt.Sprint(r.When, " ", r.Count))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if rep := in.Report(); rep.Events != int64(len(evs)) || rep.Check() != nil {
				t.Errorf("report %+v", rep)
			}
		})
	}
}
