// Scale: a generated 10,000-sentence article in the explorer, in headless Chromium. Prints the
// measured figures; asserts only generous bounds so that CI does not flake.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { ROOT } from './harness.mjs';

const DIST = process.env.AE_DIST || join(ROOT, 'dist');
let server, context, profile, page, longText, hugeText;

before(async () => {
  // The generator is the engine's own CLI: synthetic text, varied speakers, quotes, pronouns.
  longText = execFileSync('cargo', ['run', '--quiet', '--bin', 'explore', '--', 'gen', '--sentences', '10000', '--seed', '7'], {
    cwd: ROOT, maxBuffer: 64 * 1024 * 1024,
  });
  // About 10 MB, as the paste test in open.test.mjs uses, here opened by `?article=`.
  hugeText = execFileSync('cargo', ['run', '--quiet', '--bin', 'explore', '--', 'gen', '--sentences', '108000', '--seed', '11'], {
    cwd: ROOT, maxBuffer: 64 * 1024 * 1024,
  });
  server = await startServer({
    root: DIST,
    base: '/explorer/',
    overlay: { 'articles/long-synthetic.txt': longText, 'articles/huge-synthetic.txt': hugeText },
  });
  profile = await mkdtemp(join(tmpdir(), 'article-explorer-perf-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  await context.addInitScript(() => {
    window.__longTasks = [];
    // The page's wasm exports (Trunk's loader passes them along): its linear memory's size.
    window.addEventListener('TrunkApplicationStarted', (event) => { window.__aeWasm = event.detail?.wasm; });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
    // Event Timing: from a real click to the next paint, as a reader feels it.
    window.__clicks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'click') window.__clicks.push(e.duration); })
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  page = context.pages()[0] || (await context.newPage());
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

const mark = (name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

test('a 10,000-sentence article loads, filters and deep-links quickly', async () => {
  const url = `${server.address}?article=long-synthetic`;
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('ae:all-passages').length > 0, null, { timeout: 60_000 });
  const n = await page.locator('.article .passage').count();
  assert.ok(n >= 10_000, `expected at least 10,000 passages, got ${n}`);
  const analysisStart = await mark('ae:analysis-start');
  const analysisEnd = await mark('ae:analysis-end');
  const firstPassage = await mark('ae:first-passage');
  const allPassages = await mark('ae:all-passages');
  const longTasks = await page.evaluate(() => window.__longTasks.slice());
  const memoryBytes = await page.evaluate(() => window.__aeWasm?.memory?.buffer?.byteLength ?? null);
  const workerMs = await page.evaluate(() => {
    const mark = performance.getEntriesByType('mark').find((m) => m.name.startsWith('ae:worker-ms:'));
    return mark ? Number(mark.name.slice('ae:worker-ms:'.length)) : null;
  });

  // Filter toggle: click to the next paint.
  const toggle = await page.evaluate(async () => {
    const button = document.querySelectorAll('button.speaker-toggle')[1];
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const t1 = performance.now();
    const hidden = [...document.querySelectorAll('.article .passage')].filter((p) => getComputedStyle(p).display === 'none').length;
    return { ms: t1 - t0, hidden };
  });
  assert.ok(toggle.hidden > 0, 'the filter hid passages');

  // "Dim others" and back to "Hide others" with that filter: click to the next paint.
  const modes = await page.evaluate(async () => {
    const out = {};
    for (const mode of ['dim', 'hide']) {
      const radio = document.querySelector(`input[name="mode"][value="${mode}"]`);
      const t0 = performance.now();
      radio.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      out[mode] = performance.now() - t0;
    }
    return out;
  });

  // Deep link into the middle: to scrolled and highlighted.
  const ids = await page.$$eval('.article .passage', (nodes) => nodes.map((p) => p.id));
  const middle = ids[Math.floor(ids.length / 2)];
  await page.goto('about:blank');
  await page.goto(`${url}#${middle}`);
  const deepLinkMs = await page.evaluate(async (id) => {
    const ready = () => {
      const el = document.getElementById(id);
      if (!el || el.getAttribute('aria-current') !== 'location') return false;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    };
    const deadline = performance.now() + 20_000;
    while (!ready()) {
      if (performance.now() > deadline) {
        const el = document.getElementById(id);
        return { ms: null, current: el?.getAttribute('aria-current'), top: el?.getBoundingClientRect().top, scrollY };
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return { ms: performance.now() };
  }, middle);

  const fmt = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);
  console.log(`  passages: ${n} (${(longText.length / 1e6).toFixed(2)} MB of text)`);
  console.log(`  analysis in wasm (engine in the worker): ${fmt(workerMs)}`);
  console.log(`  article fetched to model ready (worker start, analysis, transfer, decode): ${fmt(analysisEnd - analysisStart)}, done at ${fmt(analysisEnd)}`);
  console.log(`  first rendered passage (from navigation start): ${fmt(firstPassage)}`);
  console.log(`  all passages in the DOM: ${fmt(allPassages)}`);
  console.log(`  filter toggle to next paint: ${fmt(toggle.ms)} (${toggle.hidden} passages hidden)`);
  console.log(`  Dim others to next paint: ${fmt(modes.dim)}; Hide others: ${fmt(modes.hide)}`);
  console.log(`  deep link to the middle, scrolled and highlighted: ${fmt(deepLinkMs.ms)} ${deepLinkMs.ms == null ? JSON.stringify(deepLinkMs) : ''}`);
  console.log(`  page wasm memory after load: ${memoryBytes == null ? 'n/a' : `${(memoryBytes / 1e6).toFixed(1)} MB`}`);
  console.log(`  long tasks during load: ${longTasks.length}, longest ${fmt(Math.max(0, ...longTasks))}`);

  assert.ok(toggle.ms < 100, `filter toggle took ${toggle.ms} ms`);
  // Target 100 ms (34–124 ms measured on a shared machine); the bound allows for a loaded one.
  assert.ok(modes.dim < 300 && modes.hide < 300, `mode switches took ${JSON.stringify(modes)} ms`);
  // Typically 300–700 ms; the bound allows for a loaded machine (1.7 s seen with four builds running).
  assert.ok(firstPassage < 2500, `first passage after ${firstPassage} ms`);
  assert.ok(deepLinkMs.ms != null, `the deep link never showed its passage: ${JSON.stringify(deepLinkMs)}`);
  // Typically 0.5-0.8 s. A passage that scroll anchoring lost shows only when the whole article
  // is in (about 2.5 s, dom::keep_in_view), which this catches.
  assert.ok(deepLinkMs.ms < 2000, `the deep-linked passage showed only after ${deepLinkMs.ms} ms`);
});

test('a 10 MB ?article= file: the first passages come early, no task blocks the page, wasm memory stays under 150 MB', async () => {
  await page.goto(`${server.address}?article=huge-synthetic`);
  await page.waitForFunction(() => performance.getEntriesByName('ae:first-passage').length > 0, null, { timeout: 60_000 });
  const firstPassage = await mark('ae:first-passage');
  // The whole article analysed and shown (its chunks then lay out as the reader scrolls).
  await page.waitForFunction(() => performance.getEntriesByName('ae:analysis-end').length > 0 && !document.querySelector('.busy'),
    null, { timeout: 180_000, polling: 500 });
  const analysed = await mark('ae:analysis-end');
  const longTasks = await page.evaluate(() => window.__longTasks.slice());
  const longest = Math.max(0, ...longTasks);
  const passages = await page.locator('.article .passage').count();
  const status = await page.getByText(/^Showing /u).first().innerText();
  const wasmBytes = await page.evaluate(() => window.__aeWasm?.memory?.buffer?.byteLength ?? null);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name) => metrics.find((m) => m.name === name)?.value;
  console.log(`  10 MB article (${(hugeText.length / 1e6).toFixed(1)} MB): first passages after ${firstPassage.toFixed(0)} ms (from navigation start); analysed and shown at ${(analysed / 1000).toFixed(1)} s`);
  console.log(`  long tasks: ${longTasks.length}, longest ${longest.toFixed(0)} ms; ${passages} passages in the DOM; "${status}"`);
  const renderer = rendererMemory(profile);
  console.log(`  page wasm memory ${wasmBytes == null ? 'n/a' : `${(wasmBytes / 1e6).toFixed(0)} MB`}; renderer JS heap ${(metric('JSHeapUsedSize') / 1e6).toFixed(0)} MB; ${metric('Nodes')} DOM nodes; ${metric('LayoutObjects')} layout objects`);
  console.log(`  renderer processes' resident memory: ${renderer == null ? 'n/a' : `${(renderer / 1e6).toFixed(0)} MB`} (the page and its workers)`);
  assert.ok(passages > 0, 'passages are shown');
  assert.match(status, /Showing all \d{6} passages/u, 'the whole article (over 100,000 passages) is in the model');
  // Target 2 s; the bound allows for a loaded machine.
  assert.ok(firstPassage < 5_000, `first passages after ${firstPassage} ms`);
  // Target: no task over 200 ms; the bound is twice that, for a loaded machine.
  assert.ok(longest <= 400, `longest task ${longest} ms (target 200 ms)`);
  // Memory does not depend on the machine's load: the target itself is the bound.
  assert.ok(wasmBytes != null && wasmBytes <= 150e6, `page wasm memory ${wasmBytes} B (target 150 MB)`);
});

/** The resident memory (VmRSS, bytes, shared pages included) of the page renderer processes of
 * the Chromium that uses the profile folder `profileDir`, read from Linux's /proc; null where
 * that cannot be read. For printing only: it depends on Chromium's build and the machine. */
function rendererMemory(profileDir) {
  const processes = new Map();
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
      try {
        // Chromium's zygote and the processes it forks rewrite theirs as one line.
        const args = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ');
        const status = readFileSync(`/proc/${pid}/status`, 'latin1');
        const parent = /^PPid:\s+(\d+)/mu.exec(status)?.[1];
        const kilobytes = Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? 0);
        processes.set(pid, { args, parent, kilobytes });
      } catch {
        // The process ended meanwhile.
      }
    }
  } catch {
    return null;
  }
  const browser = [...processes]
    .find(([, p]) => p.args.includes(`--user-data-dir=${profileDir}`) && !p.args.includes('--type='))?.[0];
  if (!browser) return null;
  const underBrowser = (pid) => {
    for (let p = processes.get(pid), hops = 0; p && hops < 16; p = processes.get(p.parent), hops += 1) {
      if (p.parent === browser) return true;
    }
    return false;
  };
  let kilobytes = 0;
  for (const [pid, p] of processes) {
    // Not the renderer of Chromium's own user interface (`--top-chrome-webui`).
    const page = p.args.includes(' --type=renderer ') && !p.args.includes('--top-chrome-webui');
    if (page && underBrowser(pid)) kilobytes += p.kilobytes;
  }
  return kilobytes * 1024;
}

/** Clicks `locator` with the mouse, as a reader does; returns the click's Event Timing duration
 * (to the next paint) and the most layout objects one layout pass touched meanwhile. */
async function readerClick(locator) {
  await locator.evaluate((node) => node.scrollIntoView({ block: 'nearest', behavior: 'instant' }));
  const box = await locator.boundingBox();
  await page.evaluate(() => { window.__clicks = []; });
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => window.__clicks.length > 0, null, { timeout: 10_000 });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const layoutObjects = Math.max(0, ...events.filter((e) => e.name === 'Layout' && e.args?.beginData)
    .map((e) => e.args.beginData.dirtyObjects ?? 0));
  return { ms: await page.evaluate(() => Math.max(...window.__clicks)), layoutObjects };
}

test('a reader filters the long article, lets it settle, then switches to Dim others and back', async () => {
  await page.goto('about:blank');
  await page.goto(`${server.address}?article=long-synthetic`);
  await page.waitForFunction(() => performance.getEntriesByName('ae:all-passages').length > 0, null, { timeout: 60_000 });
  // The speaker with the fewest passages: under Hide others the most chunks fit on the screen.
  const counts = await page.$$eval('button.speaker-toggle .count', (nodes) => nodes.map((n) => Number.parseInt(n.textContent, 10)));
  const rarest = counts.indexOf(Math.min(...counts.slice(1)));
  const chip = page.locator('button.speaker-toggle').nth(rarest);
  const settleMs = 1500;
  const filter = await readerClick(chip);
  await page.waitForTimeout(settleMs);
  const dim = await readerClick(page.getByText('Dim others', { exact: true }));
  await page.waitForTimeout(settleMs);
  const hide = await readerClick(page.getByText('Hide others', { exact: true }));
  await page.waitForTimeout(settleMs);
  const clear = await readerClick(chip);
  const fmt = (r) => `${r.ms.toFixed(0)} ms (layout ${r.layoutObjects} objects)`;
  console.log(`  reader's clicks, speaker of ${counts[rarest]} passages, each after ${settleMs} ms: filter ${fmt(filter)}; Dim others ${fmt(dim)}; Hide others ${fmt(hide)}; clear ${fmt(clear)}`);
  // Before each paragraph skipped its own rendering off-screen, Dim others after a settled filter
  // laid out every chunk the filtered view had packed into the screen: 11,000-14,500 layout
  // objects, 250 ms at 1280 px and 380 ms at 1920 px on a shared 2-core machine.
  for (const [what, r] of Object.entries({ filter, dim, hide, clear })) {
    assert.ok(r.ms <= 300, `${what}: click to next paint ${r.ms} ms`);
    assert.ok(r.layoutObjects < 3000, `${what}: one layout pass touched ${r.layoutObjects} objects`);
  }
});
