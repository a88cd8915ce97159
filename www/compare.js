// The Compare view: the articles as columns, and rows for the quotations they share (with
// the word-level difference of each wording), the claims about the same fact (conflicts
// marked, values side by side), who is quoted how often, the entities as a heat map of
// mentions, and what only one article has. Every cell opens the reading view at its spot.
//
// Everything here is computed from the contract's JSON (documents and corpus).

import { el, list, plural, formatValue, speakerLabel } from './dom.js';
import { wordDiff, wordingDiffers } from './diff.js';

export const MAX_COLUMNS = 12;
const TOP_SPEAKERS = 20;
const TOP_ENTITIES = 25;
const ONLY_HERE_SHOWN = 8;
const EXTRA_WORDS = 8; // words shown of a quote beyond the stretch both wordings share

/** Who a quote is by, across articles: the corpus entity when the speaker resolves to one. */
export function speakerKey(q, memberToRow) {
  const s = q.speaker;
  if (!s) return null;
  if (s.entity != null) {
    const row = memberToRow.get(String(s.entity));
    if (row) return { key: `e:${row.id}`, name: row.name, row };
  }
  const name = speakerLabel(s);
  return name ? { key: `n:${name.toLowerCase()}`, name, row: null } : null;
}

/** Count quotes per speaker per document: [{key, name, row, counts: Map(docId → [quote])}]. */
export function quotedBy(docs, entities) {
  const memberToRow = new Map();
  for (const r of entities) for (const m of r.members) memberToRow.set(m, r);
  const bySpeaker = new Map();
  let unknown = 0;
  for (const d of docs) {
    for (const q of list(d.result.quotes)) {
      const who = speakerKey(q, memberToRow);
      if (!who) {
        unknown++;
        continue;
      }
      let s = bySpeaker.get(who.key);
      if (!s) bySpeaker.set(who.key, (s = { ...who, counts: new Map(), total: 0 }));
      if (!s.counts.has(d.id)) s.counts.set(d.id, []);
      s.counts.get(d.id).push(q);
      s.total++;
    }
  }
  const rows = [...bySpeaker.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return { rows, unknown };
}

function sectionRow(title, count, ncols, note) {
  return el('tr', { class: 'cmp-section' },
    el('th', { scope: 'colgroup', colSpan: ncols + 1 },
      el('div', { class: 'cmp-section-head' },
        title, ' ', el('span', { class: 'count', text: `(${count})` }),
        note ? el('span', { class: 'cmp-note', text: note }) : null)));
}

function emptyRow(text, ncols) {
  return el('tr', { class: 'cmp-empty' }, el('td', { colSpan: ncols + 1, class: 'muted', text }));
}

/** The words of a variant with what differs from the reference marked. */
export function diffNodes(reference, variant) {
  const runs = wordDiff(reference, variant);
  const out = [];
  let first = true;
  const sep = () => {
    if (!first) out.push(' ');
    first = false;
  };
  for (const r of runs) {
    const text = r.words.join(' ');
    switch (r.op) {
      case 'same':
        sep();
        out.push(text);
        break;
      case 'add':
        sep();
        out.push(el('ins', { class: 'diff-add', title: 'not in the reference wording', text }));
        break;
      case 'del':
        sep();
        out.push(el('del', { class: 'diff-del', title: 'in the reference wording, not here', text }));
        break;
      case 'before':
      case 'after': {
        // Only the words next to the shared stretch; the rest as an ellipsis.
        const near = r.op === 'after' ? r.words.slice(0, EXTRA_WORDS) : r.words.slice(-EXTRA_WORDS);
        const cut = r.words.length > near.length;
        const shown = `${r.op === 'before' && cut ? '… ' : ''}${near.join(' ')}${r.op === 'after' && cut ? ' …' : ''}`;
        sep();
        out.push(el('span', { class: 'diff-extra', title: `this article quotes more of the speech: ${text}`, text: shown }));
        break;
      }
      case 'cut-before':
      case 'cut-after':
        sep();
        out.push(el('span', { class: 'diff-cut', title: `the reference goes on: ${text}`, text: '…' }));
        break;
      default:
        break;
    }
  }
  return { nodes: out, differs: wordingDiffers(runs) };
}

function headerCell(d, open) {
  const th = el('th', { scope: 'col', dataset: { doc: d.id } },
    open.docButton(d.id, d.id));
  if (d.result.title) th.append(el('span', { class: 'cmp-title', text: d.result.title }));
  return th;
}

function clusterRows(docs, corpus, quotesById, open) {
  const rows = [];
  const shown = new Set(docs.map((d) => d.id));
  for (const g of list(corpus.quote_clusters)) {
    const members = list(g.members).map((id) => quotesById.get(id)).filter(Boolean);
    if (!members.some((m) => shown.has(m.doc))) continue;
    const reference = members[0];
    const th = el('th', { scope: 'row' },
      el('span', { class: 'cmp-speaker', text: g.speaker || 'unknown speaker' }),
      el('span', { class: `tag ${g.identical ? 'same-wording' : 'wording-differs'}`, text: g.identical ? 'identical wording' : 'wording differs' }));
    const tr = el('tr', { class: 'cmp-cluster', dataset: { cluster: g.id ?? '' } }, th);
    for (const d of docs) {
      const here = members.filter((m) => m.doc === d.id);
      const td = el('td', { dataset: { doc: d.id } });
      if (here.length === 0) td.append(el('span', { class: 'cmp-none', text: '—', title: 'not quoted in this article' }));
      for (const m of here) {
        const isRef = m === reference;
        const b = el('button', {
          type: 'button',
          class: `cmp-cell cmp-quote${isRef ? ' reference' : ''}`,
          title: `Read this quote in ${d.id}`,
          dataset: { quote: m.q.id ?? '' },
        });
        if (isRef) {
          b.append(el('q', { text: m.q.text ?? '' }));
          b.append(el('span', { class: 'cmp-label', text: 'reference wording' }));
        } else {
          const { nodes, differs } = diffNodes(reference.q.text, m.q.text);
          b.append(el('q', {}, ...nodes));
          b.append(el('span', { class: 'cmp-label', text: differs ? 'differs from the reference' : 'same words as the reference' }));
        }
        b.addEventListener('click', () => open.quote(d.id, m.q.id));
        td.append(b);
      }
      tr.append(td);
    }
    rows.push(tr);
  }
  return rows;
}

/** The value of the group's index-th member: the corpus lists one value per member. */
function memberValue(g, index) {
  const values = list(g.values);
  return values.length === list(g.members).length ? values[index] : null;
}

function claimRows(docs, corpus, claimsById, open) {
  const shown = new Set(docs.map((d) => d.id));
  const rank = { conflict: 0, agree: 1, single: 2 };
  const groups = list(corpus.claim_groups)
    .map((g) => ({ g, status: ['agree', 'conflict', 'single'].includes(g.status) ? g.status : 'single' }))
    .filter(({ g }) => list(g.members).some((id) => shown.has((claimsById.get(id) || {}).doc)))
    .sort((a, b) => rank[a.status] - rank[b.status]);
  return groups.map(({ g, status }) => {
    const values = list(g.values);
    const th = el('th', { scope: 'row' },
      el('span', { class: 'cmp-topic', text: g.topic || 'claim' }),
      el('span', { class: `tag status status-${status}`, text: status === 'conflict' ? '⚠ conflict' : status }),
      values.length ? el('span', { class: 'values', text: values.map((v) => formatValue(v, g.topic)).join(' vs ') }) : null);
    const tr = el('tr', { class: `cmp-claims cmp-${status}`, dataset: { group: g.id ?? '', status } }, th);
    const members = list(g.members).map((id, i) => ({ ...(claimsById.get(id) || {}), value: memberValue(g, i) }));
    for (const d of docs) {
      const td = el('td', { dataset: { doc: d.id } });
      const here = members.filter((m) => m.doc === d.id && m.c);
      if (here.length === 0) td.append(el('span', { class: 'cmp-none', text: '—', title: 'no such claim in this article' }));
      for (const m of here) {
        const b = el('button', {
          type: 'button',
          class: 'cmp-cell cmp-claim',
          title: `Read this claim in ${d.id}`,
          dataset: { claim: m.c.id ?? '' },
        },
        m.value != null ? el('span', { class: 'cmp-value', text: formatValue(m.value, g.topic) }) : null,
        el('span', { class: 'cmp-claim-text', text: m.c.text ?? '' }));
        b.addEventListener('click', () => open.claim(d.id, m.c.id));
        td.append(b);
      }
      tr.append(td);
    }
    return tr;
  });
}

function speakerRows(docs, speakers, open) {
  const rows = speakers.slice(0, TOP_SPEAKERS);
  let max = 1;
  for (const s of rows) for (const d of docs) max = Math.max(max, (s.counts.get(d.id) || []).length);
  return rows.map((s) => {
    const th = el('th', { scope: 'row' }, el('span', { class: 'cmp-speaker', text: s.name }),
      el('span', { class: 'muted cmp-sub', text: `${plural(s.total, 'quote')} in ${plural(s.counts.size, 'article')}` }));
    const tr = el('tr', { class: 'cmp-quoted', dataset: { speaker: s.name } }, th);
    for (const d of docs) {
      const qs = s.counts.get(d.id) || [];
      const td = el('td', { dataset: { doc: d.id, count: String(qs.length) } });
      if (qs.length === 0) {
        td.append(el('span', { class: 'cmp-none', text: '—', title: `${s.name} is not quoted in this article` }));
      } else {
        const bar = el('span', { class: 'bar' });
        bar.style.setProperty('--w', String(qs.length / max));
        const b = el('button', { type: 'button', class: 'cmp-cell cmp-bar', title: `${plural(qs.length, 'quote')} by ${s.name} in ${d.id}: read the first` },
          bar, el('span', { class: 'bar-n', text: String(qs.length) }));
        b.addEventListener('click', () => open.quote(d.id, qs[0].id));
        td.append(b);
      }
      tr.append(td);
    }
    return tr;
  });
}

function entityHeatRows(docs, entities, open, showAll, top = TOP_ENTITIES) {
  const shown = new Set(docs.map((d) => d.id));
  const total = (e) => e.counts.reduce((s, [id, n]) => s + (shown.has(id) ? Number(n) || 0 : 0), 0);
  const rows = entities.filter((e) => total(e) > 0).sort((a, b) => total(b) - total(a) || String(a.name).localeCompare(String(b.name)));
  const take = showAll ? rows : rows.slice(0, top);
  let max = 1;
  for (const e of take) for (const [id, n] of e.counts) if (shown.has(id)) max = Math.max(max, Number(n) || 0);
  const trs = take.map((e) => {
    const counts = new Map(e.counts.map(([id, n]) => [id, Number(n) || 0]));
    const th = el('th', { scope: 'row' },
      el('span', { class: 'cmp-entity', text: e.name ?? '' }),
      el('span', { class: `tag ent-tag ent-${e.type}`, text: e.type ?? '' }));
    const tr = el('tr', { class: 'cmp-entity-row', dataset: { entity: e.id ?? '' } }, th);
    for (const d of docs) {
      const n = counts.get(d.id) || 0;
      const td = el('td', { class: 'heat', dataset: { doc: d.id, count: String(n) } });
      if (n === 0) {
        td.append(el('span', { class: 'cmp-none', text: '0', title: `${e.name} is not mentioned in this article` }));
      } else {
        td.style.setProperty('--heat', String(Math.max(0.12, n / max)));
        const b = el('button', { type: 'button', class: 'cmp-cell cmp-heat', text: String(n), title: `${plural(n, 'mention')} of ${e.name} in ${d.id}: read them` });
        b.addEventListener('click', () => open.entity(e, d.id));
        td.append(b);
      }
      tr.append(td);
    }
    return tr;
  });
  return { trs, total: rows.length };
}

/** What only one of the shown articles has: entities, and claims in no group with another. */
function onlyHereRows(docs, corpus, entities, claimsById, open) {
  const shown = new Set(docs.map((d) => d.id));
  const entityOnly = new Map(docs.map((d) => [d.id, []]));
  for (const e of entities) {
    const inShown = e.counts.filter(([id, n]) => shown.has(id) && Number(n) > 0);
    if (inShown.length === 1) entityOnly.get(inShown[0][0]).push(e);
  }
  const shared = new Set();
  for (const g of list(corpus.claim_groups)) {
    const ds = new Set(list(g.members).map((id) => (claimsById.get(id) || {}).doc).filter((id) => shown.has(id)));
    if (ds.size > 1) for (const id of list(g.members)) shared.add(id);
  }
  const entTr = el('tr', { class: 'cmp-only cmp-only-entities' },
    el('th', { scope: 'row' }, el('span', { text: 'Entities no other article mentions' })));
  const claimTr = el('tr', { class: 'cmp-only cmp-only-claims' },
    el('th', { scope: 'row' }, el('span', { text: 'Claims no other article makes about the same fact' }),
      el('span', { class: 'muted cmp-sub', text: 'most check-worthy first' })));
  for (const d of docs) {
    const ents = entityOnly.get(d.id).sort((a, b) => String(a.name).localeCompare(String(b.name)));
    const td = el('td', { dataset: { doc: d.id, count: String(ents.length) } },
      el('span', { class: 'cmp-only-n', text: plural(ents.length, 'entity', 'entities') }));
    const ul = el('ul', { class: 'cmp-only-list' });
    for (const e of ents.slice(0, ONLY_HERE_SHOWN)) {
      const b = el('button', { type: 'button', class: 'link', text: e.name ?? '', title: `Read ${d.id} with ${e.name} marked` });
      b.addEventListener('click', () => open.entity(e, d.id));
      ul.append(el('li', {}, b));
    }
    if (ents.length > ONLY_HERE_SHOWN) ul.append(el('li', { class: 'muted', text: `and ${ents.length - ONLY_HERE_SHOWN} more` }));
    td.append(ul);
    entTr.append(td);

    const claims = list(d.result.claims).filter((c) => !shared.has(c.id))
      .sort((a, b) => (Number(b.score) || 0) - (Number(a.score) || 0));
    const ctd = el('td', { dataset: { doc: d.id, count: String(claims.length) } },
      el('span', { class: 'cmp-only-n', text: plural(claims.length, 'claim') }));
    const cul = el('ul', { class: 'cmp-only-list' });
    for (const c of claims.slice(0, 3)) {
      const b = el('button', { type: 'button', class: 'link', text: c.text ?? '', title: `Read this claim in ${d.id}` });
      b.addEventListener('click', () => open.claim(d.id, c.id));
      cul.append(el('li', {}, b));
    }
    ctd.append(cul);
    claimTr.append(ctd);
  }
  return [entTr, claimTr];
}

/**
 * Render the compare table into `root`.
 * ctx: {docs (analysed, in order), corpus, entities (corpus entity rows), open: {docButton,
 * quote(docId, quoteId), claim(docId, claimId), entity(row, docId)}, showAllEntities}
 */
export function renderCompare(root, ctx) {
  const { corpus = {}, entities, open } = ctx;
  const all = ctx.docs;
  const docs = all.slice(0, MAX_COLUMNS);
  const n = docs.length;
  const quotesById = new Map();
  const claimsById = new Map();
  for (const d of all) {
    for (const q of list(d.result.quotes)) quotesById.set(q.id, { q, doc: d.id });
    for (const c of list(d.result.claims)) claimsById.set(c.id, { c, doc: d.id });
  }

  const parts = [];
  if (n === 0) {
    root.replaceChildren(el('p', { class: 'muted', text: 'Nothing analysed yet.' }));
    return;
  }
  if (all.length > n) {
    parts.push(el('p', { class: 'hint', text: `The first ${n} of ${all.length} articles, in the order they were added, are the columns.` }));
  }

  const table = el('table', { class: 'compare', id: 'compare-table' });
  table.style.setProperty('--cols', String(n));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'cmp-corner', text: 'Article' }), docs.map((d) => headerCell(d, open)))));

  const clusters = clusterRows(docs, corpus, quotesById, open);
  const tbQ = el('tbody', { id: 'compare-quotes' }, sectionRow('Quoted in more than one place', clusters.length, n,
    'Each wording against the first (the reference): added words underlined with +, missing words struck through with −, words beyond the other quote in grey.'));
  tbQ.append(...(clusters.length ? clusters : [emptyRow('No quotation appears in more than one place.', n)]));

  const claims = claimRows(docs, corpus, claimsById, open);
  const tbC = el('tbody', { id: 'compare-claims' }, sectionRow('Claims about the same fact', claims.length, n,
    'Conflicts first; each article’s figure in its column.'));
  tbC.append(...(claims.length ? claims : [emptyRow('No claims to compare.', n)]));

  const { rows: speakers, unknown } = quotedBy(docs, entities);
  const tbS = el('tbody', { id: 'compare-speakers' }, sectionRow('Who is quoted how often', speakers.length, n,
    `${speakers.length > TOP_SPEAKERS ? `The ${TOP_SPEAKERS} most quoted. ` : ''}${unknown ? `${plural(unknown, 'quote')} without a known speaker not counted.` : ''}`));
  const sr = speakerRows(docs, speakers, open);
  tbS.append(...(sr.length ? sr : [emptyRow('No quotes with a known speaker.', n)]));

  const heat = entityHeatRows(docs, entities, open, ctx.showAllEntities);
  const tbE = el('tbody', { id: 'compare-entities' }, sectionRow('Mentions per article', heat.total, n,
    heat.total > heat.trs.length ? `The ${heat.trs.length} most mentioned; darker is more.` : 'Darker is more.'));
  tbE.append(...(heat.trs.length ? heat.trs : [emptyRow('No entities.', n)]));
  if (heat.total > TOP_ENTITIES) {
    const more = el('button', { type: 'button', class: 'secondary', id: 'compare-all-entities', text: ctx.showAllEntities ? `Show the ${TOP_ENTITIES} most mentioned` : `Show all ${heat.total}` });
    more.addEventListener('click', () => ctx.toggleEntities());
    tbE.append(el('tr', { class: 'cmp-more' }, el('td', { colSpan: n + 1 }, more)));
  }

  const tbO = el('tbody', { id: 'compare-only' }, sectionRow('Only in one article', n, n, null));
  tbO.append(...onlyHereRows(docs, corpus, entities, claimsById, open));

  table.append(tbQ, tbC, tbS, tbE, tbO);
  parts.push(el('div', { class: 'table-wrap compare-wrap' }, table));
  root.replaceChildren(...parts);
}


/** The heat map of mentions alone (the Charts view): entities as rows, articles as columns. */
export function heatTable(allDocs, entities, open, { limit = 40, columns = 30 } = {}) {
  const docs = allDocs.slice(0, columns);
  const wrap = el('div', { class: 'table-wrap compare-wrap' });
  if (docs.length === 0) return el('p', { class: 'muted', text: 'Nothing analysed yet.' });
  const table = el('table', { class: 'compare heatmap', id: 'heat-table' });
  table.append(el('caption', { class: 'visually-hidden', text: 'Mentions of each entity per article' }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'cmp-corner', text: 'Entity' }), docs.map((d) => headerCell(d, open)))));
  const { trs, total } = entityHeatRows(docs, entities, open, false, limit);
  table.append(el('tbody', {}, trs.length ? trs : [emptyRow('No entities.', docs.length)]));
  wrap.append(table);
  const notes = [];
  if (total > trs.length) notes.push(`The ${trs.length} most mentioned of ${total} entities.`);
  if (allDocs.length > docs.length) notes.push(`The first ${docs.length} of ${allDocs.length} articles.`);
  return notes.length ? el('div', {}, el('p', { class: 'hint', text: notes.join(' ') }), wrap) : wrap;
}
