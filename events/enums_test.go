package events

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// enum is what every enum of the package provides.
type enum interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
}

// checkEnum checks the enum convention for one type: every listed value
// round-trips through String and Parse (in upper case too) and through
// MarshalText and UnmarshalText; aliases parse to their value; a bad name
// fails wrapping sentinel and lists every name; bad, a value out of range,
// fails to marshal.
func checkEnum[E enum, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, values []E, parse func(string) (E, error), aliases map[string]E, bad E, sentinel error) {
	t.Helper()
	seen := map[string]bool{}
	for _, v := range values {
		name := v.String()
		if name == "" || seen[name] {
			t.Errorf("%v: empty or repeated name %q", v, name)
		}
		seen[name] = true
		for _, s := range []string{name, strings.ToUpper(name)} {
			if got, err := parse(s); err != nil || got != v {
				t.Errorf("parse %q = %v, %v; want %v", s, got, err, v)
			}
		}
		text, err := v.MarshalText()
		if err != nil || string(text) != name {
			t.Errorf("%v.MarshalText() = %q, %v", v, text, err)
		}
		var back E
		if err := P(&back).UnmarshalText(text); err != nil || back != v {
			t.Errorf("UnmarshalText(%q) = %v, %v", text, back, err)
		}
	}
	for alias, want := range aliases {
		if got, err := parse(alias); err != nil || got != want {
			t.Errorf("parse alias %q = %v, %v; want %v", alias, got, err, want)
		}
	}
	_, err := parse("no-such-name")
	if !errors.Is(err, sentinel) {
		t.Errorf("parse of a bad name: %v, want %v", err, sentinel)
	}
	for _, v := range values {
		if err != nil && !strings.Contains(err.Error(), v.String()) {
			t.Errorf("error %q does not list %q", err, v)
		}
	}
	var into E
	if err := P(&into).UnmarshalText([]byte("no-such-name")); !errors.Is(err, sentinel) {
		t.Errorf("UnmarshalText of a bad name: %v", err)
	}
	if _, err := bad.MarshalText(); !errors.Is(err, sentinel) {
		t.Errorf("%v.MarshalText() error %v, want %v", bad, err, sentinel)
	}
}

func TestEnums(t *testing.T) {
	t.Run("Dataset", func(t *testing.T) {
		checkEnum(t, Datasets(), ParseDataset, map[string]Dataset{"mentions": GDELT2Mentions, "Mentions": GDELT2Mentions}, Dataset(9), ErrFormat)
		if n := len(Datasets()); n != int(numDatasets) || Datasets()[0] != Auto {
			t.Errorf("Datasets() = %v", Datasets())
		}
	})
	t.Run("Period", func(t *testing.T) {
		checkEnum(t, Periods(), ParsePeriod, map[string]Period{"event": PerEvent}, Period(9), ErrConfig)
		if got := fmt.Sprint(Periods()); got != "[none day week month]" {
			t.Errorf("Periods() = %s", got)
		}
	})
	t.Run("Granularity", func(t *testing.T) {
		checkEnum(t, Granularities(), ParseGranularity, nil, Granularity(9), ErrConfig)
		if len(Granularities()) != int(numGranularities) {
			t.Errorf("Granularities() = %v", Granularities())
		}
	})
	t.Run("Weighting", func(t *testing.T) {
		checkEnum(t, Weightings(), ParseWeighting, nil, Weighting(9), ErrConfig)
		if len(Weightings()) != int(numWeightings) {
			t.Errorf("Weightings() = %v", Weightings())
		}
	})
	t.Run("Reason", func(t *testing.T) {
		checkEnum(t, Reasons(), ParseReason, nil, Reason("no-such-reason"), ErrConfig)
	})
}

// TestEnumsInJSON checks that the enums read and write as their names in
// configuration files.
func TestEnumsInJSON(t *testing.T) {
	type config struct {
		Dataset   Dataset
		Aggregate Period
		Actors    Granularity
		Weight    Weighting
		Reason    Reason
	}
	in := `{"Dataset":"ICEWS","Aggregate":"week","Actors":"role","Weight":"count","Reason":"no-country"}`
	var c config
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		t.Fatal(err)
	}
	want := config{ICEWS, PerWeek, ActorsRole, WeightCount, SkipNoCountry}
	if c != want {
		t.Errorf("got %+v, want %+v", c, want)
	}
	out, err := json.Marshal(c)
	if err != nil || string(out) != `{"Dataset":"icews","Aggregate":"week","Actors":"role","Weight":"count","Reason":"no-country"}` {
		t.Errorf("Marshal = %s, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"Aggregate":"year"}`), &c); !errors.Is(err, ErrConfig) {
		t.Errorf("bad period in JSON: %v", err)
	}
}

// TestReasonsCoverRowErrors checks that every row error has its own
// reject reason, and that the reasons the ingester gives are all listed.
func TestReasonsCoverRowErrors(t *testing.T) {
	for _, err := range []error{ErrWidth, ErrDate, ErrNumber, ErrUTF8, ErrText, ErrCode, ErrTooLong} {
		r := reasonOf(fmt.Errorf("wrapped: %w", err))
		if r == RejectOther {
			t.Errorf("%v has no reject reason of its own", err)
		}
		if _, perr := ParseReason(string(r)); perr != nil {
			t.Errorf("reason %q of %v is not listed: %v", r, err, perr)
		}
	}
	if r := reasonOf(errors.New("something else")); r != RejectOther {
		t.Errorf("reasonOf(other) = %q", r)
	}
}
