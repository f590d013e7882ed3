package actors

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// countries.tsv is GDELT's CAMEO country table (CODE<TAB>LABEL, one header
// row), from aamend/spark-gdelt, Apache-2.0; see NOTICE.
//
//go:embed countries.tsv
var countryTable string

// iso3Additions are ISO 3166-1 alpha-3 codes that the CAMEO table predates.
var iso3Additions = map[string]string{
	"SSD": "South Sudan", // ISO 3166-1 since 2011
}

var countries = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 300)
	for i, line := range strings.Split(countryTable, "\n") {
		code, name, ok := strings.Cut(strings.TrimRight(line, "\r"), "\t")
		if i == 0 || !ok {
			continue // header
		}
		m[code] = name
	}
	for code, name := range iso3Additions {
		m[code] = name
	}
	return m
})

// Country returns the name of a CAMEO or ISO 3166-1 alpha-3 country or region
// code ("RUS" -> "Russia", "EUR" -> "Europe", "WST" -> "The West"). Codes
// are upper case; ok is false for an unknown code.
func Country(code string) (name string, ok bool) {
	name, ok = countries()[code]
	return name, ok
}

// CountryCodes returns every known code in sorted order.
func CountryCodes() []string {
	m := countries()
	codes := make([]string, 0, len(m))
	for c := range m {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}
