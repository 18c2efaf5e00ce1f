// The diagram: table boxes, schema groups and edges in one world that pans and zooms, and the
// selection (a table, its neighbours, its edges) that the search and clicks set.
var started = performance.now();
var model = JSON.parse(document.getElementById('erd-model').textContent);
var nodes = model.nodes, edges = model.edges;
var byId = new Map(nodes.map(function (n) { return [n.id, n]; }));
var elements = new Map();
var neighbours = new Map(nodes.map(function (n) { return [n.id, new Set()]; }));
edges.forEach(function (e) {
  if (e.from !== e.to) { neighbours.get(e.from).add(e.to); neighbours.get(e.to).add(e.from); }
});
var viewport = document.getElementById('erd-viewport');
var world = document.getElementById('erd-world');
var SVG = 'http://www.w3.org/2000/svg';
var svg = document.createElementNS(SVG, 'svg');
svg.id = 'erd-edges';
var view = { x: 0, y: 0, k: 1 };
var selected = null;

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function keyMark(c) { return c.pk && c.fk ? 'PK FK' : c.pk ? 'PK' : c.fk ? 'FK' : c.unique ? 'UQ' : ''; }

function box(n) {
  var b = el('div', 'erd-node' + (n.kind === 'table' ? '' : ' erd-view'));
  b.dataset.id = n.id;
  var head = el('div', 'erd-head');
  if (n.kind !== 'table') head.appendChild(el('span', 'erd-kind', n.kind));
  head.appendChild(document.createTextNode(n.name));
  head.title = n.id + (n.comment ? '\n' + n.comment : '');
  b.appendChild(head);
  n.columns.forEach(function (c) {
    var row = el('div', 'erd-col');
    row.dataset.col = c.name;
    row.appendChild(el('span', 'erd-key', keyMark(c)));
    row.appendChild(el('span', 'erd-name', c.name));
    row.appendChild(el('span', 'erd-type', c.type));
    row.appendChild(el('span', 'erd-null', c.null ? '?' : ''));
    row.title = c.name + ' ' + c.type + (c.null ? ' NULL' : ' NOT NULL') + (c.comment ? '\n' + c.comment : '');
    b.appendChild(row);
  });
  return b;
}

function defs() {
  var d = document.createElementNS(SVG, 'defs');
  // One (a bar) at the referenced end; many (a crow's foot) or one at the referencing end.
  [['erd-one', 'M 10 0 L 10 10'], ['erd-many', 'M 0 5 L 10 0 M 0 5 L 10 10 M 0 5 L 10 5']].forEach(function (m) {
    var mk = document.createElementNS(SVG, 'marker');
    mk.setAttribute('id', m[0]); mk.setAttribute('viewBox', '0 0 10 10');
    mk.setAttribute('refX', '10'); mk.setAttribute('refY', '5');
    mk.setAttribute('markerWidth', '10'); mk.setAttribute('markerHeight', '10');
    mk.setAttribute('orient', 'auto-start-reverse');
    var p = document.createElementNS(SVG, 'path');
    p.setAttribute('d', m[1]); p.setAttribute('stroke', '#7b8794'); p.setAttribute('fill', 'none');
    mk.appendChild(p); d.appendChild(mk);
  });
  return d;
}

// Where an edge meets a box: beside the named column's row, else beside the header.
function anchor(id, col, pos) {
  var b = elements.get(id), p = pos.get(id), y = p.y + 14;
  if (col) {
    var n = byId.get(id), i = n.columns.findIndex(function (c) { return c.name === col; });
    if (i >= 0) { var row = b.children[i + 1]; y = p.y + row.offsetTop + row.offsetHeight / 2; }
  }
  return { x: p.x, y: y, w: b.offsetWidth };
}

function edgePath(e, pos) {
  var a = anchor(e.from, e.columns && e.columns[0], pos), b = anchor(e.to, e.refColumns && e.refColumns[0], pos);
  if (e.from === e.to) {
    var x = a.x + a.w, r = 30;
    return 'M ' + x + ' ' + a.y + ' C ' + (x + r) + ' ' + a.y + ', ' + (x + r) + ' ' + b.y + ', ' + x + ' ' + b.y;
  }
  var right = a.x + a.w / 2 < b.x + b.w / 2;
  var x1 = right ? a.x + a.w : a.x, x2 = right ? b.x : b.x + b.w;
  var dx = Math.max(40, Math.abs(x2 - x1) / 2) * (right ? 1 : -1);
  return 'M ' + x1 + ' ' + a.y + ' C ' + (x1 + dx) + ' ' + a.y + ', ' + (x2 - dx) + ' ' + b.y + ', ' + x2 + ' ' + b.y;
}

function render() {
  // Measured in a world wide enough for every box's natural width, then fixed: a box's width must
  // not change with where it ends up (an absolute box shrinks near its container's right edge).
  world.style.width = '100000px';
  nodes.forEach(function (n) { var b = box(n); elements.set(n.id, b); world.appendChild(b); });
  var sizes = new Map();
  elements.forEach(function (b, id) { sizes.set(id, { w: Math.ceil(b.getBoundingClientRect().width / view.k),
                                                     h: Math.ceil(b.getBoundingClientRect().height / view.k) }); });
  elements.forEach(function (b, id) { b.style.width = sizes.get(id).w + 'px'; b.style.height = sizes.get(id).h + 'px'; });
  var t0 = performance.now();
  document.body.dataset.measureMs = String(Math.round(t0 - started));
  var laid = layoutAll(nodes, edges, function (id) { return sizes.get(id); });
  document.body.dataset.layoutMs = String(Math.round(performance.now() - t0));
  laid.groups.forEach(function (g) {
    var gb = el('div', 'erd-group');
    gb.dataset.schema = g.schema;
    gb.style.left = g.x + 'px'; gb.style.top = g.y + 'px'; gb.style.width = g.w + 'px'; gb.style.height = g.h + 'px';
    gb.appendChild(el('div', 'erd-group-title', g.schema));
    world.insertBefore(gb, world.firstChild);
  });
  laid.nodes.forEach(function (p, id) {
    var b = elements.get(id);
    b.style.left = p.x + 'px'; b.style.top = p.y + 'px';
  });
  svg.setAttribute('width', laid.w); svg.setAttribute('height', laid.h);
  svg.appendChild(defs());
  edges.forEach(function (e) {
    var path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', edgePath(e, laid.nodes));
    path.setAttribute('class', e.kind === 'fk' ? 'erd-fk-edge' : 'erd-view-edge');
    path.dataset.from = e.from; path.dataset.to = e.to;
    if (e.kind === 'fk') {
      path.setAttribute('marker-start', e.childUnique ? 'url(#erd-one)' : 'url(#erd-many)');
      path.setAttribute('marker-end', 'url(#erd-one)');
    }
    e.path = path;
    svg.appendChild(path);
  });
  world.insertBefore(svg, elements.size ? elements.values().next().value : null);
  world.style.width = laid.w + 'px'; world.style.height = laid.h + 'px';
  document.body.dataset.edgesMs = String(Math.round(performance.now() - t0));
  return laid;
}

function apply() {
  world.style.transform = 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.k + ')';
  // Zoomed out, schema names keep a readable size and the rows' text is not painted.
  world.style.setProperty('--erd-label', String(Math.max(1, 0.6 / view.k)));
  document.body.classList.toggle('erd-far', view.k < 0.35);
}

function zoomAt(k, cx, cy) {
  k = Math.min(2.5, Math.max(0.02, k));
  view.x = cx - (cx - view.x) * k / view.k; view.y = cy - (cy - view.y) * k / view.k; view.k = k;
  apply();
}

function fit() {
  var w = world.offsetWidth || 1, h = world.offsetHeight || 1, vw = viewport.clientWidth, vh = viewport.clientHeight;
  view.k = Math.min(1, 0.95 * Math.min(vw / w, vh / h));
  view.x = (vw - w * view.k) / 2; view.y = (vh - h * view.k) / 2;
  apply();
}

// Centre the view on a table at a readable scale.
function centre(id) {
  var b = elements.get(id), vw = viewport.clientWidth, vh = viewport.clientHeight;
  view.k = Math.max(view.k, 1);
  view.x = vw / 2 - (b.offsetLeft + b.offsetWidth / 2) * view.k;
  view.y = vh / 2 - (b.offsetTop + Math.min(b.offsetHeight, vh / view.k) / 2) * view.k;
  apply();
}

function select(id) {
  elements.forEach(function (b) { b.classList.remove('erd-selected', 'erd-neighbour'); });
  document.querySelectorAll('.erd-hit').forEach(function (r) { r.classList.remove('erd-hit'); });
  edges.forEach(function (e) { e.path.classList.remove('erd-hl'); });
  selected = id;
  document.body.classList.toggle('erd-selecting', id != null);
  if (id == null) { showPanel(null); return; }
  elements.get(id).classList.add('erd-selected');
  neighbours.get(id).forEach(function (o) { elements.get(o).classList.add('erd-neighbour'); });
  edges.forEach(function (e) { if (e.from === id || e.to === id) e.path.classList.add('erd-hl'); });
  showPanel(byId.get(id));
}

function focusNode(id, column) {
  select(id);
  if (column) {
    var row = Array.prototype.find.call(elements.get(id).children, function (r) { return r.dataset.col === column; });
    if (row) row.classList.add('erd-hit');
  }
  centre(id);
}

function panAndZoom() {
  var drag = null;
  viewport.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false, target: ev.target };
  });
  window.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    drag.moved = true; viewport.classList.add('erd-panning');
    view.x = drag.vx + dx; view.y = drag.vy + dy; apply();
  });
  window.addEventListener('pointerup', function () {
    if (drag && !drag.moved) {
      var node = drag.target.closest && drag.target.closest('.erd-node');
      select(node ? node.dataset.id : null);
    }
    drag = null; viewport.classList.remove('erd-panning');
  });
  viewport.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var r = viewport.getBoundingClientRect();
    zoomAt(view.k * Math.exp(-ev.deltaY * 0.0015), ev.clientX - r.left, ev.clientY - r.top);
  }, { passive: false });
  function step(f) { zoomAt(view.k * f, viewport.clientWidth / 2, viewport.clientHeight / 2); }
  document.getElementById('erd-zoom-in').addEventListener('click', function () { step(1.25); });
  document.getElementById('erd-zoom-out').addEventListener('click', function () { step(0.8); });
  document.getElementById('erd-fit').addEventListener('click', fit);
}
