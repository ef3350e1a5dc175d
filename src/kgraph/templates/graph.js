// The kgraph page: draws the graph in #kg-data with vis-network, filters, search, details.
// Text from articles is only ever set with textContent or given to vis-network as a plain
// string (drawn on a canvas, or shown as text in tooltips); no HTML is ever parsed from data.
(function () {
  "use strict";

  var data = unpack(JSON.parse(document.getElementById("kg-data").textContent));
  // edges come as rows of data.edgeFields, their sources as rows of data.sourceFields with
  // the sentence as an index into data.sentences (viewer.page_data): made objects here
  function unpack(d) {
    d.edges = d.edges.map(function (row, id) {
      var e = { id: id };
      d.edgeFields.forEach(function (field, i) { e[field] = row[i]; });
      e.sources = e.sources.map(function (srow) {
        var s = {};
        d.sourceFields.forEach(function (field, i) { s[field] = srow[i]; });
        s.sentence = d.sentences[s.sentence];
        return s;
      });
      return e;
    });
    return d;
  }
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var classStyle = new Map();
  data.classes.forEach(function (c) { classStyle.set(c.type, c); });
  var relationStyle = new Map();
  data.relations.forEach(function (r) { relationStyle.set(r.name, r); });
  var edgesOf = new Map();
  data.edges.forEach(function (e) {
    [e.from, e.to].forEach(function (id) {
      if (!edgesOf.has(id)) { edgesOf.set(id, []); }
      edgesOf.get(id).push(e);
    });
  });
  var big = data.nodes.length > 1500 || data.edges.length > 3000;

  var state = {
    classes: new Set(data.classes.map(function (c) { return c.type; })),
    relations: new Set(data.relations.map(function (r) { return r.name; })),
    multi: false,
    minConfidence: 0,
    hedged: false,
    isolated: false,
    pinned: new Set(data.focus),
    around: null  // an entity whose own facts alone are drawn (its details' button)
  };
  var shownNodes = new Set();
  var shownEdges = new Set();

  // --- small DOM helpers: text only ---------------------------------------------------
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function action(e, run) {
    // a clickable text that the keyboard reaches too
    e.setAttribute("role", "button");
    e.tabIndex = 0;
    e.addEventListener("click", run);
    e.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); run(); }
    });
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // --- tooltips (plain text; vis-network shows a string title as text) -----------------
  function nodeTooltip(n) {
    var lines = [n.label, classStyle.get(n.type).label];
    if (n.aliases.length) { lines.push("also: " + n.aliases.slice(0, 8).join(", ")); }
    lines.push(plural(n.degree, "fact") + ": click for details");
    return lines.join("\n");
  }
  function edgeTooltip(e) {
    var lines = [statement(e) + (e.hedged ? "  (hedged)" : "")];
    e.sources.slice(0, 3).forEach(function (s) {
      var sentence = s.sentence || "";
      if (sentence.length > 160) { sentence = sentence.slice(0, 157) + "..."; }
      var a = data.articles[s.article];
      lines.push("\u201c" + sentence + "\u201d\n    " + (a.title || a.path || "") +
                 (a.date ? ", " + a.date : ""));
    });
    if (e.sources.length > 3) { lines.push("... " + (e.sources.length - 3) + " more: click for all"); }
    return lines.join("\n");
  }

  // --- vis data -----------------------------------------------------------------------
  function visNode(n) {
    var style = classStyle.get(n.type);
    return {
      id: n.id, label: n.label, title: nodeTooltip(n), x: n.x, y: n.y, shape: style.shape,
      size: n.size,
      color: { background: style.color, border: "#ffffff",
               highlight: { background: style.color, border: "#222222" },
               hover: { background: style.color, border: "#222222" } },
      font: { size: 13 + Math.min(7, Math.round(n.degree / 3)) }
    };
  }
  function visEdge(e) {
    var style = relationStyle.get(e.relation) || { color: "#999999" };
    var edge = {
      id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTooltip(e),
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      dashes: e.hedged ? [6, 5] : false,
      width: Math.min(6, 1.2 + Math.log2(Math.max(1, e.articles)) * 1.3),
      color: { color: style.color, highlight: "#222222", hover: "#444444",
               opacity: e.hedged ? 0.6 : 0.9 }
    };
    if (e.parallel > 0) {
      edge.smooth = { enabled: true, type: e.parallel % 2 ? "curvedCW" : "curvedCCW",
                      roundness: 0.15 + 0.1 * Math.floor((e.parallel - 1) / 2) };
    }
    return edge;
  }
  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return shownNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return shownEdges.has(e.id); } });

  // --- filters ------------------------------------------------------------------------
  function edgeShown(e) {
    if (state.around !== null && e.from !== state.around && e.to !== state.around) {
      return false;
    }
    if (!state.relations.has(e.relation)) { return false; }
    if (e.hedged && !state.hedged) { return false; }
    if (state.multi && e.articles < 2) { return false; }
    if (e.confidence < state.minConfidence) { return false; }
    return state.classes.has(nodeById.get(e.from).type) && state.classes.has(nodeById.get(e.to).type);
  }
  function computeShown() {
    shownEdges = new Set();
    var connected = new Set();
    data.edges.forEach(function (e) {
      if (edgeShown(e)) { shownEdges.add(e.id); connected.add(e.from); connected.add(e.to); }
    });
    shownNodes = new Set();
    data.nodes.forEach(function (n) {
      if (state.pinned.has(n.id) ||
          (state.classes.has(n.type) &&
           ((state.isolated && state.around === null) || connected.has(n.id)))) {
        shownNodes.add(n.id);
      }
    });
  }
  function showStatus() {
    var status = document.getElementById("kg-status");
    var text = plural(shownNodes.size, "entity").replace("entitys", "entities") + ", " +
      plural(shownEdges.size, "fact") + " shown";
    if (data.total.nodes > data.nodes.length) {
      text += " (the " + data.nodes.length + " best-connected of " + data.total.nodes + " entities)";
    }
    status.textContent = text;
    document.body.setAttribute("data-nodes", String(shownNodes.size));
    document.body.setAttribute("data-edges", String(shownEdges.size));
  }
  // Nodes whose place is settled: with physics, the ones shown when it ran (the rest still
  // hold Python's layout, on another scale: a hedged claim's model appeared far off-screen);
  // null when every position is Python's. A node a filter or the search shows later is put
  // beside its settled neighbours first.
  var placed = null;
  function placeNewcomers() {
    if (!placed) { return; }
    var fresh = [];
    shownNodes.forEach(function (id) { if (!placed.has(id)) { fresh.push(id); } });
    if (!fresh.length) { return; }
    keepPositions();
    var at = new Map();
    function where(id) { return at.get(id) || nodes.get(id); }
    var around = new Map();  // how many newcomers each anchor point got, to fan them out
    var progress = true;
    while (fresh.length && progress) {
      progress = false;
      fresh = fresh.filter(function (id) {
        var near = (edgesOf.get(id) || []).map(function (e) { return e.from === id ? e.to : e.from; })
          .filter(function (n) { return placed.has(n); });
        if (!near.length) { return true; }
        var x = 0, y = 0;
        near.forEach(function (n) { var p = where(n); x += p.x / near.length; y += p.y / near.length; });
        var key = Math.round(x) + "," + Math.round(y);
        var k = around.get(key) || 0;
        around.set(key, k + 1);
        at.set(id, { x: x + 90 * Math.cos(0.6 + 2.4 * k), y: y + 90 * Math.sin(0.6 + 2.4 * k) });
        placed.add(id);
        progress = true;
        return false;
      });
    }
    if (fresh.length) {  // nothing settled to stand beside: a row under the drawing
      var xs = [], ys = [];
      placed.forEach(function (n) { var p = where(n); xs.push(p.x); ys.push(p.y); });
      var left = xs.length ? Math.min.apply(null, xs) : 0;
      var bottom = ys.length ? Math.max.apply(null, ys) : 0;
      var width = Math.max(600, xs.length ? Math.max.apply(null, xs) - left : 0);
      var perRow = Math.max(1, Math.floor(width / 80));
      fresh.forEach(function (id, i) {
        at.set(id, { x: left + 80 * (i % perRow), y: bottom + 100 + 70 * Math.floor(i / perRow) });
        placed.add(id);
      });
    }
    nodes.update(Array.from(at, function (entry) {
      return { id: entry[0], x: entry[1].x, y: entry[1].y };
    }));
  }
  function applyFilters() {
    computeShown();
    placeNewcomers();
    nodeView.refresh();
    edgeView.refresh();
    showStatus();
  }

  function checkItem(list, checked, onChange, decorate, text, count, onOnly) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
    label.appendChild(box);
    label.appendChild(decorate);
    label.appendChild(document.createTextNode(text + " "));
    label.appendChild(el("span", "kg-count", count));
    li.appendChild(label);
    if (onOnly) {  // outside the label: a click here must not toggle the box
      var only = action(el("span", "kg-only", "only"), onOnly);
      only.title = "Show only " + text + " (again: all)";
      li.appendChild(only);
    }
    list.appendChild(li);
    return box;
  }
  function buildControls() {
    var classes = document.getElementById("kg-classes");
    data.classes.forEach(function (c) {
      var symbol = el("span", "kg-symbol", c.symbol);
      symbol.style.color = c.color;
      checkItem(classes, true, function (on) {
        if (on) { state.classes.add(c.type); } else { state.classes.delete(c.type); }
      }, symbol, c.label, c.count);
    });
    var relations = document.getElementById("kg-relations");
    var relationBoxes = new Map();
    data.relations.forEach(function (r) {
      var line = el("span", "kg-line");
      line.style.borderColor = r.color;
      line.title = "kg:" + r.name;
      // "only": one relation out of a big graph without unticking the seven others
      relationBoxes.set(r.name, checkItem(relations, true, function (on) {
        if (on) { state.relations.add(r.name); } else { state.relations.delete(r.name); }
      }, line, r.label, r.count + (r.hedged ? " +" + r.hedged + " hedged" : ""), function () {
        var alone = state.relations.size === 1 && state.relations.has(r.name);
        state.relations = new Set(alone ? relationBoxes.keys() : [r.name]);
        relationBoxes.forEach(function (box, name) { box.checked = state.relations.has(name); });
        applyFilters();
      }));
    });
    document.getElementById("kg-multi").addEventListener("change", function (ev) {
      state.multi = ev.target.checked; applyFilters();
    });
    document.getElementById("kg-hedged").addEventListener("change", function (ev) {
      state.hedged = ev.target.checked; applyFilters();
    });
    document.getElementById("kg-isolated").addEventListener("change", function (ev) {
      state.isolated = ev.target.checked; applyFilters();
    });
    var slider = document.getElementById("kg-confidence");
    slider.addEventListener("input", function () {
      state.minConfidence = Number(slider.value);
      document.getElementById("kg-confidence-value").textContent = state.minConfidence.toFixed(2);
      applyFilters();
    });
  }

  // --- details panel ------------------------------------------------------------------
  var details = document.getElementById("kg-details");
  function statement(e) {
    // "Amazon invests $5 bn in Anthropic", "Qwen developed by Alibaba"
    var joint = e.relation === "invests" ? " in " : " ";
    return nodeById.get(e.from).label + " " + e.label + joint + nodeById.get(e.to).label;
  }
  function factLine(e) {
    var li = el("li");
    var link = action(el("span", "kg-fact", statement(e)), function () { selectEdge(e.id); });
    li.appendChild(link);
    li.appendChild(el("span", "kg-badge", plural(e.articles, "article")));
    if (e.hedged) { li.appendChild(el("span", "kg-badge kg-hedged", "hedged")); }
    if (!shownEdges.has(e.id)) { li.appendChild(el("span", "kg-badge", "filtered out")); }
    return li;
  }
  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) { return; }
    var style = classStyle.get(n.type);
    clear(details);
    details.appendChild(el("h2", null, n.label));
    var kind = el("p");
    var symbol = el("span", "kg-symbol", style.symbol);
    symbol.style.color = style.color;
    kind.appendChild(symbol);
    kind.appendChild(document.createTextNode(style.label));
    details.appendChild(kind);
    if (n.aliases.length) { details.appendChild(el("p", null, "Also: " + n.aliases.join(", "))); }
    if (n.family) { details.appendChild(el("p", null, "Model family: " + n.family)); }
    if (/^https?:/.test(n.iri)) { details.appendChild(el("p", "kg-iri", n.iri)); }
    var facts = (edgesOf.get(id) || []).slice().sort(function (a, b) {
      return (a.from === id ? 0 : 1) - (b.from === id ? 0 : 1);
    });
    // in a graph of thousands, the one entity's facts drawn alone (the filters still apply)
    var alone = state.around === id;
    var around = action(el("p", "kg-fact kg-around", alone ? "Show every entity again"
                                                           : "Draw only these facts"),
                        function () {
                          state.around = alone ? null : id;
                          applyFilters();
                          network.fit({ nodes: Array.from(shownNodes),
                                        animation: { duration: 300 } });
                          showNode(id);
                        });
    details.appendChild(around);
    details.appendChild(el("h3", null, plural(facts.length, "fact")));
    var list = el("ul");
    facts.forEach(function (e) { list.appendChild(factLine(e)); });
    details.appendChild(list);
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) { return; }
    clear(details);
    details.appendChild(el("h2", null, statement(e)));
    var meta = el("p", "kg-muted", "kg:" + e.relation + " · confidence " + e.confidence.toFixed(2) +
                  " · " + plural(e.articles, "article"));
    details.appendChild(meta);
    if (e.hedged) {
      details.appendChild(el("p", null, "Hedged: every source reports this as uncertain, " +
                             "planned or denied, so it is not asserted in the graph."));
    }
    if (e.amount) {
      details.appendChild(el("p", null, "Amount: " + Number(e.amount).toLocaleString("en") +
                             " " + (e.currency || "")));
    }
    details.appendChild(el("h3", null, e.sources.length === 1 ? "Source" : plural(e.sources.length, "source")));
    e.sources.forEach(function (s) {
      var a = data.articles[s.article];
      details.appendChild(el("blockquote", null, s.sentence));
      var where = el("p", "kg-source");
      where.appendChild(el("strong", null, a.title || a.path));
      if (a.date) { where.appendChild(document.createTextNode(" · " + a.date)); }
      where.appendChild(document.createElement("br"));
      where.appendChild(document.createTextNode(a.path + " · confidence " +
                                                Number(s.confidence).toFixed(2)));
      details.appendChild(where);
    });
    var ends = el("p");
    [e.from, e.to].forEach(function (nid, i) {
      if (i) { ends.appendChild(document.createTextNode(" → ")); }
      var link = action(el("span", "kg-fact", nodeById.get(nid).label),
                        function () { selectNode(nid); });
      ends.appendChild(link);
    });
    details.appendChild(ends);
  }

  // --- the network --------------------------------------------------------------------
  var container = document.getElementById("kg-network");
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: {
      borderWidth: 1.5,
      font: { color: "#222222", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 7 } }
    },
    edges: {
      smooth: false,
      selectionWidth: 2,
      font: { size: 11, color: "#444444", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
      scaling: { label: { drawThreshold: 7 } }
    },
    interaction: {
      hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
      multiselect: false, keyboard: false
    },
    physics: data.physics ? {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -50, centralGravity: 0.015,
                          springLength: data.nodes.length < 40 ? 150 : 95,
                          springConstant: 0.07, damping: 0.7, avoidOverlap: 0.8 },
      maxVelocity: 30,
      minVelocity: 1,
      stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: true }
    } : { enabled: false }
  };

  buildControls();
  if (!data.edges.some(function (e) { return !e.hedged; })) {
    state.isolated = true;  // a graph without facts: show its entities rather than nothing
    document.getElementById("kg-isolated").checked = true;
  }
  computeShown();
  // the views were made while nothing was shown: without this their lists of shown ids
  // stayed empty, a filter found nothing to remove, and on a page without physics (600+
  // entities) no box changed the drawing (physics' position update filled them by chance)
  nodeView.refresh();
  edgeView.refresh();
  showStatus();
  if (data.physics && shownNodes.size > 0) { placed = new Set(shownNodes); }
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  function keepPositions() {
    var positions = network.getPositions();
    nodes.update(Object.keys(positions).map(function (id) {
      return { id: Number(id), x: positions[id].x, y: positions[id].y };
    }));
  }
  function ready() {
    var focus = data.focus.filter(function (id) { return shownNodes.has(id); });
    if (focus.length) { network.selectNodes(focus); }
    document.body.setAttribute("data-ready", "1");
    showStatus();
  }
  if (data.physics && shownNodes.size > 0) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      keepPositions();
      network.fit();
      ready();
    });
  } else {
    network.setOptions({ physics: { enabled: false } });
    network.once("afterDrawing", ready);
    network.fit();
  }
  network.on("dragEnd", function (params) {
    if (params.nodes.length) { keepPositions(); }
  });
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
  });

  function selectNode(id) {
    if (!shownNodes.has(id)) { state.pinned.add(id); applyFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0),
                        animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }
  function selectEdge(id) {
    if (shownEdges.has(id)) { network.selectEdges([id]); }
    showEdge(id);
  }

  // --- search -------------------------------------------------------------------------
  var names = document.getElementById("kg-names");
  var byName = new Map();
  data.nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      var key = name.toLowerCase();
      if (!byName.has(key)) { byName.set(key, n.id); }
    });
    var option = el("option");
    option.value = n.label;
    names.appendChild(option);
  });
  var search = document.getElementById("kg-search");
  function find() {
    var wanted = search.value.trim().toLowerCase();
    if (!wanted) { return; }
    var id = byName.get(wanted);
    if (id === undefined) {
      var hit = data.nodes.find(function (n) { return n.label.toLowerCase().indexOf(wanted) >= 0; });
      id = hit ? hit.id : undefined;
    }
    var status = document.getElementById("kg-status");
    if (id === undefined) {
      status.textContent = "No entity named “" + search.value.trim() + "” on this page";
      status.className = "kg-warn";
      return;
    }
    status.className = "";
    selectNode(id);
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(); } });
  document.getElementById("kg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 300 } });
  });
  if (data.focus.length) { showNode(data.focus[0]); }

  window.kgraph = { network: network, data: data, showNode: showNode, showEdge: showEdge,
                    selectNode: selectNode, state: state, applyFilters: applyFilters };
}());
