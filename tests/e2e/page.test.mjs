// End-to-end test of the presslens page in headless Chromium: the views on the sample
// articles. The loading, storage, export and single-file tests are in workbench.test.mjs.
//
//   node --test tests/e2e/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useBrowser, openPage, messages, waitForAnalysis, dropFiles, seedFile, tab, quoteRows, entityRows,
  selectedMentions, docOptions, summary, shot, readDocument, readerQuoteText, WWW, SHOTS, SEED_A, SEED_B,
} from './helpers.mjs';

useBrowser();

const squash = (s) => s.replace(/\s+/g, '');

test('two dropped seed articles show quotes with speakers and merged entities', { timeout: 180_000 }, async (t) => {
  const { page, problems } = await openPage(t);

  // Every control has a label.
  const unlabelled = await page.$$eval('input, select, textarea', (els) => els.filter((e) => e.labels.length === 0).map((e) => e.id));
  assert.deepEqual(unlabelled, [], 'form controls without labels');

  await dropFiles(page, [seedFile(SEED_A), seedFile(SEED_B)]);
  await waitForAnalysis(page, problems);

  assert.deepEqual(await docOptions(page), [SEED_A, SEED_B]);
  assert.deepEqual((await messages(page)).filter((m) => m.kind !== 'info'), [], 'no error or warning messages');

  // The views are tabs, reached and changed with the keyboard.
  await page.focus('#tab-documents');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-quotes', 'ArrowRight moves to the next tab');
  assert.equal(await page.getAttribute('#tab-quotes', 'aria-selected'), 'true');
  assert.equal(await page.locator('#view-quotes').isVisible(), true);
  assert.equal(await page.locator('#view-documents').isHidden(), true);
  const ring = await page.$eval('#tab-quotes', (b) => ({ visible: b.matches(':focus-visible'), style: getComputedStyle(b).outlineStyle }));
  assert.ok(ring.visible && ring.style !== 'none', `no visible focus on the tab: ${JSON.stringify(ring)}`);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-reader');
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-documents');

  await tab(page, 'quotes');
  const quotes = await quoteRows(page);
  await shot(page, 'quotes', '#view-quotes');

  // Filter by speaker and by words; sort by a column.
  await page.selectOption('#quote-speaker', 'Fumio Kishida');
  const bySpeaker = await quoteRows(page);
  assert.ok(bySpeaker.length > 0 && bySpeaker.every((q) => q.speaker === 'Fumio Kishida'), `speaker filter: ${summary(bySpeaker)}`);
  await page.selectOption('#quote-speaker', '');
  await page.fill('#quote-search', 'North Korea');
  const byWords = await quoteRows(page);
  assert.ok(byWords.length > 0 && byWords.length < quotes.length, 'the word filter narrows the table');
  await page.fill('#quote-search', '');
  await page.click('#quotes-table th[data-sort="confidence"] button');
  const conf = await page.$$eval('#quotes-table tbody .confidence', (cs) => cs.map((c) => Number(c.textContent)));
  assert.deepEqual(conf, [...conf].sort((a, b) => a - b), 'sorted by confidence, ascending');
  assert.equal(await page.getAttribute('#quotes-table th[data-sort="confidence"]', 'aria-sort'), 'ascending');
  await page.click('#quotes-table th[data-sort="confidence"] button');
  const confDown = await page.$$eval('#quotes-table tbody .confidence', (cs) => cs.map((c) => Number(c.textContent)));
  assert.deepEqual(confDown, [...confDown].sort((a, b) => b - a), 'then descending');
  await page.click('#quotes-table th[data-sort="article"] button');

  const kishida = quotes.find((q) => q.quote.includes('The security environment surrounding Japan'));
  assert.ok(kishida, `no quote row with "The security environment surrounding Japan"; rows:\n${summary(quotes)}`);
  assert.equal(kishida.speaker, 'Fumio Kishida', 'speaker of the Kishida quote');
  assert.equal(kishida.doc, SEED_A);
  // Interrupted by "Kishida said", it shows as two quotations with a gap between, not one
  // run-on sentence ("… difficult, So inclusive …").
  assert.equal(kishida.parts.length, 2, `the Kishida quote's parts: ${JSON.stringify(kishida.parts)}`);
  assert.ok(kishida.parts[0].endsWith('difficult,') && kishida.parts[1].startsWith('So inclusive'), JSON.stringify(kishida.parts));
  assert.equal(kishida.gaps, 1);
  assert.equal(await page.$$eval('#quotes-table tbody q.quote-part', (qs) => qs.length > 0 && qs.every((q) => getComputedStyle(q, '::before').content !== 'none')), true, 'direct quotes in marks');

  const official = quotes.find((q) => q.quote.includes('The threat from North Korea'));
  assert.ok(official, `no quote row with "The threat from North Korea"; rows:\n${summary(quotes)}`);
  assert.ok(official.speaker && official.speaker.includes('official'),
    `speaker of the North Korea quote should name the official, got ${JSON.stringify(official.speaker)}`);

  await tab(page, 'entities');
  const entities = await entityRows(page);
  await shot(page, 'entities', '#view-entities');
  const carter = entities.find((e) => e.type === 'person' && e.name === 'Ashton Carter');
  assert.ok(carter, `no person row "Ashton Carter"; people: ${JSON.stringify(entities.filter((e) => e.type === 'person').map((e) => e.name))}`);
  assert.ok(carter.aliases.includes('Ash Carter'), `aliases of Ashton Carter: ${JSON.stringify(carter.aliases)}`);
  assert.ok(carter.docs.includes(SEED_A) && carter.docs.includes(SEED_B), `Ashton Carter should be counted in both documents: ${JSON.stringify(carter.docs)}`);

  // Claims list is populated and sorted by score.
  await tab(page, 'claims');
  const scores = await page.$$eval('#claims-list .score-n', (ns) => ns.map((n) => Number(n.textContent)));
  assert.ok(scores.length > 0, 'claims list is empty');
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'claims sorted by score');

  // The document link of a quote row opens the reading view at that quote.
  await tab(page, 'quotes');
  await page.click(`#quotes-table tr[data-quote="${kishida.id}"] td[data-label="Document"] button`);
  await page.waitForSelector(`#reader[data-doc="${SEED_A}"]`);
  assert.equal(await page.$eval('#doc-select', (s) => s.value), SEED_A);
  await page.waitForFunction((id) => {
    const e = [...document.querySelectorAll('#reader [data-quote]')].find((s) => s.dataset.quote === id);
    if (!e) return false;
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, kishida.id, { timeout: 10_000 });

  // Reading view: the highlighted spans hold exactly the quoted words (code point offsets).
  const marked = await readerQuoteText(page, kishida.id);
  assert.equal(squash(marked), squash(kishida.quote), 'reader highlight of the Kishida quote');
  const kinds = await page.$$eval('#reader span', (ss) => [...new Set(ss.flatMap((s) => [...s.classList]))]);
  for (const k of ['q', 'ent', 'ent-person']) assert.ok(kinds.includes(k), `reader has no ${k} highlight (has ${kinds})`);
  await page.waitForTimeout(1700); // let the highlight flash fade before the screenshot
  // The side panel shows the quote.
  assert.deepEqual(await page.$$eval('#entity-panel .panel-quote .quote-part', (ps) => ps.map((p) => p.textContent)), kishida.parts);
  await page.screenshot({ path: path.join(SHOTS, 'reader.png') });

  // Per-document view filters the tables.
  await tab(page, 'quotes');
  const perDoc = await quoteRows(page);
  assert.ok(perDoc.length > 0 && perDoc.every((q) => q.doc === SEED_A), 'quotes table shows only the selected document');

  assert.deepEqual(problems, [], 'console errors');
});

test('the sample button loads all five seed articles', { timeout: 180_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  let workers = page.workers().length;
  page.on('worker', () => workers++);
  await page.click('#load-seeds');
  // A second worker would start at the click; one more may start only after a second's wait.
  await page.waitForSelector('#results:not([hidden])');
  assert.equal(workers, 1, 'the samples (26 KB) go to the one worker already started');
  await waitForAnalysis(page, problems);

  const names = JSON.parse(fs.readFileSync(path.join(WWW, 'seeds', 'index.json'), 'utf8'));
  assert.equal(names.length, 5);
  assert.deepEqual(await docOptions(page), names);
  assert.equal(await page.locator('#documents-table tbody tr').count(), 5);
  assert.deepEqual((await messages(page)).filter((m) => m.kind !== 'info'), [], 'no error or warning messages');
  await shot(page, 'documents', '#results');
  await tab(page, 'quotes');
  const quotes = await quoteRows(page);
  assert.ok(quotes.length >= 5, `expected quotes from the samples, got ${quotes.length}`);
  await tab(page, 'entities');
  assert.ok((await entityRows(page)).length > 0, 'entities table is empty');
  await tab(page, 'compare');
  // The compare view: the troop figures conflict, side by side; the year of the last revision agrees.
  const groups = await page.$$eval('#compare-claims tr[data-group]', (trs) => trs.map((tr) => ({
    status: tr.dataset.status,
    head: tr.querySelector('th').textContent.replace(/\s+/g, ' '),
    values: Object.fromEntries([...tr.querySelectorAll('td[data-doc]')].map((td) => [td.dataset.doc, [...td.querySelectorAll('.cmp-value')].map((v) => v.textContent)])),
  })));
  const troops = groups.find((g) => g.head.includes('troops'));
  assert.ok(troops, `no troop claim group: ${JSON.stringify(groups)}`);
  assert.equal(troops.status, 'conflict');
  assert.match(troops.head, /conflict/);
  assert.match(troops.head, /49,000 vs 50,000/);
  assert.deepEqual(troops.values[SEED_A], ['49,000'], `troop figures per article: ${JSON.stringify(troops.values)}`);
  assert.deepEqual(troops.values[SEED_B], ['50,000'], `troop figures per article: ${JSON.stringify(troops.values)}`);
  assert.equal(groups[0].status, 'conflict', 'conflicts come first');
  const y1997 = groups.find((g) => g.head.includes('year 1997'));
  assert.ok(y1997 && y1997.status === 'agree' && y1997.head.includes('1997 vs 1997'), `1997 agreement: ${JSON.stringify(groups)}`);

  // The threat quote: two wordings, and the difference shown is the words "of course".
  const threat = await page.$$eval('#compare-quotes tr[data-cluster]', (trs) => trs.map((tr) => ({
    head: tr.querySelector('th').textContent,
    cells: [...tr.querySelectorAll('.cmp-quote')].map((b) => ({
      text: b.querySelector('q').textContent,
      added: [...b.querySelectorAll('ins')].map((i) => i.textContent),
      removed: [...b.querySelectorAll('del')].map((i) => i.textContent),
      reference: b.classList.contains('reference'),
    })),
  })).find((c) => c.cells.some((q) => q.text.includes('The threat from North Korea'))));
  assert.ok(threat, 'no cluster with the threat quote');
  assert.match(threat.head, /wording differs/);
  assert.equal(threat.cells.length, 2, JSON.stringify(threat));
  const variant = threat.cells.find((q) => !q.reference);
  assert.deepEqual(variant.added, ['of course'], `the words added: ${JSON.stringify(threat)}`);
  assert.deepEqual(variant.removed, [], `the words removed: ${JSON.stringify(threat)}`);
  // Not by colour alone: the added words carry a sign.
  const sign = await page.$eval('#compare-quotes ins', (i) => getComputedStyle(i, '::before').content);
  assert.match(sign, /\+/, 'added words are marked with +');

  // Who is quoted, per article, and the heat map of mentions.
  const quoted = await page.$$eval('#compare-speakers tr[data-speaker]', (trs) => trs.map((tr) => tr.dataset.speaker));
  assert.ok(quoted.length > 0, 'no speakers in the compare view');
  const japan = await page.$$eval('#compare-entities tr.cmp-entity-row', (trs) => trs.map((tr) => ({
    name: tr.querySelector('.cmp-entity').textContent,
    counts: [...tr.querySelectorAll('td')].map((td) => Number(td.dataset.count)),
  })).find((r) => r.name === 'Japan'));
  assert.ok(japan && japan.counts.length === 5 && japan.counts.every((n) => n > 0), `Japan in the heat map: ${JSON.stringify(japan)}`);
  await shot(page, 'compare', '#results');
  await page.locator('#compare-claims').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, 'compare-claims.png') });
  await page.locator('#compare-entities').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, 'compare-entities.png') });

  await tab(page, 'claims');
  await shot(page, 'claims', '#results');
  await tab(page, 'charts');
  assert.ok(await page.locator('#speakers-svg .bar-row').count() > 0, 'the speakers chart is empty');
  assert.ok(await page.locator('#heat-table td.heat button').count() > 0, 'the heat map is empty');
  await shot(page, 'charts', '#results');
  await tab(page, 'compare');

  // A cell opens the reading view at that spot.
  await page.click(`#compare-claims tr[data-status="conflict"] td[data-doc="${SEED_B}"] .cmp-claim`);
  await page.waitForSelector(`#reader[data-doc="${SEED_B}"] [data-claim]`);
  await page.waitForFunction(() => {
    const e = document.querySelector('#reader .flash');
    return e && e.textContent.length > 0 && e.dataset.claim;
  }, null, { timeout: 10_000 });
  const flashed = await page.$eval('#reader .flash', (e) => e.closest('.reader-text') && e.dataset.claim);
  assert.ok(flashed, 'the claim is marked in the reader');
  assert.deepEqual(problems, [], 'console errors');
});

test('file names and text are shown as text, never run', { timeout: 180_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  const evilName = '<img src=x onerror=alert(1)>.txt';
  const evilText = '<script>window.__pwned=1</script> "Hello there," she said.\n';
  const scriptsBefore = await page.locator('script').count();
  await dropFiles(page, [{ name: evilName, bytes: Buffer.from(evilText, 'utf8') }]);
  await waitForAnalysis(page, problems);
  await readDocument(page, evilName);

  assert.deepEqual(await docOptions(page), [evilName], 'the file name is shown verbatim');
  const readerText = await page.$eval('#reader .reader-text', (r) => r.textContent);
  assert.equal(readerText, evilText, 'the reader shows the text verbatim');
  const docCell = await page.$eval('#documents-table tbody tr', (tr) => tr.dataset.doc);
  assert.equal(docCell, evilName);

  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'script in the text ran');
  const imgs = await page.$$eval('img', (is) => is.length);
  assert.equal(imgs, 0, 'an img element was created');
  for (const sel of ['#reader', '#quotes-table', '#entities-table', '#claims-list', '#messages', '#documents-table', '#doc-select']) {
    assert.equal(await page.locator(`${sel} img, ${sel} script`).count(), 0, `markup created inside ${sel}`);
  }
  assert.equal(await page.locator('script').count(), scriptsBefore, 'a script element was added');

  await tab(page, 'quotes');
  const quotes = await quoteRows(page);
  assert.ok(quotes.some((q) => q.quote.includes('Hello there')), `the quote was not found: ${summary(quotes)}`);
  await shot(page, 'xss', '#view-reader');
  assert.deepEqual(problems, [], 'console errors');
});

test('spans after emoji and accents highlight the right characters (code point offsets)', { timeout: 180_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  const text = '😀🎉 Café — “Hello there,” she said. 👋🏽 “Goodbye now,” said Zoë Lima.\n';
  await page.fill('#paste-text', text);
  await page.click('#paste-analyze');
  await waitForAnalysis(page, problems);

  assert.deepEqual(await docOptions(page), ['doc-1']);
  assert.deepEqual((await messages(page)).filter((m) => m.kind === 'warning'), [], 'no offset warnings');
  const chars = await page.$eval('#documents-table tbody tr td:nth-child(3)', (td) => td.textContent.trim());
  assert.equal(Number(chars), [...text].length, 'document length counts code points');

  await readDocument(page, 'doc-1');
  assert.equal(await page.$eval('#reader .reader-text', (r) => r.textContent), text);
  await tab(page, 'quotes');
  const quotes = await quoteRows(page);
  for (const want of ['Hello there,', 'Goodbye now,']) {
    const q = quotes.find((r) => r.quote.includes(want.slice(0, -1)));
    assert.ok(q, `quote "${want}" not found: ${summary(quotes)}`);
    assert.equal(q.quote, want, 'quote text');
    assert.equal(await readerQuoteText(page, q.id), want, 'reader highlight covers exactly the quote');
  }
  await tab(page, 'reader');
  await shot(page, 'paste', '#view-reader');

  // The exported JSON keeps the contract's code point offsets.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.ok(Array.isArray(exported.documents) && exported.corpus, 'export has documents and corpus');
  const [doc] = exported.documents;
  assert.equal(doc.id, 'doc-1');
  assert.equal(doc.chars, [...text].length);
  const cps = [...text];
  const cut = ([a, b]) => cps.slice(a, b).join('');
  for (const q of doc.quotes) {
    assert.equal(q.parts.map(cut).join(' '), q.text, `exported quote ${q.id} parts match its text`);
    if (q.speaker) assert.equal(cut(q.speaker.span), q.speaker.text, `speaker span of ${q.id}`);
  }
  for (const e of doc.entities) for (const m of e.mentions) assert.equal(cut(m.span), m.text, `mention of ${e.name}`);
  assert.deepEqual(problems, [], 'console errors');
});

test('narrow window in dark mode stays within the screen', { timeout: 180_000 }, async (t) => {
  const { page, problems } = await openPage(t, { viewport: { width: 380, height: 800 }, colorScheme: 'dark' });
  await page.click('#load-seeds');
  await waitForAnalysis(page, problems);
  await shot(page, 'narrow-dark-top');
  await tab(page, 'quotes');
  await shot(page, 'narrow-dark-quotes', '#view-quotes');
  await tab(page, 'compare');
  await shot(page, 'narrow-dark-compare', '#view-compare');
  await readDocument(page, SEED_A);
  await page.locator('#reader').scrollIntoViewIfNeeded();
  await shot(page, 'narrow-dark-reader');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the window`);
  assert.deepEqual(problems, [], 'console errors');
});

test('choosing an entity opens an article with every mention of it marked', { timeout: 180_000 }, async (t) => {
  const { page, problems } = await openPage(t);
  await page.click('#load-seeds');
  await waitForAnalysis(page, problems);

  await tab(page, 'entities');
  const rows = await entityRows(page);
  const carter = rows.find((e) => e.name === 'Ashton Carter');
  assert.ok(carter, `no row "Ashton Carter"; people: ${JSON.stringify(rows.filter((e) => e.type === 'person').map((e) => e.name))}`);
  assert.equal(carter.type, 'person');
  assert.ok(carter.aliases.includes('Ash Carter'), `aliases of Ashton Carter: ${JSON.stringify(carter.aliases)}`);
  assert.ok(carter.roles.includes('Defense Secretary'), `roles of Ashton Carter: ${JSON.stringify(carter.roles)}`);
  assert.ok((carter.counts[SEED_B] ?? 0) >= 2, `Ashton Carter should be mentioned at least twice in ${SEED_B}: ${JSON.stringify(carter.counts)}`);
  const names = new Set(['Ashton Carter', 'Carter', 'Ash Carter']);
  const carterButton = page.locator('#entities-table button.entity-name').filter({ hasText: /^Ashton Carter$/ });

  // With an article chosen that mentions him, his name opens that article.
  // The name is a button reached with the keyboard, and its focus is visible.
  await page.selectOption('#doc-select', SEED_B);
  await page.focus('#entity-type');
  let reached = false;
  for (let i = 0; i < 400 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await carterButton.evaluate((b) => b === document.activeElement);
  }
  assert.ok(reached, 'the name "Ashton Carter" could not be reached with the Tab key');
  // A redraw of the table (as while documents are still being analysed) keeps the focus on the name.
  await page.$eval('#entity-type', (s) => s.dispatchEvent(new Event('change')));
  const after = await page.evaluate(() => ({ tag: document.activeElement.tagName, text: document.activeElement.textContent }));
  assert.deepEqual(after, { tag: 'BUTTON', text: 'Ashton Carter' }, 'the focus left the name when the table was redrawn');
  const ring = await carterButton.evaluate((b) => {
    const s = getComputedStyle(b);
    return { visible: b.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.ok(ring.visible && ring.style !== 'none' && ring.width >= 2, `no visible focus on the name: ${JSON.stringify(ring)}`);
  await page.keyboard.press('Enter');

  await page.waitForSelector(`#reader[data-doc="${SEED_B}"] .mention-selected`);
  assert.equal(await page.$eval('#doc-select', (s) => s.value), SEED_B);
  const marked = await selectedMentions(page);
  assert.ok(marked.length >= 2, `expected at least 2 marked mentions of Ashton Carter, got ${JSON.stringify(marked)}`);
  for (const m of marked) {
    assert.ok(names.has(m.text), `a marked mention reads ${JSON.stringify(m.text)}`);
    assert.ok(m.entity.startsWith(`${SEED_B}/`), `a mark points to entity ${m.entity}`);
  }
  assert.equal(marked.length, carter.counts[SEED_B], 'every mention counted in the table is marked');
  assert.ok(marked[0].current, 'the first mention is the current one');

  // The reader scrolls to the first mention.
  await page.waitForFunction(() => {
    const e = document.querySelector('#reader .mention-selected[data-mention="0"]');
    const r = e && e.getBoundingClientRect();
    return r && r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 10_000 });

  // The side panel describes him and has the focus.
  const panel = await page.$eval('#entity-panel', (p) => ({
    focused: document.activeElement === p,
    name: p.querySelector('.panel-name')?.textContent,
    type: p.querySelector('.ent-tag')?.textContent,
    aliases: [...p.querySelectorAll('.alias')].map((a) => a.textContent),
    roles: [...p.querySelectorAll('.role')].map((a) => a.textContent),
    count: p.querySelector('.panel-count')?.textContent ?? '',
  }));
  assert.ok(panel.focused, 'the panel has the focus after the choice');
  assert.equal(panel.name, 'Ashton Carter');
  assert.equal(panel.type, 'person');
  assert.ok(panel.aliases.includes('Ash Carter'), `panel aliases: ${JSON.stringify(panel.aliases)}`);
  assert.ok(panel.roles.includes('Defense Secretary'), `panel roles: ${JSON.stringify(panel.roles)}`);
  assert.ok(panel.count.includes(`${marked.length} in this article`), `panel count: ${JSON.stringify(panel.count)}`);
  await page.waitForTimeout(800); // let the smooth scroll settle
  await page.screenshot({ path: path.join(SHOTS, 'entity-highlight.png') });
  await tab(page, 'entities');
  const row = page.locator('#entities-table tbody tr.selected');
  assert.equal(await row.count(), 1, 'the chosen row is marked');
  assert.equal(await row.locator('.entity-name').textContent(), 'Ashton Carter');
  await tab(page, 'reader');

  // Next steps to the second mention.
  await page.click('#entity-panel .mention-nav button:last-child');
  assert.equal(await page.$eval('#mention-position', (p) => p.textContent), `Mention 2 of ${marked.length}`);
  assert.ok((await selectedMentions(page))[1].current, 'the second mention is the current one');

  // With all documents shown, the name opens the first article that mentions him.
  await page.selectOption('#doc-select', '');
  const order = await docOptions(page);
  const first = order.find((id) => (carter.counts[id] ?? 0) > 0);
  await tab(page, 'entities');
  await carterButton.click();
  await page.waitForSelector(`#reader[data-doc="${first}"] .mention-selected`);
  const inFirst = await selectedMentions(page);
  assert.equal(inFirst.length, carter.counts[first], `mentions marked in ${first}`);
  for (const m of inFirst) assert.ok(names.has(m.text), `a marked mention reads ${JSON.stringify(m.text)}`);

  // Another article from the panel keeps him chosen; the close button clears the marks.
  await page.click(`#entity-panel .panel-docs button:text-is("${SEED_B}")`);
  await page.waitForSelector(`#reader[data-doc="${SEED_B}"] .mention-selected`);
  assert.equal((await selectedMentions(page)).length, marked.length);
  await page.click('#entity-panel .panel-close');
  assert.equal(await page.locator('#reader .mention-selected').count(), 0, 'marks remain after closing');
  await tab(page, 'entities');
  assert.equal(await page.locator('#entities-table tr.selected').count(), 0, 'the row stays marked after closing');
  assert.deepEqual(problems, [], 'console errors');
});
