package events

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Reason says why a row did not become (part of) a relation: a reject (a bad
// row) or a skip (a good row left out). Its string is stable, usable as a
// key; [Reasons] lists them all.
type Reason string

// Reasons for rejected rows, one for each row error.
const (
	RejectWidth   Reason = "wrong-width"   // ErrWidth: the wrong number of columns
	RejectDate    Reason = "bad-date"      // ErrDate: an impossible or malformed date
	RejectNumber  Reason = "not-a-number"  // ErrNumber: a number that is not one, or out of range
	RejectUTF8    Reason = "invalid-utf8"  // ErrUTF8: a text field that is not UTF-8
	RejectText    Reason = "bad-text"      // ErrText: a field holding a control character no output can carry
	RejectCode    Reason = "bad-code"      // ErrCode: a malformed CAMEO event code
	RejectTooLong Reason = "line-too-long" // ErrTooLong: a line longer than Options.MaxLineBytes
	RejectOther   Reason = "bad-row"       // a row error given to [Ingester.Reject] that wraps none of the above
)

// Reasons for skipped rows: good rows that the ingest left out.
const (
	SkipDuplicate     Reason = "duplicate-event"   // the event ID was seen before (in this or an earlier file)
	SkipDate          Reason = "filtered-date"     // outside Options.From..Options.To
	SkipRoot          Reason = "filtered-not-root" // Options.RootOnly and not a root event
	SkipCode          Reason = "filtered-code"     // not one of Options.Codes
	SkipCountry       Reason = "filtered-country"  // outside Options.Countries or Options.Involving
	SkipMissingActor1 Reason = "missing-actor1"    // no source actor
	SkipMissingActor2 Reason = "missing-actor2"    // no target actor
	SkipNoCountry     Reason = "no-country"        // an actor without a country at country or role granularity
	SkipSameActor     Reason = "same-actor"        // both sides map to one actor (graph relations need two)
	SkipUnmapped      Reason = "unmapped-code"     // the mapping has no kind for the code
	SkipUnknownEvent  Reason = "unknown-event"     // a mention of an event not ingested
	SkipNotEvent      Reason = "not-an-event"      // an event given to Ingester.Add whose Dataset is not GDELT1, GDELT2 or ICEWS
)

var reasons = []Reason{
	RejectWidth, RejectDate, RejectNumber, RejectUTF8, RejectText, RejectCode, RejectTooLong, RejectOther,
	SkipDuplicate, SkipDate, SkipRoot, SkipCode, SkipCountry, SkipMissingActor1, SkipMissingActor2,
	SkipNoCountry, SkipSameActor, SkipUnmapped, SkipUnknownEvent, SkipNotEvent,
}

// Reasons returns every Reason: the rejects, then the skips, in
// declaration order.
func Reasons() []Reason { return append([]Reason(nil), reasons...) }

// String returns the reason's name, such as "wrong-width" or
// "duplicate-event", the name [ParseReason] reads.
func (r Reason) String() string { return string(r) }

// ParseReason reads a reason name as [Reason.String] writes it, in any
// case. Another name fails with an error wrapping [ErrConfig] that lists
// the names.
func ParseReason(s string) (Reason, error) {
	for _, r := range reasons {
		if strings.EqualFold(s, string(r)) {
			return r, nil
		}
	}
	names := make([]string, len(reasons))
	for i, r := range reasons {
		names[i] = string(r)
	}
	return "", fmt.Errorf("%w: reason %q (want %s)", ErrConfig, s, strings.Join(names, ", "))
}

// MarshalText implements encoding.TextMarshaler with [Reason.String]. It
// fails with ErrConfig for a value that is none of [Reasons].
func (r Reason) MarshalText() ([]byte, error) {
	if !slices.Contains(reasons, r) {
		return nil, fmt.Errorf("%w: reason %q", ErrConfig, string(r))
	}
	return []byte(r), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseReason].
func (r *Reason) UnmarshalText(b []byte) error {
	v, err := ParseReason(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// reasonOf maps a row error to its reject reason.
func reasonOf(err error) Reason {
	switch {
	case errors.Is(err, ErrWidth):
		return RejectWidth
	case errors.Is(err, ErrDate):
		return RejectDate
	case errors.Is(err, ErrNumber):
		return RejectNumber
	case errors.Is(err, ErrUTF8):
		return RejectUTF8
	case errors.Is(err, ErrText):
		return RejectText
	case errors.Is(err, ErrCode):
		return RejectCode
	case errors.Is(err, ErrTooLong):
		return RejectTooLong
	}
	return RejectOther
}
