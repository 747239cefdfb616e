// The rest of the explorer's promises: search highlights combined with the filter, the print
// style sheet, reduced motion, the speaker's name on focus, Web Share where it exists, and the
// crash screen when the release wasm traps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, load, settle, passages, speakerToggles, assertNoProblems } from './harness.mjs';

let session;
before(async () => { session = await open(); });
after(async () => { await session.close(); });

test('search highlights matches and combines with the speaker filter', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const word = 'cyber';
  await page.fill('#search', word);
  await settle(page);
  const marks = await page.$$eval('.article mark', (nodes) => nodes.map((n) => n.textContent.toLowerCase()));
  assert.ok(marks.length >= 3, `expected several highlighted matches, got ${marks.length}`);
  assert.ok(marks.every((m) => m === word), `every mark is the query: ${marks.join(', ')}`);
  const all = await passages(page);
  const matching = all.filter((p) => p.text.toLowerCase().includes(word));
  const status = await page.locator('#status').innerText();
  assert.match(status, new RegExp(`${matching.length} match(es)? for “${word}”`), status);
  // Filter to one speaker: the count covers only that speaker's visible passages.
  const toggles = await speakerToggles(page);
  const actor = toggles.findIndex((x, i) => i > 0 && x.parent === null);
  await page.locator('button.speaker-toggle').nth(actor >= 0 ? actor : 1).click();
  await settle(page);
  const visibleMatches = (await passages(page)).filter((p) => !p.hidden && p.text.toLowerCase().includes(word));
  const status2 = await page.locator('#status').innerText();
  assert.match(status2, new RegExp(`${visibleMatches.length} match(es)? for “${word}”`), status2);
  // Enter jumps to the first visible match.
  await page.focus('#search');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[aria-current="location"]') !== null);
  const current = await page.$eval('[aria-current="location"]', (n) => n.textContent.toLowerCase());
  assert.ok(current.includes(word), 'the target is a match');
  assertNoProblems(t, problems);
});

test('the print style sheet prints speaker names inline and drops the controls', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => ({
    // Of the bar only the status line prints (it says which speakers a filtered printout shows).
    controls: [...document.querySelectorAll('.app-bar input, .app-bar button, .app-bar summary, .brand')].filter((n) => n.checkVisibility()).length,
    status: document.querySelector('#status').checkVisibility(),
    panel: getComputedStyle(document.querySelector('.speaker-panel')).display,
    copy: getComputedStyle(document.querySelector('.copy')).display,
    who: [...document.querySelectorAll('.who')].map((n) => ({ position: getComputedStyle(n).position, width: n.getBoundingClientRect().width })),
  }));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(printed.controls, 0, 'no control of the bar prints');
  assert.ok(printed.status, 'the status line prints');
  assert.equal(printed.panel, 'none');
  assert.equal(printed.copy, 'none');
  assert.ok(printed.who.length > 0, 'speaker labels exist');
  assert.ok(printed.who.every((w) => w.position === 'static' && w.width > 10), JSON.stringify(printed.who.slice(0, 3)));
  assertNoProblems(t, problems);
});

test('reduced motion turns smooth scrolling off', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assertNoProblems(t, problems);
});

test('a focused passage shows its speaker’s name', async (t) => {
  const { page, url, problems } = session;
  await load(page, url);
  const spoken = (await passages(page)).find((p) => p.speakers.length > 0);
  await page.$eval(`#${spoken.id}`, (n) => n.focus());
  const label = await page.$eval(`#${spoken.id}`, (n) => getComputedStyle(n, '::before').content);
  assert.match(label, /^"Speaker: .+"$/u, label);
  assertNoProblems(t, problems);
});

test('Web Share is offered after copying where the browser has it', async (t) => {
  const shared = await open({
    permissions: ['clipboard-read', 'clipboard-write'],
    initScripts: [() => {
      window.__shared = [];
      navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
    }],
  });
  try {
    const { page, url, problems } = shared;
    await load(page, url);
    const first = (await passages(page))[1];
    await page.hover(`#${first.id}`);
    await page.click(`#${first.id} button.copy`);
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.waitForFunction(() => window.__shared.length === 1);
    const data = await page.evaluate(() => window.__shared[0]);
    assert.ok(data.url.endsWith(`#${first.id}`), data.url);
    assertNoProblems(t, problems);
  } finally {
    await shared.close();
  }
});

test('a trap in the release wasm shows one visible alert with a reload hint', async () => {
  const { page, url, problems } = session;
  await load(page, url);
  assert.equal(await page.locator('.fatal').count(), 0, 'no alert on a healthy page');
  // A real trap: an impossible allocation request makes wasm-bindgen's allocator entry abort,
  // which the release build compiles to `unreachable`. Called from a timer, as an event handler
  // runs, so that the error reaches the window.
  const malloc = await page.evaluate(() => Object.keys(window.__aeWasm || {}).find((name) => name === '__wbindgen_malloc'));
  assert.ok(malloc, 'the wasm exports wasm-bindgen\'s __wbindgen_malloc');
  await page.evaluate(() => new Promise((done) => {
    setTimeout(() => window.__aeWasm.__wbindgen_malloc(0xfffffff0, 8));
    setTimeout(done, 50);
  }));
  const alert = page.locator('.fatal[role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Reload the page/);
  assert.equal(await alert.count(), 1);
  assert.ok(problems.some((p) => /unreachable|RuntimeError/i.test(p)), `the trap is reported: ${problems.join('; ')}`);
  problems.length = 0;
});
