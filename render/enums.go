package render

import (
	"fmt"
	"strings"
)

// This file holds the package's four enums. Each has String, a Parse
// function that accepts exactly the names String returns (in any case),
// MarshalText and UnmarshalText (so they work with flag.TextVar and in
// encoded settings), and a function that lists every value, from which a
// command builds its flags, help and error messages.

// Layout is a Graphviz layout: the algorithm that places the actors and
// routes the lines between them.
type Layout uint8

// The layouts. With the same input, [LayoutDot], [LayoutNeato],
// [LayoutCirco] and [LayoutTwopi] give byte-identical SVG from run to run;
// [LayoutFDP] and [LayoutSFDP] do not within one process with the
// [EngineEmbedded] engine (their random state carries over between
// renders).
const (
	LayoutAuto  Layout = iota // LayoutDot up to DotMaxActors actors, LayoutNeato above; the default
	LayoutDot                 // hierarchical: relations flow left to right
	LayoutNeato               // spring model (stress majorisation)
	LayoutFDP                 // force-directed, supports clusters; not reproducible
	LayoutSFDP                // multiscale force-directed for large graphs; not reproducible
	LayoutCirco               // circular
	LayoutTwopi               // radial
)

var layoutNames = []string{"auto", "dot", "neato", "fdp", "sfdp", "circo", "twopi"}

// Layouts returns every layout, [LayoutAuto] first.
func Layouts() []Layout { return values[Layout](layoutNames) }

// String returns the layout's name: "auto", or the name Graphviz gives the
// layout ("dot", "neato", "fdp", "sfdp", "circo", "twopi").
func (l Layout) String() string { return name(layoutNames, l, "Layout") }

// ParseLayout returns the layout that String names, in any case. An
// unknown name fails with an error wrapping [ErrBadLayout] that lists the
// valid names.
func ParseLayout(s string) (Layout, error) {
	if l, ok := lookup[Layout](layoutNames, s); ok {
		return l, nil
	}
	return 0, fmt.Errorf("%w %q (want %s)", ErrBadLayout, s, orList(layoutNames))
}

// MarshalText returns the layout's name; a value out of range fails with
// [ErrBadLayout].
func (l Layout) MarshalText() ([]byte, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	return []byte(l.String()), nil
}

// UnmarshalText sets l to the layout named by text, as [ParseLayout].
func (l *Layout) UnmarshalText(text []byte) error {
	v, err := ParseLayout(string(text))
	if err == nil {
		*l = v
	}
	return err
}

func (l Layout) check() error {
	if int(l) >= len(layoutNames) {
		return fmt.Errorf("%w: %v (want %s)", ErrBadLayout, l, orList(layoutNames))
	}
	return nil
}

// Format is an output format: what [SVG], [PNG], [PDF] and [DOT] write,
// what [WriteFile] picks from a file's extension, and what [Draw] draws a
// DOT document in. The zero Format is [FormatSVG].
type Format uint8

// The formats. SVG is drawn by either [Engine]; PNG and PDF only by
// [EngineNative], Graphviz's dot command, because go-graphviz's own PNG
// output is broken (measured with v0.2.10) and it has no PDF. DOT is the
// Graphviz language, written in pure Go with no engine.
const (
	FormatSVG Format = iota // SVG 1.1 with tooltips and links
	FormatPNG               // PNG bitmap; needs the dot command
	FormatPDF               // PDF; needs the dot command
	FormatDOT               // the Graphviz DOT language, not laid out
)

var formatNames = []string{"svg", "png", "pdf", "dot"}

// Formats returns every format.
func Formats() []Format { return values[Format](formatNames) }

// String returns "svg", "png", "pdf" or "dot", which is also the format's
// file extension without the dot.
func (f Format) String() string { return name(formatNames, f, "Format") }

// ParseFormat returns the format that String names, in any case. An
// unknown name fails with an error wrapping [ErrUnsupportedFormat] that
// lists the valid names.
func ParseFormat(s string) (Format, error) {
	if f, ok := lookup[Format](formatNames, s); ok {
		return f, nil
	}
	return 0, fmt.Errorf("%w %q (want %s)", ErrUnsupportedFormat, s, orList(formatNames))
}

// MarshalText returns the format's name; a value out of range fails with
// [ErrUnsupportedFormat].
func (f Format) MarshalText() ([]byte, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return []byte(f.String()), nil
}

// UnmarshalText sets f to the format named by text, as [ParseFormat].
func (f *Format) UnmarshalText(text []byte) error {
	v, err := ParseFormat(string(text))
	if err == nil {
		*f = v
	}
	return err
}

func (f Format) check() error {
	if int(f) >= len(formatNames) {
		return fmt.Errorf("%w: %v (want %s)", ErrUnsupportedFormat, f, orList(formatNames))
	}
	return nil
}

// Engine is the Graphviz that lays out and draws: the one built into
// go-graphviz or the installed dot command.
type Engine uint8

// The engines.
const (
	// EngineDefault is EngineEmbedded for SVG and EngineNative for PNG
	// and PDF.
	EngineDefault Engine = iota

	// EngineEmbedded is the Graphviz 12.1.2 built into
	// github.com/goccy/go-graphviz as WebAssembly: no install needed and
	// byte-identical SVG on every machine, but SVG only: its PNG output is
	// broken (measured with go-graphviz v0.2.10: edges drawn as filled
	// wedges, outlines and dashes missing), so PNG and PDF fail with
	// [ErrUnsupportedFormat]. In a program that imports package
	// render/embedded it runs in the program's process, one render at a
	// time, not interruptible (ctx is checked only before starting);
	// otherwise each render runs the [EmbeddedCommand] command, which
	// ending ctx kills, and fails with [ErrNoEmbedded] without it.
	EngineEmbedded

	// EngineNative runs Graphviz's dot command (dot -K<layout> -T<format>),
	// which must be in PATH, else drawing fails with [ErrNoNative]. Each
	// render is a process of its own: renders run in parallel, ending ctx
	// kills the process, and memory goes back to the system when it exits.
	// The output depends on the installed Graphviz version and fonts, so it
	// is not the same on every machine, but it is the same from run to run
	// on one.
	EngineNative

	// EngineAuto is EngineNative when the dot command is in PATH and
	// EngineEmbedded otherwise, so PNG and PDF still need dot. Use it for
	// a service that draws many graphs, not where output must match golden
	// files.
	EngineAuto
)

var engineNames = []string{"default", "embedded", "native", "auto"}

// Engines returns every engine, [EngineDefault] first.
func Engines() []Engine { return values[Engine](engineNames) }

// String returns "default", "embedded", "native" or "auto".
func (e Engine) String() string { return name(engineNames, e, "Engine") }

// ParseEngine returns the engine that String names, in any case. An
// unknown name fails with an error wrapping [ErrBadOption] that lists the
// valid names.
func ParseEngine(s string) (Engine, error) {
	if e, ok := lookup[Engine](engineNames, s); ok {
		return e, nil
	}
	return 0, fmt.Errorf("%w: unknown engine %q (want %s)", ErrBadOption, s, orList(engineNames))
}

// MarshalText returns the engine's name; a value out of range fails with
// [ErrBadOption].
func (e Engine) MarshalText() ([]byte, error) {
	if err := e.check(); err != nil {
		return nil, err
	}
	return []byte(e.String()), nil
}

// UnmarshalText sets e to the engine named by text, as [ParseEngine].
func (e *Engine) UnmarshalText(text []byte) error {
	v, err := ParseEngine(string(text))
	if err == nil {
		*e = v
	}
	return err
}

func (e Engine) check() error {
	if int(e) >= len(engineNames) {
		return fmt.Errorf("%w: engine %d (want %s)", ErrBadOption, uint8(e), orList(engineNames))
	}
	return nil
}

// Parallel is how parallel relations are drawn: relations of directed
// kinds from the same actor to the same actor, and relations of symmetric
// kinds between the same two actors. See [Options.Parallel].
type Parallel uint8

// The ways to draw parallel relations.
const (
	ParallelAuto     Parallel = iota // ParallelSeparate up to SeparateMaxRelations relations, ParallelCollapse above; the default
	ParallelSeparate                 // one line per relation
	ParallelCollapse                 // one line per group of parallel relations
)

var parallelNames = []string{"auto", "separate", "collapse"}

// Parallels returns every way to draw parallel relations,
// [ParallelAuto] first.
func Parallels() []Parallel { return values[Parallel](parallelNames) }

// String returns "auto", "separate" or "collapse".
func (p Parallel) String() string { return name(parallelNames, p, "Parallel") }

// ParseParallel returns the value that String names, in any case. An
// unknown name fails with an error wrapping [ErrBadOption] that lists the
// valid names.
func ParseParallel(s string) (Parallel, error) {
	if p, ok := lookup[Parallel](parallelNames, s); ok {
		return p, nil
	}
	return 0, fmt.Errorf("%w: unknown parallel %q (want %s)", ErrBadOption, s, orList(parallelNames))
}

// MarshalText returns the name of p; a value out of range fails with
// [ErrBadOption].
func (p Parallel) MarshalText() ([]byte, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText sets p to the value named by text, as [ParseParallel].
func (p *Parallel) UnmarshalText(text []byte) error {
	v, err := ParseParallel(string(text))
	if err == nil {
		*p = v
	}
	return err
}

func (p Parallel) check() error {
	if int(p) >= len(parallelNames) {
		return fmt.Errorf("%w: parallel %d (want %s)", ErrBadOption, uint8(p), orList(parallelNames))
	}
	return nil
}

// enum is the underlying type of the package's enums.
type enum interface{ ~uint8 }

// values returns the values 0 to len(names)-1.
func values[T enum](names []string) []T {
	out := make([]T, len(names))
	for i := range out {
		out[i] = T(i)
	}
	return out
}

// name returns names[v], or "Type(v)" for a value out of range.
func name[T enum](names []string, v T, typ string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", typ, uint8(v))
}

// lookup returns the value whose name is s, in any case.
func lookup[T enum](names []string, s string) (T, bool) {
	for i, n := range names {
		if strings.EqualFold(s, n) {
			return T(i), true
		}
	}
	return 0, false
}

// orList is "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
