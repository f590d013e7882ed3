package gexf

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/golden"
	"github.com/diplograph/diplograph/internal/graphtest"
)

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Marshal(&buf, graphtest.Rich()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "rich.gexf.golden", buf.Bytes())
	// Well-formed, with the spells the dates imply.
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	spells := map[string]string{}
	edge := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			attr := func(name string) string {
				for _, a := range se.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			switch se.Name.Local {
			case "edge":
				edge = attr("id")
			case "spell":
				spells[edge] = attr("start") + "/" + attr("end")
			}
		}
	}
	want2 := map[string]string{
		"call-1":                                "2014-03-28/2014-03-28",
		"RUS-annexed-crimea-2014-03":            "2014-03-01/2014-03-31",
		"klitschko-backs-poroshenko-2014-03-29": "2014-03-29/",
		"crimea-part-of-UKR-until-2014-03-17":   "/2014-03-17",
		"lavrov-interviewed-by-rossiya-1-2014":  "2014-01-01/2014-12-31",
	}
	for id, w := range want2 {
		if spells[id] != w {
			t.Errorf("spell of %s = %q, want %q", id, spells[id], w)
		}
	}
	if _, ok := spells["nato-fears-RUS"]; ok {
		t.Error("an undated relation got a spell")
	}
	if !strings.Contains(buf.String(), `mode="dynamic" timeformat="date"`) {
		t.Error("graph is not dynamic")
	}
}
