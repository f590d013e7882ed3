package notebook

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/report/notebook/internal/wire"
)

// Options control Run. The zero value runs without a time limit.
type Options struct {
	// Timeout bounds the run of the program, once built (a first build
	// may take long, compiling the packages the notebook imports; the
	// context bounds it); 0, the default, sets no limit.
	Timeout time.Duration
}

// Result is a notebook that ran: its cells, each code block with its
// outputs.
type Result struct {
	Name  string // the notebook file, as named to Run
	Cells []Cell // prose and code in the order of the file
}

// Run parses the notebook at path and runs its code blocks in order as one
// Go program, built in the Go module that holds the file and run from the
// file's folder, and returns the notebook with each block's outputs.
//
// It fails with a *BlockError (see there) when a block does not compile,
// panics, exits or is running when ctx is done or Options.Timeout passes;
// with ErrNoModule, ErrNoGo or ErrBuild when the program cannot be built at
// all; or with the error reading the file. The temporary folder it builds
// in is removed in every case.
//
// It costs one go build (two when a gathered import of a package outside
// the standard library and the module turns out unused) and one run.
func Run(ctx context.Context, path string, o Options) (*Result, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	nb, err := Parse(path, src)
	if err != nil {
		return nil, err
	}
	return nb.run(ctx, o)
}

// madeTemp is told each temporary folder Run makes (for the tests).
var madeTemp = func(string) {}

// module is the Go module that holds a notebook.
type module struct {
	root string // its folder
	path string // its module path
}

// findModule finds the go.mod in dir or the nearest folder above it.
func findModule(dir string) (module, error) {
	for d := dir; ; {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			return module{root: d, path: modulePath(data)}, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return module{}, fmt.Errorf("%w: no go.mod in %s or any folder above", ErrNoModule, dir)
		}
		d = parent
	}
}

// modulePath returns the module path a go.mod declares ("" if none).
func modulePath(gomod []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "module" {
			if p, err := strconv.Unquote(f[1]); err == nil {
				return p
			}
			return f[1]
		}
	}
	return ""
}

// pkgName returns the package name of an import path inside the module,
// read from the package clause of its first Go file, or "" when the path
// is outside the module or its folder has no readable Go file.
func (m module) pkgName(importPath string) string {
	if m.path == "" || importPath != m.path && !strings.HasPrefix(importPath, m.path+"/") {
		return ""
	}
	dir := filepath.Join(m.root, filepath.FromSlash(strings.TrimPrefix(importPath, m.path)))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, n), nil, parser.PackageClauseOnly)
		if err == nil && f.Name.Name != "main" && f.Name.Name != "documentation" {
			return f.Name.Name
		}
	}
	return ""
}

// run builds and runs the notebook's program.
func (nb *Notebook) run(ctx context.Context, o Options) (res *Result, err error) {
	if len(nb.blocks()) == 0 {
		return nb.result(&stream{}), nil
	}
	abs, err := filepath.Abs(nb.Name)
	if err != nil {
		return nil, err
	}
	mod, err := findModule(filepath.Dir(abs))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", nb.Name, err)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoGo, err)
	}
	tmp, err := os.MkdirTemp(mod.root, ".notebook-*")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", nb.Name, err)
	}
	madeTemp(tmp)
	defer func() {
		if rerr := os.RemoveAll(tmp); rerr != nil && err == nil {
			err = rerr
		}
	}()
	bin := filepath.Join(tmp, "notebook")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if err := nb.build(ctx, goTool, mod, tmp, bin); err != nil {
		return nil, err
	}
	return nb.exec(ctx, o, bin, filepath.Dir(abs))
}

// build writes the program into tmp and builds it into bin. When the only
// errors are unused imports, it drops them and builds once more.
func (nb *Notebook) build(ctx context.Context, goTool string, mod module, tmp, bin string) error {
	dropped := map[importKey]bool{}
	for attempt := 0; ; attempt++ {
		src := nb.prog.source(mod.pkgName, dropped)
		if err := os.WriteFile(filepath.Join(tmp, "main.go"), src, 0o644); err != nil {
			return err
		}
		cmd := exec.CommandContext(ctx, goTool, "build", "-o", bin, ".")
		cmd.Dir = tmp
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		killGroup(cmd)
		err := cmd.Run()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: building the program: %w", nb.Name, ctx.Err())
		}
		errs, unused := nb.compileErrors(out.String())
		if len(errs) == 0 && len(unused) > 0 && attempt == 0 {
			for _, k := range unused {
				dropped[k] = true
			}
			continue
		}
		if len(errs) == 0 {
			msg := strings.TrimSpace(strings.ReplaceAll(out.String(), tmp, ".notebook"))
			if strings.Contains(msg, "provides package "+runtimePath) {
				msg = fmt.Sprintf("the module %s (%s) must require github.com/diplograph/diplograph, whose package show the program imports:\n%s",
					mod.path, filepath.Join(mod.root, "go.mod"), msg)
			}
			return fmt.Errorf("%s: %w: %s", nb.Name, ErrBuild, msg)
		}
		return errors.Join(errs...)
	}
}

// stopped says why ctx is done: the timeout of o, or the context's error.
func stopped(ctx context.Context, o Options) string {
	if o.Timeout > 0 && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return "timed out after " + o.Timeout.String()
	}
	return ctx.Err().Error()
}

// exec runs the built program in dir and collects its outputs.
func (nb *Notebook) exec(ctx context.Context, o Options, bin, dir string) (*Result, error) {
	tok, err := newToken()
	if err != nil {
		return nil, err
	}
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, bin)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), wire.Env+"="+tok)
	var out bytes.Buffer
	// One pipe for both, so that what a block writes to standard error
	// keeps its place among what it prints, and a panic comes last.
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = time.Second
	killGroup(cmd)
	runErr := cmd.Run()
	s := parseStream(out.String(), tok)
	if err := nb.failure(ctx, o, s, runErr); err != nil {
		return nil, err
	}
	return nb.result(s), nil
}

// newToken returns a fresh random token for the records of one run.
func newToken() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// result puts the outputs of a successful run beneath their blocks. What
// was printed before the first block (by init functions) goes to the first.
func (nb *Notebook) result(s *stream) *Result {
	res := &Result{Name: nb.Name, Cells: make([]Cell, len(nb.Cells))}
	first := true
	for i, c := range nb.Cells {
		if c.IsCode() {
			var outs []Output
			if first {
				outs = append(outs, s.outputs[0]...)
				first = false
			}
			c.Outputs = append(outs, s.outputs[c.Block]...)
		}
		res.Cells[i] = c
	}
	return res
}

// blocks returns the code cells in block order.
func (nb *Notebook) blocks() []Cell {
	var bs []Cell
	for _, c := range nb.Cells {
		if c.IsCode() {
			bs = append(bs, c)
		}
	}
	return bs
}

// blockAt returns the code block whose lines hold line, else the last block
// that begins before it, else the first block.
func (nb *Notebook) blockAt(line int) Cell {
	bs := nb.blocks()
	i := sort.Search(len(bs), func(i int) bool { return bs[i].Line > line })
	if i == 0 {
		return bs[0]
	}
	return bs[i-1]
}

// block returns code block n (from 1).
func (nb *Notebook) block(n int) Cell {
	bs := nb.blocks()
	return bs[min(max(n, 1), len(bs))-1]
}
