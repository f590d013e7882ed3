package xmlout

import (
	"bytes"
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph/encoding"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"plain", "plain", nil},
		{`<a href="x">&'`, "&lt;a href=&#34;x&#34;&gt;&amp;&#39;", nil},
		{"tab\tnl\ncr\r", "tab&#x9;nl&#xA;cr&#xD;", nil},
		{"“curly” 日本 \U0001F600 \u0085 \uE000 \uFFFD", "“curly” 日本 \U0001F600 \u0085 \uE000 \uFFFD", nil},
		{"bell\x07", "", encoding.ErrNotXML},
		{"nul\x00", "", encoding.ErrNotXML},
		{"\uFFFE", "", encoding.ErrNotXML},
		{"\uFFFF", "", encoding.ErrNotXML},
		{"bad\xffutf8", "", encoding.ErrNotUTF8},
	}
	for _, tt := range tests {
		got, err := Escape(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("Escape(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		// What a reader sees is the text escaped.
		var back struct {
			Text string `xml:",chardata"`
			Attr string `xml:"a,attr"`
		}
		if err := xml.Unmarshal([]byte(`<x a="`+got+`">`+got+`</x>`), &back); err != nil || back.Text != tt.in || back.Attr != tt.in {
			t.Errorf("%q read back as %q and %q: %v", tt.in, back.Text, back.Attr, err)
		}
	}
}

func TestWriter(t *testing.T) {
	var w Writer
	w.Raw("<a>")
	w.Text("x & y", "node \"a\"", "name")
	w.Raw("</a>")
	var out bytes.Buffer
	if err := w.Finish(&out); err != nil || out.String() != "<a>x &amp; y</a>" {
		t.Errorf("Finish = %q, %v", out.String(), err)
	}

	var bad Writer
	bad.Text("first\x01", "node \"a\"", "name")
	bad.Text("second\x02", "node \"b\"", "note")
	out.Reset()
	err := bad.Finish(&out)
	var ee *encoding.Error
	if !errors.Is(err, encoding.ErrNotXML) || !errors.As(err, &ee) || ee.Item != `node "a"` || ee.Key != "name" || !strings.Contains(err.Error(), "U+0001") {
		t.Errorf("Finish = %v, want the first problem", err)
	}
	if out.Len() > 0 {
		t.Errorf("a failed Finish wrote %q", out.String())
	}
}
