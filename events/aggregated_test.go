package events

import (
	"errors"
	"testing"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

func TestAddAggregate(t *testing.T) {
	rus, _ := ActorsCountry.Resolve(Actor{Code: "RUS", Country: "RUS"}, GDELT2)
	ukr, _ := ActorsCountry.Resolve(Actor{Code: "UKR", Country: "UKR"}, GDELT2)
	ok := Aggregate{Dataset: GDELT2, From: rus, To: ukr, Kind: "accused", Start: date.MustParse("2014-03-01"), Events: 2,
		GoldsteinSum: -4, GoldsteinAbsSum: 4, Codes: []string{"112"}, Added: time.Date(2014, 3, 2, 0, 0, 0, 0, time.UTC),
		Citations: []Citation{{SourceURL: "https://bbc.co.uk/a", EventID: "7"}, {SourceURL: "https://bbc.co.uk/a", EventID: "8", As: "repeat"}}, Repeats: 1}
	tests := []struct {
		name   string
		period Period
		change func(a *Aggregate)
	}{
		{"per event", PerEvent, func(*Aggregate) {}},
		{"icews", PerMonth, func(a *Aggregate) { a.Dataset = ICEWS }},
		{"no events", PerMonth, func(a *Aggregate) { a.Events = 0 }},
		{"negative", PerMonth, func(a *Aggregate) { a.Repeats = -1 }},
		{"roots", PerMonth, func(a *Aggregate) { a.RootEvents = 3 }},
		{"kind", PerMonth, func(a *Aggregate) { a.Kind = "hugged" }},
		{"same actor", PerMonth, func(a *Aggregate) { a.To = rus }},
		{"bad actor", PerMonth, func(a *Aggregate) { a.To = actors.Actor{ID: "-x"} }},
		{"start", PerMonth, func(a *Aggregate) { a.Start = date.MustParse("2014-03-02") }},
		{"week start", PerWeek, func(a *Aggregate) { a.Start = date.MustParse("2014-03-01") }}, // a Saturday
		{"month", PerMonth, func(a *Aggregate) { a.Start = date.MustParse("2014-03") }},
		{"role", PerMonth, func(a *Aggregate) { a.Citations[1].As = "quote" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := NewIngester(Options{Aggregate: tt.period})
			if err != nil {
				t.Fatal(err)
			}
			a := ok
			a.Citations = append([]Citation(nil), ok.Citations...)
			tt.change(&a)
			if err := in.AddAggregate(a); !errors.Is(err, ErrConfig) {
				t.Fatalf("AddAggregate = %v, want ErrConfig", err)
			}
		})
	}
	in, _ := NewIngester(Options{Aggregate: PerMonth})
	for range 2 { // the same pair, kind and month twice: one relation of both
		if err := in.AddAggregate(ok); err != nil {
			t.Fatal(err)
		}
	}
	g, err := in.Graph()
	if err != nil {
		t.Fatal(err)
	}
	r := g.RelationAt(0)
	if g.NumRelations() != 1 || r.Count != 4 || r.Attrs[AttrRepeats] != "2" || r.Weight != 2 || len(r.Evidence) != 1 ||
		r.Evidence[0].Note != "GDELT event 7; repeat: event 8; repeat: event 8" {
		t.Errorf("%d relations: %+v", g.NumRelations(), r)
	}
}
