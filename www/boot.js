// Starts the analyser, and fetches the sample articles, as early as the page can.
// index.html runs this module by itself, ahead of app.js, which can run only once it and the
// seven modules under it have all been fetched: started from app.js, the first worker's
// start-up and prepare() (most of the time to "ready") waited behind the page's own scripts.
// Here the wasm (already downloading, from the <link rel="preload">) is compiled as it
// arrives, and the first worker starts and prepares while those scripts load. app.js imports
// this same module (one instance) and takes over what was started here.
// No imports, so that it runs as soon as it is here.

// The single-file build sets this: the worker's source and the wasm bytes, inlined.
const INLINE = globalThis.PRESSLENS_INLINE || null;

let wasmModule = null; // Promise<WebAssembly.Module>
let workerUrl = null;

function base64Bytes(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** The compiled pkg/presslens_bg.wasm, compiled once for every worker. */
export function compileModule() {
  if (!wasmModule) {
    wasmModule = (async () => {
      if (INLINE) return WebAssembly.compile(base64Bytes(INLINE.wasm));
      const res = await fetch('pkg/presslens_bg.wasm');
      if (!res.ok) throw new Error(`pkg/presslens_bg.wasm: HTTP ${res.status}`);
      // Compiled while it downloads where the server says application/wasm; a server that
      // labels it otherwise still works, compiled once it is all there.
      if (WebAssembly.compileStreaming && (res.headers.get('Content-Type') || '').startsWith('application/wasm')) {
        return WebAssembly.compileStreaming(res);
      }
      return WebAssembly.compile(await res.arrayBuffer());
    })();
  }
  return wasmModule;
}

/** A new analysis worker (not yet given the module). */
export function newWorker() {
  if (!workerUrl) {
    workerUrl = INLINE ? URL.createObjectURL(new Blob([INLINE.worker], { type: 'text/javascript' })) : './worker.js';
  }
  // The single-file build's worker is a classic script (see scripts/dist.mjs).
  return new Worker(workerUrl, { type: INLINE ? 'classic' : 'module' });
}

// The first worker, and what it said before app.js was there to listen: a Worker drops
// messages that arrive while it has no listener, so they are kept here to be replayed.
let early = null;
/** The events a worker sends: what is kept here, and what app.js listens for. */
export const EVENTS = ['message', 'error', 'messageerror'];

function keep(ev) {
  if (ev.type === 'error') ev.preventDefault(); // reported when app.js replays it
  early.events.push(ev);
}

/**
 * {w, events}: the worker started here and the events it has sent so far, the first time it
 * is asked for; then null. Its init message is posted from here once the module is compiled;
 * a failed compile is for the caller to report (compileModule() rejects).
 */
export function takeEarlyWorker() {
  const e = early;
  if (e) for (const t of EVENTS) e.w.removeEventListener(t, keep);
  early = null;
  return e;
}

/** The sample articles from www/seeds/ as items for app.js's enqueue ({name, file, bytes}). */
export async function fetchSeeds(priority = 'auto') {
  const res = await fetch('seeds/index.json', { cache: 'no-cache', priority });
  if (!res.ok) throw new Error(`seeds/index.json: HTTP ${res.status}`);
  const names = await res.json();
  if (!Array.isArray(names)) throw new Error('seeds/index.json is not a list of file names');
  return Promise.all(names.filter((n) => typeof n === 'string' && !/[/\\]/.test(n)).map(async (name) => {
    const r = await fetch(`seeds/${encodeURIComponent(name)}`, { cache: 'no-cache', priority });
    if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
    const bytes = new Uint8Array(await r.arrayBuffer());
    return { name, file: new File([bytes], name, { type: 'text/plain' }), bytes };
  }));
}

// The sample articles (26 KB from the page's own server) are fetched now too, so that the
// sample button can start the analysis at once: fetched on the click, they were two round
// trips (the list, then the files) between "Ready" and the first result. At low priority:
// the browser opens six connections to a server, and the six requests of the samples must
// not hold up the worker's scripts and the page's modules, which are fetched at this time.
let earlySeeds = null;

/** The sample articles fetched as the page started (a promise), the first time; then null. */
export function takeEarlySeeds() {
  const s = earlySeeds;
  earlySeeds = null;
  return s;
}

try {
  early = { w: newWorker(), events: [] };
  for (const t of EVENTS) early.w.addEventListener(t, keep);
  const { w } = early;
  compileModule().then((module) => w.postMessage({ type: 'init', module }), () => {});
} catch {
  // No worker here (it is reported when app.js starts its own).
  early = null;
}
if (!INLINE) {
  earlySeeds = fetchSeeds('low');
  earlySeeds.catch(() => {}); // reported, if it still fails, when the button is pressed
}
