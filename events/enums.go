package events

import (
	"fmt"
	"strconv"
	"strings"
)

// lookup returns the index of s among names, case-insensitively.
func lookup(s string, names []string) (int, bool) {
	for i, n := range names {
		if strings.EqualFold(s, n) {
			return i, true
		}
	}
	return 0, false
}

// Dataset is a CAMEO-coded event data set, which fixes the layout of its
// files.
type Dataset uint8

// The datasets. The zero Dataset is Auto: detect it from the first line.
const (
	Auto           Dataset = iota // detect: a header row means ICEWS, otherwise the number of columns
	GDELT1                        // GDELT 1.0 events: 57 columns (backfiles) or 58 (daily files, with SOURCEURL)
	GDELT2                        // GDELT 2.0 *.export.CSV: 61 columns
	GDELT2Mentions                // GDELT 2.0 *.mentions.CSV: 16 columns
	ICEWS                         // ICEWS coded events: 20 columns with a header row
	numDatasets
)

var datasetNames = []string{"auto", "gdelt1", "gdelt2", "gdelt2-mentions", "icews"}

// Datasets returns every Dataset, Auto first, in declaration order.
func Datasets() []Dataset {
	ds := make([]Dataset, numDatasets)
	for i := range ds {
		ds[i] = Dataset(i)
	}
	return ds
}

// String returns "auto", "gdelt1", "gdelt2", "gdelt2-mentions" or "icews",
// the names [ParseDataset] reads and the diplograph command takes.
func (d Dataset) String() string {
	if d < numDatasets {
		return datasetNames[d]
	}
	return "Dataset(" + strconv.Itoa(int(d)) + ")"
}

// ParseDataset reads a dataset name as [Dataset.String] writes it, in any
// case; "mentions" is accepted for gdelt2-mentions. Another name fails with
// an error wrapping [ErrFormat] that lists the names.
func ParseDataset(s string) (Dataset, error) {
	if strings.EqualFold(s, "mentions") {
		return GDELT2Mentions, nil
	}
	if i, ok := lookup(s, datasetNames); ok {
		return Dataset(i), nil
	}
	return Auto, fmt.Errorf("%w: dataset %q (want %s)", ErrFormat, s, strings.Join(datasetNames, ", "))
}

// MarshalText implements encoding.TextMarshaler with [Dataset.String]. It
// fails with ErrFormat for a value that is none of [Datasets].
func (d Dataset) MarshalText() ([]byte, error) {
	if d >= numDatasets {
		return nil, fmt.Errorf("%w: %s", ErrFormat, d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDataset].
func (d *Dataset) UnmarshalText(b []byte) error {
	v, err := ParseDataset(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Period says whether and how an [Ingester] aggregates events.
type Period uint8

// The periods. The zero Period keeps every event.
const (
	PerEvent Period = iota // one relation per event
	PerDay                 // one relation per (from, to, kind, day)
	PerWeek                // one per (from, to, kind, ISO week, Monday to Sunday)
	PerMonth               // one per (from, to, kind, month)
	numPeriods
)

var periodNames = []string{"none", "day", "week", "month"}

// Periods returns every Period, PerEvent first.
func Periods() []Period {
	ps := make([]Period, numPeriods)
	for i := range ps {
		ps[i] = Period(i)
	}
	return ps
}

// String returns "none" (PerEvent: no aggregation), "day", "week" or
// "month", the names [ParsePeriod] reads; the last three are also the
// values of the [AttrPeriod] attribute.
func (p Period) String() string {
	if p < numPeriods {
		return periodNames[p]
	}
	return "Period(" + strconv.Itoa(int(p)) + ")"
}

// ParsePeriod reads a period name as [Period.String] writes it, in any
// case; "event" is accepted for "none". Another name fails with an error
// wrapping [ErrConfig] that lists the names.
func ParsePeriod(s string) (Period, error) {
	if strings.EqualFold(s, "event") {
		return PerEvent, nil
	}
	if i, ok := lookup(s, periodNames); ok {
		return Period(i), nil
	}
	return 0, fmt.Errorf("%w: aggregation period %q (want %s)", ErrConfig, s, strings.Join(periodNames, ", "))
}

// MarshalText implements encoding.TextMarshaler with [Period.String]. It
// fails with ErrConfig for a value that is none of [Periods].
func (p Period) MarshalText() ([]byte, error) {
	if p >= numPeriods {
		return nil, fmt.Errorf("%w: %s", ErrConfig, p)
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParsePeriod].
func (p *Period) UnmarshalText(b []byte) error {
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Weighting says what a relation's weight is.
type Weighting uint8

// The weightings. The zero Weighting is WeightGoldstein.
const (
	// WeightGoldstein: the magnitude of the Goldstein value, |g| (the mean
	// of |g| over an aggregate's events), at least MinWeight. The sign of g
	// is the kind's: graph weights are never negative.
	WeightGoldstein Weighting = iota
	// WeightCount: the number of events (1 for a single event), as
	// Relation.Count says too.
	WeightCount
	// WeightGoldsteinSum: the summed |g| of an aggregate's events (|g| for
	// a single event), at least MinWeight: intensity times volume.
	WeightGoldsteinSum
	numWeightings
)

var weightingNames = []string{"goldstein", "count", "goldstein-sum"}

// Weightings returns every Weighting, WeightGoldstein first.
func Weightings() []Weighting { return []Weighting{WeightGoldstein, WeightCount, WeightGoldsteinSum} }

// String returns "goldstein", "count" or "goldstein-sum", the names
// [ParseWeighting] reads.
func (w Weighting) String() string {
	if w < numWeightings {
		return weightingNames[w]
	}
	return "Weighting(" + strconv.Itoa(int(w)) + ")"
}

// ParseWeighting reads a weighting name as [Weighting.String] writes it, in
// any case. Another name fails with an error wrapping [ErrConfig] that lists
// the names.
func ParseWeighting(s string) (Weighting, error) {
	if i, ok := lookup(s, weightingNames); ok {
		return Weighting(i), nil
	}
	return 0, fmt.Errorf("%w: weighting %q (want %s)", ErrConfig, s, strings.Join(weightingNames, ", "))
}

// MarshalText implements encoding.TextMarshaler with [Weighting.String]. It
// fails with ErrConfig for a value that is none of [Weightings].
func (w Weighting) MarshalText() ([]byte, error) {
	if w >= numWeightings {
		return nil, fmt.Errorf("%w: %s", ErrConfig, w)
	}
	return []byte(w.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseWeighting].
func (w *Weighting) UnmarshalText(b []byte) error {
	v, err := ParseWeighting(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// Granularity says how finely event actors become graph actors
// ([Granularity.Resolve]).
type Granularity uint8

// The granularities. The zero Granularity is ActorsFull.
const (
	// ActorsFull keeps every actor the data distinguishes: GDELT's full
	// actor code ("RUSGOV", "USAMEDLAB", "IGOUNO"), named "Russia -
	// government"; ICEWS's named actors ("Sergey Viktorovich Lavrov",
	// official, country RUS, ID sergey-viktorovich-lavrov) and states (RUS).
	ActorsFull Granularity = iota
	// ActorsCountry folds every actor into its country: RUSGOV and Lavrov
	// become RUS. Actors without a country but with a known group (GDELT
	// IGOUNO: UNO, the United Nations) or an ICEWS organisation without a
	// country (European Union) stay themselves; others are skipped as
	// no-country.
	ActorsCountry
	// ActorsRole folds actors into country and role: RUSGOV "Russia -
	// government", RUSMIL, USAMED; a plain country stays a state. ICEWS
	// sectors are read as CAMEO roles (Government, Cabinet and Ministries:
	// GOV; Military: MIL; Police: COP; ...), so Lavrov becomes RUSGOV.
	ActorsRole
	numGranularities
)

var granularityNames = []string{"full", "country", "role"}

// Granularities returns every Granularity, ActorsFull first.
func Granularities() []Granularity { return []Granularity{ActorsFull, ActorsCountry, ActorsRole} }

// String returns "full", "country" or "role", the names
// [ParseGranularity] reads.
func (g Granularity) String() string {
	if g < numGranularities {
		return granularityNames[g]
	}
	return "Granularity(" + strconv.Itoa(int(g)) + ")"
}

// ParseGranularity reads a granularity name as [Granularity.String] writes
// it, in any case. Another name fails with an error wrapping [ErrConfig]
// that lists the names.
func ParseGranularity(s string) (Granularity, error) {
	if i, ok := lookup(s, granularityNames); ok {
		return Granularity(i), nil
	}
	return 0, fmt.Errorf("%w: actor granularity %q (want %s)", ErrConfig, s, strings.Join(granularityNames, ", "))
}

// MarshalText implements encoding.TextMarshaler with [Granularity.String].
// It fails with ErrConfig for a value that is none of [Granularities].
func (g Granularity) MarshalText() ([]byte, error) {
	if g >= numGranularities {
		return nil, fmt.Errorf("%w: %s", ErrConfig, g)
	}
	return []byte(g.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with
// [ParseGranularity].
func (g *Granularity) UnmarshalText(b []byte) error {
	v, err := ParseGranularity(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}
