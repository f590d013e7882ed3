package graph

import (
	"fmt"
	"runtime"
	"strconv"
	"testing"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

// BenchmarkRelationMemory builds 200,000 relations shaped as an ingested
// GDELT event's (an ID, one citation with a note, ten attributes, of which
// an event ID and a tone are unique) and reports the live heap they hold
// per relation once built (B/relation): the builder's columns, shared by
// the graph.
func BenchmarkRelationMemory(b *testing.B) {
	const n = 200_000
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		bl := NewBuilder()
		for i := range 100 {
			bl.Add(actors.Actor{ID: fmt.Sprint("a", i), Name: "A"})
			bl.AddSource(Source{ID: fmt.Sprint("s", i)})
		}
		attrs := map[string]string{}
		for i := range n {
			id := strconv.Itoa(1_000_000 + i)
			clear(attrs)
			attrs["dataset"] = "gdelt2"
			attrs["cameo"] = []string{"010", "036", "042", "043", "051"}[i%5]
			attrs["goldstein"] = []string{"0", "4", "2.8", "1.9", "3.4"}[i%5]
			attrs["date_added"] = "2018-01-01T00:00:00Z"
			attrs["gdelt.event_id"] = id
			attrs["gdelt.num_mentions"] = strconv.Itoa(i % 20)
			attrs["gdelt.num_sources"] = strconv.Itoa(i % 4)
			attrs["gdelt.num_articles"] = strconv.Itoa(i % 20)
			attrs["gdelt.avg_tone"] = strconv.FormatFloat(float64(i%100000)/1e4-5, 'f', -1, 64)
			attrs["gdelt.is_root"] = strconv.Itoa(i % 2)
			r := NewRelation(fmt.Sprint("a", i%100), fmt.Sprint("a", (i*7+1)%100), Met).On(date.MustParse("2018-01-01")).
				Cite(fmt.Sprint("s", i%100), "")
			r.Evidence[0].Note = "GDELT event " + id
			r.ID = "gdelt-" + id
			r.Attrs = attrs
			bl.AddRelation(r)
		}
		g, err := bl.Build()
		if err != nil {
			b.Fatal(err)
		}
		bl = nil
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "B/relation")
		runtime.KeepAlive(g)
	}
}
