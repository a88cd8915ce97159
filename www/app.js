// presslens page: loads articles, spreads them over analysis workers, renders the views.
//
// Rule: article text and file names are only ever inserted as text (textContent,
// createTextNode), never parsed as HTML. Saved web pages are parsed only into detached
// documents (decode.js).
//
// Offsets in results are Unicode code points; a document's map from code point index to
// UTF-16 index is made when the document is first shown, to slice spans out of the JS string.

import { el, append, clear, list, entriesOf, plural, speakerLabel, formatValue } from './dom.js';
import { renderCompare, quotedBy, diffNodes, heatTable } from './compare.js';
import { readFile, Refused, MAX_BYTES } from './decode.js';
import { quotesCsv, entitiesCsv, claimsCsv, bratFiles, zipParts } from './exporters.js';
import { openStore, putDocs, putCorpus, loadAll, clearStore } from './store.js';
import { speakersChart } from './charts.js';
import { compileModule, newWorker, takeEarlyWorker, fetchSeeds, takeEarlySeeds, EVENTS } from './boot.js';

const $ = (sel) => document.querySelector(sel);

const ENTITY_TYPES = ['person', 'organization', 'place', 'nationality', 'event', 'other'];
const TABS = ['documents', 'quotes', 'entities', 'claims', 'compare', 'charts', 'reader'];
const PAGE_ROWS = 300; // rows a table shows before "Show more"
const MAX_MESSAGES = 60;

// The single-file build sets this: the worker's source and the wasm bytes, inlined.
const INLINE = globalThis.PRESSLENS_INLINE || null;

const state = {
  docs: new Map(), // id -> {id, text, result, note, seq, cp?}
  corpus: null,
  seq: 0,
  pasteCounter: 0,
  engine: 'loading', // loading | ready | failed
  version: '',
  tab: 'documents',
  // The entity whose mentions the reader highlights: the ids of its per-document
  // entities ("<docId>/e<n>"), kept as ids so it survives a new corpus merge.
  focus: null, // null | {members: Set<string>}
  item: null, // the quote or claim shown in the reader's side panel: {kind, id}
  documents: { limit: PAGE_ROWS },
  quotes: { speaker: '', text: '', sort: 'article', dir: 1, limit: PAGE_ROWS },
  entities: { text: '', limit: PAGE_ROWS },
  claims: { text: '', conflictsOnly: false, limit: PAGE_ROWS },
  compareAllEntities: false,
  db: null,
};

// ---------------------------------------------------------------- text and offsets

/** Map from code point index to UTF-16 index; entry n is the string's length. */
function codePointMap(text) {
  const map = new Uint32Array(text.length + 1);
  let i = 0;
  let u = 0;
  for (const ch of text) {
    map[i++] = u;
    u += ch.length;
  }
  map[i] = u;
  return map.slice(0, i + 1);
}

function cpOf(doc) {
  if (!doc.cp) doc.cp = codePointMap(doc.text);
  return doc.cp;
}

/**
 * A quote's words as the page shows them: a quote interrupted by its attribution or running
 * over paragraphs shows each part on its own ("…,” she said. “…" reads “…,” … “…”, not one
 * run-on sentence); a direct quote's parts each in their marks. Falls back to the contract's
 * `text` when the parts cannot be read from the document.
 */
function quoteWords(doc, q) {
  const parts = list(q.parts);
  const texts = parts.length > 1 && typeof doc.text === 'string' && parts.every((p) => isSpan(p, doc))
    ? parts.map(([a, b]) => doc.text.slice(cpOf(doc)[a], cpOf(doc)[b]))
    : [q.text ?? ''];
  const direct = q.kind !== 'indirect' && q.kind !== 'mixed';
  const nodes = texts.flatMap((t, i) => [
    i > 0 ? el('span', { class: 'part-gap', text: ' … ', title: 'The attribution or a paragraph break comes between these words' }) : null,
    direct ? el('q', { class: 'quote-part', text: t }) : el('span', { class: 'quote-part', text: t }),
  ]);
  return nodes;
}

function isSpan(span, doc) {
  return Array.isArray(span) && span.length === 2
    && Number.isInteger(span[0]) && Number.isInteger(span[1])
    && span[0] >= 0 && span[0] <= span[1] && span[1] < cpOf(doc).length;
}

// ---------------------------------------------------------------- messages and status

let hiddenMessages = 0;

function message(kind, ...parts) {
  const box = $('#messages');
  if (box.children.length >= MAX_MESSAGES) {
    hiddenMessages++;
    let more = $('#messages-more');
    if (!more) {
      more = el('li', { id: 'messages-more', class: 'msg msg-info', dataset: { kind: 'info' } });
      box.append(more);
    }
    more.textContent = `${plural(hiddenMessages, 'more message')} not shown.`;
    return null;
  }
  const li = el('li', { class: `msg msg-${kind}`, dataset: { kind } });
  append(li, parts);
  const close = el('button', { type: 'button', class: 'msg-close', text: '×', title: 'Dismiss' });
  close.setAttribute('aria-label', 'Dismiss message');
  close.addEventListener('click', () => li.remove());
  li.append(close);
  const more = $('#messages-more');
  if (more) box.insertBefore(li, more);
  else box.append(li);
  return li;
}

function clearMessages() {
  hiddenMessages = 0;
  clear($('#messages'));
}

const fileName = (name) => el('strong', { class: 'file-name', text: name });

function setStatus(text, st) {
  const s = $('#status');
  s.textContent = text;
  s.dataset.state = st;
}

// ---------------------------------------------------------------- the analysis workers

const POOL_SIZE = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
const MAX_RESTARTS = 20;

const slots = []; // {n, w, ready, busy: {id, name} | null, restarts}
let slotCounter = 0;
let job = null; // {queue, total, done, ok, failed, refused, names, started, cancelled, preparing}
let mergeJob = 0;

function startWorker(slot) {
  // The first worker was started by boot.js, before this module ran; it may have spoken already.
  const early = takeEarlyWorker();
  const w = early ? early.w : newWorker();
  slot.w = w;
  slot.ready = false;
  slot.busy = null;
  const onEvent = (ev) => {
    if (ev.type === 'message') onWorkerMessage(slot, ev.data);
    else if (ev.type === 'messageerror') onWorkerCrash(slot, 'a message from the analysis worker could not be read');
    else {
      ev.preventDefault();
      onWorkerCrash(slot, ev.message || 'the analysis worker stopped');
    }
  };
  for (const t of EVENTS) w.addEventListener(t, onEvent);
  compileModule().then(
    (module) => {
      if (!early) w.postMessage({ type: 'init', module }); // boot.js sent the early one its own
    },
    (e) => failEngine(`The analysis module could not be loaded: ${e.message || e}`),
  );
  if (early) for (const ev of early.events) if (slot.w === w) onEvent(ev);
}

function addWorker() {
  const slot = { n: ++slotCounter, w: null, ready: false, busy: null, restarts: 0 };
  slots.push(slot);
  startWorker(slot);
  return slot;
}

function restartWorker(slot) {
  slot.w.terminate();
  slot.restarts++;
  if (slot.restarts > MAX_RESTARTS) {
    failEngine('The analysis workers kept failing, so analysis stopped.');
    return;
  }
  startWorker(slot);
}

// A worker costs about 100 ms of a core to start (its module instantiated, prepare() run),
// about what one worker takes to analyse 200 KB. So a worker is added for each 256 KB queued:
// the sample articles (26 KB) go to the one worker already prepared, rather than wait while a
// second one starts on the same cores (on 2 cores: 65 → 40 ms from the click to the first
// result, and the five done 20–50 ms sooner, in `make bench`'s page loads).
const BYTES_PER_WORKER = 256 * 1024;

/** An item's size in bytes (a string's in UTF-16 units, near enough), without reading a file. */
const itemBytes = (it) => (it.file ? it.file.size : it.bytes ? it.bytes.length : (it.text || '').length);

/** Enough workers for the work queued: up to POOL_SIZE; at least one. */
function ensureWorkers(wanted) {
  const n = Math.max(1, Math.min(POOL_SIZE, wanted));
  while (slots.length < n) addWorker();
}

/** After a job: keep one worker (for merges and the next job), end the others. */
function trimWorkers() {
  while (slots.length > 1) {
    const slot = slots.pop();
    slot.w.terminate();
  }
}

function onWorkerMessage(slot, m) {
  switch (m && m.type) {
    case 'ready':
      slot.ready = true;
      if (state.engine === 'loading') {
        state.engine = 'ready';
        state.version = m.version || '';
        $('#version').textContent = state.version ? `v${state.version}` : '';
        if (!job) setStatus('Ready. Load the sample articles or add your own.', 'ready');
        if (state.docs.size > 0 && !state.corpus) mergeAll();
      }
      pump();
      break;
    case 'fatal':
      failEngine(m.message);
      break;
    case 'result': {
      const item = slot.busy;
      slot.busy = null;
      if (job && item && item.id === m.id) {
        addResult(item, m.result);
        job.ok++;
        job.done++;
      }
      progress();
      pump();
      break;
    }
    case 'error': {
      const item = slot.busy;
      slot.busy = null;
      if (job && item && item.id === m.id) {
        job.failed++;
        job.done++;
        message('error', 'Could not analyse ', fileName(item.name), `: ${m.message}. The other documents go on.`);
      }
      if (m.broken) restartWorker(slot);
      progress();
      pump();
      break;
    }
    case 'merged':
      if (m.job === mergeJob) {
        state.corpus = m.corpus;
        putCorpus(state.db, m.corpus).catch(storageFailed);
        finishMerge();
      }
      break;
    case 'merge-error':
      if (m.job === mergeJob) {
        state.corpus = null;
        message('error', `Could not merge the documents into one set: ${m.message}`);
        finishMerge();
      }
      break;
    default:
      break;
  }
}

/** A worker died (an uncaught error, or it could not start): report, replace, go on. */
function onWorkerCrash(slot, why) {
  if (state.engine === 'failed') return;
  const item = slot.busy;
  slot.busy = null;
  if (!slot.ready && !item) {
    failEngine(`The analysis worker failed to start: ${why}`);
    return;
  }
  if (item && job) {
    job.failed++;
    job.done++;
    message('error', 'The analysis of ', fileName(item.name), ` failed (${why}). The worker was restarted and the other documents go on.`);
  } else if (merging) {
    message('error', `The analysis worker failed while merging the documents (${why}).`);
    merging = false;
    finishMerge();
  }
  restartWorker(slot);
  progress();
  pump();
}

function failEngine(text) {
  if (state.engine === 'failed') return;
  state.engine = 'failed';
  if (job) job.queue.length = 0;
  job = null;
  for (const s of slots) s.w.terminate();
  slots.length = 0;
  progress();
  setStatus('The analyser is not available.', 'error');
  message('error', text);
}

// ---------------------------------------------------------------- the job: queue, progress, cancel

let pumping = false;
let merging = false;

/** Queue items ({name, file} or {name, text}) for analysis. */
function enqueue(items) {
  if (state.engine === 'failed') {
    message('error', 'The analyser is not available, so nothing can be analysed.');
    return;
  }
  if (items.length === 0) return;
  if (!job) {
    job = { queue: [], total: 0, done: 0, ok: 0, failed: 0, refused: 0, names: new Set(), started: performance.now(), cancelled: false };
  }
  for (const it of items) {
    const id = uniqueId(it.name || 'unnamed.txt', job.names);
    if (id !== it.name) message('info', 'Two files are named ', fileName(it.name), '; the second is shown as ', fileName(id), '.');
    else if (state.docs.has(id)) message('info', fileName(id), ' replaces the document of the same name.');
    job.names.add(id);
    job.queue.push({ ...it, id, seq: ++state.seq });
  }
  job.total += items.length;
  const queued = job.queue.reduce((sum, it) => sum + itemBytes(it), 0);
  ensureWorkers(Math.min(job.queue.length, Math.ceil(queued / BYTES_PER_WORKER)));
  progress();
  pump();
}

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

/** Decode one queued item: {id, name, text, note}, or null when it is refused (reported). */
async function prepare(item) {
  if (typeof item.text === 'string') {
    let text = item.text;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { id: item.id, name: item.name, text, note: item.note ?? null, seq: item.seq };
  }
  try {
    const { text, note } = await readFile(item.file, item.bytes);
    if (note) message('warning', fileName(item.name), ` ${note}.`);
    return { id: item.id, name: item.name, text, note, seq: item.seq };
  } catch (e) {
    if (e instanceof Refused) message('error', fileName(item.name), ` ${e.message}, so it was skipped.`);
    else message('error', fileName(item.name), ` could not be read (${e.message || e}), so it was skipped.`);
    return null;
  }
}

// When documents wait a second with every worker busy (a long job, or one document that takes
// long or never ends, which must not hold up the queue behind it), one more worker starts, up
// to POOL_SIZE, however few bytes are queued.
const STUCK_MS = 1000;
let stuckTimer = 0;

function addWorkerIfStuck() {
  const stuck = () => job && job.queue.length > 0 && slots.length < POOL_SIZE && slots.every((s) => s.ready && s.busy);
  if (stuckTimer || !stuck()) return;
  stuckTimer = setTimeout(() => {
    stuckTimer = 0;
    if (stuck()) ensureWorkers(slots.length + 1);
  }, STUCK_MS);
}

/** Hand queued documents to idle workers, one each; files are read only when their turn comes. */
async function pump() {
  if (pumping || !job) return;
  pumping = true;
  try {
    while (job && job.queue.length > 0) {
      const slot = slots.find((s) => s.ready && !s.busy);
      if (!slot) {
        addWorkerIfStuck();
        break;
      }
      const item = job.queue.shift();
      slot.busy = { id: item.id, name: item.name, pending: true };
      const doc = await prepare(item);
      if (!job || job.cancelled) {
        slot.busy = null;
        break;
      }
      if (!doc) {
        slot.busy = null;
        job.refused++;
        job.done++;
        progress();
        continue;
      }
      slot.busy = doc;
      slot.w.postMessage({ type: 'analyze', id: doc.id, text: doc.text });
    }
  } finally {
    pumping = false;
  }
  maybeFinish();
}

function maybeFinish() {
  if (!job || pumping || merging) return;
  if (job.queue.length > 0 || slots.some((s) => s.busy)) return;
  mergeAll();
}

/** Merge every analysed document into the corpus (one worker, the wasm mergeCorpus). */
function mergeAll() {
  const slot = slots.find((s) => s.ready && !s.busy);
  if (!slot) {
    if (slots.length === 0 && state.engine !== 'failed') ensureWorkers(1);
    return; // merged when a worker is ready
  }
  merging = true;
  mergeJob++;
  const docs = analysedDocs().map((d) => d.result);
  if (docs.length === 0) {
    state.corpus = null;
    finishMerge();
    return;
  }
  slot.w.postMessage({ type: 'merge', job: mergeJob, docs });
}

function finishMerge() {
  merging = false;
  flushSaves();
  const j = job;
  job = null;
  trimWorkers();
  progress();
  render(); // the results are on the page before the status says so
  if (j) {
    const secs = ((performance.now() - j.started) / 1000).toFixed(1);
    const skipped = j.failed + j.refused;
    const verb = j.cancelled ? 'Cancelled: analysed' : 'Analysed';
    setStatus(`${verb} ${j.ok} of ${plural(j.total, 'document')} in ${secs} s`
      + `${skipped ? `, ${skipped} skipped or failed` : ''}. ${plural(state.docs.size, 'document')} in the set.`, 'done');
  } else if (state.engine === 'ready') {
    setStatus(`${plural(state.docs.size, 'document')} in the set.`, 'done');
  }
}

function cancelJob() {
  if (!job) return;
  job.cancelled = true;
  job.queue.length = 0;
  // Workers still analysing are stopped and replaced; what they were doing is dropped.
  for (const slot of slots) {
    if (slot.busy) {
      slot.busy = null;
      restartWorker(slot);
    }
  }
  progress();
  maybeFinish();
}

function progress() {
  const row = $('#progress-row');
  if (!job) {
    row.hidden = true;
    return;
  }
  row.hidden = false;
  const p = $('#progress');
  p.max = Math.max(1, job.total);
  p.value = job.done;
  $('#progress-text').textContent = `${job.done} of ${plural(job.total, 'document')}`;
  // The numbers are in the progress bar and beside it; the status (read out) changes less often.
  setStatus(job.cancelled ? 'Cancelling…' : `Analysing ${plural(job.total, 'document')}…`, 'busy');
  scheduleRender();
}

// ---------------------------------------------------------------- results and storage

let saveQueue = [];
let saveTimer = 0;

function addResult(item, result) {
  // Documents are shown in the order they were added, whichever worker finishes first.
  const doc = { id: item.id, text: item.text, result, note: item.note ?? null, seq: item.seq };
  state.docs.set(doc.id, doc);
  if (typeof result.chars === 'number' && result.chars !== [...doc.text].length) {
    message('warning', 'Offsets for ', fileName(doc.id), ' may be wrong: the analyser and the page count its characters differently.');
  }
  saveQueue.push(doc);
  if (!saveTimer) saveTimer = setTimeout(flushSaves, 500);
}

function flushSaves() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const batch = saveQueue;
  saveQueue = [];
  putDocs(state.db, batch).catch(storageFailed);
}

let storageWarned = false;
function storageFailed(e) {
  if (storageWarned) return;
  storageWarned = true;
  message('warning', `The results could not be kept in this browser's storage (${e && e.message ? e.message : e}); they will be gone after a reload.`);
}

async function restore() {
  state.db = await openStore();
  const { docs, corpus } = await loadAll(state.db).catch(() => ({ docs: [], corpus: null }));
  if (docs.length === 0 || state.docs.size > 0) return;
  for (const d of docs) {
    state.docs.set(d.id, { id: d.id, text: d.text, result: d.result, note: d.note ?? null, seq: d.seq });
    state.seq = Math.max(state.seq, d.seq ?? 0);
  }
  state.corpus = corpus;
  message('info', `${plural(docs.length, 'document')} kept in this browser from an earlier visit ${docs.length === 1 ? 'is' : 'are'} shown again. “Clear all” removes them.`);
  if (!corpus && state.engine === 'ready') mergeAll();
  scheduleRender(true);
}

// ---------------------------------------------------------------- adding documents

async function addFiles(files, extra = 0) {
  if (files.length === 0 && extra === 0) return;
  if (!job) clearMessages();
  if (extra) message('info', `${plural(extra, 'hidden file')} (names starting with a dot) left out.`);
  enqueue(files.map((file) => ({ name: file.name || 'unnamed.txt', file })));
}

/** Every file of a drop, folders included (walked through their entries). */
async function droppedFiles(dt) {
  const entries = [...(dt.items || [])].filter((i) => i.kind === 'file')
    .map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((e) => !e)) return { files: [...(dt.files || [])], hidden: 0 };
  const files = [];
  let hidden = 0;
  const fileOf = (entry) => new Promise((resolve, reject) => entry.file(resolve, reject));
  const readAll = async (dir) => {
    const reader = dir.createReader();
    const out = [];
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) return out;
      out.push(...batch);
    }
  };
  const walk = async (entry, top) => {
    if (!top && entry.name.startsWith('.')) {
      hidden++;
      return;
    }
    if (entry.isFile) files.push(await fileOf(entry));
    else if (entry.isDirectory) for (const child of await readAll(entry)) await walk(child, false);
  };
  for (const e of entries) await walk(e, true);
  return { files, hidden };
}

async function loadSeeds() {
  const button = $('#load-seeds');
  button.disabled = true;
  if (!job) clearMessages();
  try {
    if (INLINE) {
      enqueue(INLINE.seeds.map((s) => ({ name: s.name, text: s.text })));
      return;
    }
    setStatus('Fetching the sample articles…', 'busy');
    // The first time, boot.js has them fetched already (or under way); fetched again if that failed.
    const ahead = takeEarlySeeds();
    enqueue(await (ahead ? ahead.catch(() => fetchSeeds()) : fetchSeeds()));
  } catch (e) {
    setStatus('The sample articles could not be loaded.', 'error');
    message('error', `The sample articles could not be loaded (${e.message || e}). Run node scripts/build-seeds.mjs to put them in www/seeds/.`);
  } finally {
    button.disabled = false;
  }
}

function analyzePasted() {
  const area = $('#paste-text');
  const text = area.value;
  if (text.trim() === '') {
    message('warning', 'Paste some text first.');
    area.focus();
    return;
  }
  if (!job) clearMessages();
  let id;
  do {
    id = `doc-${++state.pasteCounter}`;
  } while (state.docs.has(id) || (job && job.names.has(id)));
  enqueue([{ name: id, text }]);
  area.value = '';
}

async function clearAll() {
  cancelJob();
  // A merge still under way belongs to the documents being removed: ignore its answer.
  mergeJob++;
  merging = false;
  job = null;
  progress();
  state.docs.clear();
  state.corpus = null;
  state.focus = null;
  state.item = null;
  saveQueue = [];
  clearMessages();
  $('#doc-select').value = '';
  try {
    await clearStore(state.db);
    message('info', 'Every document was removed from this page and from this browser’s storage.');
  } catch (e) {
    message('warning', `The documents were removed from the page, but the browser’s storage could not be emptied: ${e.message || e}`);
  }
  if (state.engine === 'ready') setStatus('Cleared. Load the sample articles or add your own.', 'ready');
  render();
}

// ---------------------------------------------------------------- rendering

let renderTimer = 0;
let renderFrame = 0;
let lastRender = 0;

/** Render on the next frame; while a job runs, at most a few times a second. */
function scheduleRender(now = false) {
  if (renderTimer || renderFrame) return;
  // During a job the tables are redrawn at most every 400 ms, but the first result is shown
  // at once: until then there is nothing on the page to look at.
  const waiting = !now && job && !$('#results').hidden;
  const wait = waiting ? Math.max(0, 400 - (performance.now() - lastRender)) : 0;
  renderTimer = setTimeout(() => {
    renderTimer = 0;
    renderFrame = requestAnimationFrame(() => {
      renderFrame = 0;
      render();
    });
  }, wait);
}

/** A render done now makes the one scheduled for later needless. */
function cancelScheduledRender() {
  clearTimeout(renderTimer);
  cancelAnimationFrame(renderFrame);
  renderTimer = 0;
  renderFrame = 0;
}

const ROW_KEYS = ['doc', 'quote', 'entity', 'claim'];

/**
 * Where the keyboard focus is among the results, said so that it can be found again after
 * the rows are drawn anew: the list it is in, its row's ids (a document's, a quote's, an
 * entity's or a claim's), its class and its place in the row. Null for a row without ids.
 */
function focusKey() {
  const a = document.activeElement;
  if (!a || a === document.body || !$('#results').contains(a)) return null;
  const list = a.closest('[id]');
  const row = a.closest('tr, li');
  if (!list || !row || !list.contains(row)) return null;
  // A row without ids cannot be told from its neighbours: its focus is not followed.
  const ids = ROW_KEYS.map((k) => row.dataset[k] ?? '');
  if (ids.every((id) => id === '')) return null;
  const same = [...row.querySelectorAll(a.tagName)].filter((b) => b.className === a.className);
  return { list: list.id, row: ids, tag: a.tagName, cls: a.className, nth: same.indexOf(a) };
}

/** Put the focus back where focusKey found it, if a redraw took it away and the row is still there. */
function restoreFocus(key) {
  if (!key || (document.activeElement && document.activeElement !== document.body)) return;
  const list = document.getElementById(key.list);
  if (!list) return;
  for (const row of list.querySelectorAll('tr, li')) {
    if (ROW_KEYS.some((k, i) => (row.dataset[k] ?? '') !== key.row[i])) continue;
    const same = [...row.querySelectorAll(key.tag)].filter((b) => b.className === key.cls);
    const target = same[key.nth];
    if (target) target.focus({ preventScroll: true });
    return;
  }
}

function analysedDocs() {
  return [...state.docs.values()].filter((d) => d.result).sort((a, b) => a.seq - b.seq);
}

function selectedId() {
  return $('#doc-select').value;
}

function showTab(name, { focus = false } = {}) {
  if (!TABS.includes(name)) return;
  state.tab = name;
  for (const t of TABS) {
    const tab = $(`#tab-${t}`);
    const on = t === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`#view-${t}`).hidden = !on;
  }
  if (focus) $(`#tab-${name}`).focus();
  render();
}

function render() {
  cancelScheduledRender();
  lastRender = performance.now();
  const keep = focusKey();
  draw();
  restoreFocus(keep);
}

function draw() {
  const docs = analysedDocs();
  $('#results').hidden = docs.length === 0;
  renderDocSelect(docs);
  const sel = selectedId();
  const shown = sel ? docs.filter((d) => d.id === sel) : docs;
  // The entity rows only where a view needs them (they cover every document).
  const needs = ['quotes', 'entities', 'compare', 'charts', 'reader'].includes(state.tab);
  const entities = needs ? entityRows(docs) : [];
  const focus = needs ? focusedRow(entities) : null;
  $('#tab-count-documents').textContent = String(docs.length);
  switch (state.tab) {
    case 'documents': renderDocuments(shown); break;
    case 'quotes': renderQuotes(shown, entities); break;
    case 'entities': renderEntities(docs, sel, entities, focus); break;
    case 'claims': renderClaims(shown); break;
    case 'compare': renderCompareView(docs, entities); break;
    case 'charts': renderCharts(docs, entities); break;
    case 'reader': {
      const doc = sel ? state.docs.get(sel) : null;
      renderReader(doc, docs, focus);
      renderPanel(doc && doc.result ? doc : null, docs, focus);
      break;
    }
    default: break;
  }
}

function renderDocSelect(docs) {
  const select = $('#doc-select');
  const current = select.value;
  const ids = docs.map((d) => d.id);
  const existing = [...select.options].slice(1).map((o) => o.value);
  const label = `All documents (${docs.length})`;
  if (existing.length <= ids.length && existing.every((v, i) => v === ids[i])) {
    // Documents arrive mostly in order: add the new ones only.
    for (const id of ids.slice(existing.length)) select.append(el('option', { value: id, text: id }));
    select.options[0].textContent = label;
    return;
  }
  const opts = [el('option', { value: '', text: label })];
  for (const id of ids) opts.push(el('option', { value: id, text: id }));
  select.replaceChildren(...opts);
  select.value = ids.includes(current) ? current : '';
}

/** Open the reading view on a document, scrolled to (and flashing) `focusSelector`. */
function selectDocument(id, focusSelector = null) {
  $('#doc-select').value = id;
  showTab('reader');
  if (focusSelector) {
    const target = $('#reader').querySelector(focusSelector);
    if (target) {
      target.scrollIntoView({ block: 'center', behavior: smooth() });
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1600);
    }
  } else {
    $('#view-reader').scrollIntoView({ block: 'start', behavior: smooth() });
  }
}

function openQuote(docId, quoteId) {
  state.item = { kind: 'quote', id: quoteId };
  selectDocument(docId, `[data-quote="${CSS.escape(String(quoteId))}"]`);
}

function openClaim(docId, claimId) {
  state.item = { kind: 'claim', id: claimId };
  selectDocument(docId, `[data-claim="${CSS.escape(String(claimId))}"]`);
}

function docButton(id, label = id, onClick = null) {
  const b = el('button', { type: 'button', class: 'link', text: label, title: `Read ${id}` });
  b.addEventListener('click', onClick || (() => {
    state.item = null;
    selectDocument(id);
  }));
  return b;
}

function cell(label, ...children) {
  return append(el('td', { dataset: { label } }), children);
}

function moreButton(view, shown, total) {
  if (shown >= total) return null;
  const b = el('button', { type: 'button', class: 'secondary more', text: `Show ${Math.min(PAGE_ROWS, total - shown)} more (${shown} of ${total} shown)` });
  b.addEventListener('click', () => {
    state[view].limit += PAGE_ROWS;
    render();
  });
  return b;
}

// ---------------------------------------------------------------- documents

function renderDocuments(docs) {
  const limit = state.documents.limit;
  const rows = docs.slice(0, limit).map((d) => {
    const r = d.result;
    return el('tr', { dataset: { doc: d.id } },
      cell('Document', docButton(d.id)),
      cell('Headline', r.title || el('span', { class: 'muted', text: '—' })),
      cell('Characters', String(r.chars ?? '')),
      cell('Quotes', String(list(r.quotes).length)),
      cell('Entities', String(list(r.entities).length)),
      cell('Claims', String(list(r.claims).length)),
      cell('Note', d.note ? el('span', { class: 'doc-note', text: d.note }) : el('span', { class: 'muted', text: '—' })));
  });
  for (const tr of rows) for (const td of [...tr.children].slice(2, 6)) td.classList.add('num');
  $('#documents-table tbody').replaceChildren(...rows);
  $('#documents-more').replaceChildren(...[moreButton('documents', Math.min(limit, docs.length), docs.length)].filter(Boolean));
  $('#documents-table').classList.toggle('no-titles', !docs.some((d) => d.result.title));
}

// ---------------------------------------------------------------- quotes

const QUOTE_SORTS = {
  speaker: (a, b) => (a.speaker || '\uffff').localeCompare(b.speaker || '\uffff'),
  quote: (a, b) => String(a.q.text).localeCompare(String(b.q.text)),
  kind: (a, b) => String(a.q.kind).localeCompare(String(b.q.kind)),
  cue: (a, b) => String(a.q.cue ? a.q.cue.text : '\uffff').localeCompare(String(b.q.cue ? b.q.cue.text : '\uffff')),
  article: (a, b) => a.order - b.order,
  confidence: (a, b) => (Number(a.q.confidence) || 0) - (Number(b.q.confidence) || 0),
};

function renderQuotes(docs, entities) {
  const f = state.quotes;
  const memberToRow = new Map();
  for (const r of entities) for (const m of r.members) memberToRow.set(m, r);
  let all = [];
  for (const d of docs) {
    for (const q of list(d.result.quotes)) {
      const s = q.speaker && q.speaker.entity != null ? memberToRow.get(String(q.speaker.entity)) : null;
      all.push({ d, q, speaker: s ? s.name : speakerLabel(q.speaker), order: all.length });
    }
  }
  // The speaker filter lists everyone quoted in the documents shown.
  const speakers = [...new Set(all.map((r) => r.speaker).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const select = $('#quote-speaker');
  const want = ['', ...speakers];
  if (select.options.length !== want.length || [...select.options].some((o, i) => o.value !== want[i])) {
    select.replaceChildren(el('option', { value: '', text: `All speakers (${speakers.length})` }), ...speakers.map((s) => el('option', { value: s, text: s })));
  }
  select.value = speakers.includes(f.speaker) ? f.speaker : '';
  if (f.speaker) all = all.filter((r) => r.speaker === select.value);
  const needle = f.text.trim().toLowerCase();
  if (needle) {
    all = all.filter((r) => `${r.q.text} ${r.speaker ?? ''} ${r.q.cue ? r.q.cue.text : ''} ${r.d.id}`.toLowerCase().includes(needle));
  }
  all.sort((a, b) => (QUOTE_SORTS[f.sort] || QUOTE_SORTS.article)(a, b) * f.dir || a.order - b.order);
  for (const th of document.querySelectorAll('#quotes-table th[data-sort]')) {
    th.setAttribute('aria-sort', th.dataset.sort === f.sort ? (f.dir > 0 ? 'ascending' : 'descending') : 'none');
  }

  const rows = all.slice(0, f.limit).map(({ d, q, speaker }) => {
    const speakerCell = cell('Speaker');
    if (speaker) {
      speakerCell.append(el('span', { class: 'speaker-name', text: speaker }));
      if (q.speaker.text && q.speaker.text !== speaker) speakerCell.append(el('span', { class: 'speaker-as', text: `as “${q.speaker.text}”` }));
    } else {
      speakerCell.append(el('span', { class: 'muted', text: 'unknown' }));
    }
    const open = el('button', { type: 'button', class: 'link quote-open', title: `Read this quote in ${d.id}` },
      el('span', { class: q.kind === 'indirect' || q.kind === 'mixed' ? 'quote-text indirect-text' : 'quote-text' }, quoteWords(d, q)));
    open.addEventListener('click', () => openQuote(d.id, q.id));
    return el('tr', { dataset: { doc: d.id, kind: q.kind ?? '', quote: q.id ?? '' } },
      speakerCell,
      cell('Quote', open),
      cell('Kind', el('span', { class: `tag kind-${q.kind}`, text: q.kind ?? '' })),
      cell('Cue', q.cue ? q.cue.text : el('span', { class: 'muted', text: '—' })),
      cell('Document', docButton(d.id, d.id, () => openQuote(d.id, q.id))),
      cell('Confidence', el('span', { class: 'confidence', text: typeof q.confidence === 'number' ? q.confidence.toFixed(2) : '—' })));
  });
  if (rows.length === 0) {
    rows.push(el('tr', { class: 'empty' }, el('td', { colSpan: 6, text: docs.length ? 'No quotes match.' : 'Nothing analysed yet.' })));
  }
  $('#quotes-table tbody').replaceChildren(...rows);
  $('#quotes-count').textContent = `(${all.length})`;
  $('#quotes-more').replaceChildren(...[moreButton('quotes', Math.min(f.limit, all.length), all.length)].filter(Boolean));
}

// ---------------------------------------------------------------- entities

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
  const needle = state.entities.text.trim().toLowerCase();
  if (needle) rows = rows.filter((e) => [e.name, ...e.aliases, ...e.roles].some((x) => String(x).toLowerCase().includes(needle)));
  const total = (e) => e.counts.reduce((s, [, n]) => s + Number(n || 0), 0);
  const inSel = (e) => Number((e.counts.find(([id]) => id === sel) || [, 0])[1]);
  rows.sort((a, b) => (sel ? inSel(b) - inSel(a) : 0) || total(b) - total(a) || String(a.name).localeCompare(String(b.name)));

  const trs = rows.slice(0, state.entities.limit).map((e) => {
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
    trs.push(el('tr', { class: 'empty' }, el('td', { colSpan: 5, text: docs.length ? 'No entities match.' : 'Nothing analysed yet.' })));
  }
  $('#entities-table tbody').replaceChildren(...trs);
  $('#entities-count').textContent = `(${rows.length})`;
  $('#entities-more').replaceChildren(...[moreButton('entities', Math.min(state.entities.limit, rows.length), rows.length)].filter(Boolean));
}

// ---------------------------------------------------------------- claims

/** Claim id → its claim group, for groups whose members come from more than one document. */
function claimGroupsById() {
  const out = new Map();
  for (const g of list(state.corpus && state.corpus.claim_groups)) for (const id of list(g.members)) out.set(id, g);
  return out;
}

function renderClaims(docs) {
  const f = state.claims;
  const groups = claimGroupsById();
  let items = [];
  for (const d of docs) for (const c of list(d.result.claims)) items.push({ d, c, g: groups.get(c.id) || null });
  const needle = f.text.trim().toLowerCase();
  if (needle) items = items.filter(({ d, c }) => `${c.text} ${list(c.kinds).join(' ')} ${speakerLabel(c.speaker) ?? ''} ${d.id}`.toLowerCase().includes(needle));
  if (f.conflictsOnly) items = items.filter(({ g }) => g && g.status === 'conflict');
  items.sort((a, b) => (Number(b.c.score) || 0) - (Number(a.c.score) || 0));
  const lis = items.slice(0, f.limit).map(({ d, c, g }) => {
    const score = Number(c.score) || 0;
    const meta = el('div', { class: 'claim-meta' });
    const meter = el('meter', { min: 0, max: 1, value: score, title: `check-worthiness ${score.toFixed(2)}` });
    meta.append(el('span', { class: 'score' }, meter, ' ', el('span', { class: 'score-n', text: score.toFixed(2) })));
    for (const k of list(c.kinds)) meta.append(el('span', { class: `tag claim-kind kind-${k}`, text: k }));
    if (c.hedge) meta.append(el('span', { class: 'hedge', text: `hedge: ${c.hedge}` }));
    const who = speakerLabel(c.speaker);
    if (who) meta.append(el('span', { class: 'claim-speaker', text: `says ${who}` }));
    if (g && g.status === 'conflict') {
      const values = list(g.values).map((v) => formatValue(v, g.topic)).join(' vs ');
      const b = el('button', { type: 'button', class: 'tag status status-conflict conflict-flag', text: `⚠ conflicts across articles: ${g.topic} ${values}`, title: 'Compare the articles' });
      b.addEventListener('click', () => showTab('compare'));
      meta.append(b);
    } else if (g && g.status === 'agree' && list(g.members).length > 1) {
      meta.append(el('span', { class: 'tag status status-agree', text: `agrees across articles: ${g.topic}` }));
    }
    meta.append(docButton(d.id, d.id, () => openClaim(d.id, c.id)));
    const text = el('button', { type: 'button', class: 'link claim-text', text: c.text ?? '', title: `Read this claim in ${d.id}` });
    text.addEventListener('click', () => openClaim(d.id, c.id));
    return el('li', { class: 'claim', dataset: { doc: d.id, claim: c.id ?? '', status: g ? g.status : '' } }, text, meta);
  });
  if (lis.length === 0) lis.push(el('li', { class: 'empty', text: docs.length ? 'No claims match.' : 'Nothing analysed yet.' }));
  $('#claims-list').replaceChildren(...lis);
  $('#claims-count').textContent = `(${items.length})`;
  $('#claims-more').replaceChildren(...[moreButton('claims', Math.min(f.limit, items.length), items.length)].filter(Boolean));
}

// ---------------------------------------------------------------- compare and charts

const opener = {
  docButton: (id, label) => docButton(id, label),
  quote: (docId, quoteId) => openQuote(docId, quoteId),
  claim: (docId, claimId) => openClaim(docId, claimId),
  entity: (row, docId) => openEntity(row, docId),
};

function renderCompareView(docs, entities) {
  renderCompare($('#compare'), {
    docs,
    corpus: state.corpus || {},
    entities,
    showAllEntities: state.compareAllEntities,
    toggleEntities: () => {
      state.compareAllEntities = !state.compareAllEntities;
      render();
    },
    open: opener,
  });
}

function renderCharts(docs, entities) {
  const { rows, unknown } = quotedBy(docs, entities);
  $('#chart-speakers').replaceChildren(speakersChart(docs, rows, { unknown, open: opener }));
  $('#chart-heat').replaceChildren(heatTable(docs, entities, opener));
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
  const n = cpOf(doc).length - 1;
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
    const text = doc.text.slice(cpOf(doc)[a], cpOf(doc)[b]);
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
  state.item = null;
  showTab('reader');
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

// ---------------------------------------------------------------- side panel: a quote or a claim

function renderPanel(doc, docs, focus) {
  const item = state.item;
  const found = item && doc ? (item.kind === 'quote' ? list(doc.result.quotes) : list(doc.result.claims)).find((x) => x.id === item.id) : null;
  if (!found) {
    renderEntityPanel(doc, docs, focus);
    return;
  }
  const panel = $('#entity-panel');
  const key = JSON.stringify(['item', doc.id, item.kind, item.id, readerBuilds, !!state.corpus]);
  if (key === panelShown) return;
  panelShown = key;
  const close = el('button', { type: 'button', class: 'panel-close', text: '×', title: 'Close' });
  close.setAttribute('aria-label', `Close the ${item.kind}`);
  close.addEventListener('click', () => {
    state.item = null;
    render();
    $('#reader').focus({ preventScroll: true });
  });
  const parts = [];
  if (item.kind === 'quote') {
    const q = found;
    parts.push(el('div', { class: 'panel-head' },
      el('p', { class: 'panel-label', text: `${q.kind ?? ''} quote` }),
      el('h4', { class: 'panel-name', text: speakerLabel(q.speaker) || 'unknown speaker' }), close));
    parts.push(el('blockquote', { class: 'panel-quote' }, quoteWords(doc, q)));
    parts.push(el('dl', { class: 'panel-facts' },
      panelFact('Said as', q.speaker ? q.speaker.text : el('span', { class: 'muted', text: '—' })),
      panelFact('Cue', q.cue ? q.cue.text : el('span', { class: 'muted', text: '—' })),
      panelFact('Confidence', typeof q.confidence === 'number' ? q.confidence.toFixed(2) : '—')));
    const cluster = list(state.corpus && state.corpus.quote_clusters).find((g) => list(g.members).includes(q.id));
    if (cluster) {
      const others = list(cluster.members).filter((id) => id !== q.id);
      const ul = el('ul', { class: 'panel-variants' });
      for (const id of others) {
        const d = docs.find((x) => list(x.result.quotes).some((y) => y.id === id));
        const other = d && list(d.result.quotes).find((y) => y.id === id);
        if (!other) continue;
        const { nodes } = diffNodes(q.text, other.text);
        ul.append(el('li', {}, el('q', {}, ...nodes), ' ', el('span', { class: 'member-doc' }, '— ', docButton(d.id, d.id, () => openQuote(d.id, id)))));
      }
      parts.push(el('p', { class: 'panel-label', text: cluster.identical ? 'Also quoted, in the same words, in' : 'Also quoted, in other words (against this one), in' }), ul);
    }
  } else {
    const c = found;
    const score = Number(c.score) || 0;
    parts.push(el('div', { class: 'panel-head' },
      el('p', { class: 'panel-label', text: 'Claim' }),
      el('h4', { class: 'panel-name', text: `check-worthiness ${score.toFixed(2)}` }), close));
    parts.push(el('p', { class: 'panel-claim', text: c.text ?? '' }));
    parts.push(el('dl', { class: 'panel-facts' },
      panelFact('Kinds', list(c.kinds).length ? list(c.kinds).join(', ') : '—'),
      panelFact('Hedge', c.hedge || '—'),
      panelFact('Says', speakerLabel(c.speaker) || '—')));
    const g = claimGroupsById().get(c.id);
    if (g) {
      const ul = el('ul', { class: 'panel-variants' });
      list(g.members).forEach((id, i) => {
        const d = docs.find((x) => list(x.result.claims).some((y) => y.id === id));
        if (!d) return;
        const v = list(g.values).length === list(g.members).length ? formatValue(g.values[i], g.topic) : '';
        ul.append(el('li', { class: id === c.id ? 'current' : null }, el('strong', { class: 'cmp-value-inline', text: v }), ' ', docButton(d.id, d.id, () => openClaim(d.id, id))));
      });
      parts.push(el('p', { class: 'panel-label' }, `${g.topic}: `, el('span', { class: `tag status status-${g.status}`, text: g.status === 'conflict' ? '⚠ conflict' : g.status })), ul);
    }
  }
  panel.dataset.entity = '';
  panel.replaceChildren(...parts);
}

// ---------------------------------------------------------------- export

function download(parts, name, type) {
  const blob = new Blob(parts, { type });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

function exportAs(kind) {
  const docs = analysedDocs();
  if (docs.length === 0) {
    message('warning', 'Nothing to export yet.');
    return;
  }
  const replacer = (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v);
  switch (kind) {
    case 'json': {
      const out = { presslens: state.version || null, documents: docs.map((d) => d.result), corpus: state.corpus };
      download([JSON.stringify(out, replacer, 2) + '\n'], 'presslens.json', 'application/json');
      break;
    }
    case 'quotes':
      download(['\ufeff', quotesCsv(docs)], 'presslens-quotes.csv', 'text/csv;charset=utf-8');
      break;
    case 'entities':
      download(['\ufeff', entitiesCsv(entityRows(docs))], 'presslens-entities.csv', 'text/csv;charset=utf-8');
      break;
    case 'claims':
      download(['\ufeff', claimsCsv(docs, claimGroupsById())], 'presslens-claims.csv', 'text/csv;charset=utf-8');
      break;
    case 'brat':
      download(zipParts(bratFiles(docs)), 'presslens-brat.zip', 'application/zip');
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------- wiring

$('#load-seeds').addEventListener('click', loadSeeds);
for (const id of ['#file-input', '#folder-input']) {
  $(id).addEventListener('change', (ev) => {
    const files = [...ev.target.files];
    const visible = files.filter((f) => !(f.webkitRelativePath || f.name).split('/').some((p, i, all) => i > 0 && i < all.length && p.startsWith('.')));
    addFiles(visible, files.length - visible.length);
    ev.target.value = '';
  });
}
$('#paste-analyze').addEventListener('click', analyzePasted);
$('#paste-text').addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) analyzePasted();
});
$('#cancel').addEventListener('click', cancelJob);
$('#doc-select').addEventListener('change', () => render());
$('#entity-type').addEventListener('change', () => render());
/** A filter control: its value goes to state[view][field], and the list starts again at the top. */
function bindFilter(selector, event, view, field) {
  $(selector).addEventListener(event, (ev) => {
    state[view][field] = ev.target.value;
    state[view].limit = PAGE_ROWS;
    render();
  });
}
bindFilter('#entity-search', 'input', 'entities', 'text');
bindFilter('#quote-speaker', 'change', 'quotes', 'speaker');
bindFilter('#quote-search', 'input', 'quotes', 'text');
bindFilter('#claim-search', 'input', 'claims', 'text');
for (const b of document.querySelectorAll('#quotes-table th[data-sort] button')) {
  b.addEventListener('click', () => {
    const key = b.closest('th').dataset.sort;
    state.quotes.dir = state.quotes.sort === key ? -state.quotes.dir : 1;
    state.quotes.sort = key;
    render();
  });
}
$('#claim-conflicts').addEventListener('change', (ev) => {
  state.claims.conflictsOnly = ev.target.checked;
  render();
});
for (const b of document.querySelectorAll('[data-export]')) b.addEventListener('click', () => exportAs(b.dataset.export));
$('#clear-all').addEventListener('click', clearAll);

// Tabs: click, or arrow keys / Home / End within the tab list.
for (const t of TABS) $(`#tab-${t}`).addEventListener('click', () => showTab(t));
$('#tabs').addEventListener('keydown', (ev) => {
  const i = TABS.indexOf(state.tab);
  const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[ev.key];
  if (to == null) return;
  ev.preventDefault();
  showTab(TABS[(to + TABS.length) % TABS.length], { focus: true });
});

// A click on a quote or claim in the article shows it in the side panel.
$('#reader').addEventListener('click', (ev) => {
  const span = ev.target.closest('[data-quote], [data-claim]');
  if (!span || window.getSelection().toString()) return;
  state.item = span.dataset.quote ? { kind: 'quote', id: span.dataset.quote } : { kind: 'claim', id: span.dataset.claim };
  render();
});

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
zone.addEventListener('drop', async (ev) => {
  ev.preventDefault();
  dragDepth = 0;
  zone.dataset.active = 'false';
  if (!ev.dataTransfer) return;
  try {
    const { files, hidden } = await droppedFiles(ev.dataTransfer);
    if (files.length || hidden) addFiles(files, hidden);
    else message('warning', 'Only files and folders can be dropped here.');
  } catch (e) {
    message('error', `The dropped files could not be read: ${e.message || e}`);
  }
});
// A file dropped beside the zone must not make the browser navigate away to it.
window.addEventListener('dragover', (ev) => ev.preventDefault());
window.addEventListener('drop', (ev) => ev.preventDefault());

$('#size-limit').textContent = `${MAX_BYTES / 1048576} MB`;
showTab('documents');
ensureWorkers(1);
restore().catch((e) => storageFailed(e));
