package events

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress shows a one-line progress report on a terminal, at most twice a
// second, and nothing elsewhere.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
	shown bool
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Stat() (os.FileInfo, error) })
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

func newProgress(w io.Writer) *progress {
	if w == nil || !isTerminal(w) {
		return &progress{}
	}
	return &progress{w: w, start: time.Now()}
}

func (p *progress) tick(rows, bytes, rejects int64, file string) {
	if p.w == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 500*time.Millisecond {
		return
	}
	p.last = now
	secs := now.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\r\x1b[K%s: %d rows, %.1f MB, %.0f MB/s, %d rejected", file, rows, float64(bytes)/1e6, float64(bytes)/1e6/secs, rejects)
	p.shown = true
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprintln(p.w)
		p.shown = false
	}
}
