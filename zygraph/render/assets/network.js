/* zygraph network page: draws the graph held in #zygraph-data with vis-network.
 *
 * Every name and task text is data. Labels are drawn on the canvas; tooltips,
 * the details panel and the search list are built with textContent, never
 * innerHTML (the SVG export too: DOM nodes, serialised), so markup in a cell shows as text
 * and never runs. The search lists every match; filters hide items, never move them.
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

  var controls = data.controls || { areas: [], kinds: [], communities: [], max_shared: 1 };
  var communityColour = {};
  controls.communities.forEach(function (c) { communityColour[c.id] = c.color; });
  var NO_COMMUNITY = "#c7ccd1";
  var filterable = {};
  controls.kinds.forEach(function (k) { filterable[k.key] = true; });

  function paint(background) {
    return { background: background, border: "#52606d",
             highlight: { background: background, border: "#1f2933" },
             hover: { background: background, border: "#1f2933" } };
  }

  var state = { area: null, hiddenKinds: {}, min: 1, colour: "kind", selected: null };

  function colourOf(n) {
    if (state.colour !== "community" || n.shape !== "dot" || n.kind === "task") return n.color;
    return paint(n.community === null || n.community === undefined ? NO_COMMUNITY : communityColour[n.community]);
  }

  function nodeShown(n) {
    if (filterable[n.kind] && state.hiddenKinds[n.kind]) return false;
    if (state.area !== null && n.areas && n.areas.indexOf(state.area) < 0) return false;
    return true;
  }

  function edgeShown(e, shown) {
    if (!shown[e.from] || !shown[e.to]) return false;
    if ((e.shared || 1) < state.min) return false;
    if (state.area !== null && e.areas && e.areas.indexOf(state.area) < 0) return false;
    return true;
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
  var matches = document.getElementById("zy-matches");

  function showDetails(id) {
    while (details.firstChild) details.removeChild(details.firstChild);
    details.appendChild(infoElement(byId[id].info, 0));
    details.hidden = false;
  }

  /* Draw every item as the filters and the colour choice say; dim all but `id` and its neighbours. */
  function draw() {
    var shown = {};
    data.nodes.forEach(function (n) { shown[n.id] = nodeShown(n); });
    var id = state.selected;
    var near = null;
    if (id !== null) {
      near = {};
      near[id] = true;
      data.edges.forEach(function (e) {
        if (!edgeShown(e, shown)) return;
        if (e.from === id) near[e.to] = true;
        if (e.to === id) near[e.from] = true;
      });
    }
    nodes.update(data.nodes.map(function (n) {
      var dim = near !== null && !near[n.id];
      return { id: n.id, hidden: !shown[n.id], color: dim ? DIM_NODE : colourOf(n),
               font: { color: dim ? DIM_FONT : n.font } };
    }));
    edges.update(data.edges.map(function (e, i) {
      var touches = id !== null && (e.from === id || e.to === id);
      /* widths stay as they are: only the colour says what is highlighted */
      return { id: i, hidden: !edgeShown(e, shown), width: e.width,
               color: id === null ? e.color : (touches ? NEAR_EDGE : DIM_EDGE) };
    }));
  }

  function highlight(id) {
    state.selected = id;
    draw();
    network.selectNodes([id]);
    showDetails(id);
  }

  function reset() {
    state.selected = null;
    draw();
    network.unselectAll();
    details.hidden = true;
    status.textContent = "";
    matches.hidden = true;
  }

  function lower(text) { return String(text).toLowerCase(); }

  /* The texts a node is found by besides its names: a task's text; on a page without task
   * nodes, a unit's tasks. */
  var taskNodes = data.nodes.some(function (n) { return n.bipartite === 1; });
  function texts(n) {
    if (n.terms || taskNodes) return n.terms || [];
    var out = [];
    (n.info.sections || []).forEach(function (section) { out = out.concat(section.items); });
    return out;
  }

  /* Every node whose names (Chinese, English, as written) or task texts contain the query:
   * exact names first, then names that contain it, then nodes whose tasks do. */
  function search(query) {
    var q = lower(query).trim();
    if (!q) return [];
    var exact = [], partial = [], inText = [];
    data.nodes.forEach(function (n) {
      if (!n.searchable) return;
      if (n.names.some(function (name) { return lower(name) === q; })) exact.push(n);
      else if (n.names.some(function (name) { return lower(name).indexOf(q) >= 0; })) partial.push(n);
      else if (texts(n).some(function (text) { return lower(text).indexOf(q) >= 0; })) inText.push(n);
    });
    return exact.concat(partial, inText);
  }

  function choose(n) {
    status.textContent = "";
    highlight(n.id);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1), animation: false });
  }

  function listMatches(query) {
    while (matches.firstChild) matches.removeChild(matches.firstChild);
    var found = search(query);
    if (!String(query).trim()) { matches.hidden = true; status.textContent = ""; return found; }
    status.textContent = found.length ? ui.matches.replace("{n}", String(found.length))
                                      : ui.not_found.replace("{q}", String(query).trim());
    found.slice(0, 50).forEach(function (n) {
      var item = el("li", null);
      item.tabIndex = 0;
      item.appendChild(el("span", n.names[0]));
      var q = lower(query).trim();
      var hits = texts(n).filter(function (text) { return lower(text).indexOf(q) >= 0; });
      var more = n.names.slice(1).concat(n.terms ? n.terms : hits.slice(0, 2)).filter(function (x) { return x; }).join(" · ");
      if (more) item.appendChild(el("small", more));
      item.addEventListener("click", function () { choose(n); });
      item.addEventListener("keydown", function (event) { if (event.key === "Enter") choose(n); });
      matches.appendChild(item);
    });
    matches.hidden = !found.length;
    return found;
  }

  /* Search as the user would: list the matches and highlight the best one. */
  function find(query) {
    var found = listMatches(query);
    if (!String(query).trim()) { reset(); return null; }
    if (!found.length) return null;
    choose(found[0]);
    return found[0].id;
  }

  var searchBox = document.getElementById("zy-search");
  searchBox.addEventListener("input", function () { listMatches(searchBox.value); });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); find(searchBox.value); }
  });
  document.getElementById("zy-reset").addEventListener("click", function () { searchBox.value = ""; reset(); });

  function on(id, type, handler) {
    var control = document.getElementById(id);
    if (control) control.addEventListener(type, function () { handler(control); });
  }
  on("zy-area", "change", function (c) { state.area = c.value === "" ? null : Number(c.value); draw(); });
  on("zy-min", "input", function (c) { state.min = Math.max(1, Number(c.value) || 1); draw(); });
  on("zy-colour", "change", function (c) {
    state.colour = c.value;
    var legend = document.getElementById("zy-community-legend");
    if (legend) legend.hidden = c.value !== "community";
    draw();
  });
  var kindBoxes = document.querySelectorAll("#zy-kinds input");
  Array.prototype.forEach.call(kindBoxes, function (box) {
    box.addEventListener("change", function () { state.hiddenKinds[box.value] = !box.checked; draw(); });
  });
  on("zy-view", "change", function (c) {
    var xy = data.views[c.value];
    nodes.update(data.nodes.map(function (n, i) { return { id: n.id, x: xy[i][0], y: xy[i][1] }; }));
    network.fit({ animation: false });
  });

  function fileName(extension) {
    return String(data.title || "zygraph").replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 80) + extension;
  }

  function download(href, name) {
    var link = document.createElement("a");
    link.href = href;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  /* The view as a PNG: the canvas as drawn, on white. */
  function png() {
    var canvas = container.querySelector("canvas");
    var copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    var context = copy.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(canvas, 0, 0);
    return copy.toDataURL("image/png");
  }

  /* The shown items as SVG, built as DOM nodes so that names stay text. */
  function svg() {
    var NS = "http://www.w3.org/2000/svg";
    var root = document.createElementNS(NS, "svg");
    var where = network.getPositions();
    var shownNodes = nodes.get({ filter: function (n) { return !n.hidden; } });
    var xs = [], ys = [];
    shownNodes.forEach(function (n) { xs.push(where[n.id].x); ys.push(where[n.id].y); });
    var pad = 60;
    var left = Math.min.apply(null, xs.concat([0])) - pad, top = Math.min.apply(null, ys.concat([0])) - pad;
    var width = Math.max.apply(null, xs.concat([0])) + pad - left, height = Math.max.apply(null, ys.concat([0])) + pad - top;
    root.setAttribute("xmlns", NS);
    root.setAttribute("viewBox", [left, top, width, height].join(" "));
    root.setAttribute("width", String(Math.round(width)));
    root.setAttribute("height", String(Math.round(height)));
    root.setAttribute("font-family", getComputedStyle(document.body).fontFamily);
    function add(tag, attributes, text) {
      var item = document.createElementNS(NS, tag);
      Object.keys(attributes).forEach(function (key) { item.setAttribute(key, String(attributes[key])); });
      if (text !== undefined) item.textContent = text;
      root.appendChild(item);
      return item;
    }
    add("rect", { x: left, y: top, width: width, height: height, fill: "#ffffff" });
    edges.get({ filter: function (e) { return !e.hidden; } }).forEach(function (e) {
      var a = where[e.from], b = where[e.to];
      var colour = typeof e.color === "object" ? e.color.color : e.color;
      add("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: colour, "stroke-width": e.width,
                    "stroke-opacity": typeof e.color === "object" && e.color.opacity !== undefined ? e.color.opacity : 1,
                    "stroke-dasharray": e.dashes ? "5 4" : "none" });
    });
    shownNodes.forEach(function (n) {
      var p = where[n.id];
      var fill = n.color && n.color.background ? n.color.background : "#cccccc";
      var stroke = n.color && n.color.border ? n.color.border : "#52606d";
      var lines = String(n.label || "").split("\n");
      var fontColour = n.font && n.font.color ? n.font.color : "#1f2933";
      if (n.shape === "box") {
        var w = Math.max.apply(null, lines.map(function (line) { return line.length; })) * 14 + 12;
        var h = lines.length * 17 + 8;
        add("rect", { x: p.x - w / 2, y: p.y - h / 2, width: w, height: h, rx: 3, fill: fill, stroke: stroke });
        lines.forEach(function (line, i) {
          add("text", { x: p.x, y: p.y - h / 2 + 17 * (i + 1), "text-anchor": "middle", "font-size": 14, fill: fontColour }, line);
        });
      } else {
        add("circle", { cx: p.x, cy: p.y, r: n.size, fill: fill, stroke: stroke });
        lines.forEach(function (line, i) {
          add("text", { x: p.x, y: p.y + n.size + 15 + 16 * i, "text-anchor": "middle", "font-size": 14, fill: fontColour,
                        stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke" }, line);
        });
      }
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
  }

  on("zy-png", "click", function () { download(png(), fileName(".png")); });
  on("zy-svg", "click", function () {
    download(URL.createObjectURL(new Blob([svg()], { type: "image/svg+xml" })), fileName(".svg"));
  });

  network.on("click", function (params) {
    if (params.nodes.length) highlight(params.nodes[0]); else reset();
  });

  network.once("afterDrawing", function () {
    document.documentElement.setAttribute("data-zygraph-ready", String(data.nodes.length));
    document.dispatchEvent(new CustomEvent("zygraph:ready", {
      detail: { network: network, nodes: nodes, edges: edges, find: find, highlight: highlight, reset: reset,
                search: search, svg: svg, png: png, state: state, draw: draw }
    }));
  });
  network.fit({ animation: false });
})();
