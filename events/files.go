package events

import (
	"context"
	"errors"

	"github.com/diplograph/diplograph/graph"
)

// IngestFiles reads the named files (plain, gzip or zip, each of the
// dataset its first line says unless o.Dataset forces one) into one graph,
// with every field of o: event files first, in the order given, then GDELT
// 2.0 mentions files, so that mentions find their events (o.IndexEvents is
// set when there are mentions). Each file is named by its base name in
// errors and in the report. It returns the graph and the report, or the
// first error: bad options (ErrConfig), a file that cannot be opened or
// whose dataset cannot be told (ErrFormat), a read error, a bad row when
// o.Strict, ctx done.
//
// Each file is opened twice, once to tell its dataset and once to read it,
// so that only one is open at a time, whatever the number of files.
func IngestFiles(ctx context.Context, paths []string, o Options) (*graph.Graph, Report, error) {
	if _, _, err := o.validate(); err != nil {
		return nil, Report{}, err
	}
	o.Name = ""
	var events, mentions []string
	for _, p := range paths {
		d, err := datasetOf(p, o)
		if err != nil {
			return nil, Report{}, err
		}
		if d == GDELT2Mentions {
			mentions = append(mentions, p)
		} else {
			events = append(events, p)
		}
	}
	if len(mentions) > 0 {
		o.IndexEvents = true
	}
	in, err := NewIngester(o)
	if err != nil {
		return nil, Report{}, err
	}
	for _, p := range append(events, mentions...) {
		r, err := Open(p, o)
		if err != nil {
			return nil, in.Report(), err
		}
		err = in.Read(ctx, r)
		if cerr := r.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, in.Report(), err
		}
	}
	rep := in.Report()
	g, err := in.graph(true)
	return g, rep, err
}

// datasetOf opens the file at path to read its dataset, and closes it.
func datasetOf(path string, o Options) (Dataset, error) {
	r, err := Open(path, o)
	if err != nil {
		return Auto, err
	}
	d, err := r.Dataset()
	return d, errors.Join(err, r.Close())
}
