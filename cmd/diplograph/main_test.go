package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph/analysis"
)

const example = "../../examples/ukraine2014/ukraine2014.yaml"

// runCmd runs the command in-process and returns its exit status, stdout
// and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"no args", nil, exitUsage, "", "Commands:"},
		{"help", []string{"help"}, exitOK, "validate", ""},
		{"help command", []string{"help", "export"}, exitOK, "Example:", ""},
		{"--help", []string{"render", "--help"}, exitOK, "--layout", ""},
		{"unknown command", []string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{"unknown flag", []string{"export", example, "--frob"}, exitUsage, "", "flag provided but not defined"},
		{"missing file arg", []string{"export", "--format", "dot"}, exitUsage, "", "needs"},
		{"extra arg", []string{"export", example, "extra", "--format", "dot"}, exitUsage, "", "unexpected"},
		{"missing format", []string{"export", example}, exitUsage, "", "--format is required"},
		{"bad format", []string{"export", example, "--format", "pdfx"}, exitUsage, "", "unknown --format"},
		{"bad date", []string{"export", example, "--format", "dot", "--from", "2014-02-30"}, exitUsage, "", "no such date"},
		{"unknown kind filter", []string{"export", example, "--format", "dot", "--kinds", "phone"}, exitUsage, "", `did you mean "phoned"`},
		{"missing file", []string{"validate", "nope.yaml"}, exitFail, "no such file", "1 of 1 files have problems"},
		{"unknown extension", []string{"validate", "x.txt"}, exitUsage, "", "unknown file type"},
		{"bad --max-input", []string{"rank", "-", "--max-input", "lots"}, exitUsage, "", "not a size"},
		{"window reversed names the flags", []string{"rank", example, "--from", "2015", "--to", "2014"}, exitUsage, "", "--from 2015 is after --to 2014"},
		{"render to an unknown extension", []string{"render", example, "-o", filepath.Join(t.TempDir(), "x.bmp")}, exitUsage, "", `unknown extension ".bmp"`},
		{"infinite resolution", []string{"communities", example, "--resolution", "Inf"}, exitUsage, "", "--resolution +Inf"},
		{"resolution not a number", []string{"communities", example, "--resolution", "NaN"}, exitUsage, "", "--resolution NaN"},
		{"render refused over --max-time", []string{"render", example, "-o", filepath.Join(t.TempDir(), "x.svg"), "--max-time", "1ms"}, exitFail, "", "over the limit of 1ms"},
		{"negative --max-time", []string{"render", example, "--format", "dot", "--max-time", "-1s"}, exitUsage, "", "--max-time -1s"},
		{"render highlights an unknown ID", []string{"render", example, "--highlight", "putin,nosuch", "--format", "dot"}, exitFail, "", `--highlight: render: unknown actor or relation ID "nosuch" in the graph drawn`},
		{"render highlights a near miss", []string{"render", example, "--highlight", "putn", "--format", "dot"}, exitFail, "", `did you mean "putin"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", tt.args...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, tt.code, out, errs)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	code, out, errs := runCmd(t, "", "validate", example)
	if code != exitOK || !strings.Contains(out, "ok:") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	bad := "title: x\nactors:\n  - {id: RUS, name: Russia, kind: state}\nrelations:\n  - {from: RUS, to: UKR, kind: annexed}\n"
	code, out, _ = runCmd(t, bad, "validate", "-")
	if code != exitFail || !strings.Contains(out, "<stdin>:5:") || !strings.Contains(out, `unknown actor "UKR"`) {
		t.Errorf("bad scenario on stdin: exit %d\n%s", code, out)
	}
}

// TestExportRoundTrip exports the example in every format that reads back
// and validates what comes back.
func TestExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []struct{ format, file string }{
		{"nodelink", "g.json"}, {"graphml", "g.graphml"}, {"yaml", "g.yaml"}, {"json", "g.scenario.json"},
	} {
		t.Run(f.format, func(t *testing.T) {
			path := filepath.Join(dir, f.file)
			if code, _, errs := runCmd(t, "", "export", example, "--format", f.format, "-o", path); code != exitOK {
				t.Fatalf("export: exit %d: %s", code, errs)
			}
			code, out, errs := runCmd(t, "", "validate", path)
			if code != exitOK {
				t.Fatalf("validate: exit %d: %s%s", code, out, errs)
			}
			_, want, _ := runCmd(t, "", "validate", example)
			if strings.TrimPrefix(out, path) != strings.TrimPrefix(want, example) {
				t.Errorf("counts differ after round trip:\n%s\n%s", out, want)
			}
		})
	}
	if code, _, errs := runCmd(t, "", "export", example, "--format", "csv", "-o", filepath.Join(dir, "t.csv")); code != exitOK {
		t.Fatalf("csv: %s", errs)
	}
	for _, f := range []string{"t.nodes.csv", "t.edges.csv"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
}

// TestTruncatedJSONReadByItsFormat cuts a node-link and a scenario JSON
// export short and checks that each is reported by its own reader, at the
// place where it ends (issue 14: a truncated node-link file was reported as
// a scenario).
func TestTruncatedJSONReadByItsFormat(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []struct{ format, want string }{
		{"nodelink", "nodelink: bad document: unexpected end of input"},
		{"json", "scenario: syntax error: unexpected end of input"},
	} {
		t.Run(f.format, func(t *testing.T) {
			whole := filepath.Join(dir, f.format+".json")
			if code, _, errs := runCmd(t, "", "export", example, "--format", f.format, "-o", whole); code != exitOK {
				t.Fatalf("export: exit %d: %s", code, errs)
			}
			data, err := os.ReadFile(whole)
			if err != nil {
				t.Fatal(err)
			}
			cut := filepath.Join(dir, "cut-"+f.format+".json")
			if err := os.WriteFile(cut, data[:len(data)/2], 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errs := runCmd(t, "", "validate", cut)
			lines := strings.Count(string(data[:len(data)/2]), "\n") + 1
			if code != exitFail || !strings.Contains(out, fmt.Sprintf("%s:%d:", cut, lines)) || !strings.Contains(out, f.want) {
				t.Errorf("exit %d, want %d, and %s:%d: %s\nstdout: %s\nstderr: %s", code, exitFail, cut, lines, f.want, out, errs)
			}
		})
	}
}

// TestByteOrderMarkReadByItsFormat exports the example as node-link and
// GraphML, puts a UTF-8 byte order mark before each, and validates it as a
// file and on standard input, where the format is sniffed from the first
// character: each is read by its own reader, with the example's counts
// (issue 14: a byte order mark sent both to the scenario reader).
func TestByteOrderMarkReadByItsFormat(t *testing.T) {
	dir := t.TempDir()
	_, want, _ := runCmd(t, "", "validate", example)
	want = want[strings.Index(want, ": ok:"):]
	for _, f := range []struct{ format, file string }{{"nodelink", "g.json"}, {"graphml", "g.graphml"}} {
		t.Run(f.format, func(t *testing.T) {
			path := filepath.Join(dir, f.file)
			if code, _, errs := runCmd(t, "", "export", example, "--format", f.format, "-o", path); code != exitOK {
				t.Fatalf("export: exit %d: %s", code, errs)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			data = append([]byte("\xef\xbb\xbf"), data...)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, in := range []struct{ arg, stdin string }{{path, ""}, {"-", string(data)}} {
				code, out, errs := runCmd(t, in.stdin, "validate", in.arg)
				if code != exitOK || !strings.HasSuffix(out, want) {
					t.Errorf("validate %s: exit %d, want %d and%s\nstdout: %s\nstderr: %s", in.arg, code, exitOK, want, out, errs)
				}
			}
		})
	}
}

func TestRender(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--highlight-path", "klitschko,obama", "--size-by", "pagerank"},
		{"--highlight", "putin,obama", "--layout", "neato", "--dates"},
		{"--parallel", "collapse", "--engine", "embedded"},
	} {
		out := filepath.Join(dir, "h.svg")
		if code, _, errs := runCmd(t, "", append([]string{"render", example, "-o", out}, args...)...); code != exitOK {
			t.Errorf("render %v: exit %d: %s", args, code, errs)
		}
	}
	for _, bad := range [][]string{
		{"--highlight-path", "klitschko"},
		{"--size-by", "fame"},
		{"--cluster", "party"},
		{"--format", "gif"},
		{"--layout", "spring"},
		{"--engine", "wasm"},
		{"--parallel", "merge"},
	} {
		code, _, errs := runCmd(t, "", append([]string{"render", example, "-o", filepath.Join(dir, "x.svg")}, bad...)...)
		if code == exitOK {
			t.Errorf("render %v: exit 0, want an error", bad)
		}
		if code != exitUsage {
			t.Errorf("render %v: exit %d, want 2: %s", bad, code, errs)
		}
	}
	for _, f := range []string{"svg", "dot"} {
		out := filepath.Join(dir, "g."+f)
		code, _, errs := runCmd(t, "", "render", example, "-o", out, "--cluster", "country", "--kinds", "phoned,backs")
		if code != exitOK {
			t.Fatalf("render %s: exit %d: %s", f, code, errs)
		}
		data, _ := os.ReadFile(out)
		if f == "svg" && !bytes.Contains(data, []byte("<svg")) || f == "dot" && !bytes.HasPrefix(data, []byte("digraph")) {
			t.Errorf("%s output looks wrong: %.80s", f, data)
		}
	}
}

// TestBinary builds the command and runs it as a user would.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "diplograph")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "export", example, "--format", "nodelink")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	var doc struct {
		Nodes []json.RawMessage `json:"nodes"`
		Edges []json.RawMessage `json:"edges"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil || len(doc.Nodes) == 0 || len(doc.Edges) == 0 {
		t.Errorf("node-link output: %v, %d nodes, %d edges", err, len(doc.Nodes), len(doc.Edges))
	}
	cmd = exec.Command(bin, "validate", "missing.yaml")
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitFail {
		t.Errorf("validate missing.yaml: %v, want exit status 1", err)
	}
	cmd = exec.Command(bin, "nonsense")
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitUsage {
		t.Errorf("nonsense: %v, want exit status 2", err)
	}
}

func TestAnalysisCommands(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"rank pagerank", []string{"rank", example, "--by", "pagerank", "--top", "3"}, exitOK, []string{"rank", "RUS"}},
		{"rank hostile betweenness", []string{"rank", example, "--by", "betweenness", "--sign", "-"}, exitOK, []string{"betweenness"}},
		{"rank every measure", nil, exitOK, nil},
		{"rank without --by ranks by pagerank", []string{"rank", example, "--top", "1"}, exitOK, []string{"pagerank", "RUS"}},
		{"rank unknown measure", []string{"rank", example, "--by", "fame"}, exitUsage, nil},
		{"path", []string{"path", example, "klitschko", "obama"}, exitOK, []string{"klitschko -> ", "Vitaly Klitschko"}},
		{"path k", []string{"path", example, "kerry", "putin", "--k", "2"}, exitOK, []string{"kerry"}},
		{"path unknown actor", []string{"path", example, "klitschko", "obamma"}, exitFail, nil},
		{"path no route", []string{"path", example, "BBC", "putin"}, exitFail, nil},
		{"path missing args", []string{"path", example, "klitschko"}, exitUsage, nil},
		{"communities", []string{"communities", example, "--seed", "3"}, exitOK, []string{"modularity"}},
		{"communities signed", []string{"communities", example, "--signed"}, exitOK, []string{"modularity"}},
		{"balance", []string{"balance", example}, exitOK, []string{"balance ratio", "frustration index"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.args == nil {
				for _, m := range analysis.Measures() {
					if code, _, errs := runCmd(t, "", "rank", example, "--by", m.String(), "--weighted"); code != exitOK {
						t.Errorf("--by %s: exit %d: %s", m, code, errs)
					}
				}
				return
			}
			code, out, errs := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tt.code, out, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestJSONOutputs checks that --json prints parseable documents of the
// documented shape, the same twice.
func TestJSONOutputs(t *testing.T) {
	code, out, errs := runCmd(t, "", "rank", example, "--by", "degree", "--json")
	if code != exitOK {
		t.Fatal(errs)
	}
	var rows []struct {
		ID    string  `json:"id"`
		Name  string  `json:"name"`
		Score float64 `json:"score"`
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) == 0 || rows[0].ID == "" || rows[0].Name == "" {
		t.Fatalf("rank --json: %v\n%s", err, out)
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].Score > rows[i-1].Score || rows[i].Score == rows[i-1].Score && rows[i].ID < rows[i-1].ID {
			t.Fatalf("rank --json not in rank order at %d", i)
		}
	}
	for _, args := range [][]string{
		{"path", example, "klitschko", "obama", "--json"},
		{"communities", example, "--json"},
		{"balance", example, "--json"},
	} {
		_, a, _ := runCmd(t, "", args...)
		_, b, _ := runCmd(t, "", args...)
		if !json.Valid([]byte(a)) || a != b {
			t.Errorf("%s --json: invalid or not deterministic:\n%s", args[0], a)
		}
	}
}

func TestIngest(t *testing.T) {
	dir := t.TempDir()
	icews := "../../events/sample/events.2018.sample.tab.gz"
	gdelt := "../../events/sample/20180101000000.export.CSV.gz"
	out := filepath.Join(dir, "ru-ua-us.yaml")
	code, _, errs := runCmd(t, "", "ingest", "--format", "icews", icews, "--countries", "RUS,UKR,USA", "-o", out)
	if code != exitOK {
		t.Fatalf("ingest icews: exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "rows read") || !strings.Contains(errs, "filtered-country") {
		t.Errorf("report missing from stderr:\n%s", errs)
	}
	if code, out, errs := runCmd(t, "", "validate", out); code != exitOK {
		t.Fatalf("validate ingested scenario: %s%s", out, errs)
	}
	code, stdout, errs := runCmd(t, "", "ingest", gdelt, "--actors", "country", "--aggregate", "month")
	if code != exitOK || !json.Valid([]byte(stdout)) {
		t.Fatalf("ingest gdelt to stdout: exit %d: %s", code, errs)
	}
	for _, bad := range [][]string{
		{"ingest", gdelt, "--actors", "planet"},
		{"ingest", gdelt, "--aggregate", "year"},
		{"ingest", gdelt, "--format", "gdelt3"},
		{"ingest", gdelt, "--from", "2018-13"},
		{"ingest", gdelt, "-o", "out.txt"},
	} {
		if code, _, errs := runCmd(t, "", bad...); code != exitUsage {
			t.Errorf("%v: exit %d, want 2: %s", bad[2:], code, errs)
		}
	}
	if code, _, _ := runCmd(t, "", "ingest", filepath.Join(dir, "missing.csv")); code != exitFail {
		t.Errorf("missing input: exit %d, want 1", code)
	}
}

// TestRenderPNG draws PNG through native Graphviz.
func TestRenderPNG(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Graphviz's dot is required under CI (.ci/run installs it)")
		}
		t.Skip("skipping: needs Graphviz's dot command for PNG")
	}
	out := filepath.Join(t.TempDir(), "g.png")
	if code, _, errs := runCmd(t, "", "render", example, "-o", out, "--kinds", "phoned"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Errorf("not a PNG: %v %.8q", err, data)
	}
}

// A render that fails after the input was read (too many actors to draw)
// leaves an existing output file as it was, and no temporary file behind.
func TestFailedWriteKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	var sc strings.Builder
	sc.WriteString(`{"title": "crowd", "actors": [`)
	for i := range 700 {
		if i > 0 {
			sc.WriteString(",")
		}
		fmt.Fprintf(&sc, `{"id": "a%d", "name": "Actor %d", "kind": "person"}`, i, i)
	}
	sc.WriteString(`], "relations": [{"from": "a0", "to": "a1", "kind": "met"}]}`)
	big := filepath.Join(dir, "crowd.json")
	if err := os.WriteFile(big, []byte(sc.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.svg")
	if err := os.WriteFile(out, []byte("<svg>good</svg>"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "", "render", big, "-o", out)
	if code != exitFail || !strings.Contains(errs, "too large") {
		t.Fatalf("exit %d, stderr %q; want a failed render", code, errs)
	}
	if b, _ := os.ReadFile(out); string(b) != "<svg>good</svg>" {
		t.Errorf("the old file became %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left behind: %v", entries)
	}
}

// TestRenderViewLeavesOutIsolates checks that a view selecting some
// relations draws only the actors they join, and says how many it left
// out, unless nothing was selected.
func TestRenderViewLeavesOutIsolates(t *testing.T) {
	code, out, errs := runCmd(t, "", "render", example, "--kinds", "phoned", "--format", "dot")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"putin"`) || strings.Contains(out, `"klitschko"`) {
		t.Errorf("the phone calls' diagram should draw putin and leave out klitschko, who made no call:\n%s", out)
	}
	if !strings.Contains(errs, "without relations in the view left out") {
		t.Errorf("stderr does not say actors were left out: %q", errs)
	}
	code, out, errs = runCmd(t, "", "render", example, "--format", "dot")
	if code != exitOK || !strings.Contains(out, `"klitschko"`) || strings.Contains(errs, "left out") {
		t.Errorf("without a view every actor is drawn: exit %d, stderr %q", code, errs)
	}
}

// TestMaxInput checks that an input over --max-input is refused with a
// message naming the flag, before it is parsed.
func TestMaxInput(t *testing.T) {
	code, _, errs := runCmd(t, strings.Repeat("# comment\n", 200), "rank", "-", "--max-input", "1KiB")
	if code != exitFail || !strings.Contains(errs, "more than 1 KiB") || !strings.Contains(errs, "raise --max-input") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
