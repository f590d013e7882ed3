package render

import "bytes"

// This file writes DOT attribute lists, each value escaped for its place.

// attrs writes an attribute list in the order the calls are made.
type attrs struct {
	b *bytes.Buffer
	n int
}

func (w *writer) attrs() *attrs { return &attrs{b: &w.buf} }

// sep opens the list or separates the next attribute from the last.
func (a *attrs) sep() {
	if a.n == 0 {
		a.b.WriteByte('[')
	} else {
		a.b.WriteByte(' ')
	}
	a.n++
}

// str writes k="v", v escaped for place p.
func (a *attrs) str(k, v string, p place) {
	a.sep()
	a.b.WriteString(k + "=" + quote(escape(v, p)))
}

// raw writes k=v for a value made by this package (a number, a keyword).
func (a *attrs) raw(k, v string) {
	a.sep()
	a.b.WriteString(k + "=" + v)
}

// html writes k=<v> for an HTML-like label made by this package's templates.
func (a *attrs) html(k, v string) {
	a.sep()
	a.b.WriteString(k + "=<" + v + ">")
}

// end closes the list; a list without attributes writes nothing.
func (a *attrs) end() {
	if a.n > 0 {
		a.b.WriteByte(']')
	}
}
