// Without JavaScript, dist/index.html is already the article: headline, every passage with its
// `id` and `data-speakers` (the same as the explorer renders), the speaker panel, the styles, and
// native `#p-<id>` deep links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  open, load, passages, placement, speakerToggles, assertNoProblems,
} from './harness.mjs';

let nojs;
let withJs;
let rendered;

before(async () => {
  // Reduced motion: the style sheet scrolls smoothly otherwise, and without page JavaScript
  // there is no animation frame to wait on; the native fragment scroll is then instant.
  nojs = await open({ javaScriptEnabled: false, reducedMotion: 'reduce' });
  withJs = await open();
  await load(withJs.page, withJs.url);
  rendered = {
    passages: (await passages(withJs.page)).map((p) => ({ id: p.id, speakers: p.rawSpeakers, text: p.text })),
    toggles: (await speakerToggles(withJs.page)).map((x) => x.name),
    h1: await headline(withJs.page),
    font: await withJs.page.$eval('.article', (n) => getComputedStyle(n).fontFamily),
    articleWidth: await withJs.page.$eval('.article', (n) => n.getBoundingClientRect().width),
  };
});
after(async () => {
  await nojs?.close();
  await withJs?.close();
});

/** The headline as read on screen (without the screen-reader label and the copy button). */
async function headline(page) {
  return page.$eval('h1', (h) => {
    const clone = h.cloneNode(true);
    clone.querySelectorAll('.who, .copy').forEach((n) => n.remove());
    return clone.textContent.replace(/\s+/gu, ' ').trim();
  });
}

test('without JavaScript the page shows the headline, every passage and the speaker panel', async (t) => {
  const { page, url, problems } = nojs;
  await page.goto(url);
  await page.waitForSelector('h1');
  assert.equal(await page.evaluate(() => typeof window.__aeStarted), 'undefined', 'JavaScript is really off');
  const h1 = page.locator('h1');
  assert.ok(await h1.isVisible(), 'the headline is visible');
  assert.equal(await headline(page), rendered.h1, 'the same headline as the explorer');
  assert.ok(rendered.h1.length > 10, 'the headline has text');
  assert.ok(await page.locator('.article-header time[datetime]').count() > 0, 'the date has a machine-readable <time>');

  const prerendered = (await passages(page)).map((p) => ({ id: p.id, speakers: p.rawSpeakers, text: p.text, hidden: p.hidden }));
  assert.ok(prerendered.length >= 10, `passages in the static HTML: ${prerendered.length}`);
  for (const p of prerendered) {
    assert.match(p.id, /^p-[0-9a-z]+(-\d+)?$/u, 'each passage has a p-<id>');
    assert.notEqual(p.speakers, null, `${p.id} has a data-speakers attribute`);
    assert.equal(p.hidden, false, `${p.id} is displayed`);
  }
  assert.deepEqual(prerendered.map(({ hidden, ...rest }) => rest), rendered.passages,
    'the static passages are exactly those the explorer renders (ids, data-speakers, text)');
  const visible = await page.$$eval('.article .passage', (nodes) => nodes.filter((n) => n.checkVisibility()).length);
  assert.equal(visible, prerendered.length, 'every passage is visible');

  const panel = page.locator('.speaker-panel');
  assert.ok(await panel.isVisible(), 'the speaker panel is visible');
  const names = await page.$$eval('.speaker-panel .speaker-name', (nodes) => nodes.map((n) => n.textContent.trim()));
  assert.deepEqual(names, rendered.toggles, 'the panel lists the same speakers as the explorer');
  const shownNames = await page.$$eval('.speaker-panel .speaker-name', (nodes) => nodes.filter((n) => n.checkVisibility()).length);
  assert.equal(shownNames, names.length, `visible speaker names without JavaScript: ${shownNames} of ${names.length}`);
  assert.ok(await page.locator('.noscript').isVisible(), 'a note says filters and links need JavaScript');
  assertNoProblems(t, problems);
});

test('without JavaScript the article is styled: serif reading font, full-width column', async (t) => {
  const { page, url, problems } = nojs;
  await page.goto(url);
  const font = await page.$eval('.article', (n) => getComputedStyle(n).fontFamily);
  assert.match(font, /serif/u, `.article font-family is a serif stack: ${font}`);
  assert.match(font, /Georgia/u, `.article font-family starts from the style sheet's serif stack: ${font}`);
  assert.equal(font, rendered.font, 'the same font stack as with JavaScript');
  const bar = await page.$eval('.app-bar', (n) => getComputedStyle(n).position);
  assert.equal(bar, 'sticky', 'the style sheet is applied (sticky app bar)');
  const width = await page.$eval('.article', (n) => n.getBoundingClientRect().width);
  assert.ok(width >= rendered.articleWidth * 0.9,
    `.article is ${Math.round(width)} px wide without JavaScript, ${Math.round(rendered.articleWidth)} px with it`);
  assertNoProblems(t, problems);
});

test('without JavaScript #p-<id> scrolls to the passage', async (t) => {
  const { page, url, problems } = nojs;
  const target = rendered.passages[Math.floor(rendered.passages.length * 0.7)];
  await page.goto('about:blank');
  await page.goto(`${url}#${target.id}`);
  // Page-side polling (waitForFunction) needs the page's JavaScript; poll from here until the
  // (instant, see `reducedMotion`) native fragment scroll has happened.
  let where = await placement(page, target.id);
  for (let tries = 0; tries < 200 && where.scrollY === 0; tries += 1) where = await placement(page, target.id);
  assert.ok(where.scrollY > 0, `the page scrolled (scrollY ${where.scrollY})`);
  assert.ok(where.inViewport, `#${target.id} is in the viewport ${JSON.stringify(where)}`);
  assert.ok(where.belowBar && where.topUncovered, `#${target.id} is not under the sticky bar ${JSON.stringify(where)}`);
  assertNoProblems(t, problems);
});

test('the page with JavaScript had no problems either', (t) => {
  assertNoProblems(t, withJs.problems);
});
