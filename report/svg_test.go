package report

import (
	"errors"
	"strings"
	"testing"
)

func TestSanitizeSVG(t *testing.T) {
	const head = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">`
	wrap := func(s string) string { return head + s + `</svg>` }
	clean := func(s string) string {
		if s == "" {
			return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"/>`
		}
		return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">` + s + `</svg>`
	}
	tests := []struct {
		name, in, want string
		prefix         string
	}{
		{"shapes kept", wrap(`<g id="g1" class="x"><path d="M0,0" fill="#fff"/><text x="1">a &amp; &lt;b&gt;</text></g>`),
			clean(`<g id="g1" class="x"><path d="M0,0" fill="#fff"/><text x="1">a &amp; &lt;b&gt;</text></g>`), ""},
		{"prolog, doctype and comments dropped", `<?xml version="1.0"?><!DOCTYPE svg><!-- c -->` + wrap(`<!-- in --><g/>`),
			clean(`<g/>`), ""},
		{"script dropped", wrap(`<script>alert(1)</script><g/>`), clean(`<g/>`), ""},
		{"script in CDATA dropped", wrap(`<script><![CDATA[alert(1)]]></script>`), clean(``), ""},
		{"style element dropped", wrap(`<style>@import url(https://e/x.css);</style>`), clean(``), ""},
		{"foreignObject dropped with content", wrap(`<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><script>x</script></div></foreignObject>`),
			clean(``), ""},
		{"image dropped", wrap(`<image href="https://e/i.png"/>`), clean(``), ""},
		{"animation dropped", wrap(`<a><set attributeName="href" to="javascript:x"/><animate attributeName="href"/>t</a>`), clean(`<a>t</a>`), ""},
		{"other namespace dropped", wrap(`<x:y xmlns:x="http://e/ns"><g/></x:y><g x:z="1" xmlns:x="http://e/ns"/>`), clean(`<g/>`), ""},
		{"XHTML element dropped", wrap(`<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://e"/>`), clean(``), ""},
		{"handlers dropped", wrap(`<g onclick="x" ONLOAD="y" onmouseover="z" id="a"/>`), clean(`<g id="a"/>`), ""},
		{"root handler dropped", `<svg xmlns="http://www.w3.org/2000/svg" onload="x" width="1"/>`,
			`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1"/>`, ""},
		{"javascript link dropped", wrap(`<a xlink:href="javascript:x()" href="JavaScript:y"><g/></a>`), clean(`<a><g/></a>`), ""},
		{"web link kept", wrap(`<a xlink:href="https://example.com/a?b=1&amp;c=2" target="_blank"><g/></a>`),
			clean(`<a xlink:href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer"><g/></a>`), ""},
		{"other targets and rel dropped", wrap(`<a href="https://e.com" target="_top" rel="opener"/>`), clean(`<a href="https://e.com" rel="noopener noreferrer"/>`), ""},
		{"remote use dropped", wrap(`<use xlink:href="https://e/s.svg#x"/><use href="data:image/svg+xml,x"/>`), clean(`<use/><use/>`), ""},
		{"local references prefixed", wrap(`<defs><linearGradient id="g"/></defs><use href="#g"/><rect fill="url(#g)" style="stroke:URL( '#g' )"/>`),
			clean(`<defs><linearGradient id="p-g"/></defs><use href="#p-g"/><rect fill="url(#p-g)" style="stroke:url(#p-g)"/>`), "p-"},
		{"remote url() dropped", wrap(`<rect fill="url(https://e/x)" stroke="url(#ok)" clip-path="url( 'http://e' )"/>`),
			clean(`<rect stroke="url(#ok)"/>`), ""},
		{"odd url() dropped", wrap(`<rect fill="url(#a) url(" style="fill:u\rl(x)"/>`), clean(`<rect/>`), ""},
		{"dangerous styles dropped", wrap(`<rect style="behavior:url(#x)"/><rect style="x:expression(alert(1))"/><rect style="@import 'x'"/><rect style="fill:red"/>`),
			clean(`<rect/><rect/><rect/><rect style="fill:red"/>`), ""},
		{"attribute values escaped", wrap(`<g class="a&quot;b&lt;c" id="&apos;"/>`), clean(`<g class="a&#34;b&lt;c" id="&#39;"/>`), ""},
		{"xml attributes kept", wrap(`<text xml:space="preserve" xml:lang="en">a</text>`), clean(`<text xml:space="preserve" xml:lang="en">a</text>`), ""},
		{"svg without namespace", `<svg width="1"><g/></svg>`,
			`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1"><g/></svg>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := sanitizeSVG([]byte(tc.in), svgOptions{prefix: tc.prefix})
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
			checkSVGFile(t, got)
		})
	}
	bad := map[string]string{
		"empty":              "  \n",
		"not XML":            "<svg><g></svg>",
		"not closed":         "<svg>",
		"root not svg":       `<html xmlns="http://www.w3.org/1999/xhtml"/>`,
		"svg of another ns":  `<svg xmlns="http://e/ns"/>`,
		"two roots":          "<svg/><svg/>",
		"text outside":       "<svg/>trailing",
		"no element":         "<!-- only a comment -->",
		"undefined entity":   `<!DOCTYPE svg [<!ENTITY x "boom">]><svg>&x;</svg>`,
		"bad character data": "<svg>\x00</svg>",
	}
	for name, in := range bad {
		t.Run(name, func(t *testing.T) {
			if _, err := sanitizeSVG([]byte(in), svgOptions{}); !errors.Is(err, ErrBadSVG) {
				t.Errorf("got %v, want ErrBadSVG", err)
			}
		})
	}
}

// FuzzSanitizeSVG cleans arbitrary input: it either fails with ErrBadSVG
// or gives a figure file that checkSVGFile accepts, that an HTML parser
// reads without script or handlers, and that a second cleaning leaves as
// it is.
func FuzzSanitizeSVG(f *testing.F) {
	for _, s := range []string{
		`<svg xmlns="http://www.w3.org/2000/svg"><g id="a-x" class="node"><title>x</title></g></svg>`,
		`<svg><script>alert(1)</script><a href="javascript:x">t</a></svg>`,
		`<svg><rect style="fill:url(#a)" fill="url(http://e)"/></svg>`,
		`<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#a"/><a xlink:href="https://e"/></svg>`,
		`<svg><text>&lt;/svg&gt;&lt;script&gt;</text><title>]]&gt;</title></svg>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, err := sanitizeSVG([]byte(in), svgOptions{})
		if err != nil {
			if !errors.Is(err, ErrBadSVG) {
				t.Fatalf("error %v is not ErrBadSVG", err)
			}
			return
		}
		checkSVGFile(t, out)
		checkHTML(t, []byte("<!DOCTYPE html><html><body>"+string(out)+"</body></html>"), true)
		again, err := sanitizeSVG(out, svgOptions{})
		if err != nil || string(again) != string(out) {
			t.Fatalf("cleaning is not idempotent: %v\n%s\n%s", err, out, again)
		}
		if strings.Contains(string(out), "<!--") {
			t.Fatalf("a comment survived")
		}
	})
}
