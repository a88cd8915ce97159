// Bench worker: the page's wasm module (pkg/presslens.js, the same files www/ serves),
// analysing the documents it was given, one after another, as the page's worker does.
//   {type: 'init'}                       -> {type: 'ready', initMs, prepareMs, firstMs}
//     initMs: import and instantiate the module; prepareMs: prepare(), which builds the
//     patterns, models and word lists, as the page's worker calls it (null when the module
//     has none); firstMs: then the first analyzeDocument call, on one short sentence
//   {type: 'load', docs: [{id, text}]}   -> {type: 'loaded', n}
//   {type: 'run'}                        -> {type: 'done', ms, quotes}   (ms: this worker's own time)
let wasm;
let docs = [];

self.onmessage = async ({ data }) => {
  try {
    if (data.type === 'init') {
      const t0 = performance.now();
      const mod = await import('/pkg/presslens.js');
      await mod.default();
      wasm = mod;
      const t1 = performance.now();
      if (typeof mod.prepare === 'function') mod.prepare();
      const t2 = performance.now();
      wasm.analyzeDocument('first', 'The minister said on Monday that 40 people had left.');
      self.postMessage({
        type: 'ready',
        initMs: t1 - t0,
        prepareMs: typeof mod.prepare === 'function' ? t2 - t1 : null,
        firstMs: performance.now() - t2,
      });
    } else if (data.type === 'load') {
      docs = data.docs;
      self.postMessage({ type: 'loaded', n: docs.length });
    } else if (data.type === 'run') {
      let quotes = 0;
      const t0 = performance.now();
      for (const { id, text } of docs) quotes += wasm.analyzeDocument(id, text).quotes.length;
      self.postMessage({ type: 'done', ms: performance.now() - t0, quotes });
    }
  } catch (e) {
    self.postMessage({ type: 'error', message: String(e && e.stack || e) });
  }
};
