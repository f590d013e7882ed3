package events

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

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
		d    Dataset
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
		// A code that is not an ID under the rule for IDs (here not in
		// NFKC) resolves to no actor, not to one Build refuses.
		{"code outside NFKC", Actor{Code: "ˡ", Name: "ˡ"}, GDELT2, ActorsFull, actors.Actor{}, false},
		{"fullwidth code", Actor{Code: "ＲＵＳ"}, GDELT1, ActorsFull, actors.Actor{}, false},
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
			got, ok := tt.g.Resolve(tt.a, tt.d)
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
		// Compatibility forms and decomposed accents take the one
		// spelling of the rule for IDs (NFKC), not a spelling Build
		// refuses (a fuzz finding: "ˡ", a modifier letter, is a letter).
		{"Ｋｙｉｖ", "kyiv"},
		{"ˡ", "l"},
		{"Bogota\u0301", "bogot\u00e1"},
		{"ﬁnance", "finance"},
	}
	for _, tt := range tests {
		got := Slug(tt.in)
		if !strings.HasPrefix(got, tt.want) || strings.HasSuffix(tt.want, "-") != strings.HasPrefix(got, "actor-") {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if err := graph.ValidateID(got); err != nil {
			t.Errorf("Slug(%q) = %q: %v", tt.in, got, err)
		}
	}
	if long := Slug(strings.Repeat("ab ", 100)); graph.ValidateID(long) != nil {
		t.Errorf("long slug %q", long)
	}
}
