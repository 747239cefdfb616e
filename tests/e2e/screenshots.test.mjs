// Screenshots for the README: the default, filtered, statements, transcript, dark and 360-px views, viewport only and
// small. Written to tests/e2e/artifacts/ (git-ignored); with AE_UPDATE_SCREENSHOTS=1 also to
// docs/screenshots/ (committed, shown in the README), so a normal test run changes no tracked file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  open, load, passages, scrollSettled, ARTIFACTS, ROOT, assertNoProblems,
} from './harness.mjs';

const DOCS = join(ROOT, 'docs', 'screenshots');
const UPDATE_DOCS = process.env.AE_UPDATE_SCREENSHOTS === '1';
const MAX_BYTES = 200 * 1024;
const DESKTOP = { width: 1200, height: 760 };
const PHONE = { width: 360, height: 740 };
let session;
let slug;

before(async () => {
  if (UPDATE_DOCS) await mkdir(DOCS, { recursive: true });
  session = await open({ viewport: DESKTOP });
  await load(session.page, session.url);
  const all = await passages(session.page);
  const counts = new Map();
  for (const p of all) for (const s of p.speakers) counts.set(s, (counts.get(s) || 0) + 1);
  slug = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
});
after(async () => { await session?.close(); });

/** PNG width and height from the IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function shoot(t, name, { viewport = DESKTOP, colorScheme = 'light', suffix = '', waitFor = null, at = null }) {
  const { page, url, problems } = session;
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  await page.goto('about:blank');
  await load(page, `${url}${suffix}`);
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 20_000 });
  // The top of the page, or of `at` (a view below the speaker list on a phone), once the page's
  // own scrolling (a view brought into view) has ended.
  await scrollSettled(page);
  await page.evaluate((selector) => {
    if (selector) document.querySelector(selector).scrollIntoView({ block: 'start', behavior: 'instant' });
    else window.scrollTo(0, 0);
  }, at);
  await scrollSettled(page);
  const file = join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled', caret: 'hide' });
  const bytes = await readFile(file);
  const size = pngSize(bytes);
  assert.deepEqual(size, viewport, `${name} is the viewport only`);
  assert.ok(bytes.length <= MAX_BYTES, `${name} is small: ${bytes.length} B (at most ${MAX_BYTES})`);
  if (UPDATE_DOCS) await copyFile(file, join(DOCS, name));
  t.diagnostic(`${name}: ${size.width}×${size.height}, ${bytes.length} B`);
  assertNoProblems(t, problems);
  return page;
}

test('screenshot: default view', async (t) => {
  await shoot(t, 'default.png', {});
});

test('screenshot: filtered view', async (t) => {
  const page = await shoot(t, 'filtered.png', { suffix: `?speakers=${slug}` });
  assert.ok((await passages(page)).some((p) => p.hidden), 'the filtered view hides passages');
});

test('screenshot: who says what about whom, NATO → China chosen', async (t) => {
  const page = await shoot(t, 'statements.png', {
    suffix: '?view=statements&from=nato&to=china',
    waitFor: 'table.statements-table',
  });
  assert.equal(await page.getByRole('table', { name: /Who says what about whom/u }).count(), 1);
});

test('screenshot: by speaker', async (t) => {
  // On a phone the transcript comes after the speaker list: the picture shows the transcript.
  const page = await shoot(t, 'transcript.png', { viewport: PHONE, suffix: '?view=transcript', waitFor: '.speaker-group', at: '#statements' });
  assert.ok(await page.locator('.speaker-group').count() > 1);
});

test('screenshot: dark theme', async (t) => {
  const page = await shoot(t, 'dark.png', { colorScheme: 'dark' });
  assert.ok(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark colour scheme');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/gu).map(Number);
  assert.ok(r + g + b < 3 * 80, `the dark theme has a dark background: ${bg}`);
});

test('screenshot: 360-px phone view', async (t) => {
  const page = await shoot(t, 'phone-360.png', { viewport: PHONE });
  const layout = await page.evaluate(() => {
    const row = document.querySelector('.speaker-panel .speakers');
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      rowWidth: row.getBoundingClientRect().width,
      rowOverflow: row.scrollWidth - row.clientWidth,
      rows: new Set([...row.querySelectorAll('.speaker-toggle')].map((b) => Math.round(b.getBoundingClientRect().top))).size,
      viewport: document.documentElement.clientWidth,
    };
  });
  assert.ok(layout.overflow <= 0, `no horizontal page scrolling at 360 px: ${JSON.stringify(layout)}`);
  assert.ok(layout.rowWidth <= layout.viewport && layout.rowOverflow <= 1 && layout.rows >= 2, `the speaker chips wrap into rows within the viewport: ${JSON.stringify(layout)}`);
});

// Our own short article, for the "Open your own article" screenshots.
const PASTED = `SCIENCE
Council and university clash over river survey findings
Published: 2025-09-03
By Ines Varga

The Westmoor Council said on Monday that a university survey of the river had overstated the pollution near the old tannery.

"The samples were taken after a storm, when the water is always worse," a council spokesperson said. She added that the council's own tests met the national standard.

The survey's author, Professor Lena Okoro, rejected the criticism. "We sampled on twelve days, in every kind of weather," she said.

The Environment Agency said it would review both sets of results and publish its view in October.

The river runs through three villages before it reaches the sea.
`;

test('screenshots: the open dialog and a pasted article', async (t) => {
  const { page, url, problems } = session;
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('about:blank');
  await load(page, url);
  await page.getByRole('button', { name: /^Open article/u }).click();
  await page.getByLabel('Article text').fill(PASTED);
  const dialogFile = join(ARTIFACTS, 'open-dialog.png');
  await page.screenshot({ path: dialogFile, animations: 'disabled', caret: 'hide' });
  await page.getByRole('button', { name: /^Analyse/u }).click();
  await page.waitForFunction(() => document.querySelector('#headline')?.getAttribute('aria-label')?.startsWith('Council and university')
    && !document.querySelector('.busy'), null, { timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await scrollSettled(page);
  const pastedFile = join(ARTIFACTS, 'pasted.png');
  await page.screenshot({ path: pastedFile, animations: 'disabled', caret: 'hide' });
  for (const file of [dialogFile, pastedFile]) {
    const bytes = await readFile(file);
    assert.deepEqual(pngSize(bytes), DESKTOP, `${file} is the viewport only`);
    assert.ok(bytes.length <= MAX_BYTES, `${file} is small: ${bytes.length} B`);
    if (UPDATE_DOCS) await copyFile(file, join(DOCS, file.split('/').pop()));
    t.diagnostic(`${file.split('/').pop()}: ${bytes.length} B`);
  }
  assertNoProblems(t, problems);
});
