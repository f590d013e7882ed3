package pushdown

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/golden"
)

// ru is the ingest of the README's example: Russia, Ukraine and the US,
// monthly, 2014.
var ru = events.Options{Actors: events.ActorsRole, Aggregate: events.PerMonth, Countries: []string{"RUS", "UKR", "USA"},
	Codes: []string{"04", "163"}, RootOnly: true, From: date.MustParse("2014-01"), To: date.MustParse("2014-12")}

func TestQueryErrors(t *testing.T) {
	duck := QueryOptions{Dialect: DuckDB, Files: []string{"x.tsv"}}
	month := events.Options{Actors: events.ActorsCountry, Aggregate: events.PerMonth}
	tests := []struct {
		name string
		o    events.Options
		q    QueryOptions
		want error
	}{
		{"full actors", events.Options{Aggregate: events.PerMonth}, duck, ErrConfig},
		{"no period", events.Options{Actors: events.ActorsCountry}, duck, ErrConfig},
		{"actor func", events.Options{Actors: events.ActorsCountry, Aggregate: events.PerDay,
			ActorFunc: func(events.Actor, events.Dataset) (actors.Actor, bool) { return actors.Actor{}, false }}, duck, ErrConfig},
		{"icews", month, QueryOptions{Dialect: DuckDB, Files: []string{"x"}, Dataset: events.ICEWS}, ErrConfig},
		{"no files", month, QueryOptions{Dialect: DuckDB}, ErrConfig},
		{"bad file", month, QueryOptions{Dialect: DuckDB, Files: []string{"a\nb"}}, ErrConfig},
		{"bigquery without from", month, QueryOptions{}, ErrConfig},
		{"bad dialect", month, QueryOptions{Dialect: 7, Files: []string{"x"}}, ErrConfig},
		{"unknown country", events.Options{Actors: events.ActorsCountry, Aggregate: events.PerMonth, Countries: []string{"XXX"}}, duck, events.ErrConfig},
		{"bad code", events.Options{Actors: events.ActorsCountry, Aggregate: events.PerMonth, Codes: []string{"1a"}}, duck, events.ErrConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Query(tt.o, tt.q)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Query = %.40q, %v; want an error wrapping %v", q, err, tt.want)
			}
		})
	}
}

// TestBigQueryGolden checks the BigQuery query of the README against its
// golden file, and for what it must say.
func TestBigQueryGolden(t *testing.T) {
	q, err := Query(ru, QueryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "bigquery-ru-ua-us.sql.golden", []byte(q))
	m := events.DefaultMapping()
	facts := []string{
		"FROM `gdelt-bq.gdeltv2.events_partitioned`",
		"_PARTITIONTIME >= TIMESTAMP('2014-01-01')",
		"_PARTITIONTIME < TIMESTAMP('2015-01-31')", // To + 30 days + 1
		"SQLDATE >= 20140101", "SQLDATE <= 20141231", "IsRootEvent = 1",
		"STARTS_WITH(EventCode, '04') OR STARTS_WITH(EventCode, '163')",
		"s.c1 IN ('RUS', 'UKR', 'USA') AND s.c2 IN ('RUS', 'UKR', 'USA')",
		"a1_type IN ('IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO')",
		"DATE_TRUNC(PARSE_DATE('%Y%m%d', CAST(s.day AS STRING)), MONTH)",
		"QUALIFY ROW_NUMBER() OVER (PARTITION BY id",
		"'month' AS period",
	}
	for _, r := range m.Rules() {
		facts = append(facts, fmt.Sprintf("('%s', '%s')", r.Code, r.Kind))
	}
	for _, r := range m.Mirrors() {
		facts = append(facts, fmt.Sprintf("('%s', '%s')", r.Code, r.Kind))
	}
	for _, c := range events.GDELTActorRules().Countries {
		facts = append(facts, fmt.Sprintf("('%s')", c))
	}
	final := q[strings.LastIndex(q, "\nSELECT\n"):]
	for _, c := range Columns {
		if !strings.Contains(final, " AS "+c+",\n") && !strings.Contains(final, "\n  "+c+",\n") && !strings.HasSuffix(c, "evidence") {
			t.Errorf("the result lacks column %s", c)
		}
	}
	for _, f := range facts {
		if !strings.Contains(q, f) {
			t.Errorf("the query lacks %q", f)
		}
	}
	for _, col := range []string{"Actor1Geo_FullName", "ActionGeo_Lat", "Actor1Name", "QuadClass", "MonthYear"} {
		if strings.Contains(q, col) {
			t.Errorf("the BigQuery query reads %s, which it does not need (every column read is paid for)", col)
		}
	}
}

// dialectLine matches the lines that only a dialect writes.
var dialectLine = regexp.MustCompile(`UNNEST\(ARRAY|UNNEST\(\[$|^  \]\) AS |VALUES$|\) AS t\(|^  \]\)$|^  FROM |read_csv|delim = |columns = |_PARTITIONTIME|PARSE_DATE|MAKE_DATE|DATE_TRUNC|REGEXP_|TO_JSON|AS day_date|^/\* diplograph: `)

// TestDialectsDiffer checks that the BigQuery and DuckDB queries differ
// only in the lines the dialects write: the rest, the logic, is one text.
func TestDialectsDiffer(t *testing.T) {
	for _, o := range []events.Options{ru, {Actors: events.ActorsCountry, Aggregate: events.PerWeek, From: date.MustParse("2018"), MaxEvidence: -1, KeepDoubleCoded: true,
		ActorCountries: map[string]string{"ALQ": "SYR"}}} {
		bq, err := Query(o, QueryOptions{Dialect: BigQuery})
		if err != nil {
			t.Fatal(err)
		}
		dd, err := Query(o, QueryOptions{Dialect: DuckDB, Files: []string{"events/*.CSV.gz"}})
		if err != nil {
			t.Fatal(err)
		}
		a, b := strings.Split(bq, "\n"), strings.Split(dd, "\n")
		onlyA, onlyB := diff(a, b)
		if len(onlyA) == 0 || len(onlyB) == 0 {
			t.Fatalf("the queries are the same: the dialects make no difference")
		}
		for _, l := range append(onlyA, onlyB...) {
			if !dialectLine.MatchString(l) {
				t.Errorf("a line differs that no dialect writes: %q", l)
			}
		}
		if n := len(onlyA) + len(onlyB); n > 60 {
			t.Errorf("%d lines differ: %q", n, onlyA)
		}
	}
}

// diff returns the lines of a not in b's and of b not in a's longest
// common subsequence.
func diff(a, b []string) (onlyA, onlyB []string) {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			onlyA = append(onlyA, a[i])
			i++
		default:
			onlyB = append(onlyB, b[j])
			j++
		}
	}
	return append(onlyA, a[i:]...), append(onlyB, b[j:]...)
}

// TestKindTable checks that the kinds table, looked up as the query does
// (code, base code, root code), gives every possible code the kind the
// mapping gives it, for the default mapping and one with overrides.
func TestKindTable(t *testing.T) {
	custom := events.DefaultMapping()
	if err := custom.AddKind(graph.Kind{Name: "expelled-diplomats", Sign: graph.Hostile, Nature: graph.NatureEvent}); err != nil {
		t.Fatal(err)
	}
	for code, kind := range map[string]string{"1663": "expelled-diplomats", "16": "sanctions", "0411": "met"} {
		if err := custom.Set(code, kind); err != nil {
			t.Fatal(err)
		}
	}
	for name, m := range map[string]*events.Mapping{"default": events.DefaultMapping(), "custom": custom} {
		t.Run(name, func(t *testing.T) {
			table := map[string]string{}
			for _, r := range kindTable(m) {
				table[r[0]] = r[1]
			}
			checked := 0
			for n, limit := 2, 100; n <= 4; n, limit = n+1, limit*10 {
				for i := range limit {
					code := fmt.Sprintf("%0*d", n, i)
					got, found := "", false
					for _, p := range []int{4, 3, 2} {
						if p <= n && !found {
							got, found = table[code[:p]]
						}
					}
					want, _ := m.Kind(code)
					if got != want.Name {
						t.Fatalf("code %s: the table gives %q, the mapping %q", code, got, want.Name)
					}
					checked++
				}
			}
			if checked != 11100 || table["1663"] == "" && name == "custom" {
				t.Errorf("%d codes checked", checked)
			}
		})
	}
}

// TestIDPattern checks that the query's test of actor IDs agrees with
// actors.ValidateID (the length aside, which the query tests apart).
func TestIDPattern(t *testing.T) {
	re := regexp.MustCompile(idPattern)
	for _, id := range []string{"RUS", "RUSGOV", "a", "1", "é", "Ж1", "a-b", "a_b.c", "-a", ".a", "_a", "a b", "a/b", "", "a\u00a0",
		"a'b", "ab-", "٣x", "x٣", "a\tb", "日本"} {
		if got, want := re.MatchString(id), actors.ValidateID(id) == nil; got != want {
			t.Errorf("%q: pattern %v, ValidateID %v", id, got, want)
		}
	}
}

// TestQueryDeterministic checks that a query is byte-identical each time,
// whatever the order of the options' maps.
func TestQueryDeterministic(t *testing.T) {
	o := events.Options{Actors: events.ActorsCountry, Aggregate: events.PerDay,
		ActorCountries: map[string]string{"ALQ": "SYR", "USAGOV": "CAN", "IGOUNO": "USA", "RUSMIL": "RUS"}}
	first, err := Query(o, QueryOptions{Dialect: DuckDB, Files: []string{"a.tsv", "it's.gz"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first, "'it''s.gz'") {
		t.Errorf("a quote in a file name is not doubled")
	}
	for range 20 {
		again, _ := Query(o, QueryOptions{Dialect: DuckDB, Files: []string{"a.tsv", "it's.gz"}})
		if again != first {
			t.Fatal("two queries of the same options differ")
		}
	}
}

func TestDialectNames(t *testing.T) {
	for _, d := range Dialects() {
		got, err := ParseDialect(strings.ToUpper(d.String()))
		if err != nil || got != d {
			t.Errorf("ParseDialect(%q) = %v, %v", d, got, err)
		}
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Dialect
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Errorf("text round trip of %v: %v, %v", d, back, err)
		}
	}
	if _, err := ParseDialect("postgres"); !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), "bigquery, duckdb") {
		t.Errorf("ParseDialect(postgres) = %v", err)
	}
	if _, err := Dialect(9).MarshalText(); !errors.Is(err, ErrConfig) {
		t.Errorf("MarshalText of a bad dialect = %v", err)
	}
}
