package events

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// MaxExampleLines is how many line positions a [Tally] keeps.
const MaxExampleLines = 5

// Pos is a place in an input: file and line.
type Pos struct {
	File string // the input's name: a file's base name, "archive.zip/member" for a zip member, Options.Name
	Line int64  // the line number, from 1, headers counted
}

// String returns "file:line".
func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Tally counts the rows rejected or skipped for one reason and keeps the
// first few places and the first error message.
type Tally struct {
	Reason Reason // why the rows were rejected or skipped
	Count  int64  // how many rows
	First  []Pos  // the first MaxExampleLines places, in input order
	Error  string // the first row error's message (rejects only)
}

// Report accounts for every row of an ingest: each data row read (headers
// excluded) is an event that made or joined a relation, a repeat or mirror
// half folded into such an event, a mention that added evidence, a
// rejected bad row or a skipped good row, so that
//
//	Rows == Events + Repeated + Mirrored + Mentions + Rejected() + Skipped()
//
// always holds ([Report.Check]). It also lists the coding choices made:
// the kinds guessed and the overrides applied.
type Report struct {
	Files     []string      // the inputs, in order
	Rows      int64         // data rows read
	Bytes     int64         // bytes read (uncompressed), headers included
	Events    int64         // event rows that made or joined a relation as events of their own
	Repeated  int64         // repeats folded into an event read before (same document, day, code and sides)
	Mirrored  int64         // mirror halves folded with their first half into one event of a symmetric kind
	Mentions  int64         // mention rows that added evidence to an event
	Relations int           // relations made (after aggregation)
	Actors    int           // actors made
	Sources   int           // sources made
	Rejects   []Tally       // bad rows, by reason (sorted by reason)
	Skips     []Tally       // good rows left out, by reason (sorted by reason)
	Elapsed   time.Duration // time spent reading
	Guesses   []KindGuess   // actor kinds guessed, most actors first
	Overrides []Override    // Options.ActorCountries and ActorKinds entries and what they changed, by ID
}

// Rejected returns the number of bad rows.
func (r *Report) Rejected() int64 { return sum(r.Rejects) }

// Skipped returns the number of good rows left out.
func (r *Report) Skipped() int64 { return sum(r.Skips) }

func sum(ts []Tally) int64 {
	var n int64
	for _, t := range ts {
		n += t.Count
	}
	return n
}

// Check verifies the accounting: every row read is an event, a mention, a
// reject or a skip. A failure is a bug in this package.
func (r *Report) Check() error {
	if got := r.Events + r.Repeated + r.Mirrored + r.Mentions + r.Rejected() + r.Skipped(); got != r.Rows {
		return fmt.Errorf("events: %d rows read but %d events + %d repeated + %d mirrored + %d mentions + %d rejected + %d skipped = %d",
			r.Rows, r.Events, r.Repeated, r.Mirrored, r.Mentions, r.Rejected(), r.Skipped(), got)
	}
	return nil
}

// Tally returns the tally for a reason, rejects and skips alike.
func (r *Report) Tally(reason Reason) (Tally, bool) {
	for _, ts := range [][]Tally{r.Rejects, r.Skips} {
		for _, t := range ts {
			if t.Reason == reason {
				return t, true
			}
		}
	}
	return Tally{}, false
}

// WriteTo writes the report for people, one fact a line, rejects and skips
// with their first places.
func (r *Report) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "%d rows read (%.1f MB", r.Rows, float64(r.Bytes)/1e6)
	if r.Elapsed > 0 {
		fmt.Fprintf(&b, " in %s, %.0f MB/s", r.Elapsed.Round(time.Millisecond), float64(r.Bytes)/1e6/r.Elapsed.Seconds())
	}
	fmt.Fprintf(&b, ")\n%d events -> %d relations, %d actors, %d sources\n", r.Events, r.Relations, r.Actors, r.Sources)
	if r.Repeated+r.Mirrored > 0 {
		fmt.Fprintf(&b, "%d repeats and %d mirror halves folded into the events they code again\n", r.Repeated, r.Mirrored)
	}
	if r.Mentions > 0 {
		fmt.Fprintf(&b, "%d mentions added as evidence\n", r.Mentions)
	}
	for _, sec := range []struct {
		name string
		ts   []Tally
	}{{"rejected", r.Rejects}, {"skipped", r.Skips}} {
		fmt.Fprintf(&b, "%d %s\n", sum(sec.ts), sec.name)
		for _, t := range sec.ts {
			pos := make([]string, len(t.First))
			for i, p := range t.First {
				pos[i] = p.String()
			}
			fmt.Fprintf(&b, "  %-18s %8d  first at %s\n", t.Reason, t.Count, strings.Join(pos, ", "))
			if t.Error != "" {
				fmt.Fprintf(&b, "  %-18s %8s  %s\n", "", "", t.Error)
			}
		}
	}
	if len(r.Guesses) > 0 {
		b.WriteString("actor kinds guessed (set one with --actor-kind ID=KIND):\n")
		for _, g := range r.Guesses {
			fmt.Fprintf(&b, "  %-52s -> %-12s %5d  e.g. %s\n", g.Basis, g.Kind, g.Actors, strings.Join(g.Example, ", "))
		}
	}
	for _, o := range r.Overrides {
		if o.Country != "" {
			fmt.Fprintf(&b, "country of %s set to %s: %d event sides\n", o.ID, o.Country, o.Sides)
		}
		if o.Kind != 0 {
			fmt.Fprintf(&b, "kind of %s set to %s: %d actors\n", o.ID, o.Kind, o.Actors)
		}
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// String returns the report as [Report.WriteTo] writes it.
func (r *Report) String() string {
	var b strings.Builder
	r.WriteTo(&b)
	return b.String()
}

// tallies counts reasons in a fixed set of slots, cheaply.
type tallies struct {
	m map[Reason]*Tally
}

func (t *tallies) add(reason Reason, pos Pos, err error) {
	if t.m == nil {
		t.m = map[Reason]*Tally{}
	}
	ta := t.m[reason]
	if ta == nil {
		ta = &Tally{Reason: reason}
		if err != nil {
			ta.Error = err.Error()
		}
		t.m[reason] = ta
	}
	ta.Count++
	if len(ta.First) < MaxExampleLines {
		ta.First = append(ta.First, pos)
	}
}

func (t *tallies) merge(ts []Tally) {
	if t.m == nil {
		t.m = map[Reason]*Tally{}
	}
	for _, o := range ts {
		ta := t.m[o.Reason]
		if ta == nil {
			c := o
			c.First = slices.Clone(o.First)
			t.m[o.Reason] = &c
			continue
		}
		ta.Count += o.Count
		for _, p := range o.First {
			if len(ta.First) < MaxExampleLines {
				ta.First = append(ta.First, p)
			}
		}
		if ta.Error == "" {
			ta.Error = o.Error
		}
	}
}

func (t *tallies) list() []Tally {
	out := make([]Tally, 0, len(t.m))
	for _, ta := range t.m {
		c := *ta
		c.First = slices.Clone(ta.First)
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Tally) int { return strings.Compare(string(a.Reason), string(b.Reason)) })
	return out
}

func (t *tallies) total() int64 {
	var n int64
	for _, ta := range t.m {
		n += ta.Count
	}
	return n
}
