// Copy link: the per-passage button writes the full URL (filters + at= hint + #p-<id>) to the
// clipboard with visible, announced feedback; when the Clipboard API refuses, a selected field
// shows the URL; the copied URL opens the same passage with the same filters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  open, load, ready, passages, speakerToggles, hintWords, waitForCurrent, scrollSettled, placement, show, assertNoProblems, knownAppBug,
} from './harness.mjs';

let session;
let fallback;

before(async () => {
  session = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  // The same page where the Clipboard API refuses to write.
  fallback = await open({
    initScripts: [() => {
      Object.defineProperty(Clipboard.prototype, 'writeText', {
        configurable: true,
        value() { return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')); },
      });
    }],
  });
});
after(async () => {
  await session?.close();
  await fallback?.close();
});

/** A slug that selects some but not all passages, and a displayed passage of it well down. */
async function filteredSetup(page, url, extra = '') {
  await load(page, url);
  const all = await passages(page);
  const counts = new Map();
  for (const p of all) for (const s of p.speakers) counts.set(s, (counts.get(s) || 0) + 1);
  const slug = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  await load(page, `${url}?speakers=${slug}${extra}`);
  const now = await passages(page);
  const shown = now.filter((p) => !p.hidden);
  const target = shown[Math.floor(shown.length * 0.6)];
  assert.ok(target && target.speakers.includes(slug), 'a displayed passage of the selected speaker');
  return { slug, target, now };
}

async function clickCopy(page, id) {
  const button = page.locator(`#${id}`).getByRole('button', { name: /^Copy link/u });
  assert.equal(await button.count(), 1, `#${id} has one "Copy link…" button`);
  await page.locator(`#${id}`).hover();
  await button.click();
}

/** Checks that `copied` is this page's URL state plus `at=` and `#p-<id>` for `target`. */
function assertLinkTo(copied, pageUrl, target, what) {
  const link = new URL(copied);
  const here = new URL(pageUrl);
  assert.equal(`${link.origin}${link.pathname}`, `${here.origin}${here.pathname}`, `${what}: same page`);
  assert.equal(link.hash, `#${target.id}`, `${what}: fragment is the passage id`);
  for (const [name, value] of here.searchParams) {
    if (name === 'at') continue;
    assert.equal(link.searchParams.get(name), value, `${what}: carries the current ${name}=`);
  }
  assert.equal(link.searchParams.get('at'), hintWords(target.text).join('-'), `${what}: at= holds the passage's first words`);
}

test('every passage has a copy button whose accessible name starts with "Copy link"', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const n = (await passages(page)).length;
  assert.equal(await page.locator('.article .passage').getByRole('button', { name: /^Copy link/u }).count(), n);
  assertNoProblems(t, problems);
});

let copiedUrl;
let copiedTarget;
let copiedState;

test('the copy button writes the full URL to the clipboard and says "Link copied"', async (t) => {
  const { page, url, problems } = session;
  const { target } = await filteredSetup(page, url);
  await clickCopy(page, target.id);
  const status = page.getByRole('status').filter({ hasText: 'Link copied' });
  await status.waitFor({ state: 'visible' });
  assert.ok(await status.isVisible(), '"Link copied" is visible in a role=status region');
  const live = await status.evaluate((n) => n.closest('[aria-live]')?.getAttribute('aria-live') || n.getAttribute('aria-live'));
  assert.ok(live === 'polite' || live === 'assertive' || live === null, 'announced');
  copiedUrl = await page.evaluate(() => navigator.clipboard.readText());
  assertLinkTo(copiedUrl, page.url(), target, 'clipboard');
  copiedTarget = target;
  copiedState = {
    pressed: (await speakerToggles(page)).map((x) => x.pressed),
    hidden: (await passages(page)).map((p) => [p.id, p.id === target.id ? false : p.hidden]),
  };
  assertNoProblems(t, problems);
});

test('the copied URL opens the same passage with the same filters in a new page', async (t) => {
  const { problems } = session;
  assert.ok(copiedUrl, 'the previous test copied a URL');
  const other = await session.newPage();
  try {
    await load(other, copiedUrl);
    await waitForCurrent(other, copiedTarget.id);
    await scrollSettled(other);
    const where = await placement(other, copiedTarget.id);
    assert.ok(where.inViewport && where.belowBar, `the passage is in view ${JSON.stringify(where)}`);
    assert.deepEqual((await speakerToggles(other)).map((x) => x.pressed), copiedState.pressed, 'same speakers selected');
    assert.deepEqual((await passages(other)).map((p) => [p.id, p.hidden]), copiedState.hidden, 'same passages hidden');
  } finally {
    await other.close();
  }
  assertNoProblems(t, problems);
});

test('dim mode and the search travel in the copied link too', async (t) => {
  const { page, url, problems } = session;
  const { target } = await filteredSetup(page, url, '&mode=dim');
  const word = target.text.split(/[^\p{L}]+/u).filter((w) => w.length >= 5)[0] || target.text.split(/\s+/u)[0];
  await page.locator('#search').fill(word);
  await page.waitForFunction((w) => new URL(location.href).searchParams.get('q') === w, word);
  await clickCopy(page, target.id);
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assertLinkTo(copied, page.url(), target, 'clipboard (dim + search)');
  assert.equal(new URL(copied).searchParams.get('mode'), 'dim');
  assert.equal(new URL(copied).searchParams.get('q'), word);
  const other = await session.newPage();
  try {
    await load(other, copied);
    await waitForCurrent(other, target.id);
    assert.equal(await other.locator('#search').inputValue(), word, 'the search is restored');
    assert.ok(await other.getByRole('radio', { name: 'Dim others' }).isChecked(), 'dim mode is restored');
  } finally {
    await other.close();
  }
  assertNoProblems(t, problems);
});

test('when the Clipboard API refuses, a selected field shows the URL', async (t) => {
  const { page, url, problems } = fallback;
  const { target } = await filteredSetup(page, url);
  await clickCopy(page, target.id);
  const field = page.locator('#copy-fallback');
  await field.waitFor({ state: 'visible' });
  const value = await field.inputValue();
  assertLinkTo(value, page.url(), target, 'fallback field');
  await page.waitForFunction(() => {
    const input = document.getElementById('copy-fallback');
    return document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length;
  }, null, { timeout: 5_000 });
  assert.equal(await field.evaluate((n) => n.readOnly || !n.disabled), true, 'the field is selectable');
  assert.equal(await page.getByRole('status').filter({ hasText: 'Link copied' }).count(), 0,
    'no "Link copied" when nothing was copied');
  const label = await field.evaluate((n) => (n.labels && n.labels[0] ? n.labels[0].textContent : n.getAttribute('aria-label')) || '');
  assert.ok(label.trim().length > 0, 'the field has a label');
  assertNoProblems(t, problems);
});
