package main

import (
	"fmt"
	"io"
	"os"

	"github.com/diplograph/diplograph/events"
)

// progressLine draws the progress of an ingest on one line of a terminal,
// redrawn in place: "file: 1200000 rows, 480.0 MB, 190 MB/s, 3 rejected".
type progressLine struct {
	w     io.Writer
	shown bool
}

// newProgressLine returns a progress line on w if w is a terminal, else
// nil: files and pipes get no progress, only the final report.
func newProgressLine(w io.Writer) *progressLine {
	if !isTerminal(w) {
		return nil
	}
	return &progressLine{w: w}
}

// isTerminal reports whether w is a terminal: a character device that is
// not the null device.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}

// draw replaces the line with p.
func (l *progressLine) draw(p events.Progress) {
	rate := ""
	if s := p.Elapsed.Seconds(); s > 0 {
		rate = fmt.Sprintf(", %.0f MB/s", float64(p.Bytes)/1e6/s)
	}
	fmt.Fprintf(l.w, "\r\x1b[K%s: %d rows, %.1f MB%s, %d rejected", p.File, p.Rows, float64(p.Bytes)/1e6, rate, p.Rejects)
	l.shown = true
}

// end clears the line, if one was drawn, for the report that follows. It
// does nothing on a nil line.
func (l *progressLine) end() {
	if l != nil && l.shown {
		fmt.Fprint(l.w, "\r\x1b[K")
		l.shown = false
	}
}
