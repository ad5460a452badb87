/* kg graph page. Reads the graph from the JSON element #kg-data and draws
 * it with vis-network. Every string from the graph reaches the page through textContent (the
 * el() helper): never innerHTML, never an HTML tooltip. */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  var FONT = getComputedStyle(document.documentElement).getPropertyValue('--arabic').trim() || 'sans-serif';
  var view = window.kgView = { data: DATA, ready: false, stabilised: false, timings: {} };

  // ------------------------------------------------------------------ small helpers
  function el(tag, props) {
    var e = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      var v = props[k];
      if (v === undefined || v === null) return;
      if (k === 'text') e.textContent = String(v);
      else if (k === 'className') e.className = v;
      else if (k === 'style') Object.assign(e.style, v);
      else if (k === 'onclick') e.addEventListener('click', v);
      else e.setAttribute(k, String(v));
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }
  function arabic(tag, text, props) {
    return el(tag, Object.assign({ dir: 'auto', lang: 'ar', text: text }, props || {}));
  }
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  // ------------------------------------------------------------------ Arabic normalisation
  var TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
  function normalise(s) {
    return String(s || '').normalize('NFKC').replace(TASHKEEL, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')   // آ أ إ ٱ -> ا
      .replace(/\u0649/g, '\u064A')                       // ى -> ي
      .replace(/\u0629/g, '\u0647')                       // ة -> ه
      .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }
  function withoutArticle(t) { return t.length > 3 && t.indexOf('\u0627\u0644') === 0 ? t.slice(2) : t; }
  /* A query word and what it may be once its proclitics are taken off: و/ف (and), then ب/ل/ك
   * (in, for, like; لل = ل + ال), then ال (the). */
  function queryForms(word) {
    var forms = [word];
    function add(f) { if (f.length >= 2 && forms.indexOf(f) < 0) forms.push(f); }
    forms.slice().forEach(function (f) { if (/^[\u0648\u0641]/.test(f)) add(f.slice(1)); });
    forms.slice().forEach(function (f) {
      if (/^\u0644\u0644/.test(f)) add('\u0627\u0644' + f.slice(2));
      if (/^[\u0628\u0644\u0643]/.test(f)) add(f.slice(1));
    });
    forms.slice().forEach(function (f) { add(withoutArticle(f)); });
    return forms;
  }

  // ------------------------------------------------------------------ indexes
  var typeInfo = {}, relInfo = {}, nodeById = {}, edgeById = {}, edgesOf = {};
  DATA.entity_types.forEach(function (t) { typeInfo[t.code] = t; });
  DATA.relation_types.forEach(function (r) { relInfo[r.code] = r; });
  DATA.nodes.forEach(function (n) {
    nodeById[n.id] = n;
    edgesOf[n.id] = [];
    var words = [];
    [n.name, n.name_en].concat(n.aliases || []).forEach(function (s) {
      normalise(s).split(' ').forEach(function (w) { if (w) { words.push(w); words.push(withoutArticle(w)); } });
    });
    n._words = words;
    n._full = [n.name].concat(n.aliases || []).map(normalise);
  });
  DATA.edges.forEach(function (e) {
    edgeById[e.id] = e;
    if (edgesOf[e.from]) edgesOf[e.from].push(e);
    if (edgesOf[e.to] && e.to !== e.from) edgesOf[e.to].push(e);
    e._dates = e.provenance.map(function (p) { return p.date; }).filter(Boolean);
  });
  function nodeName(id) { return nodeById[id] ? nodeById[id].name : String(id); }
  function colourOf(type) { return typeInfo[type] ? typeInfo[type].colour : '#7b8794'; }

  // ------------------------------------------------------------------ search
  function search(query, limit) {
    var words = normalise(query).split(' ').filter(Boolean);
    if (!words.length || normalise(query).length < 2) return [];
    var wanted = words.map(queryForms);
    var hits = [];
    DATA.nodes.forEach(function (n) {
      var score = 0;
      var all = wanted.every(function (forms) {
        for (var i = 0; i < forms.length; i++) {
          for (var j = 0; j < n._words.length; j++) {
            if (n._words[j].indexOf(forms[i]) === 0) { score += (i === 0 ? 2 : 1) + (n._words[j] === forms[i] ? 1 : 0); return true; }
          }
        }
        return false;
      });
      if (!all) return;
      if (n._full.indexOf(normalise(query)) >= 0) score += 10;
      hits.push({ node: n, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || b.node.degree - a.node.degree; });
    return hits.slice(0, limit || 20).map(function (h) { return h.node.id; });
  }

  // ------------------------------------------------------------------ filters
  var hiddenTypes = new Set(), hiddenRelations = new Set();
  var dateFrom = '', dateTo = '', keepUndated = true;
  var showIsolated = false;      // nodes with no visible edge are hidden unless asked for
  var visibleEdges = new Set(), visibleNodes = new Set();
  function dateOk(dates) {
    if (!dateFrom && !dateTo) return true;
    if (!dates.length) return keepUndated;
    return dates.some(function (d) { return (!dateFrom || d >= dateFrom) && (!dateTo || d <= dateTo); });
  }
  function nodeDates(n) {
    return n.articles.map(function (a) { return (DATA.articles[a] || {}).published; }).filter(Boolean);
  }
  function computeVisible() {
    visibleNodes = new Set();
    DATA.nodes.forEach(function (n) { if (!hiddenTypes.has(n.type)) visibleNodes.add(n.id); });
    visibleEdges = new Set();
    var touched = new Set();
    DATA.edges.forEach(function (e) {
      if (hiddenRelations.has(e.type) || !visibleNodes.has(e.from) || !visibleNodes.has(e.to) || !dateOk(e._dates)) return;
      visibleEdges.add(e.id); touched.add(e.from); touched.add(e.to);
    });
    if (dateFrom || dateTo) {   // a date range keeps the nodes it touches: by an edge or by a mention
      visibleNodes.forEach(function (id) {
        if (!touched.has(id) && !dateOk(nodeDates(nodeById[id]))) visibleNodes.delete(id);
      });
    }
    if (!showIsolated) {        // a dot with no line says nothing at overview: hidden unless asked for
      visibleNodes.forEach(function (id) { if (!touched.has(id) && !pinned.has(id)) visibleNodes.delete(id); });
    }
  }
  var pinned = new Set();        // nodes shown because the reader asked for them (search, a link)

  // ------------------------------------------------------------------ vis datasets
  function parallelIndex() {   // curve parallel edges apart so each label can be read
    var seen = {}, out = {};
    DATA.edges.forEach(function (e) {
      var key = e.from < e.to ? e.from + '\u0000' + e.to : e.to + '\u0000' + e.from;
      out[e.id] = seen[key] = (seen[key] === undefined ? 0 : seen[key] + 1);
    });
    return out;
  }
  var parallel = parallelIndex();
  /* The highest-degree nodes keep a label at every zoom: vis draws no label below its
   * drawThreshold, so theirs are drawn by the page itself after each frame, at a constant size on
   * screen (14 px), and vis draws none for them. */
  var LABELLED = Math.min(DATA.nodes.length, Math.max(8, Math.min(25, Math.round(Math.sqrt(DATA.nodes.length) * 1.5))));
  var byDegree = DATA.nodes.slice().sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); });
  var hubs = new Set(byDegree.slice(0, LABELLED).filter(function (n) { return n.degree > 0; }).map(function (n) { return n.id; }));
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    var c = colourOf(n.type);
    return { id: n.id, label: hubs.has(n.id) ? undefined : n.name, value: Math.max(1, n.degree), shape: 'dot',
             color: { background: c, border: '#3e4c59', highlight: { background: c, border: '#102a43' },
                      hover: { background: c, border: '#102a43' } } };
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) {
    var r = relInfo[e.type] || {};
    var k = parallel[e.id];
    var item = { id: e.id, from: e.from, to: e.to, label: r.label_en || e.type, value: e.provenance.length,
                 arrows: r.symmetric ? '' : 'to',
                 dashes: e.provenance.length > 0 && e.provenance.every(function (p) { return p.hedged; }) };
    if (k > 0) item.smooth = { enabled: true, type: k % 2 ? 'curvedCW' : 'curvedCCW', roundness: 0.15 * Math.ceil(k / 2) };
    return item;
  }));
  computeVisible();
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });

  // ------------------------------------------------------------------ the network
  var count = DATA.nodes.length;
  var big = count > 300;
  // Cap the layout work twice: about 200k node-iterations (2,000 nodes: 100 steps) and
  // LAYOUT_BUDGET_MS of wall time, in small batches so the tab stays responsive meanwhile.
  var iterations = Math.max(80, Math.min(1000, Math.round(200000 / Math.max(1, count))));
  var LAYOUT_BUDGET_MS = 4000;
  var options = {
    autoResize: true,
    layout: { improvedLayout: count <= 150, randomSeed: 7 },
    physics: {
      enabled: true, solver: 'barnesHut',
      barnesHut: { theta: big ? 0.9 : 0.5, gravitationalConstant: -4000, centralGravity: 0.25, springLength: 130,
                   springConstant: 0.04, damping: 0.25, avoidOverlap: big ? 0 : 0.1 },
      stabilization: { enabled: true, iterations: iterations, fit: true,
                       updateInterval: Math.max(2, Math.min(50, Math.round(10000 / Math.max(1, count)))) },
      minVelocity: 1.5
    },
    interaction: { hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 300, multiselect: false },
    nodes: {
      shape: 'dot', borderWidth: 1,
      scaling: { min: 7, max: 38, label: { enabled: true, min: 13, max: 20, drawThreshold: 6, maxVisible: 30 } },
      font: { face: FONT, size: 14, color: '#1f2933', strokeWidth: 3, strokeColor: '#ffffff' }
    },
    edges: {
      smooth: false, selectionWidth: 2,
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { color: '#9aa5b1', highlight: '#d64545', hover: '#3e4c59', inherit: false },
      font: { face: FONT, size: 11, color: '#52606d', strokeWidth: 3, strokeColor: '#ffffff', align: 'middle' },
      scaling: { min: 1, max: 6, label: { enabled: false } }
    }
  };
  var container = document.getElementById('graph');
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  view.network = network; view.nodes = nodes; view.edges = edges;
  view.timings.created = performance.now();

  var progressBar = document.getElementById('progress-bar');
  var progressText = document.getElementById('progress-text');
  var layoutStart = null;
  network.on('startStabilizing', function () { layoutStart = performance.now(); });
  network.on('stabilizationProgress', function (p) {
    view.timings.iterations = p.iterations;
    if (layoutStart !== null && performance.now() - layoutStart > LAYOUT_BUDGET_MS) network.stopSimulation();
    var pct = Math.round(100 * p.iterations / Math.max(1, p.total));
    progressBar.style.width = pct + '%';
    progressText.textContent = 'Laying out ' + count + ' nodes… ' + pct + '%';
  });
  function layoutDone() {
    network.setOptions({ physics: { enabled: false } });   // nothing moves after the layout: no busy tab
    if (projection) fitPlaces();
    document.getElementById('progress').classList.add('done');
    layoutStart = null;
    view.layouts = (view.layouts || 0) + 1;
    if (!view.stabilised) {
      view.stabilised = true;
      view.timings.stabilised = performance.now();
      network.once('afterDrawing', function () { view.timings.drawn = performance.now(); view.ready = true; });
      network.redraw();
    }
  }
  network.on('stabilizationIterationsDone', layoutDone);

  var LABEL_PX = 14;
  network.on('afterDrawing', function (ctx) {
    var scale = network.getScale(), drawn = [];
    var positions = network.getPositions(Array.from(hubs).filter(function (id) { return visibleNodes.has(id); }));
    ctx.save();
    ctx.font = '600 ' + (LABEL_PX / scale) + 'px ' + FONT;
    ctx.textAlign = 'center'; ctx.textBaseline = 'top';
    ctx.lineJoin = 'round'; ctx.lineWidth = 4 / scale; ctx.strokeStyle = '#ffffff'; ctx.fillStyle = '#102a43';
    Object.keys(positions).forEach(function (id) {
      var p = positions[id], n = nodeById[id];
      var radius = network.body.nodes[id] ? network.body.nodes[id].shape.radius || 10 : 10;
      var y = p.y + radius + 3 / scale;
      ctx.strokeText(n.name, p.x, y);
      ctx.fillText(n.name, p.x, y);
      drawn.push(id);
    });
    ctx.restore();
    view.labelled = drawn;
    view.labelPx = LABEL_PX;
  });
  if (count === 0) layoutDone();

  // ------------------------------------------------------------------ legend and filters
  function checkRow(list, label, checked, onChange, swatch, countN) {
    var box = el('input', { type: 'checkbox' });
    box.checked = checked;
    box.addEventListener('change', function () { onChange(box.checked); });
    list.append(el('li', null, el('label', null, box, swatch || null, label, el('span', { className: 'count', text: countN }))));
  }
  function refresh() {
    computeVisible();
    nodeView.refresh(); edgeView.refresh();
    showStats();
  }
  var legend = document.getElementById('legend');
  DATA.entity_types.forEach(function (t) {
    var label = el('span', null, t.label_en, t.label_ar ? ' · ' : '', t.label_ar ? arabic('span', t.label_ar) : '');
    checkRow(legend, label, true, function (on) { if (on) hiddenTypes.delete(t.code); else hiddenTypes.add(t.code); refresh(); },
             el('span', { className: 'swatch', style: { background: t.colour }, 'data-type': t.code }), t.count);
  });
  var relations = document.getElementById('relations');
  DATA.relation_types.forEach(function (r) {
    var label = el('span', null, r.label_en, r.label_ar ? ' · ' : '', r.label_ar ? arabic('span', r.label_ar) : '');
    checkRow(relations, label, true, function (on) { if (on) hiddenRelations.delete(r.code); else hiddenRelations.add(r.code); refresh(); }, null, r.count);
  });
  var allDates = [];
  DATA.edges.forEach(function (e) { allDates = allDates.concat(e._dates); });
  Object.keys(DATA.articles).forEach(function (a) { if (DATA.articles[a].published) allDates.push(DATA.articles[a].published); });
  allDates.sort();
  ['date-from', 'date-to'].forEach(function (id) {
    var input = document.getElementById(id);
    if (allDates.length) { input.min = allDates[0]; input.max = allDates[allDates.length - 1]; }
    input.addEventListener('change', function () {
      dateFrom = document.getElementById('date-from').value;
      dateTo = document.getElementById('date-to').value;
      refresh();
    });
  });
  document.getElementById('date-undated').addEventListener('change', function (ev) { keepUndated = ev.target.checked; refresh(); });
  var isolatedBox = document.getElementById('show-isolated');
  isolatedBox.checked = showIsolated;
  isolatedBox.addEventListener('change', function () { showIsolated = isolatedBox.checked; refresh(); });

  function showStats() {
    document.getElementById('stats').textContent =
      visibleNodes.size + ' / ' + DATA.nodes.length + ' nodes · ' + visibleEdges.size + ' / ' + DATA.edges.length + ' edges';
  }
  document.getElementById('title').textContent = DATA.title;
  showStats();

  // ------------------------------------------------------------------ places on their coordinates
  var geoNodes = DATA.nodes.filter(function (n) { return typeof n.lat === 'number' && typeof n.lon === 'number'; });
  var savedPositions = null;
  var projection = null;         // set while places sit on their coordinates: the borders use it too
  function project() {
    var lats = geoNodes.map(function (n) { return n.lat; }), lons = geoNodes.map(function (n) { return n.lon; });
    var lat0 = (Math.min.apply(null, lats) + Math.max.apply(null, lats)) / 2;
    var lon0 = (Math.min.apply(null, lons) + Math.max.apply(null, lons)) / 2;
    var kx = Math.cos(lat0 * Math.PI / 180);
    var span = Math.max(Math.max.apply(null, lats) - Math.min.apply(null, lats),
                        (Math.max.apply(null, lons) - Math.min.apply(null, lons)) * kx, 0.05);
    var scale = Math.max(600, Math.sqrt(count) * 120) / span;
    projection = { lat0: lat0, lon0: lon0, kx: kx, scale: scale };
    var out = {};
    geoNodes.forEach(function (n) { out[n.id] = toXY(n.lon, n.lat); });
    return out;
  }
  function toXY(lon, lat) {
    return { x: (lon - projection.lon0) * projection.kx * projection.scale, y: -(lat - projection.lat0) * projection.scale };
  }
  /* Country borders (Natural Earth, public domain: the arcs near the places, embedded by kg viz)
   * drawn under the graph with the places' own projection. */
  var BORDERS = DATA.borders || { arcs: [] };
  network.on('beforeDrawing', function (ctx) {
    if (!projection || !BORDERS.arcs.length) { view.bordersDrawn = 0; return; }
    var k = BORDERS.scale, scale = network.getScale();
    ctx.save();
    ctx.strokeStyle = '#b8c4d0'; ctx.lineWidth = 1.2 / scale; ctx.lineJoin = 'round';
    ctx.beginPath();
    BORDERS.arcs.forEach(function (arc) {
      for (var i = 0; i < arc.length; i += 2) {
        var p = toXY(arc[i] / k, arc[i + 1] / k);
        if (i === 0) ctx.moveTo(p.x, p.y); else ctx.lineTo(p.x, p.y);
      }
    });
    ctx.stroke();
    ctx.restore();
    view.bordersDrawn = BORDERS.arcs.length;
  });
  function setGeo(on) {
    if (!geoNodes.length) return;
    if (on) {
      savedPositions = network.getPositions();
      var placed = project(), updates = [];
      Object.keys(placed).forEach(function (id) { updates.push({ id: id, x: placed[id].x, y: placed[id].y, fixed: { x: true, y: true } }); });
      DATA.nodes.forEach(function (n, i) {   // an unplaced node goes next to the places it is linked to
        if (placed[n.id]) return;
        var near = edgesOf[n.id].map(function (e) { return placed[e.from === n.id ? e.to : e.from]; }).filter(Boolean);
        if (!near.length) return;
        var x = 0, y = 0;
        near.forEach(function (p) { x += p.x; y += p.y; });
        var a = i * 2.399963;   // golden angle: neighbours of the same places fan out
        updates.push({ id: n.id, x: x / near.length + 40 * Math.cos(a), y: y / near.length + 40 * Math.sin(a) });
      });
      nodes.update(updates);
      relayout(Math.min(iterations, 200));   // the unplaced nodes settle around the fixed places
      return;
    } else if (savedPositions) {
      projection = null;
      nodes.update(Object.keys(savedPositions).map(function (id) {
        return { id: id, x: savedPositions[id].x, y: savedPositions[id].y, fixed: { x: false, y: false } };
      }));
    }
    network.fit({ animation: false });
  }
  function fitPlaces() {        // zoom to the region the places are in
    var shown = geoNodes.filter(function (n) { return visibleNodes.has(n.id); }).map(function (n) { return n.id; });
    network.fit({ nodes: shown.length ? shown : undefined, animation: false });
  }
  var geoBox = document.getElementById('geo');
  geoBox.disabled = geoNodes.length === 0;
  if (!geoNodes.length) geoBox.parentNode.title = 'No place in this graph has coordinates';
  geoBox.addEventListener('change', function () { setGeo(geoBox.checked); });
  function relayout(steps) {
    document.getElementById('progress').classList.remove('done');
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(steps);
  }
  document.getElementById('relayout').addEventListener('click', function () { relayout(iterations); });

  // ------------------------------------------------------------------ the details panel
  var panel = document.getElementById('panel');
  var panelBody = document.getElementById('panel-body');
  function openPanel(children) {
    panelBody.replaceChildren.apply(panelBody, children.filter(Boolean));
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function closePanel() { panel.hidden = true; panelBody.replaceChildren(); }
  document.getElementById('panel-close').addEventListener('click', function () { closePanel(); network.unselectAll(); });

  function nodeButton(id) {
    return el('button', { type: 'button', className: 'linkish', dir: 'auto', lang: 'ar', text: nodeName(id),
                          onclick: function () { focusNode(id); } });
  }
  function articleLine(articleId) {
    var a = DATA.articles[articleId] || {};
    var label = a.title || articleId;
    var url = safeUrl(a.url);
    var link = url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto', text: label })
                   : arabic('span', label);
    return el('span', { className: 'article' }, 'article: ', link, a.published ? ' (' + a.published + ')' : '',
              a.publisher ? el('span', null, ' · published by ', nodeButton(a.publisher)) : null);
  }
  function provenanceItem(p) {
    return el('div', { className: 'prov' + (p.hedged ? ' hedged' : '') },
      arabic('blockquote', p.sentence || ''),
      el('div', { className: 'meta' },
        articleLine(p.article),
        el('span', null, 'credited to: ', p.attributed_to ? nodeButton(p.attributed_to) : '—'),
        el('span', { text: 'hedged: ' + (p.hedged ? 'yes' : 'no') }),
        el('span', { text: 'date: ' + (p.event_date || (p.date ? p.date + ' (published)' : '—')) }),
        p.confidence !== null ? el('span', { text: 'confidence: ' + p.confidence }) : null,
        p.rule ? el('span', { text: 'rule: ' + p.rule }) : null,
        p.trigger ? el('span', null, 'cue: ', arabic('span', p.trigger)) : null));
  }
  function relationLabel(type) {
    var r = relInfo[type] || {};
    return el('span', null, r.label_en || type, r.label_ar ? ' · ' : '', r.label_ar ? arabic('span', r.label_ar) : '');
  }
  /* subject, relation and object each on a line of their own, each a bidi-isolated run
   * (<bdi dir="auto">), so an Arabic name beside an English relation never reorders the three. */
  function edgeHead(e) {
    var symmetric = (relInfo[e.type] || {}).symmetric;
    return el('div', { className: 'relation-head', dir: 'ltr' },
      el('div', { className: 'edge-subject' }, el('bdi', { dir: 'auto' }, nodeButton(e.from))),
      el('div', { className: 'edge-relation' }, el('span', { className: 'arrow', text: symmetric ? '↕ ' : '↓ ' }),
         el('bdi', { dir: 'auto' }, relationLabel(e.type))),
      el('div', { className: 'edge-object' }, el('bdi', { dir: 'auto' }, nodeButton(e.to)),
         el('span', { className: 'count', text: '  (' + e.provenance.length + ' sentence' + (e.provenance.length === 1 ? '' : 's') + ')' })));
  }
  function edgeBlock(e) {
    return el('div', { className: 'relation' },
      edgeHead(e),
      e.provenance.map(provenanceItem).reduce(function (f, x) { f.append(x); return f; }, document.createDocumentFragment()));
  }
  var MAX_EDGES_SHOWN = 60;
  function showNode(id) {
    var n = nodeById[id];
    if (!n) return;
    var t = typeInfo[n.type] || { label_en: n.type, colour: '#7b8794' };
    var rels = edgesOf[id];
    openPanel([
      arabic('h2', n.name),
      el('span', { className: 'badge', style: { background: t.colour }, text: t.label_en + (t.label_ar ? ' · ' + t.label_ar : '') }),
      el('dl', null,
        n.name_en ? el('dt', { text: 'English' }) : null, n.name_en ? el('dd', { text: n.name_en }) : null,
        el('dt', { text: 'id' }), el('dd', { text: n.id, dir: 'ltr' }),
        n.aliases.length ? el('dt', { text: 'also written' }) : null,
        n.aliases.length ? arabic('dd', n.aliases.join(' · ')) : null,
        n.wikidata ? el('dt', { text: 'Wikidata' }) : null, n.wikidata ? el('dd', { text: n.wikidata }) : null,
        n.geonames ? el('dt', { text: 'GeoNames' }) : null, n.geonames ? el('dd', { text: n.geonames }) : null,
        n.lat !== null ? el('dt', { text: 'coordinates' }) : null, n.lat !== null ? el('dd', { text: n.lat + ', ' + n.lon }) : null,
        el('dt', { text: 'mentioned in' }), el('dd', { text: n.articles.length + ' article' + (n.articles.length === 1 ? '' : 's') })),
      el('h3', { text: 'Relations (' + rels.length + ')' }),
      rels.length ? null : el('p', { className: 'more', text: 'No relation: only mentioned.' }),
    ].concat(rels.slice(0, MAX_EDGES_SHOWN).map(edgeBlock),
             rels.length > MAX_EDGES_SHOWN ? [el('p', { className: 'more', text: (rels.length - MAX_EDGES_SHOWN) + ' more relations not shown' })] : []));
    panel.dataset.kind = 'node'; panel.dataset.id = id;
  }
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    openPanel([el('h2', null, relationLabel(e.type)), edgeBlock(e)]);
    panel.dataset.kind = 'edge'; panel.dataset.id = id;
  }
  function focusNode(id) {
    if (!visibleNodes.has(id)) { hiddenTypes.delete(nodeById[id].type); pinned.add(id); syncChecks(); refresh(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  }
  function syncChecks() {
    DATA.entity_types.forEach(function (t, i) { legend.querySelectorAll('input')[i].checked = !hiddenTypes.has(t.code); });
  }
  network.on('click', function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else closePanel();
  });

  // ------------------------------------------------------------------ search box
  var input = document.getElementById('search');
  var results = document.getElementById('search-results');
  function showResults() {
    var ids = search(input.value, 20);
    results.replaceChildren.apply(results, ids.map(function (id) {
      var n = nodeById[id], t = typeInfo[n.type] || {};
      return el('li', { 'data-id': id, onclick: function () { results.hidden = true; focusNode(id); } },
        el('span', { className: 'swatch', style: { background: colourOf(n.type) } }),
        arabic('span', n.name), el('span', { className: 'hint', text: (n.name_en || '') + ' · ' + (t.label_en || n.type) }));
    }));
    results.hidden = !input.value.trim();
    if (!ids.length && input.value.trim()) results.append(el('li', { className: 'hint', text: 'no match' }));
  }
  input.addEventListener('input', showResults);
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var first = search(input.value, 1)[0]; if (first) { results.hidden = true; focusNode(first); } }
    if (ev.key === 'Escape') { results.hidden = true; }
  });

  view.search = search;
  view.normalise = normalise;
  view.focusNode = focusNode;
  view.setGeo = setGeo;
  view.hubs = hubs;
  view.setShowIsolated = function (on) { isolatedBox.checked = on; showIsolated = on; refresh(); };
  view.visibleCounts = function () {
    return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
  };
})();
