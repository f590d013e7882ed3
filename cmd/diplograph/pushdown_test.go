package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/events/pushdown"
)

func TestIngestSQL(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		code  int
		facts []string
	}{
		{"duckdb", []string{"ingest", "--sql", "duckdb", "--actors", "role", "--aggregate", "week", "--countries", "RUS,UKR,USA", "a.tsv", "b/*.gz"},
			exitOK, []string{"read_csv(['a.tsv', 'b/*.gz']", "s.c1 IN ('RUS', 'UKR', 'USA')", "'week' AS period"}},
		{"bigquery gdelt1", []string{"ingest", "--sql", "bigquery", "--format", "gdelt1", "--actors", "country", "--aggregate", "month",
			"--from", "2014-03", "--to", "2014-03", "--late-days", "-1"},
			exitOK, []string{"FROM `" + pushdown.BigQueryGDELT1 + "`", "_PARTITIONTIME >= TIMESTAMP('2014-03-01')", "'gdelt1' AS dataset"}},
		{"bigquery needs from", []string{"ingest", "--sql", "bigquery", "--actors", "country", "--aggregate", "month"}, exitUsage, []string{"--from"}},
		{"no period", []string{"ingest", "--sql", "duckdb", "--actors", "country", "x.tsv"}, exitUsage, []string{"period"}},
		{"full actors", []string{"ingest", "--sql", "duckdb", "--aggregate", "month", "x.tsv"}, exitUsage, []string{"actors full"}},
		{"bigquery files", []string{"ingest", "--sql", "bigquery", "--actors", "country", "--aggregate", "month", "--from", "2014", "x.tsv"}, exitUsage, []string{"FILE"}},
		{"bad dialect", []string{"ingest", "--sql", "oracle", "x.tsv"}, exitUsage, []string{"bigquery, duckdb"}},
		{"no files", []string{"ingest", "--actors", "country"}, exitUsage, []string{"FILE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errs)
			}
			for _, f := range tt.facts {
				if !strings.Contains(out+errs, f) {
					t.Errorf("the output lacks %q:\n%.300s\n%s", f, out, errs)
				}
			}
		})
	}
}

func TestIngestAggregate(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "agg.csv")
	agg := strings.Join(pushdown.Columns, ",") + "\n" +
		`gdelt2,RUS,RUS,UKR,UKR,accused,month,2014-03-01,3,-6,-2,6,30,3,30,-4.5,3,0,0,2014-03-02,2014-03-28,20140328120000,112,0,` +
		`"[{""url"":""https://www.bbc.co.uk/news/x"",""added"":20140328120000,""event"":100,""as"":""event""}]"` + "\n"
	if err := os.WriteFile(file, []byte(agg), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "agg.yaml")
	code, _, errs := runCmd(t, "", "ingest", "--format", "aggregate", "--weight", "count", file, "-o", out)
	if code != exitOK || !strings.Contains(errs, "1 relations, 2 actors, 1 sources") {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"kind: accused", "weight: 3", "count: 3", "www.bbc.co.uk"} {
		if !strings.Contains(string(b), f) {
			t.Errorf("the scenario lacks %q:\n%s", f, b)
		}
	}
	// Every subcommand works on it.
	if code, stdout, errs := runCmd(t, "", "rank", out, "--by", "degree", "--json"); code != exitOK || !strings.Contains(stdout, `"RUS"`) {
		t.Errorf("rank: exit %d: %s %s", code, stdout, errs)
	}
	// Standard input, and the errors.
	if code, stdout, _ := runCmd(t, agg, "ingest", "--format", "aggregate", "-"); code != exitOK || !strings.Contains(stdout, `"accused"`) {
		t.Errorf("stdin: exit %d", code)
	}
	bad := strings.Replace(agg, ",3,-6,", ",x,-6,", 1)
	if code, _, errs := runCmd(t, bad, "ingest", "--format", "aggregate", "-"); code != exitFail || !strings.Contains(errs, "-:2: events:") {
		t.Errorf("bad file: exit %d: %s", code, errs)
	}
	if code, _, errs := runCmd(t, agg, "ingest", "--format", "aggregate", "--countries", "RUS", "-"); code != exitUsage || !strings.Contains(errs, "--countries") {
		t.Errorf("a selection flag: exit %d: %s", code, errs)
	}
}
