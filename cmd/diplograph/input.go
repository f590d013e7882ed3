package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/encoding/graphml"
	"github.com/diplograph/diplograph/graph/encoding/nodelink"
	"github.com/diplograph/diplograph/internal/atomicfile"
	"github.com/diplograph/diplograph/scenario"
)

// input holds the flags shared by commands that read a graph.
type input struct {
	defaultKind string
}

func (in *input) flags(fs *flag.FlagSet) {
	fs.StringVar(&in.defaultKind, "default-kind", "", "relation `kind` for edges of an imported node-link or GraphML file that have none")
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
	var data []byte
	var err error
	name := path
	if path == "-" {
		name = "<stdin>"
		data, err = io.ReadAll(e.stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, err
	}
	trimmed := bytes.TrimSpace(data)
	switch {
	case ext == ".graphml" || path == "-" && bytes.HasPrefix(trimmed, []byte("<")):
		dec := graphml.NewDecoder(bytes.NewReader(data))
		dec.Name, dec.DefaultKind = name, in.defaultKind
		return dec.Decode()
	case ext == ".json" || path == "-" && bytes.HasPrefix(trimmed, []byte("{")):
		if isNodeLink(data) {
			dec := nodelink.NewDecoder(bytes.NewReader(data))
			dec.Name, dec.DefaultKind = name, in.defaultKind
			return dec.Decode()
		}
		return decodeScenario(data, name, scenario.JSON)
	}
	return decodeScenario(data, name, scenario.YAML)
}

// decodeScenario decodes a scenario in syntax s, naming it name in errors.
func decodeScenario(data []byte, name string, s scenario.Syntax) (*graph.Graph, error) {
	dec := scenario.NewDecoder(bytes.NewReader(data))
	dec.Name, dec.Syntax = name, s
	return dec.Decode()
}

// loadView loads the graph at path and applies the view's selection.
func (in *input) loadView(e *env, v *view, path string) (*graph.Graph, error) {
	g, err := in.load(e, path)
	if err != nil {
		return nil, err
	}
	return v.apply(g)
}

func isNodeLink(data []byte) bool {
	var probe struct {
		Nodes  json.RawMessage `json:"nodes"`
		Actors json.RawMessage `json:"actors"`
	}
	return json.Unmarshal(data, &probe) == nil && probe.Nodes != nil && probe.Actors == nil
}

// view holds the flags that select part of a graph.
type view struct {
	kinds    string
	from, to string
	asOf     string
	sign     string
}

func (v *view) flags(fs *flag.FlagSet, withSign bool) {
	fs.StringVar(&v.kinds, "kinds", "", "keep only relations of these `kinds` (comma-separated)")
	fs.StringVar(&v.from, "from", "", "keep relations overlapping the window starting on this `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&v.to, "to", "", "keep relations overlapping the window ending on this `date`")
	fs.StringVar(&v.asOf, "as-of", "", "keep what had happened by, or held on, this `date`")
	if withSign {
		fs.StringVar(&v.sign, "sign", "", "keep only cooperative (+) or hostile (-) relations, or neutral (0)")
	}
}

// apply returns the selected view of g.
func (v *view) apply(g *graph.Graph) (*graph.Graph, error) {
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
	if v.sign != "" {
		s, err := graph.ParseSign(v.sign)
		if err != nil {
			return nil, usagef("--sign %q: want +, - or 0", v.sign)
		}
		f.Signs = []graph.Sign{s}
	}
	if f.Kinds == nil && f.Window.IsZero() && f.AsOf.IsZero() && f.Signs == nil {
		return g, nil
	}
	sub, err := g.Filter(f)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	return sub, nil
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
