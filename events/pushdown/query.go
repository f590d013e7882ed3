package pushdown

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph/events"
)

// Public BigQuery tables of GDELT, partitioned by the day each row was
// loaded (the pseudo-column _PARTITIONTIME).
const (
	BigQueryGDELT2 = "gdelt-bq.gdeltv2.events_partitioned"
	BigQueryGDELT1 = "gdelt-bq.full.events_partitioned"
)

// DefaultLateDays is how many days after Options.To an event may be added
// and still counted by a BigQuery query, when QueryOptions.LateDays is 0.
const DefaultLateDays = 30

// QueryOptions say what a query reads and for which engine. The zero
// QueryOptions write BigQuery SQL against the public GDELT 2.0 table.
type QueryOptions struct {
	// Dialect is the engine. Default BigQuery.
	Dialect Dialect
	// Dataset is the GDELT version the input holds: events.GDELT1 or
	// events.GDELT2. Default events.Auto: GDELT2.
	Dataset events.Dataset
	// Files are the inputs of a DuckDB query: paths or globs of
	// tab-separated GDELT event files, plain or gzip (".gz"; zip archives
	// must be unzipped first), as DuckDB's read_csv takes them. Required
	// for DuckDB; BigQuery ignores them.
	Files []string
	// Table is the BigQuery table read. Default "": [BigQueryGDELT2] or
	// [BigQueryGDELT1] as Dataset says. DuckDB ignores it.
	Table string
	// LateDays bounds the BigQuery partitions read from above: events
	// loaded up to this many days after Options.To count; GDELT adds most
	// events the day they are reported. Default 0: [DefaultLateDays];
	// negative: no upper bound (needed for the GDELT 1.0 backfiles, loaded
	// in 2013 whatever their date). Options.From bounds them from below
	// (an event is not loaded before it happens). DuckDB ignores it.
	LateDays int
}

// Columns are the columns of a query's result, in order: the contract of
// the aggregate files that [Decoder] reads. One row is one relation:
//
//	dataset            gdelt1 or gdelt2
//	actor1, actor2     the actors' IDs (RUS; RUSGOV at role granularity; a known group: NAT)
//	actor1_country     their countries ("" for a known group)
//	actor2_country
//	kind               the relation kind (events.Mapping)
//	period             day, week or month
//	period_start       the period's first day (YYYY-MM-DD)
//	events             the number of events
//	goldstein_sum      the sum, mean and sum of absolute values of GoldsteinScale
//	goldstein_mean
//	goldstein_abs_sum
//	num_mentions       NumMentions, NumSources, NumArticles summed
//	num_sources
//	num_articles
//	avg_tone           the mean AvgTone
//	root_events        events with IsRootEvent 1
//	mirrored           events coded both ways, folded into one (events.AttrMirrored)
//	repeats            rows folded into events as repeats (events.AttrRepeats)
//	first_date         the first and last SQLDATE (YYYY-MM-DD)
//	last_date
//	date_added         the latest DATEADDED (YYYYMMDD or YYYYMMDDHHMMSS)
//	cameo              the distinct event codes, sorted, comma-separated
//	evidence_omitted   events whose citation the evidence cap left out
//	evidence           a JSON array of the rows that cite documents, in GLOBALEVENTID order:
//	                   [{"url": SOURCEURL, "added": DATEADDED, "event": GLOBALEVENTID, "as": ROLE}, ...],
//	                   ROLE "event", "repeat" or "mirror" (the row's part in its event)
var Columns = []string{
	"dataset", "actor1", "actor1_country", "actor2", "actor2_country", "kind", "period", "period_start",
	"events", "goldstein_sum", "goldstein_mean", "goldstein_abs_sum", "num_mentions", "num_sources",
	"num_articles", "avg_tone", "root_events", "mirrored", "repeats", "first_date", "last_date", "date_added", "cameo",
	"evidence_omitted", "evidence",
}

// Query writes one SQL query that computes, from GDELT events, the
// relations that [events.IngestFiles] makes with the options o: the same
// duplicate removal, selection (Countries, Involving, Codes, From, To,
// RootOnly), CAMEO-to-kind mapping (o.Mapping, default
// [events.DefaultMapping]), actors (o.Actors: country or role), periods
// (o.Aggregate: day, week or month) and evidence cap (o.MaxEvidence), one
// row per relation with the [Columns]. The mapping and the actor rules are
// generated from the library's tables ([events.Mapping.Kind],
// [events.GDELTActorRules]) and inlined, so the query needs nothing but
// the input. Rows come sorted by period, actors and kind.
//
// Reading options (Dataset, Strict, Name, MaxLineBytes), Title, Weight
// and IndexEvents do not concern the query: [Decoder] applies Weight and
// Title. Query fails with an error wrapping [ErrConfig] for what no query
// expresses: ActorFunc, full actors, no aggregation period, a Dataset
// other than GDELT 1.0 or 2.0, DuckDB without Files, BigQuery without
// From; and with events.ErrConfig for options that the ingester rejects.
// Its cost is O(M + C) for M mapping rules and C countries, and the output
// is byte-identical for the same options.
func Query(o events.Options, q QueryOptions) (string, error) {
	if _, err := events.NewIngester(o); err != nil { // the ingester's own checks of the options
		return "", err
	}
	if q.Dataset == events.Auto {
		q.Dataset = events.GDELT2
	}
	switch {
	case q.Dialect >= numDialects:
		return "", fmt.Errorf("%w: QueryOptions.Dialect %d (want one of %v)", ErrConfig, q.Dialect, Dialects())
	case q.Dataset != events.GDELT1 && q.Dataset != events.GDELT2:
		return "", fmt.Errorf("%w: dataset %s (want %s or %s: ICEWS and mentions have no query)", ErrConfig, q.Dataset, events.GDELT1, events.GDELT2)
	case o.ActorFunc != nil:
		return "", fmt.Errorf("%w: Options.ActorFunc is Go code, which SQL cannot run", ErrConfig)
	case o.Actors != events.ActorsCountry && o.Actors != events.ActorsRole:
		return "", fmt.Errorf("%w: actors %s (want %s or %s)", ErrConfig, o.Actors, events.ActorsCountry, events.ActorsRole)
	case o.Aggregate == events.PerEvent:
		return "", fmt.Errorf("%w: a query aggregates: give a period (%s, %s or %s)", ErrConfig, events.PerDay, events.PerWeek, events.PerMonth)
	case q.Dialect == DuckDB && len(q.Files) == 0:
		return "", fmt.Errorf("%w: a DuckDB query reads files: give at least one path or glob", ErrConfig)
	case q.Dialect == BigQuery && o.From.IsZero():
		return "", fmt.Errorf("%w: a BigQuery query needs a start date (Options.From), which bounds the partitions it scans", ErrConfig)
	}
	for _, f := range q.Files {
		if f == "" || strings.ContainsAny(f, "\x00\n") {
			return "", fmt.Errorf("%w: file name %q", ErrConfig, f)
		}
	}
	m := o.Mapping
	if m == nil {
		m = events.DefaultMapping()
	}
	kinds := kindTable(m)
	for _, r := range kinds {
		if !isPlain(r[1]) {
			return "", fmt.Errorf("%w: kind name %q cannot be written as an SQL literal", ErrConfig, r[1])
		}
	}
	w := &writer{o: o, q: q, d: dialects[q.Dialect], kinds: kinds}
	for _, r := range m.Mirrors() {
		w.mirrors = append(w.mirrors, []string{r.Code, r.Kind})
	}
	for k := range m.Registry().Kinds() {
		if k.Symmetric {
			w.symmetric = append(w.symmetric, []string{k.Name})
		}
	}
	for id := range o.ActorCountries {
		if !isPlain(id) {
			return "", fmt.Errorf("%w: actor ID %q cannot be written as an SQL literal", ErrConfig, id)
		}
	}
	for _, t := range [][][]string{w.mirrors, w.symmetric} {
		if len(t) == 0 {
			return "", fmt.Errorf("%w: the mapping has no mirror rule or no symmetric kind, which the query's tables need", ErrConfig)
		}
		for _, r := range t {
			for _, v := range r {
				if !isPlain(v) {
					return "", fmt.Errorf("%w: %q cannot be written as an SQL literal", ErrConfig, v)
				}
			}
		}
	}
	return w.query(), nil
}

// writer writes one query.
type writer struct {
	o         events.Options
	q         QueryOptions
	d         dialect
	kinds     [][]string // the kinds table (kindTable)
	mirrors   [][]string // code, kind of every mirror rule
	symmetric [][]string // the symmetric kinds
	b         strings.Builder
}

func (w *writer) line(format string, a ...any) {
	fmt.Fprintf(&w.b, format, a...)
	w.b.WriteByte('\n')
}

func (w *writer) query() string {
	o := w.o
	rules := events.GDELTActorRules()
	maxEv := o.MaxEvidence
	if maxEv == 0 {
		maxEv = events.DefaultMaxEvidence
	}

	// A block comment, not "--": the query may be given to bq as an argument, "$(cat q.sql)", which must not look like a flag.
	w.line("/* diplograph: %s relations of %s events per %s, actors by %s, as `diplograph ingest --aggregate %s` makes them.",
		w.q.Dialect, w.q.Dataset, o.Aggregate, o.Actors, o.Aggregate)
	w.line("   Generated from the library's CAMEO mapping and actor rules (events/pushdown); read the result with")
	w.line("   `diplograph ingest --format aggregate FILE`. Selection: %s. */", w.selection())

	// The mapping and the country table, inlined.
	w.line("WITH")
	w.line("kinds AS (")
	w.line("  -- CAMEO code -> relation kind: an event takes the row of its code, else of its base code, else of its root code;")
	w.line("  -- kind '' leaves the event out (unmapped)")
	w.d.table(w, []string{"code", "kind"}, w.kinds)
	w.line("),")
	w.line("mirrors AS (")
	w.line("  -- reciprocal codes: a mirror pair of one of these folds into one event of the kind")
	w.d.table(w, []string{"code", "kind"}, w.mirrors)
	w.line("),")
	w.line("symmetric_kinds AS (")
	w.line("  -- aggregates of these kinds run from the smaller actor ID to the larger")
	w.d.table(w, []string{"kind"}, w.symmetric)
	w.line("),")
	if len(o.ActorCountries) > 0 {
		w.line("country_map AS (")
		w.line("  -- Options.ActorCountries: the country of an actor code, set before the actor is resolved")
		var rows [][]string
		for _, id := range slices.Sorted(maps.Keys(o.ActorCountries)) {
			rows = append(rows, []string{id, o.ActorCountries[id]})
		}
		w.d.table(w, []string{"code", "country"}, rows)
		w.line("),")
	}
	w.line("countries AS (")
	w.line("  -- the country table: an actor's country when its CountryCode is one of these")
	var crow [][]string
	for _, c := range rules.Countries {
		crow = append(crow, []string{c})
	}
	w.d.table(w, []string{"code"}, crow)
	w.line("),")

	// The rows read, with the selection that needs no mapping.
	w.line("input AS (")
	w.line("  SELECT")
	w.line("    GLOBALEVENTID AS id,")
	w.line("    SQLDATE AS day,")
	for _, a := range []string{"1", "2"} {
		for _, c := range [][2]string{{"Code", "code"}, {"CountryCode", "country"}, {"KnownGroupCode", "grp"}, {"Type1Code", "type"}} {
			w.line("    COALESCE(TRIM(Actor%s%s), '') AS a%s_%s,", a, c[0], a, c[1])
		}
	}
	w.line("    EventCode AS code,")
	w.line("    IsRootEvent AS is_root,")
	w.line("    GoldsteinScale AS goldstein,")
	w.line("    NumMentions AS num_mentions,")
	w.line("    NumSources AS num_sources,")
	w.line("    NumArticles AS num_articles,")
	w.line("    AvgTone AS avg_tone,")
	w.line("    DATEADDED AS added,")
	w.line("    COALESCE(SOURCEURL, '') AS url")
	w.d.from(w)
	var where []string
	if !o.From.IsZero() {
		where = append(where, "SQLDATE >= "+ymd(o.From.First()))
	}
	if !o.To.IsZero() {
		where = append(where, "SQLDATE <= "+ymd(o.To.Last()))
	}
	if o.RootOnly {
		where = append(where, "IsRootEvent = 1")
	}
	if len(o.Codes) > 0 {
		var ors []string
		for _, c := range o.Codes { // checked: digits only
			ors = append(ors, "STARTS_WITH(EventCode, '"+c+"')")
		}
		where = append(where, "("+strings.Join(ors, " OR ")+")")
	}
	where = append(where, w.d.partitions(w)...)
	if len(where) == 0 {
		where = []string{"TRUE"}
	}
	w.line("  WHERE %s", strings.Join(where, "\n    AND "))
	w.line("),")

	// Duplicates: one row per GLOBALEVENTID.
	w.line("unique_events AS (")
	w.line("  -- a GLOBALEVENTID counts once (in practice duplicates are the same row read twice)")
	w.line("  SELECT * FROM input")
	w.line("  WHERE TRUE")
	w.line("  QUALIFY ROW_NUMBER() OVER (PARTITION BY id ORDER BY added, url) = 1")
	w.line("),")

	// Kinds and countries.
	w.line("mapped AS (")
	w.line("  SELECT e.*,")
	w.line("    CASE WHEN k4.code IS NOT NULL THEN k4.kind WHEN k3.code IS NOT NULL THEN k3.kind ELSE k2.kind END AS kind,")
	w.line("    COALESCE(c1.code, '') AS c1,")
	w.line("    COALESCE(c2.code, '') AS c2")
	w.line("  FROM unique_events e")
	w.line("  LEFT JOIN kinds k4 ON k4.code = e.code")
	w.line("  LEFT JOIN kinds k3 ON k3.code = SUBSTR(e.code, 1, 3)")
	w.line("  LEFT JOIN kinds k2 ON k2.code = SUBSTR(e.code, 1, 2)")
	if len(o.ActorCountries) > 0 {
		w.line("  LEFT JOIN country_map m1 ON m1.code = e.a1_code")
		w.line("  LEFT JOIN country_map m2 ON m2.code = e.a2_code")
		w.line("  LEFT JOIN countries c1 ON c1.code = COALESCE(m1.country, e.a1_country)")
		w.line("  LEFT JOIN countries c2 ON c2.code = COALESCE(m2.country, e.a2_country)")
	} else {
		w.line("  LEFT JOIN countries c1 ON c1.code = e.a1_country")
		w.line("  LEFT JOIN countries c2 ON c2.code = e.a2_country")
	}
	w.line("  WHERE e.a1_code <> '' AND e.a2_code <> ''")
	w.line("),")

	// Actors.
	w.line("sided AS (")
	w.line("  -- an actor is its country, else its known group; at role granularity a country takes its first type as a role")
	w.line("  SELECT m.*,")
	for _, a := range []string{"1", "2"} {
		country := "c" + a
		if o.Actors == events.ActorsRole {
			country = fmt.Sprintf("CASE WHEN a%s_type = '' OR a%s_type IN (%s) THEN c%s ELSE CONCAT(c%s, a%s_type) END",
				a, a, quoteList(rules.OrgTypes), a, a, a)
		}
		sep := ","
		if a == "2" {
			sep = ""
		}
		w.line("    CASE WHEN c%s <> '' THEN %s WHEN a%s_grp <> '' THEN a%s_grp END AS actor%s%s", a, country, a, a, a, sep)
	}
	w.line("  FROM mapped m")
	w.line("  WHERE m.kind <> ''")
	w.line("),")

	// The selection on actors.
	w.line("kept AS (")
	w.line("  SELECT s.*, %s AS period_start", w.d.periodStart(o.Aggregate, w.d.day("s.day")))
	w.line("  FROM sided s")
	conds := []string{"s.actor1 <> s.actor2"}
	for _, a := range []string{"1", "2"} {
		conds = append(conds, w.d.validID("s.actor"+a))
	}
	if len(o.Countries) > 0 {
		l := quoteList(o.Countries)
		conds = append(conds, fmt.Sprintf("s.c1 IN (%s) AND s.c2 IN (%s)", l, l))
	}
	if len(o.Involving) > 0 {
		l := quoteList(o.Involving)
		conds = append(conds, fmt.Sprintf("(s.c1 IN (%s) OR s.c2 IN (%s))", l, l))
	}
	w.line("  WHERE %s", strings.Join(conds, "\n    AND "))
	w.line("),")

	w.fold()
	w.aggregate(maxEv)
	return w.b.String()
}

// selection describes the options in the query's header comment.
func (w *writer) selection() string {
	o := w.o
	var s []string
	if len(o.Countries) > 0 {
		s = append(s, "countries "+strings.Join(o.Countries, ","))
	}
	if len(o.Involving) > 0 {
		s = append(s, "involving "+strings.Join(o.Involving, ","))
	}
	if len(o.Codes) > 0 {
		s = append(s, "codes "+strings.Join(o.Codes, ","))
	}
	if !o.From.IsZero() {
		s = append(s, "from "+o.From.String())
	}
	if !o.To.IsZero() {
		s = append(s, "to "+o.To.String())
	}
	if o.RootOnly {
		s = append(s, "root events only")
	}
	if len(s) == 0 {
		return "every event"
	}
	return strings.Join(s, ", ")
}

// kindTable returns the rows of the kinds table: every rule of m, and
// for each code of 2 to 4 digits whose kind the rules' lookup (code, base
// code, root code) would get wrong, a row of its own, "" where no kind
// maps it. The table thus gives every possible code exactly m.Kind.
func kindTable(m *events.Mapping) [][]string {
	table := map[string]string{}
	for _, r := range m.Rules() {
		table[r.Code] = r.Kind
	}
	lookup := func(code string) string {
		for _, n := range []int{4, 3, 2} {
			if n <= len(code) {
				if k, ok := table[code[:n]]; ok {
					return k
				}
			}
		}
		return ""
	}
	for n, limit := 2, 100; n <= 4; n, limit = n+1, limit*10 {
		for i := range limit {
			code := fmt.Sprintf("%0*d", n, i)
			k, _ := m.Kind(code)
			if lookup(code) != k.Name {
				table[code] = k.Name
			}
		}
	}
	codes := slices.Sorted(func(yield func(string) bool) {
		for c := range table {
			if !yield(c) {
				return
			}
		}
	})
	rows := make([][]string, len(codes))
	for i, c := range codes {
		rows[i] = []string{c, table[c]}
	}
	return rows
}

// quote writes s as an SQL string literal; s is plain (isPlain: no quote
// or backslash), so both dialects read it alike.
func quote(s string) string { return "'" + s + "'" }

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = quote(s)
	}
	return strings.Join(q, ", ")
}

// ymd writes a day as the integer GDELT's SQLDATE is: 20180101.
func ymd(t time.Time) string { return t.Format("20060102") }

// isPlain reports whether s can be inlined as a literal: printable ASCII
// without quotes or backslashes (country codes, kind names, codes).
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '\'' || c == '\\' {
			return false
		}
	}
	return true
}
