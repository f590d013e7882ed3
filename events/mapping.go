package events

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/diplograph/diplograph/graph"
)

// NeutralBand is the half-width of the band of Goldstein values around zero
// that a generated kind takes as neutral: 011 "Decline comment" (-0.1) and
// 013 "Make optimistic comment" (+0.4) are neutral, 016 "Deny
// responsibility" (-2) hostile and 018 "Make empathetic comment" (+3.4)
// cooperative.
const NeutralBand = 1.0

// Rule maps one CAMEO event code to a relation kind.
type Rule struct {
	Code string // "0411"
	Kind string // "phoned"
}

// Mapping maps CAMEO event codes to relation kinds. It is data: read it
// with [Mapping.Rules], change it with [Mapping.Set] and [Mapping.AddKind],
// or load a table of overrides with [Mapping.Load].
//
// A code without a rule of its own takes the rule of its base code, then of
// its root code, then the kind of the registry that names it
// ([graph.Registry.ForCAMEO]).
//
// A Mapping is not safe for concurrent writes.
type Mapping struct {
	reg    *graph.Registry   // built-in, generated and user kinds
	rules  map[string]string // code -> kind name
	mirror map[string]string // reciprocal code -> the symmetric kind a mirror pair folds into
}

// DefaultMapping returns the mapping of every code of the codebook
// ([EventCodes]):
//
//   - to a built-in kind of package graph where one names the code or its
//     base code: 041 phoned, 051 and 053 backs, 111 condemned, 112 accused,
//     13x threatened, 154 mobilized, 163 sanctions, 192 annexed, ...;
//   - otherwise to a kind generated for its base code, named after the
//     base code's description (010 make-statement, 011 decline-comment, 024
//     appeal-for-political-reform, 052 defend-verbally, ...), directed, of
//     nature event, with the base code's GDELT Goldstein value and the sign
//     of that value (neutral within [NeutralBand] of zero).
//
// The result is a fresh copy that the caller may change.
func DefaultMapping() *Mapping { return defaultMapping().Clone() }

var defaultMapping = sync.OnceValue(func() *Mapping {
	m := &Mapping{reg: graph.BuiltinKinds(), rules: map[string]string{}, mirror: map[string]string{}}
	builtin := graph.BuiltinKinds()
	for _, c := range theCodebook().codes {
		if k, ok := builtin.ForCAMEO(c.Code); ok && (slices.Contains(k.CAMEO, c.Code) || slices.Contains(k.CAMEO, c.Base)) {
			m.rules[c.Code] = k.Name
			continue
		}
		base, ok := EventCode(c.Base)
		if !ok {
			base = c
		}
		name := kindName(base.Description)
		if _, ok := m.reg.Kind(name); !ok {
			k := graph.Kind{
				Name:        name,
				Sign:        signOf(base.Goldstein),
				Nature:      graph.NatureEvent,
				CAMEO:       []string{base.Code},
				Goldstein:   base.Goldstein,
				Phrase:      phrase(base.Code, base.Description),
				Description: fmt.Sprintf("CAMEO %s: %s (generated from the CAMEO codebook).", base.Code, plainDescription(base.Description)),
			}
			if err := m.reg.Add(k); err != nil {
				panic("events: generated kind: " + err.Error()) // a bug in this package
			}
		}
		m.rules[c.Code] = name
	}
	for _, k := range mirrorKinds {
		c, _ := EventCode(k.CAMEO[0])
		k.Goldstein = c.Goldstein
		if err := m.reg.Add(k); err != nil {
			panic("events: mirror kind: " + err.Error()) // a bug in this package
		}
	}
	for code, kind := range reciprocal {
		if err := m.SetMirror(code, kind); err != nil {
			panic("events: mirror rule: " + err.Error()) // a bug in this package
		}
	}
	return m
})

// mirrorKinds are the symmetric kinds of reciprocal codes whose own kind is
// directed; their Goldstein value is the code's.
var mirrorKinds = []graph.Kind{
	{Name: "in-accord", Sign: graph.Cooperative, Symmetric: true, Nature: graph.NatureEvent, CAMEO: []string{"019"},
		Phrase: "expressed accord with", Description: "CAMEO 019 coded both ways: two actors express accord (a mirror pair folded)."},
	{Name: "agreed-to-cooperate", Sign: graph.Cooperative, Symmetric: true, Nature: graph.NatureEvent, CAMEO: []string{"030"},
		Phrase: "agreed to cooperate with", Description: "CAMEO 030 coded both ways: two actors state their intent to cooperate (a mirror pair folded)."},
	{Name: "spoke-by-phone", Sign: graph.Cooperative, Symmetric: true, Nature: graph.NatureEvent, CAMEO: []string{"041"},
		Phrase: "spoke by phone with", Description: "CAMEO 041 coded both ways: a phone call whose caller the data does not say (a mirror pair folded)."},
}

// reciprocal gives the default mirror rules: the codes the CAMEO codebook
// calls reciprocal and ICEWS codes in both directions, with their kinds.
var reciprocal = map[string]string{
	"019": "in-accord", "030": "agreed-to-cooperate", "036": graph.AgreedToMeet,
	"040": graph.Consulted, "041": "spoke-by-phone", "044": graph.Met, "046": graph.Negotiated,
	"050": graph.Cooperated, "057": graph.Agreed,
	"060": graph.Cooperated, "061": graph.Cooperated, "062": graph.Cooperated, "063": graph.Cooperated, "064": graph.Cooperated,
}

// Mirror returns the symmetric kind that a mirror pair of events of code
// folds into (see "Mirrored and repeated events" in the package
// documentation), and false for a code that is not reciprocal: such events
// are never folded as mirror pairs. The code must match a rule exactly:
// "040" has one, "04" and "0401" do not.
func (m *Mapping) Mirror(code string) (graph.Kind, bool) {
	name, ok := m.mirror[code]
	if !ok {
		return graph.Kind{}, false
	}
	return m.reg.Kind(name)
}

// mirrorName returns the name of the mirror kind of code, or "".
func (m *Mapping) mirrorName(code string) string { return m.mirror[code] }

// SetMirror makes code reciprocal: mirror pairs of its events fold into one
// relation of kind, which must be known to the mapping and symmetric. An
// empty kind makes code directed: its mirror pairs stay two events. It
// fails with ErrConfig for a malformed code or a kind that is unknown or
// directed.
func (m *Mapping) SetMirror(code, kind string) error {
	if !isCode(code) {
		return fmt.Errorf("%w: CAMEO code %q (want 2 to 4 digits, such as \"040\")", ErrConfig, code)
	}
	if kind == "" {
		delete(m.mirror, code)
		return nil
	}
	k, ok := m.reg.Kind(kind)
	if !ok {
		return fmt.Errorf("%w: unknown relation kind %q for mirror pairs of code %s", ErrConfig, kind, code)
	}
	if !k.Symmetric {
		return fmt.Errorf("%w: mirror pairs of code %s cannot fold into %q, a directed kind (want a symmetric one)", ErrConfig, code, kind)
	}
	m.mirror[code] = kind
	return nil
}

// Mirrors returns every mirror rule, sorted by code: the reciprocal codes
// and the kinds their mirror pairs fold into.
func (m *Mapping) Mirrors() []Rule {
	out := make([]Rule, 0, len(m.mirror))
	for code, kind := range m.mirror {
		out = append(out, Rule{code, kind})
	}
	slices.SortFunc(out, func(a, b Rule) int { return strings.Compare(a.Code, b.Code) })
	return out
}

func signOf(g float64) graph.Sign {
	switch {
	case g >= NeutralBand:
		return graph.Cooperative
	case g <= -NeutralBand:
		return graph.Hostile
	}
	return graph.Neutral
}

// plainDescription drops GDELT's ", not specified below" and lowers an
// all-capitals root description.
func plainDescription(d string) string {
	d = strings.TrimSuffix(strings.TrimSpace(d), ", not specified below")
	if strings.ToUpper(d) == d {
		d = strings.ToUpper(d[:1]) + strings.ToLower(d[1:])
	}
	return d
}

// phrases are the verb phrases of the generated kinds ("A <phrase> B"); a
// base code not listed gets its description in lower case.
var phrases = map[string]string{
	"01":  "made a public statement about",
	"010": "made a statement about",
	"011": "declined to comment on",
	"012": "made a pessimistic comment about",
	"013": "made an optimistic comment about",
	"014": "considered a policy option towards",
	"015": "acknowledged or claimed responsibility towards",
	"016": "denied responsibility towards",
	"017": "engaged in a symbolic act towards",
	"018": "made an empathetic comment about",
	"019": "expressed accord with",
	"024": "appealed for political reform to",
	"025": "appealed to yield to",
	"052": "defended verbally",
	"055": "apologized to",
	"056": "forgave",
}

func phrase(code, d string) string {
	if p, ok := phrases[code]; ok {
		return p
	}
	return strings.ToLower(plainDescription(d))
}

// kindName turns a description into a kind name: "Appeal for political
// reform, not specified below" gives "appeal-for-political-reform".
func kindName(d string) string {
	d = strings.ToLower(plainDescription(d))
	if i := strings.IndexAny(d, "(,"); i > 0 {
		d = d[:i]
	}
	var b strings.Builder
	dash := false
	for _, r := range d {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	s := b.String()
	if len(s) > 64 {
		s = strings.TrimRight(s[:64], "-")
	}
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		s = "cameo-" + s
	}
	return s
}

// Clone returns an independent copy of m.
func (m *Mapping) Clone() *Mapping {
	return &Mapping{reg: m.reg.Clone(), rules: maps.Clone(m.rules), mirror: maps.Clone(m.mirror)}
}

// Kind returns the kind for an event code: the code's rule, else its base
// code's, else its root code's, else the registry's kind for the code.
func (m *Mapping) Kind(code string) (graph.Kind, bool) {
	for _, c := range []string{code, code[:min(3, len(code))], code[:min(2, len(code))]} {
		if name, ok := m.rules[c]; ok {
			return m.reg.Kind(name)
		}
	}
	return m.reg.ForCAMEO(code)
}

// kindName returns the name of the kind for code, or "".
func (m *Mapping) kindName(code string) string {
	if name, ok := m.rules[code]; ok {
		return name
	}
	if len(code) > 3 {
		if name, ok := m.rules[code[:3]]; ok {
			return name
		}
	}
	if len(code) > 2 {
		if name, ok := m.rules[code[:2]]; ok {
			return name
		}
	}
	k, _ := m.reg.ForCAMEO(code)
	return k.Name
}

// Set maps code, and every longer code under it, to the kind called kind,
// which must be a built-in kind, a generated one or one added with
// [Mapping.AddKind]: Set("166", k) maps 166, 1661, 1662 and 1663. Set a
// longer code afterwards to make an exception. It fails with ErrConfig for a
// malformed code or an unknown kind.
func (m *Mapping) Set(code, kind string) error {
	if !isCode(code) {
		return fmt.Errorf("%w: CAMEO code %q (want 2 to 4 digits, such as \"041\")", ErrConfig, code)
	}
	if _, ok := m.reg.Kind(kind); !ok {
		return fmt.Errorf("%w: unknown relation kind %q for code %s", ErrConfig, kind, code)
	}
	for c := range m.rules {
		if strings.HasPrefix(c, code) {
			m.rules[c] = kind
		}
	}
	m.rules[code] = kind
	return nil
}

// AddKind adds a relation kind that rules may name, such as
// {Name: "expelled-diplomats", Sign: graph.Hostile, CAMEO: []string{"1663"}}.
// Its CAMEO codes are not mapped to it until [Mapping.Set] says so. It fails
// as [graph.Registry.Add] does.
func (m *Mapping) AddKind(k graph.Kind) error { return m.reg.Add(k) }

// Registry returns a copy of the kinds the mapping knows: the built-in
// ones, the generated ones and those added.
func (m *Mapping) Registry() *graph.Registry { return m.reg.Clone() }

// Rules returns every rule, sorted by code.
func (m *Mapping) Rules() []Rule {
	out := make([]Rule, 0, len(m.rules))
	for code, kind := range m.rules {
		out = append(out, Rule{code, kind})
	}
	slices.SortFunc(out, func(a, b Rule) int { return strings.Compare(a.Code, b.Code) })
	return out
}

// WriteTo writes the mapping as the table [Mapping.Load] reads: its kinds
// that are not built in, then a rule per line, tab-separated, sorted.
func (m *Mapping) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	b.WriteString("# CAMEO code to relation kind (diplograph events mapping)\n")
	b.WriteString("# kind<TAB>name<TAB>sign<TAB>goldstein<TAB>directed|symmetric<TAB>event|state|affiliation<TAB>cameo codes<TAB>description\n")
	for k := range m.reg.Kinds() {
		if m.reg.IsBuiltin(k.Name) {
			continue
		}
		sym := "directed"
		if k.Symmetric {
			sym = "symmetric"
		}
		fmt.Fprintf(&b, "kind\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", k.Name, k.Sign, strconv.FormatFloat(k.Goldstein, 'f', -1, 64),
			sym, k.Nature, strings.Join(k.CAMEO, ","), k.Description)
	}
	b.WriteString("# code<TAB>kind\n")
	for _, r := range m.Rules() {
		fmt.Fprintf(&b, "%s\t%s\n", r.Code, r.Kind)
	}
	b.WriteString("# mirror<TAB>code<TAB>kind: the symmetric kind a mirror pair of a reciprocal code folds into\n")
	for _, r := range m.Mirrors() {
		fmt.Fprintf(&b, "mirror\t%s\t%s\n", r.Code, r.Kind)
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// Load reads a table of kinds and rules, as [Mapping.WriteTo] writes it,
// and applies it on top of m: lines "kind<TAB>name<TAB>sign<TAB>goldstein
// <TAB>directed|symmetric<TAB>nature<TAB>codes<TAB>description" add kinds
// (the last fields may be left out), lines "code<TAB>kind" set rules, lines
// "mirror<TAB>code<TAB>kind" set mirror rules ([Mapping.SetMirror]; an
// empty kind removes one), and
// blank lines and lines starting with '#' are ignored. Every problem is
// reported, each with name:line, wrapping ErrConfig.
func (m *Mapping) Load(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	var errs []string
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		var err error
		if f[0] == "kind" {
			err = m.loadKind(f[1:])
		} else if f[0] == "mirror" {
			if len(f) != 3 {
				err = fmt.Errorf("%w: want mirror<TAB>code<TAB>kind, got %d fields", ErrConfig, len(f))
			} else {
				err = m.SetMirror(f[1], f[2])
			}
		} else if len(f) != 2 {
			err = fmt.Errorf("%w: want code<TAB>kind, got %d fields", ErrConfig, len(f))
		} else {
			err = m.Set(f[0], f[1])
		}
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s:%d: %v", name, line, err))
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Sprintf("%s:%d: %v", name, line, err))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w:\n%s", ErrConfig, strings.Join(errs, "\n"))
	}
	return nil
}

func (m *Mapping) loadKind(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("%w: want kind<TAB>name<TAB>sign and more fields", ErrConfig)
	}
	k := graph.Kind{Name: f[0]}
	var err error
	if k.Sign, err = graph.ParseSign(f[1]); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if len(f) > 2 && f[2] != "" {
		if k.Goldstein, err = strconv.ParseFloat(f[2], 64); err != nil || math.IsNaN(k.Goldstein) {
			return fmt.Errorf("%w: goldstein %q", ErrConfig, f[2])
		}
	}
	if len(f) > 3 && f[3] != "" {
		switch f[3] {
		case "directed":
		case "symmetric":
			k.Symmetric = true
		default:
			return fmt.Errorf("%w: %q (want directed or symmetric)", ErrConfig, f[3])
		}
	}
	if len(f) > 4 && f[4] != "" {
		if k.Nature, err = graph.ParseNature(f[4]); err != nil {
			return fmt.Errorf("%w: %w", ErrConfig, err)
		}
	}
	if len(f) > 5 && f[5] != "" {
		k.CAMEO = strings.Split(f[5], ",")
	}
	if len(f) > 6 {
		k.Description = strings.Join(f[6:], "\t")
	}
	if old, ok := m.reg.Kind(k.Name); ok && !m.reg.IsBuiltin(k.Name) && sameKind(old, k) {
		return nil // the table restates a kind the mapping has: a round trip of WriteTo
	}
	if err := m.reg.Add(k); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return nil
}

func sameKind(a, b graph.Kind) bool {
	return a.Name == b.Name && a.Sign == b.Sign && a.Symmetric == b.Symmetric && a.Nature == b.Nature &&
		slices.Equal(a.CAMEO, b.CAMEO) && a.Goldstein == b.Goldstein && a.Description == b.Description
}
