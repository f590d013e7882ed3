package graph

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/internal/errlist"
)

var p = date.MustParse

// crisis builds a small graph in the shape of the Ukraine example.
func crisis(t testing.TB) *Graph {
	t.Helper()
	b := NewBuilder()
	b.SetTitle("test crisis")
	b.AddSource(Source{ID: "bbc", Title: "Russia vows no invasion", Publisher: "BBC News", Date: p("2014-03-29")})
	b.AddKind(Kind{Name: "interviewed-by", Sign: Neutral, Phrase: "gave an interview to"})
	b.Add(
		actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"), actors.NewState("USA", "United States"),
		actors.Actor{ID: "crimea", Name: "Crimea", Kind: actors.Territory, Country: "UKR"},
		actors.Actor{ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader, Country: "RUS",
			Roles: []actors.Role{{Role: "president", Of: "RUS", When: date.Between(p("2012-05-07"), date.Date{})}}},
		actors.Actor{ID: "obama", Name: "Barack Obama", Kind: actors.Leader, Country: "USA"},
		actors.Actor{ID: "lavrov", Name: "Sergei Lavrov", Kind: actors.Official, Country: "RUS"},
		actors.Actor{ID: "kerry", Name: "John Kerry", Kind: actors.Official, Country: "USA"},
		actors.Actor{ID: "klitschko", Name: "Vitaly Klitschko", Kind: actors.Person, Country: "UKR"},
		actors.Actor{ID: "poroshenko", Name: "Petro Poroshenko", Kind: actors.Person, Country: "UKR"},
		actors.Actor{ID: "nato", Name: "NATO", Kind: actors.Organization},
		actors.Actor{ID: "rossiya1", Name: "Rossiya 1", Kind: actors.Media, Country: "RUS"},
	)
	ev := func(q string) []Evidence { return []Evidence{{Source: "bbc", Quote: q}} }
	b.AddRelation(Relation{From: "putin", To: "obama", Kind: Phoned, When: date.At(p("2014-03-28")), Evidence: ev("Mr Putin had contacted President Obama"), ReportedBy: "obama"})
	b.AddRelation(Relation{From: "kerry", To: "lavrov", Kind: Phoned, When: date.At(p("2014-03-29")), Evidence: ev("spoken by phone")})
	b.AddRelation(Relation{From: "klitschko", To: "poroshenko", Kind: WithdrewFor, When: date.At(p("2014-03-29"))})
	b.AddRelation(Relation{From: "klitschko", To: "poroshenko", Kind: Backs, When: date.At(p("2014-03-29"))})
	b.AddRelation(Relation{From: "USA", To: "RUS", Kind: Sanctions, When: date.At(p("2014-03"))})
	b.AddRelation(Relation{From: "RUS", To: "crimea", Kind: Annexed, When: date.At(p("2014-03-18"))})
	b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Mobilized, When: date.At(p("2014-03")), ReportedBy: "nato"})
	b.AddRelation(Relation{From: "lavrov", To: "rossiya1", Kind: "interviewed-by", When: date.At(p("2014-03-29"))})
	b.Relate("putin", "RUS", Leads)
	b.Relate("lavrov", "RUS", Serves)
	b.AddRelation(Relation{From: "crimea", To: "UKR", Kind: PartOf, When: date.Between(date.Date{}, p("2014-03-17"))})
	b.AddRelation(Relation{From: "obama", To: "putin", Kind: Met, When: date.At(p("2013-06-17")), Weight: 2})
	g, err := b.Build()
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return g
}

func TestBuildErrors(t *testing.T) {
	base := func() *Builder {
		b := NewBuilder()
		b.AddSource(Source{ID: "bbc", Title: "t"})
		b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
		return b
	}
	type want struct {
		section Section
		index   int
		field   string
		err     error
	}
	tests := []struct {
		name string
		add  func(b *Builder)
		want []want
	}{
		{"unknown actor", func(b *Builder) {
			b.AddRelation(Relation{From: "RUS", To: "UKX", Kind: Annexed})
		}, []want{{SectionRelations, 0, "to", ErrUnknownActor}}},
		{"missing ends and kind", func(b *Builder) {
			b.AddRelation(Relation{})
		}, []want{{SectionRelations, 0, "from", ErrMissing}, {SectionRelations, 0, "to", ErrMissing}, {SectionRelations, 0, "kind", ErrMissing}}},
		{"unknown kind", func(b *Builder) {
			b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: "phoed"})
		}, []want{{SectionRelations, 0, "kind", ErrUnknownKind}}},
		{"self relation", func(b *Builder) {
			b.AddRelation(Relation{From: "RUS", To: "RUS", Kind: Backs})
		}, []want{{SectionRelations, 0, "to", ErrSelfRelation}}},
		{"bad weights", func(b *Builder) {
			b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs, Weight: -1})
			b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs, Weight: math.NaN()})
			b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs, Weight: math.Inf(1)})
		}, []want{{SectionRelations, 0, "weight", ErrBadWeight}, {SectionRelations, 1, "weight", ErrBadWeight}, {SectionRelations, 2, "weight", ErrBadWeight}}},
		{"negative count", func(b *Builder) {
			b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs, Count: -2})
		}, []want{{SectionRelations, 0, "count", ErrBadCount}}},
		{"until before since", func(b *Builder) {
			b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Sanctions, When: date.Between(p("2014-05"), p("2014-03"))})
		}, []want{{SectionRelations, 0, "until", date.ErrReversed}}},
		{"evidence", func(b *Builder) {
			b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs, Evidence: []Evidence{{Quote: "q"}, {Source: "bbd", Quote: "q"}}})
		}, []want{{SectionRelations, 0, "evidence[0].source", ErrNoSource}, {SectionRelations, 0, "evidence[1].source", ErrUnknownSource}}},
		{"reported by unknown", func(b *Builder) {
			b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs, ReportedBy: "kremlin"})
		}, []want{{SectionRelations, 0, "reported_by", ErrUnknownActor}}},
		{"duplicate relation IDs", func(b *Builder) {
			b.AddRelation(Relation{ID: "r1", From: "RUS", To: "UKR", Kind: Backs})
			b.AddRelation(Relation{ID: "r1", From: "UKR", To: "RUS", Kind: Backs})
			b.AddRelation(Relation{ID: "bad id", From: "UKR", To: "RUS", Kind: Backs})
		}, []want{{SectionRelations, 1, "id", ErrDuplicateRelation}, {SectionRelations, 2, "id", ErrBadID}}},
		{"duplicate actor", func(b *Builder) {
			b.Add(actors.NewState("RUS", "Russia again"))
		}, []want{{SectionActors, 2, "id", ErrDuplicateActor}}},
		{"invalid actor", func(b *Builder) {
			b.Add(actors.Actor{ID: "x y", Name: "", Country: "ZZZ"})
		}, []want{{SectionActors, 2, "id", actors.ErrBadID}, {SectionActors, 2, "name", actors.ErrNoName}, {SectionActors, 2, "country", actors.ErrUnknownCountry}}},
		{"role of unknown", func(b *Builder) {
			b.Add(actors.Actor{ID: "p", Name: "P", Roles: []actors.Role{{Role: "president", Of: "USA"}}})
		}, []want{{SectionActors, 2, "roles[0].of", ErrUnknownActor}}},
		{"sources", func(b *Builder) {
			b.AddSource(Source{ID: "bbc"})
			b.AddSource(Source{ID: ""})
		}, []want{{SectionSources, 1, "id", ErrDuplicateSource}, {SectionSources, 2, "id", ErrBadID}}},
		{"kinds", func(b *Builder) {
			b.AddKind(Kind{Name: "phoned"})
			b.AddKind(Kind{Name: "Bad Name", Sign: 3, CAMEO: []string{"41x"}})
			b.AddKind(Kind{Name: "ok-kind", Goldstein: 11})
			b.AddKind(Kind{Name: "ok-kind"})
		}, []want{
			{SectionKinds, 0, "name", ErrDuplicateKind},
			{SectionKinds, 1, "name", ErrBadKind}, {SectionKinds, 1, "sign", ErrBadKind}, {SectionKinds, 1, "cameo[0]", ErrBadKind},
			{SectionKinds, 2, "goldstein", ErrBadKind},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base()
			tt.add(b)
			g, err := b.Build()
			if g != nil || err == nil {
				t.Fatalf("Build() = %v, %v; want an error", g, err)
			}
			var got []*Error
			for _, e := range errlist.Flatten(err) {
				var ge *Error
				if !errors.As(e, &ge) {
					t.Fatalf("error %v is not a *graph.Error", e)
				}
				got = append(got, ge)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d errors:\n%v\nwant %d", len(got), err, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Section != w.section || g.Index != w.index || g.Field != w.field || !errors.Is(g, w.err) {
					t.Errorf("error %d = %s [%v]; want %s[%d].%s %v", i, g.Path(), g.Err, w.section, w.index, w.field, w.err)
				}
			}
		})
	}
}

func TestBuildAllProblemsAtOnce(t *testing.T) {
	b := NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"))
	for i := range 5 {
		b.AddRelation(Relation{From: "RUS", To: fmt.Sprintf("X%d", i), Kind: Backs})
	}
	_, err := b.Build()
	if n := len(errlist.Flatten(err)); n != 5 {
		t.Errorf("got %d problems, want 5: %v", n, err)
	}
	if !errors.Is(err, ErrUnknownActor) {
		t.Errorf("errors.Is(err, ErrUnknownActor) = false for %v", err)
	}
}

func TestSuggestion(t *testing.T) {
	b := NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
	b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: "sanction"})
	_, err := b.Build()
	if err == nil || !strings.Contains(err.Error(), `did you mean "sanctions"?`) {
		t.Errorf("error %v does not suggest the kind", err)
	}
}

func TestDerivedIDs(t *testing.T) {
	b := NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
	b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs, When: date.At(p("2014-03"))})
	b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs, When: date.At(p("2014-03"))})
	b.AddRelation(Relation{ID: "RUS-backs-UKR", From: "UKR", To: "RUS", Kind: Backs})
	b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Backs})
	b.AddRelation(Relation{From: "RUS", To: "UKR", Kind: Sanctions, When: date.Between(date.Date{}, p("2015"))})
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for r := range g.Relations() {
		ids = append(ids, r.ID)
	}
	want := []string{"RUS-backs-UKR-2014-03", "RUS-backs-UKR-2014-03-2", "RUS-backs-UKR", "RUS-backs-UKR-2", "RUS-sanctions-UKR-until-2015"}
	if !slices.Equal(ids, want) {
		t.Errorf("IDs = %q\nwant  %q", ids, want)
	}
	for _, id := range want {
		if _, ok := g.Relation(id); !ok {
			t.Errorf("Relation(%q) not found", id)
		}
	}
}

func TestLookups(t *testing.T) {
	g := crisis(t)
	ids := func(rs []Relation) string {
		var s []string
		for _, r := range rs {
			s = append(s, r.From+">"+r.Kind+">"+r.To)
		}
		return strings.Join(s, " ")
	}
	tests := []struct{ name, got, want string }{
		{"From", ids(slices.Collect(g.From("klitschko"))), "klitschko>withdrew-for>poroshenko klitschko>backs>poroshenko"},
		{"To", ids(slices.Collect(g.To("RUS"))), "USA>sanctions>RUS putin>leads>RUS lavrov>serves>RUS"},
		{"RelationsOf", ids(slices.Collect(g.RelationsOf("putin"))), "putin>phoned>obama putin>leads>RUS obama>met>putin"},
		{"Between either way", ids(slices.Collect(g.Between("obama", "putin"))), "putin>phoned>obama obama>met>putin"},
		{"OfKind", ids(slices.Collect(g.OfKind(Phoned))), "putin>phoned>obama kerry>phoned>lavrov"},
		{"unknown actor", ids(slices.Collect(g.From("nobody"))), ""},
		{"Neighbors", strings.Join(g.Neighbors("RUS"), ","), "UKR,USA,crimea,lavrov,putin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got  %q\nwant %q", tt.got, tt.want)
			}
		})
	}
	as := slices.Collect(g.Actors())
	if !slices.IsSortedFunc(as, func(a, b actors.Actor) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("Actors() not sorted by ID")
	}
	if g.NumActors() != 12 || g.NumRelations() != 12 {
		t.Errorf("NumActors, NumRelations = %d, %d; want 12, 12", g.NumActors(), g.NumRelations())
	}
	if _, ok := g.Kind("interviewed-by"); !ok {
		t.Error("custom kind missing")
	}
	if ck := g.CustomKinds(); len(ck) != 1 || ck[0].Name != "interviewed-by" {
		t.Errorf("CustomKinds() = %v", ck)
	}
	if h := g.Holders("president", "RUS", p("2014-03-29")); len(h) != 1 || h[0].ID != "putin" {
		t.Errorf("Holders = %v", h)
	}
	if r, _ := g.Relation("obama-met-putin-2013-06-17"); r.Weight != 2 {
		t.Errorf("Weight = %v, want 2", r.Weight)
	}
	if r, _ := g.Relation("putin-leads-RUS"); r.Weight != 1 {
		t.Errorf("default Weight = %v, want 1", r.Weight)
	}
}

func TestImmutable(t *testing.T) {
	g := crisis(t)
	rs := slices.Collect(g.Relations())
	rs[0].Kind = "changed"
	as := slices.Collect(g.Actors())
	as[0].Name = "changed"
	if r, _ := g.Relation(rs[0].ID); r.Kind == "changed" {
		t.Error("changing a returned relation changed the graph")
	}
	if a, _ := g.Actor(as[0].ID); a.Name == "changed" {
		t.Error("changing a returned actor changed the graph")
	}
	reg := g.Kinds()
	if err := reg.Add(Kind{Name: "new-kind"}); err != nil {
		t.Fatal(err)
	}
	if _, ok := g.Kind("new-kind"); ok {
		t.Error("adding to Kinds() changed the graph's registry")
	}
}

func TestFilter(t *testing.T) {
	g := crisis(t)
	tests := []struct {
		name      string
		f         Filter
		relations []string // IDs
		actors    int
	}{
		{"kinds", Filter{Kinds: []string{Phoned}}, []string{"putin-phoned-obama-2014-03-28", "kerry-phoned-lavrov-2014-03-29"}, 12},
		{"kinds drop isolated", Filter{Kinds: []string{Phoned}, DropIsolated: true}, []string{"putin-phoned-obama-2014-03-28", "kerry-phoned-lavrov-2014-03-29"}, 4},
		{"hostile", Filter{Signs: []Sign{Hostile}, DropIsolated: true}, []string{"USA-sanctions-RUS-2014-03", "RUS-annexed-crimea-2014-03-18", "RUS-mobilized-UKR-2014-03"}, 4},
		{"affiliations", Filter{Natures: []Nature{NatureAffiliation}}, []string{"putin-leads-RUS", "lavrov-serves-RUS", "crimea-part-of-UKR-until-2014-03-17"}, 12},
		{"actor kinds", Filter{ActorKinds: []actors.Kind{actors.State}}, []string{"USA-sanctions-RUS-2014-03", "RUS-mobilized-UKR-2014-03"}, 3},
		{"countries", Filter{Countries: []string{"RUS"}}, []string{"lavrov-interviewed-by-rossiya1-2014-03-29", "putin-leads-RUS", "lavrov-serves-RUS"}, 4},
		{"actors", Filter{Actors: []string{"putin", "obama"}}, []string{"putin-phoned-obama-2014-03-28", "obama-met-putin-2013-06-17"}, 2},
		{"window day", Filter{Window: date.At(p("2014-03-28")), DropUndated: true}, []string{
			"putin-phoned-obama-2014-03-28", "USA-sanctions-RUS-2014-03", "RUS-mobilized-UKR-2014-03"}, 12},
		{"window keeps undated", Filter{Window: date.At(p("2014-03-28")), Natures: []Nature{NatureAffiliation}}, []string{"putin-leads-RUS", "lavrov-serves-RUS"}, 12},
		{"as of before the crisis", Filter{AsOf: p("2014-02-28"), DropUndated: true}, []string{
			"crimea-part-of-UKR-until-2014-03-17", "obama-met-putin-2013-06-17"}, 12},
		{"month precision counts for each of its days", Filter{AsOf: p("2014-03-01"), DropUndated: true}, []string{
			"USA-sanctions-RUS-2014-03", "RUS-mobilized-UKR-2014-03", "crimea-part-of-UKR-until-2014-03-17", "obama-met-putin-2013-06-17"}, 12},
		{"as of publication", Filter{AsOf: p("2014-03-29"), DropUndated: true}, []string{
			"putin-phoned-obama-2014-03-28", "kerry-phoned-lavrov-2014-03-29",
			"klitschko-withdrew-for-poroshenko-2014-03-29", "klitschko-backs-poroshenko-2014-03-29",
			"USA-sanctions-RUS-2014-03", "RUS-annexed-crimea-2014-03-18", "RUS-mobilized-UKR-2014-03",
			"lavrov-interviewed-by-rossiya1-2014-03-29", "obama-met-putin-2013-06-17"}, 12},
		{"keep func", Filter{Keep: func(r Relation) bool { return r.ReportedBy != "" }}, []string{"putin-phoned-obama-2014-03-28", "RUS-mobilized-UKR-2014-03"}, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := g.Filter(tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for r := range v.Relations() {
				got = append(got, r.ID)
			}
			if !slices.Equal(got, tt.relations) {
				t.Errorf("relations = %q\nwant        %q", got, tt.relations)
			}
			if v.NumActors() != tt.actors {
				t.Errorf("NumActors = %d, want %d", v.NumActors(), tt.actors)
			}
			if v.Origin() != g {
				t.Error("Origin() of a view is not the built graph")
			}
			for r := range v.Relations() {
				if len(slices.Collect(v.Between(r.From, r.To))) == 0 {
					t.Errorf("view index misses %s", r.ID)
				}
			}
		})
	}
}

func TestFilterErrors(t *testing.T) {
	g := crisis(t)
	tests := []struct {
		name  string
		f     Filter
		field string
		err   error
	}{
		{"unknown kind", Filter{Kinds: []string{"phone"}}, "kinds", ErrUnknownKind},
		{"unknown actor", Filter{Actors: []string{"pootin"}}, "actors", ErrUnknownActor},
		{"unknown country", Filter{Countries: []string{"XX"}}, "countries", actors.ErrUnknownCountry},
		{"bad sign", Filter{Signs: []Sign{2}}, "signs", ErrBadFilter},
		{"reversed window", Filter{Window: date.Between(p("2015"), p("2014"))}, "window", date.ErrReversed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := g.Filter(tt.f)
			var ge *Error
			if v != nil || !errors.As(err, &ge) || ge.Field != tt.field || !errors.Is(err, tt.err) || !errors.Is(err, ErrBadFilter) {
				t.Errorf("Filter = %v, %v; want field %s and %v", v, err, tt.field, tt.err)
			}
		})
	}
}

func TestRegistry(t *testing.T) {
	r := BuiltinKinds()
	if r.Len() < 20 {
		t.Errorf("only %d built-in kinds", r.Len())
	}
	for _, name := range []string{Phoned, Backs, Sanctions, Annexed, WithdrewFor, Met, Negotiated, Pledged, Proposed,
		Demanded, Condemned, Accused, Threatened, Mobilized, DeEscalated, Ousted, CandidateFor, Leads, Serves, MemberOf, PartOf} {
		if _, ok := r.Kind(name); !ok || !r.IsBuiltin(name) {
			t.Errorf("built-in kind %q missing", name)
		}
	}
	kinds := slices.Collect(r.Kinds())
	if !slices.IsSortedFunc(kinds, func(a, b Kind) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("Kinds() not sorted")
	}
	card := []struct {
		name      string
		sign      Sign
		symmetric bool
		cameo     []string
	}{
		{Phoned, Cooperative, false, []string{"041"}},
		{Backs, Cooperative, false, []string{"051", "053"}},
		{Sanctions, Hostile, false, []string{"163", "172"}},
		{Annexed, Hostile, false, []string{"192"}},
		{WithdrewFor, Cooperative, false, nil},
	}
	for _, c := range card {
		k, _ := r.Kind(c.name)
		if k.Sign != c.sign || k.Symmetric != c.symmetric || !slices.Equal(k.CAMEO, c.cameo) {
			t.Errorf("%s = %+v", c.name, k)
		}
	}
	cameo := []struct{ code, kind string }{
		{"041", Phoned}, {"0411", Phoned}, {"04", Consulted}, {"045", Mediated}, {"051", Backs}, {"052", Cooperated},
		{"163", Sanctions}, {"164", ReducedRelations}, {"172", Sanctions}, {"173", Coerced}, {"192", Annexed},
		{"190", Fought}, {"1382", Threatened}, {"112", Accused}, {"111", Condemned}, {"154", Mobilized}, {"087", DeEscalated},
	}
	for _, c := range cameo {
		k, ok := r.ForCAMEO(c.code)
		if !ok || k.Name != c.kind {
			t.Errorf("ForCAMEO(%q) = %q, %v; want %q", c.code, k.Name, ok, c.kind)
		}
	}
	for _, code := range []string{"010", "01", "", "9", "41"} {
		if k, ok := r.ForCAMEO(code); ok {
			t.Errorf("ForCAMEO(%q) = %q, want none", code, k.Name)
		}
	}
	// A later kind takes over a code.
	if err := r.Add(Kind{Name: "expelled-diplomats", Sign: Hostile, CAMEO: []string{"161"}}); err != nil {
		t.Fatal(err)
	}
	if k, _ := r.ForCAMEO("161"); k.Name != "expelled-diplomats" {
		t.Errorf("ForCAMEO(161) = %q after override", k.Name)
	}
	if k, _ := r.ForCAMEO("160"); k.Name != ReducedRelations {
		t.Errorf("ForCAMEO(160) = %q, want reduced-relations", k.Name)
	}
	if err := r.Add(Kind{Name: Phoned}); !errors.Is(err, ErrDuplicateKind) {
		t.Errorf("re-adding phoned: %v", err)
	}
	if k, _ := r.Kind(WithdrewFor); k.Verb() != "withdrew in favour of" {
		t.Errorf("Verb() = %q", k.Verb())
	}
	if k := (Kind{Name: "x"}); k.Verb() != "x" {
		t.Errorf("default Verb() = %q", k.Verb())
	}
}

func TestSignAndNatureText(t *testing.T) {
	for _, s := range []string{"+", "+1", "1", "-", "-1", "0", "hostile", "Cooperative", "neutral"} {
		if _, err := ParseSign(s); err != nil {
			t.Errorf("ParseSign(%q): %v", s, err)
		}
	}
	if _, err := ParseSign("2"); !errors.Is(err, ErrBadKind) {
		t.Errorf("ParseSign(2) = %v", err)
	}
	for _, n := range []Nature{NatureEvent, NatureState, NatureAffiliation} {
		if got, err := ParseNature(n.String()); err != nil || got != n {
			t.Errorf("ParseNature(%q) = %v, %v", n, got, err)
		}
	}
	if _, err := ParseNature("relation"); !errors.Is(err, ErrBadKind) {
		t.Errorf("ParseNature(relation) = %v", err)
	}
}

// TestConcurrentReads runs readers against one graph; run with -race.
func TestConcurrentReads(t *testing.T) {
	g := crisis(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				for a := range g.Actors() {
					_ = slices.Collect(g.RelationsOf(a.ID))
					_ = g.Neighbors(a.ID)
				}
				_ = g.KindCounts()
				if v, err := g.Filter(Filter{Signs: []Sign{Sign(i%3 - 1)}, AsOf: p("2014-03-29")}); err != nil || v == nil {
					t.Error(err)
					return
				}
				_ = g.Holders("president", "RUS", p("2014"))
			}
		}()
	}
	wg.Wait()
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("relations=%d", n), func(b *testing.B) {
			bl := NewBuilder()
			for i := range 1000 {
				bl.Add(actors.Actor{ID: fmt.Sprintf("a%d", i), Name: "A"})
			}
			for i := range n {
				bl.AddRelation(Relation{From: fmt.Sprintf("a%d", i%1000), To: fmt.Sprintf("a%d", (i*7+1)%1000), Kind: Met, When: date.At(p("2014-03-29"))})
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bl.Build(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestFilterRejectsValuesThatSelectNothing(t *testing.T) {
	b := NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"))
	b.Relate("RUS", "UKR", Annexed)
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		f     Filter
		field string
	}{
		{"kind", Filter{Kinds: []string{"anexed"}}, "kinds"},
		{"actor", Filter{Actors: []string{"RU"}}, "actors"},
		{"country", Filter{Countries: []string{"XXX"}}, "countries"},
		{"sign", Filter{Signs: []Sign{2}}, "signs"},
		{"nature", Filter{Natures: []Nature{7}}, "natures"},
		{"actor kind", Filter{ActorKinds: []actors.Kind{200}}, "actor_kinds"},
		{"window", Filter{Window: date.Between(date.MustParse("2014-03"), date.MustParse("2014-02"))}, "window"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := g.Filter(tc.f)
			var e *Error
			if v != nil || !errors.As(err, &e) || !errors.Is(err, ErrBadFilter) {
				t.Fatalf("Filter(%+v) = %v, %v; want ErrBadFilter", tc.f, v, err)
			}
			if e.Field != tc.field || e.Section != SectionFilter {
				t.Errorf("error names %s.%s, want filter.%s", e.Section, e.Field, tc.field)
			}
		})
	}
	t.Run("valid values pass", func(t *testing.T) {
		v, err := g.Filter(Filter{Natures: []Nature{NatureEvent}, ActorKinds: []actors.Kind{actors.State, actors.Unknown}})
		if err != nil || v.NumRelations() != 1 {
			t.Fatalf("got %v, %v", v, err)
		}
	})
}

func TestNewRelation(t *testing.T) {
	d := date.MustParse("2014-03-29")
	base := NewRelation("kerry", "lavrov", Phoned)
	r := base.On(d).Cite("bbc", "first").Cite("bbc", "second")
	if base.When != (date.Span{}) || len(base.Evidence) != 0 {
		t.Errorf("the methods changed the receiver: %+v", base)
	}
	if r.From != "kerry" || r.To != "lavrov" || r.Kind != Phoned || r.When != date.At(d) {
		t.Errorf("got %+v", r)
	}
	if len(r.Evidence) != 2 || r.Evidence[0].Quote != "first" || r.Evidence[1].Quote != "second" {
		t.Errorf("evidence %+v", r.Evidence)
	}
	// Two citations added to one base do not share storage.
	a, c := r.Cite("x", "a"), r.Cite("y", "c")
	if a.Evidence[2].Source != "x" || c.Evidence[2].Source != "y" {
		t.Errorf("Cite shares backing arrays: %+v %+v", a.Evidence, c.Evidence)
	}
	s := date.Between(d, date.MustParse("2014-04"))
	if got := base.During(s).When; got != s {
		t.Errorf("During: %v", got)
	}
}

func TestEnumText(t *testing.T) {
	for _, s := range Signs() {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Sign
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("sign %v -> %q -> %v, %v", s, b, back, err)
		}
	}
	for _, n := range Natures() {
		b, err := n.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Nature
		if err := back.UnmarshalText(b); err != nil || back != n {
			t.Errorf("nature %v -> %q -> %v, %v", n, b, back, err)
		}
	}
	if _, err := Sign(5).MarshalText(); !errors.Is(err, ErrBadKind) {
		t.Errorf("Sign(5): %v", err)
	}
	if _, err := Nature(9).MarshalText(); !errors.Is(err, ErrBadKind) {
		t.Errorf("Nature(9): %v", err)
	}
	var s Sign
	if err := s.UnmarshalText([]byte("friendly")); !errors.Is(err, ErrBadKind) {
		t.Errorf("friendly: %v", err)
	}
	var n Nature
	if err := n.UnmarshalText([]byte("mood")); !errors.Is(err, ErrBadKind) {
		t.Errorf("mood: %v", err)
	}
}

func TestRelationSign(t *testing.T) {
	b := NewBuilder()
	b.Add(actors.NewState("USA", "United States"), actors.NewState("RUS", "Russia"))
	b.AddRelation(NewRelation("USA", "RUS", Phoned).On(date.MustParse("2014-03-01")))
	b.AddRelation(NewRelation("USA", "RUS", Phoned).On(date.MustParse("2014-03-02")).WithSign(Hostile))
	b.AddRelation(NewRelation("USA", "RUS", Sanctions).WithSign(Neutral).KindSign())
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	var signs []Sign
	for r := range g.Relations() {
		signs = append(signs, g.SignOf(r))
	}
	if want := []Sign{Cooperative, Hostile, Hostile}; !slices.Equal(signs, want) {
		t.Errorf("signs %v, want %v", signs, want)
	}
	if s, ok := g.RelationAt(1).OwnSign(); !ok || s != Hostile {
		t.Errorf("OwnSign = %v, %v", s, ok)
	}
	if _, ok := g.RelationAt(0).OwnSign(); ok {
		t.Error("relation 0 has an own sign")
	}
	hostile, err := g.Filter(Filter{Signs: []Sign{Hostile}})
	if err != nil {
		t.Fatal(err)
	}
	if hostile.NumRelations() != 2 {
		t.Errorf("hostile view has %d relations, want the warning call and the sanctions", hostile.NumRelations())
	}
	b.AddRelation(NewRelation("RUS", "USA", Phoned).WithSign(Sign(3)))
	_, err = b.Build()
	var e *Error
	if !errors.Is(err, ErrBadSign) || !errors.As(err, &e) || e.Field != "sign" || e.Index != 3 {
		t.Errorf("bad sign: %v", err)
	}
}

func TestFilterPrecision(t *testing.T) {
	b := NewBuilder()
	b.Add(actors.NewState("RUS", "Russia"), actors.NewState("UKR", "Ukraine"), actors.NewState("USA", "United States"))
	d := date.MustParse
	b.AddRelation(NewRelation("USA", "RUS", Condemned).On(d("2014-03")))                          // an event on some day of March
	b.AddRelation(NewRelation("USA", "RUS", Phoned).On(d("2014-03-17")))                          // a day
	b.AddRelation(NewRelation("USA", "RUS", Sanctions).On(d("2014-03")))                          // a state since some day of March
	b.AddRelation(NewRelation("RUS", "UKR", Backs).During(date.Between(d("2010"), d("2014-02")))) // a state until some day of February
	b.AddRelation(NewRelation("UKR", "USA", Met))                                                 // undated
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	kinds := func(v *Graph, seq func(*Graph) []Relation) []string {
		var out []string
		for _, r := range seq(v) {
			out = append(out, r.Kind)
		}
		return out
	}
	rels := func(v *Graph) []Relation { return slices.Collect(v.Relations()) }
	unc := func(v *Graph) []Relation { return slices.Collect(v.Uncertain()) }
	for _, tc := range []struct {
		name                string
		f                   Filter
		kept, uncertainKept []string
	}{
		{"as of 16 March", Filter{AsOf: d("2014-03-16")},
			[]string{Condemned, Sanctions, Met}, []string{Condemned, Sanctions}},
		{"as of 17 March", Filter{AsOf: d("2014-03-17")},
			[]string{Condemned, Phoned, Sanctions, Met}, []string{Condemned, Sanctions}},
		{"as of 31 March", Filter{AsOf: d("2014-03-31")},
			[]string{Condemned, Phoned, Sanctions, Met}, nil},
		{"as of March", Filter{AsOf: d("2014-03")}, // sanctions hold at some time in March, whichever day they began
			[]string{Condemned, Phoned, Sanctions, Met}, nil},
		{"as of 10 February", Filter{AsOf: d("2014-02-10")},
			[]string{Backs, Met}, []string{Backs}},
		{"as of January", Filter{AsOf: d("2014-01")},
			[]string{Backs, Met}, nil},
		{"window 18-31 March", Filter{Window: date.Between(d("2014-03-18"), d("2014-03-31"))},
			[]string{Condemned, Sanctions, Met}, []string{Condemned}},
		{"window March", Filter{Window: date.At(d("2014-03"))},
			[]string{Condemned, Phoned, Sanctions, Met}, nil},
		{"window 1-16 March", Filter{Window: date.Between(d("2014-03-01"), d("2014-03-16"))},
			[]string{Condemned, Sanctions, Met}, []string{Condemned, Sanctions}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := g.Filter(tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := kinds(v, rels); !slices.Equal(got, tc.kept) {
				t.Errorf("kept %v, want %v", got, tc.kept)
			}
			if got := kinds(v, unc); !slices.Equal(got, tc.uncertainKept) || v.NumUncertain() != len(tc.uncertainKept) {
				t.Errorf("uncertain %v, want %v", got, tc.uncertainKept)
			}
			tc.f.DropUncertain = true
			strict, err := g.Filter(tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, k := range tc.kept {
				if !slices.Contains(tc.uncertainKept, k) {
					want = append(want, k)
				}
			}
			if got := kinds(strict, rels); !slices.Equal(got, want) {
				t.Errorf("DropUncertain kept %v, want %v", got, want)
			}
			if got := kinds(strict, unc); !slices.Equal(got, tc.uncertainKept) {
				t.Errorf("DropUncertain reports %v as uncertain, want %v", got, tc.uncertainKept)
			}
		})
	}
}
