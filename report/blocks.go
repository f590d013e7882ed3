package report

import "github.com/diplograph/diplograph/report/table"

// block is one step of a report, written by both writers.
type block interface {
	html(w *htmlWriter)
	markdown(w *mdWriter)
}

// nothing stands for a block that failed, so later blocks keep their
// numbers; the writers never see it, since they refuse a report with
// errors.
type nothing struct{}

func (nothing) html(*htmlWriter)   {}
func (nothing) markdown(*mdWriter) {}

type heading struct {
	level int
	text  string
	id    string // set by the HTML writer
}

type paragraphs struct{ text string }

type prose struct {
	src      string // as written
	rendered []byte // rendered safely
}

type tableBlock struct{ t *table.Table }

type figure struct {
	name, caption string
	number        int
	file          []byte // cleaned SVG with its own ids, for a file
	inline        []byte // cleaned SVG with prefixed ids, for the page
}

type diagram struct {
	figure
	actors map[string]string // the drawn actors' names, by ID
	items  []item
}

type evidence struct {
	n     int // the report's n-th evidence list, from 1
	items []item
}

type code struct{ lang, src string }

type output struct{ text string }
