// Package wire is the protocol between a running notebook program and the
// notebook engine: records written on the program's standard output among
// whatever the notebook prints.
//
// A record is the byte Mark, the run's token, a space, a kind, optional
// space-separated base64 arguments and a newline:
//
//	\x1e<token> block 3
//	\x1e<token> table <base64 HTML> <base64 Markdown>
//	\x1e<token> figure <base64 SVG>
//	\x1e<token> end
//
// The token is a fresh random string per run, handed to the program in the
// environment variable Env, so no output can contain a record by accident.
package wire

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Env is the environment variable that carries the run's token.
const Env = "DIPLOGRAPH_NOTEBOOK_TOKEN"

// Mark starts every record (ASCII record separator).
const Mark = "\x1e"

// Record kinds.
const (
	KindBlock  = "block"  // a code block starts; one argument, its number
	KindTable  = "table"  // a table: HTML, Markdown
	KindFigure = "figure" // a figure: SVG
	KindEnd    = "end"    // the last block finished
)

// Record is one decoded record.
type Record struct {
	Kind  string
	Block int      // KindBlock's number
	Args  [][]byte // decoded base64 arguments
}

// Encode returns the record of the given kind, with the token, and args
// encoded in base64.
func Encode(token, kind string, args ...[]byte) []byte {
	var b strings.Builder
	b.WriteString(Mark)
	b.WriteString(token)
	b.WriteByte(' ')
	b.WriteString(kind)
	for _, a := range args {
		b.WriteByte(' ')
		b.WriteString(base64.StdEncoding.EncodeToString(a))
	}
	b.WriteByte('\n')
	return []byte(b.String())
}

// EncodeBlock returns the record that starts block n.
func EncodeBlock(token string, n int) []byte {
	return Encode(token, KindBlock+" "+strconv.Itoa(n))
}

// Decode decodes the body of a record: what follows the mark and the token,
// up to the newline (excluded). It reports false for a malformed record.
func Decode(body string) (Record, bool) {
	body = strings.TrimPrefix(body, " ")
	fields := strings.Split(body, " ")
	r := Record{Kind: fields[0]}
	switch r.Kind {
	case KindBlock:
		if len(fields) != 2 {
			return Record{}, false
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil || n < 1 {
			return Record{}, false
		}
		r.Block = n
		return r, true
	case KindEnd:
		return r, len(fields) == 1
	case KindTable, KindFigure:
		want := 1
		if r.Kind == KindTable {
			want = 2
		}
		if len(fields) != want+1 {
			return Record{}, false
		}
		for _, f := range fields[1:] {
			a, err := base64.StdEncoding.DecodeString(f)
			if err != nil {
				return Record{}, false
			}
			r.Args = append(r.Args, a)
		}
		return r, true
	}
	return Record{}, false
}
