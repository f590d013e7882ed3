package main

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/events"
)

func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	l := &progressLine{w: &b}
	l.end() // nothing drawn: nothing to clear
	if b.Len() != 0 {
		t.Errorf("end wrote %q before any draw", b.String())
	}
	l.draw(events.Progress{File: "a.csv", Rows: 4096, Bytes: 1_500_000})
	l.draw(events.Progress{File: "a.csv", Rows: 8192, Bytes: 3_000_000, Rejects: 2, Elapsed: 2 * time.Second})
	l.end()
	want := "\r\x1b[Ka.csv: 4096 rows, 1.5 MB, 0 rejected" +
		"\r\x1b[Ka.csv: 8192 rows, 3.0 MB, 2 MB/s, 2 rejected" +
		"\r\x1b[K"
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
	var nilLine *progressLine
	nilLine.end() // a nil line (no terminal) ends quietly
}

func TestProgressOnlyOnTerminals(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	for name, w := range map[string]io.Writer{"buffer": &bytes.Buffer{}, "file": f, "null device": null} {
		if l := newProgressLine(w); l != nil {
			t.Errorf("%s: progress line on a non-terminal", name)
		}
	}
	// An ingest to a buffer gets the report and no progress codes.
	code, _, errs := runCmd(t, "", "ingest", "../../events/sample/spark-gdelt.events.csv", "-o", "-")
	if code != exitOK || strings.Contains(errs, "\x1b") || !strings.Contains(errs, "100 rows read") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestIngestNames(t *testing.T) {
	gdelt := "../../events/sample/spark-gdelt.events.csv"
	// Help lists the library's names.
	_, help, _ := runCmd(t, "", "ingest", "--help")
	for _, name := range []string{"gdelt1", "gdelt2-mentions", "icews", "full", "country", "role", "none", "week", "month", "goldstein", "count"} {
		if !strings.Contains(help, name) {
			t.Errorf("help does not name %q:\n%s", name, help)
		}
	}
	tests := []struct {
		flag, value string
		lists       []string // the valid names the error lists
	}{
		{"--format", "gdelt3", []string{"gdelt1", "gdelt2", "icews"}},
		{"--actors", "planet", []string{"full", "country", "role"}},
		{"--aggregate", "year", []string{"none", "day", "week", "month"}},
		{"--weight", "tone", []string{"goldstein", "count"}},
		{"--countries", "RU", []string{"--countries: unknown country code", `"RU"`}},
		{"--codes", "4", []string{`--codes: "4" is not a CAMEO code prefix`}},
		{"--from", "2018-06-02 --to 2018-06-01", []string{"--to 2018-06-01 is before --from 2018-06-02"}},
	}
	for _, tt := range tests {
		t.Run(tt.flag, func(t *testing.T) {
			code, _, errs := runCmd(t, "", append([]string{"ingest", gdelt, tt.flag}, strings.Fields(tt.value)...)...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d: %s", code, exitUsage, errs)
			}
			for _, n := range tt.lists {
				if !strings.Contains(errs, n) {
					t.Errorf("error does not name %s: %s", n, errs)
				}
			}
		})
	}
	// Names are read in any case, and --weight takes effect: event counts
	// (1 is the default and left out) instead of |Goldstein| values; the
	// repeats kept apart count as events.
	for _, tt := range []struct {
		weight string
		want   []float64
	}{
		{"count", []float64{4, 4, 3, 2, 0, 0, 0, 3, 2}},
		{"GOLDSTEIN", []float64{1.9, 2.8, 3.4, 1.9, 4, 3.4, 1.9, 1.9, 3}},
	} {
		code, out, errs := runCmd(t, "", "ingest", gdelt, "--actors", "COUNTRY", "--aggregate", "Month", "--weight", tt.weight, "--keep-double-coded")
		var doc struct{ Relations []struct{ Weight float64 } }
		if code != exitOK || json.Unmarshal([]byte(out), &doc) != nil || len(doc.Relations) != len(tt.want) {
			t.Fatalf("--weight %s: exit %d: %s", tt.weight, code, errs)
		}
		for i, r := range doc.Relations {
			if math.Abs(r.Weight-tt.want[i]) > 1e-9 {
				t.Errorf("--weight %s: relation %d weighs %v, want %v", tt.weight, i, r.Weight, tt.want[i])
			}
		}
	}
}

func TestIngestOutputIsAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "events.json")
	if err := os.WriteFile(out, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A failed ingest leaves the old output as it was.
	if code, _, errs := runCmd(t, "", "ingest", filepath.Join(dir, "missing.csv"), "-o", out); code != exitFail {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if b, _ := os.ReadFile(out); string(b) != "old" {
		t.Errorf("failed ingest changed the output: %q", b)
	}
	// A good one replaces it whole, with the usual permissions, and leaves
	// no temporary file behind.
	if code, _, errs := runCmd(t, "", "ingest", "../../events/sample/spark-gdelt.events.csv", "-o", out); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("{")) || !bytes.Contains(b, []byte(`spark-gdelt.events.csv"`)) || !bytes.Contains(b, []byte(`"relations"`)) {
		t.Errorf("output %.100q, %v", b, err)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("output mode %v, %v", st.Mode(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left in the output folder: %v", entries)
	}
}

// TestIngestCodingChoices runs the coding-choice flags on the ICEWS sample:
// Crimea made Ukrainian and a territory, from the flag and from a file, and
// bad values are usage errors that name the flag.
func TestIngestCodingChoices(t *testing.T) {
	icews := "../../events/sample/events.2018.sample.tab.gz"
	table := filepath.Join(t.TempDir(), "countries.txt")
	if err := os.WriteFile(table, []byte("# ICEWS places Crimea in Russia\ncrimea=UKR\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, cm := range []string{"crimea=UKR", "@" + table} {
		code, out, errs := runCmd(t, "", "ingest", icews, "--country-map", cm, "--actor-kind", "crimea=territory", "--involving", "UKR")
		var doc struct {
			Actors []struct{ ID, Kind, Country string }
		}
		if code != exitOK || json.Unmarshal([]byte(out), &doc) != nil {
			t.Fatalf("--country-map %s: exit %d: %s", cm, code, errs)
		}
		found := false
		for _, a := range doc.Actors {
			if a.ID == "crimea" {
				found = a.Country == "UKR" && a.Kind == "territory"
			}
		}
		if !found || !strings.Contains(errs, "country of crimea set to UKR: 1 event sides") ||
			!strings.Contains(errs, "kind of crimea set to territory: 1 actors") || !strings.Contains(errs, "actor kinds guessed") {
			t.Errorf("--country-map %s: crimea not Ukrainian territory:\n%s", cm, errs)
		}
	}
	for _, tt := range []struct{ flag, value, names string }{
		{"--country-map", "crimea=XYZ", "--country-map"},
		{"--country-map", "crimea", "--country-map:1"},
		{"--actor-kind", "crimea=province", "--actor-kind"},
	} {
		code, _, errs := runCmd(t, "", "ingest", icews, tt.flag, tt.value)
		if code != exitUsage || !strings.Contains(errs, tt.names) {
			t.Errorf("%s %s: exit %d, want %d naming %s: %s", tt.flag, tt.value, code, exitUsage, tt.names, errs)
		}
	}
	if code, _, errs := runCmd(t, "", "ingest", icews, "--country-map", "@no-such-file"); code != exitFail || !strings.Contains(errs, "no-such-file") {
		t.Errorf("missing table: exit %d: %s", code, errs)
	}
}

// TestRenderDyads draws an ingested GDELT day as a dyad diagram, forced
// with --dyads and left out with --no-dyads.
func TestRenderDyads(t *testing.T) {
	dir := t.TempDir()
	day := filepath.Join(dir, "day.json")
	if code, _, errs := runCmd(t, "", "ingest", "../../events/sample/20180101000000.export.CSV.gz", "--actors", "country", "--aggregate", "day", "-o", day); code != exitOK {
		t.Fatalf("ingest: %s", errs)
	}
	for _, tt := range []struct {
		args  []string
		dyads int // lines of class dyad
	}{
		{[]string{"--dyads", "--top-pairs", "12"}, 12},
		{[]string{"--no-dyads"}, 0},
		{[]string{"--dyads", "--top", "2"}, 1},
	} {
		code, out, errs := runCmd(t, "", append([]string{"render", day, "--format", "dot"}, tt.args...)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errs)
		}
		if n := strings.Count(out, `class="dyad"`); n != tt.dyads {
			t.Errorf("%v: %d dyads, want %d", tt.args, n, tt.dyads)
		}
	}
	if code, _, _ := runCmd(t, "", "render", day, "--dyads", "--no-dyads"); code != exitUsage {
		t.Errorf("--dyads --no-dyads: exit %d, want %d", code, exitUsage)
	}
}

// TestRankAggregateAsEvents checks the rule of volume end to end: rank on
// a scenario aggregated at ingest gives what rank on the scenario of the
// single events gives, the counts carried through the scenario file.
func TestRankAggregateAsEvents(t *testing.T) {
	dir := t.TempDir()
	icews := "../../events/sample/events.2018.sample.tab.gz"
	each, month := filepath.Join(dir, "each.json"), filepath.Join(dir, "month.yaml")
	for _, tt := range []struct{ out, aggregate string }{{each, "none"}, {month, "month"}} {
		if code, _, errs := runCmd(t, "", "ingest", icews, "--actors", "country", "--aggregate", tt.aggregate, "-o", tt.out); code != exitOK {
			t.Fatalf("ingest --aggregate %s: %s", tt.aggregate, errs)
		}
	}
	for _, by := range []string{"degree", "pagerank"} {
		_, a, _ := runCmd(t, "", "rank", each, "--by", by, "--weighted", "--json")
		_, b, errs := runCmd(t, "", "rank", month, "--by", by, "--weighted", "--json")
		if a != b || len(a) < 100 {
			t.Errorf("rank --by %s: per event\n%.300s\naggregated\n%.300s\n%s", by, a, b, errs)
		}
	}
}
