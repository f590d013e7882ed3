package report_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/diplograph/diplograph/report"
	"github.com/diplograph/diplograph/report/table"
)

// A report built step by step and written as Markdown: user text is
// escaped, tables become pipe tables.
func Example() {
	t, err := table.New("Relations by kind",
		table.Column{Name: "Kind"},
		table.Column{Name: "Relations", Type: table.IntegerType})
	if err != nil {
		fmt.Println(err)
		return
	}
	t.AddRow("condemned", 3)
	t.AddRow("sanctions", 2)

	r := report.New("Ukraine crisis: who mattered")
	r.Heading(1, "Summary")
	r.Text("Kiev and the West condemned the vote as *illegal*.")
	r.Markdown("Source: [BBC News](https://www.bbc.com/news/world-europe-26799324), **29 March 2014**.")
	r.Table(t)
	r.Code("go", `r.WriteFile("report.html")`)

	dir, err := os.MkdirTemp("", "report")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := r.WriteFile(filepath.Join(dir, "crisis.md")); err != nil {
		fmt.Println(err)
		return
	}
	md, err := os.ReadFile(filepath.Join(dir, "crisis.md"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(md))
	// Output:
	// <!-- diplograph report -->
	//
	// # Ukraine crisis: who mattered
	//
	// ## Summary
	//
	// Kiev and the West condemned the vote as \*illegal\*.
	//
	// Source: [BBC News](https://www.bbc.com/news/world-europe-26799324), **29 March 2014**.
	//
	// **Relations by kind**
	//
	// | Kind | Relations |
	// | --- | ---: |
	// | condemned | 3 |
	// | sanctions | 2 |
	//
	// ```go
	// r.WriteFile("report.html")
	// ```
}
