// Package report builds analysis reports step by step, like a notebook,
// and writes them as one self-contained HTML page or as Markdown with its
// figures beside it.
//
//	r := report.New("Ukraine crisis: who mattered")
//	r.Heading(1, "Who mattered")
//	r.Markdown("PageRank on the **hostile** relations of March 2014.")
//	r.Table(t)                                   // a *table.Table
//	r.Diagram("hostile", svg, view, "Hostile relations, March 2014.")
//	r.Timeline(view)
//	r.Evidence(view)
//	err := r.WriteFile("report.html")            // or "report.md"
//
// # Blocks
//
// A report is a title and blocks, in the order added: headings (which make
// the table of contents), plain text, Markdown prose, tables (package
// report/table), figures from SVG bytes (charts, drawings of package
// render), interactive diagrams, an evidence index (every relation with
// its quotes, sources, dates and links), a timeline of the dated
// relations by month, and code with its output. The methods that add
// blocks never fail on the spot; problems are recorded with the block's
// number and returned by Report.Err and by the writers, which then write
// nothing.
//
// # The HTML page
//
// Report.WriteHTML writes one file that needs nothing else: styles and the
// small script of the diagrams are inline, figures are inline SVG, fonts
// are the reader's system fonts, and a Content-Security-Policy forbids the
// page to load anything or to run any script but its own. The page reads
// the same without script and on paper: a diagram's evidence panel then
// lists every relation. The style is sober and print-friendly: dark text
// on white, a measure of about 60rem, tables with zebra rows, figures
// scaled to the width.
//
// # Markdown
//
// Report.WriteMarkdown writes NAME.md and one NAME-<figure>.svg per
// figure beside it, shown by relative path, for GitHub or any Markdown
// viewer. Report.WriteFile chooses HTML or Markdown by the extension.
//
// # Safety
//
// Names, quotes, titles, addresses and notes come from data files that
// anyone may have written; the report treats every string as text. In
// HTML everything is escaped; only http and https addresses become links,
// with rel="noopener noreferrer"; the diagrams' data sits in a JSON block
// with '<' escaped and the script writes it with textContent. In Markdown
// every string is escaped. Markdown prose is rendered without raw HTML and
// with unsafe links made text, in both outputs. SVG figures are checked
// to be well-formed XML and cleaned of script, handlers, foreign content
// and outside references, even when they come from our own packages.
//
// # Conventions
//
// Output is deterministic: the same steps write the same bytes (no
// timestamps unless Report.Date is set; a fixed Generator line). Files are
// written through a temporary file, so a failed write never truncates a
// good report. Errors wrap the package's Err values inside an *Error that
// names the block. The package prints nothing.
package report
