// Package sqlcheck verifies package events/pushdown on an embedded DuckDB:
// its tests run the generated DuckDB query on the bundled GDELT 1.0 and 2.0
// samples, read the result back with pushdown.Decoder, and check that it
// equals the streaming ingest relation for relation. It is a module of its
// own so that the library stays free of cgo and of DuckDB; CI runs it
// (.ci/run). The command in ./cmd/duckagg runs a query on files with the
// same engine, for measuring.
package sqlcheck
