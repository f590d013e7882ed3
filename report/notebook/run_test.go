package notebook

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// temps records the temporary folders runs made, to check they are gone.
var temps struct {
	sync.Mutex
	dirs []string
}

func TestMain(m *testing.M) {
	madeTemp = func(dir string) {
		temps.Lock()
		temps.dirs = append(temps.dirs, dir)
		temps.Unlock()
	}
	code := m.Run()
	for _, d := range temps.dirs {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			println("temporary folder left behind:", d)
			code = 1
		}
	}
	os.Exit(code)
}

// okResult runs testdata/ok.md once for all the tests that look at it.
var okResult = sync.OnceValues(func() (*Result, error) {
	return Run(context.Background(), filepath.Join("testdata", "ok.md"), Options{Timeout: time.Minute})
})

func TestRun(t *testing.T) {
	t.Parallel()
	res, err := okResult()
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join("testdata", "ok.md"))
	if err != nil {
		t.Fatal(err)
	}
	var joined strings.Builder
	var outs [][]Output
	for _, c := range res.Cells {
		joined.WriteString(c.Markdown)
		if c.IsCode() {
			outs = append(outs, c.Outputs)
		} else if len(c.Outputs) > 0 {
			t.Errorf("prose cell at line %d has outputs", c.Line)
		}
	}
	if joined.String() != string(src) {
		t.Errorf("the result's cells are not the notebook")
	}
	want := [][]Output{
		{Text("hello world\n")},
		{Text("hello hello hello hello  4\nto stderr, in order\nno newline at the end")},
		{
			Text("before the table\n"),
			Table{
				HTML:     "<table><tr><td>n</td><td>4</td></tr><tr><td>greeting</td><td>hello</td></tr></table>",
				Markdown: "| name | value |\n| --- | --- |\n| n | 4 |\n| greeting | hello |\n",
			},
			Figure{SVG: []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10" onload="alert(1)"><rect x="0" y="0" width="8" height="3"/><rect x="10" y="0" width="8" height="7"/><rect x="20" y="0" width="8" height="5"/><script>alert("x")</script></svg>`)},
			Figure{SVG: []byte(`<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>`)},
			Text("```\nlooks like a fence\n```\n"),
		},
	}
	if !reflect.DeepEqual(outs, want) {
		t.Errorf("outputs:\n%#v\nwant\n%#v", outs, want)
	}
	if res.Name != filepath.Join("testdata", "ok.md") {
		t.Errorf("name %q", res.Name)
	}
}

func TestRunFailures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file   string
		block  int
		line   int
		err    error
		msg    string
		output string
	}{
		{"compile.md", 3, 15, ErrCompile, "cannot use x (variable of type int) as string value", ""},
		{"panic.md", 2, 12, ErrPanic, "panic: assignment to entry in nil map", "about to fail\n"},
		{"exit.md", 2, 10, ErrExit, "exit status 1", "bye\n"},
		{"exit0.md", 2, 13, ErrExit, "exited with status 0 before the last block finished", "stopping\n"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join("testdata", "fail", tt.file)
			res, err := Run(context.Background(), path, Options{Timeout: time.Minute})
			if res != nil {
				t.Errorf("a result for a failed run")
			}
			var be *BlockError
			if !errors.As(err, &be) {
				t.Fatalf("err = %v, want a *BlockError", err)
			}
			if be.Block != tt.block || be.Line != tt.line || !errors.Is(err, tt.err) || !strings.Contains(be.Msg, tt.msg) || be.Output != tt.output {
				t.Errorf("got %#v\nwant block %d, line %d, %v, %q, output %q", be, tt.block, tt.line, tt.err, tt.msg, tt.output)
			}
			prefix := path + ":" + strconv.Itoa(tt.line) + ": block " + strconv.Itoa(tt.block) + ": "
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("message %q, want it to begin %q", err, prefix)
			}
			if tt.err == ErrCompile {
				// Each compiler error is reported, at its own line.
				if !strings.Contains(err.Error(), path+":16: block 3: undefined: undefinedThing") {
					t.Errorf("second compiler error missing: %v", err)
				}
				if strings.Contains(err.Error(), "declared and not used") {
					t.Errorf("a top-level variable failed as unused: %v", err)
				}
			}
		})
	}
}

func TestRunTimeout(t *testing.T) {
	t.Parallel()
	start := time.Now()
	_, err := Run(context.Background(), filepath.Join("testdata", "fail", "sleep.md"), Options{Timeout: time.Second})
	var be *BlockError
	if !errors.As(err, &be) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a *BlockError wrapping context.DeadlineExceeded", err)
	}
	if be.Block != 2 || be.Line != 13 || be.Msg != "timed out after 1s" || be.Output != "waiting\n" {
		t.Errorf("got %#v", be)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("took %v: the child's sleep 60 held the run", d)
	}
}

// TestRunCancel cancels a run while a block waits for a child process,
// and checks the child is killed with it. The block learns where to say it
// started from the environment, which passes through.
func TestRunCancel(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("checks processes through /proc")
	}
	started := filepath.Join(t.TempDir(), "started")
	t.Setenv("NOTEBOOK_TEST_STARTED", started)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := Run(ctx, filepath.Join("testdata", "fail", "sleep.md"), Options{})
		done <- err
	}()
	var pid int
	for deadline := time.Now().Add(2 * time.Minute); pid == 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the block never started")
		}
		select {
		case err := <-done:
			t.Fatalf("the run ended before it was canceled: %v", err)
		default:
		}
		if b, err := os.ReadFile(started); err == nil && len(b) > 0 {
			pid, _ = strconv.Atoi(string(b))
		}
	}
	cancel()
	err := <-done
	var be *BlockError
	if !errors.As(err, &be) || !errors.Is(err, context.Canceled) || be.Block != 2 {
		t.Fatalf("err = %v, want block 2 canceled", err)
	}
	for deadline := time.Now().Add(5 * time.Second); alive(pid); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the block's child process %d survived the cancel", pid)
		}
	}
}

// alive reports whether process pid runs (exists and is no zombie).
func alive(pid int) bool {
	if err := syscall.Kill(pid, 0); err != nil {
		return false
	}
	stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return false
	}
	_, after, _ := strings.Cut(string(stat), ") ")
	return !strings.HasPrefix(after, "Z")
}

func TestRunUnusedImports(t *testing.T) {
	t.Parallel()
	res, err := Run(context.Background(), filepath.Join("testdata", "unused.md"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []Output
	for _, c := range res.Cells {
		got = append(got, c.Outputs...)
	}
	if !reflect.DeepEqual(got, []Output{Text("a: 1\n<nil>")}) {
		t.Errorf("outputs %#v", got)
	}
}

func TestRunOutsideModules(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if _, err := findModule(dir); err == nil {
		t.Skip("the temporary folder is inside a Go module")
	}
	for _, tt := range []struct {
		name, src string
		err       error
	}{
		{"code needs a module", "```go\nx := 1\n```\n", ErrNoModule},
		{"prose needs nothing", "# Only prose\n\n```sh\nls\n```\n", nil},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".md")
		if err := os.WriteFile(path, []byte(tt.src), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := Run(context.Background(), path, Options{})
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
		}
		if tt.err == nil && (res == nil || len(res.Cells) != 1 || res.Cells[0].Markdown != tt.src) {
			t.Errorf("%s: result %+v", tt.name, res)
		}
	}
	if _, err := Run(context.Background(), filepath.Join(dir, "missing.md"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// TestRunModuleWithoutDiplograph runs a notebook in a module that does not
// require diplograph: the program cannot import its runtime, and the error
// says what to do.
func TestRunModuleWithoutDiplograph(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/other\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "n.md")
	if err := os.WriteFile(path, []byte("```go\nshow(1)\n```\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), path, Options{})
	if !errors.Is(err, ErrBuild) || !strings.Contains(err.Error(), "must require github.com/diplograph/diplograph") {
		t.Errorf("err = %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("left in the module: %v", entries)
	}
}
