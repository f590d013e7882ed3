package browsertest

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Selectors are CSS selectors, as for document.querySelector. A method
// that needs an element fails the test when none matches.

// js quotes s as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

// Eval evaluates a JavaScript expression in the page and decodes its value
// (JSON) into a T. An exception fails the test.
func Eval[T any](p *Page, expr string) T {
	p.t.Helper()
	return run(p, "evaluating "+short(expr), chromedp.Evaluate[T](expr))
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// helpers is JavaScript the queries share: describing an element for
// messages, and telling why it is not seen.
const helpers = `
var bt = {
  desc: function (e) {
    if (!e) { return "nothing"; }
    var s = "<" + e.tagName.toLowerCase();
    if (e.id) { s += " id=" + JSON.stringify(e.id); }
    var c = e.getAttribute && e.getAttribute("class");
    if (c) { s += " class=" + JSON.stringify(c); }
    return s + ">";
  },
  one: function (sel) {
    var e = document.querySelector(sel);
    if (!e) { throw new Error("no element matches " + sel); }
    return e;
  },
  unseen: function (el) {
    for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
      var cs = getComputedStyle(e);
      if (cs.display === "none") { return "display: none on " + bt.desc(e); }
      if (parseFloat(cs.opacity) === 0) { return "opacity: 0 on " + bt.desc(e); }
    }
    var st = getComputedStyle(el);
    if (st.visibility !== "visible") { return "visibility: " + st.visibility; }
    var r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) { return "its box is " + r.width + " by " + r.height + " px"; }
    var x = r.left + scrollX, y = r.top + scrollY;
    var d = document.documentElement;
    if (x + r.width <= 0 || y + r.height <= 0 || x >= d.scrollWidth || y >= d.scrollHeight) { return "it lies outside the page"; }
    return "";
  },
  text: function (s) { return s.replace(/\s+/g, " ").trim(); }
};
`

// query runs body, a JavaScript function body that may use bt (see
// helpers) and the argument sel, on the page and returns its value.
func query[T any](p *Page, what, sel, body string) T {
	p.t.Helper()
	expr := "(function (sel) {" + helpers + body + "})(" + js(sel) + ")"
	return run(p, what+" "+sel, chromedp.Evaluate[T](expr))
}

// Count returns the number of elements sel matches.
func (p *Page) Count(sel string) int {
	p.t.Helper()
	return query[int](p, "counting", sel, `return document.querySelectorAll(sel).length;`)
}

// Text returns the rendered text (innerText) of the first element sel
// matches, its white space collapsed.
func (p *Page) Text(sel string) string {
	p.t.Helper()
	return query[string](p, "reading the text of", sel, `return bt.text(bt.one(sel).innerText || bt.one(sel).textContent);`)
}

// Attr returns an attribute of the first element sel matches, "" if it
// has none.
func (p *Page) Attr(sel, name string) string {
	p.t.Helper()
	return query[string](p, "reading "+name+" of", sel, `return bt.one(sel).getAttribute(`+js(name)+`) || "";`)
}

// Attrs returns an attribute of every element sel matches, in document
// order; elements without it give "".
func (p *Page) Attrs(sel, name string) []string {
	p.t.Helper()
	return query[[]string](p, "reading "+name+" of", sel,
		`return Array.from(document.querySelectorAll(sel), function (e) { return e.getAttribute(`+js(name)+`) || ""; });`)
}

// Visible returns nil if the first element sel matches is seen: it has a
// box of at least one pixel each way within the page, and neither it nor
// an ancestor is display: none or fully transparent, nor is it
// visibility: hidden. Otherwise the error says why.
func (p *Page) Visible(sel string) error {
	p.t.Helper()
	why := query[string](p, "checking", sel,
		`var e = document.querySelector(sel); return e ? bt.unseen(e) : "no element matches";`)
	if why != "" {
		return fmt.Errorf("%s is not visible: %s", sel, why)
	}
	return nil
}

// Hidden returns the selectors' matches, as descriptions, that are not
// seen (see Visible); every match of sel is checked.
func (p *Page) Hidden(sel string) []string {
	p.t.Helper()
	return query[[]string](p, "checking", sel, `var out = [];
document.querySelectorAll(sel).forEach(function (e) { var why = bt.unseen(e); if (why) { out.push(bt.desc(e) + ": " + why); } });
return out;`)
}

// HasText returns nil if s is rendered text of the page: within the
// text a reader sees (innerText of the body, which leaves out what is not
// displayed), or within a visible SVG <text> or HTML <title>. White space
// is compared collapsed.
func (p *Page) HasText(s string) error {
	p.t.Helper()
	found := query[bool](p, "looking for text", s, `var want = bt.text(sel);
if (document.body && bt.text(document.body.innerText).indexOf(want) >= 0) { return true; }
if (bt.text(document.title).indexOf(want) >= 0) { return true; }
return Array.from(document.querySelectorAll("svg text")).some(function (t) {
  return bt.unseen(t) === "" && bt.text(t.textContent).indexOf(want) >= 0;
});`)
	if !found {
		return fmt.Errorf("the page does not show the text %q", s)
	}
	return nil
}

// point is where a click lands.
type point struct {
	X       float64 `json:"x"`
	Y       float64 `json:"y"`
	Covered string  `json:"covered"` // what covers the element there, "" if nothing
	Unseen  string  `json:"unseen"`  // why the element is not visible, "" if it is
}

// Click clicks the first element sel matches with the mouse, at the centre
// of its box, after scrolling it into view: the browser's hit-testing
// decides what is clicked, as for a reader. It fails the test when the
// element is not visible (see Visible) or something else covers that
// point.
func (p *Page) Click(sel string) {
	p.t.Helper()
	pt := query[point](p, "finding", sel, `var e = bt.one(sel), why = bt.unseen(e);
if (why) { return {x: 0, y: 0, covered: "", unseen: why}; }
e.scrollIntoView({block: "center", inline: "center"});
var r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
var hit = document.elementFromPoint(x, y);
return {x: x, y: y, covered: hit === e || e.contains(hit) ? "" : bt.desc(hit)};`)
	if pt.Unseen != "" {
		p.t.Fatalf("browsertest: clicking %s: it is not visible: %s", sel, pt.Unseen)
	}
	if pt.Covered != "" {
		p.t.Fatalf("browsertest: clicking %s: %s is on top at its centre (%.0f, %.0f)", sel, pt.Covered, pt.X, pt.Y)
	}
	p.ClickAt(pt.X, pt.Y)
}

// ClickAt clicks the mouse at a point of the window, in CSS pixels.
func (p *Page) ClickAt(x, y float64) {
	p.t.Helper()
	run(p, fmt.Sprintf("clicking at (%.0f, %.0f)", x, y), chromedp.MouseClickXY(x, y))
}

// Focus gives the keyboard focus to the first element sel matches, as Tab
// would, and fails the test if it cannot take it.
func (p *Page) Focus(sel string) {
	p.t.Helper()
	got := query[string](p, "focusing", sel, `var e = bt.one(sel); e.focus({preventScroll: false});
return document.activeElement === e ? "" : bt.desc(document.activeElement);`)
	if got != "" {
		p.t.Fatalf("browsertest: %s does not take the focus (%s has it)", sel, got)
	}
}

// keys are the names Press knows.
var keys = map[string]string{"Enter": kb.Enter, "Escape": kb.Escape, "Space": " ", "Tab": kb.Tab}

// ErrKey means Press was given a key it does not know.
var ErrKey = errors.New("browsertest: unknown key")

// Press presses and releases a key on the focused element: "Enter",
// "Escape", "Space" or "Tab".
func (p *Page) Press(key string) {
	p.t.Helper()
	k, ok := keys[key]
	if !ok {
		p.t.Fatalf("%v %q (known: Enter, Escape, Space, Tab)", ErrKey, key)
	}
	run(p, "pressing "+key, chromedp.KeyEvent(k))
}
