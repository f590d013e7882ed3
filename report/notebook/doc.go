// Package notebook runs Markdown notebooks: a Markdown file whose ```go
// blocks run in order as one Go program, written out again with what each
// block printed, and the tables and figures it showed, right beneath it.
//
//	res, err := notebook.Run(ctx, "examples/notebooks/ukraine2014.md", notebook.Options{})
//	if err != nil {
//		return err // "ukraine2014.md:42: block 3: undefined: g", errors.As to *BlockError
//	}
//	err = res.WriteMarkdown("out", "ukraine2014") // out/ukraine2014.md, out/ukraine2014-1.svg, ...
//	err = atomicfile.Write("out/ukraine2014.html", 0o644, res.WriteHTML)
//
// The command "diplograph notebook FILE.md -o DIR" does this.
//
// # The format
//
// A notebook is ordinary Markdown. Fenced code blocks whose info string is
// exactly "go" run; every other fenced block (```sh, ```text, ```go norun)
// is prose, shown and not run. A block runs when its fence stands at the
// top level (indented at most three spaces, as CommonMark has it); a fence
// that is never closed runs to the end of the file.
//
//	# Phone calls
//
//	```go
//	import "github.com/diplograph/diplograph/scenario"
//
//	g, err := scenario.Load("../ukraine2014/ukraine2014.yaml")
//	if err != nil {
//		panic(err)
//	}
//	```
//
//	Who called whom:
//
//	```go
//	import "fmt"
//
//	func describe(n int) string { return fmt.Sprint(n, " relations") }
//
//	fmt.Println(describe(g.NumRelations()))
//	```
//
// The blocks make one program:
//
//   - Imports: import declarations anywhere at a block's top level are
//     gathered for the whole program, each path and name once. Binding one
//     name to two packages (two aliases, or two standard packages of one
//     name) is an error naming both blocks. A gathered import that no code
//     uses is dropped, so leftovers do not fail the build.
//   - Declarations: func, method, type and const declarations are hoisted
//     to file scope, where every block sees them, whatever their order.
//   - Statements: everything else, var declarations included, becomes the
//     body of main, block after block, so the variables of one block are
//     those of the next and run in the order written. A variable is
//     declared once (:= or var); later blocks assign it with =. Variables
//     declared at a block's top level never fail with "declared and not
//     used". A hoisted function sees constants, types, other functions and
//     imports, not the notebook's variables: pass them as arguments.
//   - Output: what a block writes to standard output and standard error
//     appears beneath it, in the order written. show(v) (a shorthand the
//     program defines unless the notebook declares its own show or imports
//     package show, whose show.Show it calls) puts a table, a figure or a
//     value there: see package
//     github.com/diplograph/diplograph/report/notebook/show. What init
//     functions print appears under the first block.
//
// # Running
//
// Run finds the Go module that holds the notebook (the nearest go.mod at
// or above its folder; ErrNoModule if none), writes the program to a
// temporary folder inside it, <module>/.notebook-NNNN/main.go (a
// dot-folder, which ./... patterns skip), builds it with "go build" and
// runs it with the notebook's folder as working directory, so that
// relative paths in the notebook are relative to the Markdown file. The
// environment passes through. The temporary folder is removed afterwards,
// whatever happened. The notebook's imports resolve in that module: in
// diplograph itself, or in a module that requires
// github.com/diplograph/diplograph (which the program's runtime, package
// show, belongs to).
//
// Building and running are two steps rather than one "go run", so that a
// compile error and a failing program are told apart for sure, and the
// program's exit status is its own.
//
// A context that is done, or Options.Timeout passing, kills the build or
// the program with everything it started (its whole process group).
//
// # Errors
//
// The program carries //line directives, so the compiler's errors and the
// stack trace of a panic point at the Markdown file's lines. Run maps them
// to a *BlockError for the block and line: "FILE.md:LINE: block N: MSG",
// wrapping ErrCompile (a syntax, type or import error; one BlockError per
// compiler error, joined), ErrPanic (the panic's value and the innermost
// line of the notebook on the panicking goroutine's stack), ErrExit (a
// non-zero exit status, or status 0 before the last block finished), or
// the context's error (the block that was running). BlockError.Output holds
// what the block printed before it failed.
//
// # Outputs
//
// The program's runtime marks on standard output where each block begins
// and where each table and figure goes, with records that start with a
// control character and a random token drawn for each run, which no
// printed text can contain by accident. Run takes them apart into each
// code cell's Outputs: Text, Table and Figure.
//
// WriteMarkdown writes the notebook again with the outputs beneath their
// blocks (text in ```text fences that nothing printed can close, tables in
// Markdown, figures as NAME-N.svg files beside it); WriteHTML writes one
// self-contained page in which everything the notebook wrote is escaped or
// sanitised.
//
// # Conventions
//
// Options is passed by value and its zero value means the defaults. Errors
// wrap the package's sentinels (errors.Is) and say where (*BlockError).
// Files are written through internal/atomicfile: whole, or not at all. The
// package prints nothing. The same notebook gives byte-identical files as
// long as its code is deterministic: records carry no time, paths or
// tokens into the output.
package notebook
