// "Who says what about whom" (issue 12): the statements table the worker renders, its cells as
// filters and URL state (view, from, to), Back and Forward, the narrow-screen list, the evidence
// line of a chosen passage, the rebuttal link, and axe on the view. What the bundled article's
// statements are is read from the page (passage text and `data-speakers`), not from a copy of
// the analysis.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  open, load, settle, passages, waitForCurrent, axeSource, assertNoProblems, ROOT, ARTIFACTS,
} from './harness.mjs';

let session;
before(async () => { session = await open(); });
after(async () => { await session?.close(); });

const TABLE = 'table.statements-table';

/** Opens the table from the bar and waits for the worker's answer. */
async function openTable(page) {
  await page.getByRole('button', { name: 'Who says what about whom' }).click();
  await page.waitForSelector(TABLE, { timeout: 20_000 });
  await settle(page);
}

/** The table's cell button for `from` → `to`. */
const cell = (page, from, to) => page.locator(`${TABLE} button.cell[data-from="${from}"][data-to="${to}"]`);

/** Taps the passage's first line (an inline passage's box can start over the one before it). */
async function tapPassage(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  const box = await page.$eval(`#${id}`, (node) => {
    const rect = node.getClientRects()[0];
    return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

async function shown(page) {
  return (await passages(page)).filter((p) => !p.hidden);
}

test('the statements table has its accessible name, row and column headers, and URL state', async (t) => {
  const { page, url } = session;
  await load(page, url);
  await openTable(page);
  const table = page.getByRole('table', { name: /Who says what about whom/u });
  assert.equal(await table.count(), 1, 'one table named "Who says what about whom"');
  const columns = await page.$$eval(`${TABLE} thead th[scope="col"]`, (n) => n.map((e) => e.textContent));
  const rows = await page.$$eval(`${TABLE} tbody th[scope="row"]`, (n) => n.map((e) => e.textContent));
  t.diagnostic(`rows: ${rows.join(' | ')}; columns: ${columns.join(' | ')}`);
  assert.ok(columns.includes('China'), `China is a column: ${columns}`);
  assert.ok(rows.includes('NATO') && rows.includes('European Union'), `NATO and the EU are rows: ${rows}`);
  // Each stance is a word, not only a colour.
  const words = await page.$$eval(`${TABLE} .stance`, (n) => n.map((e) => e.textContent));
  assert.ok(words.length > 0 && words.every((w) => /^(accuses|denies|says|urges|warns|supports|announces) \(\d+\)$/u.test(w)), `stance words: ${words}`);
  assert.match(new URL(page.url()).search, /view=statements/u);
  // No statement targets its own speaker.
  const selfCells = await page.$$eval(`${TABLE} button.cell`, (n) => n.filter((b) => b.dataset.from === b.dataset.to).length);
  assert.equal(selfCells, 0, 'a speaker as its own target');
  assertNoProblems(t, session.problems);
});

test('the worker starts without console warnings', async (t) => {
  const s = await open();
  try {
    const warnings = [];
    s.page.on('console', (m) => { if (m.type() === 'warning' && /deprecated/u.test(m.text())) warnings.push(m.text()); });
    await load(s.page, `${s.url}?view=statements`);
    await s.page.waitForSelector(TABLE, { timeout: 20_000 });
    await settle(s.page);
    assert.deepEqual(warnings, []);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('choosing NATO → China shows exactly those statements, writes the URL, and survives reload, Back and Forward', async (t) => {
  const { page, url } = session;
  await load(page, url);
  await openTable(page);
  const all = await passages(page);
  await cell(page, 'nato', 'china').click();
  await page.waitForFunction(() => /from=nato/u.test(window.location.search));
  await settle(page);
  const visible = await shown(page);
  t.diagnostic(`shown: ${visible.map((p) => p.text.slice(0, 60)).join(' | ')}`);
  assert.ok(visible.length >= 1, 'some passage is shown');
  for (const p of visible) {
    assert.ok(p.speakers.includes('nato'), `a shown passage is NATO's: ${p.text}`);
    assert.match(p.text, /China/u, `a shown passage is about China: ${p.text}`);
  }
  // Every passage NATO speaks about China is shown (here: the one naming China).
  const natoChina = all.filter((p) => p.speakers.includes('nato') && /China/u.test(p.text));
  assert.deepEqual(visible.map((p) => p.id), natoChina.map((p) => p.id));
  const search = new URL(page.url()).search;
  assert.match(search, /view=statements/u);
  assert.match(search, /from=nato&to=china/u);
  const status = await page.locator('#status').textContent();
  assert.match(status, /NATO → China: accuses \(1\)/u);

  // The link reopens the same selection in a fresh tab.
  const other = await session.newPage();
  await load(other, page.url());
  await other.waitForSelector(TABLE, { timeout: 20_000 });
  await other.waitForFunction(() => [...document.querySelectorAll('.article .passage')].some((n) => getComputedStyle(n).display === 'none'));
  assert.deepEqual((await shown(other)).map((p) => p.id), natoChina.map((p) => p.id));
  await other.close();

  // Back drops the cell (the table stays open); Forward brings it back.
  await page.goBack();
  await page.waitForFunction(() => !/from=/u.test(window.location.search));
  await settle(page);
  assert.equal((await shown(page)).length, all.length, 'Back shows the whole article again');
  await page.goForward();
  await page.waitForFunction(() => /from=nato/u.test(window.location.search));
  await settle(page);
  assert.deepEqual((await shown(page)).map((p) => p.id), natoChina.map((p) => p.id));
  // Closing the table drops the cell too.
  await page.getByRole('button', { name: 'Close who says what about whom' }).click();
  await page.waitForFunction(() => !/view=/u.test(window.location.search));
  await settle(page);
  assert.equal((await shown(page)).length, all.length);
  assertNoProblems(t, session.problems);
});

test('a cell is chosen from the keyboard with Enter', async (t) => {
  const { page, url } = session;
  await load(page, url);
  await openTable(page);
  await cell(page, 'european-union', 'china').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /from=european-union&to=china/u.test(window.location.search));
  await settle(page);
  const visible = await shown(page);
  assert.ok(visible.length >= 1);
  for (const p of visible) assert.ok(p.speakers.includes('european-union'), p.text);
  // The focus stays on the cell, and the status line says what is shown.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.to), 'china');
  assert.match(await page.locator('#status').textContent(), /European Union → China: accuses/u);
  assertNoProblems(t, session.problems);
});

test('a chosen passage explains its attribution, and a rebuttal links to the statement it answers', async (t) => {
  const { page, url } = session;
  await load(page, url);
  const all = await passages(page);
  const nato = all.find((p) => p.speakers.includes('nato') && /accused China/u.test(p.text));
  assert.ok(nato, 'NATO\'s accusation is in the article');
  await tapPassage(page, nato.id);
  await waitForCurrent(page, nato.id);
  const why = page.locator('#why-now');
  await page.waitForFunction(() => document.querySelector('#why-now')?.textContent.trim().length > 0, null, { timeout: 20_000 });
  const line = (await why.textContent()).replace(/\s+/gu, ' ');
  t.diagnostic(`evidence: ${line}`);
  assert.match(line, /NATO · accuses · China — from “accused” in this sentence/u);
  // The cue and the mention that names the speaker are marked in the passage itself.
  await page.waitForSelector(`#${nato.id} mark.cue`);
  const marked = await page.$$eval(`#${nato.id} mark.cue`, (n) => n.map((e) => e.textContent));
  assert.deepEqual(marked.sort(), ['NATO', 'accused']);
  // Screen readers get it as the passage's description.
  assert.equal(await page.locator(`#${nato.id}`).getAttribute('aria-describedby'), 'why-now');

  // The Mission's rebuttal ("slammed EU and NATO") answers NATO's statement.
  const rebuttal = all.find((p) => /slammed/u.test(p.text) && p.speakers.length > 0);
  assert.ok(rebuttal, 'the rebuttal is in the article');
  await tapPassage(page, rebuttal.id);
  await waitForCurrent(page, rebuttal.id);
  await page.waitForFunction(() => /Answers:/u.test(document.querySelector('#why-now')?.textContent || ''));
  const answer = page.locator('#why-now .answers a', { hasText: 'NATO' });
  assert.equal(await answer.count(), 1, 'one link to NATO\'s statement');
  await answer.click();
  await waitForCurrent(page, nato.id);
  assert.equal(await page.locator(`#${nato.id}`).getAttribute('aria-current'), 'location');
  assertNoProblems(t, session.problems);
});

test('"By speaker" groups the passages under each speaker, most first, and links back into the article', async (t) => {
  const { page, url } = session;
  await load(page, url);
  const all = await passages(page);
  await page.getByRole('button', { name: 'By speaker' }).click();
  await page.waitForSelector('.speaker-group', { timeout: 20_000 });
  await settle(page);
  assert.match(new URL(page.url()).search, /view=transcript/u);
  assert.equal(await page.locator('.reading').isVisible(), false, 'the transcript replaces the article');
  const groups = await page.$$eval('.speaker-group', (n) => n.map((g) => ({
    name: g.querySelector('h2').textContent,
    share: g.querySelector('.share').textContent,
    links: [...g.querySelectorAll('a[data-p]')].map((a) => a.dataset.p),
  })));
  t.diagnostic(groups.map((g) => `${g.name}: ${g.share}`).join(' | '));
  // Most words first, each speaker once, every spoken passage listed under its speakers.
  const shares = groups.map((g) => Number(g.share.match(/^(\d+)%/u)[1]));
  assert.deepEqual([...shares].sort((a, b) => b - a), shares, 'sorted by share');
  assert.equal(new Set(groups.map((g) => g.name)).size, groups.length);
  const listed = new Set(groups.flatMap((g) => g.links.map((id) => `p-${id}`)));
  for (const p of all.filter((p) => p.speakers.length > 0)) assert.ok(listed.has(p.id), `${p.id} is listed`);
  const nato = groups.find((g) => g.name === 'NATO');
  assert.ok(nato && nato.links.length === 1, 'NATO has its one passage');
  // A passage link opens the article there; Back returns to the transcript.
  await page.locator(`.speaker-group a[data-p="${nato.links[0]}"]`).click();
  await waitForCurrent(page, `p-${nato.links[0]}`);
  assert.doesNotMatch(new URL(page.url()).search, /view=/u);
  assert.equal(await page.locator('.reading').isVisible(), true);
  await page.goBack();
  await page.waitForSelector('.speaker-group', { state: 'attached', timeout: 10_000 });
  assert.match(new URL(page.url()).search, /view=transcript/u);
  // The search box filters the speakers by name.
  await page.getByRole('searchbox', { name: 'Filter speakers by name' }).fill('nato');
  await settle(page);
  const shown = await page.$$eval('.speaker-group', (n) => n.filter((g) => g.checkVisibility()).map((g) => g.querySelector('h2').textContent));
  assert.deepEqual(shown, ['NATO']);
  // And the link keeps it: "everything NATO said in this article".
  const other = await session.newPage();
  await load(other, page.url());
  await other.waitForSelector('.speaker-group', { state: 'attached', timeout: 20_000 });
  await settle(other);
  const reopened = await other.$$eval('.speaker-group', (n) => n.filter((g) => g.checkVisibility()).map((g) => g.querySelector('h2').textContent));
  assert.deepEqual(reopened, ['NATO']);
  await other.close();
  assertNoProblems(t, session.problems);
});

test('"By speaker" on an article with over 12 speakers points to the filter, which narrows the list', async (t) => {
  const s = await open();
  try {
    const { page, url } = s;
    // Our generator's article of 2,000 sentences has over 20 speakers.
    const text = execFileSync('cargo', ['run', '--quiet', '--bin', 'explore', '--', 'gen', '--sentences', '2000', '--seed', '7'], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    await load(page, url);
    await page.getByRole('button', { name: /^Open article/u }).click();
    await page.locator('#open-text').fill(text);
    await page.getByRole('button', { name: /^Analyse/u }).click();
    await page.waitForFunction(() => !document.querySelector('.busy') && !document.querySelector('.app.preview')
      && document.querySelectorAll('.speaker-toggle').length > 13, null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'By speaker' }).click();
    await page.waitForSelector('.speaker-group', { timeout: 30_000 });
    await settle(page);
    const names = await page.$$eval('.speaker-group h2', (n) => n.map((e) => e.textContent));
    t.diagnostic(`${names.length} speakers in the transcript`);
    assert.ok(names.length > 12, `${names.length} speakers`);
    assert.match(await page.locator('#statements').textContent(), new RegExp(`${names.length} speakers: type part of a name`, 'u'));
    await page.screenshot({ path: join(ARTIFACTS, 'many-speakers-transcript.png') });
    // The link of an opened article keeps the view (version 2, in the fragment).
    assert.match(page.url(), /#v=2&.*view=transcript/u);
    const word = names[names.length - 1].split(/\s+/u).find((w) => w.length > 3) || names[names.length - 1];
    await page.getByRole('searchbox', { name: 'Filter speakers by name' }).fill(word);
    await settle(page);
    const shown = await page.$$eval('.speaker-group', (n) => n.filter((g) => g.checkVisibility()).map((g) => g.querySelector('h2').textContent));
    assert.ok(shown.length >= 1 && shown.length < names.length, `filtered to ${shown.length} of ${names.length}`);
    for (const name of shown) assert.ok(name.toLowerCase().includes(word.toLowerCase()), `${name} holds ${word}`);
    assertNoProblems(t, s.problems);
  } finally {
    await s.close();
  }
});

test('on a phone the table is a readable list', async (t) => {
  const phone = await open({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  try {
    await load(phone.page, `${phone.url}?view=statements`);
    await phone.page.waitForSelector('.statements-list', { timeout: 20_000 });
    await settle(phone.page);
    assert.equal(await phone.page.locator(TABLE).isVisible(), false, 'the table is not shown at 360 px');
    const items = await phone.page.$$eval('.statements-list li', (n) => n.map((e) => e.textContent.replace(/\s+/gu, ' ').trim()));
    t.diagnostic(`list: ${items.join(' | ')}`);
    assert.ok(items.includes('NATO → China: accuses (1)'), `list items: ${items}`);
    assertNoProblems(t, phone.problems);
  } finally {
    await phone.close();
  }
});

for (const theme of ['light', 'dark']) {
  for (const [size, viewport] of [['1280 px', { width: 1280, height: 900 }], ['360 px', { width: 360, height: 740 }]]) {
    for (const [view, query, ready] of [['statements', '?view=statements&from=nato&to=china', '.statements-list'], ['by-speaker', '?view=transcript', '.speaker-group']]) test(`axe: no violations on the ${view} view, ${theme}, ${size}`, async (t) => {
      const s = await open({ colorScheme: theme, viewport });
      try {
        await load(s.page, `${s.url}${query}`);
        await s.page.waitForSelector(ready, { state: 'attached', timeout: 20_000 });
        await settle(s.page);
        await s.page.evaluate(`${await axeSource()}\n;void 0`);
        const violations = await s.page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const result = await axe.run(document, { resultTypes: ['violations'] });
          if (result.passes.length < 10) throw new Error('axe ran too few rules');
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, []);
        assertNoProblems(t, s.problems);
      } finally {
        await s.close();
      }
    });
  }
}
