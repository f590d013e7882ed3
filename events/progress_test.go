package events

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestProgressReports(t *testing.T) {
	var got []Progress
	files := []string{"sample/spark-gdelt.mentions.csv", "sample/spark-gdelt.events.csv", "sample/events.2018.sample.tab.gz"}
	_, rep, err := IngestFiles(context.Background(), files, Options{Progress: func(p Progress) { got = append(got, p) }})
	if err != nil {
		t.Fatal(err)
	}
	var done []string
	for i, p := range got {
		if i > 0 && (p.Rows < got[i-1].Rows || p.Bytes < got[i-1].Bytes) {
			t.Errorf("report %d goes backwards: %+v after %+v", i, p, got[i-1])
		}
		if p.Done {
			done = append(done, p.File)
		}
	}
	// One final report a file, events before mentions, as read.
	if want := []string{"spark-gdelt.events.csv", "events.2018.sample.tab.gz", "spark-gdelt.mentions.csv"}; strings.Join(done, " ") != strings.Join(want, " ") {
		t.Errorf("final reports for %q, want %q", done, want)
	}
	last := got[len(got)-1]
	if !last.Done || last.Rows != rep.Rows || last.Bytes != rep.Bytes || last.Events != rep.Events ||
		last.Rejects != rep.Rejected() || last.Skips != rep.Skipped() || last.Elapsed != rep.Elapsed {
		t.Errorf("last report %+v does not match the report %+v", last, rep)
	}
	// Without a callback, nothing is reported and nothing breaks.
	if _, _, err := IngestFiles(context.Background(), files, Options{}); err != nil {
		t.Fatal(err)
	}
}

// TestProgressThrottle reads 50,000 rows (12 looks at the clock) with a
// clock that runs fast, then one that stands still.
func TestProgressThrottle(t *testing.T) {
	data := strings.Repeat(strings.Join(sampleRows(t, "spark-gdelt.events.csv"), "\n")+"\n", 500)
	tests := []struct {
		name string
		step time.Duration // how far the clock moves at each look
		want int           // reports, the final one included
	}{
		{"fast clock", time.Second, 50000/progressRows + 1},
		{"every 100ms", 100 * time.Millisecond, 5}, // looks at 200, 300, ... 1300 ms (100 starts the read): 4 reports, and the final one
		{"stopped clock", 0, 2},                    // the first look, and the final one
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Progress
			in, err := NewIngester(Options{Progress: func(p Progress) { got = append(got, p) }})
			if err != nil {
				t.Fatal(err)
			}
			clock := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
			in.now = func() time.Time { clock = clock.Add(tt.step); return clock }
			if err := in.Read(context.Background(), NewReader(strings.NewReader(data), Options{Name: "big.csv"})); err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.want {
				t.Fatalf("%d reports, want %d: %+v", len(got), tt.want, got)
			}
			for i, p := range got[:len(got)-1] {
				if p.Done || p.File != "big.csv" || p.Rows == 0 || p.Rows%progressRows != 0 || p.Rows > 50000 {
					t.Errorf("report %d: %+v", i, p)
				}
			}
			if last := got[len(got)-1]; !last.Done || last.Rows != 50000 || last.Events != in.Report().Events {
				t.Errorf("final report %+v", last)
			}
		})
	}
}

// TestProgressOnError: a read that fails still ends with a final report.
func TestProgressOnError(t *testing.T) {
	var got []Progress
	in, _ := NewIngester(Options{Progress: func(p Progress) { got = append(got, p) }})
	err := in.Read(context.Background(), NewReader(strings.NewReader("a\tb\tc\n"), Options{Name: "odd.csv"}))
	if err == nil || len(got) != 1 || !got[0].Done || got[0].File != "odd.csv" {
		t.Errorf("error %v, reports %+v", err, got)
	}
}
