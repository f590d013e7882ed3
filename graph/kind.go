package graph

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/actors"
)

// Sign is the tone of a relation kind: cooperative, neutral or hostile.
// Hostility is carried by the sign of the kind, never by a negative weight.
type Sign int8

// The signs.
const (
	Hostile     Sign = -1
	Neutral     Sign = 0
	Cooperative Sign = +1
)

// String returns "+", "-" or "0".
func (s Sign) String() string {
	switch s {
	case Hostile:
		return "-"
	case Neutral:
		return "0"
	case Cooperative:
		return "+"
	}
	return "Sign(" + strconv.Itoa(int(s)) + ")"
}

// Signs returns the three signs: Hostile, Neutral, Cooperative.
func Signs() []Sign { return []Sign{Hostile, Neutral, Cooperative} }

// Name returns "hostile", "neutral" or "cooperative".
func (s Sign) Name() string {
	switch s {
	case Hostile:
		return "hostile"
	case Neutral:
		return "neutral"
	case Cooperative:
		return "cooperative"
	}
	return s.String()
}

// MarshalText implements encoding.TextMarshaler with [Sign.Name].
func (s Sign) MarshalText() ([]byte, error) {
	if s < Hostile || s > Cooperative {
		return nil, fmt.Errorf("%w: sign %d (want -1, 0 or 1)", ErrBadKind, s)
	}
	return []byte(s.Name()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseSign].
func (s *Sign) UnmarshalText(b []byte) error {
	v, err := ParseSign(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSign reads a sign, case-insensitively: "+", "+1", "1", "cooperative";
// "-", "-1", "hostile"; "0", "neutral" (the names of [Sign.String] and
// [Sign.Name]).
func ParseSign(s string) (Sign, error) {
	switch strings.ToLower(s) {
	case "+", "+1", "1", "cooperative":
		return Cooperative, nil
	case "-", "-1", "hostile":
		return Hostile, nil
	case "0", "neutral":
		return Neutral, nil
	}
	return 0, fmt.Errorf("%w: sign %q (want -1, 0 or 1)", ErrBadKind, s)
}

// Nature says how a relation kind lives in time.
type Nature uint8

// The natures. The zero Nature is NatureEvent.
const (
	// NatureEvent: the relation happens at a time (a phone call, a
	// condemnation).
	NatureEvent Nature = iota
	// NatureState: the relation holds over an interval (backing, sanctions).
	// A state relation given a single date holds from that date on.
	NatureState
	// NatureAffiliation: the relation is structural (leads, serves,
	// member-of). It holds like a state.
	NatureAffiliation
	numNatures
)

var natureNames = [numNatures]string{"event", "state", "affiliation"}

// String returns "event", "state" or "affiliation".
func (n Nature) String() string {
	if n < numNatures {
		return natureNames[n]
	}
	return "Nature(" + strconv.Itoa(int(n)) + ")"
}

// Natures returns every nature: NatureEvent, NatureState, NatureAffiliation.
func Natures() []Nature { return []Nature{NatureEvent, NatureState, NatureAffiliation} }

// MarshalText implements encoding.TextMarshaler with [Nature.String].
func (n Nature) MarshalText() ([]byte, error) {
	if n >= numNatures {
		return nil, fmt.Errorf("%w: nature %d", ErrBadKind, n)
	}
	return []byte(n.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseNature].
func (n *Nature) UnmarshalText(b []byte) error {
	v, err := ParseNature(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// ParseNature reads "event", "state" or "affiliation", case-insensitively.
func ParseNature(s string) (Nature, error) {
	for n, name := range natureNames {
		if strings.EqualFold(s, name) {
			return Nature(n), nil
		}
	}
	return 0, fmt.Errorf("%w: nature %q (want event, state or affiliation)", ErrBadKind, s)
}

// Kind describes a type of relation. Kinds live in a [Registry]; a relation
// names its kind by [Kind.Name].
type Kind struct {
	Name        string   // lower-case name: "phoned", "withdrew-for"
	Sign        Sign     // cooperative, neutral or hostile
	Symmetric   bool     // true if A-B means B-A too (met, negotiated); false for directed kinds
	Nature      Nature   // event, state or affiliation
	CAMEO       []string // CAMEO event codes the kind covers, as strings: "041"
	Goldstein   float64  // default Goldstein value (-10 to 10); 0 for kinds without CAMEO codes
	Phrase      string   // verb phrase for sentences: "withdrew in favour of"; defaults to Name
	Description string   // what the kind means and when to use it
}

// Verb returns the phrase used in sentences, "A <verb> B".
func (k Kind) Verb() string {
	if k.Phrase != "" {
		return k.Phrase
	}
	return k.Name
}

// Holds reports whether relations of this kind hold over time (state and
// affiliation kinds) rather than happen at a time.
func (k Kind) Holds() bool { return k.Nature != NatureEvent }

// Clone returns a deep copy of k.
func (k Kind) Clone() Kind {
	k.CAMEO = slices.Clone(k.CAMEO)
	return k
}

// validate checks a kind on its own.
func (k Kind) validate() []fieldErr {
	var errs []fieldErr
	if err := validateKindName(k.Name); err != nil {
		errs = append(errs, fieldErr{"name", err})
	}
	if k.Sign < Hostile || k.Sign > Cooperative {
		errs = append(errs, fieldErr{"sign", fmt.Errorf("%w: sign %d (want -1, 0 or 1)", ErrBadKind, k.Sign)})
	}
	if k.Nature >= numNatures {
		errs = append(errs, fieldErr{"nature", fmt.Errorf("%w: nature %d", ErrBadKind, k.Nature)})
	}
	for i, c := range k.CAMEO {
		if !isCAMEOCode(c) {
			errs = append(errs, fieldErr{fmt.Sprintf("cameo[%d]", i), fmt.Errorf("%w: CAMEO code %q (want 2 to 4 digits, such as \"041\")", ErrBadKind, c)})
		}
	}
	if k.Goldstein < -10 || k.Goldstein > 10 || k.Goldstein != k.Goldstein {
		errs = append(errs, fieldErr{"goldstein", fmt.Errorf("%w: Goldstein value %v (want -10 to 10)", ErrBadKind, k.Goldstein)})
	}
	if err := actors.ValidateText(k.Phrase); err != nil {
		errs = append(errs, fieldErr{"phrase", err})
	}
	if err := actors.ValidateText(k.Description); err != nil {
		errs = append(errs, fieldErr{"description", err})
	}
	return errs
}

type fieldErr struct {
	field string
	err   error
}

func validateKindName(name string) error {
	if name == "" {
		return fmt.Errorf("%w: empty name", ErrBadKind)
	}
	if len(name) > 64 {
		return fmt.Errorf("%w: name longer than 64 bytes", ErrBadKind)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		ok := c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '_')
		if !ok {
			return fmt.Errorf("%w: name %q (use lower-case letters, digits, '-' and '_', starting with a letter)", ErrBadKind, name)
		}
	}
	return nil
}

func isCAMEOCode(c string) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// Registry is a set of relation kinds, looked up by name or CAMEO code.
// [BuiltinKinds] returns one holding the built-in kinds; users add their own
// with [Registry.Add]. A Registry is not safe for concurrent writes; a built
// [Graph] keeps its own copy, which is never written.
type Registry struct {
	kinds   []Kind         // sorted by name
	byName  map[string]int // name -> index in kinds
	byCAMEO map[string]string
	builtin map[string]bool
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{byName: map[string]int{}, byCAMEO: map[string]string{}, builtin: map[string]bool{}}
}

// BuiltinKinds returns a new registry holding the built-in kinds (see the
// package documentation for the list).
func BuiltinKinds() *Registry {
	r := NewRegistry()
	for _, k := range builtinKinds {
		if err := r.Add(k); err != nil {
			panic("graph: bad built-in kind: " + err.Error()) // a bug in this package
		}
		r.builtin[k.Name] = true
	}
	return r
}

// Add registers k. It fails with ErrBadKind if k is malformed and with
// ErrDuplicateKind if its name is taken. A kind added later takes over the
// CAMEO codes it names from kinds added earlier, so a user kind
// "expelled-diplomats" with code 161 wins over the built-in
// "reduced-relations" for that code.
func (r *Registry) Add(k Kind) error {
	var errs []error
	for _, fe := range k.validate() {
		errs = append(errs, fmt.Errorf("%s: %w", fe.field, fe.err))
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if _, dup := r.byName[k.Name]; dup {
		if r.builtin[k.Name] {
			return fmt.Errorf("%w: %q is built in", ErrDuplicateKind, k.Name)
		}
		return fmt.Errorf("%w: %q", ErrDuplicateKind, k.Name)
	}
	k = k.Clone()
	i, _ := slices.BinarySearchFunc(r.kinds, k.Name, func(a Kind, name string) int { return strings.Compare(a.Name, name) })
	r.kinds = slices.Insert(r.kinds, i, k)
	for j := i; j < len(r.kinds); j++ {
		r.byName[r.kinds[j].Name] = j
	}
	for _, c := range k.CAMEO {
		r.byCAMEO[c] = k.Name
	}
	return nil
}

// Kind returns the kind called name. Its CAMEO slice is shared with the
// registry and must not be modified; use [Kind.Clone] for a copy to change.
func (r *Registry) Kind(name string) (Kind, bool) {
	i, ok := r.byName[name]
	if !ok {
		return Kind{}, false
	}
	return r.kinds[i], true
}

// Kinds returns every kind, sorted by name.
func (r *Registry) Kinds() iter.Seq[Kind] { return slices.Values(r.kinds) }

// Len returns the number of kinds.
func (r *Registry) Len() int { return len(r.kinds) }

// IsBuiltin reports whether name is one of the built-in kinds.
func (r *Registry) IsBuiltin(name string) bool { return r.builtin[name] }

// ForCAMEO returns the kind covering a CAMEO event code: the kind that names
// the code itself, else the one naming its three-digit base code, else its
// two-digit root code. Codes are strings: "041", not "41".
func (r *Registry) ForCAMEO(code string) (Kind, bool) {
	for n := len(code); n >= 2; n-- {
		if n < len(code) && n != 2 && n != 3 {
			continue
		}
		if name, ok := r.byCAMEO[code[:n]]; ok {
			return r.Kind(name)
		}
	}
	return Kind{}, false
}

// Clone returns an independent copy of r.
func (r *Registry) Clone() *Registry {
	c := NewRegistry()
	c.kinds = make([]Kind, len(r.kinds))
	for i, k := range r.kinds {
		c.kinds[i] = k.Clone()
		c.byName[k.Name] = i
	}
	for code, name := range r.byCAMEO {
		c.byCAMEO[code] = name
	}
	for name := range r.builtin {
		c.builtin[name] = true
	}
	return c
}
