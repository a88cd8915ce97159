// presslens page: loads articles, hands them to the analysis worker, renders results.
//
// Rule: article text and file names are only ever inserted as text (textContent,
// createTextNode), never parsed as HTML.
//
// Offsets in results are Unicode code points; each document keeps a map from code
// point index to UTF-16 index so spans can be sliced out of the JS string.

import { el, append, clear, list, entriesOf, plural, speakerLabel } from './dom.js';
import { renderCompare } from './compare.js';

const $ = (sel) => document.querySelector(sel);

const ENTITY_TYPES = ['person', 'organization', 'place', 'nationality', 'event', 'other'];

const state = {
  docs: new Map(), // id -> {id, text, cp: Uint32Array, result}
  corpus: null,
  batch: 0,
  pending: new Map(), // batch -> {total, done, ok, failed, label}
  pasteCounter: 0,
  engine: 'loading', // loading | ready | failed
  version: '',
  // The entity whose mentions the reader highlights: the ids of its per-document
  // entities ("<docId>/e<n>"), kept as ids so it survives a new corpus merge.
  focus: null, // null | {members: Set<string>}
};

// ---------------------------------------------------------------- small DOM helpers

// ---------------------------------------------------------------- text and offsets

/** Map from code point index to UTF-16 index; entry n is the string's length. */
function codePointMap(text) {
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return Uint32Array.from(map);
}

function isSpan(span, doc) {
  return Array.isArray(span) && span.length === 2
    && Number.isInteger(span[0]) && Number.isInteger(span[1])
    && span[0] >= 0 && span[0] <= span[1] && span[1] < doc.cp.length;
}

function sliceSpan(doc, span) {
  if (!isSpan(span, doc)) return '';
  return doc.text.slice(doc.cp[span[0]], doc.cp[span[1]]);
}

// ---------------------------------------------------------------- messages and status

function message(kind, ...parts) {
  const li = el('li', { class: `msg msg-${kind}`, dataset: { kind } });
  append(li, parts);
  const close = el('button', { type: 'button', class: 'msg-close', text: '×', title: 'Dismiss' });
  close.setAttribute('aria-label', 'Dismiss message');
  close.addEventListener('click', () => li.remove());
  li.append(close);
  $('#messages').append(li);
  return li;
}

function setStatus(text, st) {
  const s = $('#status');
  s.textContent = text;
  s.dataset.state = st;
}

function updateProgress() {
  const p = $('#progress');
  let total = 0;
  let done = 0;
  for (const b of state.pending.values()) {
    total += b.total;
    done += b.done;
  }
  if (state.pending.size === 0 || total === 0) {
    p.hidden = true;
    return;
  }
  p.hidden = false;
  p.max = total;
  p.value = done;
}

// ---------------------------------------------------------------- worker

const worker = new Worker('./worker.js', { type: 'module' });

worker.addEventListener('error', (ev) => {
  ev.preventDefault();
  failEngine(`The analysis worker failed to start${ev.message ? `: ${ev.message}` : ''}.`);
});

worker.addEventListener('message', (ev) => {
  const m = ev.data;
  switch (m.type) {
    case 'ready':
      state.engine = 'ready';
      state.version = m.version || '';
      $('#version').textContent = state.version ? `v${state.version}` : '';
      if (state.pending.size === 0) setStatus('Ready. Load the sample articles or add your own.', 'ready');
      break;
    case 'fatal':
      failEngine(m.message);
      break;
    case 'progress': {
      const b = state.pending.get(m.batch);
      if (!b) break;
      b.done = m.done;
      updateProgress();
      if (m.id != null) setStatus(`Analysing ${m.done + 1} of ${m.total}: ${m.id}`, 'busy');
      break;
    }
    case 'document': {
      const doc = state.docs.get(m.id);
      if (!doc) break; // cleared meanwhile
      doc.result = m.result;
      checkResult(doc);
      const b = state.pending.get(m.batch);
      if (b) b.ok++;
      scheduleRender();
      break;
    }
    case 'document-error': {
      state.docs.delete(m.id);
      const b = state.pending.get(m.batch);
      if (b) b.failed++;
      message('error', 'Could not analyse ', el('strong', { text: m.id }), `: ${m.message}`);
      scheduleRender();
      break;
    }
    case 'corpus':
      state.corpus = m.corpus;
      scheduleRender();
      break;
    case 'corpus-error':
      state.corpus = null;
      message('error', `Could not merge the documents into one set: ${m.message}`);
      scheduleRender();
      break;
    case 'batch-done': {
      const b = state.pending.get(m.batch);
      state.pending.delete(m.batch);
      updateProgress();
      if (state.pending.size === 0 && state.engine !== 'failed') {
        const n = state.docs.size;
        const failed = b ? b.failed + b.skipped : 0;
        setStatus(
          `Analysed ${m.ok} document${m.ok === 1 ? '' : 's'}${failed ? `, ${failed} skipped or failed` : ''}. `
          + `${n} document${n === 1 ? '' : 's'} in the set.`,
          'done',
        );
      }
      scheduleRender();
      break;
    }
    default:
      break;
  }
});

function failEngine(text) {
  if (state.engine === 'failed') return;
  state.engine = 'failed';
  state.pending.clear();
  updateProgress();
  setStatus('The analyser is not available.', 'error');
  message('error', text);
}

worker.postMessage({ type: 'init' });

/** Check the result against its text: lengths and spans must agree (code point offsets). */
function checkResult(doc) {
  const r = doc.result;
  if (typeof r.chars === 'number' && r.chars !== doc.cp.length - 1) {
    message('warning', 'Offsets for ', el('strong', { text: doc.id }),
      ` may be wrong: the analyser counted ${r.chars} characters, the page ${doc.cp.length - 1}.`);
  }
}

// ---------------------------------------------------------------- adding documents

function uniqueId(name, taken) {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Analyse a batch. items: [{id, text}] already decoded; skipped: how many inputs of the
 * batch were rejected before analysis (for the status line).
 */
function analyzeBatch(items, skipped = 0) {
  if (state.engine === 'failed') {
    message('error', 'The analyser is not available, so nothing can be analysed.');
    return;
  }
  if (items.length === 0) {
    if (skipped) setStatus('Nothing to analyse.', 'done');
    return;
  }
  const batch = ++state.batch;
  for (const { id, text } of items) {
    state.docs.set(id, { id, text, cp: codePointMap(text), result: null });
  }
  state.pending.set(batch, { total: items.length, done: 0, ok: 0, failed: 0, skipped });
  updateProgress();
  setStatus(`Analysing ${items.length} document${items.length === 1 ? '' : 's'}…`, 'busy');
  worker.postMessage({ type: 'analyze', batch, docs: items.map(({ id, text }) => ({ id, text })) });
}

const decoder = () => new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as UTF-8 text, dropping a leading BOM. Throws on invalid UTF-8. */
function decodeText(bytes) {
  let text = decoder().decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

async function addFiles(fileList) {
  const files = [...fileList];
  if (files.length === 0) return;
  clear($('#messages'));
  const items = [];
  const batchNames = new Set();
  let skipped = 0;
  for (const file of files) {
    const name = file.name || 'unnamed.txt';
    let text;
    try {
      text = decodeText(new Uint8Array(await file.arrayBuffer()));
    } catch (e) {
      skipped++;
      if (e instanceof TypeError) {
        message('error', el('strong', { text: name }), ' is not UTF-8 text, so it was skipped. Save it as UTF-8 and try again.');
      } else {
        message('error', el('strong', { text: name }), ` could not be read: ${e.message || e}`);
      }
      continue;
    }
    if (text.includes('\0')) {
      skipped++;
      message('error', el('strong', { text: name }), ' looks like a binary file, not text, so it was skipped.');
      continue;
    }
    if (text.trim() === '') {
      skipped++;
      message('warning', el('strong', { text: name }), ' is empty, so it was skipped.');
      continue;
    }
    const id = uniqueId(name, batchNames);
    if (id !== name) message('info', 'Two files are named ', el('strong', { text: name }), '; the second is shown as ', el('strong', { text: id }), '.');
    else if (state.docs.has(id)) message('info', el('strong', { text: id }), ' replaces the document of the same name.');
    batchNames.add(id);
    items.push({ id, text });
  }
  analyzeBatch(items, skipped);
}

async function loadSeeds() {
  const button = $('#load-seeds');
  button.disabled = true;
  clear($('#messages'));
  setStatus('Fetching the sample articles…', 'busy');
  try {
    const res = await fetch('seeds/index.json', { cache: 'no-cache' });
    if (!res.ok) throw new Error(`seeds/index.json: HTTP ${res.status}`);
    const names = await res.json();
    if (!Array.isArray(names)) throw new Error('seeds/index.json is not a list of file names');
    const items = [];
    let skipped = 0;
    const fetched = await Promise.all(names.map(async (name) => {
      try {
        if (typeof name !== 'string' || name.includes('/') || name.includes('\\')) throw new Error('bad file name');
        const r = await fetch(`seeds/${encodeURIComponent(name)}`, { cache: 'no-cache' });
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return { name, text: decodeText(new Uint8Array(await r.arrayBuffer())) };
      } catch (e) {
        const why = e instanceof TypeError && !(e.message || '').includes('fetch') ? 'not UTF-8 text' : (e.message || String(e));
        return { name: String(name), error: why };
      }
    }));
    for (const f of fetched) {
      if (f.error) {
        skipped++;
        message('error', el('strong', { text: f.name }), ` could not be loaded: ${f.error}`);
      } else {
        items.push({ id: f.name, text: f.text });
      }
    }
    analyzeBatch(items, skipped);
    if (items.length === 0 && skipped === 0) setStatus('There are no sample articles.', 'done');
  } catch (e) {
    setStatus('The sample articles could not be loaded.', 'error');
    message('error', `The sample articles could not be loaded (${e.message || e}). Run node scripts/build-seeds.mjs to put them in www/seeds/.`);
  } finally {
    button.disabled = false;
  }
}

function analyzePasted() {
  const area = $('#paste-text');
  let text = area.value;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    message('warning', 'Paste some text first.');
    area.focus();
    return;
  }
  clear($('#messages'));
  let id;
  do {
    id = `doc-${++state.pasteCounter}`;
  } while (state.docs.has(id));
  analyzeBatch([{ id, text }]);
  area.value = '';
}

// ---------------------------------------------------------------- rendering

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

function analysedDocs() {
  return [...state.docs.values()].filter((d) => d.result);
}

function selectedId() {
  return $('#doc-select').value;
}

function render() {
  const docs = analysedDocs();
  $('#results').hidden = docs.length === 0 && state.docs.size === 0;
  renderDocSelect(docs);
  const sel = selectedId();
  const shown = sel ? docs.filter((d) => d.id === sel) : docs;
  const entities = entityRows(docs);
  const focus = focusedRow(entities);
  renderDocuments(docs);
  renderQuotes(shown);
  renderEntities(docs, sel, entities, focus);
  renderClaims(shown);
  renderCompareView(docs);
  const doc = sel ? state.docs.get(sel) : null;
  renderReader(doc, docs, focus);
  renderEntityPanel(doc && doc.result ? doc : null, docs, focus);
}

function renderDocSelect(docs) {
  const select = $('#doc-select');
  const current = select.value;
  const ids = docs.map((d) => d.id);
  const existing = [...select.options].slice(1).map((o) => o.value);
  if (existing.length !== ids.length || existing.some((v, i) => v !== ids[i])) {
    const opts = [el('option', { value: '', text: `All documents (${docs.length})` })];
    for (const d of docs) opts.push(el('option', { value: d.id, text: d.id }));
    select.replaceChildren(...opts);
    select.value = ids.includes(current) ? current : '';
  } else {
    select.options[0].textContent = `All documents (${docs.length})`;
  }
}

function selectDocument(id, focusSelector) {
  $('#doc-select').value = id;
  render();
  if (focusSelector) {
    const target = $('#reader').querySelector(focusSelector);
    if (target) {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1600);
    }
  } else {
    $('#reader-section').scrollIntoView({ block: 'start', behavior: 'smooth' });
  }
}

function docButton(id, label = id, focusSelector = null) {
  const b = el('button', { type: 'button', class: 'link', text: label, title: `Read ${id}` });
  b.addEventListener('click', () => selectDocument(id, focusSelector));
  return b;
}

function cell(label, ...children) {
  return append(el('td', { dataset: { label } }), children);
}

function renderDocuments(docs) {
  const rows = docs.map((d) => {
    const r = d.result;
    return el('tr', { dataset: { doc: d.id } },
      cell('Document', docButton(d.id)),
      cell('Headline', r.title || el('span', { class: 'muted', text: '—' })),
      cell('Characters', el('span', { class: 'num', text: String(r.chars ?? d.cp.length - 1) })),
      cell('Quotes', String(list(r.quotes).length)),
      cell('Entities', String(list(r.entities).length)),
      cell('Claims', String(list(r.claims).length)));
  });
  for (const tr of rows) for (const td of [...tr.children].slice(2)) td.classList.add('num');
  $('#documents-table tbody').replaceChildren(...rows);
  // No headline anywhere: hide the empty column.
  $('#documents-table').classList.toggle('no-titles', !docs.some((d) => d.result.title));
}

function renderQuotes(docs) {
  const rows = [];
  for (const d of docs) {
    for (const q of list(d.result.quotes)) {
      const name = speakerLabel(q.speaker);
      const speakerCell = cell('Speaker');
      if (name) {
        speakerCell.append(el('span', { class: 'speaker-name', text: name }));
        if (q.speaker.text && q.speaker.text !== name) {
          speakerCell.append(el('span', { class: 'speaker-as', text: `as “${q.speaker.text}”` }));
        }
      } else {
        speakerCell.append(el('span', { class: 'muted', text: 'unknown' }));
      }
      // Direct words get quotation marks (from <q>); reported speech (indirect, mixed) does not.
      const quoteCell = cell('Quote', q.kind === 'indirect' || q.kind === 'mixed'
        ? el('span', { class: 'quote-text indirect-text', text: q.text ?? '' })
        : el('q', { class: 'quote-text', text: q.text ?? '' }));
      if (typeof q.confidence === 'number') {
        quoteCell.append(el('span', { class: 'confidence', text: `confidence ${q.confidence.toFixed(2)}` }));
      }
      rows.push(el('tr', { dataset: { doc: d.id, kind: q.kind ?? '', quote: q.id ?? '' } },
        speakerCell,
        quoteCell,
        cell('Kind', el('span', { class: `tag kind-${q.kind}`, text: q.kind ?? '' })),
        cell('Cue', q.cue ? q.cue.text : el('span', { class: 'muted', text: '—' })),
        cell('Document', docButton(d.id, d.id, q.id != null ? `[data-quote="${CSS.escape(q.id)}"]` : null))));
    }
  }
  if (rows.length === 0) {
    rows.push(el('tr', { class: 'empty' }, el('td', { colSpan: 5, text: docs.length ? 'No quotes found.' : 'Nothing analysed yet.' })));
  }
  $('#quotes-table tbody').replaceChildren(...rows);
  $('#quotes-count').textContent = `(${rows.filter((r) => !r.classList.contains('empty')).length})`;
}

/**
 * Corpus entities, or (while the corpus is not there) each document's own entities.
 * members: the ids of the per-document entities it stands for.
 */
function entityRows(docs) {
  const known = new Set(docs.map((d) => d.id));
  if (state.corpus && Array.isArray(state.corpus.entities)) {
    const byId = new Map();
    for (const d of docs) for (const e of list(d.result.entities)) byId.set(String(e.id), e);
    return state.corpus.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: list(e.aliases),
      // A corpus from before `roles` was added: gather its members' roles.
      roles: Array.isArray(e.roles) ? e.roles : memberRoles(e.members, byId),
      counts: entriesOf(e.documents).filter(([id]) => known.has(id)),
      members: list(e.members).map(String),
    })).filter((e) => e.counts.length > 0);
  }
  const rows = [];
  for (const d of docs) {
    for (const e of list(d.result.entities)) {
      rows.push({
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: list(e.aliases),
        roles: list(e.roles),
        counts: [[d.id, list(e.mentions).length]],
        members: [String(e.id)],
      });
    }
  }
  return rows;
}

function memberRoles(members, byId) {
  const roles = new Set();
  for (const id of list(members)) for (const r of list((byId.get(String(id)) || {}).roles)) roles.add(String(r));
  return [...roles].sort((a, b) => a.localeCompare(b));
}

/** A comma-separated list of names, each in a span of its own class. */
function nameList(names, itemClass, wrapClass = `${itemClass}es`) {
  if (names.length === 0) return el('span', { class: 'muted', text: '—' });
  const wrap = el('span', { class: wrapClass });
  names.forEach((a, i) => {
    if (i) wrap.append(', ');
    wrap.append(el('span', { class: itemClass, text: String(a) }));
  });
  return wrap;
}

function entityType(type) {
  return ENTITY_TYPES.includes(type) ? type : 'other';
}

function typeTag(type) {
  return el('span', { class: `tag ent-tag ent-${entityType(type)}`, text: type ?? '' });
}

/** The row of the focused entity, or null; its member ids are refreshed from that row. */
function focusedRow(rows) {
  if (!state.focus) return null;
  const row = rows.find((r) => r.members.some((m) => state.focus.members.has(m)));
  if (row) {
    state.focus.members = new Set(row.members);
  } else if (state.pending.size === 0) {
    state.focus = null; // its documents are gone
  }
  return row || null;
}

/**
 * The entities of one document that make up `row`: its members are the ids of per-document
 * entities ("<docId>/e<n>"), unique within the whole result, so this document's are those
 * of its own entities that the row lists.
 */
function memberEntities(doc, row) {
  if (!doc || !doc.result || !row) return [];
  const ids = new Set(row.members);
  return list(doc.result.entities).filter((e) => ids.has(String(e.id)));
}

/** The mentions of `row` in one document: [{span, entity}] with valid spans, in text order. */
function focusMentions(doc, row) {
  const out = [];
  const seen = new Set();
  for (const e of memberEntities(doc, row)) {
    for (const m of list(e.mentions)) {
      if (!isSpan(m.span, doc) || m.span[0] === m.span[1]) continue;
      const key = `${m.span[0]}:${m.span[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ span: m.span, entity: String(e.id) });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

function renderEntities(docs, sel, all, focus) {
  const typeFilter = $('#entity-type').value;
  let rows = all;
  if (sel) rows = rows.filter((e) => e.counts.some(([id]) => id === sel));
  if (typeFilter) rows = rows.filter((e) => e.type === typeFilter);
  const total = (e) => e.counts.reduce((s, [, n]) => s + Number(n || 0), 0);
  const inSel = (e) => Number((e.counts.find(([id]) => id === sel) || [, 0])[1]);
  rows.sort((a, b) => (sel ? inSel(b) - inSel(a) : 0) || total(b) - total(a) || String(a.name).localeCompare(String(b.name)));

  const trs = rows.map((e) => {
    const counts = el('ul', { class: 'counts' });
    for (const [id, n] of e.counts) {
      counts.append(el('li', { class: id === sel ? 'current' : null },
        el('span', { class: 'count-doc', text: id }), ' ', el('span', { class: 'count-n', text: String(n) })));
    }
    const current = e === focus;
    const name = el('button', {
      type: 'button',
      class: 'link entity-name',
      text: e.name ?? '',
      title: `Highlight every mention of ${e.name ?? 'this entity'} in an article`,
    });
    if (current) name.setAttribute('aria-current', 'true');
    name.addEventListener('click', () => openEntity(e));
    return el('tr', { class: current ? 'selected' : null, dataset: { type: e.type ?? '', entity: e.id ?? '' } },
      cell('Type', typeTag(e.type)),
      cell('Name', name),
      cell('Aliases', nameList(e.aliases, 'alias')),
      cell('Roles', nameList(e.roles, 'role')),
      cell('Mentions', counts));
  });
  if (trs.length === 0) {
    trs.push(el('tr', { class: 'empty' }, el('td', { colSpan: 5, text: docs.length ? 'No entities found.' : 'Nothing analysed yet.' })));
  }
  $('#entities-table tbody').replaceChildren(...trs);
  $('#entities-count').textContent = `(${rows.length})`;
}

function renderClaims(docs) {
  const items = [];
  for (const d of docs) for (const c of list(d.result.claims)) items.push({ d, c });
  items.sort((a, b) => (Number(b.c.score) || 0) - (Number(a.c.score) || 0));
  const lis = items.map(({ d, c }) => {
    const score = Number(c.score) || 0;
    const meta = el('div', { class: 'claim-meta' });
    const meter = el('meter', { min: 0, max: 1, value: score, title: `check-worthiness ${score.toFixed(2)}` });
    meta.append(el('span', { class: 'score' }, meter, ' ', el('span', { class: 'score-n', text: score.toFixed(2) })));
    for (const k of list(c.kinds)) meta.append(el('span', { class: `tag claim-kind kind-${k}`, text: k }));
    if (c.hedge) meta.append(el('span', { class: 'hedge', text: `hedge: ${c.hedge}` }));
    const who = speakerLabel(c.speaker);
    if (who) meta.append(el('span', { class: 'claim-speaker', text: `says ${who}` }));
    meta.append(docButton(d.id));
    return el('li', { class: 'claim', dataset: { doc: d.id, claim: c.id ?? '' } },
      el('p', { class: 'claim-text', text: c.text ?? '' }), meta);
  });
  if (lis.length === 0) lis.push(el('li', { class: 'empty', text: docs.length ? 'No claims found.' : 'Nothing analysed yet.' }));
  $('#claims-list').replaceChildren(...lis);
  $('#claims-count').textContent = `(${items.length})`;
}

// ---------------------------------------------------------------- across documents

let compareAllEntities = false;

function renderCompareView(docs) {
  renderCompare($('#compare'), {
    docs,
    corpus: state.corpus || {},
    entities: entityRows(analysedDocs()),
    showAllEntities: compareAllEntities,
    toggleEntities: () => {
      compareAllEntities = !compareAllEntities;
      render();
    },
    open: {
      docButton: (id, label) => docButton(id, label),
      quote: (docId, quoteId) => selectDocument(docId, `[data-quote="${CSS.escape(String(quoteId))}"]`),
      claim: (docId, claimId) => selectDocument(docId, `[data-claim="${CSS.escape(String(claimId))}"]`),
      entity: (row, docId) => openEntity(row, docId),
    },
  });
}

// ---------------------------------------------------------------- reading view

/**
 * Highlight layers for one document: each is {start, end} in code points plus what it marks.
 * The text is cut at every boundary; each piece gets the classes of all layers covering it.
 */
function readerLayers(doc, selected = []) {
  const r = doc.result;
  const layers = [];
  const entitiesById = new Map();
  for (const e of list(r.entities)) {
    entitiesById.set(e.id, e);
    const type = ENTITY_TYPES.includes(e.type) ? e.type : 'other';
    for (const m of list(e.mentions)) {
      if (isSpan(m.span, doc)) layers.push({ span: m.span, kind: 'ent', type, title: `${type}: ${e.name}` });
    }
  }
  for (const q of list(r.quotes)) {
    const who = speakerLabel(q.speaker) || 'unknown speaker';
    const parts = list(q.parts).length ? q.parts : [q.span];
    const k = q.kind === 'indirect' || q.kind === 'mixed' ? 'indirect' : 'direct';
    for (const p of parts) {
      if (isSpan(p, doc)) layers.push({ span: p, kind: 'q', qkind: k, quote: q.id, title: `${q.kind} quote — ${who}` });
    }
    if (q.speaker && isSpan(q.speaker.span, doc)) layers.push({ span: q.speaker.span, kind: 'spk', quote: q.id, title: `speaker: ${who}` });
    if (q.cue && isSpan(q.cue.span, doc)) layers.push({ span: q.cue.span, kind: 'cue', quote: q.id, title: `cue: ${q.cue.text}` });
  }
  for (const c of list(r.claims)) {
    if (isSpan(c.span, doc)) {
      const score = Number(c.score) || 0;
      layers.push({ span: c.span, kind: 'clm', claim: c.id, title: `claim (check-worthiness ${score.toFixed(2)}): ${list(c.kinds).join(', ')}` });
    }
  }
  // The focused entity's mentions, numbered in text order.
  selected.forEach((m, i) => layers.push({ span: m.span, kind: 'sel', entity: m.entity, mention: i }));
  return layers;
}

let readerShown = { id: null, result: null, focus: '' };
let readerBuilds = 0;

function renderReader(doc, docs, focus) {
  const reader = $('#reader');
  if (!doc || !doc.result) {
    const pick = el('div', { class: 'reader-pick' },
      el('p', { text: docs.length ? 'Choose an article to read it with quotes and names highlighted:' : 'Nothing analysed yet.' }));
    if (docs.length) {
      const ul = el('ul');
      for (const d of docs) ul.append(el('li', {}, docButton(d.id, d.result.title ? `${d.result.title} (${d.id})` : d.id)));
      pick.append(ul);
    }
    reader.replaceChildren(pick);
    reader.dataset.doc = '';
    readerShown = { id: null, result: null, focus: '' };
    return;
  }
  const selected = focusMentions(doc, focus);
  const focusKey = selected.map((m) => `${m.entity}@${m.span}`).join(' ');
  if (readerShown.id === doc.id && readerShown.result === doc.result && readerShown.focus === focusKey) return;

  const layers = readerLayers(doc, selected);
  const n = doc.cp.length - 1;
  const cuts = new Set([0, n]);
  for (const l of layers) {
    cuts.add(l.span[0]);
    cuts.add(l.span[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: layers sorted by start; active set updated at each cut.
  const starts = [...layers].sort((a, b) => a.span[0] - b.span[0]);
  let si = 0;
  let active = [];
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a === b) continue;
    active = active.filter((l) => l.span[1] > a);
    while (si < starts.length && starts[si].span[0] <= a) {
      if (starts[si].span[1] > a) active.push(starts[si]);
      si++;
    }
    const text = doc.text.slice(doc.cp[a], doc.cp[b]);
    if (active.length === 0) {
      frag.append(document.createTextNode(text));
      continue;
    }
    const classes = new Set();
    const titles = [];
    let quoteId = null;
    let claimId = null;
    let sel = null;
    for (const l of active) {
      if (l.kind === 'sel') {
        sel = l;
        continue;
      }
      classes.add(l.kind);
      if (l.kind === 'q') {
        classes.add(`q-${l.qkind}`);
        quoteId = l.quote;
      }
      if (l.kind === 'ent') classes.add(`ent-${l.type}`);
      if (l.kind === 'clm') claimId = l.claim;
      if (!titles.includes(l.title)) titles.push(l.title);
    }
    if (sel) classes.add('mention-selected');
    const span = el('span', { class: [...classes].join(' '), title: titles.join('\n'), text });
    if (quoteId != null) span.dataset.quote = quoteId;
    if (claimId != null) span.dataset.claim = claimId;
    if (sel) {
      span.dataset.selectedEntity = sel.entity;
      span.dataset.mention = String(sel.mention);
    }
    frag.append(span);
  }
  const heading = el('header', { class: 'reader-head' },
    el('p', { class: 'reader-id', text: doc.id }),
    doc.result.title ? el('p', { class: 'reader-title', text: doc.result.title }) : null);
  const body = el('div', { class: 'reader-text' });
  body.append(frag);
  reader.replaceChildren(heading, body);
  reader.dataset.doc = doc.id;
  readerShown = { id: doc.id, result: doc.result, focus: focusKey };
  readerBuilds++;
  mentionAt = -1;
}

// ---------------------------------------------------------------- entity focus

let mentionAt = -1; // the mention last scrolled to, as numbered in the reader

const smooth = () => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

/**
 * Highlight every mention of a table row's entity in one article: `docId` if given, else
 * the selected document if it mentions the entity, else the first document that does.
 */
function openEntity(row, docId = null) {
  state.focus = { members: new Set(row.members) };
  const docs = analysedDocs();
  const mentions = (id) => focusMentions(state.docs.get(id), row).length > 0;
  const sel = selectedId();
  const target = docId ?? (sel && mentions(sel) ? sel : (docs.find((d) => mentions(d.id)) || {}).id);
  if (target) $('#doc-select').value = target;
  render();
  const panel = $('#entity-panel');
  panel.focus({ preventScroll: true });
  if (!showMention(0)) panel.scrollIntoView({ block: 'nearest', behavior: smooth() });
}

/** Scroll to the i-th highlighted mention and mark it as the current one. */
function showMention(i) {
  const pieces = [...$('#reader').querySelectorAll('.mention-selected')];
  const count = new Set(pieces.map((p) => p.dataset.mention)).size;
  if (count === 0) return false;
  mentionAt = ((i % count) + count) % count;
  let first = null;
  for (const p of pieces) {
    const here = p.dataset.mention === String(mentionAt);
    p.classList.toggle('mention-current', here);
    if (here && !first) first = p;
  }
  first.scrollIntoView({ block: 'center', behavior: smooth() });
  const where = $('#mention-position');
  if (where) where.textContent = `Mention ${mentionAt + 1} of ${count}`;
  return true;
}

function panelFact(label, value) {
  return [el('dt', { text: label }), el('dd', {}, value)];
}


/** The side panel of the reading view: what is highlighted and where else it is mentioned. */
let panelShown = null;

function renderEntityPanel(doc, docs, focus) {
  const panel = $('#entity-panel');
  // Rebuild only when what it shows changed, so focus inside it is not lost to a re-render.
  const key = JSON.stringify(focus ? [doc && doc.id, readerBuilds, focus.id, focus.name, focus.type,
    focus.aliases, focus.roles, focus.counts] : null);
  if (key === panelShown) return;
  panelShown = key;
  if (!focus) {
    panel.dataset.entity = '';
    panel.replaceChildren(el('p', { class: 'hint panel-hint', text: 'Choose a name in the Entities table to highlight every mention of it here.' }));
    return;
  }
  const here = doc ? focusMentions(doc, focus).length : 0;
  const total = focus.counts.reduce((s, [, n]) => s + Number(n || 0), 0);

  const close = el('button', { type: 'button', class: 'panel-close', text: '×', title: 'Stop highlighting' });
  close.setAttribute('aria-label', `Stop highlighting ${focus.name ?? 'this entity'}`);
  close.addEventListener('click', () => {
    state.focus = null;
    render();
    $('#reader').focus({ preventScroll: true });
  });

  const facts = el('dl', { class: 'panel-facts' },
    panelFact('Type', typeTag(focus.type)),
    panelFact('Also called', nameList(focus.aliases, 'alias')),
    panelFact('Roles', focus.roles.length
      ? el('ul', { class: 'role-list' }, focus.roles.map((r) => el('li', { class: 'role', text: String(r) })))
      : el('span', { class: 'muted', text: '—' })),
    panelFact('Mentions', el('span', { class: 'panel-count' },
      doc ? `${here} in this article` : null,
      doc ? el('br') : null,
      `${total} in ${plural(focus.counts.length, 'article')}`)));

  const parts = [
    el('div', { class: 'panel-head' },
      el('p', { class: 'panel-label', text: 'Highlighted' }),
      el('h4', { id: 'entity-panel-heading', class: 'panel-name', text: focus.name ?? '' }),
      close),
    facts,
  ];

  if (doc && here > 0) {
    const prev = el('button', { type: 'button', class: 'secondary', text: '‹ Previous' });
    const next = el('button', { type: 'button', class: 'secondary', text: 'Next ›' });
    prev.addEventListener('click', () => showMention(mentionAt - 1));
    next.addEventListener('click', () => showMention(mentionAt + 1));
    const position = el('span', {
      id: 'mention-position',
      class: 'mention-position',
      text: mentionAt >= 0 ? `Mention ${mentionAt + 1} of ${here}` : `${plural(here, 'mention')} marked`,
    });
    position.setAttribute('aria-live', 'polite');
    parts.push(here > 1 ? el('div', { class: 'mention-nav' }, prev, position, next) : el('div', { class: 'mention-nav' }, position));
  } else {
    parts.push(el('p', { class: 'muted panel-note', text: doc ? 'Not mentioned in this article.' : 'Choose an article to read it with these mentions marked.' }));
  }

  const where = el('ul', { class: 'panel-docs' });
  for (const [id, n] of focus.counts) {
    const open = el('button', { type: 'button', class: 'link', text: id, title: `Read ${id} with ${focus.name ?? 'this entity'} highlighted` });
    if (doc && id === doc.id) open.setAttribute('aria-current', 'true');
    open.addEventListener('click', () => openEntity(focus, id));
    where.append(el('li', { class: doc && id === doc.id ? 'current' : null },
      open, ' ', el('span', { class: 'count-n', text: String(n) })));
  }
  parts.push(el('p', { class: 'panel-label', text: 'Mentioned in' }), where);

  panel.dataset.entity = focus.id ?? '';
  panel.replaceChildren(...parts);
}

// ---------------------------------------------------------------- export

function exportJson() {
  const docs = analysedDocs();
  if (docs.length === 0) {
    message('warning', 'Nothing to export yet.');
    return;
  }
  const out = { presslens: state.version || null, documents: docs.map((d) => d.result), corpus: state.corpus };
  const replacer = (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v);
  const blob = new Blob([JSON.stringify(out, replacer, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: 'presslens.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function clearAll() {
  state.docs.clear();
  state.corpus = null;
  state.focus = null;
  worker.postMessage({ type: 'clear' });
  clear($('#messages'));
  $('#doc-select').value = '';
  if (state.engine === 'ready') setStatus('Cleared. Load the sample articles or add your own.', 'ready');
  render();
}

// ---------------------------------------------------------------- wiring

$('#load-seeds').addEventListener('click', loadSeeds);
$('#file-input').addEventListener('change', (ev) => {
  addFiles(ev.target.files);
  ev.target.value = '';
});
$('#paste-analyze').addEventListener('click', analyzePasted);
$('#paste-text').addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) analyzePasted();
});
$('#doc-select').addEventListener('change', () => render());
$('#entity-type').addEventListener('change', () => render());
$('#export-json').addEventListener('click', exportJson);
$('#clear-all').addEventListener('click', clearAll);

const zone = $('#drop-zone');
let dragDepth = 0;
zone.addEventListener('dragenter', (ev) => {
  ev.preventDefault();
  dragDepth++;
  zone.dataset.active = 'true';
});
zone.addEventListener('dragover', (ev) => {
  ev.preventDefault();
  if (ev.dataTransfer) ev.dataTransfer.dropEffect = 'copy';
});
zone.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) zone.dataset.active = 'false';
});
zone.addEventListener('drop', (ev) => {
  ev.preventDefault();
  dragDepth = 0;
  zone.dataset.active = 'false';
  const files = ev.dataTransfer ? ev.dataTransfer.files : null;
  if (files && files.length) addFiles(files);
  else message('warning', 'Only files can be dropped here.');
});
// A file dropped beside the zone must not make the browser navigate away to it.
window.addEventListener('dragover', (ev) => ev.preventDefault());
window.addEventListener('drop', (ev) => ev.preventDefault());

render();
