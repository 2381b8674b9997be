/* zygraph network page: draws the graph held in #zygraph-data with vis-network.
 *
 * Every name and task text is data. Labels are drawn on the canvas; tooltips,
 * the details panel and the search list are built with textContent, never
 * innerHTML, so markup in a cell shows as text and never runs.
 * Positions come precomputed from Python (seeded) and physics stays off, so the
 * graph is still from the first frame and the same input draws the same picture.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("zygraph-data").textContent);
  var ui = data.ui;
  var TOOLTIP_ITEMS = 5;
  var DIM_NODE = { background: "#eceff1", border: "#d5d9dc",
                   highlight: { background: "#eceff1", border: "#d5d9dc" },
                   hover: { background: "#eceff1", border: "#d5d9dc" } };
  var DIM_FONT = "#b8bec4";
  var DIM_EDGE = { color: "#e3e6e8", highlight: "#e3e6e8", hover: "#e3e6e8", opacity: 0.6 };
  var NEAR_EDGE = { color: "#37474f", highlight: "#37474f", hover: "#37474f", opacity: 1 };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  /* One node's or edge's information as DOM; `limit` caps each list (tooltips). */
  function infoElement(info, limit) {
    var box = el("div", null, "zy-info");
    box.appendChild(el("div", info.title, "zy-info-title"));
    if (info.subtitle) box.appendChild(el("div", info.subtitle, "zy-info-subtitle"));
    (info.facts || []).forEach(function (fact) { box.appendChild(el("div", fact, "zy-info-fact")); });
    (info.sections || []).forEach(function (section) {
      if (!section.items.length) return;
      box.appendChild(el("div", section.heading + " (" + section.items.length + ")", "zy-info-heading"));
      var list = el("ul");
      var shown = limit ? section.items.slice(0, limit) : section.items;
      shown.forEach(function (item) { list.appendChild(el("li", item)); });
      box.appendChild(list);
      if (shown.length < section.items.length) {
        box.appendChild(el("div", ui.more.replace("{n}", String(section.items.length - shown.length)), "zy-info-more"));
      }
    });
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, shape: n.shape,
             color: n.color, font: { color: n.font }, title: infoElement(n.info, TOOLTIP_ITEMS) };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, width: e.width, dashes: e.dashes, color: e.color,
             title: infoElement(e.info, TOOLTIP_ITEMS) };
  }));
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  var container = document.getElementById("zy-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  var details = document.getElementById("zy-details");
  var status = document.getElementById("zy-status");

  function showDetails(id) {
    while (details.firstChild) details.removeChild(details.firstChild);
    details.appendChild(infoElement(byId[id].info, 0));
    details.hidden = false;
  }

  function highlight(id) {
    var near = {};
    near[id] = true;
    network.getConnectedNodes(id).forEach(function (other) { near[other] = true; });
    nodes.update(data.nodes.map(function (n) {
      return near[n.id] ? { id: n.id, color: n.color, font: { color: n.font } }
                        : { id: n.id, color: DIM_NODE, font: { color: DIM_FONT } };
    }));
    edges.update(data.edges.map(function (e, i) {
      return { id: i, color: (e.from === id || e.to === id) ? NEAR_EDGE : DIM_EDGE };
    }));
    network.selectNodes([id]);
    showDetails(id);
  }

  function reset() {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, color: n.color, font: { color: n.font } }; }));
    edges.update(data.edges.map(function (e, i) { return { id: i, color: e.color }; }));
    network.unselectAll();
    details.hidden = true;
    status.textContent = "";
  }

  /* Find a node by any of its names: an exact match first, then the first whose names or
   * other terms (a task's text) contain the query. */
  function find(query) {
    var q = String(query).trim().toLowerCase();
    if (!q) { reset(); return null; }
    var hit = null;
    data.nodes.some(function (n) {
      if (n.names.some(function (name) { return name.toLowerCase() === q; })) { hit = n; return true; }
      return false;
    });
    if (!hit) {
      data.nodes.some(function (n) {
        if (n.names.concat(n.terms || []).some(function (name) { return name.toLowerCase().indexOf(q) >= 0; })) {
          hit = n;
          return true;
        }
        return false;
      });
    }
    if (!hit) {
      status.textContent = ui.not_found.replace("{q}", String(query).trim());
      return null;
    }
    status.textContent = "";
    highlight(hit.id);
    network.focus(hit.id, { scale: Math.max(network.getScale(), 1), animation: false });
    return hit.id;
  }

  var names = document.getElementById("zy-names");
  var seen = {};
  data.nodes.forEach(function (n) {
    if (!n.searchable) return;
    n.names.forEach(function (name) {
      if (!name || seen[name]) return;
      seen[name] = true;
      var option = document.createElement("option");
      option.value = name;
      names.appendChild(option);
    });
  });

  var search = document.getElementById("zy-search");
  search.addEventListener("change", function () { find(search.value); });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); find(search.value); }
  });
  document.getElementById("zy-reset").addEventListener("click", function () { search.value = ""; reset(); });

  network.on("click", function (params) {
    if (params.nodes.length) highlight(params.nodes[0]); else reset();
  });

  network.once("afterDrawing", function () {
    document.documentElement.setAttribute("data-zygraph-ready", String(data.nodes.length));
    document.dispatchEvent(new CustomEvent("zygraph:ready", {
      detail: { network: network, nodes: nodes, edges: edges, find: find, highlight: highlight, reset: reset }
    }));
  });
  network.fit({ animation: false });
})();
