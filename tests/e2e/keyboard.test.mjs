// Keyboard: j/k through the visible passages only, c copies the current passage's link, / focuses
// the search, ? opens the modal help dialog, Esc closes it and then clears the target; every
// interactive control is reachable with Tab and shows a visible focus indicator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  open, load, settle, passages, waitForCurrent, currentId, assertNoProblems,
} from './harness.mjs';

let session;

before(async () => { session = await open({ permissions: ['clipboard-read', 'clipboard-write'] }); });
after(async () => { await session?.close(); });

async function fresh(page, url) {
  await page.goto('about:blank');
  await load(page, url);
}

/** The slug with the most passages that still leaves some passages out. */
async function busySlug(page) {
  const all = await passages(page);
  const counts = new Map();
  for (const p of all) for (const s of p.speakers) counts.set(s, (counts.get(s) || 0) + 1);
  return [...counts.entries()].filter(([, n]) => n >= 3 && n < all.length).sort((a, b) => b[1] - a[1])[0][0];
}

test('j and k move the target through the visible passages only', async (t) => {
  const { page, url, problems } = session;
  await fresh(page, url);
  const slug = await busySlug(page);
  await fresh(page, `${url}?speakers=${slug}`);
  const all = await passages(page);
  const shown = all.filter((p) => !p.hidden).map((p) => p.id);
  assert.ok(shown.length >= 3 && shown.length < all.length, `the filter shows some passages (${shown.length}/${all.length})`);
  for (const id of shown) {
    await page.keyboard.press('j');
    await waitForCurrent(page, id);
    assert.equal(await page.evaluate(() => document.activeElement?.id), id, `focus follows j to ${id}`);
  }
  await page.keyboard.press('j');
  await settle(page);
  assert.equal(await currentId(page), shown.at(-1), 'j at the last visible passage stays there');
  for (const id of shown.slice(0, -1).reverse()) {
    await page.keyboard.press('k');
    await waitForCurrent(page, id);
  }
  const after = await passages(page);
  assert.deepEqual(after.filter((p) => !p.hidden).map((p) => p.id), shown, 'the filter is unchanged');
  assertNoProblems(t, problems);
});

test('c copies the link to the current passage', async (t) => {
  const { page, url, problems } = session;
  await fresh(page, url);
  const all = await passages(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await waitForCurrent(page, all[1].id);
  await page.keyboard.press('c');
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.hash, `#${all[1].id}`, 'the copied link points at the current passage');
  assert.equal(`${copied.origin}${copied.pathname}`, url, 'the copied link is the page\'s URL');
  assertNoProblems(t, problems);
});

test('/ focuses the search box without typing into it', async (t) => {
  const { page, url, problems } = session;
  await fresh(page, url);
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'search');
  await settle(page);
  assert.equal(await page.locator('#search').inputValue(), '', 'the search box stays empty');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id !== 'search');
  assertNoProblems(t, problems);
});

test('? opens the modal help dialog; Esc closes it, and the next Esc clears the target', async (t) => {
  const { page, url, problems } = session;
  await fresh(page, url);
  const all = await passages(page);
  await page.keyboard.press('j');
  await waitForCurrent(page, all[0].id);
  await page.keyboard.press('?');
  const dialog = page.locator('dialog.help');
  await page.waitForFunction(() => document.querySelector('dialog.help')?.open === true);
  assert.equal(await dialog.evaluate((d) => d.matches(':modal')), true, 'the help dialog is modal');
  assert.ok(await dialog.isVisible(), 'the help dialog is visible');
  const text = (await dialog.innerText()).replace(/\s+/gu, ' ');
  for (const key of ['j', 'k', 'c', '/', 'Esc', '?']) {
    assert.ok(await dialog.locator('kbd', { hasText: key }).count() > 0, `the dialog lists ${key}: "${text}"`);
  }
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus is inside the dialog');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('dialog.help')?.open === false);
  await settle(page);
  assert.equal(await currentId(page), all[0].id, 'the first Esc only closes the dialog');
  await page.keyboard.press('Escape');
  await waitForCurrent(page, null);
  assert.equal(new URL(page.url()).hash, '', 'the fragment leaves the URL');
  // The "Shortcuts" button opens the same dialog, and its Close button closes it.
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await page.waitForFunction(() => document.querySelector('dialog.help')?.open === true);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(() => document.querySelector('dialog.help')?.open === false);
  assertNoProblems(t, problems);
});

test('every interactive control is reachable with Tab and shows a visible focus indicator', async (t) => {
  const { page, url, problems } = session;
  // A filter, so that "Show all" is enabled, in dim mode, so that every passage (and its copy
  // button) stays displayed; a search, so that the match buttons are enabled.
  await fresh(page, `${url}?speakers=narrator&mode=dim&q=the`);
  const expected = await page.evaluate(() => {
    const nodes = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((n) => !n.disabled && n.checkVisibility() && !n.closest('dialog:not([open])'))
      .filter((n) => !(n.type === 'radio' && !n.checked));
    window.__aeTabbable = nodes;
    return nodes.map((n) => n.getAttribute('aria-label') || n.textContent.trim() || n.id || n.tagName);
  });
  assert.ok(expected.length >= 10, `interactive controls found: ${expected.length}`);
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  const reached = new Set();
  const badFocus = [];
  for (let step = 0; step < expected.length + 20; step += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      let opacity = 1;
      for (let n = el; n && n !== document.documentElement; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
      return {
        index: window.__aeTabbable.indexOf(el),
        name: el.getAttribute('aria-label') || el.textContent.trim() || el.id || el.tagName,
        focusVisible: el.matches(':focus-visible'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        outlineOk: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        opacity,
      };
    });
    if (!info) break;
    if (reached.has(info.index) && info.index >= 0) break;
    reached.add(info.index);
    if (!info.focusVisible || !info.outlineOk || info.opacity < 0.99) badFocus.push(info);
  }
  const missing = expected.filter((_, i) => !reached.has(i));
  t.diagnostic(`${reached.size} tab stops reached of ${expected.length} controls`);
  assert.deepEqual(missing, [], 'controls that Tab never reaches');
  assert.deepEqual(badFocus, [], 'controls without a visible focus indicator when reached with Tab');
  assertNoProblems(t, problems);
});
