// Bench worker: compromise 14.17 (its browser build, from node_modules) on the same texts:
// people, places, organizations and quotations of each, as arrays of strings.
//   {type: 'init'} -> {type: 'ready', version}; 'load' and 'run' as in worker.mjs.
let nlp;
let docs = [];

self.onmessage = async ({ data }) => {
  try {
    if (data.type === 'init') {
      nlp = (await import('/compromise/compromise-three.mjs')).default;
      self.postMessage({ type: 'ready', version: nlp.version });
    } else if (data.type === 'load') {
      docs = data.docs;
      self.postMessage({ type: 'loaded', n: docs.length });
    } else if (data.type === 'run') {
      let found = 0;
      const t0 = performance.now();
      for (const { text } of docs) {
        const doc = nlp(text);
        found += doc.people().out('array').length + doc.places().out('array').length
          + doc.organizations().out('array').length + doc.quotations().out('array').length;
      }
      self.postMessage({ type: 'done', ms: performance.now() - t0, quotes: found });
    }
  } catch (e) {
    self.postMessage({ type: 'error', message: String(e && e.stack || e) });
  }
};
