// Package notebooks holds the narrative analyses of diplograph: three
// stories told twice, as programs that write a report a journalist could
// publish, and as Markdown notebooks that show their code step by step.
//
// # The narratives
//
//   - who-mattered: who mattered in the BBC's article "Ukraine crisis:
//     Russia vows no invasion" (29 March 2014), and why degree, PageRank
//     and betweenness disagree about it: brokers, actors that draw
//     attention, actors that act more than they are acted upon; how
//     Klitschko connects to Obama, quote by quote; the communities; the
//     whole graph.
//   - phones-vs-sanctions: the presidents and their foreign ministers
//     phone each other while their states trade threats and sanctions.
//     The calls beside the hostile relations, folded to states; signed
//     balance and its unbalanced triangle; two blocs and the calls that
//     strain them; what changed around 18 March 2014 and what the
//     article, which dates most of March only to the month, cannot say
//     about it; relations by month.
//   - event-data: relations among Russia, Ukraine and the United States in
//     the real ICEWS and GDELT samples of package events/sample, by pair
//     and month, with the caveat that ICEWS codes symmetric events twice,
//     and PageRank month by month.
//
// # Running them
//
// From the root of the repository, each program writes report.html (one
// self-contained page), report.md and its figures (report-*.svg) into the
// folder given with -out (default ./out), printing its tables as it goes:
//
//	go run ./examples/notebooks/who-mattered -out out/who-mattered
//	go run ./examples/notebooks/phones-vs-sanctions -out out/phones-vs-sanctions
//	go run ./examples/notebooks/event-data -out out/event-data
//
// Each notebook runs its ```go blocks as one program and writes NAME.html
// and NAME.md with every block's output, tables and figures beneath it:
//
//	go run ./cmd/diplograph notebook examples/notebooks/who-mattered.md -o out
//	go run ./cmd/diplograph notebook examples/notebooks/phones-vs-sanctions.md -o out
//	go run ./cmd/diplograph notebook examples/notebooks/event-data.md -o out
//	go run ./cmd/diplograph notebook examples/notebooks/ukraine2014.md -o out
//
// ukraine2014.md is the shortest tour of the article: its relations by
// kind, the phone calls, the hostile relations, who is central and how
// Klitschko connects to Obama.
//
// The first two programs read examples/ukraine2014/ukraine2014.yaml (and
// phones-vs-sanctions examples/crimea2014-un/crimea2014-un.yaml) relative
// to the current folder; give other files with -scenario and -un.
// event-data reads the samples embedded in the program and runs anywhere.
//
// # Documentation that cannot go stale
//
// The tests of this package run every notebook here and check what it
// printed and showed against the facts its prose states; the tests of each
// program check its report the same way, and run it on small scenarios of
// their own where the story must come out differently. Every sentence of a
// report that states a result is computed from the results, so a change in
// the data or the library changes the report, or fails a test.
package notebooks
