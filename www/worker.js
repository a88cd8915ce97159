// presslens analysis worker (module worker). The page runs several, one document at a time
// each, and asks one of them to merge the corpus at the end.
//
// Messages in:
//   {type: 'init', module}            module: the compiled WebAssembly.Module of pkg/presslens_bg.wasm
//   {type: 'analyze', id, text}       analyse one document
//   {type: 'merge', job, docs}        merge per-document results into the corpus (wasm mergeCorpus)
// Messages out:
//   {type: 'ready', version}
//   {type: 'fatal', message}                         the module could not be instantiated
//   {type: 'result', id, result}                     one Document object
//   {type: 'error', id, message, broken}             that document failed; broken: the module
//                                                    trapped (a panic) and the worker must be replaced
//   {type: 'merged', job, corpus} / {type: 'merge-error', job, message}

import * as wasmPkg from './pkg/presslens.js';

let ready = null;

function errorMessage(e) {
  if (e instanceof Error) return e.message || String(e);
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

function init(module) {
  if (!ready) {
    ready = (async () => {
      await wasmPkg.default({ module_or_path: module });
      // Patterns, models and word lists are built now, not during the first document.
      if (typeof wasmPkg.prepare === 'function') wasmPkg.prepare();
      let version = '';
      try {
        version = String(wasmPkg.version());
      } catch {
        version = '';
      }
      self.postMessage({ type: 'ready', version });
    })().catch((e) => {
      self.postMessage({ type: 'fatal', message: `The analysis module could not be started: ${errorMessage(e)}` });
      throw e;
    });
  }
  return ready;
}

async function handle(msg) {
  switch (msg && msg.type) {
    case 'init':
      await init(msg.module).catch(() => {});
      break;
    case 'analyze': {
      await ready;
      try {
        const result = wasmPkg.analyzeDocument(msg.id, msg.text);
        self.postMessage({ type: 'result', id: msg.id, result });
      } catch (e) {
        // A Rust panic reaches JS as a trap (RuntimeError); the instance is not to be trusted after it.
        const broken = e instanceof WebAssembly.RuntimeError;
        self.postMessage({ type: 'error', id: msg.id, message: errorMessage(e), broken });
      }
      break;
    }
    case 'merge': {
      await ready;
      try {
        self.postMessage({ type: 'merged', job: msg.job, corpus: wasmPkg.mergeCorpus(msg.docs) });
      } catch (e) {
        self.postMessage({ type: 'merge-error', job: msg.job, message: errorMessage(e) });
      }
      break;
    }
    default:
      break;
  }
}

// One message at a time, in order.
let queue = Promise.resolve();
self.addEventListener('message', (ev) => {
  queue = queue.then(() => handle(ev.data)).catch(() => {});
});
