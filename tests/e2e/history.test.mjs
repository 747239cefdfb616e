// Back/Forward: user jumps (`j`, a click on the speaker strip, Enter in the search box) push
// history entries; Back and Forward move the target passage (aria-current) accordingly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  open, load, settle, passages, waitForCurrent, currentId, show, assertNoProblems,
} from './harness.mjs';

let session;

before(async () => { session = await open(); });
after(async () => { await session?.close(); });

const historyLength = (page) => page.evaluate(() => history.length);

async function assertAt(page, id, what) {
  await waitForCurrent(page, id).catch(() => {});
  assert.equal(await currentId(page), id, `${what}: aria-current is on ${id}`);
  const hash = new URL(page.url()).hash;
  assert.equal(hash, id ? `#${id}` : '', `${what}: the URL's fragment follows`);
}

test('j, a strip click and Enter in the search push entries; Back and Forward retrace them', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const all = await passages(page);
  const total = all.length;
  const start = await historyLength(page);
  const visited = [null];

  // 1 and 2: `j` twice.
  await page.keyboard.press('j');
  await waitForCurrent(page, all[0].id);
  visited.push(all[0].id);
  await page.keyboard.press('j');
  await waitForCurrent(page, all[1].id);
  visited.push(all[1].id);
  await settle(page);
  assert.equal(await historyLength(page), start + 2, 'each `j` pushed one entry');

  // 3: a click on the speaker strip, in the slot of a passage well down the article.
  const strip = page.locator('svg.strip');
  const box = await strip.boundingBox();
  assert.ok(box && box.height > 0, 'the speaker strip is displayed');
  const k = Math.floor(total * 0.8);
  await strip.click({ position: { x: box.width / 2, y: ((k + 0.5) / total) * box.height } });
  await page.waitForFunction((before) => {
    const now = document.querySelector('[aria-current="location"]');
    return now && now.id !== before;
  }, all[1].id);
  const struck = await currentId(page);
  assert.equal(struck, all[k].id, `clicked the slot of passage ${k} (${all[k].id}), landed on passage ${all.findIndex((p) => p.id === struck)}`);
  visited.push(struck);
  await settle(page);
  assert.equal(await historyLength(page), start + 3, 'the strip click pushed one entry');

  // 4: Enter in the search box jumps to the next match after the target (or the first).
  // A word whose next match (after the target, else the first) is another passage.
  const at = all.findIndex((p) => p.id === struck);
  const nextMatch = (w) => {
    const matches = all.flatMap((p, i) => (p.text.toLowerCase().includes(w.toLowerCase()) ? [i] : []));
    return matches.find((i) => i > at) ?? matches[0];
  };
  const word = all.slice(2, Math.floor(total * 0.5))
    .flatMap((p) => p.text.split(/[^\p{L}]+/u))
    .find((w) => w.length >= 6 && nextMatch(w) !== at);
  assert.ok(word, 'a word to search for');
  const expected = nextMatch(word);
  await page.locator('#search').fill(word);
  await page.waitForFunction((w) => new URL(location.href).searchParams.get('q') === w, word);
  assert.equal(await historyLength(page), start + 3, 'typing a search replaces the entry');
  await page.locator('#search').press('Enter');
  await waitForCurrent(page, all[expected].id);
  visited.push(all[expected].id);
  await settle(page);
  assert.equal(await historyLength(page), start + 4, 'Enter in the search pushed one entry');
  assert.notEqual(visited[4], visited[3], 'the search jump went somewhere else');

  // Back through every entry, then Forward again.
  for (let i = visited.length - 2; i >= 0; i -= 1) {
    await page.goBack();
    await assertAt(page, visited[i], `Back to entry ${i}`);
  }
  for (let i = 1; i < visited.length; i += 1) {
    await page.goForward();
    await assertAt(page, visited[i], `Forward to entry ${i}`);
  }
  assertNoProblems(t, problems);
});

test('Back restores the filter of the entry along with its target', async (t) => {
  const { page, url, problems } = session;
  await page.goto('about:blank');
  await load(page, `${url}?speakers=narrator`);
  const shown = (await passages(page)).filter((p) => !p.hidden);
  assert.ok(shown.length >= 2, 'the narrator has passages');
  await page.keyboard.press('j');
  await waitForCurrent(page, shown[0].id);
  await page.keyboard.press('j');
  await waitForCurrent(page, shown[1].id);
  await page.goBack();
  await assertAt(page, shown[0].id, 'Back');
  assert.equal(new URL(page.url()).searchParams.get('speakers'), 'narrator', 'the filter stays in the URL');
  const now = await passages(page);
  assert.deepEqual(now.filter((p) => !p.hidden).map((p) => p.id), shown.map((p) => p.id), 'the filter is still applied');
  assertNoProblems(t, problems);
});
