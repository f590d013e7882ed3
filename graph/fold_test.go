package graph

import (
	"errors"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

// foldFixture: Yanukovych led Ukraine until 22 February 2014, then fled to
// Russia; Lavrov serves Russia; the Kremlin is a Russian agency; NATO has no
// country; Crimea is a territory (not folded by default).
func foldFixture(t *testing.T) *Graph {
	t.Helper()
	d := date.MustParse
	b := NewBuilder()
	b.AddSource(Source{ID: "bbc"})
	b.Add(
		actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"), actors.NewState("USA", "United States"),
		actors.Actor{ID: "lavrov", Name: "Sergei Lavrov", Kind: actors.Official, Country: "RUS"},
		actors.Actor{ID: "kerry", Name: "John Kerry", Kind: actors.Official, Country: "USA"},
		actors.Actor{ID: "kremlin", Name: "the Kremlin", Kind: actors.Organization, Country: "RUS"},
		actors.Actor{ID: "yanukovych", Name: "Viktor Yanukovych", Kind: actors.Leader, Country: "UKR",
			Roles: []actors.Role{{Role: "president", Of: "UKR", When: date.Between(d("2010-02-25"), d("2014-02-22"))}}},
		actors.Actor{ID: "NATO", Name: "NATO", Kind: actors.Organization},
		actors.Actor{ID: "crimea", Name: "Crimea", Kind: actors.Territory, Country: "UKR"},
		actors.Actor{ID: "zzz", Name: "Someone", Kind: actors.Official, Country: "FRA"},
	)
	b.AddRelation(NewRelation("lavrov", "RUS", Serves).During(date.Between(d("2004-03-09"), date.Date{})))
	b.AddRelation(NewRelation("yanukovych", "UKR", Leads).During(date.Between(d("2010-02-25"), d("2014-02-22"))))
	b.AddRelation(NewRelation("kerry", "lavrov", Phoned).On(d("2014-03-29")).Cite("bbc", "Mr Lavrov had spoken by phone to ... John Kerry").AttributedTo("kremlin"))
	b.AddRelation(NewRelation("lavrov", "kremlin", Consulted).On(d("2014-03-29")))
	b.AddRelation(NewRelation("RUS", "crimea", Annexed).On(d("2014-03-18")))
	b.AddRelation(NewRelation("yanukovych", "kremlin", Appealed).On(d("2014-03-01")))
	b.AddRelation(NewRelation("NATO", "kerry", Met).On(d("2014-03")))
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFoldByCountry(t *testing.T) {
	g := foldFixture(t)
	f, fold, err := g.Fold(FoldOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for a := range f.Actors() {
		ids = append(ids, a.ID)
	}
	if want := []string{"NATO", "RUS", "UKR", "USA", "crimea", "zzz"}; !slices.Equal(ids, want) {
		t.Errorf("actors %v, want %v", ids, want)
	}
	moves := map[string]string{}
	for _, m := range fold.Moves {
		moves[m.Actor] = m.Into + " (" + m.Why + ")"
	}
	want := map[string]string{"kerry": "USA (country USA)", "kremlin": "RUS (country RUS)", "lavrov": "RUS (country RUS)", "yanukovych": "UKR (country UKR)"}
	if len(moves) != len(want) {
		t.Errorf("moves %v, want %v", moves, want)
	}
	for k, v := range want {
		if moves[k] != v {
			t.Errorf("%s went to %q, want %q", k, moves[k], v)
		}
	}
	if want := []FoldMove{{Actor: "NATO", Why: "no country"}, {Actor: "zzz", Why: "no state actor for country FRA"}}; !slices.Equal(fold.Kept, want) {
		t.Errorf("kept %+v, want %+v", fold.Kept, want)
	}
	var loops []string
	for _, r := range fold.SelfLoops {
		loops = append(loops, r.Kind)
	}
	if want := []string{Serves, Leads, Consulted}; !slices.Equal(loops, want) {
		t.Errorf("self-loops %v, want %v", loops, want)
	}
	if f.NumRelations()+len(fold.SelfLoops) != g.NumRelations() {
		t.Errorf("%d + %d relations, want %d: something was lost", f.NumRelations(), len(fold.SelfLoops), g.NumRelations())
	}
	call, ok := f.Relation("kerry-phoned-lavrov-2014-03-29")
	if !ok || call.From != "USA" || call.To != "RUS" || call.ReportedBy != "RUS" || len(call.Evidence) != 1 {
		t.Errorf("the call re-attached as %+v", call)
	}
	if f.Origin() != f {
		t.Error("a fold is a graph of its own")
	}
}

func TestFoldByAffiliation(t *testing.T) {
	g := foldFixture(t)
	for _, tc := range []struct {
		asOf string
		into string
		why  string
	}{
		{"2014-01-01", "UKR", "leads UKR as of 2014-01-01"},
		{"2014-03-01", "UKR", "country UKR"}, // no longer leads: falls back to his Country
	} {
		_, fold, err := g.Fold(FoldOptions{ByAffiliation: true, AsOf: date.MustParse(tc.asOf)})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range fold.Moves {
			if m.Actor == "yanukovych" && (m.Into != tc.into || m.Why != tc.why) {
				t.Errorf("as of %s: %+v, want into %s because %q", tc.asOf, m, tc.into, tc.why)
			}
			if m.Actor == "lavrov" && m.Why != "serves RUS as of "+tc.asOf {
				t.Errorf("as of %s: lavrov %+v", tc.asOf, m)
			}
		}
	}
}

func TestFoldOptions(t *testing.T) {
	g := foldFixture(t)
	f, fold, err := g.Fold(FoldOptions{Kinds: []actors.Kind{actors.Territory}})
	if err != nil {
		t.Fatal(err)
	}
	if len(fold.Moves) != 1 || fold.Moves[0].Actor != "crimea" || fold.Moves[0].Into != "UKR" {
		t.Errorf("moves %+v", fold.Moves)
	}
	if _, ok := f.Actor("lavrov"); !ok {
		t.Error("lavrov folded although only territories were asked for")
	}
	for _, bad := range [][]actors.Kind{{actors.State}, {actors.Kind(99)}} {
		if _, _, err := g.Fold(FoldOptions{Kinds: bad}); !errors.Is(err, ErrBadFilter) {
			t.Errorf("Kinds %v: %v", bad, err)
		}
	}
	// A view folds too: only what the view holds comes along.
	v, err := g.Filter(Filter{Kinds: []string{Phoned}})
	if err != nil {
		t.Fatal(err)
	}
	fv, _, err := v.Fold(FoldOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if fv.NumRelations() != 1 {
		t.Errorf("folded view has %d relations", fv.NumRelations())
	}
}
