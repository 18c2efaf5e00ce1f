// Layout: each schema is a group; inside it, each connected set of tables is laid out in layers by
// dagre (referenced tables left of the tables that reference them), and the sets and the lone
// tables are packed in rows, largest first. Groups are packed the same way. Nothing is placed
// over anything else by construction: dagre separates the nodes of a set, packing the sets.
var GAP = 40, PAD = 24, TITLE = 30;

function layoutAll(nodes, edges, sizeOf) {
  var bySchema = new Map();
  nodes.forEach(function (n) {
    if (!bySchema.has(n.schema)) bySchema.set(n.schema, []);
    bySchema.get(n.schema).push(n.id);
  });
  var schemaOf = new Map(nodes.map(function (n) { return [n.id, n.schema]; }));
  var groups = [];
  bySchema.forEach(function (ids, schema) {
    var inner = edges.filter(function (e) { return schemaOf.get(e.from) === schema && schemaOf.get(e.to) === schema; });
    var packed = pack(components(ids, inner).map(function (c) { return layoutSet(c, inner, sizeOf); }));
    groups.push({ schema: schema, w: packed.w + 2 * PAD, h: packed.h + PAD + TITLE, pos: packed.pos });
  });
  var outer = pack(groups.map(function (g) {
    var pos = new Map(); pos.set(g.schema, { x: 0, y: 0 });
    return { w: g.w, h: g.h, pos: pos, group: g };
  }), 60);
  var result = { nodes: new Map(), groups: [], w: outer.w, h: outer.h };
  groups.forEach(function (g) {
    var at = outer.pos.get(g.schema);
    result.groups.push({ schema: g.schema, x: at.x, y: at.y, w: g.w, h: g.h });
    g.pos.forEach(function (p, id) { result.nodes.set(id, { x: at.x + PAD + p.x, y: at.y + TITLE + p.y }); });
  });
  return result;
}

// The connected sets of ids, by union-find over the edges between them.
function components(ids, edges) {
  var parent = new Map(ids.map(function (id) { return [id, id]; }));
  function find(x) { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; }
  edges.forEach(function (e) { var a = find(e.from), b = find(e.to); if (a !== b) parent.set(a, b); });
  var sets = new Map();
  ids.forEach(function (id) { var r = find(id); if (!sets.has(r)) sets.set(r, []); sets.get(r).push(id); });
  return Array.from(sets.values());
}

// One connected set: {w, h, pos: Map id -> top-left}. Left to right reads best (a key's arrow runs
// along the rows); a set with many tables per layer comes out as a tall column that way, so it is
// laid out top to bottom too, and the shape nearer a screen's wins.
function layoutSet(ids, edges, sizeOf) {
  if (ids.length === 1) {
    var s = sizeOf(ids[0]), one = new Map();
    one.set(ids[0], { x: 0, y: 0 });
    return { w: s.w, h: s.h, pos: one };
  }
  var lr = dagreSet(ids, edges, sizeOf, 'LR');
  if (lr.w / lr.h >= 0.5) return lr;
  var tb = dagreSet(ids, edges, sizeOf, 'TB');
  var off = function (l) { return Math.abs(Math.log(l.w / l.h / 1.6)); };
  return off(tb) < off(lr) ? tb : lr;
}

function dagreSet(ids, edges, sizeOf, direction) {
  var pos = new Map(), inSet = new Set(ids);
  var g = new dagre.graphlib.Graph();
  // network-simplex ranks best but grows fast with size; longest-path keeps 500 linked tables quick.
  g.setGraph({ rankdir: direction, nodesep: 28, ranksep: direction === 'LR' ? 90 : 60, marginx: 0, marginy: 0,
               ranker: ids.length > 150 ? 'longest-path' : 'network-simplex' });
  g.setDefaultEdgeLabel(function () { return {}; });
  ids.forEach(function (id) { var s = sizeOf(id); g.setNode(id, { width: s.w, height: s.h }); });
  edges.forEach(function (e) {
    if (e.from !== e.to && inSet.has(e.from) && inSet.has(e.to)) g.setEdge(e.to, e.from);
  });
  dagre.layout(g);
  var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  ids.forEach(function (id) {
    var n = g.node(id), x = n.x - n.width / 2, y = n.y - n.height / 2;
    pos.set(id, { x: x, y: y });
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + n.width); maxY = Math.max(maxY, y + n.height);
  });
  pos.forEach(function (p) { p.x -= minX; p.y -= minY; });
  return { w: maxX - minX, h: maxY - minY, pos: pos };
}

// Shelf packing of boxes {w, h, pos} into rows about as wide as a screen-shaped rectangle of their
// total area: {w, h, pos: Map id -> top-left of every position of every box, shifted}.
function pack(boxes, gap) {
  gap = gap || GAP;
  var area = 0, widest = 0;
  boxes.forEach(function (b) { area += (b.w + gap) * (b.h + gap); widest = Math.max(widest, b.w); });
  var rowWidth = Math.max(widest, Math.sqrt(area * 1.6));
  var sorted = boxes.slice().sort(function (a, b) { return b.h - a.h || b.w - a.w; });
  var x = 0, y = 0, rowH = 0, w = 0, pos = new Map();
  sorted.forEach(function (b) {
    if (x > 0 && x + b.w > rowWidth) { y += rowH + gap; x = 0; rowH = 0; }
    b.pos.forEach(function (p, id) { pos.set(id, { x: x + p.x, y: y + p.y }); });
    x += b.w + gap; rowH = Math.max(rowH, b.h); w = Math.max(w, x - gap);
  });
  return { w: w, h: y + rowH, pos: pos };
}
