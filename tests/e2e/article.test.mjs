// The bundled article is visible from a sub-path: headline and every body paragraph.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { open, load, tidy, ARTIFACTS, ROOT } from './harness.mjs';

const ARTICLE = join(ROOT, 'static', 'articles', '2021-07-20-cyber-security-politicization.txt');
let session;

before(async () => { session = await open(); });
after(async () => { await session.close(); });

test('the bundled article is readable from a sub-path', async () => {
  const { page, url, problems } = session;
  assert.match(url, /\/explorer\/$/);
  await load(page, url);
  const source = await readFile(ARTICLE, 'utf8');
  const lines = source.split('\n');
  const headline = tidy(lines[1]);
  const h1 = tidy(await page.locator('h1').innerText());
  assert.ok(h1.includes(headline), `h1 "${h1}" should contain the headline`);
  assert.ok(await page.locator('h1').isVisible());

  // Body paragraphs: blank-line separated blocks after the metadata and caption block.
  const blocks = source.split(/\n\s*\n/).map(tidy).filter(Boolean);
  const body = blocks.filter((block) => !/Photo:/.test(block) && !block.startsWith('CHINA'));
  assert.ok(body.length >= 10, `expected the article's paragraphs, got ${body.length}`);
  const shown = await page.$$eval('.article .paragraph', (nodes) =>
    nodes.filter((n) => n.checkVisibility()).map((n) => {
      const clone = n.cloneNode(true);
      clone.querySelectorAll('.who, .copy').forEach((x) => x.remove());
      return clone.textContent.replace(/\s+/gu, ' ').trim();
    }));
  const all = shown.join(' ');
  for (const paragraph of body) {
    assert.ok(all.includes(paragraph), `paragraph not visible: ${paragraph.slice(0, 60)}…`);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'default.png'), fullPage: true });
  assert.deepEqual(problems, []);
});
