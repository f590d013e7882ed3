package pushdown_test

import (
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/events"
	"github.com/diplograph/diplograph/events/pushdown"
)

// The query of a year of relations among three states, for BigQuery: its
// header, and the partitions it scans.
func ExampleQuery() {
	sql, err := pushdown.Query(events.Options{Actors: events.ActorsCountry, Aggregate: events.PerMonth,
		Countries: []string{"RUS", "UKR", "USA"}, From: date.MustParse("2014"), To: date.MustParse("2014")},
		pushdown.QueryOptions{Dialect: pushdown.BigQuery})
	if err != nil {
		panic(err)
	}
	lines := strings.Split(sql, "\n")
	fmt.Println(strings.Join(lines[:3], "\n"))
	for _, l := range lines {
		if strings.Contains(l, "_PARTITIONTIME") || strings.HasPrefix(strings.TrimSpace(l), "FROM `") {
			fmt.Println(strings.TrimSpace(l))
		}
	}
	// Output:
	// /* diplograph: bigquery relations of gdelt2 events per month, actors by country, as `diplograph ingest --aggregate month` makes them.
	//    Generated from the library's CAMEO mapping and actor rules (events/pushdown); read the result with
	//    `diplograph ingest --format aggregate FILE`. Selection: countries RUS,UKR,USA, from 2014, to 2014. */
	// FROM `gdelt-bq.gdeltv2.events_partitioned`
	// AND _PARTITIONTIME >= TIMESTAMP('2014-01-01')
	// AND _PARTITIONTIME < TIMESTAMP('2015-01-31')
}

// Reading a query's result, as `bq query --format=csv` writes it.
func ExampleDecoder() {
	file := strings.Join(pushdown.Columns, ",") + "\n" +
		`gdelt2,RUS,RUS,UKR,UKR,accused,month,2014-03-01,3,-6,-2,6,30,3,30,-4.5,3,0,0,2014-03-02,2014-03-28,20140328120000,112,0,` +
		`"[{""url"":""https://www.bbc.co.uk/news/x"",""added"":20140328120000,""event"":100,""as"":""event""}]"` + "\n"
	g, err := pushdown.NewDecoder(strings.NewReader(file)).Decode()
	if err != nil {
		panic(err)
	}
	for r := range g.Relations() {
		fmt.Printf("%s %s %s in %s: %d events, weight %g, cites %s\n", r.From, r.Kind, r.To, r.When, r.Count, r.Weight, r.Evidence[0].Source)
	}
	// Output:
	// RUS accused UKR in 2014-03: 3 events, weight 2, cites www.bbc.co.uk-d0f4f1920181cead
}
