package wire

import (
	"bytes"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		rec  []byte
		kind string
		args []string
	}{
		{Encode("T", KindTable, []byte("<table/>"), []byte("| a |\n")), KindTable, []string{"<table/>", "| a |\n"}},
		{Encode("T", KindFigure, []byte("<svg/>")), KindFigure, []string{"<svg/>"}},
		{Encode("T", KindFigure, nil), KindFigure, []string{""}},
		{Encode("T", KindEnd), KindEnd, nil},
		{EncodeBlock("T", 12), KindBlock, nil},
	} {
		body, ok := bytes.CutPrefix(tt.rec, []byte(Mark+"T"))
		if !ok || bytes.Count(body, []byte("\n")) != 1 || !bytes.HasSuffix(body, []byte("\n")) {
			t.Fatalf("record %q", tt.rec)
		}
		r, ok := Decode(strings.TrimSuffix(string(body), "\n"))
		if !ok || r.Kind != tt.kind || len(r.Args) != len(tt.args) {
			t.Fatalf("%q decodes to %+v, %v", tt.rec, r, ok)
		}
		for i, a := range tt.args {
			if string(r.Args[i]) != a {
				t.Errorf("%q: argument %d is %q", tt.rec, i, r.Args[i])
			}
		}
		if tt.kind == KindBlock && r.Block != 12 {
			t.Errorf("block %d", r.Block)
		}
	}
	for _, bad := range []string{"", " ", " block", " block 0", " block x", " block 1 2", " end x", " table AA==", " figure !!", " figure", " what"} {
		if r, ok := Decode(bad); ok {
			t.Errorf("%q decodes to %+v", bad, r)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(" block 1")
	f.Add(" table PHQ+ fA==")
	f.Fuzz(func(t *testing.T, body string) {
		r, ok := Decode(body)
		if !ok {
			return
		}
		// What decodes encodes back to the same record.
		var again []byte
		switch r.Kind {
		case KindBlock:
			again = EncodeBlock("", r.Block)
		default:
			again = Encode("", r.Kind, r.Args...)
		}
		if r2, ok := Decode(strings.TrimSuffix(strings.TrimPrefix(string(again), Mark), "\n")); !ok || r2.Kind != r.Kind || r2.Block != r.Block || len(r2.Args) != len(r.Args) {
			t.Fatalf("%q -> %+v -> %q -> %+v", body, r, again, r2)
		}
	})
}
