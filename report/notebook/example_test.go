package notebook_test

import (
	"fmt"

	"github.com/diplograph/diplograph/report/notebook"
)

func ExampleParse() {
	src := "# Counting\n" +
		"\n" +
		"```go\n" +
		"import \"fmt\"\n" +
		"\n" +
		"n := 3\n" +
		"fmt.Println(n)\n" +
		"```\n" +
		"\n" +
		"Not run:\n" +
		"\n" +
		"```go norun\n" +
		"n = 0\n" +
		"```\n" +
		"\n" +
		"```go\n" +
		"func double(x int) int { return 2 * x }\n" +
		"\n" +
		"show(double(n))\n" +
		"```\n"
	nb, err := notebook.Parse("counting.md", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range nb.Cells {
		if c.IsCode() {
			fmt.Printf("line %d: block %d, %q\n", c.Line, c.Block, c.Code)
		} else {
			fmt.Printf("line %d: prose, %d bytes\n", c.Line, len(c.Markdown))
		}
	}

	// A block that is not Go fails with its block and line.
	_, err = notebook.Parse("bad.md", []byte("Intro\n\n```go\nx := (1\n```\n"))
	fmt.Println(err)
	// Output:
	// line 1: prose, 12 bytes
	// line 4: block 1, "import \"fmt\"\n\nn := 3\nfmt.Println(n)\n"
	// line 9: prose, 34 bytes
	// line 17: block 2, "func double(x int) int { return 2 * x }\n\nshow(double(n))\n"
	// bad.md:4: block 1: expected ')', found newline
}
