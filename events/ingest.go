package events

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// Period says whether and how an [Ingester] aggregates events.
type Period uint8

// The periods. The zero Period keeps every event.
const (
	EachEvent Period = iota // one relation per event
	Day                     // one relation per (from, to, kind, day)
	Week                    // one per (from, to, kind, ISO week, Monday to Sunday)
	Month                   // one per (from, to, kind, month)
	numPeriods
)

var periodNames = [numPeriods]string{"none", "day", "week", "month"}

// String returns "none", "day", "week" or "month".
func (p Period) String() string {
	if p < numPeriods {
		return periodNames[p]
	}
	return fmt.Sprintf("Period(%d)", uint8(p))
}

// ParsePeriod reads "none" (or ""), "day", "week" or "month".
func ParsePeriod(s string) (Period, error) {
	if s == "" {
		return EachEvent, nil
	}
	for i, n := range periodNames {
		if s == n {
			return Period(i), nil
		}
	}
	return 0, fmt.Errorf("%w: aggregation %q (want none, day, week or month)", ErrConfig, s)
}

// Weighting says what a relation's weight is.
type Weighting uint8

// The weightings. The zero Weighting is WeightGoldstein.
const (
	// WeightGoldstein: the magnitude of the Goldstein value, |g| (the mean
	// of |g| over an aggregate's events), at least MinWeight. The sign of g
	// is the kind's: graph weights are never negative.
	WeightGoldstein Weighting = iota
	// WeightCount: the number of events (1 for a single event).
	WeightCount
)

// MinWeight is the least weight given under WeightGoldstein, so that events
// of Goldstein value 0 (plain statements) keep a weight of their own: a
// weight of 0 would mean graph's default, 1.
const MinWeight = 0.1

// DefaultMaxEvidence is the number of citations a relation keeps when
// Config.MaxEvidence is 0.
const DefaultMaxEvidence = 20

// Filter selects events. Set fields combine with AND; the zero Filter keeps
// everything.
type Filter struct {
	// Countries keeps events whose two actors both have one of these
	// countries (CAMEO/ISO3 codes): the dyads among them.
	Countries []string
	// Involving keeps events where at least one actor has one of these
	// countries.
	Involving []string
	// Codes keeps events whose CAMEO code starts with one of these: "19"
	// keeps 190 to 1962, "0411" only 0411.
	Codes []string
	// From and To keep events dated within them, inclusive; either may be
	// zero (open). Precision is inclusive: To 2018-06 keeps June 30.
	From, To date.Date
	// RootOnly keeps GDELT root events (IsRootEvent 1: from the lead
	// paragraph). ICEWS events have no such flag and are all kept.
	RootOnly bool
}

// Config configures an [Ingester]. The zero Config keeps every event as a
// relation between full-granularity actors, weighted by |Goldstein|, with
// the default mapping.
type Config struct {
	Title  string      // the graph's title
	Actors Granularity // how event actors become graph actors
	// ActorFunc, if set, replaces Actors: it turns a side of an event into
	// a graph actor, or returns false to skip the event (as no-country).
	ActorFunc func(side Actor, f Format) (actors.Actor, bool)
	Aggregate Period    // keep every event, or aggregate per day, week or month
	Weight    Weighting // what a relation's weight is
	Mapping   *Mapping  // CAMEO code to kind; nil means DefaultMapping()
	Filter    Filter    // which events to keep
	// MaxEvidence caps the citations a relation keeps, in input order; the
	// rest are counted in its AttrEvidenceOmitted. 0 means
	// DefaultMaxEvidence; negative means no cap.
	MaxEvidence int
	// IndexEvents keeps, when aggregating, a map from event ID to relation
	// so that GDELT 2.0 mentions read later add evidence (about 40 bytes an
	// event). Without it, mentions of aggregated events are skipped as
	// unknown-event. Events kept one by one are always indexed.
	IndexEvents bool
	// Progress, if a terminal, shows rows read, MB/s and rejects while
	// reading; otherwise (a file, a pipe, nil) nothing is written.
	Progress io.Writer
}

// Ingester turns a stream of events into relations: it maps codes to kinds
// and sides to actors, filters, removes duplicate events, keeps or
// aggregates, and counts every row it sees. Memory grows with the relations
// kept (or the aggregates), the distinct actors and the sources cited, not
// with the rows read; [Ingester.Graph] is the only step that needs the whole
// result.
//
// An Ingester is not safe for concurrent use.
type Ingester struct {
	cfg      Config
	mapping  *Mapping
	maxEv    int
	countrys map[string]bool
	involve  map[string]bool

	actors    map[string]actors.Actor
	sources   map[string]graph.Source
	recs      []rec
	agg       map[aggKey]int32
	byEvent   map[uint64]int32
	seenGDELT idSet
	seenICEWS idSet
	oldICEWS  map[string]struct{}
	kindsUsed map[string]bool

	rows, bytes, events, mentions int64
	rejects, skips                tallies
	files                         []string
	elapsed                       time.Duration
	prog                          *progress
}

// rec is a relation being made: one event, or an aggregate.
type rec struct {
	from, to, kind string
	when           date.Span
	datasets       uint8 // bit per Format
	count          int64
	gsum, gabs     float64
	codes          []string
	mentions       int64
	nsources       int64
	articles       int64
	toneSum        float64
	roots          int64
	added          time.Time
	addedDay       bool // added is a day (GDELT 1.0)
	evidence       []graph.Evidence
	omitted        int64

	// single events only
	id, eventID string
	quad        int
	isRoot      bool
	story, text string
	sentence    int
	icews       bool
}

type aggKey struct {
	from, to, kind string
	start          int32 // days since 0001-01-01 of the period's first day
}

// NewIngester returns an ingester for cfg. It fails with ErrConfig for an
// unknown country code, a malformed code prefix or a date range that runs
// backwards.
func NewIngester(cfg Config) (*Ingester, error) {
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
				bad("%s: unknown country code %q", field, c)
			}
			m[c] = true
		}
		return m
	}
	in := &Ingester{cfg: cfg, mapping: cfg.Mapping}
	in.countrys = set("Filter.Countries", cfg.Filter.Countries)
	in.involve = set("Filter.Involving", cfg.Filter.Involving)
	for _, c := range cfg.Filter.Codes {
		if !isCode(c) {
			bad("Filter.Codes: %q is not a CAMEO code prefix (want 2 to 4 digits, such as \"19\" or \"0411\")", c)
		}
	}
	if !cfg.Filter.From.IsZero() && !cfg.Filter.To.IsZero() && cfg.Filter.To.Last().Before(cfg.Filter.From.First()) {
		bad("Filter.To %s is before Filter.From %s", cfg.Filter.To, cfg.Filter.From)
	}
	if cfg.Aggregate >= numPeriods {
		bad("Aggregate %d", cfg.Aggregate)
	}
	if cfg.Actors >= numGranularities {
		bad("Actors %d", cfg.Actors)
	}
	if cfg.Weight > WeightCount {
		bad("Weight %d", cfg.Weight)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if in.mapping == nil {
		in.mapping = DefaultMapping()
	}
	in.maxEv = cfg.MaxEvidence
	if in.maxEv == 0 {
		in.maxEv = DefaultMaxEvidence
	}
	in.actors = map[string]actors.Actor{}
	in.sources = map[string]graph.Source{}
	in.kindsUsed = map[string]bool{}
	if cfg.Aggregate != EachEvent {
		in.agg = map[aggKey]int32{}
	}
	if cfg.Aggregate == EachEvent || cfg.IndexEvents {
		in.byEvent = map[uint64]int32{}
	}
	in.prog = newProgress(cfg.Progress)
	return in, nil
}

// Read ingests every row of r, events or mentions as r's format says, and
// adds r's account of bad rows to the report. It stops early, returning
// the error, on an I/O error, on a bad row when r is strict, and when ctx is
// done. Give each Reader to Read once: its report is added whole.
func (in *Ingester) Read(ctx context.Context, r *Reader) error {
	f, err := r.Format()
	if err != nil {
		in.merge(r)
		return err
	}
	var loopErr error
	n := 0
	tick := func() bool {
		n++
		if n&4095 != 0 {
			return true
		}
		if err := ctx.Err(); err != nil {
			loopErr = err
			return false
		}
		in.prog.tick(in.rows+r.rows, in.bytes+r.bytes, in.rejects.total()+r.rejects.total(), r.name)
		return true
	}
	if f == GDELT2Mention {
		for m, err := range r.Mentions() {
			if err != nil {
				loopErr = err
				break
			}
			in.addMention(&m)
			if !tick() {
				break
			}
		}
	} else {
		for ev, err := range r.Events() {
			if err != nil {
				loopErr = err
				break
			}
			in.add(&ev)
			if !tick() {
				break
			}
		}
	}
	in.merge(r)
	in.prog.tick(in.rows, in.bytes, in.rejects.total(), r.name)
	return loopErr
}

func (in *Ingester) merge(r *Reader) {
	rep := r.Report()
	in.rows += rep.Rows
	in.bytes += rep.Bytes
	in.rejects.merge(rep.Rejects)
	in.files = append(in.files, rep.Files...)
	in.elapsed += rep.Elapsed
}

// Add ingests one event read by the caller, counting it as a row.
func (in *Ingester) Add(ev Event) {
	in.rows++
	in.add(&ev)
}

// AddMention ingests one mention read by the caller, counting it as a row:
// it adds evidence to the relation of the event it mentions.
func (in *Ingester) AddMention(m Mention) {
	in.rows++
	in.addMention(&m)
}

// Reject counts a bad row that the caller read: use it with a strict
// [Reader] or rows from elsewhere, so that the report still accounts for
// every row.
func (in *Ingester) Reject(e *RowError) {
	in.rows++
	in.rejects.add(reasonOf(e.Err), Pos{e.File, e.Line}, e)
}

func (in *Ingester) skip(reason Reason, pos Pos) { in.skips.add(reason, pos, nil) }

func (in *Ingester) add(ev *Event) {
	if in.duplicate(ev) {
		in.skip(SkipDuplicate, ev.Pos)
		return
	}
	f := &in.cfg.Filter
	if !f.From.IsZero() && ev.Date.First().Before(f.From.First()) || !f.To.IsZero() && ev.Date.Last().After(f.To.Last()) {
		in.skip(SkipDate, ev.Pos)
		return
	}
	if f.RootOnly && ev.Format != ICEWS && !ev.IsRoot {
		in.skip(SkipRoot, ev.Pos)
		return
	}
	if len(f.Codes) > 0 && !slices.ContainsFunc(f.Codes, func(p string) bool { return strings.HasPrefix(ev.Code, p) }) {
		in.skip(SkipCode, ev.Pos)
		return
	}
	kind := in.mapping.kindName(ev.Code)
	if kind == "" {
		in.skip(SkipUnmapped, ev.Pos)
		return
	}
	if ev.Actor1.IsZero() {
		in.skip(SkipMissingActor1, ev.Pos)
		return
	}
	if ev.Actor2.IsZero() {
		in.skip(SkipMissingActor2, ev.Pos)
		return
	}
	a1, ok1 := in.resolve(ev.Actor1, ev.Format)
	a2, ok2 := in.resolve(ev.Actor2, ev.Format)
	if !ok1 || !ok2 {
		in.skip(SkipNoCountry, ev.Pos)
		return
	}
	if in.countrys != nil && !(in.countrys[a1.Country] && in.countrys[a2.Country]) ||
		in.involve != nil && !(in.involve[a1.Country] || in.involve[a2.Country]) {
		in.skip(SkipCountry, ev.Pos)
		return
	}
	if a1.ID == a2.ID {
		in.skip(SkipSameActor, ev.Pos)
		return
	}
	from, to := in.intern(a1), in.intern(a2)
	in.kindsUsed[kind] = true
	in.events++
	i := in.record(ev, from, to, kind)
	if in.byEvent != nil && ev.Format != ICEWS {
		if id, err := strconv.ParseUint(ev.ID, 10, 64); err == nil {
			in.byEvent[id] = i
		}
	}
}

func (in *Ingester) resolve(a Actor, f Format) (actors.Actor, bool) {
	if in.cfg.ActorFunc != nil {
		r, ok := in.cfg.ActorFunc(a, f)
		return r, ok && actors.ValidateID(r.ID) == nil
	}
	if id := in.quickID(a, f); id != "" {
		if known, ok := in.actors[id]; ok {
			return known, true
		}
	}
	return in.cfg.Actors.Resolve(a, f)
}

// quickID guesses the actor ID without building the actor, for the common
// case of an actor seen before; "" when it cannot.
func (in *Ingester) quickID(a Actor, f Format) string {
	if f == ICEWS {
		return ""
	}
	switch in.cfg.Actors {
	case ActorsFull:
		return a.Code
	case ActorsCountry:
		if a.Country != "" {
			return a.Country
		}
	}
	return ""
}

// intern keeps the first version of each actor and returns its ID string,
// which does not share memory with any input line.
func (in *Ingester) intern(a actors.Actor) string {
	if known, ok := in.actors[a.ID]; ok {
		return known.ID
	}
	a.ID = strings.Clone(a.ID)
	a.Name = strings.Clone(a.Name)
	a.Country = strings.Clone(a.Country)
	a = a.Clone()
	for k, v := range a.Attrs {
		a.Attrs[k] = strings.Clone(v)
	}
	in.actors[a.ID] = a
	return a.ID
}

// duplicate reports whether the event was seen before, and marks it seen.
// GDELT events are keyed by GLOBALEVENTID, ICEWS events by Event ID from
// 2014 on and by Event ID and Event Date before.
func (in *Ingester) duplicate(ev *Event) bool {
	id, err := strconv.ParseUint(ev.ID, 10, 64)
	if err != nil {
		return false
	}
	if ev.Format != ICEWS {
		return in.seenGDELT.testAndSet(id)
	}
	if ev.Date.Year() >= 2014 {
		return in.seenICEWS.testAndSet(id)
	}
	if in.oldICEWS == nil {
		in.oldICEWS = map[string]struct{}{}
	}
	key := ev.ID + "@" + ev.Date.String()
	if _, ok := in.oldICEWS[key]; ok {
		return true
	}
	in.oldICEWS[key] = struct{}{}
	return false
}

// period returns the span of the event's period and its first day's number.
func (in *Ingester) period(d date.Date) (date.Span, int32) {
	t := d.First()
	switch in.cfg.Aggregate {
	case Week:
		t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		first, err1 := date.FromTime(t)
		last, err2 := date.FromTime(t.AddDate(0, 0, 6))
		if err1 != nil || err2 != nil { // the week of 0001-01-01 or of 9999-12-31 runs off the calendar
			return date.At(d), dayNumber(d.First())
		}
		return date.Between(first, last), dayNumber(t)
	case Month:
		return date.At(date.OfMonth(d.Year(), d.Month())), dayNumber(time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC))
	}
	return date.At(d), dayNumber(t)
}

func dayNumber(t time.Time) int32 { return int32(t.Unix() / 86400) }

func (in *Ingester) record(ev *Event, from, to, kind string) int32 {
	var i int32
	if in.agg != nil {
		when, start := in.period(ev.Date)
		key := aggKey{from, to, kind, start}
		var ok bool
		if i, ok = in.agg[key]; !ok {
			i = int32(len(in.recs))
			in.recs = append(in.recs, rec{from: from, to: to, kind: kind, when: when})
			in.agg[key] = i
		}
	} else {
		i = int32(len(in.recs))
		r := rec{from: from, to: to, kind: kind, when: date.At(ev.Date), eventID: strings.Clone(ev.ID), quad: ev.QuadClass, isRoot: ev.IsRoot}
		if ev.Format == ICEWS {
			r.id = "icews-" + ev.ID + "-" + strings.ReplaceAll(ev.Date.String(), "-", "")
			r.icews, r.story, r.text, r.sentence = true, strings.Clone(ev.StoryID), strings.Clone(ev.Text), ev.Sentence
		} else {
			r.id = "gdelt-" + ev.ID
		}
		in.recs = append(in.recs, r)
	}
	r := &in.recs[i]
	r.datasets |= 1 << ev.Format
	r.count++
	r.gsum += ev.Goldstein
	r.gabs += math.Abs(ev.Goldstein)
	if !slices.Contains(r.codes, ev.Code) {
		if c, ok := EventCode(ev.Code); ok {
			r.codes = append(r.codes, c.Code) // the codebook's string, not the line's
		} else {
			r.codes = append(r.codes, strings.Clone(ev.Code))
		}
	}
	r.mentions += int64(ev.NumMentions)
	r.nsources += int64(ev.NumSources)
	r.articles += int64(ev.NumArticles)
	r.toneSum += ev.AvgTone
	if ev.IsRoot && ev.Format != ICEWS {
		r.roots++
	}
	if ev.Added.After(r.added) {
		r.added, r.addedDay = ev.Added, ev.Format == GDELT1
	}
	in.cite(r, func() (graph.Source, graph.Evidence) { return eventSource(ev) })
	return i
}

// cite adds a citation to r unless r has MaxEvidence already or cites the
// same source; the source is made only when the citation is kept.
func (in *Ingester) cite(r *rec, make func() (graph.Source, graph.Evidence)) bool {
	if in.maxEv >= 0 && len(r.evidence) >= in.maxEv {
		r.omitted++
		return false
	}
	s, e := make()
	for _, old := range r.evidence {
		if old.Source == s.ID {
			return false
		}
	}
	if _, ok := in.sources[s.ID]; !ok {
		in.sources[s.ID] = s
	}
	r.evidence = append(r.evidence, e)
	return true
}

func (in *Ingester) addMention(m *Mention) {
	id, err := strconv.ParseUint(m.EventID, 10, 64)
	i, ok := in.byEvent[id]
	if err != nil || !ok {
		in.skip(SkipUnknownEvent, m.Pos)
		return
	}
	in.mentions++
	in.cite(&in.recs[i], func() (graph.Source, graph.Evidence) { return mentionSource(m) })
}

// Graph builds the graph of everything ingested so far: the actors, the
// sources cited, the kinds used that are not built in, and the relations in
// the order their first event was read. It may be called more than once.
func (in *Ingester) Graph() (*graph.Graph, error) {
	b := graph.NewBuilder()
	b.SetTitle(in.cfg.Title)
	reg := in.mapping.reg
	kinds := make([]string, 0, len(in.kindsUsed))
	for k := range in.kindsUsed {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, name := range kinds {
		if !reg.IsBuiltin(name) {
			k, _ := reg.Kind(name)
			b.AddKind(k)
		}
	}
	ids := make([]string, 0, len(in.actors))
	for id := range in.actors {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		b.Add(in.actors[id])
	}
	sids := make([]string, 0, len(in.sources))
	for id := range in.sources {
		sids = append(sids, id)
	}
	slices.Sort(sids)
	for _, id := range sids {
		b.AddSource(in.sources[id])
	}
	for i := range in.recs {
		b.AddRelation(in.relation(&in.recs[i]))
	}
	g, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("events: building the graph (a bug in package events): %w", err)
	}
	return g, nil
}

// num writes a number in its shortest form, rounded to 4 decimals.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}

func (in *Ingester) relation(r *rec) graph.Relation {
	n := float64(r.count)
	rel := graph.Relation{ID: r.id, From: r.from, To: r.to, Kind: r.kind, When: r.when, Evidence: slices.Clone(r.evidence)}
	switch in.cfg.Weight {
	case WeightCount:
		rel.Weight = n
	default:
		rel.Weight = math.Max(r.gabs/n, MinWeight)
	}
	a := map[string]string{
		AttrDataset:   datasets(r.datasets),
		AttrCAMEO:     strings.Join(slices.Sorted(slices.Values(r.codes)), ","),
		AttrGoldstein: num(r.gsum / n),
		AttrCount:     strconv.FormatInt(r.count, 10),
	}
	if r.omitted > 0 {
		a[AttrEvidenceOmitted] = strconv.FormatInt(r.omitted, 10)
	}
	if !r.added.IsZero() {
		if r.addedDay {
			a[AttrDateAdded] = r.added.Format(time.DateOnly)
		} else {
			a[AttrDateAdded] = r.added.Format(time.RFC3339)
		}
	}
	gdelt := r.datasets&(1<<GDELT1|1<<GDELT2) != 0
	if gdelt {
		a[AttrGDELTNumMentions] = strconv.FormatInt(r.mentions, 10)
		a[AttrGDELTNumSources] = strconv.FormatInt(r.nsources, 10)
		a[AttrGDELTNumArticles] = strconv.FormatInt(r.articles, 10)
		a[AttrGDELTAvgTone] = num(r.toneSum / n)
	}
	if in.agg != nil {
		a[AttrPeriod] = in.cfg.Aggregate.String()
		if gdelt {
			a[AttrGDELTRootEvents] = strconv.FormatInt(r.roots, 10)
		}
	} else if r.icews {
		a[AttrICEWSEventID] = r.eventID
		if r.story != "" {
			a[AttrICEWSStoryID] = r.story
		}
		a[AttrICEWSSentence] = strconv.Itoa(r.sentence)
		if r.text != "" {
			a[AttrICEWSEventText] = r.text
		}
	} else {
		a[AttrGDELTEventID] = r.eventID
		a[AttrGDELTIsRoot] = boolNum(r.isRoot)
		a[AttrGDELTQuadClass] = strconv.Itoa(r.quad)
	}
	rel.Attrs = a
	return rel
}

func boolNum(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func datasets(bits uint8) string {
	var names []string
	for _, f := range []Format{GDELT1, GDELT2, ICEWS} {
		if bits&(1<<f) != 0 {
			names = append(names, f.String())
		}
	}
	return strings.Join(names, ",")
}

// Report returns the accounting of everything ingested so far.
func (in *Ingester) Report() Report {
	return Report{
		Files:     slices.Clone(in.files),
		Rows:      in.rows,
		Bytes:     in.bytes,
		Events:    in.events,
		Mentions:  in.mentions,
		Relations: len(in.recs),
		Actors:    len(in.actors),
		Sources:   len(in.sources),
		Rejects:   in.rejects.list(),
		Skips:     in.skips.list(),
		Elapsed:   in.elapsed,
	}
}

// Close ends the progress line, if one was shown.
func (in *Ingester) Close() error {
	in.prog.done()
	return nil
}

// hash16 returns 16 hex digits of the FNV-1a hash of s.
func hash16(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%016x", h.Sum64())
}

// IngestFiles reads the named files (plain, gzip or zip; formats detected
// unless opts.Format forces one) into one graph: event files first, in the
// order given, then GDELT 2.0 mentions files, so that mentions find their
// events (cfg.IndexEvents is set when there are mentions). It returns the
// graph and the report, or the first error: a file that cannot be opened or
// read, a bad row when opts.Strict, ctx done.
func IngestFiles(ctx context.Context, cfg Config, opts Options, paths ...string) (*graph.Graph, Report, error) {
	readers := make([]*Reader, 0, len(paths))
	defer func() {
		for _, r := range readers {
			r.Close()
		}
	}()
	var events, mentions []*Reader
	for _, p := range paths {
		r, err := Open(p, opts)
		if err != nil {
			return nil, Report{}, err
		}
		readers = append(readers, r)
		f, err := r.Format()
		if err != nil {
			return nil, Report{}, err
		}
		if f == GDELT2Mention {
			mentions = append(mentions, r)
		} else {
			events = append(events, r)
		}
	}
	if len(mentions) > 0 {
		cfg.IndexEvents = true
	}
	in, err := NewIngester(cfg)
	if err != nil {
		return nil, Report{}, err
	}
	defer in.Close()
	for _, r := range append(events, mentions...) {
		if err := in.Read(ctx, r); err != nil {
			return nil, in.Report(), err
		}
	}
	in.Close()
	g, err := in.Graph()
	return g, in.Report(), err
}
