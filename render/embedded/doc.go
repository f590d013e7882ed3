// Package embedded links the Graphviz built into github.com/goccy/go-graphviz
// (Graphviz 12.1.2 compiled to WebAssembly) into a program, for package
// render's [render.EngineEmbedded], the default engine for SVG:
//
//	import _ "github.com/diplograph/diplograph/render/embedded"
//
// Package render does not import go-graphviz itself, because go-graphviz
// compiles and instantiates its WebAssembly module in a package init: every
// start of every program that links it pays for that (measured 75-150 ms on
// two shared cores) whether it draws or not. A program that draws SVG imports
// this package and pays at start; a program that draws rarely, such as the
// diplograph command, leaves it out, and render then runs the embedded
// engine in a child process, the diplograph-graphviz command (see
// [render.EngineEmbedded]), which a cancelled context kills.
//
// Either way the SVG is the same, byte for byte.
package embedded

import "github.com/diplograph/diplograph/render/internal/engine"

func init() { engine.Embedded = SVG }
