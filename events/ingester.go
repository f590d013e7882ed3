package events

import (
	"context"
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/graph"
)

// Ingester turns a stream of events into relations: it maps codes to kinds
// and sides to actors, selects, removes duplicate events, keeps or
// aggregates, and counts every row it sees. Reading costs O(1) time a row.
// Memory is O(relations kept, or aggregates, + distinct actors + sources
// cited), not O(rows read), plus for duplicate detection a bitmap of about
// 128 KiB a million dense event IDs, and for folding mirrored and repeated
// events about 50 bytes for each event of the last [FoldWindow] to two of
// input time; [Ingester.Graph] is the only step that needs the whole
// result.
//
// An Ingester is not safe for concurrent use.
type Ingester struct {
	opts     Options
	mapping  *Mapping
	maxEv    int
	countrys map[string]bool
	involve  map[string]bool

	actors    map[string]actors.Actor
	sources   map[string]graph.Source
	recs      recList
	agg       map[aggKey]int32
	byEvent   map[uint64]int32
	seenGDELT idSet
	seenICEWS idSet
	oldICEWS  map[string]struct{}
	kindsUsed map[string]bool
	symKind   map[string]bool

	keys, oldKeys      map[foldKey]int32 // event key -> its relation: this window's, the last one's
	pend, oldPend      map[foldKey]vals  // first halves that a mirror half would move
	clock, epoch       int64             // the folding clock, and when this window began (Unix seconds)
	clockSet           bool
	hash1, hash2       maphash.Hash // the two seeds of fold keys
	repeated, mirrored int64

	guesses   map[guessKey]*KindGuess
	overrides map[string]*Override

	rows, bytes, events, mentions int64
	rejects, skips                tallies
	files                         []string
	elapsed                       time.Duration

	now          func() time.Time // the clock of progress reports; time.Now but in tests
	lastProgress time.Time
}

// NewIngester returns an ingester with the options of o but the reading
// ones (it reads no file itself: each [Reader] has its own). It checks
// every field and fails with an error wrapping ErrConfig that names each
// wrong one: an unknown country code, a malformed code prefix, a date range
// that runs backwards, an enum value out of range.
func NewIngester(o Options) (*Ingester, error) {
	countries, involving, err := o.validate()
	if err != nil {
		return nil, err
	}
	in := &Ingester{opts: o, mapping: o.Mapping, countrys: countries, involve: involving, now: time.Now}
	if in.mapping == nil {
		in.mapping = DefaultMapping()
	}
	in.maxEv = o.MaxEvidence
	if in.maxEv == 0 {
		in.maxEv = DefaultMaxEvidence
	}
	in.actors = map[string]actors.Actor{}
	in.sources = map[string]graph.Source{}
	in.kindsUsed = map[string]bool{}
	in.symKind = map[string]bool{}
	if !o.KeepDoubleCoded {
		in.keys = map[foldKey]int32{}
		in.pend = map[foldKey]vals{}
		in.hash1.SetSeed(maphash.MakeSeed())
		in.hash2.SetSeed(maphash.MakeSeed())
	}
	in.guesses = map[guessKey]*KindGuess{}
	in.overrides = map[string]*Override{}
	for id, c := range o.ActorCountries {
		in.override(id).Country = c
	}
	for id, k := range o.ActorKinds {
		in.override(id).Kind = k
	}
	if o.Aggregate != PerEvent {
		in.agg = map[aggKey]int32{}
	}
	if o.Aggregate == PerEvent || o.IndexEvents {
		in.byEvent = map[uint64]int32{}
	}
	return in, nil
}

// Read ingests every row of r, events or mentions as r's dataset says, and
// adds r's account of bad rows to the report. It stops early, returning
// the error, on an I/O error, on a bad row when r is strict, and when ctx is
// done (ctx is looked at every 4096 rows). Give each Reader to Read once:
// its report is added whole. Read does not close r. With Options.Progress
// set, it reports while reading and once at the end, with Done set, even
// when it fails.
func (in *Ingester) Read(ctx context.Context, r *Reader) error {
	start := in.now()
	err := in.read(ctx, r, start)
	in.merge(r)
	in.progress(r.inputName(), in.elapsed, true, nil)
	return err
}

func (in *Ingester) read(ctx context.Context, r *Reader, start time.Time) error {
	d, err := r.Dataset()
	if err != nil {
		return err
	}
	var loopErr error
	n := 0
	tick := func() bool {
		n++
		if n%progressRows != 0 {
			return true
		}
		if err := ctx.Err(); err != nil {
			loopErr = err
			return false
		}
		if in.opts.Progress != nil {
			if now := in.now(); now.Sub(in.lastProgress) >= progressEvery {
				in.lastProgress = now
				in.progress(r.inputName(), in.elapsed+now.Sub(start), false, r)
			}
		}
		return true
	}
	if d == GDELT2Mentions {
		for m, err := range r.Mentions() {
			if err != nil {
				return err
			}
			in.addMention(&m)
			if !tick() {
				break
			}
		}
	} else {
		for ev, err := range r.Events() {
			if err != nil {
				return err
			}
			in.add(&ev)
			if !tick() {
				break
			}
		}
	}
	return loopErr
}

// progress calls Options.Progress, if set, with the counts so far plus
// those of r, a Reader being read and not yet merged (nil once merged).
func (in *Ingester) progress(file string, elapsed time.Duration, done bool, r *Reader) {
	if in.opts.Progress == nil {
		return
	}
	p := Progress{File: file, Rows: in.rows, Bytes: in.bytes, Events: in.events, Rejects: in.rejects.total(),
		Skips: in.skips.total(), Elapsed: elapsed, Done: done}
	if r != nil {
		p.Rows += r.rows
		p.Bytes += r.bytes
		p.Rejects += r.rejects.total()
	}
	in.opts.Progress(p)
}

func (in *Ingester) merge(r *Reader) {
	rep := r.Report()
	in.rows += rep.Rows
	in.bytes += rep.Bytes
	in.rejects.merge(rep.Rejects)
	in.files = append(in.files, rep.Files...)
	in.elapsed += rep.Elapsed
}

// Add ingests one event read by the caller, counting it as a row. An event
// that a [Reader] would have rejected is rejected likewise, with a
// [*RowError] in the report naming the field: an ID or StoryID that is not
// a number, a Code that is not 2 to 4 digits, a Goldstein value that is not
// a number from -10 to 10, an AvgTone that is not a finite number, text
// that is not UTF-8 or holds a control character. An event whose Dataset is not GDELT1, GDELT2 or ICEWS
// is skipped (not-an-event).
// Its Date should be a day, as in every dataset; an event dated more
// coarsely (or not at all) is kept, and aggregated with those of the same
// date when that date is coarser than the period.
func (in *Ingester) Add(ev Event) {
	in.rows++
	if e := checkEvent(&ev); e != nil {
		in.rejects.add(reasonOf(e.Err), ev.Pos, e)
		return
	}
	in.add(&ev)
}

// checkEvent checks what a caller's event may get wrong that a [Reader]
// rejects: an ID or story ID that is not a number, a malformed code, a
// Goldstein value off the scale, a tone that is not a number, text that is
// not UTF-8 or holds a control character.
func checkEvent(ev *Event) *RowError {
	bad := func(column, value string, err error) *RowError {
		return rowErr(ev.Pos.File, ev.Pos.Line, column, value, err)
	}
	if !isNumber(ev.ID) {
		return bad("ID", ev.ID, ErrNumber)
	}
	if ev.StoryID != "" && !isNumber(ev.StoryID) {
		return bad("StoryID", ev.StoryID, ErrNumber)
	}
	if !isCode(ev.Code) {
		return bad("Code", ev.Code, ErrCode)
	}
	if !(ev.Goldstein >= -10 && ev.Goldstein <= 10) { // NaN fails too
		return bad("Goldstein", strconv.FormatFloat(ev.Goldstein, 'g', -1, 64), ErrNumber)
	}
	if math.IsNaN(ev.AvgTone) || math.IsInf(ev.AvgTone, 0) {
		return bad("AvgTone", strconv.FormatFloat(ev.AvgTone, 'g', -1, 64), ErrNumber)
	}
	for _, f := range []struct{ column, value string }{
		{"Actor1.Code", ev.Actor1.Code}, {"Actor1.Name", ev.Actor1.Name}, {"Actor1.Sectors", ev.Actor1.Sectors},
		{"Actor2.Code", ev.Actor2.Code}, {"Actor2.Name", ev.Actor2.Name}, {"Actor2.Sectors", ev.Actor2.Sectors},
		{"SourceURL", ev.SourceURL}, {"Text", ev.Text}, {"Publisher", ev.Publisher},
	} {
		if !utf8.ValidString(f.value) {
			return bad(f.column, strings.ToValidUTF8(f.value, "\uFFFD"), ErrUTF8)
		}
		if badTextAt(f.value) >= 0 {
			return bad(f.column, strconv.QuoteToASCII(f.value), ErrText)
		}
	}
	return nil
}

// isNumber reports whether s is 1 to 18 decimal digits, as event and story
// IDs are.
func isNumber(s string) bool {
	if len(s) == 0 || len(s) > 18 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
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
	if ev.Dataset != GDELT1 && ev.Dataset != GDELT2 && ev.Dataset != ICEWS {
		in.skip(SkipNotEvent, ev.Pos)
		return
	}
	if in.duplicate(ev) {
		in.skip(SkipDuplicate, ev.Pos)
		return
	}
	f := &in.opts
	if !f.From.IsZero() && ev.Date.First().Before(f.From.First()) || !f.To.IsZero() && ev.Date.Last().After(f.To.Last()) {
		in.skip(SkipDate, ev.Pos)
		return
	}
	if f.RootOnly && ev.Dataset != ICEWS && !ev.IsRoot {
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
	a1, ok1 := in.resolve(in.mapCountry(ev.Actor1, ev.Dataset), ev.Dataset)
	a2, ok2 := in.resolve(in.mapCountry(ev.Actor2, ev.Dataset), ev.Dataset)
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
	from, to := in.intern(a1, &ev.Actor1, ev.Dataset), in.intern(a2, &ev.Actor2, ev.Dataset)
	doc, k, folded := in.fold(ev, from, to)
	if folded {
		return
	}
	in.kindsUsed[kind] = true
	in.events++
	v := eventVals(ev)
	i := in.record(ev, from, to, kind, &v)
	in.remember(doc, k, i, ev, kind, &v)
	in.index(ev, i)
}

func (in *Ingester) resolve(a Actor, d Dataset) (actors.Actor, bool) {
	if in.opts.ActorFunc != nil {
		r, ok := in.opts.ActorFunc(a, d)
		return r, ok && r.Validate() == nil
	}
	if id := in.quickID(a, d); id != "" {
		if known, ok := in.actors[id]; ok {
			return known, true
		}
	}
	return in.opts.Actors.Resolve(a, d)
}

// quickID guesses the actor ID without building the actor, for the common
// case of an actor seen before; "" when it cannot.
func (in *Ingester) quickID(a Actor, d Dataset) string {
	if d == ICEWS {
		return ""
	}
	switch in.opts.Actors {
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
// which does not share memory with any input line. A new actor takes its
// kind from Options.ActorKinds, or its guessed kind is noted.
func (in *Ingester) intern(a actors.Actor, side *Actor, d Dataset) string {
	if known, ok := in.actors[a.ID]; ok {
		return known.ID
	}
	if o, ok := in.overrides[a.ID]; ok && o.Kind != actors.Unknown {
		a.Kind = o.Kind
		o.Actors++
	} else {
		in.guess(a, side, d)
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
	if ev.Dataset != ICEWS {
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

// Report returns the accounting of everything ingested so far.
func (in *Ingester) Report() Report {
	return Report{
		Files:     slices.Clone(in.files),
		Rows:      in.rows,
		Bytes:     in.bytes,
		Events:    in.events,
		Repeated:  in.repeated,
		Mirrored:  in.mirrored,
		Mentions:  in.mentions,
		Relations: in.relations(),
		Actors:    len(in.actors),
		Sources:   len(in.sources),
		Rejects:   in.rejects.list(),
		Skips:     in.skips.list(),
		Guesses:   in.guessList(),
		Overrides: in.overrideList(),
		Elapsed:   in.elapsed,
	}
}

// relations returns the number of relations made: those with events.
func (in *Ingester) relations() int {
	n := 0
	for _, ch := range in.recs.chunks {
		for i := range ch {
			if !ch[i].dead {
				n++
			}
		}
	}
	return n
}
