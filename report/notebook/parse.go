package notebook

import (
	"strings"
)

// Notebook is a parsed notebook: its cells in the order of the file, and
// the program their code makes.
type Notebook struct {
	Name  string // the file name given to Parse, used in errors
	Cells []Cell // prose and code, in the order of the file

	prog *program
}

// Cell is a piece of a notebook: prose (Markdown, including fenced blocks
// that are not run) or a code block that runs.
type Cell struct {
	// Markdown is the cell's text in the notebook, verbatim: the prose, or
	// the code block with its fences. The cells' Markdown put end to end
	// is the notebook.
	Markdown string
	// Code is a code block's Go source, between its fences, with the
	// fence's indentation removed; "" for prose.
	Code string
	// Block is a code block's number, counting the blocks that run from 1
	// in the order of the file; 0 for prose.
	Block int
	// Line is the line of the notebook (from 1) where the cell begins: for
	// prose its first line, for code the first line of Go source, after
	// the opening fence.
	Line int
	// Outputs are what a code block printed and showed when it ran, in
	// order; Run sets them.
	Outputs []Output
}

// IsCode reports whether the cell is a code block that runs.
func (c Cell) IsCode() bool { return c.Block > 0 }

// Parse splits a Markdown notebook into cells and parses the Go code of its
// code blocks, gathering their imports and sorting their top-level
// declarations from their statements (see the package documentation).
// name is the file's name, used in errors. It fails with a *BlockError
// wrapping ErrCompile for a block that is not Go, or for an import alias
// that two blocks bind to different packages; it never fails on the
// Markdown itself. It costs time and memory linear in the notebook's size.
func Parse(name string, src []byte) (*Notebook, error) {
	nb := &Notebook{Name: name, Cells: split(string(src))}
	p, err := analyze(name, nb.Cells)
	if err != nil {
		return nil, err
	}
	nb.prog = p
	return nb, nil
}

// fence is an opening code fence.
type fence struct {
	char   byte // '`' or '~'
	n      int  // its length, 3 or more
	indent int  // spaces before it, 0 to 3
	info   string
}

// openingFence reports whether line opens a fenced code block, as
// CommonMark defines it: at most three spaces, then three or more
// backticks or tildes, then an info string (with no backtick after a
// backtick fence).
func openingFence(line string) (fence, bool) {
	indent := 0
	for indent < len(line) && line[indent] == ' ' {
		indent++
	}
	if indent > 3 || indent == len(line) || (line[indent] != '`' && line[indent] != '~') {
		return fence{}, false
	}
	c := line[indent]
	n := 0
	for indent+n < len(line) && line[indent+n] == c {
		n++
	}
	if n < 3 {
		return fence{}, false
	}
	info := strings.TrimSpace(line[indent+n:])
	if c == '`' && strings.Contains(info, "`") {
		return fence{}, false
	}
	return fence{char: c, n: n, indent: indent, info: info}, true
}

// closes reports whether line closes the fenced block f: at most three
// spaces, at least as many of the same fence characters, then only spaces.
func (f fence) closes(line string) bool {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if i > 3 {
		return false
	}
	n := 0
	for i+n < len(line) && line[i+n] == f.char {
		n++
	}
	return n >= f.n && strings.Trim(line[i+n:], " \t") == ""
}

// runs reports whether a fenced block with this info string is run: only
// an info string of exactly "go".
func (f fence) runs() bool { return f.info == "go" }

// split splits a Markdown document into prose and code cells. The cells'
// Markdown put end to end is src.
func split(src string) []Cell {
	var cells []Cell
	proseStart, proseLine := 0, 1
	flushProse := func(end int) {
		if end > proseStart {
			cells = append(cells, Cell{Markdown: src[proseStart:end], Line: proseLine})
		}
	}
	var (
		open      *fence // the fenced block we are in, if any
		codeStart int    // offset of a running block's opening fence
		codeLine  int    // line of its first line of code
		code      []string
	)
	blocks := 0
	endCode := func(end int) {
		blocks++
		cells = append(cells, Cell{
			Markdown: src[codeStart:end],
			Code:     strings.Join(code, ""),
			Block:    blocks,
			Line:     codeLine,
		})
		proseStart, proseLine = end, 0
	}
	line := 0
	for off := 0; off < len(src); {
		line++
		end := strings.IndexByte(src[off:], '\n') + off + 1
		if end == off {
			end = len(src)
		}
		text := strings.TrimRight(src[off:end], "\r\n")
		if proseLine == 0 {
			proseLine = line
		}
		switch {
		case open == nil:
			if f, ok := openingFence(text); ok {
				open = &f
				if f.runs() {
					flushProse(off)
					codeStart, codeLine, code = off, line+1, nil
				}
			}
		case open.closes(text):
			if open.runs() {
				endCode(end)
			}
			open = nil
		case open.runs():
			code = append(code, unindent(src[off:end], open.indent))
		}
		off = end
	}
	if open != nil && open.runs() {
		endCode(len(src))
	} else {
		flushProse(len(src))
	}
	return cells
}

// unindent removes up to n leading spaces and a carriage return before the
// newline.
func unindent(line string, n int) string {
	for i := 0; i < n && strings.HasPrefix(line, " "); i++ {
		line = line[1:]
	}
	if strings.HasSuffix(line, "\r\n") {
		line = line[:len(line)-2] + "\n"
	}
	return line
}
