package notebook

import (
	"context"
	"errors"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// compilerLine matches a compiler error: FILE:LINE[:COL]: MESSAGE.
var compilerLine = regexp.MustCompile(`^(.+?):(\d+)(?::\d+)?: (.*)$`)

// compileErrors maps the errors in the go command's output to the blocks
// they are in. It returns the errors other than unused imports, and the
// unused imports apart.
func (nb *Notebook) compileErrors(out string) (errs []error, unused []importKey) {
	file := nb.prog.file
	var cur *BlockError
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if strings.HasPrefix(line, "\t") && cur != nil {
			cur.Msg += "\n" + strings.ReplaceAll(line, file+":", nb.Name+":")
			continue
		}
		cur = nil
		m := compilerLine.FindStringSubmatch(line)
		if m == nil || m[1] != file {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		if path, ok := unusedImport(m[3]); ok {
			if k, ok := nb.importAt(path, n); ok {
				unused = append(unused, k)
				continue
			}
		}
		b := nb.blockAt(n)
		cur = &BlockError{Path: nb.Name, Block: b.Block, Line: n, Msg: m[3], Err: ErrCompile}
		errs = append(errs, cur)
	}
	return errs, unused
}

// importAt finds the gathered import of path written at a line.
func (nb *Notebook) importAt(path string, line int) (importKey, bool) {
	for _, imp := range nb.prog.imports {
		if imp.path == path && imp.line == line {
			return importKey{imp.name, imp.path}, true
		}
	}
	return importKey{}, false
}

// failure tells whether a run failed, and how, from its stream and the
// error of running it: nil for a run that exited 0 after its last block.
func (nb *Notebook) failure(ctx context.Context, o Options, s *stream, runErr error) error {
	if runErr == nil && s.ended {
		return nil
	}
	cur := nb.block(s.last)
	e := &BlockError{Path: nb.Name, Block: cur.Block, Line: cur.Line, Output: s.printed(s.last)}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		e.Msg, e.Err = stopped(ctx, o), ctx.Err()
	case runErr == nil:
		e.Msg, e.Err = "the program exited with status 0 before the last block finished", ErrExit
	case errors.As(runErr, &exit) && exit.ExitCode() >= 0:
		e.Msg, e.Err = "exit status "+strconv.Itoa(exit.ExitCode()), ErrExit
		if exit.ExitCode() == 2 {
			if msg, line, output, ok := nb.panicked(e.Output); ok {
				e.Msg, e.Err, e.Output = msg, ErrPanic, output
				if line > 0 {
					b := nb.blockAt(line)
					e.Block, e.Line = b.Block, line
				}
			}
		}
	default:
		e.Msg, e.Err = runErr.Error(), ErrExit
	}
	return e
}

// printed returns the text block n printed.
func (s *stream) printed(n int) string {
	var b strings.Builder
	for _, o := range s.outputs[n] {
		if t, ok := o.(Text); ok {
			b.WriteString(string(t))
		}
	}
	return b.String()
}

// panicked finds the Go runtime's report of a panic or fatal error at the
// end of a block's text. It returns the message (the "panic: ..." or "fatal
// error: ..." lines), the notebook line of the innermost stack frame in the
// notebook (0 when the trace shows none), and the text printed before.
func (nb *Notebook) panicked(text string) (msg string, line int, before string, ok bool) {
	start := -1
	for _, p := range []string{"panic: ", "fatal error: "} {
		if strings.HasPrefix(text, p) {
			start = max(start, 0)
		}
		if i := strings.LastIndex(text, "\n"+p); i >= 0 {
			start = max(start, i+1)
		}
	}
	if start < 0 {
		return "", 0, "", false
	}
	report := text[start:]
	head, trace, _ := strings.Cut(report, "\n\n")
	var lines []string
	for _, l := range strings.Split(head, "\n") {
		if !strings.HasPrefix(l, "[signal ") {
			lines = append(lines, l)
		}
	}
	msg = strings.Join(lines, "\n")
	prefix := "\t" + nb.prog.file + ":"
	for _, l := range strings.Split(trace, "\n") {
		if rest, ok := strings.CutPrefix(l, prefix); ok {
			num, _, _ := strings.Cut(rest, " ")
			if n, err := strconv.Atoi(num); err == nil {
				line = n
				break
			}
		}
	}
	return msg, line, text[:start], true
}
