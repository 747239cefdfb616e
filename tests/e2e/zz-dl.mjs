import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const longText = execFileSync('cargo', ['run', '--quiet', '--bin', 'explore', '--', 'gen', '--sentences', '10000', '--seed', '7'], {cwd: '/work/main', maxBuffer: 64<<20}).toString();
const server = await startServer({ root: process.env.D, base: '/explorer/', overlay: { 'articles/long-synthetic.txt': longText } });
const url = `${server.address}?article=long-synthetic`;
for (let run = 0; run < Number(process.env.N || 6); run++) {
  const profile = await mkdtemp(join(tmpdir(), 'dl-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 }, args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage'] });
  const page = context.pages()[0];
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('ae:all-passages').length > 0, null, { timeout: 60000 });
  const ids = await page.$$eval('.article .passage', (nodes) => nodes.map((p) => p.id));
  const middle = ids[Math.floor(ids.length / 2)];
  await page.goto('about:blank');
  await page.addInitScript((id) => {
    window.__log = [];
    let last = '';
    const tick = () => {
      const el = document.getElementById(id);
      const chunks = document.querySelectorAll('.chunk').length;
      const pending = document.querySelectorAll('.chunk.pending, .chunk:empty').length;
      const s = `${Math.round(scrollY)} ${el ? Math.round(el.getBoundingClientRect().top) : 'none'} ${el?.getAttribute('aria-current') || '-'} chunks=${chunks} pending=${pending}`;
      if (s !== last) { window.__log.push(`${Math.round(performance.now())} ${s}`); last = s; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, middle);
  await page.goto(`${url}#${middle}`);
  await page.waitForFunction(() => performance.getEntriesByName('ae:all-passages').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(500);
  const log = await page.evaluate(() => window.__log);
  const final = log[log.length - 1];
  const ok = / (\d+) location/.exec(final) && Number(/ (-?\d+) location/.exec(final)[1]) >= 0;
  console.log(`run ${run}: ${ok ? 'OK' : 'FAIL'} final: ${final}`);
  if (!ok || process.env.ALL) console.log(log.join('\n'));
  await context.close();
}
await server.close();
