package actors

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Kind is what sort of actor a node is. The zero Kind is Unknown.
type Kind uint8

// The actor kinds.
const (
	Unknown      Kind = iota // not said
	State                    // a sovereign state: Russia, Ukraine
	Leader                   // a head of state or government, or the leader of a movement
	Official                 // a minister, diplomat or other office holder
	Organization             // an international or domestic organisation: NATO, the Kremlin
	Party                    // a political party
	Territory                // a region, province or disputed territory: Crimea
	Group                    // a collective: protesters, "the West", US officials
	Media                    // a broadcaster, newspaper or agency: BBC, Rossiya 1
	Person                   // a private person: a candidate, a journalist
	numKinds
)

var kindNames = [numKinds]string{"unknown", "state", "leader", "official", "organization", "party", "territory", "group", "media", "person"}

// Kinds returns every known kind except Unknown, in declaration order.
func Kinds() []Kind {
	ks := make([]Kind, 0, numKinds-1)
	for k := State; k < numKinds; k++ {
		ks = append(ks, k)
	}
	return ks
}

// String returns the kind's name as written in scenario files: "state",
// "leader", ... and "unknown" for the zero Kind.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// ErrUnknownKind means a kind name is not one of [Kinds].
var ErrUnknownKind = errors.New("actors: unknown actor kind")

// ParseKind reads a kind name, case-insensitively. "organisation" is
// accepted for "organization". The names are those of [Kind.String].
func ParseKind(s string) (Kind, error) {
	l := strings.ToLower(s)
	if l == "organisation" {
		return Organization, nil
	}
	for k := State; k < numKinds; k++ {
		if kindNames[k] == l {
			return k, nil
		}
	}
	return Unknown, fmt.Errorf("%w %q (want one of %s)", ErrUnknownKind, s, strings.Join(kindNames[1:], ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= numKinds {
		return nil, fmt.Errorf("%w: %d", ErrUnknownKind, k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseKind].
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
