// End-to-end tests of the workbench: loading (drops, folders, encodings, web pages, refusals),
// the workers (crash recovery, cancel, many files), storage across reloads, the exports,
// and the single-file build opened from disk.
//
//   node --test tests/e2e/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  useBrowser, openPage, messages, waitForAnalysis, dropFiles, dropTransfer, seedFile, tab, quoteRows, docOptions,
  shot, readDocument, downloadOf, parseCsv, unzipStored, settle, SEED_A, SEED_B, SEED_NAMES, REPO,
} from './helpers.mjs';
import { buildDist } from '../../scripts/dist.mjs';

useBrowser();

const byName = (msgs, name) => msgs.filter((m) => m.text.includes(name));

test('five seeds dropped at once: results, and the time it takes', { timeout: 120_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  const files = SEED_NAMES.map(seedFile);
  await page.evaluate(() => { window.__t0 = performance.now(); });
  await dropFiles(page, files);
  await waitForAnalysis(page, problems);
  const ms = await page.evaluate(() => performance.now() - window.__t0);
  t.diagnostic(`five seeds dropped → results shown: ${ms.toFixed(0)} ms`);
  fs.writeFileSync(path.join(REPO, 'target', 'screenshots', 'timing.txt'), `five seeds dropped to results shown: ${ms.toFixed(0)} ms\n`);
  assert.deepEqual(await docOptions(page), SEED_NAMES, 'the documents, in the order dropped');
  assert.match(await page.textContent('#status'), /Analysed 5 of 5 documents/);
  assert.equal(await page.locator('#progress-row').isHidden(), true, 'the progress bar goes away');
  await tab(page, 'compare');
  assert.equal(await page.locator('#compare-claims tr[data-status="conflict"]').count() >= 1, true, 'the troop conflict is there');
});

test('encodings, web pages and refusals: each file is named, the rest goes on', { timeout: 120_000 }, async (t) => {
  // The saved page's inline style and event handler are blocked by the page's CSP while it is
  // parsed (a detached document, but Chromium still reports them); those reports are expected.
  const { page, problems } = await openPage(t, { expectErrors: true });
  const cp1252 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owner '), Buffer.from([0x93]),
    Buffer.from('We are open,'), Buffer.from([0x94]), Buffer.from(' said Ren'), Buffer.from([0xe9]), Buffer.from(' Dubois.\n')]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Prices will rise,” said Anna Berg.\n', 'utf16le')]);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Port deal | Example News</title>
    <script>window.__pwned = 1;</script><style>p { color: red }</style></head>
    <body><header><nav><a href="/">Home</a> <a href="/world">World</a> MENU-LINKS</nav></header>
    <article><h1>Port deal signed</h1><p class="byline">By Jo Reed</p>
    <p>“This is a good day for the port,” said Mayor Lina Ortiz on Tuesday.</p>
    <p>The deal is worth <b>12 million</b> euros.</p><img src="https://example.com/x.png" onerror="window.__pwned=2">
    <script>document.title = 'changed'</script></article>
    <aside>SIDEBAR-TEXT</aside><footer>FOOTER-TEXT © Example</footer></body></html>`;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const nul = Buffer.from('text\0with\0nul bytes\0\0\0\0\0\0\0\0 in it\n');
  await dropFiles(page, [
    { name: 'cp1252.txt', bytes: cp1252 },
    { name: 'utf16.txt', bytes: utf16 },
    { name: 'saved page.html', bytes: Buffer.from(html), type: 'text/html' },
    { name: 'photo.png', bytes: png, type: 'image/png' },
    { name: 'renamed-image.txt', bytes: png },
    { name: 'report.pdf', bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), type: 'application/pdf' },
    { name: 'binary.txt', bytes: nul },
    { name: 'empty.txt', bytes: Buffer.alloc(0) },
    seedFile(SEED_A),
  ]);
  await waitForAnalysis(page, problems);

  let msgs = await messages(page);
  const one = (name, kind, re) => {
    const m = byName(msgs, name);
    assert.ok(m.some((x) => x.kind === kind && re.test(x.text)), `${name}: expected a ${kind} message matching ${re}; got ${JSON.stringify(msgs, null, 1)}`);
  };
  one('cp1252.txt', 'warning', /not UTF-8; read as Windows-1252/);
  one('utf16.txt', 'warning', /UTF-16/);
  one('saved page.html', 'warning', /web page/);
  one('photo.png', 'error', /skipped/);
  one('renamed-image.txt', 'error', /image \(PNG\)/);
  one('report.pdf', 'error', /skipped/);
  one('binary.txt', 'error', /binary/);
  one('empty.txt', 'error', /empty/);

  // A file over the size limit, made in the page (51 MB of letters), dropped on its own: a
  // new batch, whose messages replace the last batch's.
  const big = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(51 * 1024 * 1024).fill(97)], 'huge.txt', { type: 'text/plain' }));
    return dt;
  });
  await dropTransfer(page, big);
  await page.waitForFunction(() => /over the limit of 50 MB/.test(document.body.textContent), null, { timeout: 30_000 });
  await waitForAnalysis(page, problems);
  msgs = await messages(page);
  one('huge.txt', 'error', /over the limit of 50 MB/);
  const docs = await docOptions(page);
  assert.deepEqual(docs.sort(), ['cp1252.txt', 'saved page.html', SEED_A, 'utf16.txt'].sort(), 'only the readable files are in the set');

  await readDocument(page, 'cp1252.txt');
  const cafe = await page.$eval('#reader .reader-text', (r) => r.textContent);
  assert.equal(cafe, 'Café owner “We are open,” said René Dubois.\n', 'Windows-1252 decoded');
  await readDocument(page, 'utf16.txt');
  assert.equal(await page.$eval('#reader .reader-text', (r) => r.textContent), '“Prices will rise,” said Anna Berg.\n');

  await readDocument(page, 'saved page.html');
  const article = await page.$eval('#reader .reader-text', (r) => r.textContent);
  assert.ok(article.startsWith('Port deal signed\n\nBy Jo Reed\n\n“This is a good day for the port,” said Mayor Lina Ortiz'), `article text: ${JSON.stringify(article)}`);
  for (const junk of ['MENU-LINKS', 'SIDEBAR-TEXT', 'FOOTER-TEXT', '__pwned', 'document.title', 'color: red']) {
    assert.ok(!article.includes(junk), `the web page's ${junk} was kept: ${JSON.stringify(article)}`);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a script of the web page ran');
  assert.equal(await page.title(), 'presslens — who said what');
  await tab(page, 'quotes');
  const quotes = await quoteRows(page);
  assert.ok(quotes.some((q) => q.doc === 'saved page.html' && q.quote.includes('This is a good day for the port')), 'the web page quote');
  await page.selectOption('#doc-select', '');
  await tab(page, 'documents');
  await shot(page, 'loading-messages', '#input');
  const unexpected = problems.filter((p) => !/violates the following Content Security Policy directive '(?:style-src|script-src) 'self'/.test(p));
  assert.deepEqual(unexpected, [], 'console errors other than CSP reports');
});

test('a folder chosen with the folder picker is read whole, hidden files left out', { timeout: 120_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslens-folder-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.copyFileSync(path.join(REPO, 'seeds', SEED_A), path.join(dir, SEED_A));
  fs.copyFileSync(path.join(REPO, 'seeds', SEED_B), path.join(dir, 'sub', SEED_B));
  fs.writeFileSync(path.join(dir, '.hidden.txt'), 'secret "draft," she said.\n');
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  await page.setInputFiles('#folder-input', dir);
  await waitForAnalysis(page, problems);
  assert.deepEqual((await docOptions(page)).sort(), [SEED_A, SEED_B].sort());
  assert.ok((await messages(page)).some((m) => /1 hidden file/.test(m.text)), 'the hidden file is reported as left out');
});

/** Serve worker.js with a fault first: a message for `crash.txt` throws, one for `hang.txt` is never answered. */
async function faultyWorker(context) {
  await context.route('**/worker.js', async (route) => {
    const response = await route.fetch();
    const fault = `self.addEventListener('message', (ev) => {
  const id = ev.data && ev.data.type === 'analyze' ? ev.data.id : null;
  if (id === 'crash.txt') { ev.stopImmediatePropagation(); throw new Error('injected fault'); }
  if (id === 'hang.txt') ev.stopImmediatePropagation();
});\n`;
    await route.fulfill({ response, body: fault + (await response.text()) });
  });
}

test('a worker that fails is reported by file name and replaced; the others are kept', { timeout: 120_000 }, async (t) => {
  const { page, problems } = await openPage(t, { route: faultyWorker, expectErrors: true });
  await dropFiles(page, [seedFile(SEED_A), { name: 'crash.txt', bytes: Buffer.from('“Boom,” he said.\n') }, seedFile(SEED_B)]);
  await waitForAnalysis(page, problems);
  const msgs = await messages(page);
  const m = byName(msgs, 'crash.txt');
  assert.ok(m.some((x) => x.kind === 'error' && /worker was restarted/.test(x.text)), `crash message: ${JSON.stringify(msgs)}`);
  assert.deepEqual((await docOptions(page)).sort(), [SEED_A, SEED_B].sort(), 'the other documents are kept');
  assert.match(await page.textContent('#status'), /1 skipped or failed/);
  // The restarted worker goes on working.
  await dropFiles(page, [{ name: 'after.txt', bytes: Buffer.from('“Still here,” said Ann Lee.\n') }]);
  await waitForAnalysis(page, problems);
  assert.ok((await docOptions(page)).includes('after.txt'));
});

test('cancel stops the work and keeps what is done', { timeout: 120_000 }, async (t) => {
  const { page, problems } = await openPage(t, { route: faultyWorker, expectErrors: true });
  // hang.txt is never answered, so the job cannot finish by itself. It comes first: a job this
  // small starts with one worker, and a second starts for the others once they have waited.
  await dropFiles(page, [{ name: 'hang.txt', bytes: Buffer.from('“Wait,” she said.\n') }, seedFile(SEED_A), seedFile(SEED_B)]);
  await page.waitForFunction(() => document.querySelector('#progress-text')?.textContent.startsWith('2 of 3'), null, { timeout: 60_000 });
  assert.equal(await page.locator('#progress').getAttribute('max'), '3');
  await shot(page, 'progress');
  await page.click('#cancel');
  await waitForAnalysis(page, problems);
  assert.match(await page.textContent('#status'), /Cancelled: analysed 2 of 3 documents/);
  assert.deepEqual((await docOptions(page)).sort(), [SEED_A, SEED_B].sort());
  await tab(page, 'compare');
  assert.equal(await page.locator('#compare-claims tr[data-status="conflict"]').count(), 1, 'the corpus was merged from what was done');
});

test('articles and their analysis survive a reload; clear all removes them', { timeout: 120_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  await page.click('#load-seeds');
  await waitForAnalysis(page, problems);
  const before = await docOptions(page);
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('#doc-select option').length === n + 1, before.length, { timeout: 30_000 });
  assert.deepEqual(await docOptions(page), before, 'the same documents, in the same order');
  assert.ok((await messages(page)).some((m) => /kept in this browser/.test(m.text)), 'a note says where they came from');
  await tab(page, 'compare');
  assert.equal(await page.locator('#compare-claims tr[data-status="conflict"]').count(), 1, 'the corpus is restored too');
  await readDocument(page, SEED_A);
  assert.ok((await page.locator('#reader [data-quote]').count()) > 0, 'the reader works on restored documents');

  await page.click('#clear-all');
  await page.waitForSelector('#results', { state: 'hidden' });
  await page.reload();
  await page.waitForSelector('#status[data-state="ready"]');
  await settle(page);
  assert.deepEqual(await docOptions(page), [], 'nothing is restored after clear all');
  assert.equal(await page.locator('#results').isHidden(), true);
});

test('exports: JSON, a CSV per table and brat standoff, all parsed back', { timeout: 120_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  const tricky = '😀 Café — “Hello there,” she said, "=1+2" and all.\n\n“Goodbye\nnow,” said Zoë Lima, the mayor of Oslo.\n';
  await dropFiles(page, [seedFile(SEED_A), { name: 'tricky.txt', bytes: Buffer.from(tricky) }]);
  await waitForAnalysis(page, problems);

  const json = await downloadOf(page, '#export-json');
  assert.equal(json.name, 'presslens.json');
  const out = JSON.parse(json.bytes.toString('utf8'));
  assert.deepEqual(out.documents.map((d) => d.id), [SEED_A, 'tricky.txt']);
  assert.ok(out.corpus && Array.isArray(out.corpus.entities), 'the corpus is exported');

  const quotes = parseCsv((await downloadOf(page, '#export-quotes')).bytes.toString('utf8'));
  assert.deepEqual(quotes[0].slice(0, 6), ['document', 'quote_id', 'speaker', 'speaker_as_written', 'quote', 'kind']);
  const nQuotes = out.documents.reduce((s, d) => s + d.quotes.length, 0);
  assert.equal(quotes.length - 1, nQuotes, 'one CSV row per quote');
  assert.ok(quotes.some((r) => r[0] === 'tricky.txt' && r[4] === 'Hello there,'), 'the quote of tricky.txt');
  const entities = parseCsv((await downloadOf(page, '#export-entities')).bytes.toString('utf8'));
  assert.equal(entities[0][2], 'name');
  assert.equal(entities.length - 1, out.corpus.entities.length, 'one CSV row per entity');
  const claims = parseCsv((await downloadOf(page, '#export-claims')).bytes.toString('utf8'));
  assert.equal(claims.length - 1, out.documents.reduce((s, d) => s + d.claims.length, 0), 'one CSV row per claim');
  for (const row of [...quotes, ...entities, ...claims]) {
    for (const c of row) assert.ok(!/^[=+\-@]/.test(c), `a cell a spreadsheet would run: ${c}`);
  }

  const brat = await downloadOf(page, '#export-brat');
  assert.equal(brat.name, 'presslens-brat.zip');
  const files = unzipStored(brat.bytes);
  assert.ok(files.has('annotation.conf'));
  assert.deepEqual([...files.keys()].filter((n) => n !== 'annotation.conf').sort(),
    ['001_199081b5ffea0668.ann', '001_199081b5ffea0668.txt', 'tricky.ann', 'tricky.txt']);
  assert.equal(files.get('tricky.txt').toString('utf8'), tricky, 'the text file is the text as analysed');
  for (const stem of ['tricky', '001_199081b5ffea0668']) {
    // brat counts characters (code points) of the text file.
    const chars = [...files.get(`${stem}.txt`).toString('utf8')];
    const ann = files.get(`${stem}.ann`).toString('utf8').trimEnd().split('\n');
    const tlines = ann.filter((l) => l.startsWith('T'));
    assert.ok(tlines.length > 0, `${stem}.ann has text-bound annotations`);
    for (const line of tlines) {
      const [id, typeSpans, text] = line.split('\t');
      const [, spans] = typeSpans.match(/^\S+ (.*)$/);
      const frags = spans.split(';').map((s) => s.split(' ').map(Number));
      const got = frags.map(([a, b]) => chars.slice(a, b).join('')).join(' ');
      assert.equal(got, text, `${stem}.ann ${id}: the offsets do not pick out the text`);
      assert.ok(!/[\n\r]/.test(text), `${stem}.ann ${id} holds a line break`);
    }
    for (const line of ann.filter((l) => l.startsWith('R'))) assert.match(line, /^R\d+\t(?:SpokenBy|CuedBy) Arg1:T\d+ Arg2:T\d+$/);
  }
  // After an emoji (two UTF-16 units, one character), offsets count characters.
  assert.match(files.get('tricky.ann').toString('utf8'), /\tQuote 10 22\tHello there,\n/);
});

test('5,000 small files: all analysed, memory stays bounded, the page answers', { timeout: 300_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  const heapBefore = await page.evaluate(() => performance.memory.usedJSHeapSize);
  const dt = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.bytes = 0;
    const towns = ['Oslo', 'Lima', 'Kyoto', 'Accra', 'Quito', 'Perth', 'Dakar', 'Riga'];
    for (let i = 0; i < 5000; i++) {
      const town = towns[i % towns.length];
      const text = `Officials in ${town} met on Monday.\n\n“We will build ${i + 3} new schools by 2030,” said Mayor Ana Costa${i % 50}. `
        + `The plan costs about ${(i % 90) + 10} million dollars, the council said.\n`;
      const file = new File([text], `note-${String(i).padStart(4, '0')}.txt`, { type: 'text/plain' });
      d.bytes += file.size;
      d.items.add(file);
    }
    return d;
  });
  const bytes = await dt.evaluate((d) => d.bytes);
  let workers = page.workers().length;
  page.on('worker', () => workers++);
  const t0 = Date.now();
  await dropTransfer(page, dt);
  // The page answers while it works.
  await page.waitForSelector('#progress-row:not([hidden])');
  const lag = await page.evaluate(() => new Promise((r) => { const s = performance.now(); setTimeout(() => r(performance.now() - s), 0); }));
  await page.waitForSelector('#status:is([data-state="done"], [data-state="error"])', { timeout: 280_000 });
  await waitForAnalysis(page, problems);
  t.diagnostic(`5,000 files analysed in ${((Date.now() - t0) / 1000).toFixed(1)} s; a timer during the work fired after ${lag.toFixed(0)} ms`);
  assert.match(await page.textContent('#status'), /Analysed 5000 of 5000 documents/);
  assert.equal((await docOptions(page)).length, 5000);
  // A worker for each 256 KB queued, and more (up to one per core, at most 8) as the job
  // goes on with every worker busy.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  assert.ok(workers >= Math.min(cores, Math.ceil(bytes / 262144)) && workers <= Math.min(cores, 8), `${workers} workers for ${bytes} bytes on ${cores} cores`);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  const heap = await page.evaluate(() => performance.memory.usedJSHeapSize);
  t.diagnostic(`page heap: ${(heapBefore / 1048576).toFixed(0)} MB before, ${(heap / 1048576).toFixed(0)} MB after`);
  assert.ok(heap < 400 * 1048576, `the page holds ${(heap / 1048576).toFixed(0)} MB after 5,000 small files`);
  await tab(page, 'quotes');
  const rows = await page.locator('#quotes-table tbody tr').count();
  assert.ok(rows <= 300, `the quotes table shows a page of rows, not all (${rows})`);
  assert.match(await page.textContent('#quotes-more'), /more/);
});

test('the single-file build works opened from disk, with nothing fetched', { timeout: 120_000 }, async (t) => {
  const outFile = path.join(REPO, 'target', 'dist', 'presslens.html');
  const { csp } = buildDist({ out: outFile });
  assert.match(csp, /connect-src 'none'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/, 'no inline scripts beyond the hashed one, no eval, no hosts');
  const url = pathToFileURL(outFile).href;
  const { page, problems } = await openPage(t, { url });
  await page.click('#load-seeds');
  await waitForAnalysis(page, problems);
  assert.deepEqual(await docOptions(page), SEED_NAMES);
  await tab(page, 'compare');
  const troops = await page.$eval('#compare-claims tr[data-status="conflict"] th', (th) => th.textContent);
  assert.match(troops, /49,000 vs 50,000/);
  await shot(page, 'single-file', '#results');
  const json = await downloadOf(page, '#export-json');
  assert.equal(JSON.parse(json.bytes.toString('utf8')).documents.length, 5);
});
