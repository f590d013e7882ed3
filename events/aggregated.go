package events

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// ActorRules are the data of the GDELT actor rule at country and role
// granularity ([Granularity.Resolve]), for code that evaluates the rule
// elsewhere, such as the SQL that package events/pushdown generates:
//
//   - a side without an actor code is skipped (missing-actor or no-country);
//   - its principal is its country when the CountryCode column is one of
//     Countries, else its known group (KnownGroupCode), else it is skipped;
//   - at role granularity, a country principal takes its Type1Code as a
//     role (ID country + type: RUSGOV) unless the type is empty or one of
//     OrgTypes; a known group never takes a role;
//   - an ID that fails [graph.ValidateID] is skipped.
type ActorRules struct {
	// Countries are the codes of the country table (package actors),
	// sorted: states, regions and territories.
	Countries []string
	// OrgTypes are the type codes that say what an organisation is, not a
	// role within a country, sorted: IGO, NGO, ...
	OrgTypes []string
}

// GDELTActorRules returns the data of the GDELT actor rule, read from the
// tables the [Ingester] uses, so that the rule is never written twice.
func GDELTActorRules() ActorRules {
	return ActorRules{Countries: slices.Sorted(slices.Values(actors.CountryCodes())), OrgTypes: slices.Sorted(maps.Keys(orgTypes))}
}

// Citation is one document an aggregate cites: what a GDELT row says in
// SOURCEURL and DATEADDED, and its GLOBALEVENTID.
type Citation struct {
	// SourceURL is the row's SOURCEURL: a URL, a publisher's name, or ""
	// (GDELT 1.0 backfiles), each making its source as a read row does.
	SourceURL string
	// Added is DATEADDED (UTC); zero when unknown.
	Added time.Time
	// EventID is the GLOBALEVENTID of the row that cites it.
	EventID string
	// As is the row's part in its event: "event" (its first row), "repeat"
	// or "mirror" (folded rows, which the citation's note names, as
	// [Ingester] does). Default "": "event".
	As string
}

// Aggregate is one relation computed elsewhere from GDELT events: the sums
// and counts the [Ingester] keeps for an aggregate of events of one pair,
// kind and period, as a pushed-down query (package events/pushdown) returns
// them. [Ingester.AddAggregate] makes it a relation exactly as the
// Ingester makes one from the events themselves.
type Aggregate struct {
	Dataset Dataset      // GDELT1 or GDELT2
	From    actors.Actor // the first actor (GDELT's Actor1)
	To      actors.Actor // the second actor (Actor2)
	// FromSide and ToSide are the sides the actors stand for, as
	// [Granularity.Resolve] takes them; the Ingester's guesses of actor
	// kinds ([Report].Guesses) read them.
	FromSide, ToSide Actor
	Kind             string // a kind of the Ingester's mapping
	// Start is the first day of the period: the day, the Monday of the
	// week or the first of the month, as the Ingester's Options.Aggregate
	// says.
	Start           date.Date
	Events          int64     // the number of events, at least 1
	GoldsteinSum    float64   // the sum of their Goldstein values
	GoldsteinAbsSum float64   // the sum of the absolute Goldstein values
	Codes           []string  // the distinct CAMEO codes
	Mentions        int64     // NumMentions summed
	Sources         int64     // NumSources summed
	Articles        int64     // NumArticles summed
	ToneSum         float64   // AvgTone summed
	RootEvents      int64     // the events with IsRootEvent 1
	Mirrored        int64     // events coded both ways and folded into one
	Repeats         int64     // rows folded into the events as repeats
	Added           time.Time // the latest DATEADDED of the events (UTC); zero when unknown
	// Citations are the rows that cite documents, in input order: the
	// first row of each document, and the folded rows whose citation notes
	// name them, up to the relation's Options.MaxEvidence documents.
	Citations []Citation
	// Omitted counts the rows whose citation was left out because the
	// relation had its Options.MaxEvidence documents already.
	Omitted int64
}

// AddAggregate adds a relation computed elsewhere, as the Ingester would
// have made it from the events it sums: the same period, weight and
// attributes, citing its documents with the same sources. The actors are
// kept as the first version of each ID, as for events. It fails, wrapping
// ErrConfig, when the Ingester does not aggregate, the dataset is not
// GDELT, the kind is not in the mapping, an actor is invalid, the two
// actors are one, Start is not the first day of a period, or a count is
// below zero (Events below one). Two aggregates of the same pair, kind and
// period are summed into one relation.
func (in *Ingester) AddAggregate(a Aggregate) error {
	bad := func(format string, v ...any) error {
		return fmt.Errorf("%w: aggregate: "+format, append([]any{ErrConfig}, v...)...)
	}
	switch {
	case in.agg == nil:
		return bad("the ingester keeps events one by one (Options.Aggregate %s)", in.opts.Aggregate)
	case a.Dataset != GDELT1 && a.Dataset != GDELT2:
		return bad("dataset %s (want %s or %s)", a.Dataset, GDELT1, GDELT2)
	case a.Events < 1:
		return bad("%d events (want at least 1)", a.Events)
	case a.Mentions < 0 || a.Sources < 0 || a.Articles < 0 || a.RootEvents < 0 || a.Omitted < 0 || a.Mirrored < 0 || a.Repeats < 0:
		return bad("a negative count")
	case a.RootEvents > a.Events || a.Mirrored > a.Events:
		return bad("%d root events and %d mirrored of %d events", a.RootEvents, a.Mirrored, a.Events)
	case !finite(a.GoldsteinSum) || !finite(a.GoldsteinAbsSum) || !finite(a.ToneSum) || a.GoldsteinAbsSum < 0:
		return bad("a sum that is not a finite number")
	}
	if _, ok := in.mapping.reg.Kind(a.Kind); !ok {
		return bad("unknown relation kind %q", a.Kind)
	}
	for _, x := range []actors.Actor{a.From, a.To} {
		if err := x.Validate(); err != nil {
			return bad("actor %q: %v", x.ID, err)
		}
	}
	for i, c := range a.Citations {
		if c.As != "" && c.As != "event" && c.As != "repeat" && c.As != "mirror" {
			return bad("citation %d: %q (want event, repeat or mirror)", i+1, c.As)
		}
	}
	if a.From.ID == a.To.ID {
		return bad("both actors are %q", a.From.ID)
	}
	if a.Start.Precision() != date.Day {
		return bad("period start %q is not a day", a.Start)
	}
	when, start, own := in.period(a.Start)
	if own != 0 || !when.Since.First().Equal(a.Start.First()) {
		return bad("%s does not start a %s period", a.Start, in.opts.Aggregate)
	}
	from, to := in.intern(a.From, &a.FromSide, a.Dataset), in.intern(a.To, &a.ToSide, a.Dataset)
	key := aggKey{from, to, a.Kind, start, 0}
	i, ok := in.agg[key]
	if !ok {
		i = in.recs.add(rec{from: from, to: to, kind: a.Kind, when: when})
		in.agg[key] = i
	}
	in.kindsUsed[a.Kind] = true
	in.events += a.Events
	r := in.recs.at(i)
	r.dead = false
	r.datasets |= 1 << a.Dataset
	r.count += a.Events
	r.gsum += a.GoldsteinSum
	r.gabs += a.GoldsteinAbsSum
	for _, c := range a.Codes {
		if k, ok := EventCode(c); ok {
			c = k.Code
		}
		if j := slices.Index(r.codes, c); j >= 0 {
			r.codeN[j]++
		} else {
			r.codes = append(r.codes, strings.Clone(c))
			r.codeN = append(r.codeN, 1)
		}
	}
	r.mirrored += a.Mirrored
	r.repeats += a.Repeats
	r.mentions += a.Mentions
	r.nsources += a.Sources
	r.articles += a.Articles
	r.toneSum += a.ToneSum
	r.roots += a.RootEvents
	if a.Added.After(r.added) {
		r.added, r.addedDay = a.Added, a.Dataset == GDELT1
	}
	for _, c := range a.Citations {
		ev := Event{Dataset: a.Dataset, ID: c.EventID, Added: c.Added, SourceURL: c.SourceURL}
		switch c.As {
		case "", "event":
			in.cite(r, func() (graph.Source, graph.Evidence) { return eventSource(&ev) })
		case "repeat", "mirror":
			in.citeAgain(r, &ev, c.As)
		}
	}
	r.omitted += a.Omitted
	return nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
