// Small DOM helpers. Text is only ever inserted as text nodes, never parsed as HTML.

/** Create an element; children may be nodes or strings (strings become text nodes). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'text') node.textContent = v;
    else if (k in node && typeof node[k] !== 'function') node[k] = v;
    else node.setAttribute(k, v);
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function list(x) {
  return Array.isArray(x) ? x : [];
}

/** Entries of a plain object or a Map (serde may hand over either). */
export function entriesOf(x) {
  if (!x) return [];
  if (x instanceof Map) return [...x.entries()];
  return Object.entries(x);
}

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Made on first use, not as the module loads: making it loads the locale's data, which took
// 20 ms of the main thread while the page started (a Chromium profile of a load), and the
// first worker's thread could not start until the page's modules had run.
let numberFormat = null;

/** A claim group's value: years read as years ("1997", not "1,997"). */
export function formatValue(v, topic = '') {
  if (typeof v === 'number' && String(topic).startsWith('year')) return String(v);
  if (typeof v !== 'number') return String(v);
  numberFormat ??= new Intl.NumberFormat('en');
  return numberFormat.format(v);
}

export function speakerLabel(speaker) {
  if (!speaker) return null;
  return speaker.name || speaker.text || null;
}
