// Charts in plain SVG: who is quoted most, with each article's share of the bar.

import { plural } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const TOP = 15;
// Eight article colours (then repeated), each also numbered in the bar so colour is not the only cue.
const PALETTE = ['#1f6fd1', '#c76a00', '#1a8a4a', '#b0205e', '#8a3fc2', '#0f7f86', '#7a6000', '#c42b3a'];

function svg(tag, attrs = {}, text = null) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text != null) n.textContent = text;
  return n;
}

/**
 * Horizontal stacked bars: one bar per speaker (the most quoted first), one segment per
 * article, numbered with the article's index; a key lists the articles.
 * rows: [{name, total, counts: Map(docId → [quote])}] as compare.quotedBy gives.
 */
export function speakersChart(docs, rows, { unknown = 0, open } = {}) {
  const wrap = document.createElement('figure');
  wrap.className = 'chart';
  const take = rows.slice(0, TOP);
  if (take.length === 0) {
    wrap.append(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'No quotes with a known speaker.' }));
    return wrap;
  }
  const index = new Map(docs.map((d, i) => [d.id, i]));
  const max = Math.max(...take.map((r) => r.total));
  const labelW = 210;
  const barW = 520;
  const rowH = 26;
  const width = labelW + barW + 50;
  const height = take.length * rowH + 8;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'bars', id: 'speakers-svg' });
  chart.setAttribute('aria-label', `Who is quoted most: ${take.map((r) => `${r.name} ${r.total}`).join(', ')}`);
  take.forEach((r, i) => {
    const y = i * rowH + 4;
    const g = svg('g', { class: 'bar-row', 'data-speaker': r.name });
    const name = r.name.length > 30 ? `${r.name.slice(0, 29)}…` : r.name;
    g.append(svg('text', { x: labelW - 8, y: y + rowH / 2 + 4, 'text-anchor': 'end', class: 'bar-label' }, name));
    let x = labelW;
    for (const d of docs) {
      const qs = r.counts.get(d.id);
      if (!qs) continue;
      const w = (qs.length / max) * barW;
      const k = index.get(d.id);
      const seg = svg('rect', { x, y: y + 3, width: Math.max(1, w - 1), height: rowH - 8, fill: PALETTE[k % PALETTE.length], class: 'bar-seg', 'data-doc': d.id, 'data-count': qs.length });
      seg.append(svg('title', {}, `${r.name}: ${plural(qs.length, 'quote')} in ${d.id}`));
      if (open) {
        seg.style.cursor = 'pointer';
        seg.addEventListener('click', () => open.quote(d.id, qs[0].id));
      }
      g.append(seg);
      if (w >= 22) g.append(svg('text', { x: x + w / 2, y: y + rowH / 2 + 4, 'text-anchor': 'middle', class: 'seg-label' }, String(k + 1)));
      x += w;
    }
    g.append(svg('text', { x: x + 6, y: y + rowH / 2 + 4, class: 'bar-total' }, String(r.total)));
    chart.append(g);
  });
  wrap.append(chart);
  const key = document.createElement('ol');
  key.className = 'chart-key';
  docs.forEach((d, k) => {
    if (!take.some((r) => r.counts.has(d.id))) return;
    const li = document.createElement('li');
    li.value = k + 1;
    const sw = document.createElement('span');
    sw.className = 'key-swatch';
    sw.style.setProperty('background', PALETTE[k % PALETTE.length]);
    li.append(sw, document.createTextNode(`${k + 1}: ${d.id}`));
    key.append(li);
  });
  const cap = document.createElement('figcaption');
  cap.textContent = `The ${plural(take.length, 'speaker')} quoted most${rows.length > take.length ? ` (of ${rows.length})` : ''}; each bar is split by article, numbered as in the key.${unknown ? ` ${plural(unknown, 'quote')} without a known speaker not counted.` : ''}`;
  wrap.append(cap, key);
  return wrap;
}
