package sample

import "embed"

// FS holds the sample files at its root.
//
//go:embed *.csv *.gz SOURCE.md
var FS embed.FS

// Names of the files in FS.
const (
	GDELT2Export   = "20180101000000.export.CSV.gz"
	GDELT2Events   = "spark-gdelt.events.csv"
	GDELT2Mentions = "spark-gdelt.mentions.csv"
	GDELT1Events   = "spark-gdelt.events1.csv"
	ICEWS          = "events.2018.sample.tab.gz"
)
