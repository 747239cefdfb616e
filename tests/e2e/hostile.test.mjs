// Hostile URL parameters: markup, script URLs, huge values and bad percent-encoding execute
// nothing, inject nothing, leave the article as it is, and are reported with notices. Zero
// console errors and zero CSP violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  open, load, passages, DIST, assertNoProblems,
} from './harness.mjs';

const HUGE = 'a'.repeat(100_000);
let session;
let baseline;

// `expectNotice`: the link is malformed, so a notice must say what was ignored. A well-formed
// search text (however odd) is just searched for.
const CASES = [
  { name: 'script tag in speakers', suffix: '?speakers=<script>alert(1)</script>', expectNotice: true },
  { name: 'markup in the search', suffix: '?q="><img src=x onerror=alert(1)>', query: '"><img src=x onerror=alert(1)>' },
  { name: 'markup in the fragment', suffix: '#p-"><img src=x onerror=alert(1)>', expectNotice: true },
  { name: 'flag-setting markup in speakers', suffix: '?speakers=<img src=x onerror=window.__xss=1>', expectNotice: true },
  { name: 'flag-setting markup in the search', suffix: '?q=<img src=x onerror=window.__xss=1>', query: '<img src=x onerror=window.__xss=1>' },
  { name: 'flag-setting markup in the fragment', suffix: '#p-<img src=x onerror=window.__xss=1>', expectNotice: true },
  { name: 'markup in the at= hint', suffix: '?at=<img src=x onerror=window.__xss=1>#p-zzzzzzzz', expectNotice: true },
  { name: 'javascript: URL as mode', suffix: '?mode=javascript:alert(1)', expectNotice: true, hideMode: true },
  { name: 'bad percent-encoding in the search', suffix: '?q=%E0%A4%', expectNotice: true, query: '' },
  { name: 'bad percent-encoding in speakers', suffix: '?speakers=%E0%A4%', expectNotice: true },
  { name: '100 kB search value', suffix: `?q=${HUGE}`, expectNotice: true, query: '' },
  { name: '100 kB speakers value', suffix: `?speakers=${HUGE}`, expectNotice: true },
  { name: '100 kB fragment', suffix: `#p-${HUGE}`, expectNotice: true },
  { name: 'everything at once', suffix: `?speakers=<script>x</script>,%E0%A4%&mode=javascript:alert(1)&q=%E0%A4%&v=<b>2</b>#p-"><svg onload=alert(1)>`, expectNotice: true, hideMode: true },
];

before(async () => {
  session = await open();
  const { page, url } = session;
  // The test server (like many) refuses request lines over 16 KB; the 100 kB query values are
  // about what the page does with location.search, so those documents are served from here.
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  await page.route((u) => u.search.length > 8_000, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await load(page, url);
  baseline = {
    passages: await passages(page),
    h1: (await page.locator('h1').innerText()).trim(),
    scripts: await page.$$eval('script', (n) => n.length),
  };
});
after(async () => { await session?.close(); });

for (const c of CASES) {
  test(`hostile URL: ${c.name}`, async (t) => {
    const { page, url, problems } = session;
    await page.goto('about:blank');
    await load(page, `${url}${c.suffix}`);
    const state = await page.evaluate(() => ({
      injectedImg: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      svgOnload: document.querySelectorAll('[onload], [onerror]').length,
      flag: window.__xss,
      fatal: document.querySelectorAll('.fatal').length,
      csp: window.__aeCsp.slice(),
    }));
    assert.equal(state.injectedImg, 0, 'no <img src=x> in the DOM');
    assert.equal(state.images, 0, 'no image elements at all');
    assert.equal(state.svgOnload, 0, 'no element carries an event-handler attribute');
    assert.equal(state.scripts, baseline.scripts, 'no script element added');
    assert.equal(state.flag, undefined, 'the onerror flag stays unset');
    assert.equal(state.fatal, 0, 'no crash screen');
    assert.deepEqual(state.csp, [], 'no CSP violation');
    // The article renders normally, with no filter.
    const now = await passages(page);
    assert.deepEqual(now.map((p) => p.id), baseline.passages.map((p) => p.id), 'the same passages');
    assert.deepEqual(now.filter((p) => p.hidden).map((p) => p.id), [], 'nothing is filtered out');
    assert.equal((await page.locator('h1').innerText()).trim(), baseline.h1, 'the same headline');
    assert.equal(await page.locator('[aria-current="location"]').count(), 0, 'no target passage');
    assert.equal(await page.locator('button.speaker-toggle[aria-pressed="true"]').count(), 0, 'no speaker selected');
    if (c.hideMode) {
      assert.ok(await page.getByRole('radio', { name: 'Hide others' }).isChecked(), 'the mode stays "hide"');
    }
    if (c.query !== undefined) {
      assert.equal(await page.locator('#search').inputValue(), c.query, 'the search box holds the value as plain text');
    }
    const notices = await page.$$eval('.notice', (nodes) => nodes.filter((n) => n.checkVisibility())
      .map((n) => n.textContent.replace(/\s+/gu, ' ').trim()));
    if (c.expectNotice) {
      assert.ok(notices.length > 0, 'a notice says what was ignored');
      assert.ok(notices.every((n) => n.length < 400), `notices stay short: ${notices.map((n) => n.length)}`);
    }
    // Notices and the search box show the values as text: nothing parsed as markup.
    assert.equal(await page.locator('.notices img, .notices script, .notices svg').count(), 0, 'notices hold text only');
    assertNoProblems(t, problems);
  });
}

// Issue 14, finding 7: 30,000 repeated `speakers=` parameters with distinct names (a 500 kB URL)
// once gave long tasks of 13.6 s and 5.6 s. They are read in linear time and capped
// (`link::MAX_SPEAKERS`); the page reads the URL twice at start (what to open, then the explorer
// adopting it), both capped.
test('hostile URL: 30,000 repeated speakers= parameters are capped, with a notice and no long stall', async (t) => {
  const { page, url, problems } = session;
  const names = Array.from({ length: 30_000 }, (_, i) => `speakers=speaker-${i.toString(36).padStart(4, '0')}`).join('&');
  await page.goto('about:blank');
  await page.addInitScript(() => {
    window.__aeTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__aeTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await load(page, `${url}?${names}`);
  const tasks = await page.evaluate(() => window.__aeTasks.slice());
  const longest = Math.max(0, ...tasks);
  t.diagnostic(`URL of ${Math.round(names.length / 1000)} kB: ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms`);
  const notices = await page.$$eval('.notice', (nodes) => nodes.map((n) => n.textContent));
  assert.ok(notices.some((n) => /unknown speaker|only the first/u.test(n)), `a notice says what was ignored: ${notices}`);
  assert.deepEqual((await passages(page)).map((p) => p.id), baseline.passages.map((p) => p.id), 'the same passages');
  // Generous for a loaded machine: the defect was 13.6 s.
  assert.ok(longest < 2_000, `longest task ${longest} ms`);
  assertNoProblems(t, problems);
});
