package sample_test

import (
	"fmt"
	"io/fs"

	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/events/sample"
)

func Example() {
	names, _ := fs.Glob(sample.FS, "*.*")
	for _, name := range names {
		if name == "SOURCE.md" {
			continue
		}
		r, err := events.OpenFS(sample.FS, name, events.Options{})
		if err != nil {
			fmt.Println(err)
			return
		}
		f, _ := r.Dataset()
		n := 0
		if f == events.GDELT2Mentions {
			for range r.Mentions() {
				n++
			}
		} else {
			for range r.Events() {
				n++
			}
		}
		r.Close()
		fmt.Printf("%-30s %-16s %5d rows\n", name, f, n)
	}
	// Output:
	// 20180101000000.export.CSV.gz   gdelt2            2414 rows
	// events.2018.sample.tab.gz      icews             3705 rows
	// spark-gdelt.events.csv         gdelt2             100 rows
	// spark-gdelt.events1.csv        gdelt1             100 rows
	// spark-gdelt.mentions.csv       gdelt2-mentions    100 rows
}
