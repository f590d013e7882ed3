package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding/graphml"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
	"github.com/diplograph/diplograph/internal/atomicfile"
	"github.com/diplograph/diplograph/internal/readlimit"
	"github.com/diplograph/diplograph/scenario"
)

// input holds the flags shared by commands that read a graph.
type input struct {
	defaultKind string
	maxInput    byteSize
}

func (in *input) flags(fs *flag.FlagSet) {
	fs.StringVar(&in.defaultKind, "default-kind", "", "relation `kind` for edges of an imported node-link or GraphML file that have none")
	in.maxInput = readlimit.Default
	fs.TextVar(&in.maxInput, "max-input", &in.maxInput, "refuse an input file larger than this `size` (such as 200MiB or 2GiB); 0 for no limit")
}

// load reads a graph from path ("-" for standard input), choosing the
// reader by extension and, for JSON, by content: a document with "nodes" is
// node-link JSON, one with "actors" a scenario.
func (in *input) load(e *env, path string) (*graph.Graph, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".graphml", ".json", ".yaml", ".yml":
	default:
		if path != "-" {
			return nil, usagef("%s: unknown file type %q (want .yaml, .yml, .json or .graphml)", path, ext)
		}
	}
	limit := int64(in.maxInput)
	if limit == 0 {
		limit = -1 // --max-input 0: no limit
	}
	var data []byte
	var err error
	name := path
	if path == "-" {
		name = "<stdin>"
		data, err = readlimit.ReadAll(e.stdin, limit, errTooLarge)
	} else {
		var f *os.File
		if f, err = os.Open(path); err == nil {
			data, err = readlimit.ReadAll(f, limit, errTooLarge)
			f.Close()
		}
	}
	if errors.Is(err, errTooLarge) {
		return nil, fmt.Errorf("%s: %w (raise --max-input to read it)", name, err)
	}
	if err != nil {
		return nil, err
	}
	// Sniff past a UTF-8 byte order mark; every reader skips it too.
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	switch {
	case ext == ".graphml" || path == "-" && bytes.HasPrefix(trimmed, []byte("<")):
		dec := graphml.NewDecoder(bytes.NewReader(data))
		dec.Name, dec.DefaultKind = name, in.defaultKind
		return dec.Decode()
	case ext == ".json" || path == "-" && bytes.HasPrefix(trimmed, []byte("{")):
		if isNodeLink(trimmed) {
			dec := nodelink.NewDecoder(bytes.NewReader(data))
			dec.Name, dec.DefaultKind = name, in.defaultKind
			return dec.Decode()
		}
		return decodeScenario(data, name, scenario.JSON)
	}
	return decodeScenario(data, name, scenario.YAML)
}

// errTooLarge is an input longer than --max-input.
var errTooLarge = errors.New("input too large")

// byteSize is a flag value in bytes, written with an optional unit: 1500,
// 200MiB, 2GiB, 500MB.
type byteSize int64

func (b byteSize) MarshalText() ([]byte, error) {
	return []byte(strings.ReplaceAll(readlimit.Size(int64(b)), " ", "")), nil
}

func (b *byteSize) UnmarshalText(text []byte) error {
	s := strings.TrimSpace(string(text))
	num := strings.TrimRightFunc(s, func(r rune) bool { return r >= 'A' && r <= 'z' })
	units := map[string]int64{"": 1, "b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
	mult, ok := units[strings.ToLower(strings.TrimSpace(s[len(num):]))]
	n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
	if !ok || err != nil || n < 0 || n > math.MaxInt64/mult {
		return fmt.Errorf("%q is not a size (want a number of bytes, or one with a unit: 200MiB, 2GiB, 500MB)", s)
	}
	*b = byteSize(n * mult)
	return nil
}

// decodeScenario decodes a scenario in syntax s, naming it name in errors.
func decodeScenario(data []byte, name string, s scenario.Syntax) (*graph.Graph, error) {
	dec := scenario.NewDecoder(bytes.NewReader(data))
	dec.Name, dec.Syntax = name, s
	return dec.Decode()
}

// loadView loads the graph at path and applies the view's selection,
// reporting on e.stderr what the reader should know of it: relations that
// straddle the dates, and the fold.
func (in *input) loadView(e *env, v *view, path string) (*graph.Graph, error) {
	g, err := in.load(e, path)
	if err != nil {
		return nil, err
	}
	return v.apply(e.stderr, g)
}

// isNodeLink reports whether a JSON document is node-link rather than a
// scenario: it has "nodes" and no "actors". A document that does not
// parse (cut short, a syntax error) is judged by its first top-level key
// that only one of the two has, so that its error comes from the reader
// of the format it was meant to be.
func isNodeLink(data []byte) bool {
	var probe struct {
		Nodes  json.RawMessage `json:"nodes"`
		Actors json.RawMessage `json:"actors"`
	}
	if json.Unmarshal(data, &probe) == nil {
		return probe.Nodes != nil && probe.Actors == nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return false
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch tok {
		case "directed", "multigraph", "graph", "nodes", "links", "edges":
			return true
		case "title", "sources", "kinds", "actors", "relations":
			return false
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return false
		}
	}
	return false
}

// view holds the flags that select part of a graph.
type view struct {
	kinds         string
	from, to      string
	asOf          string
	sign          string
	fold          string
	dropIsolates  bool
	dropUncertain bool
}

// foldModes are the values of --fold.
var foldModes = []string{"country", "affiliation"}

func (v *view) flags(fs *flag.FlagSet, withSign bool) {
	fs.StringVar(&v.kinds, "kinds", "", "keep only relations of these `kinds` (comma-separated)")
	fs.StringVar(&v.from, "from", "", "keep relations overlapping the window starting on this `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&v.to, "to", "", "keep relations overlapping the window ending on this `date`")
	fs.StringVar(&v.asOf, "as-of", "", "keep what had happened by, or held on, this `date`; with --fold affiliation, fold by the offices held on it")
	if withSign {
		fs.StringVar(&v.sign, "sign", "", "keep only cooperative (+) or hostile (-) relations, or neutral (0)")
	}
	fs.StringVar(&v.fold, "fold", "", "merge leaders, officials and agencies into their state; `mode` "+foldModes[0]+
		" finds it by their country code, "+foldModes[1]+" by the state they lead or serve as of --as-of; the fold is reported on standard error")
	fs.BoolVar(&v.dropIsolates, "drop-isolates", false, "leave out actors without any relation in the view")
	fs.BoolVar(&v.dropUncertain, "drop-uncertain", false, "leave out relations whose date, at its precision, may fall on either side of --as-of, --from or --to")
}

// narrows reports whether the view selects relations (by kind, sign or
// date), so that actors may be left without any.
func (v *view) narrows() bool {
	return v.kinds != "" || v.sign != "" || v.from != "" || v.to != "" || v.asOf != ""
}

// apply returns the selected view of g: the filter, then the fold, then
// the isolated actors dropped. It reports on w how many relations straddle
// the dates and what the fold did.
func (v *view) apply(w io.Writer, g *graph.Graph) (*graph.Graph, error) {
	var f graph.Filter
	if v.kinds != "" {
		for _, k := range strings.Split(v.kinds, ",") {
			if k = strings.TrimSpace(k); k != "" {
				f.Kinds = append(f.Kinds, k)
			}
		}
	}
	for _, d := range []struct {
		flag, text string
		into       *date.Date
	}{{"from", v.from, &f.Window.Since}, {"to", v.to, &f.Window.Until}, {"as-of", v.asOf, &f.AsOf}} {
		if d.text == "" {
			continue
		}
		t, err := date.Parse(d.text)
		if err != nil {
			return nil, usagef("--%s: %v", d.flag, err)
		}
		*d.into = t
	}
	if since, until := f.Window.Since, f.Window.Until; !since.IsZero() && !until.IsZero() && until.Last().Before(since.First()) {
		return nil, usagef("--from %s is after --to %s", v.from, v.to)
	}
	if v.sign != "" {
		s, err := graph.ParseSign(v.sign)
		if err != nil {
			return nil, usagef("--sign %q: want +, - or 0", v.sign)
		}
		f.Signs = []graph.Sign{s}
	}
	var fold *graph.FoldOptions
	switch v.fold {
	case "":
	case "country":
		fold = &graph.FoldOptions{}
	case "affiliation":
		fold = &graph.FoldOptions{ByAffiliation: true, AsOf: f.AsOf}
	default:
		return nil, usagef("--fold %q: want %s", v.fold, strings.Join(foldModes, " or "))
	}
	timed := !f.Window.IsZero() || !f.AsOf.IsZero()
	if v.dropUncertain && !timed {
		return nil, usagef("--drop-uncertain needs --as-of, --from or --to")
	}
	f.DropUncertain = v.dropUncertain
	f.DropIsolated = v.dropIsolates && fold == nil
	if f.Kinds != nil || timed || f.Signs != nil || f.DropIsolated {
		sub, err := g.Filter(f)
		if err != nil {
			return nil, usageError{err.Error()}
		}
		g = sub
	}
	if n := g.NumUncertain(); n > 0 {
		when := "the date"
		switch {
		case !f.Window.IsZero() && !f.AsOf.IsZero():
			when = "the window or the date"
		case !f.Window.IsZero():
			when = "the window"
		}
		their, them := "their", "them"
		if n == 1 {
			their, them = "its", "it"
		}
		if v.dropUncertain {
			fmt.Fprintf(w, "diplograph: %d relation%s straddle%s %s at %s precision and %s left out (--drop-uncertain)\n", n, plural(n), verbS(n), when, their, wereWas(n))
		} else {
			fmt.Fprintf(w, "diplograph: %d relation%s straddle%s %s at %s precision (use --drop-uncertain to leave %s out)\n", n, plural(n), verbS(n), when, their, them)
		}
	}
	if fold == nil {
		return g, nil
	}
	folded, report, err := g.Fold(*fold)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	writeFold(w, v.fold, report)
	if v.dropIsolates {
		if folded, err = folded.Filter(graph.Filter{DropIsolated: true}); err != nil {
			return nil, err
		}
	}
	return folded, nil
}

// writeFold reports a fold: who went where and why, who was kept, and how
// many relations became self-loops.
func writeFold(w io.Writer, by string, f graph.Fold) {
	fmt.Fprintf(w, "diplograph: fold by %s: %d actor%s folded, %d kept, %d self-loop%s dropped\n",
		by, len(f.Moves), plural(len(f.Moves)), len(f.Kept), len(f.SelfLoops), plural(len(f.SelfLoops)))
	for _, m := range f.Moves {
		fmt.Fprintf(w, "  %s -> %s (%s)\n", m.Actor, m.Into, m.Why)
	}
	for _, m := range f.Kept {
		fmt.Fprintf(w, "  %s kept (%s)\n", m.Actor, m.Why)
	}
}

// verbS is the "s" of a verb in the third person: "1 relation straddles",
// "2 relations straddle".
func verbS(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}

func wereWas(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// writeTo writes through fn to path, or to stdout for "" and "-". A file is
// written to a temporary file renamed into place only when fn succeeds, so
// a failed render or export never truncates a good file.
func writeTo(e *env, path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(e.stdout)
	}
	return atomicfile.Write(path, 0o644, fn)
}
