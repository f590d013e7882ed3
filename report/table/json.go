package table

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/date"
)

type jsonTable struct {
	Title   string       `json:"title"`
	Columns []jsonColumn `json:"columns"`
	Rows    []jsonRow    `json:"rows"`
	Keys    []string     `json:"keys,omitempty"`
	Marks   []jsonMark   `json:"marks,omitempty"`
	Notes   []string     `json:"notes,omitempty"`
}

type jsonColumn struct {
	Name   string `json:"name"`
	Type   Type   `json:"type"`
	Digits int    `json:"digits,omitempty"`
	Fixed  bool   `json:"fixed,omitempty"`
	Signed bool   `json:"signed,omitempty"`
}

type jsonMark struct {
	Row    int    `json:"row"`
	Column string `json:"column"`
	Marker string `json:"marker"`
}

// jsonRow is one row: written in column order, read into raw members.
type jsonRow struct {
	cols    []Column
	cells   []Cell
	members map[string]json.RawMessage
}

// MarshalJSON implements json.Marshaler. The JSON form of a table, written
// by MarshalJSON and Table.WriteJSON and read by Table.UnmarshalJSON, is a
// stable schema, one object:
//
//	{
//	  "title": "Who mattered",
//	  "columns": [
//	    {"name": "Rank", "type": "rank"},
//	    {"name": "Actor", "type": "text"},
//	    {"name": "PageRank", "type": "number", "digits": 3}
//	  ],
//	  "rows": [
//	    {"Rank": 1, "Actor": "Vladimir Putin", "PageRank": 0.2134},
//	    {"Rank": null, "Actor": "Crimea", "PageRank": 0.0178}
//	  ],
//	  "keys": ["putin", "crimea"],
//	  "marks": [{"row": 1, "column": "Rank", "marker": "no relations in this view"}],
//	  "notes": ["PageRank with damping 0.85."]
//	}
//
// "title", "columns" and "rows" are always there. A column has "name" and
// "type" (the names of Type.String), and "digits", "fixed" and "signed"
// when set. A row is an object with one member per column, in column
// order: a string for text, a number for integer, rank and number columns
// (numbers at full precision, never NaN or an infinity), "2014-03-29" or
// "2014-03" for dates, null for a missing value. "keys" (one per row, ""
// for a row without key), "marks" (each marked cell by row index and
// column name) and "notes" are left out when empty. Strings are escaped as
// encoding/json does, "<", ">" and "&" included, so the document can sit
// inside an HTML <script> element; invalid UTF-8 in the title or notes is
// written as U+FFFD (cells and markers are valid UTF-8 by construction).
func (t *Table) MarshalJSON() ([]byte, error) {
	jt := jsonTable{Title: validText(t.Title), Columns: make([]jsonColumn, len(t.cols)), Rows: make([]jsonRow, len(t.rows))}
	for _, n := range t.Notes {
		jt.Notes = append(jt.Notes, validText(n))
	}
	for j, c := range t.cols {
		jt.Columns[j] = jsonColumn(c)
	}
	keyed := false
	for i, r := range t.rows {
		jt.Rows[i] = jsonRow{cols: t.cols, cells: r.cells}
		keyed = keyed || r.key != ""
		for j, c := range r.cells {
			if c.Marker != "" {
				jt.Marks = append(jt.Marks, jsonMark{Row: i, Column: t.cols[j].Name, Marker: c.Marker})
			}
		}
	}
	if keyed {
		jt.Keys = make([]string, len(t.rows))
		for i, r := range t.rows {
			jt.Keys[i] = r.key
		}
	}
	return json.Marshal(jt)
}

// MarshalJSON writes the row's members in column order.
func (r jsonRow) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for j, c := range r.cells {
		if j > 0 {
			b.WriteByte(',')
		}
		name, err := json.Marshal(r.cols[j].Name)
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		var v []byte
		switch x := c.Value.(type) {
		case nil:
			v = []byte("null")
		case int64:
			v = strconv.AppendInt(nil, x, 10)
		case date.Date:
			v, err = json.Marshal(x.String())
		default:
			v, err = json.Marshal(x)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadValue, err)
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON keeps the row's members for Table.UnmarshalJSON to check.
func (r *jsonRow) UnmarshalJSON(b []byte) error {
	return json.Unmarshal(b, &r.members)
}

// WriteJSON writes the table as one indented JSON document (in the schema
// of Table.MarshalJSON) followed by a newline. It returns the first
// write error.
func (t *Table) WriteJSON(w io.Writer) error {
	b, err := t.MarshalJSON()
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	bw := bufio.NewWriter(w)
	bw.Write(out.Bytes())
	return bw.Flush()
}

// UnmarshalJSON implements json.Unmarshaler: it reads a table written in
// the schema of Table.MarshalJSON, checking it as New and Table.AddRow do. It fails with
// ErrBadJSON (or the error of New or AddRow) in an *Error naming the row
// and column, and then leaves t as it was.
func (t *Table) UnmarshalJSON(b []byte) error {
	var jt jsonTable
	if err := json.Unmarshal(b, &jt); err != nil {
		return &Error{Row: -1, Err: fmt.Errorf("%w: %v", ErrBadJSON, err)}
	}
	if jt.Columns == nil || jt.Rows == nil {
		return &Error{Row: -1, Err: fmt.Errorf("%w: want \"columns\" and \"rows\"", ErrBadJSON)}
	}
	cols := make([]Column, len(jt.Columns))
	for j, c := range jt.Columns {
		cols[j] = Column(c)
	}
	out, err := New(jt.Title, cols...)
	if err != nil {
		return err
	}
	out.Notes = jt.Notes
	if jt.Keys != nil && len(jt.Keys) != len(jt.Rows) {
		return &Error{Row: -1, Err: fmt.Errorf("%w: %d keys for %d rows", ErrBadJSON, len(jt.Keys), len(jt.Rows))}
	}
	values := make([]any, len(cols))
	for i, r := range jt.Rows {
		if r.members == nil {
			return &Error{Row: i, Err: fmt.Errorf("%w: a row is an object", ErrBadJSON)}
		}
		for name := range r.members {
			if _, err := out.index(name); err != nil {
				return &Error{Row: i, Column: name, Err: fmt.Errorf("%w: no such column", ErrBadJSON)}
			}
		}
		for j, c := range cols {
			v, err := fromJSON(c.Type, r.members[c.Name])
			if err != nil {
				return &Error{Row: i, Column: c.Name, Err: err}
			}
			values[j] = v
		}
		key := ""
		if jt.Keys != nil {
			key = jt.Keys[i]
		}
		if err := out.AddKeyedRow(key, values...); err != nil {
			return err
		}
	}
	for _, m := range jt.Marks {
		if err := out.Mark(m.Row, m.Column, m.Marker); err != nil {
			return err
		}
	}
	*t = *out
	return nil
}

// fromJSON reads a member of a row for a column of type t; an absent
// member or null is missing.
func fromJSON(t Type, raw json.RawMessage) (any, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	bad := func(want string) error {
		return fmt.Errorf("%w: %s is not %s", ErrBadJSON, clip(raw), want)
	}
	switch t {
	case TextType, DateType:
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, bad("a string")
		}
		if t == TextType {
			return s, nil
		}
		d, err := date.Parse(s)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadJSON, err)
		}
		return d, nil
	case IntegerType, RankType:
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if err != nil {
			return nil, bad("a whole number")
		}
		return n, nil
	default:
		var f float64
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, bad("a number")
		}
		return f, nil
	}
}

// validText replaces each run of invalid UTF-8 in s with one U+FFFD.
func validText(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// clip shortens a JSON value for an error message.
func clip(raw []byte) string {
	if len(raw) > 40 {
		return string(raw[:40]) + "…"
	}
	return string(raw)
}
