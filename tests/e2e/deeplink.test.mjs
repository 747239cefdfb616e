// Deep links `#p-<id>`: scroll clear of the sticky bar, highlight (aria-current), focus; a target
// whose speaker is filtered out is shown anyway; the `at=` hint re-anchors a stale id; a link to
// a passage that is gone shows a dismissible notice instead of jumping silently.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  open, load, passages, placement, scrollSettled, waitForCurrent, currentId, hintWords, show, assertNoProblems, knownAppBug,
} from './harness.mjs';

const NOT_HERE = 'This link points to a passage that is not in this article';
let session;
let all = [];

before(async () => {
  session = await open();
  await load(session.page, session.url);
  all = await passages(session.page);
  assert.ok(all.length >= 10, `the bundled article has passages (${all.length})`);
});
after(async () => { await session?.close(); });

/** Opens `url` as a new document (not a same-document fragment change). */
async function fresh(page, url) {
  await page.goto('about:blank');
  await load(page, url);
}

/** A spoken passage well down the article, so that opening it has to scroll. */
function laterPassage(predicate = () => true) {
  const start = Math.floor(all.length * 0.6);
  const pick = all.slice(start).find(predicate) || all.slice(1).reverse().find(predicate);
  assert.ok(pick, 'a suitable passage exists');
  return pick;
}

/** A passage whose six hint words are shared by no other passage, well down the article. */
function anchorablePassage() {
  const key = (p) => hintWords(p.text).join('-');
  const unique = (p) => hintWords(p.text).length >= 4 && all.filter((q) => key(q) === key(p)).length === 1;
  return laterPassage(unique);
}

async function assertScrolledHighlightedFocused(page, id, what) {
  await waitForCurrent(page, id);
  await scrollSettled(page);
  const where = await placement(page, id);
  assert.ok(where.inViewport, `${what}: #${id} is in the viewport ${JSON.stringify(where)}`);
  assert.ok(where.belowBar, `${what}: #${id} starts below the sticky .app-bar ${JSON.stringify(where)}`);
  assert.ok(where.topUncovered, `${what}: the top of #${id} is not covered (hit ${where.hit}) ${JSON.stringify(where)}`);
  assert.ok(where.scrollY > 0, `${what}: the page scrolled to #${id} (scrollY ${where.scrollY})`);
  await page.waitForFunction((pid) => document.activeElement?.id === pid, id, { timeout: 5_000 })
    .catch(() => {});
  const active = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  assert.equal(active, id, `${what}: focus moved to the passage`);
  const display = await page.$eval(`#${id}`, (n) => getComputedStyle(n).display);
  assert.notEqual(display, 'none', `${what}: the target is displayed`);
}

/** Visible notices (not the target bar), as text. */
async function notices(page) {
  return page.$$eval('.notice:not(.target-bar)', (nodes) =>
    nodes.filter((n) => n.checkVisibility()).map((n) => n.textContent.replace(/\s+/gu, ' ').trim()));
}

test('#p-<id> scrolls the passage clear of the sticky bar, highlights and focuses it', async (t) => {
  const { page, url, problems } = session;
  const target = laterPassage();
  await fresh(page, `${url}#p-${target.id.slice(2)}`);
  await assertScrolledHighlightedFocused(page, target.id, 'deep link');
  assert.equal(await page.$eval(`#${target.id}`, (n) => n.getAttribute('aria-current')), 'location');
  assert.equal((await passages(page)).filter((p) => p.current).length, 1, 'exactly one target');
  assert.deepEqual(await notices(page), [], 'a valid link shows no warning notice');
  assertNoProblems(t, problems);
});

test('a target whose speaker is filtered out is still displayed, and the page says so', async (t) => {
  const { page, url, problems } = session;
  const target = laterPassage((p) => p.speakers.length > 0);
  await fresh(page, `${url}?speakers=narrator#p-${target.id.slice(2)}`);
  await assertScrolledHighlightedFocused(page, target.id, 'filtered-out target');
  const now = await passages(page);
  const others = now.filter((p) => p.id !== target.id && p.speakers.length > 0);
  assert.ok(others.length > 0 && others.every((p) => p.hidden), 'the filter still hides the other spoken passages');
  const bar = await page.$$eval('.notice', (nodes) => nodes.filter((n) => n.checkVisibility())
    .map((n) => n.textContent.replace(/\s+/gu, ' ').trim()).join(' | '));
  assert.match(bar, /filtered out/iu, `a visible notice says the target's speaker is filtered out: "${bar}"`);
  assertNoProblems(t, problems);
});

test('a stale id with an at= hint re-anchors to the passage whose first words match, with a notice', async (t) => {
  const { page, url, problems } = session;
  const target = anchorablePassage();
  const words = hintWords(target.text);
  assert.equal(await page.$$eval('#p-zzzzzzzz', (n) => n.length), 0, 'p-zzzzzzzz is not a real id');
  await fresh(page, `${url}?at=${words.join('-')}#p-zzzzzzzz`);
  await assertScrolledHighlightedFocused(page, target.id, 're-anchored link');
  const shown = await notices(page);
  assert.ok(shown.length > 0, 'a notice tells the reader the link was re-anchored');
  assert.ok(!shown.some((n) => n.includes(NOT_HERE)), `not the "not in this article" notice: ${shown}`);
  assertNoProblems(t, problems);
});

test('the hint still re-anchors after an edit changed the passage\'s last hint words', async (t) => {
  const { page, url, problems } = session;
  const target = all.slice(Math.floor(all.length * 0.5)).find((p) => {
    const w = hintWords(p.text);
    if (w.length < 6) return false;
    // Unique on its first four words, so that the edited hint points at it alone.
    return all.filter((q) => hintWords(q.text).slice(0, 4).join('-') === w.slice(0, 4).join('-')).length === 1;
  });
  assert.ok(target, 'a passage with six hint words, unique on its first four');
  const edited = [...hintWords(target.text).slice(0, 4), 'qqqq', 'xxxx'];
  await fresh(page, `${url}?at=${edited.join('-')}#p-zzzzzzzz`);
  await assertScrolledHighlightedFocused(page, target.id, 'edited hint');
  assert.ok((await notices(page)).length > 0, 'a notice tells the reader the link was re-anchored');
  assertNoProblems(t, problems);
});

test('a stale id whose hint matches nothing shows a dismissible notice and does not jump', async (t) => {
  const { page, url, problems } = session;
  for (const link of [`${url}?at=qqqq-xxxx-wwww-zzzz#p-zzzzzzzz`, `${url}#p-zzzzzzzz`]) {
    await fresh(page, link);
    await page.waitForSelector(`.notice:has-text("${NOT_HERE}")`);
    await scrollSettled(page);
    assert.equal(await currentId(page), null, `${link}: no passage is marked as the target`);
    const notice = page.locator('.notice', { hasText: NOT_HERE });
    assert.equal(await notice.count(), 1, `${link}: one "${NOT_HERE}" notice`);
    const box = await notice.boundingBox();
    const height = await page.evaluate(() => innerHeight);
    assert.ok(box && box.y >= 0 && box.y + box.height <= height, `${link}: the notice is in the viewport (${JSON.stringify(box)})`);
    assert.equal(await page.evaluate(() => scrollY), 0, `${link}: the page did not jump`);
    const dismiss = notice.getByRole('button');
    assert.equal(await dismiss.count(), 1, 'the notice has a dismiss button');
    assert.match(await dismiss.evaluate((b) => b.getAttribute('aria-label') || b.textContent), /dismiss|close/iu);
    await dismiss.click();
    await page.waitForSelector(`.notice:has-text("${NOT_HERE}")`, { state: 'detached' });
    assertNoProblems(t, problems);
  }
});
