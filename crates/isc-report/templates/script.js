// The page's behaviour: filters, hover highlighting in the picture, and opening folded sections
// for printing. It only reads the page; when it has run, it says so on <body data-script>.
(function () {
  "use strict";
  var body = document.body;
  try {
    var sector = document.getElementById("filter-sector");
    var clause = document.getElementById("filter-clause");
    var search = document.getElementById("filter-theme");
    var count = document.getElementById("filter-count");
    var rows = Array.prototype.slice.call(document.querySelectorAll("[data-theme]"));
    var applyFilters = function () {
      if (!sector) { return; }
      var s = sector.value, c = clause.value, q = search.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (el) {
        var ok = true;
        if (s && el.hasAttribute("data-sectors")) {
          ok = (" " + el.getAttribute("data-sectors") + " ").indexOf(" " + s + " ") >= 0;
        }
        if (ok && c && el.hasAttribute("data-clauses")) {
          var have = el.getAttribute("data-clauses").split(" ");
          ok = c === "AB" ? have.indexOf("A") >= 0 && have.indexOf("B") >= 0 : have.indexOf(c) >= 0;
        }
        if (ok && q) {
          ok = el.getAttribute("data-theme").toLowerCase().indexOf(q) >= 0;
        }
        el.classList.toggle("hidden-by-filter", !ok);
        if (ok && el.tagName === "TR") { shown += 1; }
      });
      if (count) { count.textContent = shown + " themes"; }
    };
    [sector, clause, search].forEach(function (el) {
      if (el) { el.addEventListener("input", applyFilters); el.addEventListener("change", applyFilters); }
    });

    var svg = document.getElementById("picture-svg");
    if (svg) {
      var byNode = {};
      var nodes = {};
      Array.prototype.forEach.call(svg.querySelectorAll("[data-node]"), function (n) {
        nodes[n.getAttribute("data-node")] = n;
      });
      Array.prototype.forEach.call(svg.querySelectorAll(".edge"), function (e) {
        [e.getAttribute("data-from"), e.getAttribute("data-to")].forEach(function (id) {
          (byNode[id] = byNode[id] || []).push(e);
        });
      });
      var lit = [];
      var clear = function () {
        lit.forEach(function (el) { el.classList.remove("hl"); });
        lit = [];
        svg.classList.remove("focus");
      };
      var light = function (el) { el.classList.add("hl"); lit.push(el); };
      svg.addEventListener("mouseover", function (event) {
        var node = event.target.closest ? event.target.closest("[data-node]") : null;
        clear();
        if (!node) { return; }
        var id = node.getAttribute("data-node");
        svg.classList.add("focus");
        light(node);
        (byNode[id] || []).forEach(function (e) {
          light(e);
          var other = e.getAttribute("data-from") === id ? e.getAttribute("data-to") : e.getAttribute("data-from");
          if (nodes[other]) { light(nodes[other]); }
        });
      });
      svg.addEventListener("mouseleave", clear);
      var cites = document.getElementById("show-cites");
      if (cites) {
        cites.addEventListener("change", function () { svg.classList.toggle("no-cites", !cites.checked); });
      }
    }

    // A folded section prints folded: open them all before printing, as they were after.
    var folded = [];
    window.addEventListener("beforeprint", function () {
      folded = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) { return true; });
      folded.forEach(function (d) { d.open = true; });
    });
    window.addEventListener("afterprint", function () {
      folded.forEach(function (d) { d.open = false; });
      folded = [];
    });
    // A link to a member inside a folded section opens it.
    var openTarget = function () {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var target = id && document.getElementById(id);
      var d = target && target.closest ? target.closest("details") : null;
      if (d) { d.open = true; }
    };
    window.addEventListener("hashchange", openTarget);
    openTarget();

    applyFilters();
    body.setAttribute("data-evidence-shown", String(document.querySelectorAll("li.evidence").length));
    body.setAttribute("data-script", "ok");
  } catch (error) {
    body.setAttribute("data-script", "error: " + error);
  }
})();
