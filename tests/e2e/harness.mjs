// Shared end-to-end harness: serves dist/ from a sub-path and drives Debian's Chromium through
// playwright-core. No browser is downloaded.
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
export const BASE = '/explorer/';
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Starts the server and a fresh Chromium profile; returns helpers and a `close`. */
export async function open({ javaScriptEnabled = true, viewport = { width: 1280, height: 900 }, colorScheme = 'light', permissions = [] } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `make build` (make test does) first');
  }
  await mkdir(ARTIFACTS, { recursive: true });
  const server = await startServer({ root: DIST, base: BASE });
  const profile = await mkdtemp(join(tmpdir(), 'article-explorer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled,
    viewport,
    colorScheme,
    permissions,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const page = context.pages()[0] || (await context.newPage());
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`unexpected dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return {
    page,
    context,
    url: server.address,
    problems,
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Loads `url` and waits until the explorer has rendered its passages. */
export async function load(page, url) {
  await page.goto(url);
  await page.waitForSelector('.passage[data-speakers] button.copy', { state: 'attached' });
}

/** Collapses whitespace (including no-break spaces) the way the page shows text. */
export function tidy(text) {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Text of each passage as the reader sees it (without the screen-reader label and button). */
export async function passageTexts(page) {
  return page.$$eval('.article .passage', (nodes) =>
    nodes.map((node) => {
      const clone = node.cloneNode(true);
      clone.querySelectorAll('.who, .copy').forEach((n) => n.remove());
      return clone.textContent.replace(/\s+/gu, ' ').trim();
    }));
}

/** Ids of passages currently rendered visible. */
export async function visibleIds(page) {
  return page.$$eval('.article .passage', (nodes) => nodes.filter((n) => n.checkVisibility()).map((n) => n.id));
}
