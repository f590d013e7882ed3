package pushdown

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/graph"
)

var header = strings.Join(Columns, ",")

// good is a valid aggregate file of two relations, as CSV.
var good = header + "\n" +
	`gdelt2,RUS,RUS,UKR,UKR,accused,month,2014-03-01,3,-6,-2,6,30,3,30,-4.5,2,0,1,2014-03-02,2014-03-28,20140328120000,112,0,"[{""url"":""https://www.bbc.co.uk/news/x"",""added"":20140328120000,""event"":100,""as"":""event""},{""url"":""https://www.bbc.co.uk/news/x"",""added"":20140328120000,""event"":101,""as"":""repeat""}]"` + "\n" +
	`gdelt2,RUS,RUS,USAGOV,USA,consulted,month,2014-03-01,1,1,1,1,4,1,4,2.25,1,1,0,2014-03-29,2014-03-29,20140329000000,040,0,"[{""url"":""https://www.state.gov/y"",""added"":20140329000000,""event"":200,""as"":""mirror""}]"` + "\n"

// jsonGood is the second relation as BigQuery's JSON lines write it:
// integers as strings, the evidence as a string.
var jsonGood = `{"dataset":"gdelt2","actor1":"RUS","actor1_country":"RUS","actor2":"USAGOV","actor2_country":"USA","kind":"consulted","period":"month",` +
	`"period_start":"2014-03-01","events":"1","goldstein_sum":1,"goldstein_mean":1,"goldstein_abs_sum":1,"num_mentions":"4","num_sources":"1",` +
	`"num_articles":"4","avg_tone":2.25,"root_events":"1","mirrored":"1","repeats":"0","first_date":"2014-03-29","last_date":"2014-03-29",` +
	`"date_added":"20140329000000","cameo":"040","evidence_omitted":"0",` +
	`"evidence":"[{\"url\":\"https://www.state.gov/y\",\"added\":20140329000000,\"event\":200,\"as\":\"mirror\"}]"}` + "\n"

func decode(t *testing.T, input []byte) (*graph.Graph, error) {
	t.Helper()
	d := NewDecoder(bytes.NewReader(input))
	d.Name = "agg.csv"
	return d.Decode()
}

func TestDecode(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(good))
	zw.Close()
	for name, input := range map[string][]byte{"csv": []byte(good), "gzip": gz.Bytes(), "bom": []byte("\uFEFF" + good)} {
		t.Run(name, func(t *testing.T) {
			g, err := decode(t, input)
			if err != nil {
				t.Fatal(err)
			}
			if g.NumRelations() != 2 || g.NumActors() != 3 || g.NumSources() != 2 {
				t.Fatalf("%d relations, %d actors, %d sources; want 2, 3, 2", g.NumRelations(), g.NumActors(), g.NumSources())
			}
			r := g.RelationAt(0)
			if r.From != "RUS" || r.To != "UKR" || r.Kind != graph.Accused || r.Count != 3 || r.Weight != 2 || r.When.String() != "2014-03" {
				t.Errorf("relation 0: %+v", r)
			}
			if r.Attrs[events.AttrRepeats] != "1" || r.Attrs[events.AttrGoldstein] != "-2" || r.Attrs[events.AttrGDELTAvgTone] != "-4.5" ||
				r.Attrs[events.AttrDateAdded] != "2014-03-28T12:00:00Z" || r.Attrs[events.AttrPeriod] != "month" {
				t.Errorf("relation 0 attributes: %v", r.Attrs)
			}
			if len(r.Evidence) != 1 || r.Evidence[0].Note != "GDELT event 100; repeat: event 101" {
				t.Errorf("relation 0 evidence: %+v", r.Evidence)
			}
			us, _ := g.Actor("USAGOV")
			if us.Country != "USA" || us.Name == "" {
				t.Errorf("actor USAGOV: %+v", us)
			}
			c := g.RelationAt(1)
			if c.Attrs[events.AttrMirrored] != "1" || c.Evidence[0].Note != "GDELT event 200; mirror: event 200" {
				t.Errorf("relation 1: %v %+v", c.Attrs, c.Evidence)
			}
		})
	}
	t.Run("json", func(t *testing.T) {
		g, err := decode(t, []byte(jsonGood))
		if err != nil {
			t.Fatal(err)
		}
		fromCSV, _ := decode(t, []byte(header+"\n"+strings.Split(good, "\n")[2]+"\n"))
		a, b := g.RelationAt(0), fromCSV.RelationAt(0)
		if a.Count != b.Count || a.Weight != b.Weight || a.Attrs[events.AttrDateAdded] != b.Attrs[events.AttrDateAdded] || len(a.Evidence) != 1 {
			t.Errorf("JSON lines give %+v, CSV %+v", a, b)
		}
	})
}

// TestDecodeErrors checks that each bad file fails with an *Error at the
// right line and column.
func TestDecodeErrors(t *testing.T) {
	lines := strings.Split(good, "\n")
	row := lines[1]
	replace := func(old, new string) string { return header + "\n" + strings.Replace(row, old, new, 1) + "\n" }
	tests := []struct {
		name, input string
		line        int
		column      string
	}{
		{"empty", "", 1, ""},
		{"missing column", strings.Replace(header, ",kind", "", 1) + "\n", 1, ""},
		{"header only", header + "\n", 1, ""},
		{"bad count", replace(",3,-6,", ",three,-6,"), 2, "events"},
		{"zero events", replace(",3,-6,", ",0,-6,"), 2, "events"},
		{"bad number", replace(",-6,-2,", ",x,-2,"), 2, "goldstein_sum"},
		{"bad period", replace(",month,", ",year,"), 2, "period"},
		{"bad start", replace("2014-03-01", "2014-03"), 2, "period_start"},
		{"start of no period", replace("2014-03-01", "2014-03-02"), 2, ""},
		{"unknown kind", replace(",accused,", ",hugged,"), 2, ""},
		{"bad actor", replace("UKR,UKR", "XYZ,UKR"), 2, "actor2"},
		{"bad dataset", replace("gdelt2,", "icews,"), 2, "dataset"},
		{"bad added", replace(",20140328120000,112", ",2014-03-28,112"), 2, "date_added"},
		{"bad evidence", replace(`"[{""url""`, `"{""url""`), 2, "evidence"},
		{"bad role", replace(`""as"":""event""`, `""as"":""quote""`), 2, "evidence"},
		{"dates outside", replace("2014-03-02,2014-03-28", "2014-02-02,2014-03-28"), 2, "first_date"},
		{"mixed periods", good + strings.Replace(lines[2], ",month,2014-03-01,", ",week,2014-03-03,", 1) + "\n", 4, "period"},
		{"ragged csv", header + "\ngdelt2,RUS\n", 2, ""},
		{"json missing", `{"dataset":"gdelt2"}` + "\n", 1, "actor1"},
		{"json object", strings.Replace(jsonGood, `"events":"1"`, `"events":{"n":1}`, 1), 1, "events"},
		{"json garbage", "{\"a\":\n", 1, ""},
		{"json line not an object", jsonGood + "5\n", 2, ""},
		{"json huge number", jsonGood + "[1e999]\n", 2, ""},
		{"json citation of the wrong type", strings.Replace(jsonGood, `\"as\":\"mirror\"`, `\"as\":5`, 1), 1, "evidence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode(t, []byte(tt.input))
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrFormat) {
				t.Fatalf("Decode = %v; want an *Error wrapping ErrFormat", err)
			}
			if strings.Contains(err.Error(), "Go ") || strings.Contains(err.Error(), "json: ") {
				t.Errorf("error speaks of Go's internals: %v", err)
			}
			if e.File != "agg.csv" || e.Line != tt.line || e.Column != tt.column {
				t.Errorf("error at %s:%d column %q, want line %d column %q: %v", e.File, e.Line, e.Column, tt.line, tt.column, err)
			}
		})
	}
}

func FuzzDecoder(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte(jsonGood))
	f.Add([]byte(header + "\n"))
	f.Add([]byte("{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := NewDecoder(bytes.NewReader(data)).Decode()
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			for _, leak := range []string{"Go value", "Go struct", "json: ", "[]pushdown", "RawMessage"} {
				if strings.Contains(err.Error(), leak) {
					t.Errorf("error speaks of Go's internals (%q): %v", leak, err)
				}
			}
			return
		}
		if g.NumRelations() == 0 {
			t.Fatal("a graph without relations decoded without error")
		}
		for r := range g.Relations() {
			if r.Count < 1 || !(r.Weight > 0) {
				t.Fatalf("relation %+v", r)
			}
		}
	})
}
