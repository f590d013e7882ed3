package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	for _, c := range []struct {
		name, layout, dot string
		want              string // in the SVG, or in the error if fail
		fail              bool
	}{
		{"dot", "dot", "digraph { kerry -> lavrov }", "lavrov", false},
		{"neato", "neato", "graph { a -- b -- c }", "<svg", false},
		{"auto is render's", "auto", "digraph { a -> b }", "unknown layout", true},
		{"unknown layout", "spring", "digraph { a -> b }", "unknown layout", true},
		{"bad DOT", "dot", "digraph { a -> }", "parsing DOT", true},
		{"empty", "dot", "", "parsing DOT", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(strings.NewReader(c.dot), &out, c.layout)
			if c.fail {
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Errorf("error %v, want one saying %q", err, c.want)
				}
				if out.Len() != 0 {
					t.Errorf("wrote %d bytes on failure", out.Len())
				}
				return
			}
			if err != nil || !strings.Contains(out.String(), c.want) || !strings.Contains(out.String(), "</svg>") {
				t.Errorf("error %v; output %.200s", err, out.String())
			}
		})
	}
}
