// Package render draws diplomatic graphs with Graphviz: [DOT] writes the
// DOT language in pure Go, [SVG] lays it out with the Graphviz built into
// github.com/goccy/go-graphviz or, if asked, with Graphviz's dot command,
// [PNG] and [PDF] use the dot command, and [WriteFile] writes any of them
// to a file named by its format. [Draw] lays out DOT text you already
// have. None of go-graphviz's types appear in its API, and it does not
// import go-graphviz itself: a program links the embedded Graphviz by
// importing package render/embedded (see Engines below).
//
//	err := render.WriteFile(ctx, "crisis.svg", g, render.Options{
//		ClusterByCountry: true,
//		Highlight:        []string{"putin", "obama"},
//	})
//
// # What is drawn
//
// Actors are nodes shaped and coloured by kind, labelled with their name
// and, in smaller type, their title. Relations are edges styled by kind
// (see [DefaultTheme]: the design card's five kinds stand apart; hostile
// words, hostile acts and force, and cooperative talks, words and help,
// differ by shade, dash pattern and arrowhead; kinds the [Theme] does not
// name take their sign's colour: blue cooperative, vermilion hostile, grey
// neutral), labelled with the kind and, with [Options.EdgeDates], the
// time. Symmetric kinds have arrowheads at both ends. A relation with a
// sign of its own that differs from its kind's ([graph.Relation.WithSign]:
// a warning phone call) is drawn as a variant of its kind, "phoned
// (hostile)": its kind's line in the colour of its sign, with an entry of
// its own in the legend and in bundle labels. The title at the top
// names the sources cited, and a legend of the kinds present is drawn
// under it unless [Options.NoLegend] is set.
//
// Several relations between the same two actors are drawn as separate
// lines, or with [ParallelCollapse] as one line per direction ("backs ·
// phoned ×2"), thicker the more it bundles, with a tooltip telling each
// relation. By default graphs of more than [SeparateMaxRelations]
// relations are collapsed.
//
// In the SVG every actor has a tooltip with its name, kind, title, country
// and roles, and every relation one with the relation as a sentence, its
// kind, time, who reports it, and each quoted piece of evidence with its
// source; a relation whose source has an http(s) URL links to it. Elements
// carry IDs ("a-" + actor ID, "r-" + relation ID, "b-" + the ID of the
// first relation of a bundle, "c-" + country code for a box) and classes
// ("actor leader", "relation sanctions hostile", "relation bundle backs
// phoned cooperative"; a relation's sign is the one it counts with, and
// "own-sign" marks a sign of its own) for styling and scripting.
//
// # Options
//
// Every drawing function takes its settings as its last parameter, a
// struct passed by value whose zero value means the defaults: [Options]
// for [DOT], [SVG], [PNG], [PDF] and [WriteFile], [DrawOptions] for [Draw].
// Every field states its default. Booleans are phrased so that false is
// the default ([Options.NoLegend], [Options.NoTitle]), and the zero value
// of each enum is the default choice: [LayoutAuto] ([LayoutDot] for graphs
// of up to [DotMaxActors] actors, [LayoutNeato] for larger ones),
// [ParallelAuto], [EngineDefault]. [DefaultTheme] returns the default
// [Theme], built on the colour-blind-safe Okabe-Ito palette; change a copy
// and set it as [Options.Theme].
//
// The enums [Layout], [Format], [Engine] and [Parallel] have String, a
// Parse function that accepts the names String returns in any case
// ([ParseLayout], [ParseFormat], [ParseEngine], [ParseParallel]),
// MarshalText and UnmarshalText, and a function listing every value
// ([Layouts], [Formats], [Engines], [Parallels]), so that a command builds
// its flags, help and errors from them. A bad name fails with an error
// that wraps [ErrBadLayout], [ErrUnsupportedFormat] or [ErrBadOption] and
// lists the valid names.
//
// # Engines
//
// Two Graphviz engines draw ([Options.Engine]):
//
//   - [EngineEmbedded], the default for SVG: Graphviz 12.1.2 compiled to
//     WebAssembly inside go-graphviz. Nothing to install, and the same SVG
//     bytes on every machine, which is what golden files need. SVG only:
//     its PNG is broken. A program that draws imports it with
//
//     import _ "github.com/diplograph/diplograph/render/embedded"
//
//     and then draws in its own process, one render at a time, not
//     interruptibly. Without that import, renders run the same engine in a
//     child process, the [EmbeddedCommand] command (installed with
//     go install github.com/diplograph/diplograph/cmd/...), which ending
//     the context kills, and fail with [ErrNoEmbedded] if it is missing.
//     The split exists because go-graphviz compiles its WebAssembly module
//     in a package init, which costs every start of every program that
//     links it 75-150 ms: the diplograph command leaves it out, so that its
//     commands that draw nothing start in a few milliseconds.
//
//   - [EngineNative], the default for PNG and PDF: the installed dot
//     command, run as a child process per render. Renders run in parallel,
//     ending the context kills them, and memory goes back when they exit;
//     the output depends on the installed Graphviz and fonts. Without dot
//     it fails with [ErrNoNative].
//
// [EngineAuto] takes the native engine when dot is installed and the
// embedded one otherwise: for services, not for golden files.
//
// # Errors
//
// Errors wrap the package's sentinels, for [errors.Is]: [ErrBadLayout] and
// [ErrBadOption] for options out of range, [ErrUnsupportedFormat] for a
// format the engine cannot draw or a file extension that names none,
// [ErrTooLarge] for a graph over the size limits, [ErrTooSlow] for a
// render predicted to take, or taking, longer than allowed, [ErrNoNative] when the
// dot command is needed and missing, [ErrNoEmbedded] when the embedded
// engine is neither linked in nor installed, and the context's error when
// it ends. A function that fails writes nothing to its writer, and
// [WriteFile] leaves an existing file as it was.
//
// # Safety
//
// Names, titles, quotes, notes and URLs are data, never markup: one
// function escapes every user string for the place it goes, so no input can
// break the DOT, become a Graphviz HTML-like label, or add an element or an
// attribute to the SVG. HTML-like labels come only from this package's
// templates. Invalid UTF-8 and control characters become U+FFFD; URLs other
// than http and https are dropped.
//
// # Determinism
//
// The same graph and options give byte-identical DOT, and byte-identical
// SVG for the dot, neato, circo and twopi layouts (the layouts
// [LayoutAuto] chooses are among them). With the embedded engine, fdp and
// sfdp carry random state from one render to the next within a process;
// the native engine starts each render afresh, so they draw the same every
// time.
//
// # Concurrency and cost
//
// The Graphviz in go-graphviz is one WebAssembly module per process, not
// safe for concurrent use, that cannot be interrupted and keeps some memory
// after every render. So embedded renders in the program's own process are
// serialised behind one lock (the only state of package render/embedded):
// SVG is safe to call from many goroutines, but those renders run one at a
// time. When the context ends during an embedded layout in the program's
// own process, the call returns at once with the context's error while the
// layout runs on to its end in the background, holding up the next render
// until then. Native renders, and embedded ones in a child process
// ([EmbeddedCommand]), take no lock and ending the context kills them;
// each child pays go-graphviz's start, about 0.1 s.
//
// # Render time
//
// How long a layout takes depends on more than the size: dot orders a
// virtual node on every rank each line crosses, so a random graph of 150
// actors can take minutes where one of 700 whose relations fan into a few
// states takes seconds. Before a layout starts, its time is predicted
// ([EstimateCost]) from the actors and the ranks the lines cross when
// ranked as dot ranks them (a measure of how tangled the graph is), with a
// model per layout and
// way of drawing parallel relations fitted to timed renders (see
// render/internal/calibrate and testdata/cost.tsv, where no render took
// longer than predicted). A render predicted to take longer than
// [Options.MaxTime] ([DefaultMaxTime] unless set) is refused with
// [ErrTooSlow], naming the layouts and drawings that would fit; with
// [LayoutAuto] the first of dot, neato, twopi and circo that fits is
// chosen. A render in its own process that runs past MaxTime is stopped
// with [ErrTooSlow]. The size limits ([DefaultMaxActors],
// [DefaultMaxRelations]) apply too.
//
// [DOT] costs O(actors + relations + evidence) time and memory. Measured
// on a shared 2-core machine, generated graphs of 2.5 relations per actor
// (BenchmarkSVG, -benchtime=1x), in seconds, embedded / native:
//
//	actors                      20            200           1000
//	auto (dot, then neato)      0.014 / 0.018 0.07 / 0.08   0.76 / 0.53
//	dot, every relation         0.012 / 0.017 0.31 / 0.23   38 / 37
//
// On random graphs with hubs (a tenth of the actors are states everyone
// relates to) dot takes 1.3 s for 150 actors and 9 s for 300 embedded, and
// neato with straight lines 1.5 s for 300 and 7 s for 600. go-graphviz
// keeps about 190 KB of the process's memory per embedded render of a
// 15-actor graph (24 KB for two nodes) and never gives it back; once it has
// kept an estimated 1 GiB, the in-process engine stops
// (render/embedded.ErrSpent) and the renders go on in child processes. A
// long-running service drawing many graphs should use the native engine,
// or the embedded one in child processes from the start (leave
// render/embedded out).
package render
