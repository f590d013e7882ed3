package pushdown

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/graph"
)

// Decoder reads an aggregate file, the result of a [Query] as BigQuery or
// DuckDB export it, into a graph whose relations are those the streaming
// ingest makes from the same events (the same actors, kinds, periods,
// weights, counts, attributes and evidence). The file is CSV with a header
// row, or JSON lines (one object a line, as BigQuery's
// NEWLINE_DELIMITED_JSON export and DuckDB's COPY ... (FORMAT json) write
// it), plain or gzip-compressed; the format is told from the first bytes.
// Its columns are [Columns], in any order; others are ignored. In JSON,
// numbers may be written as numbers or strings (BigQuery writes 64-bit
// integers as strings), and null is an empty value.
//
// Set the exported fields before calling Decode.
type Decoder struct {
	// Name names the input in errors. Default "": "aggregate".
	Name string
	// Title is the graph's title. Default "": none.
	Title string
	// Weight says what a relation's weight is, as events.Options.Weight.
	// Default events.WeightGoldstein.
	Weight events.Weighting
	// Mapping holds the kinds the file may name. Default nil:
	// events.DefaultMapping(); give the mapping the query was written with.
	Mapping *events.Mapping
	// MaxEvidence caps the citations a relation keeps, as
	// events.Options.MaxEvidence (a query already caps them). Default 0:
	// events.DefaultMaxEvidence.
	MaxEvidence int
	// ActorKinds sets the kind of actors by ID, as
	// events.Options.ActorKinds. Default nil: the kinds the actor rule
	// gives.
	ActorKinds map[string]actors.Kind

	r io.Reader
}

// NewDecoder returns a decoder that reads r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

// Decode reads the whole input and builds the graph: the actors (rebuilt
// from their IDs and countries by the library's actor rule), the kinds
// used, the sources cited and one relation per row, in file order (rows of
// the same pair, kind and period are summed into one). It fails at the
// first problem with an [*Error] that gives the line and column: a missing
// column, a value that does not parse (a count that is not a whole number,
// a date that is not YYYY-MM-DD, evidence that is not a JSON array of
// documents), a row whose period differs from the first row's, or a row
// that makes no relation (an unknown kind, an actor ID that its country
// does not give, a period start that starts no period). It costs O(input)
// time and O(relations + actors + sources) memory.
func (d *Decoder) Decode() (*graph.Graph, error) {
	name := d.Name
	if name == "" {
		name = "aggregate"
	}
	br := bufio.NewReaderSize(d.r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, &Error{File: name, Line: 1, Err: err}
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\uFEFF")) {
		br.Discard(3)
	}
	dec := &decoding{d: d, name: name}
	var err error
	if isJSON(br) {
		err = dec.readJSON(br)
	} else {
		err = dec.readCSV(br)
	}
	if err != nil {
		return nil, err
	}
	if dec.in == nil {
		return nil, &Error{File: name, Line: 1, Err: errors.New("no rows: the file holds no relation")}
	}
	return dec.in.Graph()
}

// isJSON reports whether the input starts, after blank space, with '{'.
func isJSON(br *bufio.Reader) bool {
	for n := 1; n <= 4096; n++ {
		b, _ := br.Peek(n)
		if len(b) < n {
			return false
		}
		if c := b[n-1]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c == '{'
		}
	}
	return false
}

// decoding is the state of one Decode.
type decoding struct {
	d      *Decoder
	name   string
	in     *events.Ingester
	period events.Period
}

// row gives a row's values by column name, and where each is.
type row struct {
	line   int
	values map[string]string
}

func (dec *decoding) readCSV(r io.Reader) error {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return &Error{File: dec.name, Line: 1, Err: errors.New("empty: want a header row naming the columns")}
	}
	if err != nil {
		return dec.csvErr(err)
	}
	header = append([]string(nil), header...)
	index := map[string]int{}
	for i, h := range header {
		index[strings.TrimSpace(h)] = i
	}
	var missing []string
	for _, c := range Columns {
		if _, ok := index[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return &Error{File: dec.name, Line: 1, Err: fmt.Errorf("missing columns %s (want %s)", strings.Join(missing, ", "), strings.Join(Columns, ","))}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return dec.csvErr(err)
		}
		line, _ := cr.FieldPos(0)
		v := make(map[string]string, len(Columns))
		for _, c := range Columns {
			v[c] = rec[index[c]]
		}
		if err := dec.add(row{line, v}); err != nil {
			return err
		}
	}
}

func (dec *decoding) csvErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{File: dec.name, Line: pe.Line, Err: fmt.Errorf("column %d: %w", pe.Column, pe.Err)}
	}
	return &Error{File: dec.name, Err: err}
}

func (dec *decoding) readJSON(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		var obj map[string]json.RawMessage
		jd := json.NewDecoder(bytes.NewReader(text))
		jd.UseNumber()
		if err := jd.Decode(&obj); err != nil {
			return &Error{File: dec.name, Line: line, Err: fmt.Errorf("not a JSON object: %s", jsonWords(err))}
		}
		if jd.More() {
			return &Error{File: dec.name, Line: line, Err: errors.New("more than one JSON value on the line (want JSON lines: one object a line)")}
		}
		v := make(map[string]string, len(Columns))
		for _, c := range Columns {
			raw, ok := obj[c]
			if !ok {
				return &Error{File: dec.name, Line: line, Column: c, Err: errors.New("missing")}
			}
			s, err := scalar(raw)
			if err != nil {
				return &Error{File: dec.name, Line: line, Column: c, Err: err}
			}
			v[c] = s
		}
		if err := dec.add(row{line, v}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return &Error{File: dec.name, Line: line + 1, Err: err}
	}
	return nil
}

// scalar returns a JSON string, number or null as text ("" for null). The
// evidence column may be an array itself (DuckDB writes JSON values as
// JSON): it is returned as written.
func scalar(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", nil
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", errors.New(jsonWords(err))
		}
		return s, nil
	case raw[0] == '[':
		return string(raw), nil
	case raw[0] == '{' || raw[0] == 't' || raw[0] == 'f':
		return "", fmt.Errorf("%s is not a string or a number", raw)
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", errors.New(jsonWords(err))
	}
	return n.String(), nil
}

// add makes the relation of one row.
func (dec *decoding) add(r row) error {
	bad := func(col string, format string, a ...any) error {
		return &Error{File: dec.name, Line: r.line, Column: col, Err: fmt.Errorf(format, a...)}
	}
	v := r.values
	period, err := events.ParsePeriod(v["period"])
	if err != nil || period == events.PerEvent {
		return bad("period", "%q (want day, week or month)", v["period"])
	}
	if dec.in == nil {
		dec.period = period
		in, err := events.NewIngester(events.Options{Title: dec.d.Title, Aggregate: period, Weight: dec.d.Weight,
			Mapping: dec.d.Mapping, MaxEvidence: dec.d.MaxEvidence, ActorKinds: dec.d.ActorKinds})
		if err != nil {
			return err
		}
		dec.in = in
	} else if period != dec.period {
		return bad("period", "%s, but the file's first row is %s: one file holds one period", period, dec.period)
	}
	var a events.Aggregate
	if a.Dataset, err = events.ParseDataset(v["dataset"]); err != nil || a.Dataset != events.GDELT1 && a.Dataset != events.GDELT2 {
		return bad("dataset", "%q (want gdelt1 or gdelt2)", v["dataset"])
	}
	for _, side := range []struct {
		id, country string
		into        *events.Aggregate
		first       bool
	}{{"actor1", "actor1_country", &a, true}, {"actor2", "actor2_country", &a, false}} {
		x, s, err := actorOf(v[side.id], v[side.country])
		if err != nil {
			return bad(side.id, "%v", err)
		}
		if side.first {
			a.From, a.FromSide = x, s
		} else {
			a.To, a.ToSide = x, s
		}
	}
	a.Kind = v["kind"]
	if a.Start, err = day(v["period_start"]); err != nil {
		return bad("period_start", "%v", err)
	}
	ints := []struct {
		col  string
		into *int64
	}{{"events", &a.Events}, {"num_mentions", &a.Mentions}, {"num_sources", &a.Sources}, {"num_articles", &a.Articles},
		{"root_events", &a.RootEvents}, {"mirrored", &a.Mirrored}, {"repeats", &a.Repeats}, {"evidence_omitted", &a.Omitted}}
	for _, f := range ints {
		n, err := strconv.ParseInt(v[f.col], 10, 64)
		if err != nil || n < 0 {
			return bad(f.col, "%q is not a count", v[f.col])
		}
		*f.into = n
	}
	if a.Events < 1 {
		return bad("events", "%d (want at least 1)", a.Events)
	}
	floats := []struct {
		col  string
		into *float64
	}{{"goldstein_sum", &a.GoldsteinSum}, {"goldstein_abs_sum", &a.GoldsteinAbsSum}, {"avg_tone", &a.ToneSum}}
	for _, f := range floats {
		x, err := strconv.ParseFloat(v[f.col], 64)
		if err != nil || !finite(x) {
			return bad(f.col, "%q is not a number", v[f.col])
		}
		*f.into = x
	}
	a.ToneSum *= float64(a.Events) // the file gives the mean
	if a.Added, err = added(v["date_added"]); err != nil {
		return bad("date_added", "%v", err)
	}
	if err := dates(v["first_date"], v["last_date"], a.Start); err != nil {
		return bad("first_date", "%v", err)
	}
	if v["cameo"] == "" {
		return bad("cameo", "empty (want the event codes, comma-separated)")
	}
	a.Codes = strings.Split(v["cameo"], ",")
	if a.Citations, err = citations(v["evidence"]); err != nil {
		return bad("evidence", "%v", err)
	}
	if err := dec.in.AddAggregate(a); err != nil {
		return bad("", "%v", err)
	}
	return nil
}

func finite(x float64) bool { return x-x == 0 }

// actorOf rebuilds an actor from its ID and country with the library's
// actor rule: the country itself, a country and a role (RUSGOV), or a
// known group (no country).
func actorOf(id, country string) (actors.Actor, events.Actor, error) {
	side := events.Actor{Code: id, Country: country}
	g := events.ActorsCountry
	switch {
	case id == "":
		return actors.Actor{}, side, errors.New("empty")
	case country == "":
		side.KnownGroup = id
	case id != country && strings.HasPrefix(id, country):
		g = events.ActorsRole
		side.Types[0] = id[len(country):]
	}
	x, ok := g.Resolve(side, events.GDELT2)
	if !ok || x.ID != id {
		return actors.Actor{}, side, fmt.Errorf("%q is not an actor of country %q (want the country, the country and a role, or a known group without country)", id, country)
	}
	return x, side, nil
}

// day reads YYYY-MM-DD.
func day(s string) (date.Date, error) {
	d, err := date.Parse(s)
	if err != nil || d.Precision() != date.Day {
		return date.Date{}, fmt.Errorf("%q is not a day (want YYYY-MM-DD)", s)
	}
	return d, nil
}

// dates checks that the first and last dates are days of the period that
// starts at start, in order.
func dates(first, last string, start date.Date) error {
	f, err := day(first)
	if err != nil {
		return err
	}
	l, err := day(last)
	if err != nil {
		return fmt.Errorf("last_date: %w", err)
	}
	if l.First().Before(f.First()) || f.First().Before(start.First()) {
		return fmt.Errorf("%s to %s is not in the period starting %s", f, l, start)
	}
	return nil
}

// added reads DATEADDED: YYYYMMDD (GDELT 1.0) or YYYYMMDDHHMMSS (2.0);
// "" is unknown.
func added(s string) (time.Time, error) {
	switch len(s) {
	case 0:
		return time.Time{}, nil
	case 8:
		return time.Parse("20060102", s)
	case 14:
		return time.Parse("20060102150405", s)
	}
	return time.Time{}, fmt.Errorf("%q (want YYYYMMDD or YYYYMMDDHHMMSS)", s)
}

// citation is one element of the evidence column.
type citation struct {
	URL   *string     `json:"url"`
	Added json.Number `json:"added"`
	Event json.Number `json:"event"`
	As    string      `json:"as"`
}

func citations(s string) ([]events.Citation, error) {
	if s == "" || s == "null" {
		return nil, nil
	}
	var list []citation
	jd := json.NewDecoder(strings.NewReader(s))
	jd.UseNumber()
	jd.DisallowUnknownFields()
	if err := jd.Decode(&list); err != nil {
		return nil, fmt.Errorf("not a JSON array of {\"url\", \"added\", \"event\", \"as\"}: %s", jsonWords(err))
	}
	out := make([]events.Citation, len(list))
	for i, c := range list {
		if c.URL == nil {
			return nil, fmt.Errorf("document %d has no url", i+1)
		}
		t, err := added(c.Added.String())
		if err != nil {
			return nil, fmt.Errorf("document %d: added %w", i+1, err)
		}
		if _, err := strconv.ParseUint(c.Event.String(), 10, 64); err != nil {
			return nil, fmt.Errorf("document %d: event %q is not a GLOBALEVENTID", i+1, c.Event)
		}
		if c.As != "event" && c.As != "repeat" && c.As != "mirror" {
			return nil, fmt.Errorf("document %d: as %q (want event, repeat or mirror)", i+1, c.As)
		}
		out[i] = events.Citation{SourceURL: *c.URL, Added: t, EventID: c.Event.String(), As: c.As}
	}
	return out, nil
}

// jsonWords words an error of encoding/json for a reader who never saw the
// Go types behind it: "at [0].url: got a number", never "cannot unmarshal
// number into Go struct field".
func jsonWords(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		got, _, _ := strings.Cut(te.Value, " ") // "number 1e999" -> "number"
		switch got {
		case "object", "array":
			got = "an " + got
		case "bool":
			got = "true or false"
		default:
			got = "a " + got
		}
		if te.Field != "" {
			return "at " + te.Field + ": got " + got
		}
		return "got " + got
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}
