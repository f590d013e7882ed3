package notebook

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/internal/atomicfile"
)

// WriteMarkdown writes the notebook with its outputs as dir/NAME.md: the
// original Markdown with each code block followed by what it put out:
// printed text in a ```text fence (a longer fence when the text holds
// backticks), tables in Markdown, and figures as links to the files
// NAME-1.svg, NAME-2.svg, ... (numbered in the order of the notebook),
// which it writes beside it. Each file is written whole or not at all
// (internal/atomicfile); dir is made if missing. The result is a notebook again: its code blocks
// run as before; the outputs are prose.
func (r *Result) WriteMarkdown(dir, name string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var b bytes.Buffer
	figures := 0
	for i, c := range r.Cells {
		b.WriteString(c.Markdown)
		if !c.IsCode() || len(c.Outputs) == 0 {
			continue
		}
		if !strings.HasSuffix(c.Markdown, "\n") {
			b.WriteByte('\n')
		}
		b.WriteString(missingFence(c.Markdown))
		for _, o := range c.Outputs {
			b.WriteByte('\n')
			switch o := o.(type) {
			case Text:
				writeFenced(&b, string(o))
			case Table:
				b.WriteString(o.Markdown)
				if !strings.HasSuffix(o.Markdown, "\n") {
					b.WriteByte('\n')
				}
			case Figure:
				figures++
				file := fmt.Sprintf("%s-%d.svg", name, figures)
				if err := atomicfile.Write(filepath.Join(dir, file), 0o644, func(w io.Writer) error {
					_, err := w.Write(o.SVG)
					return err
				}); err != nil {
					return err
				}
				fmt.Fprintf(&b, "![Figure %d](%s)\n", figures, url.PathEscape(file))
			}
		}
		if i+1 < len(r.Cells) && !strings.HasPrefix(strings.TrimLeft(r.Cells[i+1].Markdown, " \t\r"), "\n") {
			b.WriteByte('\n')
		}
	}
	return atomicfile.Write(filepath.Join(dir, name+".md"), 0o644, func(w io.Writer) error {
		_, err := w.Write(b.Bytes())
		return err
	})
}

// writeFenced writes text in a ```text fence longer than any run of
// backticks in it, so nothing in the text can close it.
func writeFenced(b *bytes.Buffer, text string) {
	fence := strings.Repeat("`", max(3, longestRun(text, '`')+1))
	b.WriteString(fence + "text\n" + text)
	if !strings.HasSuffix(text, "\n") {
		b.WriteByte('\n')
	}
	b.WriteString(fence + "\n")
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	longest, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			longest = max(longest, n)
		} else {
			n = 0
		}
	}
	return longest
}

// missingFence returns the closing fence (with its newline) of a code
// block that runs to the end of the notebook without one, or "".
func missingFence(block string) string {
	first, rest, _ := strings.Cut(block, "\n")
	f, ok := openingFence(strings.TrimRight(first, "\r"))
	if !ok {
		return ""
	}
	lines := strings.Split(strings.TrimRight(rest, "\r\n"), "\n")
	if rest != "" && f.closes(strings.TrimRight(lines[len(lines)-1], "\r")) {
		return ""
	}
	return strings.Repeat(string(f.char), f.n) + "\n"
}
