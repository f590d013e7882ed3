// Package sample embeds small real CAMEO-coded event files, for examples,
// tests and first experiments with package events: a complete 15-minute
// GDELT 2.0 export, GDELT 1.0 and 2.0 samples with matching mentions, and
// two days of ICEWS. See SOURCE.md for where each comes from and its
// license.
//
// # Files
//
//   - [GDELT2Export]: 20180101000000.export.CSV.gz, 2,414 GDELT 2.0 events
//     added 2018-01-01 00:00 UTC (gzip).
//   - [GDELT2Events] and [GDELT2Mentions]: spark-gdelt.events.csv and
//     spark-gdelt.mentions.csv, 100 GDELT 2.0 events and 100 mentions of
//     them.
//   - [GDELT1Events]: spark-gdelt.events1.csv, 100 GDELT 1.0 events, 57 and
//     58 columns mixed.
//   - [ICEWS]: events.2018.sample.tab.gz, 3,705 ICEWS events of 1-2 June
//     2018 (gzip).
//
// Read them with events.OpenFS(sample.FS, sample.GDELT2Export, ...).
package sample
