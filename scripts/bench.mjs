#!/usr/bin/env node
// `make bench`: the speed of presslens, from one run on one machine, as one table.
//
//   node scripts/bench.mjs [--skip-native] [--skip-browser] [--skip-workers]
//
// Expects the release CLI (`cargo build --release`), the wasm module in www/pkg/ (`make wasm`)
// and the page's seeds in www/seeds/ (`make seeds`); `make bench` builds all three first.
// The corpus is every polnear/*/text/*.txt under PRESSLENS_DATA (default ../shared/data
// beside the checkout), or, when that is absent, the seeds repeated to 10 MB.
//
// 1. native (benches/native.rs, divan): full analysis over the corpus on one thread, the
//    corpus merge of 10,000 results, one 10 MB document against ten 1 MB documents;
// 2. peak memory of the release CLI over the corpus (/usr/bin/time -v);
// 3. the wasm module's size, raw and gzipped;
// 4. headless Chromium, on a bench page of its own (scripts/bench/): the page's wasm in 1
//    and in hardwareConcurrency workers, and compromise in 1 worker, on the same texts;
// 5. the product page (www/): time from navigation to the seeds' result, the sample button
//    pressed as soon as the page says it is ready.
// Prints the table and writes it, with every sample, to target/bench.json.
// BENCH_RUNS (default 3) sets the timed browser runs, BENCH_LOADS (default 15) the page loads.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { start as serveWww } from './serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = path.resolve(REPO, process.env.CARGO_TARGET_DIR || 'target');
const DATA = path.resolve(REPO, process.env.PRESSLENS_DATA || '../shared/data');
const OUT = path.join(REPO, 'target', 'bench.json');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS || 3);
const LOADS = Number(process.env.BENCH_LOADS || 15);
const MB = 1e6;
const args = new Set(process.argv.slice(2));

const say = (s) => console.error(`[bench] ${s}`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : 'n/a');

/** The corpus, by the same rule as benches/native.rs. */
function corpus() {
  const root = path.join(DATA, 'polnear');
  const files = [];
  if (fs.existsSync(root)) {
    for (const split of fs.readdirSync(root)) {
      const dir = path.join(root, split, 'text');
      if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) continue;
      for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) files.push(path.join(dir, f));
    }
  }
  files.sort();
  if (files.length) {
    return { source: `polnear/*/text (${files.length} files)`, files, docs: files.map((f) => ({ id: path.basename(f, '.txt'), text: fs.readFileSync(f, 'utf8') })) };
  }
  const seeds = fs.readdirSync(path.join(REPO, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(REPO, 'seeds', f), 'utf8'));
  const docs = [];
  for (let bytes = 0; bytes < 10 * MB;) {
    const text = seeds[docs.length % seeds.length];
    bytes += Buffer.byteLength(text);
    docs.push({ id: `seed-${docs.length}`, text });
  }
  return { source: 'seeds repeated to 10 MB (polnear absent)', files: null, docs };
}

/** The commit measured, and whether the code differs from it (null outside a git checkout). */
function revision() {
  const git = (...a) => spawnSync('git', a, { cwd: REPO, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return null;
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'data', 'benches', 'Cargo.toml', 'Cargo.lock', 'www').stdout.trim() !== '';
  return { commit: head.stdout.trim(), uncommitted_changes: dirty };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load_average_at_start: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

// ------------------------------------------------------------------------------ native

function native() {
  const out = path.join(TARGET, 'bench-native.json');
  fs.rmSync(out, { force: true });
  say('native: cargo bench --bench native');
  const r = spawnSync('cargo', ['bench', '--locked', '--bench', 'native'], {
    cwd: REPO,
    stdio: 'inherit',
    env: { ...process.env, PRESSLENS_DATA: DATA, PRESSLENS_BENCH_OUT: out },
  });
  if (r.status !== 0) throw new Error('cargo bench failed');
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

function ensureTime() {
  if (fs.existsSync('/usr/bin/time')) return true;
  say('installing Debian\'s time (for /usr/bin/time -v)');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (cmd) => spawnSync(sudo.length ? 'sudo' : cmd[0], sudo.length ? cmd : cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'install', '-y', '-q', 'time']);
  return fs.existsSync('/usr/bin/time');
}

/** Peak resident memory of the release CLI analysing the corpus, output to /dev/null. */
function peakMemory(c) {
  const cli = path.join(TARGET, 'release', 'presslens');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: cargo build --release`);
  let inputs = c.files;
  let tmp = null;
  if (!inputs) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'presslens-bench-'));
    inputs = c.docs.map((d, i) => {
      const f = path.join(tmp, `${i}.txt`);
      fs.writeFileSync(f, d.text);
      return f;
    });
  }
  try {
    if (!ensureTime()) return { note: '/usr/bin/time is missing (Debian package time)' };
    say(`peak memory: /usr/bin/time -v presslens analyze (${inputs.length} files) > /dev/null`);
    const r = spawnSync('/usr/bin/time', ['-v', cli, 'analyze', ...inputs], {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * MB,
    });
    const err = r.stderr.toString();
    if (r.status !== 0) throw new Error(`presslens analyze failed:\n${err.slice(-2000)}`);
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1]);
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(err)?.[1];
    const secs = wall ? wall.split(':').reduce((a, x) => a * 60 + Number(x), 0) : NaN;
    return { peak_rss_bytes: kb * 1024, wall_s: secs };
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function wasmSize() {
  const file = path.join(REPO, 'www', 'pkg', 'presslens_bg.wasm');
  const raw = fs.readFileSync(file);
  const gz = zlib.gzipSync(raw, { level: 9 });
  return { raw_bytes: raw.length, gzip9_bytes: gz.length };
}

// ----------------------------------------------------------------------------- browser

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };

/** The bench page: scripts/bench/ at /bench/, www/pkg/ at /pkg/, compromise, the corpus. */
function benchServer(corpusJson) {
  const routes = [
    ['/pkg/', path.join(REPO, 'www', 'pkg')],
    ['/bench/', path.join(REPO, 'scripts', 'bench')],
    ['/compromise/', path.join(REPO, 'node_modules', 'compromise', 'builds', 'three')],
  ];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost').pathname;
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      res.end(body);
    };
    if (url === '/') return send(200, MIME['.html'], fs.readFileSync(path.join(REPO, 'scripts', 'bench', 'index.html')));
    if (url === '/corpus.json') return send(200, MIME['.json'], corpusJson);
    for (const [prefix, dir] of routes) {
      if (!url.startsWith(prefix)) continue;
      const file = path.resolve(dir, '.' + path.posix.normalize('/' + url.slice(prefix.length)));
      if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) break;
      return send(200, MIME[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file));
    }
    send(404, 'text/plain', 'not found');
  });
  server.listen(0, '127.0.0.1');
  return server;
}

async function launch() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function browserBench(browser, c) {
  const server = benchServer(JSON.stringify(c.docs));
  await once(server, 'listening');
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') say(`page console: ${m.text()}`); });
  page.on('pageerror', (e) => say(`page error: ${e.message}`));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.bench);
    const cores = await page.evaluate(() => window.bench.cores);
    const run = async (cfg) => {
      say(`browser: ${cfg.kind} in ${cfg.workers} worker(s), a warm-up and ${cfg.runs} runs`);
      const r = await page.evaluate((x) => window.bench.run(x), cfg);
      r.median_s = median(r.walls) / 1000;
      r.mb_per_s = r.bytes / MB / r.median_s;
      say(`  median ${fmt(r.median_s)} s, ${fmt(r.mb_per_s, 3)} MB/s (runs: ${r.walls.map((w) => (w / 1000).toFixed(2)).join(', ')} s)`);
      return r;
    };
    const one = await run({ kind: 'presslens', workers: 1, runs: RUNS });
    const many = await run({ kind: 'presslens', workers: cores, runs: RUNS });
    // compromise is slow: its warm-up is its first 0.5 MB.
    const comp = await run({ kind: 'compromise', workers: 1, runs: RUNS, warmupBytes: 0.5 * MB });
    return { hardware_concurrency: cores, chromium: browser.version(), presslens_1: one, presslens_n: many, compromise_1: comp };
  } finally {
    await context.close();
    server.closeAllConnections?.();
    await new Promise((r) => server.close(r));
  }
}

/** What the probe logs when the page is done (or failed). */
const FINISHED = 'presslens-bench: finished';

/**
 * Marks in the product page's own clock (ms since navigation start). The probe tells the
 * harness it is done by a console message: waiting with page.waitForFunction would inject
 * Playwright's own script into the page, about 20 ms of parsing on the page's main thread
 * while the page starts, which no reader's browser does (it had put 27–30 ms on the median "first
 * result" of fifteen loads, in two tries).
 */
const PAGE_PROBE = `(() => {
  const marks = {};
  window.__presslensBench = marks;
  const now = () => performance.now();
  new MutationObserver(() => {
    const status = document.getElementById('status');
    const state = status && status.dataset.state;
    if (state === 'ready' && marks.ready === undefined) {
      marks.ready = now();
      const button = document.getElementById('load-seeds')
        || [...document.querySelectorAll('button')].find((b) => /sample/i.test(b.textContent));
      if (button) button.click(); else marks.error = 'no sample button';
    }
    const results = document.getElementById('results');
    if (marks.ready !== undefined && marks.first === undefined && results && !results.hidden) marks.first = now();
    if (state === 'done' && marks.done === undefined) marks.done = now();
    if (state === 'error' && marks.error === undefined) marks.error = status.textContent;
    if ((marks.done !== undefined || marks.error !== undefined) && !marks.told) {
      marks.told = true;
      console.log('${FINISHED}');
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

async function pageLoad(browser) {
  const root = path.join(REPO, 'www');
  if (!fs.existsSync(path.join(root, 'seeds', 'index.json'))) throw new Error('www/seeds/ is missing: make seeds');
  const server = serveWww(0, { root, log: false });
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${server.address().port}/`;
  const loads = [];
  try {
    // One load to warm the browser process, then LOADS measured, each in a fresh context
    // (no HTTP or compiled-code cache carried over).
    for (let i = 0; i <= LOADS; i++) {
      const context = await browser.newContext();
      await context.addInitScript(PAGE_PROBE);
      const page = await context.newPage();
      const finished = page.waitForEvent('console', { predicate: (m) => m.text() === FINISHED, timeout: 60_000 });
      finished.catch(() => {}); // awaited below
      await page.goto(origin);
      try {
        await finished;
      } catch (e) {
        const status = await page.$eval('#status', (s) => `${s.dataset.state}: ${s.textContent}`).catch(() => 'no #status');
        throw new Error(`the page did not finish (status ${status}): ${e.message}`);
      }
      const marks = await page.evaluate(() => window.__presslensBench);
      await context.close();
      if (marks.error !== undefined) throw new Error(`the page failed: ${marks.error}`);
      if (i > 0) loads.push(marks);
    }
  } finally {
    server.closeAllConnections?.();
    await new Promise((r) => server.close(r));
  }
  const pick = (k) => median(loads.map((m) => m[k]).filter((x) => x !== undefined));
  say(`page: ready ${fmt(pick('ready'), 0)} ms, first result ${fmt(pick('first'), 0)} ms, done ${fmt(pick('done'), 0)} ms`);
  return { loads, median_ready_ms: pick('ready'), median_first_ms: pick('first'), median_done_ms: pick('done') };
}

// ------------------------------------------------------------------------------- table

function table(r) {
  const rows = [];
  const row = (what, figure, target, met) => rows.push({ what, figure, target, met: met === undefined ? '' : met ? 'yes' : 'no' });
  const b = r.native?.benchmarks;
  if (b) {
    const a = b.analyze_corpus;
    const mbs = a.bytes / MB / a.median_s;
    row('native full analysis, 1 thread', `${fmt(mbs, 3)} MB/s (${fmt(a.median_s)} s for ${fmt(a.bytes / MB)} MB; ${a.samples} samples)`, '≥ 50 MB/s', mbs >= 50);
    const m = b.merge_corpus_10k;
    row(`native corpus merge, ${r.native.merge_documents.toLocaleString('en-US')} documents`, `${fmt(m.median_s, 3)} s (${m.samples} samples)`, '≤ 1 s', m.median_s <= 1);
    const once = b.merge_corpus_once;
    const docs = r.native.corpus.documents;
    row(`native corpus merge, the corpus once (${docs.toLocaleString('en-US')} documents, no repeats)`,
      `${fmt(once.median_s, 3)} s = ${fmt(once.median_s / docs * 1e6, 0)} µs a document (${once.samples} samples)`, '');
    const one = b.one_10mb_document;
    const ten = b.ten_1mb_documents;
    const ratio = one.median_s / ten.median_s;
    row('native linearity: one 10 MB document / ten 1 MB documents',
      `${fmt(ratio, 2)} (${fmt(one.median_s)} s / ${fmt(ten.median_s)} s; ${one.samples} / ${ten.samples} samples)`, '≤ 1.2', ratio <= 1.2);
  }
  if (r.memory?.peak_rss_bytes) {
    const x = r.memory.peak_rss_bytes / r.corpus.bytes;
    row('native peak memory, CLI over the corpus', `${fmt(r.memory.peak_rss_bytes / MB, 1)} MB = ${fmt(x, 1)} × input (run took ${fmt(r.memory.wall_s)} s)`, '≤ 10 × input', x <= 10);
  } else if (r.memory) {
    row('native peak memory, CLI over the corpus', r.memory.note, '≤ 10 × input');
  }
  const w = r.browser;
  if (w) {
    const one = w.presslens_1;
    const many = w.presslens_n;
    const comp = w.compromise_1;
    row('wasm full analysis in Chromium, 1 worker', `${fmt(one.mb_per_s, 3)} MB/s (${fmt(one.median_s)} s)`, '≥ 25 MB/s', one.mb_per_s >= 25);
    row(`wasm, ${many.workers} workers (hardwareConcurrency)`, `${fmt(many.mb_per_s, 3)} MB/s = ${fmt(many.mb_per_s / many.workers, 3)} MB/s per worker, ${fmt(many.mb_per_s / one.mb_per_s)} × 1 worker (${fmt(many.median_s)} s)`, '≥ 25 MB/s per worker', many.mb_per_s / many.workers >= 25);
    row(`compromise ${comp.version} in Chromium, 1 worker (people, places, organizations, quotations)`, `${fmt(comp.mb_per_s, 3)} MB/s (${fmt(comp.median_s)} s)`, '');
    const ratio = one.mb_per_s / comp.mb_per_s;
    row('wasm / compromise throughput, same texts, same run', `${fmt(ratio, 1)} ×`, '≥ 200 ×', ratio >= 200);
  }
  if (r.native?.first_call_s !== undefined || w) {
    const nat = r.native?.first_call_s !== undefined ? `native first call ${fmt(r.native.first_call_s * 1000, 1)} ms (builds everything on first use)` : null;
    let wasm = null;
    if (w) {
      const x = w.presslens_1;
      const prep = x.prepareMs[0] === null ? '' : `, prepare() ${fmt(median(x.prepareMs), 0)} ms`;
      wasm = `wasm: fetch and instantiate ${fmt(median(x.initMs), 0)} ms${prep}, first call ${fmt(median(x.firstMs), 0)} ms`;
    }
    row('start-up: the first call on one sentence', [nat, wasm].filter(Boolean).join('; '), '');
  }
  if (r.wasm) {
    row('wasm module size, raw / gzip -9', `${fmt(r.wasm.raw_bytes / 1024, 0)} KB / ${fmt(r.wasm.gzip9_bytes / 1024, 0)} KB`, '≤ 400 KB gzipped', r.wasm.gzip9_bytes <= 400 * 1024);
  }
  if (r.page) {
    row('page: load → analyser ready', `${fmt(r.page.median_ready_ms, 0)} ms`, '');
    row('page: load → first result on the seeds (sample button pressed at ready)', `${fmt(r.page.median_first_ms, 0)} ms (all five done and shown: ${fmt(r.page.median_done_ms, 0)} ms)`, '≤ 300 ms', r.page.median_first_ms <= 300);
  }
  return rows;
}

function markdown(rows) {
  const esc = (s) => String(s).replaceAll('|', '\\|');
  return ['| what | median | target | met |', '|---|---|---|---|', ...rows.map((x) => `| ${esc(x.what)} | ${esc(x.figure)} | ${esc(x.target)} | ${x.met} |`)].join('\n');
}

// -------------------------------------------------------------------------------- main

const t0 = Date.now();
const c = corpus();
const result = {
  date: new Date().toISOString(),
  revision: revision(),
  machine: machine(),
  corpus: { source: c.source, documents: c.docs.length, bytes: c.docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0) },
};
say(`corpus: ${c.source}, ${result.corpus.documents} documents, ${fmt(result.corpus.bytes / MB)} MB (1 MB = 10^6 bytes)`);
if (!args.has('--skip-native')) {
  result.native = native();
  result.memory = peakMemory(c);
}
result.wasm = wasmSize();
if (!args.has('--skip-browser')) {
  const browser = await launch();
  try {
    if (!args.has('--skip-workers')) result.browser = await browserBench(browser, c);
    result.page = await pageLoad(browser);
  } finally {
    await browser.close();
  }
}
result.machine.load_average_at_end = os.loadavg().map((x) => Number(x.toFixed(2)));
result.bench_seconds = (Date.now() - t0) / 1000;
result.rows = table(result);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');

const m = result.machine;
const rev = result.revision ? ` at ${result.revision.commit}${result.revision.uncommitted_changes ? ' with uncommitted changes' : ''}` : '';
console.log(`\npresslens bench${rev}, ${result.date}: ${m.cores} × ${m.cpu}, ${m.memory_gb} GB, ${m.os}${result.browser ? `, Chromium ${result.browser.chromium}` : ''}`);
console.log(`corpus: ${c.source}, ${result.corpus.documents} documents, ${fmt(result.corpus.bytes / MB)} MB; load average ${m.load_average_at_start.join(' ')} at start, ${m.load_average_at_end.join(' ')} at end\n`);
console.log(markdown(result.rows));
console.log(`\n(medians; native: divan, 1 iteration per sample; browser: a warm-up, then ${RUNS} runs; page: ${LOADS} loads. Written to target/bench.json; bench took ${fmt(result.bench_seconds, 0)} s.)`);
