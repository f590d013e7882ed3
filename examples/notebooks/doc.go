// Package notebooks holds the narrative analyses of diplograph as runnable
// Markdown notebooks: each *.md file here is prose with ```go blocks that
// run in order as one program (see package
// github.com/diplograph/diplograph/report/notebook). Run one with
//
//	go run ./cmd/diplograph notebook examples/notebooks/ukraine2014.md -o out
//
// which writes out/ukraine2014.html and out/ukraine2014.md, each block's
// output beneath it. The tests of this package run every notebook here, so
// a notebook that no longer compiles or runs, or whose results change,
// fails them: the documentation cannot go stale.
//
//   - ukraine2014.md: the BBC's 29 March 2014 article as a graph: what
//     relations it reports, phone diplomacy, hostile relations, who is
//     central, and how Klitschko connects to Obama.
package notebooks
