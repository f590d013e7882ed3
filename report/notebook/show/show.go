package show

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/diplograph/diplograph/report/notebook/internal/wire"
)

var (
	mu    sync.Mutex
	token = os.Getenv(wire.Env)
)

type (
	tabler interface {
		WriteHTML(io.Writer) error
		WriteMarkdown(io.Writer) error
	}
	figurer interface {
		WriteSVG(io.Writer) error
	}
	texter interface {
		WriteText(io.Writer) error
	}
)

// Show puts v in the notebook's output: as a table, a figure or text (see
// the package documentation). It panics if v's writer fails.
func Show(v any) {
	mu.Lock()
	defer mu.Unlock()
	var rec []byte
	switch x := v.(type) {
	case tabler:
		var h, m bytes.Buffer
		must(x.WriteHTML(&h), "WriteHTML")
		must(x.WriteMarkdown(&m), "WriteMarkdown")
		if token == "" {
			rec = endLine(m.Bytes())
		} else {
			rec = wire.Encode(token, wire.KindTable, h.Bytes(), m.Bytes())
		}
	case figurer:
		var s bytes.Buffer
		must(x.WriteSVG(&s), "WriteSVG")
		rec = figure(s.Bytes())
	case []byte:
		if isSVG(x) {
			rec = figure(x)
		} else {
			rec = endLine(x)
		}
	case string:
		if isSVG([]byte(x)) {
			rec = figure([]byte(x))
		} else {
			rec = endLine([]byte(x))
		}
	case texter:
		var t bytes.Buffer
		must(x.WriteText(&t), "WriteText")
		rec = t.Bytes()
	default:
		rec = endLine([]byte(fmt.Sprint(v)))
	}
	write(rec)
}

// Block marks the start of code block n (counting from 1) in the output.
// The generated program calls it before each block's statements.
func Block(n int) {
	if token == "" {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	write(wire.EncodeBlock(token, n))
}

// End marks that the last block finished. The generated program calls it
// at the end of main, so that a program that stops early (os.Exit(0), a
// return) is told apart from one that ran every block.
func End() {
	if token == "" {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	write(wire.Encode(token, wire.KindEnd))
}

// IsSVG reports whether b holds an SVG document: after white space, an
// optional XML declaration, comments and a DOCTYPE, it begins with "<svg".
func isSVG(b []byte) bool {
	for {
		b = bytes.TrimLeft(b, " \t\r\n\ufeff")
		switch {
		case bytes.HasPrefix(b, []byte("<svg")):
			return len(b) > 4 && strings.ContainsRune(" \t\r\n>/", rune(b[4]))
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return false
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b[4:], []byte("-->"))
			if i < 0 {
				return false
			}
			b = b[4+i+3:]
		case bytes.HasPrefix(b, []byte("<!")):
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return false
			}
			b = b[i+1:]
		default:
			return false
		}
	}
}

func figure(svg []byte) []byte {
	if token == "" {
		return fmt.Appendf(nil, "[figure: %d bytes of SVG]\n", len(svg))
	}
	return wire.Encode(token, wire.KindFigure, svg)
}

func endLine(b []byte) []byte {
	if len(b) == 0 || b[len(b)-1] != '\n' {
		return append(b[:len(b):len(b)], '\n')
	}
	return b
}

func must(err error, method string) {
	if err != nil {
		panic(fmt.Errorf("show: %s: %w", method, err))
	}
}

// write writes b in one call, so that a record is never split by the
// output of another goroutine. Errors writing standard output are ignored,
// as fmt.Println ignores them.
func write(b []byte) {
	if len(b) > 0 {
		os.Stdout.Write(b)
	}
}
