package events

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// orgTypes are GDELT type codes that say what an organisation is, not a
// role within a country.
var orgTypes = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "INT": true, "NGM": true}

// kindOfType gives the actor kind for a CAMEO type or role code.
func kindOfType(t string) actors.Kind {
	switch t {
	case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "NGO", "MNC", "BUS", "UNO", "PKO", "IRC", "AMN", "GRP", "EDU", "HLH":
		return actors.Organization
	case "MED":
		return actors.Media
	case "":
		return actors.Unknown
	}
	return actors.Group
}

// regions are codes of the CAMEO country table that are not states.
var regions = map[string]actors.Kind{
	"WSB": actors.Territory, "GZS": actors.Territory, "BAG": actors.Territory,
	"AFR": actors.Group, "ASA": actors.Group, "BLK": actors.Group, "CRB": actors.Group, "CAU": actors.Group,
	"CFR": actors.Group, "CAS": actors.Group, "CEU": actors.Group, "EIN": actors.Group, "EAF": actors.Group,
	"EEU": actors.Group, "EUR": actors.Group, "LAM": actors.Group, "MEA": actors.Group, "MDT": actors.Group,
	"NAF": actors.Group, "NMR": actors.Group, "PGS": actors.Group, "SCN": actors.Group, "SAM": actors.Group,
	"SAS": actors.Group, "SEA": actors.Group, "SAF": actors.Group, "WAF": actors.Group, "WST": actors.Group,
}

// countryActor returns the actor for a country or region code.
func countryActor(code string) actors.Actor {
	name, _ := actors.Country(code)
	a := actors.Actor{ID: code, Name: name, Kind: actors.State, Country: code}
	if k, ok := regions[code]; ok {
		a.Kind = k
	}
	return a
}

// Resolve turns one side of an event into a graph actor at granularity g.
// It returns false when the side is missing or, at country and role
// granularity, has no country (nor a known group or organisation to stand
// for it); the [Ingester] counts those as missing-actor1/2 and no-country.
// The actor's Attrs may hold "gdelt.code" (the full code it came from, at
// full granularity) and "icews.sectors".
func (g Granularity) Resolve(a Actor, d Dataset) (actors.Actor, bool) {
	if a.IsZero() {
		return actors.Actor{}, false
	}
	if d == ICEWS {
		return g.resolveICEWS(a)
	}
	return g.resolveGDELT(a)
}

func validCountry(c string) bool {
	_, ok := actors.Country(c)
	return ok
}

func (g Granularity) resolveGDELT(a Actor) (actors.Actor, bool) {
	if a.Code == "" {
		return actors.Actor{}, false
	}
	country := ""
	if validCountry(a.Country) {
		country = a.Country
	}
	switch g {
	case ActorsCountry, ActorsRole:
		var principal actors.Actor
		switch {
		case country != "":
			principal = countryActor(country)
		case a.KnownGroup != "":
			name, ok := KnownGroup(a.KnownGroup)
			if !ok {
				name = a.KnownGroup
			}
			principal = actors.Actor{ID: a.KnownGroup, Name: name, Kind: actors.Organization}
		default:
			return actors.Actor{}, false
		}
		role := a.Types[0]
		if g == ActorsCountry || role == "" || orgTypes[role] || principal.Kind != actors.State && principal.Kind != actors.Group && principal.Kind != actors.Territory {
			return checked(principal)
		}
		label, ok := ActorType(role)
		if !ok {
			label = role
		}
		r := actors.Actor{ID: principal.ID + role, Name: principal.Name + " - " + strings.ToLower(label), Kind: kindOfType(role), Country: country}
		return checked(r)
	}
	r := actors.Actor{ID: a.Code, Name: DescribeActorCode(a.Code), Country: country, Attrs: map[string]string{"gdelt.code": a.Code}}
	switch {
	case a.Code == country:
		r = countryActor(country)
	case a.KnownGroup != "" && a.Code == a.KnownGroup:
		r.Kind = actors.Organization
	case a.Types[0] != "":
		r.Kind = kindOfType(a.Types[0])
	default:
		r.Kind = actors.Group
	}
	return checked(r)
}

// checked returns a and true when its ID follows the rule for IDs
// ([graph.ValidateID]), else no actor and false.
func checked(a actors.Actor) (actors.Actor, bool) {
	if graph.ValidateID(a.ID) != nil {
		return actors.Actor{}, false
	}
	return a, true
}

// icewsRoles reads ICEWS sectors as CAMEO roles, first match wins.
var icewsRoles = []struct{ sector, role string }{
	{"Executive", "GOV"}, {"Cabinet", "GOV"}, {"Executive Office", "GOV"}, {"Foreign Ministry", "GOV"},
	{"Police", "COP"}, {"Military", "MIL"}, {"Marines", "MIL"}, {"Army", "MIL"}, {"Navy", "MIL"}, {"Air Force", "MIL"},
	{"Judicial", "JUD"}, {"Legislative / Parliamentary", "LEG"}, {"Government", "GOV"},
	{"Media", "MED"}, {"News", "MED"}, {"Business", "BUS"},
	{"Protestors / Popular Opposition / Mobs", "OPP"}, {"Dissident", "OPP"}, {"Insurgents", "REB"}, {"Rebel", "REB"},
	{"Criminals / Gangs", "CRM"}, {"General Population / Civilian / Social", "CVL"}, {"Education", "EDU"},
	{"Medical / Health", "HLH"}, {"Unidentified Forces", "UAF"},
	{"Nongovernmental Organizations / Activists", "NGO"}, {"Nongovernmental Organization (International)", "NGO"},
}

func hasSector(sectors, s string) bool {
	for len(sectors) > 0 {
		var head string
		head, sectors, _ = strings.Cut(sectors, ",")
		if head == s {
			return true
		}
	}
	return false
}

func icewsRole(sectors string) string {
	if sectors == "" {
		return ""
	}
	for _, r := range icewsRoles {
		if hasSector(sectors, r.sector) {
			return r.role
		}
	}
	return ""
}

func isIGO(sectors string) bool {
	return hasSector(sectors, "International Government Organization") || strings.Contains(sectors, "IGOs")
}

// icewsKind guesses the kind of a named ICEWS actor from its name and
// sectors. Generic actors carry their country in parentheses: "Police
// (India)", "Citizen (Russia)".
func icewsKind(name, sectors string) actors.Kind {
	k, _ := icewsGuess(name, sectors)
	return k
}

// icewsGuess is icewsKind with the rule that decided, in words.
func icewsGuess(name, sectors string) (actors.Kind, string) {
	generic := strings.HasSuffix(name, ")")
	role := icewsRole(sectors)
	switch {
	case isIGO(sectors) || hasSector(sectors, "Nongovernmental Organization (International)"):
		return actors.Organization, "ICEWS sectors: international organisation"
	case role == "MED":
		return actors.Media, "ICEWS sectors: media"
	case generic && (role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG" || role == "BUS" || role == "NGO"):
		return actors.Organization, "ICEWS generic name \"X (Country)\", sectors: role " + role
	case generic:
		return actors.Group, "ICEWS generic name \"X (Country)\", other sectors"
	case hasSector(sectors, "Executive Office"):
		return actors.Leader, "ICEWS sectors: Executive Office"
	case role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG":
		return actors.Official, "ICEWS named actor, sectors: role " + role
	case hasSector(sectors, "Parties") && !hasSector(sectors, "Government"):
		return actors.Party, "ICEWS sectors: Parties, not Government"
	case sectors == "":
		return actors.Group, "ICEWS named actor, no sectors"
	}
	return actors.Person, "ICEWS named actor, other sectors"
}

func (g Granularity) resolveICEWS(a Actor) (actors.Actor, bool) {
	if strings.TrimSpace(a.Name) == "" {
		return actors.Actor{}, false
	}
	country := a.Country
	if country != "" && !validCountry(country) {
		country = "" // not from a Reader, which gives only known codes
	}
	if country != "" && a.Sectors == "" {
		if c, ok := CountryCode(a.Name); ok && c == country {
			return countryActor(country), true // the state itself: "Russia", country "Russian Federation"
		}
	}
	named := func() actors.Actor {
		r := actors.Actor{ID: Slug(a.Name), Name: a.Name, Kind: icewsKind(a.Name, a.Sectors), Country: country}
		if a.Sectors != "" {
			r.Attrs = map[string]string{"icews.sectors": a.Sectors}
		}
		return r
	}
	switch g {
	case ActorsCountry, ActorsRole:
		if country == "" {
			if isIGO(a.Sectors) {
				return named(), true
			}
			return actors.Actor{}, false
		}
		principal := countryActor(country)
		role := icewsRole(a.Sectors)
		if g == ActorsCountry || role == "" {
			return principal, true
		}
		label, _ := ActorType(role)
		return actors.Actor{ID: country + role, Name: principal.Name + " - " + strings.ToLower(label), Kind: kindOfType(role), Country: country}, true
	}
	return named(), true
}

// Slug turns a name into an actor ID: in Unicode normal form NFKC, lower
// case, letters and digits kept, every other run of characters a single
// '-': "Sergey Viktorovich Lavrov" gives "sergey-viktorovich-lavrov",
// "Police (India)" "police-india", "Ｋｙｉｖ" "kyiv". A
// name with no letter or digit gives "actor-" and a hash of the name. The
// result satisfies [graph.ValidateID].
func Slug(name string) string { return slug(name, actors.MaxIDLen) }

// slug is Slug with at most about max bytes (at least 24).
func slug(name string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKC.String(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
			dash = false
		} else {
			dash = true
		}
		if b.Len() > max-8 {
			break
		}
	}
	s := b.String()
	if s == "" || graph.ValidateID(s) != nil {
		h := fnv.New64a()
		h.Write([]byte(name))
		return fmt.Sprintf("actor-%016x", h.Sum64())
	}
	return s
}
