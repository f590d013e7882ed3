package notebook

import (
	"strings"

	"github.com/diplograph/diplograph/report/notebook/internal/wire"
)

// Output is one thing a code block put out: a Text, a Table or a Figure.
type Output interface {
	isOutput()
}

// Text is what a block printed (standard output and standard error, in
// the order written), consecutive writes joined.
type Text string

// Table is a table a block showed, in the two forms the notebook's writers
// need.
type Table struct {
	HTML     string // the table as an HTML fragment (its WriteHTML)
	Markdown string // the table in Markdown (its WriteMarkdown)
}

// Figure is a figure a block showed.
type Figure struct {
	SVG []byte // an SVG document, as the value wrote it
}

func (Text) isOutput()   {}
func (Table) isOutput()  {}
func (Figure) isOutput() {}

// stream is the notebook program's output, taken apart by block.
type stream struct {
	outputs map[int][]Output // by block number; 0: before the first block
	last    int              // the last block that began
	ended   bool             // the end record came
}

// parseStream takes apart the output of a run whose token is token. A
// record cut short (the program died while writing it) is dropped.
func parseStream(out, token string) *stream {
	s := &stream{outputs: map[int][]Output{}}
	mark := wire.Mark + token
	for {
		i := strings.Index(out, mark)
		if i < 0 {
			s.text(out)
			return s
		}
		s.text(out[:i])
		out = out[i+len(mark):]
		j := strings.IndexByte(out, '\n')
		if j < 0 {
			return s
		}
		rec, ok := wire.Decode(out[:j])
		out = out[j+1:]
		if !ok {
			continue
		}
		switch rec.Kind {
		case wire.KindBlock:
			s.last = rec.Block
		case wire.KindEnd:
			s.ended = true
		case wire.KindTable:
			s.add(Table{HTML: string(rec.Args[0]), Markdown: string(rec.Args[1])})
		case wire.KindFigure:
			s.add(Figure{SVG: rec.Args[0]})
		}
	}
}

// text adds printed text to the current block, joined to text just before.
func (s *stream) text(t string) {
	if t == "" {
		return
	}
	outs := s.outputs[s.last]
	if n := len(outs); n > 0 {
		if prev, ok := outs[n-1].(Text); ok {
			outs[n-1] = prev + Text(t)
			return
		}
	}
	s.add(Text(t))
}

func (s *stream) add(o Output) { s.outputs[s.last] = append(s.outputs[s.last], o) }
