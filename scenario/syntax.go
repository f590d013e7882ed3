package scenario

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// Syntax is the syntax of a scenario file, YAML or JSON; both share one
// schema. The zero Syntax is not a syntax: a [Decoder] then takes the
// syntax from its Name, an [Encoder] writes YAML.
type Syntax int

// The syntaxes.
const (
	YAML Syntax = iota + 1 // YAML 1.2, one document
	JSON                   // JSON (RFC 8259)
)

var syntaxNames = map[Syntax]string{YAML: "yaml", JSON: "json"}

// Syntaxes returns every syntax: YAML, JSON.
func Syntaxes() []Syntax { return []Syntax{YAML, JSON} }

// String returns "yaml" or "json", the names [ParseSyntax] reads.
func (s Syntax) String() string {
	if name, ok := syntaxNames[s]; ok {
		return name
	}
	return "Syntax(" + strconv.Itoa(int(s)) + ")"
}

// ParseSyntax returns the syntax String names, in any case; "yml" is read
// as YAML too. Other names fail with ErrUnknownSyntax.
func ParseSyntax(name string) (Syntax, error) {
	for _, s := range Syntaxes() {
		if strings.EqualFold(name, s.String()) {
			return s, nil
		}
	}
	if strings.EqualFold(name, "yml") {
		return YAML, nil
	}
	return 0, fmt.Errorf("%w %q (want yaml or json)", ErrUnknownSyntax, name)
}

// MarshalText implements encoding.TextMarshaler with [Syntax.String]. The
// zero Syntax and other values that are not syntaxes fail with
// ErrUnknownSyntax.
func (s Syntax) MarshalText() ([]byte, error) {
	if _, ok := syntaxNames[s]; !ok {
		return nil, fmt.Errorf("%w: %s (want yaml or json)", ErrUnknownSyntax, s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseSyntax].
func (s *Syntax) UnmarshalText(text []byte) error {
	v, err := ParseSyntax(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// SyntaxOf returns the syntax of a file by its extension: .yaml or .yml
// for YAML, .json for JSON, in any case. Other extensions fail with
// ErrUnknownSyntax.
func SyntaxOf(path string) (Syntax, error) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".yaml", ".yml":
		return YAML, nil
	case ".json":
		return JSON, nil
	default:
		return 0, fmt.Errorf("%w: %q has extension %q (want .yaml, .yml or .json)", ErrUnknownSyntax, path, ext)
	}
}

// valid reports whether s is a syntax.
func (s Syntax) valid() bool {
	_, ok := syntaxNames[s]
	return ok
}
