package events

import (
	"strings"
	"sync"

	"github.com/diplograph/diplograph/actors"
)

// countryAliases maps country names that ICEWS (and ISO 3166) write
// differently from the CAMEO country table to CAMEO codes. The CAMEO table's
// own names ("Russia", "Ivory Coast", "Columbia") are known too.
var countryAliases = map[string]string{
	"Russian Federation": "RUS",
	"Colombia":           "COL",
	"the former Yugoslav Republic of Macedonia": "MKD",
	"North Macedonia":                        "MKD",
	"Holy See":                               "VAT",
	"Cote d'Ivoire":                          "CIV",
	"Côte d'Ivoire":                          "CIV",
	"South Sudan":                            "SSD",
	"Democratic Republic of Congo":           "COD",
	"Democratic Republic of the Congo":       "COD",
	"Congo, The Democratic Republic of the":  "COD",
	"Congo":                                  "COG",
	"Republic of Congo":                      "COG",
	"Moldova, Republic of":                   "MDA",
	"Timor-Leste":                            "TMP",
	"Iran, Islamic Republic of":              "IRN",
	"Korea, Republic of":                     "KOR",
	"Korea, Democratic People's Republic of": "PRK",
	"Syrian Arab Republic":                   "SYR",
	"Tanzania, United Republic of":           "TZA",
	"United Republic of Tanzania":            "TZA",
	"Viet Nam":                               "VNM",
	"Lao People's Democratic Republic":       "LAO",
	"Libyan Arab Jamahiriya":                 "LBY",
	"Venezuela, Bolivarian Republic of":      "VEN",
	"Bolivia, Plurinational State of":        "BOL",
	"Micronesia, Federated States of":        "FSM",
	"Palestinian Territory, Occupied":        "PSE",
	"Occupied Palestinian Territory":         "PSE",
	"Palestine":                              "PSE",
	"Taiwan, Province of China":              "TWN",
	"Brunei Darussalam":                      "BRN",
	"Burma":                                  "MMR",
	"Cabo Verde":                             "CPV",
	"Czechia":                                "CZE",
	"Eswatini":                               "SWZ",
	"Swaziland":                              "SWZ",
	"Kyrgyz Republic":                        "KGZ",
	"Macao":                                  "MAC",
	"Macau":                                  "MAC",
	"Hong Kong":                              "HKG",
	"United Kingdom":                         "GBR",
	"United States":                          "USA",
	"United States of America":               "USA",
	"Gambia":                                 "GMB",
	"The Gambia":                             "GMB",
	"Bahamas":                                "BHS",
	"The Bahamas":                            "BHS",
	"Romania":                                "ROM",
	"Serbia":                                 "SRB",
	"Serbia and Montenegro":                  "SRB",
	"Montenegro":                             "MNE",
	"Saint Kitts and Nevis":                  "KNA",
	"Saint Lucia":                            "LCA",
	"Saint Vincent and the Grenadines":       "VCT",
	"Sao Tome and Principe":                  "STP",
	"Bosnia and Herzegovina":                 "BIH",
	"Trinidad and Tobago":                    "TTO",
	"Antigua and Barbuda":                    "ATG",
	"Papua New Guinea":                       "PNG",
	"Solomon Islands":                        "SLB",
	"Marshall Islands":                       "MHL",
	"Western Sahara":                         "ESH",
	"East Timor":                             "TMP",
}

// countryNames maps names as written and in lower case to codes.
var countryNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(name, code string) {
		m[name] = code
		m[strings.ToLower(name)] = code
	}
	for _, code := range actors.CountryCodes() {
		name, _ := actors.Country(code)
		add(name, code)
	}
	for name, code := range countryAliases {
		if _, ok := actors.Country(code); ok {
			add(name, code)
		}
	}
	return m
})

// CountryCode returns the CAMEO/ISO3 code of a country name as ICEWS or the
// CAMEO table writes it, case-insensitively: "Russian Federation" and
// "Russia" give "RUS". It returns "" and false for names it does not know.
func CountryCode(name string) (string, bool) {
	m := countryNames()
	if c, ok := m[name]; ok {
		return c, true
	}
	c, ok := m[strings.ToLower(name)]
	return c, ok
}

// countryCode is CountryCode for the reader: "" for an empty or unknown name.
func countryCode(name string) string {
	if name == "" {
		return ""
	}
	c, _ := CountryCode(name)
	return c
}
