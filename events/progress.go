package events

import "time"

// Progress is a snapshot of an ingest under way, given to
// Options.Progress. Counts run over every input the [Ingester] has read,
// not only the current one.
type Progress struct {
	// File is the input being read: a file's base name, or
	// "archive.zip/member" for a file in a zip archive.
	File string
	// Rows is the number of data rows read so far.
	Rows int64
	// Bytes is the number of bytes read so far, uncompressed.
	Bytes int64
	// Events is the number of events that made or joined a relation.
	Events int64
	// Rejects is the number of bad rows.
	Rejects int64
	// Skips is the number of good rows left out.
	Skips int64
	// Elapsed is the time spent reading so far.
	Elapsed time.Duration
	// Done is set on the last call for an input, given to [Ingester.Read]
	// (one per file for [IngestFiles]): its counts are final.
	Done bool
}

// progressEvery is the least time between two progress reports of an
// Ingester, the final report of each input aside.
const progressEvery = 250 * time.Millisecond

// progressRows is how many rows go between two looks at the clock (and at
// the context).
const progressRows = 4096
