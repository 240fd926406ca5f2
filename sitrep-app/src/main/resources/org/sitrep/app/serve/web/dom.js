// DOM helpers. Stored text is untrusted: it only ever reaches the page as text nodes or
// attribute values, never as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** An HTML element with attributes (text: its text; onX: listeners) and children. */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, likewise. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Removes every child of node. */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** GETs a JSON endpoint; a refusal throws with the API's own error message. */
export async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await r.json();
  } catch {
    body = null;
  }
  if (!r.ok) {
    const err = new Error(body && body.error ? body.error : `${r.status} ${r.statusText}`);
    err.status = r.status;
    throw err;
  }
  return body;
}

/** A query string from the non-empty entries of params. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** ACLED's six event types, each with its colour (the same in the map, timeline and legend). */
export const EVENT_TYPES = [
  ['Battles', '#c0392b'],
  ['Explosions/Remote violence', '#e67e22'],
  ['Violence against civilians', '#8e44ad'],
  ['Protests', '#2980b9'],
  ['Riots', '#16a085'],
  ['Strategic developments', '#7f8c8d'],
];

/** The colour of an event type (grey for one outside ACLED's six). */
export function typeColour(type) {
  const hit = EVENT_TYPES.find(([t]) => t.toLowerCase() === String(type ?? '').toLowerCase());
  return hit ? hit[1] : '#555';
}

/** A low–high range as text. */
export function range(low, high) {
  if (low == null && high == null) return '';
  const f = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  if (high == null) return `≥ ${f(low)}`;
  if (low == null) return `≤ ${f(high)}`;
  return low === high ? f(low) : `${f(low)}–${f(high)}`;
}

/** An event's dates as text. */
export function dates(from, to) {
  if (!from) return 'date unknown';
  return from === to || !to ? from : `${from} – ${to}`;
}

const tip = () => document.getElementById('tooltip');

/** Shows the tooltip with lines of text near the pointer. */
export function showTip(evt, lines) {
  const t = tip();
  clear(t);
  for (const line of lines) t.append(el('div', { text: line }));
  t.hidden = false;
  const x = Math.min(evt.clientX + 14, window.innerWidth - t.offsetWidth - 8);
  const y = Math.min(evt.clientY + 14, window.innerHeight - t.offsetHeight - 8);
  t.style.left = `${Math.max(4, x)}px`;
  t.style.top = `${Math.max(4, y)}px`;
}

/** Hides the tooltip. */
export function hideTip() {
  tip().hidden = true;
}
