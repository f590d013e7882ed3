package browsertest

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// ReportChecks says what CheckReport expects of a page beyond what every
// page must do. The zero value checks only that.
type ReportChecks struct {
	// Actor is the ID of the actor selected in each interactive diagram
	// that shows it. Default: in each diagram, the actor with the most
	// relations (the least ID among equals).
	Actor string
	// Graph, if set, is the graph the diagrams draw, or one they draw a
	// view of. Each diagram's relations must then be relations of Graph
	// between the same actors; the relations expected highlighted are
	// those of Graph that touch the selected actor; and every quote of
	// them must show in the evidence panel. Default: the expectations
	// come from the diagram's own data block, and each shown relation
	// must have some text.
	Graph *graph.Graph
	// Diagrams, Figures and Tables are the least numbers of interactive
	// diagrams, figures (diagrams included) and tables the page must
	// have. Default 0.
	Diagrams, Figures, Tables int
	// Texts are strings the page must show as text (see Page.HasText),
	// such as names and quotes that must stay inert. Default none.
	Texts []string
	// Images allows images of files beside the page, as a rendered
	// Markdown report shows its figures. Default: an image is a fault.
	Images bool
	// NoScreenshots takes no screenshots, and so does not check them for
	// blankness: for tests of the checks themselves. Default: the page,
	// each figure and each diagram's selection are photographed.
	NoScreenshots bool
	// Policy requires the Content-Security-Policy of report pages: a
	// <meta> that lets the page load nothing (default-src 'none') and run
	// no script but by hash. Default: not required (notebook pages have
	// none).
	Policy bool
}

// CheckReport opens an HTML report (package report) or notebook page
// (package report/notebook) in the browser and checks, failing t for each
// fault:
//
//   - it runs clean: no console message, exception, policy violation,
//     request for anything but the file, or dialog (see Page);
//   - it is inert: at most one executable script, no event handler
//     attribute, no embedded content (iframe, object, embed, img, SVG
//     image or foreignObject, media, forms, base, link), no link to
//     anything but http(s), mailto, the page itself or a relative path;
//   - figures, tables and evidence lists are visible, and the screenshots of the page,
//     of each figure and of each diagram's selection are not blank;
//   - in each interactive diagram, selecting an actor with the mouse
//     highlights exactly its relations, their other ends and their items
//     in the evidence panel (quotes shown), fades the rest and says so in
//     the status line; selecting another actor moves the selection; the
//     actor again, Escape and a click on the background each clear it;
//     from the keyboard, Enter on the focused node selects and Space
//     clears;
//   - with JavaScript disabled, the page still runs clean and each
//     diagram's panel shows every relation.
//
// Screenshots are kept as Page.Screenshot says.
func CheckReport(t testing.TB, path string, c ReportChecks) {
	t.Helper()
	p := Open(t, path, Options{Local: c.Images})
	info := readPage(p)
	checkCounts(t, info, c)
	checkInert(p, c)
	for _, s := range c.Texts {
		if err := p.HasText(s); err != nil {
			t.Error(err)
		}
	}
	checkShown(p, info, c, false)
	for _, d := range info.Diagrams {
		checkDiagram(p, d, c)
	}
	p.Check()

	q := Open(t, path, Options{NoScript: true, Local: c.Images})
	checkShown(q, info, c, true)
	for _, d := range info.Diagrams {
		checkStatic(q, d)
	}
	q.Check()
}

// pageInfo is what CheckReport reads of a page before it acts.
type pageInfo struct {
	Figures  []string  `json:"figures"` // ids ("" for a figure without one)
	Tables   int       `json:"tables"`
	Diagrams []diagram `json:"diagrams"`
}

// diagram is one interactive diagram of a page.
type diagram struct {
	ID     string `json:"id"`     // fig-NAME
	Data   string `json:"data"`   // its JSON data block
	Status string `json:"status"` // its status line with nothing selected
	data   struct {
		Actors    map[string]string    `json:"actors"`
		Relations map[string][2]string `json:"relations"`
	}
}

func readPage(p *Page) pageInfo {
	p.t.Helper()
	info := Eval[pageInfo](p, `({
  figures: Array.from(document.querySelectorAll("figure"), function (f) { return f.id; }),
  tables: document.querySelectorAll("table").length,
  diagrams: Array.from(document.querySelectorAll("figure.diagram"), function (f) {
    var d = document.getElementById(f.id + "-data"), s = document.getElementById(f.id + "-status");
    return {id: f.id, data: d ? d.textContent : "", status: s ? s.textContent.replace(/\s+/g, " ").trim() : ""};
  })
})`)
	for i := range info.Diagrams {
		d := &info.Diagrams[i]
		if err := json.Unmarshal([]byte(d.Data), &d.data); err != nil {
			p.t.Errorf("%s: the data block of #%s is not JSON: %v", p.name, d.ID, err)
		}
	}
	return info
}

func checkCounts(t testing.TB, info pageInfo, c ReportChecks) {
	t.Helper()
	for _, n := range []struct {
		what      string
		got, want int
	}{{"interactive diagrams", len(info.Diagrams), c.Diagrams}, {"figures", len(info.Figures), c.Figures}, {"tables", info.Tables, c.Tables}} {
		if n.got < n.want {
			t.Errorf("the page has %d %s, want at least %d", n.got, n.what, n.want)
		}
	}
}

// inertness is what checkInert reads of a page.
type inertness struct {
	Scripts  []string `json:"scripts"`  // executable script elements, described
	Handlers []string `json:"handlers"` // elements with on* attributes
	Embedded []string `json:"embedded"` // embedded content and other forbidden elements
	Links    []string `json:"links"`    // links to what a report must not link
	Policy   string   `json:"policy"`   // the Content-Security-Policy <meta>, "" if none
}

func checkInert(p *Page, c ReportChecks) {
	p.t.Helper()
	in := query[inertness](p, "checking that the page is inert", strconv.FormatBool(c.Images), `
var out = {scripts: [], handlers: [], embedded: [], links: [], policy: ""};
document.querySelectorAll("script").forEach(function (s) {
  var type = (s.getAttribute("type") || "").trim().toLowerCase();
  if (type !== "application/json") { out.scripts.push(bt.desc(s) + " " + s.textContent.slice(0, 60)); }
});
document.querySelectorAll("*").forEach(function (e) {
  for (var i = 0; i < e.attributes.length; i++) {
    var a = e.attributes[i];
    if (/^on/i.test(a.name)) { out.handlers.push(bt.desc(e) + " " + a.name + "=" + JSON.stringify(a.value)); }
  }
});
document.querySelectorAll("iframe, frame, frameset, object, embed, applet, " + (sel === "true" ? "" : "img, ") + "picture, audio, video, source, track, " +
  "canvas, form, input, button, base, link, portal, image, foreignObject, feImage, animate, set, animateMotion, " +
  "animateTransform, meta[http-equiv=refresh i]").forEach(function (e) { out.embedded.push(bt.desc(e)); });
var scheme = /^[a-z][a-z0-9+.-]*:/i;
document.querySelectorAll("a, area").forEach(function (a) {
  var raw = a.getAttribute("href");
  if (raw === null) { raw = a.getAttributeNS("http://www.w3.org/1999/xlink", "href"); }
  if (raw === null) { return; }
  var u;
  try { u = new URL(raw, document.baseURI); } catch (e) { out.links.push(JSON.stringify(raw) + " (not a URL)"); return; }
  var ok = u.protocol === "http:" || u.protocol === "https:" || u.protocol === "mailto:" ||
    (u.protocol === "file:" && !scheme.test(raw.replace(/[\s\u0000-\u001f]/g, "")));
  if (!ok) { out.links.push(JSON.stringify(raw)); }
});
var m = document.querySelector("meta[http-equiv=Content-Security-Policy i]");
if (m) { out.policy = m.getAttribute("content") || ""; }
return out;`)
	if len(in.Scripts) > 1 {
		p.t.Errorf("%s: %d scripts, want at most 1 (the report's own): %q", p.name, len(in.Scripts), in.Scripts)
	}
	for _, h := range in.Handlers {
		p.t.Errorf("%s: an event handler attribute: %s", p.name, h)
	}
	for _, e := range in.Embedded {
		p.t.Errorf("%s: embedded or forbidden content: %s", p.name, e)
	}
	for _, l := range in.Links {
		p.t.Errorf("%s: a link to %s, which is neither http(s), mailto, the page nor a relative path", p.name, l)
	}
	if c.Policy {
		if err := checkPolicy(in.Policy); err != nil {
			p.t.Errorf("%s: %v", p.name, err)
		}
	}
}

// checkPolicy checks a report's Content-Security-Policy: nothing loads
// from anywhere, and scripts run only by hash.
func checkPolicy(csp string) error {
	if csp == "" {
		return fmt.Errorf("no Content-Security-Policy")
	}
	dirs := map[string][]string{}
	for _, d := range strings.Split(csp, ";") {
		f := strings.Fields(d)
		if len(f) > 0 {
			dirs[strings.ToLower(f[0])] = f[1:]
		}
	}
	if !slices.Equal(dirs["default-src"], []string{"'none'"}) {
		return fmt.Errorf("Content-Security-Policy %q: default-src is not 'none'", csp)
	}
	for _, s := range dirs["script-src"] {
		if !strings.HasPrefix(s, "'sha256-") {
			return fmt.Errorf("Content-Security-Policy %q: script-src allows %s", csp, s)
		}
	}
	for name, srcs := range dirs {
		for _, s := range srcs {
			if name != "img-src" && s != "'none'" && s != "'self'" && s != "'unsafe-inline'" && !strings.HasPrefix(s, "'sha256-") ||
				name == "img-src" && s != "data:" && s != "'none'" {
				return fmt.Errorf("Content-Security-Policy %q: %s allows %s", csp, name, s)
			}
		}
	}
	return nil
}

// checkShown checks that figures, tables and evidence lists are visible and that neither
// the page nor a figure looks blank; without script, the diagrams'
// panels are photographed instead of the page and figures.
func checkShown(p *Page, info pageInfo, c ReportChecks, noScript bool) {
	p.t.Helper()
	for _, h := range p.Hidden("figure, table, section.evidence, section.evidence-panel") {
		p.t.Errorf("%s: not visible: %s", p.name, h)
	}
	if c.NoScreenshots {
		return
	}
	if noScript {
		for _, d := range info.Diagrams {
			if p.Visible("#"+d.ID+"-panel") == nil {
				p.ScreenshotOf("#"+d.ID+"-panel", p.name+"-noscript-"+d.ID+"-panel")
			}
		}
		return
	}
	p.Screenshot(p.name)
	for _, id := range info.Figures {
		if id != "" && p.Visible("#"+id) == nil {
			p.ScreenshotOf("#"+id, p.name+"-"+id)
		}
	}
}

// state is what a diagram shows: what is highlighted, faded and selected,
// which panel items are shown, and the status line.
type state struct {
	Nodes    []string `json:"nodes"`    // highlighted actors
	Edges    []string `json:"edges"`    // highlighted edges' relation or bundle IDs
	Items    []string `json:"items"`    // highlighted panel items' relation IDs
	Shown    []string `json:"shown"`    // panel items shown
	Faded    int      `json:"faded"`    // nodes and edges faded
	Selected []string `json:"selected"` // selected nodes
	Status   string   `json:"status"`
	Unseen   []string `json:"unseen"` // highlighted or shown elements that are not visible, and why
	Texts    []string `json:"texts"`  // the text of each shown item, in order of Shown
}

func readState(p *Page, id string) state {
	p.t.Helper()
	return query[state](p, "reading the state of", "#"+id, `var fig = bt.one(sel), panel = document.getElementById(fig.id + "-panel");
var status = document.getElementById(fig.id + "-status");
var s = {nodes: [], edges: [], items: [], shown: [], faded: 0, selected: [], status: status ? bt.text(status.textContent) : "", unseen: [], texts: []};
function seen(e) { var why = bt.unseen(e); if (why) { s.unseen.push(bt.desc(e) + ": " + why); } }
fig.querySelectorAll("[data-actor]").forEach(function (n) {
  if (n.getAttribute("data-highlighted") === "true") { s.nodes.push(n.getAttribute("data-actor")); seen(n); }
  if (n.classList.contains("selected")) { s.selected.push(n.getAttribute("data-actor")); }
  if (n.classList.contains("faded")) { s.faded++; }
});
fig.querySelectorAll("[data-relation], [data-bundle]").forEach(function (e) {
  if (e.getAttribute("data-highlighted") === "true") { s.edges.push(e.getAttribute("data-relation") || e.getAttribute("data-bundle")); seen(e); }
  if (e.classList.contains("faded")) { s.faded++; }
});
if (panel) {
  panel.querySelectorAll("li[data-relation]").forEach(function (li) {
    var id = li.getAttribute("data-relation");
    if (li.getAttribute("data-highlighted") === "true") { s.items.push(id); }
    if (!li.hidden && getComputedStyle(li).display !== "none") { s.shown.push(id); s.texts.push(bt.text(li.innerText)); seen(li); }
  });
}
return s;`)
}

// checkDiagram selects an actor of a diagram in every way a reader can,
// and checks what each shows.
func checkDiagram(p *Page, d diagram, c ReportChecks) {
	p.t.Helper()
	if len(d.data.Actors) == 0 {
		p.t.Errorf("%s: #%s names no actors", p.name, d.ID)
		return
	}
	if c.Graph != nil {
		checkData(p, d, c.Graph)
	}
	actor := c.Actor
	if actor == "" {
		actor = busiest(d)
	} else if _, ok := d.data.Actors[actor]; !ok {
		return // this diagram does not show it
	}
	all := readState(p, d.ID)
	checkClear(p, d, all, "at first")
	node := "#" + d.ID + " [data-actor=" + js(actor) + "]"

	p.Click(node)
	checkSelected(p, d, c, actor, "after a click on it")
	if !c.NoScreenshots {
		p.ScreenshotOf("#"+d.ID, p.name+"-"+d.ID+"-"+actor)
		p.ScreenshotOf("#"+d.ID+"-panel", p.name+"-"+d.ID+"-"+actor+"-panel")
	}
	p.Click(node)
	checkClear(p, d, all, "after a second click on "+actor)

	if other := neighbour(d, actor); other != "" {
		p.Click(node)
		p.Click("#" + d.ID + " [data-actor=" + js(other) + "]")
		checkSelected(p, d, c, other, "after a click on it while "+actor+" was selected")
		p.Press("Escape")
		checkClear(p, d, all, "after Escape")
	}

	p.Click(node)
	if x, y, ok := background(p, d.ID); ok {
		p.ClickAt(x, y)
		checkClear(p, d, all, "after a click on the background")
	} else {
		p.t.Errorf("%s: #%s has no background to click", p.name, d.ID)
		p.Press("Escape")
	}

	p.Focus(node)
	p.Press("Enter")
	checkSelected(p, d, c, actor, "after Enter on it")
	p.Press("Space")
	checkClear(p, d, all, "after Space on "+actor)
}

// checkClear checks that a diagram shows everything, as at first.
func checkClear(p *Page, d diagram, all state, when string) {
	p.t.Helper()
	s := readState(p, d.ID)
	if len(s.Nodes)+len(s.Edges)+len(s.Items)+s.Faded+len(s.Selected) > 0 {
		p.t.Errorf("%s: #%s %s: %d nodes, %d edges and %d items highlighted, %d faded, %q selected; want none",
			p.name, d.ID, when, len(s.Nodes), len(s.Edges), len(s.Items), s.Faded, s.Selected)
	}
	if len(s.Shown) != len(d.data.Relations) {
		p.t.Errorf("%s: #%s %s: the panel shows %d of %d relations", p.name, d.ID, when, len(s.Shown), len(d.data.Relations))
	}
	if s.Status != d.Status {
		p.t.Errorf("%s: #%s %s: status %q, want %q", p.name, d.ID, when, s.Status, d.Status)
	}
	for _, u := range s.Unseen {
		p.t.Errorf("%s: #%s %s: %s", p.name, d.ID, when, u)
	}
}

// checkSelected checks that a diagram highlights exactly the relations
// of actor, their ends and their panel items, with their evidence.
func checkSelected(p *Page, d diagram, c ReportChecks, actor, when string) {
	p.t.Helper()
	s := readState(p, d.ID)
	rels, ends := expected(d, c.Graph, actor)
	fail := func(format string, args ...any) {
		p.t.Helper()
		p.t.Errorf("%s: #%s, %s %s: %s", p.name, d.ID, actor, when, fmt.Sprintf(format, args...))
	}
	nodes, edges := drawn(p, d.ID)
	var wantNodes, wantEdges []string
	for _, n := range nodes {
		if slices.Contains(ends, n) {
			wantNodes = append(wantNodes, n)
		}
	}
	for _, e := range edges {
		if slices.Contains(rels, e) {
			wantEdges = append(wantEdges, e)
		}
	}
	if len(wantEdges) == 0 {
		fail("no edge of the diagram draws one of its %d relations", len(rels))
	}
	for _, cmp := range []struct {
		what      string
		got, want []string
	}{
		{"highlighted nodes", s.Nodes, wantNodes},
		{"highlighted edges", s.Edges, wantEdges},
		{"highlighted panel items", s.Items, rels},
		{"panel items shown", s.Shown, rels},
		{"selected nodes", s.Selected, []string{actor}},
	} {
		if got, want := sorted(cmp.got), sorted(cmp.want); !slices.Equal(got, want) {
			fail("%s %q, want %q", cmp.what, got, want)
		}
	}
	if want := len(nodes) - len(wantNodes) + len(edges) - len(wantEdges); s.Faded != want {
		fail("%d nodes and edges faded, want %d", s.Faded, want)
	}
	name := d.data.Actors[actor]
	if !strings.Contains(s.Status, name) || !strings.Contains(s.Status, ": "+strconv.Itoa(len(rels))+".") {
		fail("status %q does not name %q and count %d relations", s.Status, name, len(rels))
	}
	for _, u := range s.Unseen {
		fail("%s", u)
	}
	for i, id := range s.Shown {
		text := s.Texts[i]
		if text == "" {
			fail("the panel item of %s has no text", id)
		}
		if c.Graph == nil {
			continue
		}
		r, _ := c.Graph.Relation(id)
		for _, e := range r.Evidence {
			if q := strings.Join(strings.Fields(e.Quote), " "); q != "" && !strings.Contains(text, q) {
				fail("the panel item of %s does not show the quote %q", id, q)
			}
		}
	}
}

// expected returns the relations of a diagram that touch actor and the
// actors they join (actor included), from g if given, else from the
// diagram's data.
func expected(d diagram, g *graph.Graph, actor string) (rels, ends []string) {
	near := map[string]bool{actor: true}
	if g != nil {
		for r := range g.RelationsOf(actor) {
			if _, ok := d.data.Relations[r.ID]; ok {
				rels = append(rels, r.ID)
				near[r.From], near[r.To] = true, true
			}
		}
	} else {
		for id, ab := range d.data.Relations {
			if ab[0] == actor || ab[1] == actor {
				rels = append(rels, id)
				near[ab[0]], near[ab[1]] = true, true
			}
		}
	}
	for a := range near {
		ends = append(ends, a)
	}
	return rels, ends
}

// checkData checks a diagram's data against the graph.
func checkData(p *Page, d diagram, g *graph.Graph) {
	p.t.Helper()
	for id := range d.data.Actors {
		if _, ok := g.Actor(id); !ok {
			p.t.Errorf("%s: #%s shows actor %q, which the graph lacks", p.name, d.ID, id)
		}
	}
	for id, ab := range d.data.Relations {
		r, ok := g.Relation(id)
		if !ok {
			p.t.Errorf("%s: #%s shows relation %q, which the graph lacks", p.name, d.ID, id)
		} else if ab != [2]string{r.From, r.To} {
			p.t.Errorf("%s: #%s has relation %q join %q, the graph %q", p.name, d.ID, id, ab, [2]string{r.From, r.To})
		}
	}
}

// drawn returns the actor of each node of a diagram and the relation or
// bundle ID of each edge.
func drawn(p *Page, id string) (nodes, edges []string) {
	p.t.Helper()
	ne := query[[2][]string](p, "listing the nodes and edges of", "#"+id, `var fig = bt.one(sel);
return [Array.from(fig.querySelectorAll("[data-actor]"), function (n) { return n.getAttribute("data-actor"); }),
  Array.from(fig.querySelectorAll("[data-relation], [data-bundle]"),
    function (e) { return e.getAttribute("data-relation") || e.getAttribute("data-bundle"); })];`)
	return ne[0], ne[1]
}

// busiest returns the actor of a diagram with the most relations, the
// least ID among equals.
func busiest(d diagram) string {
	n := map[string]int{}
	for _, ab := range d.data.Relations {
		n[ab[0]]++
		if ab[1] != ab[0] {
			n[ab[1]]++
		}
	}
	best := ""
	for a := range d.data.Actors {
		if best == "" || n[a] > n[best] || n[a] == n[best] && a < best {
			best = a
		}
	}
	return best
}

// neighbour returns another actor joined to actor, the least ID, or "".
func neighbour(d diagram, actor string) string {
	var out []string
	for _, ab := range d.data.Relations {
		for _, a := range ab {
			if a != actor && (ab[0] == actor || ab[1] == actor) {
				out = append(out, a)
			}
		}
	}
	if len(out) == 0 {
		return ""
	}
	return slices.Min(out)
}

// background finds a point of a diagram's drawing, in the window, where a
// click lands on no node, edge or link.
func background(p *Page, id string) (x, y float64, ok bool) {
	p.t.Helper()
	pt := query[[]float64](p, "finding the background of", "#"+id, `var svg = bt.one(sel).querySelector("svg");
if (!svg) { return []; }
svg.scrollIntoView({block: "center", inline: "center"});
var r = svg.getBoundingClientRect();
for (var fy = 0.05; fy < 1; fy += 0.1) {
  for (var fx = 0.05; fx < 1; fx += 0.1) {
    var x = r.left + fx * r.width, y = r.top + fy * r.height;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) { continue; }
    var hit = document.elementFromPoint(x, y);
    if (hit && svg.contains(hit) && !hit.closest("[data-actor], [data-relation], [data-bundle], a")) { return [x, y]; }
  }
}
return [];`)
	if len(pt) != 2 {
		return 0, 0, false
	}
	return pt[0], pt[1], true
}

// checkStatic checks a diagram of a page without script: its panel shows
// every relation, nothing is highlighted.
func checkStatic(p *Page, d diagram) {
	p.t.Helper()
	s := readState(p, d.ID)
	if len(s.Shown) != len(d.data.Relations) || len(s.Items)+len(s.Nodes)+s.Faded > 0 {
		p.t.Errorf("%s: #%s without script: the panel shows %d of %d relations, %d highlighted",
			p.name, d.ID, len(s.Shown), len(d.data.Relations), len(s.Items)+len(s.Nodes))
	}
	for _, u := range s.Unseen {
		p.t.Errorf("%s: #%s without script: %s", p.name, d.ID, u)
	}
	if err := p.Visible("#" + d.ID + "-panel"); err != nil {
		p.t.Errorf("%s: without script: %v", p.name, err)
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	sort.Strings(s)
	return s
}
