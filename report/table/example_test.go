package table_test

import (
	"fmt"
	"os"

	"github.com/diplograph/diplograph/graph/analysis"
	"github.com/diplograph/diplograph/report/table"
)

// Actors builds the table of actors by measures: ranked by the first
// measure, ties sharing a rank, isolated actors listed but not ranked.
func Example() {
	pagerank := []analysis.Score{
		{ID: "putin", Name: "Vladimir Putin", Score: 0.2134},
		{ID: "obama", Name: "Barack Obama", Score: 0.1811},
		{ID: "kerry", Name: "John Kerry", Score: 0.0902},
		{ID: "lavrov", Name: "Sergei Lavrov", Score: 0.0902},
		{ID: "crimea", Name: "Crimea", Score: 0.0375},
	}
	degree := []analysis.Score{
		{ID: "putin", Score: 9}, {ID: "obama", Score: 7}, {ID: "kerry", Score: 3},
		{ID: "lavrov", Score: 5}, {ID: "crimea", Score: 0},
	}
	t, err := table.Actors("Who mattered, March 2014", []table.ScoreColumn{
		{Name: "PageRank", Scores: pagerank},
		{Name: "Degree", Scores: degree, Digits: 1},
	}, table.ActorsOptions{Isolated: []string{"crimea"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	t.Notes = []string{"PageRank with damping 0.85 on the count-weighted projection."}
	fmt.Print(t)
	// Output:
	// Who mattered, March 2014
	//
	// Rank  Actor           PageRank  Degree
	// ----  --------------  --------  ------
	//   1   Vladimir Putin     0.213       9
	//   2   Barack Obama       0.181       7
	//   3   John Kerry        0.0902       3
	//   3   Sergei Lavrov     0.0902       5
	//   –*  Crimea            0.0375       0
	//
	// * no relations in this view
	//
	// PageRank with damping 0.85 on the count-weighted projection.
}

// A table built by hand, sorted, cut to its top rows and written as
// Markdown.
func ExampleTable_WriteMarkdown() {
	t, err := table.New("Relations by kind",
		table.Column{Name: "Kind"},
		table.Column{Name: "Relations", Type: table.IntegerType},
		table.Column{Name: "Share", Type: table.NumberType, Digits: 1, Fixed: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range [][]any{{"phoned", 2, 4.9}, {"backs", 3, 7.3}, {"condemned|accused", 5, 12.2}, {"met", nil, nil}} {
		if err := t.AddRow(r...); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := t.Sort("Relations", table.SortOptions{Descending: true}); err != nil {
		fmt.Println(err)
		return
	}
	t.Top(3).WriteMarkdown(os.Stdout)
	// Output:
	// **Relations by kind**
	//
	// | Kind | Relations | Share |
	// | --- | ---: | ---: |
	// | condemned\|accused | 5 | 12.2 |
	// | backs | 3 | 7.3 |
	// | phoned | 2 | 4.9 |
}

// Competition ranking: tied values share a rank and the next rank skips.
func ExampleTable_Rank() {
	t, _ := table.New("", table.Column{Name: "Rank", Type: table.RankType}, table.Column{Name: "Actor"},
		table.Column{Name: "Score", Type: table.NumberType})
	t.AddRow(nil, "A", 0.5)
	t.AddRow(nil, "B", 0.3)
	t.AddRow(nil, "C", 0.1+0.2) // 0.30000000000000004: ties with B
	t.AddRow(table.Cell{Marker: "no relations in this view"}, "D", 0.9)
	t.AddRow(nil, "E", 0.2)
	if err := t.Rank("Rank", "Score", table.RankOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	t.Sort("Rank", table.SortOptions{})
	fmt.Print(t)
	// Output:
	// Rank  Actor  Score
	// ----  -----  -----
	//   1   A      0.500
	//   2   B      0.300
	//   2   C      0.300
	//   4   E      0.200
	//   –*  D      0.900
	//
	// * no relations in this view
}

// Changes tells how actors' ranks moved from one period to the next and
// which relations they gained or lost.
func ExampleChanges() {
	feb := table.Period{Label: "Feb",
		Scores: []analysis.Score{{ID: "putin", Name: "Putin", Score: 0.30}, {ID: "obama", Name: "Obama", Score: 0.20},
			{ID: "lavrov", Name: "Lavrov", Score: 0.25}},
		Links: map[string][]table.Link{"putin": {{ID: "r1", Label: "Putin met Lavrov"}}, "lavrov": {{ID: "r1", Label: "Putin met Lavrov"}}}}
	mar := table.Period{Label: "Mar",
		Scores: []analysis.Score{{ID: "putin", Score: 0.28}, {ID: "obama", Score: 0.31}, {ID: "lavrov", Score: 0.12}},
		Links: map[string][]table.Link{"putin": {{ID: "r1", Label: "Putin met Lavrov"}, {ID: "r2", Label: "Putin phoned Obama"}},
			"obama": {{ID: "r2", Label: "Putin phoned Obama"}}, "lavrov": {{ID: "r1", Label: "Putin met Lavrov"}}}}
	t, err := table.Changes("PageRank, February to March", feb, mar, table.ChangesOptions{Measure: "PageRank", Digits: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(t)
	// Output:
	// PageRank, February to March
	//
	// Actor   Rank Feb  Rank Mar  Moved  PageRank Feb  PageRank Mar  Gained  Lost  Relations gained and lost
	// ------  --------  --------  -----  ------------  ------------  ------  ----  ---------------------------
	// Obama          3         1     +2          0.20          0.31       1     0  gained: Putin phoned Obama.
	// Putin          1         2     -1          0.30          0.28       1     0  gained: Putin phoned Obama.
	// Lavrov         2         3     -1          0.25          0.12       0     0
}
