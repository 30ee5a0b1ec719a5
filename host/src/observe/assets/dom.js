// DOM building for the dashboard. Everything it shows is agent-written data, so nothing here
// parses HTML: text goes in as text nodes, attributes through setAttribute.

/** Builds an element: `attrs` may hold `class`, `text`, `on` (event → handler), `dataset`, and
 *  plain attributes; children are nodes, strings (as text), arrays, or null (skipped). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (/^on/i.test(k)) throw new Error(`event attribute ${k}: use "on"`);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces a node's children. */
export function put(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function time(ms) {
  if (ms === null || ms === undefined) return '—';
  const d = new Date(Number(ms));
  return Number.isNaN(d.getTime()) ? String(ms) : d.toLocaleString();
}

export function badge(text, kind) {
  return h('span', { class: `badge ${kind ?? String(text)}`, text });
}

/** A compact one-line rendering of a JSON value. */
export function brief(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  const s = JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

export function pre(v, cls) {
  return h('pre', { class: cls }, typeof v === 'string' ? v : JSON.stringify(v, null, 2));
}

/** A table: `cols` are [heading, row → cell], `onPick` makes rows clickable. */
export function table(cols, rows, onPick, attrs = {}) {
  const head = h('tr', {}, cols.map(([name]) => h('th', { text: name })));
  const body = rows.map((r) => {
    const tr = h('tr', { class: onPick ? 'clickable' : null }, cols.map(([, cell]) => h('td', {}, cell(r))));
    if (onPick) tr.addEventListener('click', () => {
      tr.parentElement?.querySelectorAll('tr.selected').forEach((x) => x.classList.remove('selected'));
      tr.classList.add('selected');
      onPick(r, tr);
    });
    return tr;
  });
  return h('table', attrs, h('thead', {}, head), h('tbody', {}, body));
}

/** A message for a failed call (a 403 says what was denied and the decision it opened). */
export function failure(e) {
  const err = e?.body?.error;
  const text = err?.message ?? e?.message ?? String(e);
  return h('p', { class: 'error' }, e?.status ? `${e.status}: ` : '', text);
}

export function toast(message, bad = false) {
  const box = document.getElementById('toast');
  const item = h('div', { class: bad ? 'bad' : null, text: message });
  box.append(item);
  setTimeout(() => item.remove(), 6000);
}
