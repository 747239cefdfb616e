// Shared end-to-end harness: serves dist/ from a sub-path and drives Debian's Chromium through
// playwright-core. No browser is downloaded.
//
// `AE_DIST=/some/dir` serves another build than the repository's dist/ (so that a test run never
// races a build writing into dist/).
import { mkdtemp, rm, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.AE_DIST ? resolve(process.env.AE_DIST) : join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
export const BASE = '/explorer/';
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

// Runs in every page before its own scripts (DevTools protocol, so the page's CSP does not apply):
// records Content-Security-Policy violations and the moment Trunk's loader has started the wasm.
function pageProbe() {
  window.__aeCsp = [];
  window.__aeStarted = false;
  document.addEventListener('securitypolicyviolation', (event) => {
    const text = `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`
      + ` at ${event.sourceFile || '?'}:${event.lineNumber || 0} ${event.sample ? `(${event.sample})` : ''}`;
    window.__aeCsp.push(text);
    if (typeof window.__aeReport === 'function') window.__aeReport(text);
  }, true);
  window.addEventListener('TrunkApplicationStarted', (event) => {
    window.__aeStarted = true;
    // The wasm instance's raw exports, for the crash-screen test.
    window.__aeWasm = event.detail?.wasm;
  });
}

/** Records console errors, page errors, dialogs and CSP violations of `page` into `problems`. */
export function watch(page, problems) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`unexpected dialog: ${dialog.type()} ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
}

/** Starts the server and a fresh Chromium profile; returns helpers and a `close`. */
export async function open({
  javaScriptEnabled = true,
  viewport = { width: 1280, height: 900 },
  colorScheme = 'light',
  reducedMotion = 'no-preference',
  permissions = [],
  initScripts = [],
  hasTouch = false,
  isMobile = false,
} = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run \`make build\` (make test does) first`);
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
    reducedMotion,
    permissions,
    hasTouch,
    isMobile,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const problems = [];
  if (javaScriptEnabled) {
    await context.exposeBinding('__aeReport', (_source, text) => { problems.push(text); });
    await context.addInitScript(pageProbe);
    for (const script of initScripts) await context.addInitScript(script);
  }
  const page = context.pages()[0] || (await context.newPage());
  watch(page, problems);
  return {
    page,
    context,
    url: server.address,
    problems,
    /** A further tab in the same browser, watched like the first. */
    async newPage() {
      const extra = await context.newPage();
      watch(extra, problems);
      return extra;
    },
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the wasm has taken over the (prerendered) page and the app has settled: Trunk's
 * loader announces the started wasm (after `main` has mounted the app), then two animation
 * frames let Yew's scheduled renders and effects (URL adoption, filter rule, scrolling) run.
 */
export async function ready(page) {
  await page.waitForFunction(
    () => window.__aeStarted === true
      && document.querySelector('.passage[data-speakers] button.copy') !== null,
    null,
    { timeout: 15_000 },
  );
  await settle(page);
}

/** Lets pending renders and effects run: two animation frames. */
export async function settle(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Loads `url` and waits until the explorer has rendered its passages. */
export async function load(page, url) {
  await page.goto(url);
  await ready(page);
}

/** Waits until the page has stopped scrolling (smooth scrolling takes a few frames). */
export async function scrollSettled(page) {
  await page.waitForFunction(() => {
    const y = window.scrollY;
    const stable = window.__aeLastScrollY === y ? (window.__aeStableFrames || 0) + 1 : 0;
    window.__aeLastScrollY = y;
    window.__aeStableFrames = stable;
    return stable >= 6;
  }, null, { polling: 'raf', timeout: 10_000 });
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

/**
 * Every passage as the DOM contract describes it: `id`, `speakers` (the `data-speakers` tokens),
 * `hidden` (computed `display: none`), the computed `color`, `current` (`aria-current`) and `text`.
 */
export async function passages(page) {
  return page.$$eval('.article .passage', (nodes) => nodes.map((node) => {
    const clone = node.cloneNode(true);
    clone.querySelectorAll('.who, .copy').forEach((n) => n.remove());
    const style = getComputedStyle(node);
    return {
      id: node.id,
      speakers: (node.getAttribute('data-speakers') || '').split(/\s+/u).filter(Boolean),
      rawSpeakers: node.getAttribute('data-speakers'),
      hidden: style.display === 'none',
      color: style.color,
      current: node.getAttribute('aria-current'),
      text: clone.textContent.replace(/\s+/gu, ' ').trim(),
    };
  }));
}

/** The id of the passage with `aria-current="location"`, or null (fails if there are several). */
export async function currentId(page) {
  const ids = await page.$$eval('[aria-current="location"]', (nodes) => nodes.map((n) => n.id));
  if (ids.length > 1) throw new Error(`several elements have aria-current="location": ${ids.join(', ')}`);
  return ids[0] ?? null;
}

/** Waits until the passage with `aria-current="location"` is `id` (null: none). */
export async function waitForCurrent(page, id, timeout = 5_000) {
  await page.waitForFunction((want) => {
    const nodes = document.querySelectorAll('[aria-current="location"]');
    if (want === null) return nodes.length === 0;
    return nodes.length === 1 && nodes[0].id === want;
  }, id, { timeout });
}

/** Where the passage `id` lies relative to the viewport and the sticky `.app-bar`. */
export async function placement(page, id) {
  return page.evaluate((pid) => {
    const node = document.getElementById(pid);
    if (!node) return null;
    const rects = node.getClientRects();
    const first = rects[0] || node.getBoundingClientRect();
    const bar = document.querySelector('.app-bar');
    const barBottom = bar ? bar.getBoundingClientRect().bottom : 0;
    const x = Math.min(Math.max(first.left + 4, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(first.top + Math.min(first.height / 2, 8), 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return {
      top: first.top,
      bottom: first.bottom,
      barBottom,
      innerHeight: window.innerHeight,
      scrollY: window.scrollY,
      inViewport: first.bottom > 0 && first.top < window.innerHeight,
      belowBar: first.top >= barBottom - 1,
      topUncovered: hit !== null && (hit === node || node.contains(hit)),
      hit: hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}.${[...hit.classList].join('.')}` : null,
    };
  }, id);
}

/** The hint words of a passage text, as the link contract defines them (first six words). */
export function hintWords(text) {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 6).map((w) => w.toLowerCase());
}

/** Speaker toggles: accessible name, pressed state, nesting (`parent` index or null). */
export async function speakerToggles(page) {
  return page.$$eval('button.speaker-toggle', (buttons) => buttons.map((button) => {
    const li = button.closest('li');
    const parentLi = li && li.parentElement && li.parentElement.closest('li');
    const parentButton = parentLi ? parentLi.querySelector(':scope > button.speaker-toggle') : null;
    return {
      name: (button.querySelector('.speaker-name') || button).textContent.replace(/\s+/gu, ' ').trim(),
      label: button.textContent.replace(/\s+/gu, ' ').trim(),
      pressed: button.getAttribute('aria-pressed'),
      parent: parentButton ? buttons.indexOf(parentButton) : null,
      isRole: button.closest('ul.roles') !== null,
    };
  }));
}

/** The `speakers` query parameter of the page's URL, as a list. */
export function speakersParam(pageUrl) {
  const value = new URL(pageUrl).searchParams.get('speakers');
  return value ? value.split(',').filter(Boolean) : [];
}

/** Source of axe-core, to inject with `page.evaluate` (the page's CSP forbids a script tag). */
export async function axeSource() {
  return readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
}

/** A readable summary of problems for assertion messages. */
export function show(problems) {
  return problems.length ? `\n  ${problems.join('\n  ')}` : '(none)';
}

// Known app bugs, reported to the lead. Each entry is marked FIXME(app) and goes once the app is
// fixed. Until then a matching failure is printed as a test diagnostic instead of failing the
// suite; `AE_STRICT=1` makes them fail again.
export const STRICT = process.env.AE_STRICT === '1';
// Console messages that are not the app's problem would be listed here; there are none.
const KNOWN_PROBLEMS = [];

/** Asserts that `problems` is empty, apart from known app bugs (reported as diagnostics). */
export function assertNoProblems(t, problems) {
  const known = STRICT ? [] : problems.filter((p) => KNOWN_PROBLEMS.some((re) => re.test(p)));
  const rest = problems.filter((p) => !known.includes(p));
  if (known.length) t.diagnostic(`FIXME(app): ${known.length} known console problem(s): ${[...new Set(known)].join(' | ')}`);
  assert.deepEqual(rest, [], `console errors, page errors, dialogs or CSP violations: ${show(rest)}`);
}

/**
 * Runs `check` (which asserts the correct behaviour) for a known app bug: a failure is printed
 * as a FIXME(app) diagnostic instead of failing, unless AE_STRICT=1. When it passes, a
 * diagnostic says the FIXME can go.
 */
export async function knownAppBug(t, what, check) {
  try {
    await check();
    t.diagnostic(`FIXME(app) now passes, remove the FIXME: ${what}`);
  } catch (error) {
    if (STRICT) throw error;
    t.diagnostic(`FIXME(app) still failing: ${what}: ${String(error.message).split('\n')[0]}`);
  }
}
