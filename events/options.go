package events

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// MinWeight is the least weight given under WeightGoldstein, so that events
// of Goldstein value 0 (plain statements) keep a weight of their own: a
// weight of 0 would mean graph's default, 1.
const MinWeight = 0.1

// DefaultMaxEvidence is the number of citations a relation keeps when
// Options.MaxEvidence is 0.
const DefaultMaxEvidence = 20

// DefaultMaxLineBytes is the longest line a [Reader] accepts when
// Options.MaxLineBytes is 0.
const DefaultMaxLineBytes = 1 << 20

// Options configure reading and ingesting. [NewReader], [Open] and [OpenFS]
// use the four reading fields, Dataset, Strict, Name and MaxLineBytes;
// [NewIngester] uses the others, which say how events become actors and
// relations (Title to IndexEvents), which events are kept (Countries to
// RootOnly) and where progress goes; [IngestFiles] uses them all.
//
// The zero Options detect each input's dataset, count bad rows without
// stopping, keep every event (no selection) as a relation of its own
// between full-granularity actors, weigh it by |Goldstein| and map its code
// with [DefaultMapping], citing at most [DefaultMaxEvidence] documents a
// relation, and report no progress.
type Options struct {
	// Reading.

	// Dataset forces the dataset of every input. Default Auto: each
	// input's is detected from its first line: a header row starting
	// "Event ID" is ICEWS, otherwise the number of tab-separated columns
	// says (57 or 58 GDELT 1.0, 61 GDELT 2.0, 16 GDELT 2.0 mentions).
	Dataset Dataset
	// Strict stops reading at the first bad row, which comes back as a
	// [*RowError]. Default false: bad rows are counted in the [Report] and
	// skipped.
	Strict bool
	// Name names the input in errors and reports. Default "": the file's
	// base name for [Open] and [OpenFS], "input" for [NewReader].
	// [IngestFiles] names each file by its base name and ignores Name.
	Name string
	// MaxLineBytes is the longest line accepted; longer lines are rejected
	// (ErrTooLong). Default 0: [DefaultMaxLineBytes], 1 MiB.
	MaxLineBytes int

	// Actors and relations.

	// Title is the graph's title. Default "": none.
	Title string
	// Actors says how event actors become graph actors. Default
	// ActorsFull: every actor the data distinguishes.
	Actors Granularity
	// ActorFunc, if set, replaces Actors: it turns a side of an event into
	// a graph actor, or returns false to skip the event (counted as
	// no-country). An actor that fails [actors.Actor.Validate] is skipped
	// likewise. It is called for both sides of every event that passes
	// the date, root and code selection. Default nil: Actors decides.
	ActorFunc func(side Actor, d Dataset) (actors.Actor, bool)
	// Aggregate keeps every event as a relation, or aggregates the events
	// per (from, to, kind, period). Default PerEvent: one relation per
	// event.
	Aggregate Period
	// Weight says what a relation's weight is. Default WeightGoldstein:
	// |Goldstein|, at least [MinWeight].
	Weight Weighting
	// Mapping maps CAMEO codes to relation kinds; the Ingester only reads
	// it, so one Mapping may serve several. Default nil: [DefaultMapping].
	Mapping *Mapping
	// MaxEvidence caps the citations a relation keeps, in input order; the
	// rest are counted in its [AttrEvidenceOmitted]. Default 0:
	// [DefaultMaxEvidence]; negative means no cap.
	MaxEvidence int
	// KeepDoubleCoded keeps every row as an event of its own: mirror
	// halves and repeats (see "Mirrored and repeated events" in the package
	// documentation) become relations, and aggregates of symmetric kinds
	// keep their direction. It also saves the memory of folding: about 50
	// bytes for each event of the last [FoldWindow] to two of input time.
	// Default false: both are folded into the event they code again.
	KeepDoubleCoded bool
	// ActorCountries sets the country of actors, keyed by full-granularity
	// actor ID (an ICEWS name's [Slug], a GDELT actor code), before they
	// are resolved at any granularity: {"crimea": "UKR"} makes ICEWS's
	// Crimea Ukrainian, and at country level its events Ukraine's. Values
	// are CAMEO/ISO3 codes. Default nil: the data's countries.
	ActorCountries map[string]string
	// ActorKinds sets the kind of actors, keyed by resolved actor ID,
	// replacing the kind guessed from sectors or type codes
	// ([Report.Guesses]): {"crimea": actors.Territory}. Default nil: the
	// guesses.
	ActorKinds map[string]actors.Kind
	// IndexEvents keeps, when aggregating, a map from event ID to relation
	// so that GDELT 2.0 mentions read later add evidence (about 40 bytes an
	// event); events kept one by one are always indexed. Default false:
	// mentions of aggregated events are skipped as unknown-event.
	// [IngestFiles] sets it when it is given a mentions file.
	IndexEvents bool

	// Selection. Set fields combine with AND; rows left out are counted as
	// skipped, each by its [Reason].

	// Countries keeps events whose two actors both have one of these
	// countries (CAMEO/ISO3 codes): the dyads among them. Default nil:
	// every country.
	Countries []string
	// Involving keeps events where at least one actor has one of these
	// countries. Default nil: every country.
	Involving []string
	// Codes keeps events whose CAMEO code starts with one of these: "19"
	// keeps 190 to 1962, "0411" only 0411. Default nil: every code.
	Codes []string
	// From keeps events dated on or after it; its precision counts: From
	// 2018-06 keeps June 1. Default zero: no lower bound.
	From date.Date
	// To keeps events dated on or before it; its precision counts: To
	// 2018-06 keeps June 30. Default zero: no upper bound.
	To date.Date
	// RootOnly keeps GDELT root events (IsRootEvent 1: from the lead
	// paragraph); ICEWS events have no such flag and are all kept. Default
	// false: root and other events.
	RootOnly bool

	// Progress.

	// Progress, if set, is called while an [Ingester] reads: at most four
	// times a second, and once at the end of each input with Done set. It
	// runs on the reading goroutine, so it should return quickly. Default
	// nil: no progress reports. The package itself prints nothing.
	Progress func(Progress)
}

// validate checks the options an Ingester uses and returns the country
// sets of Countries and Involving. Every problem is reported, each wrapping
// ErrConfig and naming its field.
func (o *Options) validate() (countries, involving map[string]bool, err error) {
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrConfig}, a...)...))
	}
	set := func(field string, codes []string) map[string]bool {
		if len(codes) == 0 {
			return nil
		}
		m := map[string]bool{}
		for _, c := range codes {
			if _, ok := actors.Country(c); !ok {
				bad("Options.%s: unknown country code %q", field, c)
			}
			m[c] = true
		}
		return m
	}
	countries = set("Countries", o.Countries)
	involving = set("Involving", o.Involving)
	for _, c := range o.Codes {
		if !isCode(c) {
			bad("Options.Codes: %q is not a CAMEO code prefix (want 2 to 4 digits, such as \"19\" or \"0411\")", c)
		}
	}
	if !o.From.IsZero() && !o.To.IsZero() && o.To.Last().Before(o.From.First()) {
		bad("Options.To %s is before Options.From %s", o.To, o.From)
	}
	if o.Dataset >= numDatasets {
		bad("Options.Dataset %d (want one of %v)", o.Dataset, Datasets())
	}
	if o.Aggregate >= numPeriods {
		bad("Options.Aggregate %d (want one of %v)", o.Aggregate, Periods())
	}
	if o.Actors >= numGranularities {
		bad("Options.Actors %d (want one of %v)", o.Actors, Granularities())
	}
	for _, id := range slices.Sorted(maps.Keys(o.ActorCountries)) {
		if _, ok := actors.Country(o.ActorCountries[id]); !ok {
			bad("Options.ActorCountries[%q]: unknown country code %q", id, o.ActorCountries[id])
		}
		if graph.ValidateID(id) != nil {
			bad("Options.ActorCountries: %q is not an actor ID", id)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(o.ActorKinds)) {
		if k := o.ActorKinds[id]; !slices.Contains(actors.Kinds(), k) {
			bad("Options.ActorKinds[%q]: kind %v is not one of %v", id, k, actors.Kinds())
		}
		if graph.ValidateID(id) != nil {
			bad("Options.ActorKinds: %q is not an actor ID", id)
		}
	}
	if o.Weight >= numWeightings {
		bad("Options.Weight %d (want one of %v)", o.Weight, Weightings())
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	return countries, involving, nil
}
