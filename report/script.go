package report

// script makes the diagrams interactive. It reads each diagram's data from
// its JSON block, builds no HTML (text goes in with textContent), and only
// toggles classes, attributes and the hidden property.
const script = `
(function () {
  "use strict";
  var diagrams = [];
  document.querySelectorAll("figure.diagram").forEach(function (fig) {
    var dataEl = document.getElementById(fig.id + "-data");
    var panel = document.getElementById(fig.id + "-panel");
    var status = document.getElementById(fig.id + "-status");
    var svg = fig.querySelector("svg");
    if (!dataEl || !panel || !status || !svg) { return; }
    var data = JSON.parse(dataEl.textContent);
    var nodes = fig.querySelectorAll("[data-actor]");
    var edges = fig.querySelectorAll("[data-relation],[data-bundle]");
    var items = panel.querySelectorAll("li[data-relation]");
    var all = status.textContent;
    var current = null;
    function ends(id) { return data.relations[id] || []; }
    function mark(el, hit) {
      el.classList.toggle("highlighted", hit === true);
      el.classList.toggle("faded", hit === false);
      if (hit === true) { el.setAttribute("data-highlighted", "true"); } else { el.removeAttribute("data-highlighted"); }
    }
    function select(actor) {
      current = actor;
      var near = {}, count = 0;
      edges.forEach(function (e) {
        var ab = ends(e.getAttribute("data-relation") || e.getAttribute("data-bundle"));
        var hit = actor !== null && ab.indexOf(actor) >= 0;
        if (hit) { near[ab[0]] = true; near[ab[1]] = true; }
        mark(e, actor === null ? null : hit);
      });
      nodes.forEach(function (n) {
        var id = n.getAttribute("data-actor");
        mark(n, actor === null ? null : (id === actor || near[id] === true));
        n.classList.toggle("selected", id === actor);
        n.setAttribute("aria-pressed", id === actor ? "true" : "false");
      });
      items.forEach(function (li) {
        var hit = actor !== null && ends(li.getAttribute("data-relation")).indexOf(actor) >= 0;
        li.hidden = actor !== null && !hit;
        if (hit) { count++; li.setAttribute("data-highlighted", "true"); } else { li.removeAttribute("data-highlighted"); }
      });
      if (actor === null) {
        status.textContent = all;
      } else {
        status.textContent = "Relations of " + (data.actors[actor] || actor) + ": " + count +
          ". Select it again, press Escape or click the background to show all.";
      }
    }
    nodes.forEach(function (n) {
      var id = n.getAttribute("data-actor");
      n.addEventListener("click", function (ev) {
        ev.preventDefault();
        ev.stopPropagation();
        select(current === id ? null : id);
      });
      n.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          select(current === id ? null : id);
        }
      });
    });
    svg.addEventListener("click", function (ev) {
      if (current !== null && !ev.target.closest("a")) { select(null); }
    });
    fig.classList.add("interactive");
    diagrams.push(function () { if (current !== null) { select(null); } });
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { diagrams.forEach(function (clear) { clear(); }); }
  });
})();
`
