// Shared set-up of the end-to-end tests: the page served from www/, headless Chromium
// through playwright-core, every request recorded, and small readers of the page's state
// and of downloaded files.
//
// Needs the wasm module in www/pkg/ (make wasm) and Chromium (CHROMIUM_PATH, default
// /usr/bin/chromium). The sample articles are copied into www/seeds/ first.
// PRESSLENS_WWW serves another copy of the page instead of www/ (its seeds as they are).
// Screenshots are written to target/screenshots/.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { start } from '../../scripts/serve.mjs';
import { buildSeeds } from '../../scripts/build-seeds.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WWW = process.env.PRESSLENS_WWW ? path.resolve(process.env.PRESSLENS_WWW) : path.join(REPO, 'www');
export const SEEDS = path.join(REPO, 'seeds');
export const SHOTS = path.join(REPO, 'target', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ANALYSIS_TIMEOUT = 90_000;

export const SEED_A = '001_199081b5ffea0668.txt';
export const SEED_B = '003_2f90927de1d4a027.txt';
export const SEED_NAMES = fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort();

// The only paths the page may fetch from its own server.
const ALLOWED_PATH = /^\/(?:|index\.html|[\w-]+\.js|style\.css|pkg\/presslens(?:_bg)?\.(?:js|wasm)|pkg\/snippets\/[\w./-]+\.js|seeds\/index\.json|seeds\/[\w.-]+\.txt)$/;

export const env = { server: null, origin: null, browser: null };

/** Register the before/after hooks of a test file. */
export function useBrowser() {
  before(async () => {
    assert.ok(fs.existsSync(path.join(WWW, 'pkg', 'presslens.js')),
      'www/pkg/presslens.js is missing: build the wasm module first (make wasm)');
    assert.ok(fs.existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
    if (!process.env.PRESSLENS_WWW) buildSeeds();
    fs.mkdirSync(SHOTS, { recursive: true });
    env.server = start(0, { root: WWW, log: false });
    await once(env.server, 'listening');
    env.origin = `http://127.0.0.1:${env.server.address().port}`;
    env.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => {
    if (env.browser) await env.browser.close();
    if (env.server) {
      env.server.closeAllConnections?.();
      await new Promise((resolve) => env.server.close(resolve));
    }
  });
}

/**
 * A fresh context and page with every request, console error and dialog recorded; at the
 * end of the test, no request may have left the page's own files.
 * url: another address to open (the single-file build), whose own URL is then the only one allowed.
 */
export async function openPage(t, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', url = null, route = null, expectErrors = false } = {}) {
  const context = await env.browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  if (route) await route(context);
  const requests = [];
  const problems = [];
  const dialogs = [];
  context.on('request', (req) => requests.push(req.url()));
  const page = await context.newPage();
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') problems.push(`worker console: ${m.text()}`); }));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });

  t.after(async () => {
    await context.close();
    if (url) {
      // From disk: the file itself, and blob: URLs the page made (its worker, its downloads).
      const outside = requests.filter((u) => u !== url && !u.startsWith('blob:null/'));
      assert.deepEqual(outside, [], 'the single-file page made requests beyond itself');
    } else {
      const outside = requests.filter((u) => !u.startsWith(env.origin + '/') && !u.startsWith(`blob:${env.origin}/`));
      assert.deepEqual(outside, [], 'the page made requests outside its own origin');
      const odd = requests.filter((u) => u.startsWith(env.origin + '/'))
        .map((u) => new URL(u).pathname).filter((p) => !ALLOWED_PATH.test(p));
      assert.deepEqual(odd, [], 'the page requested unexpected paths');
    }
    assert.deepEqual(dialogs, [], 'the page opened dialogs');
    if (!expectErrors) assert.deepEqual(problems, [], 'console errors');
  });

  await page.goto(url || env.origin + '/');
  await page.waitForSelector('#status:is([data-state="ready"], [data-state="error"], [data-state="done"])', { timeout: 30_000 });
  const st = await page.$eval('#status', (s) => s.dataset.state);
  if (st === 'error') await assertState(page, 'ready', problems);
  return { page, context, requests, problems, dialogs };
}

export async function messages(page) {
  return page.$$eval('#messages li', (lis) => lis.map((li) => ({ kind: li.dataset.kind, text: li.textContent.replace(/×$/, '') })));
}

export async function assertState(page, want, problems = []) {
  const got = await page.$eval('#status', (s) => ({ state: s.dataset.state, text: s.textContent }));
  if (got.state !== want) {
    const msgs = await messages(page);
    assert.fail(`status is ${got.state} (${got.text}), expected ${want}\nmessages: ${JSON.stringify(msgs, null, 1)}\n${problems.join('\n')}`);
  }
}

export async function waitForAnalysis(page, problems = []) {
  await page.waitForSelector('#status:is([data-state="done"], [data-state="error"])', { timeout: ANALYSIS_TIMEOUT });
  await assertState(page, 'done', problems);
  await settle(page);
}

/** Let the last render frames land. */
export async function settle(page) {
  await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 50)));
}

/** Drop files on the drop zone through a synthetic DataTransfer. files: [{name, bytes, type?}] */
export async function dropFiles(page, files) {
  const payload = files.map((f) => ({ name: f.name, type: f.type ?? 'text/plain', b64: Buffer.from(f.bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await page.evaluate(([dt, list]) => {
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
  }, [dataTransfer, payload]);
  await dropTransfer(page, dataTransfer);
}

export async function dropTransfer(page, dataTransfer) {
  await page.dispatchEvent('#drop-zone', 'dragenter', { dataTransfer });
  await page.dispatchEvent('#drop-zone', 'dragover', { dataTransfer });
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
  await dataTransfer.dispose();
}

export function seedFile(name) {
  return { name, bytes: fs.readFileSync(path.join(SEEDS, name)) };
}

export async function tab(page, name) {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#view-${name}:not([hidden])`);
  await settle(page);
}

export async function quoteRows(page) {
  return page.$$eval('#quotes-table tbody tr:not(.empty)', (trs) => trs.map((tr) => ({
    id: tr.dataset.quote,
    doc: tr.dataset.doc,
    kind: tr.dataset.kind,
    speaker: tr.querySelector('.speaker-name')?.textContent ?? null,
    // The parts as shown (each of a direct quote in its own marks), and joined with a space
    // as the contract's `text` is.
    parts: [...tr.querySelectorAll('.quote-text .quote-part')].map((p) => p.textContent),
    gaps: tr.querySelectorAll('.quote-text .part-gap').length,
    quote: [...tr.querySelectorAll('.quote-text .quote-part')].map((p) => p.textContent).join(' '),
  })));
}

export async function entityRows(page) {
  return page.$$eval('#entities-table tbody tr:not(.empty)', (trs) => trs.map((tr) => ({
    type: tr.dataset.type,
    name: tr.querySelector('.entity-name')?.textContent ?? '',
    aliases: [...tr.querySelectorAll('.alias')].map((a) => a.textContent),
    roles: [...tr.querySelectorAll('.role')].map((a) => a.textContent),
    docs: [...tr.querySelectorAll('.count-doc')].map((a) => a.textContent),
    counts: Object.fromEntries([...tr.querySelectorAll('.counts li')].map((li) => [
      li.querySelector('.count-doc').textContent, Number(li.querySelector('.count-n').textContent)])),
  })));
}

/** The reader's marked mentions of the chosen entity: one entry per mention, pieces joined. */
export async function selectedMentions(page) {
  return page.$$eval('#reader .mention-selected', (spans) => {
    const byMention = new Map();
    for (const s of spans) {
      const m = byMention.get(s.dataset.mention) || { text: '', entity: s.dataset.selectedEntity, current: false };
      m.text += s.textContent;
      m.current ||= s.classList.contains('mention-current');
      byMention.set(s.dataset.mention, m);
    }
    return [...byMention.values()];
  });
}

export async function docOptions(page) {
  return page.$$eval('#doc-select option', (os) => os.filter((o) => o.value !== '').map((o) => o.textContent));
}

export function summary(rows) {
  return JSON.stringify(rows.map((r) => ({ ...r, quote: r.quote && r.quote.slice(0, 70) })), null, 1).slice(0, 6000);
}

/** A screenshot of the window, after scrolling `selector` to the top. */
export async function shot(page, name, selector) {
  if (selector) await page.locator(selector).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

export async function readDocument(page, id) {
  await page.selectOption('#doc-select', id);
  await tab(page, 'reader');
  await page.waitForSelector(`#reader[data-doc="${CSS_escape(id)}"]`);
}

// Enough of CSS.escape for attribute values in double quotes.
function CSS_escape(s) {
  return s.replace(/["\\]/g, '\\$&');
}

/** The reader's highlighted text of one quote, pieces joined. */
export async function readerQuoteText(page, quoteId) {
  return page.$$eval('#reader [data-quote]', (spans, id) => spans
    .filter((s) => s.dataset.quote === id)
    .map((s) => s.textContent).join(''), quoteId);
}

export const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Click a download button and return the downloaded bytes. */
export async function downloadOf(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
}

/** Parse RFC 4180 CSV text into rows of cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The entries of a ZIP archive of stored (uncompressed) files: Map(name → Buffer). */
export function unzipStored(buf) {
  const out = new Map();
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < count; k++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    assert.equal(method, 0, `${name} is stored`);
    const lNameLen = buf.readUInt16LE(local + 26);
    const lExtraLen = buf.readUInt16LE(local + 28);
    const start = local + 30 + lNameLen + lExtraLen;
    out.set(name, buf.subarray(start, start + size));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
