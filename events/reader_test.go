package events

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
)

// readAll reads every event of r, failing the test on an error.
func readAll(t *testing.T, r *Reader) []Event {
	t.Helper()
	var out []Event
	for ev, err := range r.Events() {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}

func TestReadSamples(t *testing.T) {
	tests := []struct {
		file   string
		format Dataset
		rows   int64
	}{
		{"20180101000000.export.CSV.gz", GDELT2, 2414},
		{"spark-gdelt.events.csv", GDELT2, 100},
		{"spark-gdelt.events1.csv", GDELT1, 100},
		{"events.2018.sample.tab.gz", ICEWS, 3705},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, err := Open(filepath.Join("sample", tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if f, err := r.Dataset(); err != nil || f != tt.format {
				t.Fatalf("Dataset() = %v, %v; want %v", f, err, tt.format)
			}
			evs := readAll(t, r)
			rep := r.Report()
			if int64(len(evs)) != tt.rows || rep.Rows != tt.rows || rep.Rejected() != 0 || rep.Events != tt.rows {
				t.Errorf("%d events, report %+v; want %d rows, no rejects", len(evs), rep, tt.rows)
			}
			for _, ev := range evs {
				if ev.Date.Precision() != date.Day || !isCode(ev.Code) || ev.Pos.Line < 1 || ev.Dataset != tt.format {
					t.Fatalf("odd event %+v", ev)
				}
			}
		})
	}
}

func TestReadFields(t *testing.T) {
	t.Run("gdelt2", func(t *testing.T) {
		r, _ := Open("sample/20180101000000.export.CSV.gz", Options{})
		defer r.Close()
		ev := readAll(t, r)[1]
		want := Event{Dataset: GDELT2, Pos: Pos{"20180101000000.export.CSV.gz", 2}, ID: "719024876", Date: date.MustParse("2017-12-02"),
			Code: "130", BaseCode: "130", RootCode: "13", QuadClass: 3, Goldstein: -4.4, NumMentions: 2, NumSources: 1, NumArticles: 2, AvgTone: -9.765625,
			Actor1: Actor{Code: "COP", Name: "POLICE", Types: [3]string{"COP"}}, Actor2: Actor{Code: "AUS", Name: "MELBOURNE", Country: "AUS"}}
		if ev.ID != want.ID || ev.Date != want.Date || ev.Code != want.Code || ev.BaseCode != want.BaseCode || ev.RootCode != want.RootCode ||
			ev.QuadClass != want.QuadClass || ev.Goldstein != want.Goldstein || ev.NumMentions != want.NumMentions || ev.NumArticles != want.NumArticles ||
			ev.AvgTone != want.AvgTone || ev.Actor1 != want.Actor1 || ev.Actor2 != want.Actor2 || ev.Pos != want.Pos || ev.IsRoot {
			t.Errorf("got  %+v\nwant %+v", ev, want)
		}
		if ev.Added.Format("2006-01-02T15:04:05Z07:00") != "2018-01-01T00:00:00Z" || ev.ActionGeo.CountryCode != "AS" || ev.ActionGeo.ADM1Code != "AS07" ||
			ev.ActionGeo.Lat != "-37.7833" || !strings.HasPrefix(ev.URL(), "http://www.heraldsun.com.au/") {
			t.Errorf("added %v, geo %+v, url %q", ev.Added, ev.ActionGeo, ev.URL())
		}
	})
	t.Run("gdelt1 widths and publisher names", func(t *testing.T) {
		r, _ := Open("sample/spark-gdelt.events1.csv", Options{})
		defer r.Close()
		evs := readAll(t, r)
		var noURL, bbc, url int
		for _, ev := range evs {
			switch {
			case ev.SourceURL == "":
				noURL++
			case ev.SourceURL == "BBC Monitoring":
				bbc++
				if ev.URL() != "" {
					t.Errorf("URL() of %q = %q", ev.SourceURL, ev.URL())
				}
			case ev.URL() != "":
				url++
			}
		}
		if noURL != 40 || bbc != 5 || url != 55 {
			t.Errorf("no URL %d, BBC Monitoring %d, URL %d; want 40, 5, 55", noURL, bbc, url)
		}
		if evs[40].Actor2.Code != "UIS" {
			t.Errorf("actor code %q not trimmed", evs[40].Actor2.Code)
		}
		if evs[0].Added.Format("2006-01-02") != "2013-02-03" {
			t.Errorf("DATEADDED %v", evs[0].Added)
		}
	})
	t.Run("icews", func(t *testing.T) {
		r, _ := Open("sample/events.2018.sample.tab.gz", Options{})
		defer r.Close()
		var lavrov *Event
		for ev, err := range r.Events() {
			if err != nil {
				t.Fatal(err)
			}
			if ev.Actor1.Name == "Sergey Viktorovich Lavrov" && ev.Actor2.Country == "USA" {
				lavrov = &ev
				break
			}
		}
		if lavrov == nil {
			t.Fatal("no Lavrov -> USA event")
		}
		if lavrov.Actor1.Country != "RUS" || lavrov.Actor1.CountryName != "Russian Federation" || !hasSector(lavrov.Actor1.Sectors, "Foreign Ministry") ||
			lavrov.Dataset != ICEWS || lavrov.StoryID == "" || lavrov.Publisher == "" || !lavrov.IsRoot || lavrov.Code[0] != '0' {
			t.Errorf("%+v", lavrov)
		}
	})
	t.Run("mentions", func(t *testing.T) {
		r, _ := Open("sample/spark-gdelt.mentions.csv", Options{})
		defer r.Close()
		var ms []Mention
		for m, err := range r.Mentions() {
			if err != nil {
				t.Fatal(err)
			}
			ms = append(ms, m)
		}
		m := ms[0]
		if len(ms) != 100 || m.EventID != "410412347" || m.Type != 1 || m.SourceName != "dailymaverick.co.za" || m.Sentence != 19 ||
			m.Actor2Offset != 4594 || m.Actor1Offset != -1 || !m.InRawText || m.Confidence != 50 || m.DocLen != 6665 || m.URL() == "" {
			t.Errorf("%d mentions, first %+v", len(ms), m)
		}
		if r.Report().Mentions != 100 {
			t.Errorf("report %+v", r.Report())
		}
		for _, err := range r.Events() {
			if !errors.Is(err, ErrFormat) && err != nil {
				t.Errorf("Events() of a read mentions file: %v", err)
			}
		}
	})
}

// compressions returns the sample file plain, gzip and zip, in temp files.
func TestCompressions(t *testing.T) {
	plain, err := os.ReadFile("sample/spark-gdelt.events.csv")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, fill func(w io.Writer)) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		fill(f)
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	paths := map[string]string{
		"plain": write("a.csv", func(w io.Writer) { w.Write(plain) }),
		"gzip, misleading name": write("b.csv", func(w io.Writer) {
			zw := gzip.NewWriter(w)
			zw.Write(plain)
			zw.Close()
		}),
		"byte order mark": write("bom.csv", func(w io.Writer) {
			w.Write([]byte("\xef\xbb\xbf"))
			w.Write(plain)
		}),
		"zip of two": write("c.zip", func(w io.Writer) {
			zw := zip.NewWriter(w)
			for _, n := range []string{"one.export.CSV", "two.export.CSV"} {
				fw, _ := zw.Create(n)
				fw.Write(plain)
			}
			zw.Close()
		}),
	}
	for name, p := range paths {
		t.Run(name, func(t *testing.T) {
			r, err := Open(p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			evs := readAll(t, r)
			want := 100
			if strings.HasSuffix(p, ".zip") {
				want = 200
				if evs[100].Pos.Line != 1 || !strings.HasSuffix(evs[100].Pos.File, "c.zip/two.export.CSV") {
					t.Errorf("second part's first event at %v", evs[100].Pos)
				}
			}
			if len(evs) != want {
				t.Errorf("%d events, want %d", len(evs), want)
			}
			if err := r.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
	}
}

// TestEmptyZip checks that a zip archive with no files is an error, not
// an input of no rows, nor text of one odd column.
func TestEmptyZip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "empty.zip")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := zip.NewWriter(f).Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if r, err := Open(p, Options{}); !errors.Is(err, ErrFormat) {
		if r != nil {
			r.Close()
		}
		t.Errorf("Open of an empty zip = %v, want ErrFormat", err)
	}
}

func TestDetect(t *testing.T) {
	row := sampleRows(t, "20180101000000.export.CSV.gz")[0]
	tests := []struct {
		name   string
		input  string
		force  Dataset
		want   Dataset
		events int
		err    error
	}{
		{"gdelt2", row + "\n", Auto, GDELT2, 1, nil},
		{"crlf and blank lines", "\r\n" + row + "\r\n\r\n" + row + "\r\n", Auto, GDELT2, 2, nil},
		{"no final newline", row, Auto, GDELT2, 1, nil},
		{"empty", "", Auto, Auto, 0, nil},
		{"unknown width", "a\tb\tc\n", Auto, Auto, 0, ErrFormat},
		{"forced gdelt1 on gdelt2 rows", row + "\n", GDELT1, GDELT1, 0, nil},
		{"icews header in gdelt input", icewsHeader + "x\n", GDELT2, GDELT2, 0, ErrFormat},
		{"icews", strings.Join(icewsColumns, "\t") + "\n", Auto, ICEWS, 0, nil},
		{"forced dataset out of range", row + "\n", Dataset(9), Dataset(9), 0, ErrConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.input), Options{Dataset: tt.force})
			f, err := r.Dataset()
			if !errors.Is(err, tt.err) || f != tt.want {
				t.Fatalf("Dataset() = %v, %v; want %v, %v", f, err, tt.want, tt.err)
			}
			n := 0
			for _, err := range r.Events() {
				if err == nil {
					n++
				} else if tt.err == nil {
					t.Fatal(err)
				}
			}
			if n != tt.events {
				t.Errorf("%d events, want %d", n, tt.events)
			}
			rep := r.Report()
			if rep.Rows != rep.Events+rep.Rejected() {
				t.Errorf("report %+v does not add up", rep)
			}
		})
	}
}

// corrupt returns row with field i replaced.
func corrupt(row string, i int, v string) string {
	f := strings.Split(row, "\t")
	f[i] = v
	return strings.Join(f, "\t")
}

func TestBadRows(t *testing.T) {
	row := sampleRows(t, "20180101000000.export.CSV.gz")[1]
	icews := sampleRows(t, "events.2018.sample.tab.gz")
	mention := sampleRows(t, "spark-gdelt.mentions.csv")[0]
	tests := []struct {
		name   string
		format Dataset
		line   string
		column string
		err    error
	}{
		{"short row", GDELT2, strings.Join(strings.Split(row, "\t")[:60], "\t"), "", ErrWidth},
		{"long row", GDELT2, row + "\tx", "", ErrWidth},
		{"id", GDELT2, corrupt(row, 0, "71902487x"), "GLOBALEVENTID", ErrNumber},
		{"sqldate", GDELT2, corrupt(row, 1, "20170231"), "SQLDATE", ErrDate},
		{"sqldate short", GDELT2, corrupt(row, 1, "2017"), "SQLDATE", ErrDate},
		{"goldstein", GDELT2, corrupt(row, 30, "NaN"), "GoldsteinScale", ErrNumber},
		{"goldstein range", GDELT2, corrupt(row, 30, "11"), "GoldsteinScale", ErrNumber},
		{"tone", GDELT2, corrupt(row, 34, "-"), "AvgTone", ErrNumber},
		{"mentions", GDELT2, corrupt(row, 31, "2.5"), "NumMentions", ErrNumber},
		{"root flag", GDELT2, corrupt(row, 25, "yes"), "IsRootEvent", ErrNumber},
		{"code not digits", GDELT2, corrupt(row, 26, "13x"), "EventCode", ErrCode},
		{"code lost its zero", GDELT2, corrupt(corrupt(corrupt(row, 26, "43"), 27, "043"), 28, "04"), "EventBaseCode", ErrCode},
		{"base code not a prefix", GDELT2, corrupt(row, 27, "131"), "EventBaseCode", ErrCode},
		{"lat", GDELT2, corrupt(row, 40, "north"), "Actor1Geo_Lat", ErrNumber},
		{"dateadded", GDELT2, corrupt(row, 59, "2018010100000"), "DATEADDED", ErrDate},
		{"dateadded hour", GDELT2, corrupt(row, 59, "20180101250000"), "DATEADDED", ErrDate},
		{"utf8", GDELT2, corrupt(row, 6, "MELB\xffOURNE"), "", ErrUTF8},
		{"control character", GDELT2, corrupt(row, 6, "MELB\x1bOURNE"), "column 7", ErrText},
		{"non-character", GDELT2, corrupt(row, 6, "MELB\uffffOURNE"), "column 7", ErrText},
		{"icews NUL in sectors", ICEWS, corrupt(icews[1], 4, "Government\x00"), "column 5", ErrText},
		{"gdelt1 width", GDELT1, row, "", ErrWidth},
		{"icews date", ICEWS, corrupt(icews[1], 1, "2018-6-01"), "Event Date", ErrDate},
		{"icews intensity", ICEWS, corrupt(icews[1], 7, "high"), "Intensity", ErrNumber},
		{"icews code", ICEWS, corrupt(icews[1], 6, "NA"), "CAMEO Code", ErrCode},
		{"icews width", ICEWS, icews[1] + "\t", "", ErrWidth},
		{"mention time", GDELT2Mentions, corrupt(mention, 2, "2015021823"), "MentionTimeDate", ErrDate},
		{"mention type", GDELT2Mentions, corrupt(mention, 3, "web"), "MentionType", ErrNumber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input := "\n" + tt.line + "\n" // the bad row is on line 2
			for _, strict := range []bool{false, true} {
				r := NewReader(strings.NewReader(input), Options{Dataset: tt.format, Strict: strict, Name: "f.csv"})
				var got error
				n := 0
				if tt.format == GDELT2Mentions {
					for _, err := range r.Mentions() {
						got = err
						n++
					}
				} else {
					for _, err := range r.Events() {
						got = err
						n++
					}
				}
				rep := r.Report()
				if rep.Rows != 1 || rep.Rejected() != 1 || len(rep.Rejects) != 1 || rep.Rejects[0].Reason != reasonOf(tt.err) ||
					rep.Rejects[0].First[0] != (Pos{"f.csv", 2}) {
					t.Errorf("strict=%v: report %+v", strict, rep)
				}
				if !strict {
					if n != 0 {
						t.Errorf("lenient reader yielded %d items (%v)", n, got)
					}
					continue
				}
				var re *RowError
				if n != 1 || !errors.As(got, &re) || !errors.Is(got, tt.err) || re.Line != 2 || re.File != "f.csv" || re.Column != tt.column {
					t.Errorf("strict: %d items, error %v; want %v at f.csv:2 column %q", n, got, tt.err, tt.column)
				}
			}
		})
	}
}

func TestLongLines(t *testing.T) {
	row := sampleRows(t, "20180101000000.export.CSV.gz")[0]
	long := corrupt(row, 60, "http://x/"+strings.Repeat("a", 300<<10)) // longer than the buffer, still accepted
	tooLong := corrupt(row, 60, "http://x/"+strings.Repeat("a", 2<<20))
	input := row + "\n" + long + "\n" + tooLong + "\n" + row + "\n"
	r := NewReader(strings.NewReader(input), Options{})
	evs := readAll(t, r)
	rep := r.Report()
	if len(evs) != 3 || len(evs[1].SourceURL) != 9+300<<10 || rep.Rows != 4 || rep.Rejected() != 1 || rep.Rejects[0].First[0].Line != 3 {
		t.Errorf("%d events, report %+v", len(evs), rep)
	}
	if rep.Bytes != int64(len(input)) {
		t.Errorf("Bytes = %d, want %d", rep.Bytes, len(input))
	}
}

func TestRowErrorMessage(t *testing.T) {
	row := sampleRows(t, "20180101000000.export.CSV.gz")[0]
	r := NewReader(strings.NewReader(corrupt(row, 30, "abc")), Options{Strict: true, Name: "x.export.CSV"})
	for _, err := range r.Events() {
		if got, want := err.Error(), `x.export.CSV:1: GoldsteinScale "abc": events: not a number`; got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
	r = NewReader(strings.NewReader("1\t2\n"), Options{Strict: true, Name: "y", Dataset: GDELT2})
	for _, err := range r.Events() {
		if got, want := err.Error(), "y:1: events: wrong number of columns: 2, want 61 (GDELT 2.0)"; got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
}

func TestReaderFromBytesIsStreaming(t *testing.T) {
	// The reader must not read ahead of what it yields by more than its buffer.
	data := bytes.Repeat([]byte(sampleRows(t, "20180101000000.export.CSV.gz")[0]+"\n"), 5000)
	cr := &countingReader{r: bytes.NewReader(data)}
	r := NewReader(cr, Options{})
	for _, err := range r.Events() {
		if err != nil {
			t.Fatal(err)
		}
		break
	}
	if cr.n > bufSize+1024 {
		t.Errorf("read %d bytes for one event", cr.n)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}
