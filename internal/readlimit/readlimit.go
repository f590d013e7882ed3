// Package readlimit reads whole inputs up to a size limit, so that a
// reader pointed at /dev/zero or an endless pipe fails with a clear error
// instead of taking all memory.
package readlimit

import (
	"fmt"
	"io"
)

// Default is the size limit of the readers that read a whole document
// (scenario, node-link, GraphML) when none is set: 1 GiB, some twenty
// times the largest scenario measured to load in a minute.
const Default = 1 << 30

// ReadAll reads r to its end, or fails with an error wrapping tooLarge
// once it has read more than limit bytes: limit 0 means [Default], a
// negative limit none.
func ReadAll(r io.Reader, limit int64, tooLarge error) ([]byte, error) {
	switch {
	case limit == 0:
		limit = Default
	case limit < 0:
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %s", tooLarge, Size(limit))
	}
	return data, nil
}

// Size writes a byte count the way people read it: "1 GiB", "512 MiB",
// "1500 bytes".
func Size(n int64) string {
	for _, u := range []struct {
		shift uint
		name  string
	}{{30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return fmt.Sprintf("%d %s", n>>u.shift, u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}
