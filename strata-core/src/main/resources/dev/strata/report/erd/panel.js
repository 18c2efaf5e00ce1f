// The side panel (what the selected table holds) and the search box; then the start-up.
var panel = document.getElementById('erd-panel');

function link(id) {
  var b = el('button', 'erd-link', id);
  b.type = 'button';
  b.addEventListener('click', function () { focusNode(id); });
  return b;
}

function section(title, headers, rows) {
  if (!rows.length) return;
  panel.appendChild(el('h3', null, title + ' (' + rows.length + ')'));
  var t = el('table', 'erd-sec-' + title.toLowerCase().replace(/[^a-z]+/g, '-')), tr = el('tr');
  headers.forEach(function (h) { tr.appendChild(el('th', null, h)); });
  t.appendChild(tr);
  rows.forEach(function (r) {
    var row = el('tr');
    r.forEach(function (cell) {
      var td = el('td');
      if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell == null ? '' : cell;
      row.appendChild(td);
    });
    t.appendChild(row);
  });
  panel.appendChild(t);
}

function code(title, text) {
  panel.appendChild(el('h3', null, title));
  panel.appendChild(el('pre', null, text));
}

function list(xs) { return (xs || []).join(', '); }

function showPanel(n) {
  panel.textContent = '';
  if (!n) {
    panel.appendChild(el('p', 'erd-hint', 'Click a table to see its keys, indexes, checks, triggers and comments.'));
    return;
  }
  panel.dataset.id = n.id;
  panel.appendChild(el('div', 'erd-muted', n.kind + ' in schema ' + n.schema));
  panel.appendChild(el('h2', null, n.name));
  if (n.comment) panel.appendChild(el('p', 'erd-comment', n.comment));
  section('Columns', ['name', 'type', 'null', 'default'], n.columns.map(function (c) {
    var name = el('span', null, keyMark(c) ? c.name + ' (' + keyMark(c) + ')' : c.name);
    if (c.comment) name.appendChild(el('span', 'erd-note', c.comment));
    return [name, c.type, c.null ? 'NULL' : 'NOT NULL',
            c.generated ? 'AS (' + c.generated + ')' : c.identity ? 'identity' : c.default];
  }));
  if (n.pk) section('Primary key', ['name', 'columns'], [[n.pk.name || '(default)', list(n.pk.parts)]]);
  section('Indexes', ['name', 'columns', 'kind'], (n.indexes || []).map(function (i) {
    return [i.name, list(i.parts) + (i.include ? ' INCLUDE (' + list(i.include) + ')' : ''),
            [i.unique ? 'UNIQUE' : '', i.type || '', i.where ? 'WHERE ' + i.where : ''].join(' ').trim()];
  }));
  section('Unique constraints', ['name', 'columns'], (n.uniques || []).map(function (u) { return [u.name, list(u.columns)]; }));
  section('Foreign keys', ['name', 'columns', 'references', 'actions'], (n.fks || []).map(function (f) {
    var ref = el('span');
    ref.appendChild(byId.has(f.ref) ? link(f.ref) : document.createTextNode(f.ref));
    ref.appendChild(document.createTextNode(' (' + list(f.refColumns) + ')'));
    return [f.name, list(f.columns), ref,
            [f.onDelete ? 'ON DELETE ' + f.onDelete : '', f.onUpdate ? 'ON UPDATE ' + f.onUpdate : ''].join(' ').trim()];
  }));
  section('Referenced by', ['table', 'key'], edges.filter(function (e) { return e.kind === 'fk' && e.to === n.id; })
    .map(function (e) { return [link(e.from), (e.name || '') + ' (' + list(e.columns) + ')']; }));
  section('Checks', ['name', 'expression'], (n.checks || []).map(function (c) { return [c.name, c.expr]; }));
  section('Reads', ['table or view'], edges.filter(function (e) { return e.kind === 'view' && e.from === n.id; })
    .map(function (e) { return [link(e.to)]; }));
  section('Read by views', ['view'], edges.filter(function (e) { return e.kind === 'view' && e.to === n.id; })
    .map(function (e) { return [link(e.from)]; }));
  (n.triggers || []).forEach(function (t) {
    code('Trigger ' + t.name + ' (' + t.timing + ' ' + list(t.events) + ')', t.definition);
    if (t.comment) panel.appendChild(el('p', 'erd-comment', t.comment));
  });
  if (n.definition) code('Definition', n.definition);
}

// Search: tables whose name (or schema.name) contains the text, then columns that do.
var search = document.getElementById('erd-search');
var results = document.getElementById('erd-results');
var found = [], active = 0;

function matches(q) {
  q = q.trim().toLowerCase();
  if (!q) return [];
  var tables = [], columns = [];
  nodes.forEach(function (n) {
    var name = n.name.toLowerCase();
    if (name.indexOf(q) >= 0 || n.id.toLowerCase().indexOf(q) >= 0) tables.push({ id: n.id, exact: name === q });
    n.columns.forEach(function (c) {
      if (c.name.toLowerCase().indexOf(q) >= 0) columns.push({ id: n.id, column: c.name });
    });
  });
  tables.sort(function (a, b) { return (b.exact - a.exact) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
  return tables.concat(columns).slice(0, 100);
}

function showResults() {
  results.textContent = '';
  found.forEach(function (m, i) {
    var li = el('li', i === active ? 'erd-active' : null);
    li.setAttribute('role', 'option');
    li.appendChild(document.createTextNode(m.column ? m.column : m.id));
    if (m.column) li.appendChild(el('span', 'erd-sub', 'column of ' + m.id));
    li.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(m); });
    results.appendChild(li);
  });
  results.hidden = found.length === 0;
}

function choose(m) {
  results.hidden = true;
  focusNode(m.id, m.column);
}

search.addEventListener('input', function () { found = matches(search.value); active = 0; showResults(); });
search.addEventListener('keydown', function (ev) {
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    ev.preventDefault();
    active = Math.max(0, Math.min(found.length - 1, active + (ev.key === 'ArrowDown' ? 1 : -1)));
    showResults();
  } else if (ev.key === 'Enter' && found.length) {
    choose(found[active]);
  } else if (ev.key === 'Escape') {
    results.hidden = true;
  }
});
search.addEventListener('blur', function () { results.hidden = true; });
document.addEventListener('keydown', function (ev) {
  if (ev.key === 'Escape' && ev.target !== search) select(null);
  if (ev.key === '/' && ev.target !== search) { ev.preventDefault(); search.focus(); }
});

var tableCount = nodes.filter(function (n) { return n.kind === 'table'; }).length;
document.getElementById('erd-stats').textContent = tableCount + ' tables, ' + (nodes.length - tableCount) + ' views, '
  + edges.filter(function (e) { return e.kind === 'fk'; }).length + ' foreign keys';
render();
panAndZoom();
fit();
document.body.dataset.renderMs = String(Math.round(performance.now() - started));
document.body.dataset.ready = 'true';
