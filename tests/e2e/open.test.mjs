// Open any article: paste, drop or pick a file (text or HTML), the private library, links that
// carry the article (contract v2), exports, hostile input, no network after load, axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  open, load, ready, settle, passages, waitForCurrent, axeSource, assertNoProblems, show, knownAppBug, ROOT,
} from './harness.mjs';

// Our own article, in the engine's plain-text format.
const FERRY = `BUSINESS
Ferry operator denies safety lapses after harbour inspection
Published: 2024-03-14
By Mara Quint

The Coastal Safety Board said on Tuesday that inspectors had found corroded railings on two ferries run by Bluewater Lines.

"These are not cosmetic problems," the board's chief inspector, Tomas Reyes, said. He added that both vessels must be repaired within 30 days.

Bluewater Lines rejected the findings. "Our fleet passed every annual test," the company said in a statement.

The two ferries carry about 4,000 passengers a day between the islands.
`;
const FERRY_HEADLINE = 'Ferry operator denies safety lapses after harbour inspection';

let session;
let tmp;

before(async () => {
  session = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  tmp = await mkdtemp(join(tmpdir(), 'article-explorer-open-'));
});
after(async () => {
  await session?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function openDialog(page) {
  await page.getByRole('button', { name: /^Open article/u }).click();
  await page.getByRole('dialog', { name: 'Open an article' }).waitFor();
}

/** Waits until the explorer shows the article with this headline, fully analysed. */
async function waitForHeadline(page, headline, timeout = 20_000) {
  await page.waitForFunction(
    (want) => document.querySelector('#headline')?.getAttribute('aria-label') === want
      && !document.querySelector('.busy')
      && document.querySelector('.passage[data-speakers] button.copy') !== null,
    headline,
    { timeout },
  );
  await settle(page);
}

/** Waits for an analysis that a picked file started: its status appears (the file is read
 * first), then goes once the article is shown. */
async function analysed(page) {
  await page.locator('.busy').waitFor({ state: 'attached', timeout: 5_000 }).catch(() => {});
  await page.locator('.busy').waitFor({ state: 'detached', timeout: 20_000 });
}

async function paste(page, text) {
  await openDialog(page);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: /^Analyse/u }).click();
}

/** Entries of the library, read from IndexedDB itself. */
async function libraryIds(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('article-explorer', 1);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction('entries').objectStore('entries').getAll();
      all.onsuccess = () => { resolve(all.result.map((e) => e.id)); db.close(); };
      all.onerror = () => reject(all.error);
    };
  }));
}

test('pasted text is analysed: speakers, headline, date, and the URL names only a library entry', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  await paste(page, FERRY);
  await waitForHeadline(page, FERRY_HEADLINE);
  const all = await passages(page);
  const spoken = all.filter((p) => p.speakers.length > 0);
  assert.ok(all.length >= 7, `passages: ${all.length}`);
  assert.ok(spoken.length >= 4, `passages with a speaker: ${spoken.map((p) => p.text).join(' | ')}`);
  assert.ok(all.some((p) => p.text.startsWith('He added') && p.speakers.length === 1), 'He added… has a speaker');
  assert.equal(await page.locator('.article-header time').getAttribute('datetime'), '2024-03-14');
  assert.equal(await page.title(), `${FERRY_HEADLINE} · Article Explorer`);
  const here = new URL(page.url());
  assert.equal(here.search, '', 'no query: nothing about the article reaches a host');
  assert.match(here.hash, /^#v=2&lib=[0-9a-f]{16}$/u, 'the address bar names the library entry only');
  assertNoProblems(t, problems);
});

test('the library survives a reload; a deleted article is gone from storage', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  await paste(page, FERRY);
  await waitForHeadline(page, FERRY_HEADLINE);
  const id = new URL(page.url()).hash.match(/lib=([0-9a-f]+)/u)[1];
  // Saving runs in the background, in the worker: give it a moment.
  for (let i = 0; i < 50 && !(await libraryIds(page)).includes(id); i += 1) await page.waitForTimeout(100);
  assert.ok((await libraryIds(page)).includes(id), 'kept in IndexedDB');
  await page.reload();
  await waitForHeadline(page, FERRY_HEADLINE);
  await openDialog(page);
  const entry = page.getByRole('button', { name: FERRY_HEADLINE, exact: true });
  await entry.first().waitFor();
  assert.equal(await entry.count(), 1, 'listed once in the dialog');
  await page.getByRole('button', { name: `Delete “${FERRY_HEADLINE}”` }).click();
  await entry.waitFor({ state: 'detached' });
  assert.ok(!(await libraryIds(page)).includes(id), 'deleted from IndexedDB');
  await page.keyboard.press('Escape');
  assertNoProblems(t, problems);
});

test('the article just opened is listed even when its save is slower than the listing', async (t) => {
  const s = await open();
  try {
    const { page, url, problems } = s;
    // Each library request runs in a worker of its own; the save is held back 3 s, as on a
    // loaded device, so that the dialog's listing would otherwise answer first.
    await page.addInitScript(() => {
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function delayedSave(message, ...rest) {
        const save = message?.op === 'library' && message?.action === 'save';
        if (save) setTimeout(() => post.call(this, message, ...rest), 3_000);
        else post.call(this, message, ...rest);
      };
    });
    await load(page, url);
    await paste(page, FERRY);
    await waitForHeadline(page, FERRY_HEADLINE);
    await openDialog(page);
    await page.getByRole('button', { name: FERRY_HEADLINE, exact: true }).waitFor({ timeout: 15_000 });
    assertNoProblems(t, problems);
  } finally {
    await s.close();
  }
});

test('a dropped .txt file opens', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'ferry.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, FERRY.replace('harbour inspection', 'harbour check'));
  await waitForHeadline(page, FERRY_HEADLINE.replace('harbour inspection', 'harbour check'));
  assertNoProblems(t, problems);
});

/** What the extractor test snapshot says the engine reads of a test page. */
async function expectedOf(name) {
  const snapshot = await readFile(join(ROOT, 'tests', 'data', 'html', `${name}.extracted`), 'utf8');
  const [text, engine] = snapshot.split('\n==== engine\n');
  const field = (key) => engine.match(new RegExp(`^${key}: (.*)$`, 'mu'))?.[1];
  const body = text.split('\n\n').slice(1).map((p) => p.trim()).filter(Boolean);
  return { headline: field('headline'), published: field('published'), body };
}

for (const name of ['01-harbour-page', '02-wildfire-figures', '03-election-live-blog', '04-two-h1-rail']) {
  test(`an .html news page opens with its headline, date and body: ${name}`, async (t) => {
    const { page, url, problems } = session;
    const want = await expectedOf(name);
    await load(page, url);
    await openDialog(page);
    await page.locator('#open-file').setInputFiles(join(ROOT, 'tests', 'data', 'html', `${name}.html`));
    await waitForHeadline(page, want.headline);
    if (want.published && want.published !== 'none') {
      assert.equal(await page.locator('.article-header time').getAttribute('datetime'), want.published);
    }
    const shown = (await passages(page)).map((p) => p.text).join(' ');
    for (const paragraph of want.body.slice(0, 3)) {
      const start = paragraph.split(/\s+/u).slice(0, 5).join(' ');
      assert.ok(shown.includes(start), `body paragraph “${start}…” is shown`);
    }
    assertNoProblems(t, problems);
  });
}

test('a share link carries the article: a fresh browser with empty storage opens the same passage and filter', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  await paste(page, FERRY);
  await waitForHeadline(page, FERRY_HEADLINE);
  const all = await passages(page);
  const target = all.find((p) => p.text.startsWith('He added'));
  const slug = target.speakers[0];
  // The filter as a link would set it: the speaker in the (version-2) fragment.
  await page.goto(`${url}${new URL(page.url()).hash.replace('#v=2&', `#v=2&speakers=${slug}&`)}`);
  await waitForHeadline(page, FERRY_HEADLINE);
  await page.locator(`#${target.id}`).getByRole('button', { name: /^Copy link/u }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Link copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const link = new URL(copied);
  assert.equal(link.search, '', 'nothing in the query');
  assert.match(link.hash, /^#v=2&speakers=[a-z0-9-]+&at=[a-z0-9-]+&p=[0-9a-z-]+&doc=[A-Za-z0-9_-]+\.[0-9a-f]{8}$/u, link.hash);
  const fresh = await open();
  try {
    await fresh.page.goto(copied);
    await waitForHeadline(fresh.page, FERRY_HEADLINE);
    await waitForCurrent(fresh.page, target.id);
    const shown = await passages(fresh.page);
    assert.ok(shown.filter((p) => !p.hidden).every((p) => p.speakers.includes(slug) || p.id === target.id),
      'the same filter: only the selected speaker is shown');
    assert.ok(shown.some((p) => p.hidden), 'other passages are hidden');
    assertNoProblems(t, fresh.problems);
  } finally {
    await fresh.close();
  }
  assertNoProblems(t, problems);
});

test('a damaged or hostile carried article gives a notice and a working page', async (t) => {
  const { page, url, problems } = session;
  for (const hash of ['#v=2&doc=AAAA.00000000', '#v=2&doc=%3Cscript%3E', '#v=2&doc=q1w2e3r4.0123abcd', '#v=2&lib=0123456789abcdef']) {
    // A fresh load each time (a change of fragment alone would keep the article already shown).
    await page.goto('about:blank');
    await page.goto(`${url}${hash}`);
    await ready(page);
    await page.locator('.notice').first().waitFor();
    assert.ok((await passages(page)).length > 10, `${hash}: the default article still shows`);
  }
  assertNoProblems(t, problems);
});

test('hostile pasted text and HTML files render inert', async (t) => {
  const { page, url, problems } = session;
  const hostile = 'Hostile <script>alert(1)</script> headline <img src=x onerror=alert(2)>\n\n'
    + 'The board said <svg onload=alert(3)></svg> and <a href="javascript:alert(4)">this</a>. '
    + '\u202Eevil\u202C \u0000 nul \u0007 bell. "Quote <b onmouseover=alert(5)>x</b>," he said.\n';
  await load(page, url);
  const before = await page.evaluate(() => document.querySelectorAll('script, img, svg, iframe, object, embed').length);
  await paste(page, hostile);
  await page.waitForFunction(() => document.querySelector('#headline')?.getAttribute('aria-label')?.startsWith('Hostile'), null, { timeout: 20_000 });
  await openDialog(page);
  await page.locator('#open-file').setInputFiles(join(ROOT, 'tests', 'data', 'html', '07-hostile.html'));
  await analysed(page);
  await openDialog(page);
  await page.locator('#open-file').setInputFiles({
    name: 'bad-utf8.txt', mimeType: 'text/plain', buffer: Buffer.from([0x42, 0x61, 0x64, 0xff, 0xfe, 0x0a, 0x0a, 0x54, 0x65, 0x78, 0x74, 0xc3, 0x28, 0x2e]),
  });
  await analysed(page);
  await settle(page);
  const after = await page.evaluate(() => document.querySelectorAll('script, img, svg, iframe, object, embed').length);
  assert.equal(after, before, 'no element was created from article text');
  assertNoProblems(t, problems);
});

test('exported JSON equals `explore analyze` on the same text', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  await paste(page, FERRY);
  await waitForHeadline(page, FERRY_HEADLINE);
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export analysis/u }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  const file = join(tmp, 'ferry.txt');
  await writeFile(file, FERRY);
  const cli = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'explore', '--', 'analyze', file], { cwd: ROOT, encoding: 'utf8' }));
  assert.deepEqual(exported, cli);
  for (const [name, pattern] of [[/^Export passages/u, /^id,speakers,text,link\r\n/u], [/^Export who said what/u, /^# Ferry operator/u], [/^Download as a page/u, /^<!doctype html>/u]]) {
    await page.getByText('Export', { exact: true }).click();
    const [file2] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const text = await readFile(await file2.path(), 'utf8');
    assert.match(text, pattern, `${name}: ${text.slice(0, 80)}`);
    if (String(name).includes('page')) {
      assert.doesNotMatch(text, /<script/iu, 'the downloaded page has no script');
      assert.match(text, /id="p-[0-9a-z]+"/u, 'passage anchors');
    }
  }
  assertNoProblems(t, problems);
});

test('opening, analysing and sharing a pasted article sends nothing anywhere', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await paste(page, FERRY.replace('harbour inspection', 'harbour audit'));
  await waitForHeadline(page, FERRY_HEADLINE.replace('harbour inspection', 'harbour audit'));
  const first = (await passages(page))[2];
  await page.locator(`#${first.id}`).getByRole('button', { name: /^Copy link/u }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Link copied').waitFor();
  const base = new URL(url);
  const foreign = requests.filter((r) => {
    const u = new URL(r);
    return u.origin !== base.origin || u.search !== '' || !/\/(worker_loader\.js|worker(-[0-9a-f]+)?\.js|worker(-[0-9a-f]+)?_bg\.wasm)$/u.test(u.pathname);
  });
  t.diagnostic(`requests after load: ${requests.length} (${requests.map((r) => new URL(r).pathname.split('/').pop()).join(', ')})`);
  assert.deepEqual(foreign, [], `only the worker's own files are fetched: ${show(foreign)}`);
  assertNoProblems(t, problems);
});

test('axe: no violations on the dialog, the library and the export menu, light and dark', async (t) => {
  const source = await axeSource();
  for (const colorScheme of ['light', 'dark']) {
    const s = await open({ colorScheme });
    try {
      await load(s.page, s.url);
      await paste(s.page, FERRY);
      await waitForHeadline(s.page, FERRY_HEADLINE);
      await openDialog(s.page);
      await s.page.getByRole('button', { name: FERRY_HEADLINE, exact: true }).waitFor();
      await s.page.evaluate(`${source}\n;void 0`);
      const check = async (what) => {
        const violations = await s.page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], `${colorScheme}, ${what}`);
      };
      await check('dialog with the library');
      await s.page.keyboard.press('Escape');
      await s.page.getByText('Export', { exact: true }).click();
      await check('export menu open');
      assertNoProblems(t, s.problems);
    } finally {
      await s.close();
    }
  }
});

/**
 * Pastes `text` into the dialog (handed to the page before timing starts: moving megabytes into
 * the page is the harness's work), analyses it, and measures from the paste: when the article
 * with `headline` first shows, when the analysis is done, and the page's long tasks.
 */
async function measurePaste(t, page, url, text, headline, { paste = true } = {}) {
  await load(page, url);
  await openDialog(page);
  // Without `paste`, the text is put into the box first (as an input event: playwright's fill
  // takes over 30 s on tens of thousands of lines), and timing starts at Analyse.
  if (!paste) {
    await page.locator('#open-text').evaluate((box, value) => {
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }
  await page.evaluate((value) => {
    window.__aeData = new DataTransfer();
    window.__aeData.setData('text/plain', value);
  }, paste ? text : '');
  await page.evaluate(() => {
    window.__aeTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__aeTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
  // A paste, as the reader makes it (the clipboard's text/plain), from the moment of pasting.
  await page.evaluate(() => {
    window.__aeClicked = performance.now();
    const data = window.__aeData;
    delete window.__aeData;
    if (data.getData('text/plain')) {
      document.querySelector('#open-text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }
  });
  if (paste) await page.getByText('A long text was pasted').waitFor();
  await page.getByRole('button', { name: /^Analyse/u }).click();
  await page.waitForFunction((want) => document.querySelector('#headline')?.getAttribute('aria-label') === want, headline, { timeout: 30_000 });
  const first = await page.evaluate(() => performance.now() - window.__aeClicked);
  await page.waitForFunction(() => !document.querySelector('.busy'), null, { timeout: 180_000, polling: 500 });
  const done = await page.evaluate(() => performance.now() - window.__aeClicked);
  const timeline = await page.evaluate(() => window.__aeTasks.map((task) => `${(task.start - window.__aeClicked).toFixed(0)}+${task.duration.toFixed(0)}`));
  t.diagnostic(`long tasks (start after paste + duration, ms): ${timeline.join(' ')}`);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.startTime > window.__aeClicked).map((m) => `${m.name}@${(m.startTime - window.__aeClicked).toFixed(0)}`));
  t.diagnostic(`marks: ${marks.join(' ')}`);
  const tasks = await page.evaluate(() => window.__aeTasks.map((task) => task.duration));
  const longest = Math.max(0, ...tasks);
  t.diagnostic(`first passages after ${first.toFixed(0)} ms; whole article after ${(done / 1000).toFixed(1)} s; long tasks ${tasks.length}, longest ${longest.toFixed(0)} ms`);
  return { first, done, longest };
}

test('a 10 MB paste: kept aside, progress is shown, the first passages come early, the page stays responsive', async (t) => {
  const s = await open();
  try {
    const { page, url, problems } = s;
    // Our own generated article (the CLI's `gen`), about 10 MB.
    const text = execFileSync('cargo', ['run', '--quiet', '--bin', 'explore', '--', 'gen', '--sentences', '108000', '--seed', '11'], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    t.diagnostic(`article: ${(text.length / 1e6).toFixed(1)} MB`);
    // The generated article opens with a section line, then its headline.
    const { first, longest } = await measurePaste(t, page, url, text, text.split('\n')[1].trim());
    // Memory once the whole article is shown (its first chunks rendered, the rest being laid out):
    // the page's wasm (target 150 MB; 353 MB when issue 14 was filed) and the renderer's
    // JavaScript heap and DOM, from the DevTools protocol. Printed, not asserted: the page keeps
    // laying out for minutes on this machine, and memory grows with it.
    const wasmBytes = await page.evaluate(() => window.__aeWasm?.memory?.buffer?.byteLength ?? null);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value;
    t.diagnostic(`page wasm memory ${wasmBytes == null ? 'n/a' : `${(wasmBytes / 1e6).toFixed(0)} MB`}; renderer JS heap ${(metric('JSHeapUsedSize') / 1e6).toFixed(0)} MB; ${metric('Nodes')} DOM nodes; ${metric('LayoutObjects')} layout objects`);
    assert.ok(first < 5_000, `first passages after ${first} ms (target 1.5 s; bound generous for a loaded machine)`);
    // The target is no task over 200 ms (idle machine: 60–120 ms); the bound is twice that, for a
    // loaded machine. Before the analysis reply went as transferred bytes and the model and the
    // placeholders were split, the longest was 490–680 ms.
    assert.ok(longest <= 400, `longest task ${longest} ms (target 200 ms)`);
    assertNoProblems(t, problems);
  } finally {
    await s.close();
  }
});

test('a 1 MB single paragraph: the first passages come early and no task blocks the page', async (t) => {
  const s = await open();
  try {
    const { page, url, problems } = s;
    // Our own text: a headline, then one paragraph of about 1 MB (no line break in it).
    const sentences = [];
    for (let i = 0; sentences.join(' ').length < 1_000_000; i += 1) {
      sentences.push(`The harbour board met for session ${i} and the minutes of item ${i % 97} were filed.`);
    }
    const text = `Harbour board minutes\n\n${sentences.join(' ')}\n`;
    t.diagnostic(`article: ${(text.length / 1e6).toFixed(2)} MB, ${sentences.length} sentences in one paragraph`);
    const { first, longest } = await measurePaste(t, page, url, text, 'Harbour board minutes', { paste: false });
    // The issue's bounds are 2 s and 200 ms; these are for a loaded machine.
    assert.ok(first < 4_000, `first passages after ${first} ms (target 2 s)`);
    assert.ok(longest <= 400, `longest task ${longest} ms (target 200 ms)`);
    const rendered = await page.$$eval('.article .passage', (n) => n.length);
    t.diagnostic(`${rendered} passages in the page`);
    assertNoProblems(t, problems);
  } finally {
    await s.close();
  }
});

test('a 562 KB article with 17,576 distinct speakers: the first passages come early and no task blocks the page', async (t) => {
  const s = await open();
  try {
    const { page, url, problems } = s;
    // Our own text: a headline, then one short statement by each of 17,576 distinct ministries.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const lines = [];
    for (const a of letters.toUpperCase()) for (const b of letters) for (const c of letters) lines.push(`The ${a}${b}${c} Ministry said it was fine.`);
    const text = `Ministries speak\n\n${lines.join('\n\n')}\n`;
    t.diagnostic(`article: ${(text.length / 1e3).toFixed(0)} KB, ${lines.length} statements`);
    const { first, longest } = await measurePaste(t, page, url, text, 'Ministries speak', { paste: false });
    // The issue's bounds are 2 s and 200 ms; these are for a loaded machine.
    assert.ok(first < 4_000, `first passages after ${first} ms (target 2 s)`);
    assert.ok(longest <= 400, `longest task ${longest} ms (target 200 ms)`);
    const chips = await page.$$eval('.speakers li', (n) => n.length);
    t.diagnostic(`${chips} speaker entries in the panel`);
    // Thousands of rows would block the page: the panel lists the first 150 and says where the
    // rest are.
    assert.equal(chips, 150);
    assert.match(await page.locator('.speaker-panel .unlisted').innerText(), /^17\d{3} more: see “By speaker”\.$/u);
    // A filter click on the first speaker still answers promptly.
    const clicked = await page.evaluate(async () => {
      const chip = document.querySelector('.speakers button[aria-pressed]');
      const started = performance.now();
      chip.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return performance.now() - started;
    });
    t.diagnostic(`filter click to next frame: ${clicked.toFixed(0)} ms`);
    assert.ok(clicked < 1_000, `filter click took ${clicked} ms`);
    assertNoProblems(t, problems);
  } finally {
    await s.close();
  }
});

test('a worker whose wasm cannot load: after the start timeout a notice says so and the page works on', async (t) => {
  const s = await open();
  try {
    const { page, url, problems } = s;
    await load(page, url);
    // A corrupt worker wasm: its loader rejects a promise inside the worker, which no event reports.
    await page.route('**/worker_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') }));
    await openDialog(page);
    await page.locator('#open-text').fill('Fares rise: operator\n\nFares will rise in May, the operator said.');
    await page.getByRole('button', { name: /^Analyse/u }).click();
    await page.locator('.busy').waitFor();
    const started = Date.now();
    await page.locator('.notice').filter({ hasText: 'could not start' }).waitFor({ timeout: 40_000 });
    t.diagnostic(`notice after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(await page.locator('.busy progress:visible').count(), 0, 'the progress bar is gone');
    await page.locator('.busy').getByRole('button', { name: 'Try again' }).waitFor();
    // The page works on: the shown article's passages, filters and keys.
    await page.keyboard.press('j');
    await page.locator('[aria-current="location"]').waitFor();
    // The worker's own failure to instantiate reaches the page's error log; that is the fault injected.
    const unexpected = problems.filter((p) => !p.includes('WebAssembly.instantiate'));
    assertNoProblems(t, unexpected);
  } finally {
    await s.close();
  }
});

/** Replaces the worker with `script` (the fault injected) for every worker started from now. */
async function injectWorker(page, script) {
  await page.route('**/worker_loader.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: script }));
}

/** Counts, in the page, the requests it sends to its workers (before `load`). */
async function countWorkerRequests(page) {
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    window.workerRequests = 0;
    Worker.prototype.postMessage = function counted(...args) {
      window.workerRequests += 1;
      return post.apply(this, args);
    };
  });
}

/** Waits, in real time (the page's clock may be fake), until workers have been sent `n` requests. */
async function workerRequested(page, n = 1) {
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate((want) => window.workerRequests >= want, n))) {
    assert.ok(Date.now() < deadline, `workers were not sent ${n} request(s) within 30 s`);
    await new Promise((resolve) => { setTimeout(resolve, 50); });
  }
}

/** Starts analysing a short pasted article; with `busy`, waits for the progress bar. */
async function startAnalysis(page, busy = true) {
  await openDialog(page);
  await page.locator('#open-text').fill('Fares rise: operator\n\nFares will rise in May, the operator said.');
  await page.getByRole('button', { name: /^Analyse/u }).click();
  if (busy) await page.locator('.busy').waitFor();
}

/** The page works on: the shown article's passages and keys, and another article opens. */
async function worksOn(page) {
  await page.keyboard.press('j');
  await page.locator('[aria-current="location"]').waitFor();
}

test('a worker that crashes mid-analysis: a notice says so and the page works on', async (t) => {
  const s = await open();
  try {
    const { page, url, problems } = s;
    await load(page, url);
    // Ready, then an uncaught error on the request: what a crash (or a trap) looks like.
    await injectWorker(page, 'postMessage("ready"); onmessage = () => { throw new Error("injected crash"); };');
    // Not waiting for the progress bar: the crash can end it before the harness looks.
    await startAnalysis(page, false);
    await page.locator('.notice').filter({ hasText: 'The analysis worker failed' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('.busy progress:visible').count(), 0, 'the progress bar is gone');
    // The bar offers to try again, and the page works on meanwhile.
    const retry = page.locator('.busy').getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    assert.match(await page.locator('.busy').innerText(), /The analysis did not finish/u);
    await worksOn(page);
    // Trying again, with a working worker, opens the same pasted text without pasting it anew.
    await page.unroute('**/worker_loader.js');
    await retry.click();
    await waitForHeadline(page, 'Fares rise: operator');
    await page.locator('.busy').waitFor({ state: 'detached' });
    // Opening again also succeeds: the failure left nothing behind.
    await startAnalysis(page, false);
    await waitForHeadline(page, 'Fares rise: operator');
    assertNoProblems(t, problems.filter((p) => !p.includes('injected crash')));
  } finally {
    await s.close();
  }
});

test('a worker that never answers: after the answer timeout a notice says so and the page works on', async (t) => {
  const s = await open();
  try {
    const { page, url, problems } = s;
    await page.clock.install();
    await countWorkerRequests(page);
    await load(page, url);
    await injectWorker(page, 'postMessage("ready"); onmessage = () => {};');
    await startAnalysis(page);
    // The worker must have started (and been sent the request) before the clock skips past the
    // start timeout: on a loaded machine starting it takes real seconds. A pasted article starts
    // two workers, the library's and the analysis's, in either order: both must have their
    // request, or the analysis's may still be starting when the clock skips (its start timeout
    // then fires first: 'could not start', about one run in ten).
    await workerRequested(page, 2);
    // The limit is 2 minutes; the test's clock skips ahead.
    await page.clock.runFor(119_000);
    assert.equal(await page.locator('.busy').count(), 1, 'still analysing before the limit');
    await page.clock.runFor(2_000);
    await page.locator('.notice').filter({ hasText: 'stopped answering' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('.busy progress:visible').count(), 0, 'the progress bar is gone');
    await page.locator('.busy').getByRole('button', { name: 'Try again' }).waitFor();
    await worksOn(page);
    assertNoProblems(t, problems);
  } finally {
    await s.close();
  }
});

test('Cancel stops a long analysis and leaves the shown article working', async (t) => {
  const s = await open();
  try {
    const { page, url, problems } = s;
    await load(page, url);
    const headline = await page.locator('#headline').getAttribute('aria-label');
    await injectWorker(page, 'postMessage("ready"); onmessage = () => {};');
    await startAnalysis(page);
    await page.locator('.busy').getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.busy').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#headline').getAttribute('aria-label'), headline, 'the article shown before stays');
    await worksOn(page);
    assertNoProblems(t, problems);
  } finally {
    await s.close();
  }
});
