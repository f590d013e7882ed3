package table

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/date"
)

// mustNew makes a table or fails the test.
func mustNew(t *testing.T, title string, cols ...Column) *Table {
	t.Helper()
	tb, err := New(title, cols...)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// mustAdd adds a row or fails the test.
func mustAdd(t *testing.T, tb *Table, key string, values ...any) {
	t.Helper()
	if err := tb.AddKeyedRow(key, values...); err != nil {
		t.Fatal(err)
	}
}

// column returns the values of the named column as display strings.
func column(t *testing.T, tb *Table, name string) []string {
	t.Helper()
	j, err := tb.index(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range tb.rows {
		out = append(out, display(tb.cols[j], r.cells[j]))
	}
	return out
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		cols   []Column
		column string // the column the error names
	}{
		{"no columns", nil, ""},
		{"no name", []Column{{Name: "A"}, {Name: " "}}, " "},
		{"unnamed column by position", []Column{{Name: "A"}, {}}, "#2"},
		{"duplicate", []Column{{Name: "A"}, {Name: "A", Type: IntegerType}}, "A"},
		{"bad type", []Column{{Name: "A", Type: Type(9)}}, "A"},
		{"digits too many", []Column{{Name: "A", Type: NumberType, Digits: 18}}, "A"},
		{"digits negative", []Column{{Name: "A", Type: NumberType, Digits: -1}}, "A"},
		{"name not UTF-8", []Column{{Name: "A\xff"}}, "A\xff"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New("x", tc.cols...)
			if !errors.Is(err, ErrBadColumn) {
				t.Fatalf("got %v, want ErrBadColumn", err)
			}
			var e *Error
			if !errors.As(err, &e) || e.Column != tc.column || e.Row != -1 {
				t.Fatalf("got %#v, want an *Error naming column %q", err, tc.column)
			}
		})
	}
	if _, err := New("x", Column{Name: "A", Type: Type(9)}); !errors.Is(err, ErrUnknownType) {
		t.Errorf("bad type: got %v, want ErrUnknownType too", err)
	}
}

func TestAddRow(t *testing.T) {
	cols := []Column{{Name: "T"}, {Name: "I", Type: IntegerType}, {Name: "N", Type: NumberType}, {Name: "R", Type: RankType}, {Name: "D", Type: DateType}}
	good := []struct {
		name   string
		values []any
		want   []any
	}{
		{"plain", []any{"a", 3, 0.5, 2, date.MustParse("2014-03")}, []any{"a", int64(3), 0.5, int64(2), date.MustParse("2014-03")}},
		{"other Go types", []any{"", int8(-3), float32(0.25), uint16(1), date.Date{}}, []any{"", int64(-3), 0.25, int64(1), nil}},
		{"integers in a number column", []any{"a", uint64(7), int32(4), uint(3), nil}, []any{"a", int64(7), 4.0, int64(3), nil}},
		{"all missing", []any{nil, nil, nil, nil, nil}, []any{nil, nil, nil, nil, nil}},
		{"cells", []any{Cell{Value: "x", Marker: "m"}, Cell{}, Cell{Value: 2}, Cell{Marker: "why"}, Cell{Value: date.MustParse("2014")}},
			[]any{"x", nil, 2.0, nil, date.MustParse("2014")}},
	}
	for _, tc := range good {
		t.Run(tc.name, func(t *testing.T) {
			tb := mustNew(t, "", cols...)
			if err := tb.AddRow(tc.values...); err != nil {
				t.Fatal(err)
			}
			for j, c := range tb.Row(0).Cells() {
				if c.Value != tc.want[j] {
					t.Errorf("column %s: got %#v, want %#v", cols[j].Name, c.Value, tc.want[j])
				}
			}
		})
	}
	bad := []struct {
		name   string
		values []any
		column string
	}{
		{"too few", []any{"a"}, ""},
		{"too many", []any{"a", 1, 1.0, 1, nil, nil}, ""},
		{"number as text", []any{1, 1, 1.0, 1, nil}, "T"},
		{"text not UTF-8", []any{"a\xffb", 1, 1.0, 1, nil}, "T"},
		{"float as integer", []any{"a", 1.5, 1.0, 1, nil}, "I"},
		{"uint64 overflow", []any{"a", uint64(math.MaxUint64), 1.0, 1, nil}, "I"},
		{"NaN", []any{"a", 1, math.NaN(), 1, nil}, "N"},
		{"infinity", []any{"a", 1, math.Inf(-1), 1, nil}, "N"},
		{"text as number", []any{"a", 1, "0.5", 1, nil}, "N"},
		{"rank zero", []any{"a", 1, 1.0, 0, nil}, "R"},
		{"date as text", []any{"a", 1, 1.0, 1, "2014-03"}, "D"},
		{"marker not UTF-8", []any{Cell{Value: "a", Marker: "\xff"}, 1, 1.0, 1, nil}, "T"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			tb := mustNew(t, "", cols...)
			mustAdd(t, tb, "", "first", 1, 1.0, 1, nil)
			err := tb.AddRow(tc.values...)
			var e *Error
			if !errors.Is(err, ErrBadValue) || !errors.As(err, &e) || e.Row != 1 || e.Column != tc.column {
				t.Fatalf("got %v, want ErrBadValue at row 1, column %q", err, tc.column)
			}
			if tb.Len() != 1 {
				t.Errorf("a bad row was added: %d rows", tb.Len())
			}
		})
	}
	tb := mustNew(t, "", Column{Name: "T"})
	if err := tb.AddKeyedRow("\xff", "a"); !errors.Is(err, ErrBadValue) {
		t.Errorf("key not UTF-8: got %v", err)
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		col  Column
		v    float64
		want string
	}{
		{Column{}, 0.2134, "0.213"},
		{Column{}, 0, "0"},
		{Column{}, 12.5, "12.5"},
		{Column{}, 1234.6, "1235"},
		{Column{}, 1234.5, "1234"}, // exact halves round to even
		{Column{}, 0.9996, "1.00"},
		{Column{}, 0.5, "0.500"},
		{Column{}, -0.0345678, "-0.0346"},
		{Column{}, 2.1345e-7, "2.13e-07"},
		{Column{}, math.Copysign(0, -1), "0"},
		{Column{Digits: 1}, 9, "9"},
		{Column{Digits: 5}, 1.0 / 3, "0.33333"},
		{Column{Fixed: true}, 12.6, "13"},
		{Column{Fixed: true, Digits: 2}, 0.2134, "0.21"},
		{Column{Fixed: true, Digits: 2}, -0.001, "0.00"},
		{Column{Fixed: true, Digits: 2, Signed: true}, 0.001, "0.00"},
		{Column{Fixed: true, Digits: 2, Signed: true}, 0.5, "+0.50"},
		{Column{Signed: true}, -2, "-2.00"},
	}
	for _, tc := range tests {
		if got := tc.col.formatNumber(tc.v); got != tc.want {
			t.Errorf("%+v: %v: got %q, want %q", tc.col, tc.v, got, tc.want)
		}
	}
	if got := (Column{Signed: true}).formatInt(2); got != "+2" {
		t.Errorf("signed integer: got %q", got)
	}
	if got := (Column{Signed: true}).formatInt(0); got != "0" {
		t.Errorf("signed zero: got %q", got)
	}
}

func TestType(t *testing.T) {
	for _, ty := range Types() {
		b, err := ty.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Type
		if err := back.UnmarshalText([]byte(strings.ToUpper(string(b)))); err != nil || back != ty {
			t.Errorf("%v: read back %v, %v", ty, back, err)
		}
	}
	_, err := ParseType("float")
	if !errors.Is(err, ErrUnknownType) || !strings.Contains(err.Error(), "text, integer, number, rank, date") {
		t.Errorf("bad name: got %v", err)
	}
	if _, err := Type(7).MarshalText(); !errors.Is(err, ErrUnknownType) {
		t.Errorf("out of range: got %v", err)
	}
	if got := Type(7).String(); got != "type(7)" {
		t.Errorf("got %q", got)
	}
}

// people is a small table for sorting and selecting.
func people(t *testing.T) *Table {
	tb := mustNew(t, "People", Column{Name: "Rank", Type: RankType}, Column{Name: "Name"}, Column{Name: "Score", Type: NumberType},
		Column{Name: "Since", Type: DateType})
	mustAdd(t, tb, "c", nil, "carol", 0.3, date.MustParse("2014-03-29"))
	mustAdd(t, tb, "a", nil, "Alice", 0.5, date.MustParse("2014-03"))
	mustAdd(t, tb, "d", nil, "dave", nil, date.MustParse("2014"))
	mustAdd(t, tb, "b", nil, "bob", 0.3, nil)
	mustAdd(t, tb, "e", nil, "Bob", 0.3, date.MustParse("2013-12-31"))
	return tb
}

func TestSort(t *testing.T) {
	tests := []struct {
		column string
		o      SortOptions
		want   string // names in order
	}{
		{"Score", SortOptions{}, "Bob bob carol Alice dave"},
		{"Score", SortOptions{Descending: true}, "Alice Bob bob carol dave"},
		{"Name", SortOptions{}, "Alice Bob bob carol dave"},
		{"Name", SortOptions{Descending: true}, "dave carol bob Bob Alice"},
		{"Since", SortOptions{}, "Bob dave Alice carol bob"},
		{"Since", SortOptions{Descending: true}, "carol Alice dave Bob bob"},
	}
	for _, tc := range tests {
		t.Run(tc.column, func(t *testing.T) {
			tb := people(t)
			if err := tb.Sort(tc.column, tc.o); err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(column(t, tb, "Name"), " "); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
	if err := people(t).Sort("Nope", SortOptions{}); !errors.Is(err, ErrUnknownColumn) {
		t.Errorf("unknown column: got %v", err)
	}
}

func TestRank(t *testing.T) {
	tests := []struct {
		name   string
		scores []any // nil is missing; a string marks the rank cell with it
		o      RankOptions
		want   string
	}{
		{"distinct", []any{3.0, 1.0, 2.0}, RankOptions{}, "1 3 2"},
		{"ascending", []any{3.0, 1.0, 2.0}, RankOptions{Ascending: true}, "3 1 2"},
		{"ties skip", []any{0.5, 0.3, 0.3, 0.2}, RankOptions{}, "1 2 2 4"},
		{"rounding noise ties", []any{0.3, 0.1 + 0.2, 0.7 - 0.4}, RankOptions{}, "1 1 1"},
		{"within 1e-9 ties", []any{1.0, 1 - 0.9e-9, 1 - 2e-9}, RankOptions{}, "1 1 3"},
		{"ties do not chain", []any{1.0, 1 - 0.6e-9, 1 - 1.2e-9, 1 - 1.8e-9}, RankOptions{}, "1 1 3 3"},
		{"zero ties only zero", []any{0.0, 1e-300, 0.0}, RankOptions{}, "2 1 2"},
		{"negative", []any{-1.0, -1 - 1e-12, -2.0}, RankOptions{}, "1 1 3"},
		{"missing unranked", []any{0.5, nil, 0.7}, RankOptions{}, "2 – 1"},
		{"marked unranked", []any{0.5, "isolated", 0.7}, RankOptions{}, "2 – 1"},
		{"all equal", []any{2.0, 2.0, 2.0}, RankOptions{}, "1 1 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := mustNew(t, "", Column{Name: "Rank", Type: RankType}, Column{Name: "Score", Type: NumberType})
			for _, s := range tc.scores {
				if m, ok := s.(string); ok {
					mustAdd(t, tb, "", Cell{Value: 99, Marker: m}, 0.9)
				} else {
					mustAdd(t, tb, "", 99, s)
				}
			}
			if err := tb.Rank("Rank", "Score", tc.o); err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(column(t, tb, "Rank"), " "); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
			for _, r := range tb.rows {
				if r.cells[0].Marker != "" && r.cells[0].Value != nil {
					t.Errorf("a marked row was ranked")
				}
			}
		})
	}
	tb := people(t)
	for _, tc := range []struct {
		into, by string
		err      error
	}{
		{"Name", "Score", ErrBadColumn},
		{"Rank", "Name", ErrBadColumn},
		{"Rank", "Since", ErrBadColumn},
		{"Nope", "Score", ErrUnknownColumn},
		{"Rank", "Nope", ErrUnknownColumn},
	} {
		if err := tb.Rank(tc.into, tc.by, RankOptions{}); !errors.Is(err, tc.err) {
			t.Errorf("Rank(%q, %q): got %v, want %v", tc.into, tc.by, err, tc.err)
		}
	}
}

func TestSelect(t *testing.T) {
	tb := people(t)
	tb.Notes = []string{"a note"}
	high := tb.Select(func(r Row) bool {
		c, _ := r.Cell("Score")
		v, ok := c.Float()
		return ok && v >= 0.3
	})
	if got := strings.Join(column(t, high, "Name"), " "); got != "carol Alice bob Bob" {
		t.Errorf("Select: got %s", got)
	}
	if high.Title != "People" || !slices.Equal(high.Notes, tb.Notes) {
		t.Errorf("Select lost the title or notes")
	}
	// The selection is a copy.
	high.Notes[0] = "changed"
	if err := high.Mark(0, "Name", "m"); err != nil {
		t.Fatal(err)
	}
	if tb.Notes[0] != "a note" || tb.rows[0].cells[1].Marker != "" {
		t.Errorf("Select shares storage with its table")
	}

	keyed, err := tb.SelectKeys("e", "a")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(column(t, keyed, "Name"), " "); got != "Alice Bob" {
		t.Errorf("SelectKeys: got %s", got)
	}
	if _, err := tb.SelectKeys("a", "zed"); !errors.Is(err, ErrUnknownKey) || !strings.Contains(err.Error(), `"zed"`) {
		t.Errorf("SelectKeys unknown: got %v", err)
	}

	for _, tc := range []struct {
		n    int
		want int
	}{{-1, 0}, {0, 0}, {2, 2}, {5, 5}, {9, 5}} {
		if got := tb.Top(tc.n).Len(); got != tc.want {
			t.Errorf("Top(%d): %d rows, want %d", tc.n, got, tc.want)
		}
	}
	var keys []string
	for r := range tb.Rows() {
		keys = append(keys, r.Key())
		if r.Index() != len(keys)-1 {
			t.Errorf("Index: got %d", r.Index())
		}
	}
	if strings.Join(keys, "") != "cadbe" {
		t.Errorf("Rows: keys %v", keys)
	}
	if _, ok := tb.Row(0).Cell("Nope"); ok {
		t.Errorf("Cell of an unknown column")
	}
}

func TestMark(t *testing.T) {
	tb := people(t)
	for _, tc := range []struct {
		row    int
		column string
		marker string
		err    error
	}{
		{5, "Name", "m", ErrBadValue},
		{-1, "Name", "m", ErrBadValue},
		{0, "Nope", "m", ErrUnknownColumn},
		{0, "Name", "\xff", ErrBadValue},
	} {
		if err := tb.Mark(tc.row, tc.column, tc.marker); !errors.Is(err, tc.err) {
			t.Errorf("Mark(%d, %q): got %v, want %v", tc.row, tc.column, err, tc.err)
		}
	}
	if err := tb.Mark(1, "Score", "estimated"); err != nil {
		t.Fatal(err)
	}
	if c, _ := tb.Row(1).Cell("Score"); c.Marker != "estimated" {
		t.Errorf("marker not set: %+v", c)
	}
}

func TestFootnoteSymbols(t *testing.T) {
	want := []string{"*", "†", "‡", "§", "¶", "‖", "**", "††"}
	for i, w := range want {
		if got := symbol(i); got != w {
			t.Errorf("symbol(%d) = %q, want %q", i, got, w)
		}
	}
	tb := mustNew(t, "", Column{Name: "A"}, Column{Name: "B"})
	mustAdd(t, tb, "", Cell{Value: "x", Marker: "second"}, Cell{Value: "y", Marker: "first"})
	mustAdd(t, tb, "", Cell{Value: "x", Marker: "first"}, Cell{Value: "y", Marker: "third"})
	notes, of := tb.footnotes()
	if len(notes) != 3 || of["second"] != "*" || of["first"] != "†" || of["third"] != "‡" {
		t.Errorf("symbols not in reading order: %v", notes)
	}
}
