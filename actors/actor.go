package actors

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/date"
)

// Actor is a node of a diplomatic graph.
//
// Only ID and Name are required. Slices and maps of an Actor obtained from a
// built graph are shared with it and must not be modified; use [Actor.Clone]
// to get a copy to change.
type Actor struct {
	ID      string            // stable identifier chosen by the user: "putin", "RUS"
	Name    string            // display name: "Vladimir Putin"
	Kind    Kind              // state, leader, official, ...
	Country string            // CAMEO/ISO3 code the actor belongs to: "RUS"; may be empty
	Title   string            // "President", "Foreign Minister"
	Aliases []string          // other names the sources use: "Moscow", "the Kremlin"
	Roles   []Role            // offices held over time
	Note    string            // free text
	Attrs   map[string]string // free attributes, kept through every save and export
}

// Role is an office or position held over a span of time: "president of
// RUS since 2012-05-07".
type Role struct {
	Role string    // "president", "foreign minister"
	Of   string    // ID of the actor the role is held in, usually a state; may be empty
	When date.Span // when the role was held; open ends allowed
}

// New returns an actor with the given ID, name and kind.
func New(id, name string, kind Kind) Actor { return Actor{ID: id, Name: name, Kind: kind} }

// NewState returns a state whose ID and country are both its code: NewState("RUS", "Russia").
func NewState(code, name string) Actor {
	return Actor{ID: code, Name: name, Kind: State, Country: code}
}

// Clone returns a deep copy of a.
func (a Actor) Clone() Actor {
	a.Aliases = slices.Clone(a.Aliases)
	a.Roles = slices.Clone(a.Roles)
	a.Attrs = maps.Clone(a.Attrs)
	return a
}

// Label returns the name, or the ID if the name is empty.
func (a Actor) Label() string {
	if a.Name != "" {
		return a.Name
	}
	return a.ID
}

// Held reports whether a held role r (of the actor with ID of, or of anyone
// when of is empty) at some time in d. Role names compare case-insensitively.
func (a Actor) Held(role, of string, d date.Date) bool {
	for _, r := range a.Roles {
		if strings.EqualFold(r.Role, role) && (of == "" || r.Of == of) && r.When.Holds(d) {
			return true
		}
	}
	return false
}

// Holders returns the actors among as that held role r of the actor with ID
// of (anyone's, when of is empty) at some time in d, in the order of as.
// For example Holders(all, "president", "UKR", date.MustParse("2014-02-01"))
// answers "who was president of Ukraine on 1 February 2014".
func Holders(as []Actor, role, of string, d date.Date) []Actor {
	var out []Actor
	for _, a := range as {
		if a.Held(role, of, d) {
			out = append(out, a)
		}
	}
	return out
}

// Errors reported by [Actor.Validate] and [ValidateID], wrapped in a *FieldError.
var (
	ErrBadID          = errors.New("actors: bad ID")
	ErrNoName         = errors.New("actors: missing name")
	ErrUnknownCountry = errors.New("actors: unknown country code")
	ErrBadRole        = errors.New("actors: bad role")
	ErrBadAlias       = errors.New("actors: bad alias")
	ErrBadText        = errors.New("actors: text holds a character no output can carry")
)

// FieldError is a problem with one field of an actor.
type FieldError struct {
	ID    string // the actor's ID as given
	Field string // "id", "name", "country", "roles[1].until", ...
	Err   error  // a sentinel of this package, or one of package date
}

// Error implements error.
func (e *FieldError) Error() string {
	return fmt.Sprintf("actor %q: %s: %v", e.ID, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *FieldError) Unwrap() error { return e.Err }

// MaxIDLen is the longest ID accepted, in bytes.
const MaxIDLen = 128

// ValidateID checks an actor ID: 1 to [MaxIDLen] bytes of valid UTF-8,
// letters (with their combining marks), digits, '-', '_' and '.', starting
// with a letter or digit. IDs are compared exactly, byte for byte, so case
// matters ("RUS" and "rus" are different actors); package graph adds the
// rest of the rule for IDs: an ID must be in Unicode normal form NFKC.
func ValidateID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("%w: empty", ErrBadID)
	case len(id) > MaxIDLen:
		return fmt.Errorf("%w: longer than %d bytes", ErrBadID, MaxIDLen)
	case !utf8.ValidString(id):
		return fmt.Errorf("%w: not valid UTF-8", ErrBadID)
	}
	for i, r := range id {
		ok := unicode.IsLetter(r) || unicode.IsDigit(r) || (i > 0 && (unicode.IsMark(r) || r == '-' || r == '_' || r == '.'))
		if !ok {
			if i == 0 {
				return fmt.Errorf("%w %q: must start with a letter or digit", ErrBadID, id)
			}
			return fmt.Errorf("%w %q: %q is not allowed (use letters, digits, '-', '_', '.')", ErrBadID, id, r)
		}
	}
	return nil
}

// ValidateText checks free text (a name, a title, a note, a quote): it may
// hold any character that XML 1.0, and so every output of the library,
// can carry. A control character other than tab, newline and carriage
// return (such as U+001B, the escape of terminal colour codes) or the
// non-characters U+FFFE and U+FFFF fail with [ErrBadText], naming the
// character and its position. Invalid UTF-8 is left to the encoders, which
// report it where it cannot be written.
func ValidateText(s string) error {
	// A byte scan: a control character is one byte below 0x20, U+FFFE and
	// U+FFFF are EF BF BE and EF BF BF; no other UTF-8 sequence holds
	// these bytes at these places.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != 0xEF || c == '\t' || c == '\n' || c == '\r' {
			continue
		}
		if c == 0xEF && (i+2 >= len(s) || s[i+1] != 0xBF || s[i+2] != 0xBE && s[i+2] != 0xBF) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Errorf("%w: %U at byte %d, a control character or non-character that XML, and so SVG, GraphML and GEXF, cannot hold (tab and newline are fine)", ErrBadText, r, i)
	}
	return nil
}

// Validate checks a on its own: the ID, a non-empty name, a known kind, a
// known country code, roles with a name and a span that does not run
// backwards, non-empty aliases, and text without control characters
// ([ValidateText]). Whether a role's Of names a known actor
// is for the graph to check. All problems are returned, joined.
func (a Actor) Validate() error {
	var errs []error
	add := func(field string, err error) { errs = append(errs, &FieldError{ID: a.ID, Field: field, Err: err}) }
	if err := ValidateID(a.ID); err != nil {
		add("id", err)
	}
	if strings.TrimSpace(a.Name) == "" {
		add("name", ErrNoName)
	}
	for _, f := range []struct{ field, text string }{{"name", a.Name}, {"title", a.Title}, {"note", a.Note}} {
		if err := ValidateText(f.text); err != nil {
			add(f.field, err)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(a.Attrs)) {
		if err := ValidateText(k + a.Attrs[k]); err != nil {
			add("attrs."+k, err)
		}
	}
	if a.Kind >= numKinds {
		add("kind", fmt.Errorf("%w: %d", ErrUnknownKind, a.Kind))
	}
	if a.Country != "" {
		if _, ok := Country(a.Country); !ok {
			add("country", fmt.Errorf("%w %q (want a CAMEO/ISO 3166-1 alpha-3 code such as RUS, UKR, USA)", ErrUnknownCountry, a.Country))
		}
	}
	for i, al := range a.Aliases {
		if strings.TrimSpace(al) == "" {
			add(fmt.Sprintf("aliases[%d]", i), fmt.Errorf("%w: empty", ErrBadAlias))
		} else if err := ValidateText(al); err != nil {
			add(fmt.Sprintf("aliases[%d]", i), err)
		}
	}
	for i, r := range a.Roles {
		if strings.TrimSpace(r.Role) == "" {
			add(fmt.Sprintf("roles[%d].role", i), fmt.Errorf("%w: empty role name", ErrBadRole))
		} else if err := ValidateText(r.Role); err != nil {
			add(fmt.Sprintf("roles[%d].role", i), err)
		}
		if err := r.When.Validate(); err != nil {
			add(fmt.Sprintf("roles[%d].until", i), err)
		}
	}
	return errors.Join(errs...)
}
