package events

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/diplograph/diplograph/actors"
)

// The embedded CAMEO codebook; see codebook/SOURCE.md and NOTICE.
var (
	//go:embed codebook/CAMEO.eventcodes.txt
	gdeltEventCodes string
	//go:embed codebook/CAMEO.goldsteinscale.txt
	gdeltGoldstein string
	//go:embed codebook/icews.cameo-codes.csv
	icewsCodes []byte
	//go:embed codebook/CAMEO.type.txt
	cameoTypes string
	//go:embed codebook/CAMEO.knowngroup.txt
	cameoGroups string
	//go:embed codebook/CAMEO.ethnic.txt
	cameoEthnic string
	//go:embed codebook/CAMEO.religion.txt
	cameoReligion string
)

// descriptionFixes repairs descriptions that the embedded GDELT table carries
// garbled: line 044 reads "Meet at a \u00d2hird \u00d3location", Mac Roman
// curly quotes decoded as Latin-1.
var descriptionFixes = map[string]string{
	"044": "Meet at a \u201cthird\u201d location",
}

// Code is one CAMEO event code of the codebook.
type Code struct {
	Code        string // the code as a string of digits: "0411"; "041" is not "41"
	Description string // GDELT's description: "Discuss by telephone"
	Base        string // the three-digit base code ("041"), or the root for a root code
	Root        string // the two-digit root code: "04"
	// Goldstein is the code's value on the Goldstein scale (-10 hostile to
	// +10 cooperative) from GDELT's table, which GDELT 1.0 and 2.0 rows carry
	// in GoldsteinScale. For 1213, which only ICEWS has, it is ICEWS's value.
	Goldstein float64
	// ICEWSGoldstein is the value in the ICEWS codebook, whose rows carry it
	// as Intensity. It differs from Goldstein for 016, 022, 164 and 165.
	ICEWSGoldstein float64
	InGDELT        bool // the code is in GDELT's table
	InICEWS        bool // the code is in ICEWS's table
}

// IsRoot reports whether c is one of the twenty root codes "01" to "20".
func (c Code) IsRoot() bool { return len(c.Code) == 2 }

type codebook struct {
	codes  []Code // sorted by code
	byCode map[string]int
	types  map[string]string
	groups map[string]string
	ethnic map[string]string
	relig  map[string]string
}

// tsv2 reads a two-column table with a header row.
func tsv2(text string) map[string]string {
	m := map[string]string{}
	for i, line := range strings.Split(text, "\n") {
		k, v, ok := strings.Cut(strings.TrimRight(line, "\r"), "\t")
		if i == 0 || !ok || k == "" {
			continue
		}
		if _, dup := m[k]; !dup {
			m[k] = strings.TrimSpace(v)
		}
	}
	return m
}

var theCodebook = sync.OnceValue(func() *codebook {
	cb := &codebook{byCode: map[string]int{}}
	desc := tsv2(gdeltEventCodes)
	gold := tsv2(gdeltGoldstein)
	add := func(code string) *Code {
		if i, ok := cb.byCode[code]; ok {
			return &cb.codes[i]
		}
		cb.codes = append(cb.codes, Code{Code: code, Root: code[:2], Base: code[:min(3, len(code))]})
		cb.byCode[code] = len(cb.codes) - 1
		return &cb.codes[len(cb.codes)-1]
	}
	for code, d := range desc {
		c := add(code)
		c.InGDELT = true
		c.Description = d
		if fix, ok := descriptionFixes[code]; ok {
			c.Description = fix
		}
		c.Goldstein, _ = strconv.ParseFloat(gold[code], 64)
		c.ICEWSGoldstein = c.Goldstein
	}
	// The ICEWS table: code, name and goldstein columns. Its other text
	// columns are not all valid UTF-8 and are not used.
	rd := csv.NewReader(bytes.NewReader(icewsCodes))
	rows, err := rd.ReadAll()
	if err != nil {
		panic("events: embedded ICEWS codebook: " + err.Error()) // a bug in this package
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	for _, row := range rows[1:] {
		code := row[col["code"]]
		g, err := strconv.ParseFloat(row[col["goldstein"]], 64)
		if err != nil || !isCode(code) {
			continue
		}
		c := add(code)
		c.InICEWS = true
		c.ICEWSGoldstein = g
		if !c.InGDELT {
			c.Goldstein = g
			c.Description = strings.TrimSpace(row[col["name"]])
		}
	}
	slices.SortFunc(cb.codes, func(a, b Code) int { return strings.Compare(a.Code, b.Code) })
	for i, c := range cb.codes {
		cb.byCode[c.Code] = i
	}
	cb.types = tsv2(cameoTypes)
	cb.groups = tsv2(cameoGroups)
	cb.ethnic = tsv2(cameoEthnic)
	cb.relig = tsv2(cameoReligion)
	return cb
})

// isCode reports whether s looks like a CAMEO event code: 2 to 4 digits.
func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// EventCode looks up a CAMEO event code in the embedded codebook: GDELT's
// table of 311 codes with their descriptions and Goldstein values, joined
// with the ICEWS table (312 codes: the same and 1213). Codes are strings:
// "010" is found, "10" is the root code DEMAND.
func EventCode(code string) (Code, bool) {
	cb := theCodebook()
	i, ok := cb.byCode[code]
	if !ok {
		return Code{}, false
	}
	return cb.codes[i], true
}

// EventCodes returns every code of the codebook, sorted.
func EventCodes() []Code { return slices.Clone(theCodebook().codes) }

// ActorType returns the label of a CAMEO actor type or role code:
// "GOV" gives "Government", "MIL" "Military", "IGO" "Inter-Governmental
// Organization".
func ActorType(code string) (string, bool) {
	l, ok := theCodebook().types[code]
	return l, ok
}

// KnownGroup returns the name of a CAMEO known-group code: "NAT" gives
// "North Atlantic Treaty Organization (NATO)", "UNO" "United Nations".
func KnownGroup(code string) (string, bool) {
	l, ok := theCodebook().groups[code]
	return l, ok
}

// Ethnic returns the name of a CAMEO ethnic code (lower case): "ukr" gives
// "Ukranian".
func Ethnic(code string) (string, bool) {
	l, ok := theCodebook().ethnic[code]
	return l, ok
}

// Religion returns the name of a CAMEO religion code: "MOS" gives "Muslim".
func Religion(code string) (string, bool) {
	l, ok := theCodebook().relig[code]
	return l, ok
}

// DescribeActorCode spells out a GDELT actor code, three letters at a time:
// "RUS" gives "Russia", "RUSGOV" "Russia - government", "IGOUNO"
// "inter-governmental organization - United Nations". Each three-letter part
// is read as a country ([actors.Country]), then a known group, a religion, an
// actor type and an ethnic group; a part none of them knows is kept as it is.
func DescribeActorCode(code string) string {
	var parts []string
	for i := 0; i < len(code); i += 3 {
		p := code[i:min(i+3, len(code))]
		parts = append(parts, describePart(p, i == 0))
	}
	return strings.Join(parts, " - ")
}

func describePart(p string, first bool) string {
	if n, ok := actors.Country(p); ok {
		return n
	}
	if n, ok := KnownGroup(p); ok {
		return n
	}
	if n, ok := Religion(p); ok {
		return n
	}
	if n, ok := ActorType(p); ok {
		if first {
			return n
		}
		return strings.ToLower(n)
	}
	if n, ok := Ethnic(p); ok {
		return n
	}
	return p
}
