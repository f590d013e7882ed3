package pushdown

import (
	"strings"

	"github.com/diplograph/diplograph/events"
)

// gdeltColumns returns the columns of a GDELT events file with the types
// DuckDB reads them as: the codes stay strings ("010" is not 10), the
// numbers a query uses are numbers. GDELT 2.0 has 61 columns; 1.0 has no
// ADM2 codes (58, and 57 in backfiles, without SOURCEURL).
func gdeltColumns(d events.Dataset) [][2]string {
	cols := [][2]string{{"GLOBALEVENTID", "BIGINT"}, {"SQLDATE", "INTEGER"}, {"MonthYear", "INTEGER"}, {"Year", "INTEGER"}, {"FractionDate", "DOUBLE"}}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			cols = append(cols, [2]string{a + f, "VARCHAR"})
		}
	}
	cols = append(cols, [][2]string{{"IsRootEvent", "INTEGER"}, {"EventCode", "VARCHAR"}, {"EventBaseCode", "VARCHAR"},
		{"EventRootCode", "VARCHAR"}, {"QuadClass", "INTEGER"}, {"GoldsteinScale", "DOUBLE"}, {"NumMentions", "BIGINT"},
		{"NumSources", "BIGINT"}, {"NumArticles", "BIGINT"}, {"AvgTone", "DOUBLE"}}...)
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, f := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			if f == "ADM2Code" && d == events.GDELT1 {
				continue
			}
			cols = append(cols, [2]string{g + f, "VARCHAR"})
		}
	}
	return append(cols, [2]string{"DATEADDED", "BIGINT"}, [2]string{"SOURCEURL", "VARCHAR"})
}

// columnTypes writes the columns as read_csv's columns struct.
func columnTypes(d events.Dataset) string {
	var b strings.Builder
	for i, c := range gdeltColumns(d) {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("'" + c[0] + "': '" + c[1] + "'")
	}
	return b.String()
}
