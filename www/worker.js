// presslens analysis worker (module worker).
//
// Loads the wasm module once and analyses documents off the main thread.
// Messages in:
//   {type: 'init'}
//   {type: 'analyze', batch, docs: [{id, text}]}   analyse and add/replace these documents
//   {type: 'remove', ids: [id]}                     forget documents
//   {type: 'clear'}                                 forget every document
// Messages out:
//   {type: 'ready', version}
//   {type: 'fatal', message}                                       the module could not load
//   {type: 'progress', batch, done, total, id}
//   {type: 'document', batch, index, total, id, result}            one Document object
//   {type: 'document-error', batch, index, total, id, message}     that document failed; others go on
//   {type: 'corpus', batch, corpus, ids}                           Corpus of every document held
//   {type: 'corpus-error', batch, message}
//   {type: 'batch-done', batch, ok, failed}

let wasm = null;
let loading = null;
const results = new Map(); // id -> Document object, in insertion order

function errorMessage(e) {
  if (e instanceof Error) return e.message || String(e);
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

function load() {
  if (!loading) {
    loading = (async () => {
      const mod = await import('./pkg/presslens.js');
      await mod.default();
      wasm = mod;
      let version = '';
      try {
        version = typeof mod.version === 'function' ? String(mod.version()) : '';
      } catch {
        version = '';
      }
      self.postMessage({ type: 'ready', version });
      return mod;
    })();
    loading.catch((e) => {
      self.postMessage({
        type: 'fatal',
        message: `The analysis module (pkg/presslens.js) could not be loaded: ${errorMessage(e)}`,
      });
    });
  }
  return loading;
}

function merge(batch) {
  const docs = [...results.values()];
  try {
    const corpus = wasm.mergeCorpus(docs);
    self.postMessage({ type: 'corpus', batch, corpus, ids: [...results.keys()] });
  } catch (e) {
    self.postMessage({ type: 'corpus-error', batch, message: errorMessage(e) });
  }
}

async function analyze({ batch, docs }) {
  try {
    await load();
  } catch {
    self.postMessage({ type: 'batch-done', batch, ok: 0, failed: docs.length });
    return;
  }
  const total = docs.length;
  let ok = 0;
  let failed = 0;
  for (let index = 0; index < total; index++) {
    const { id, text } = docs[index];
    self.postMessage({ type: 'progress', batch, done: index, total, id });
    try {
      const result = wasm.analyzeDocument(id, text);
      results.set(id, result);
      ok++;
      self.postMessage({ type: 'document', batch, index, total, id, result });
    } catch (e) {
      results.delete(id);
      failed++;
      self.postMessage({ type: 'document-error', batch, index, total, id, message: errorMessage(e) });
    }
  }
  self.postMessage({ type: 'progress', batch, done: total, total, id: null });
  merge(batch);
  self.postMessage({ type: 'batch-done', batch, ok, failed });
}

async function handle(msg) {
  switch (msg && msg.type) {
    case 'init':
      await load().catch(() => {});
      break;
    case 'analyze':
      await analyze(msg);
      break;
    case 'remove':
      for (const id of msg.ids || []) results.delete(id);
      if (wasm) merge(msg.batch ?? null);
      break;
    case 'clear':
      results.clear();
      break;
    default:
      break;
  }
}

// Handle messages strictly one after another, so batches never interleave.
let queue = Promise.resolve();
self.addEventListener('message', (ev) => {
  queue = queue.then(() => handle(ev.data)).catch((e) => {
    self.postMessage({ type: 'fatal', message: `Worker error: ${errorMessage(e)}` });
  });
});
