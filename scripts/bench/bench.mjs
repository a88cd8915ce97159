// The bench page's driver, called from scripts/bench.mjs through page.evaluate:
//   await window.bench.run({ kind: 'presslens' | 'compromise', workers, runs, warmupBytes })
// Each run hands every worker its share of the corpus (balanced by bytes, sent before the
// clock starts), starts them together and stops the clock when the last one answers.
// The first pass is a warm-up (over at most warmupBytes of each share) and is not counted.

const WORKER = { presslens: '/bench/worker.mjs', compromise: '/bench/compromise-worker.mjs' };
const encoder = new TextEncoder();
let corpus = null;

function log(line) {
  document.getElementById('log').textContent += line + '\n';
}

async function loadCorpus() {
  if (!corpus) {
    const docs = await (await fetch('/corpus.json')).json();
    for (const d of docs) d.bytes = encoder.encode(d.text).length;
    corpus = docs;
  }
  return corpus;
}

/** Largest first, each to the share with the fewest bytes so far. */
function shard(docs, n) {
  const shares = Array.from({ length: n }, () => ({ bytes: 0, docs: [] }));
  for (const d of [...docs].sort((a, b) => b.bytes - a.bytes)) {
    const s = shares.reduce((min, x) => (x.bytes < min.bytes ? x : min));
    s.docs.push(d);
    s.bytes += d.bytes;
  }
  return shares;
}

function ask(worker, message, want) {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === want) resolve(data);
      else if (data.type === 'error') reject(new Error(data.message));
    };
    worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
    worker.postMessage(message);
  });
}

async function run({ kind, workers: n, runs, warmupBytes = Infinity }) {
  const docs = await loadCorpus();
  const bytes = docs.reduce((a, d) => a + d.bytes, 0);
  const workers = Array.from({ length: n }, () => new Worker(WORKER[kind], { type: 'module' }));
  try {
    const ready = await Promise.all(workers.map((w) => ask(w, { type: 'init' }, 'ready')));
    const shares = shard(docs, n);
    const load = (pick) => Promise.all(workers.map((w, i) =>
      ask(w, { type: 'load', docs: pick(shares[i].docs).map(({ id, text }) => ({ id, text })) }, 'loaded')));

    // Warm-up, over a prefix of each share.
    await load((share) => {
      let b = 0;
      return share.filter((d) => (b += d.bytes) - d.bytes < warmupBytes);
    });
    const w0 = performance.now();
    await Promise.all(workers.map((w) => ask(w, { type: 'run' }, 'done')));
    log(`${kind} × ${n}: warm-up ${((performance.now() - w0) / 1000).toFixed(2)} s`);

    await load((share) => share);
    const walls = [];
    const perWorker = [];
    let found = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const done = await Promise.all(workers.map((w) => ask(w, { type: 'run' }, 'done')));
      walls.push(performance.now() - t0);
      perWorker.push(done.map((d) => d.ms));
      found = done.reduce((a, d) => a + d.quotes, 0);
      log(`${kind} × ${n}: run ${r + 1}/${runs} ${(walls.at(-1) / 1000).toFixed(2)} s`);
    }
    return { kind, workers: n, bytes, documents: docs.length, walls, perWorker, found, version: ready[0].version ?? null,
      initMs: ready.map((r) => r.initMs ?? null), prepareMs: ready.map((r) => r.prepareMs ?? null), firstMs: ready.map((r) => r.firstMs ?? null) };
  } finally {
    for (const w of workers) w.terminate();
  }
}

window.bench = { run, loadCorpus: async () => (await loadCorpus()).length, cores: navigator.hardwareConcurrency };
log('ready');
