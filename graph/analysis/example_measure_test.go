package analysis_test

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph/analysis"
)

// A measure read by name, as a command-line flag or a report would, with
// the line that describes it.
func ExampleParseMeasure() {
	m, err := analysis.ParseMeasure("Betweenness")
	fmt.Println(m, err)
	fmt.Println(m.Description())
	hits, _ := analysis.ParseMeasure("hits")
	fmt.Println(hits)
	_, err = analysis.ParseMeasure("fame")
	fmt.Println(err)
	// Output:
	// betweenness <nil>
	// the share of shortest paths between two other actors that pass through the actor
	// hubs
	// analysis: bad option: measure "fame" (want pagerank, degree, indegree, outdegree, betweenness, closeness, harmonic, eigenvector, katz, hubs, authorities, core or reciprocity)
}

// A table of actors by several measures, each computed by name with the
// same options: competition ranks share places between ties, and actors
// without relations are listed apart rather than ranked.
func ExampleCompute() {
	p := analysis.Project(ukraine(), analysis.ProjectOptions{})
	isolates := analysis.Isolates(p)
	fmt.Println("without relations:", isolates)
	for _, m := range []analysis.Measure{analysis.MeasureDegree, analysis.MeasureBetweenness, analysis.MeasureCore} {
		scores, err := analysis.Compute(context.Background(), p, m, analysis.MeasureOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		ranked := slices.DeleteFunc(scores, func(s analysis.Score) bool { return slices.Contains(isolates, s.ID) })
		ranks := analysis.Ranks(ranked)
		var row []string
		for _, i := range []int{0, 1, 2, len(ranked) - 1} {
			row = append(row, fmt.Sprintf("%d %s %.3g", ranks[i], ranked[i].ID, ranked[i].Score))
		}
		fmt.Printf("%-12s %s\n", m, strings.Join(row, ", "))
	}
	// Output:
	// without relations: [NATO global-community]
	// degree       1 USA 0.406, 2 RUS 0.375, 3 UKR 0.281, 19 white-house 0.0312
	// betweenness  1 USA 0.0912, 2 UKR 0.0691, 3 RUS 0.0413, 12 white-house 0
	// core         1 RUS 3, 1 UKR 3, 1 USA 3, 18 white-house 1
}
