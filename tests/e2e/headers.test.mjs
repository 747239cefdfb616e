// Headers for real hosts. The build writes dist/_headers (Netlify and Cloudflare Pages read it;
// scripts/serve.mjs sends it as they would): the page's own Content-Security-Policy as a header,
// plus frame-ancestors, and the other security and caching headers. In Chromium, a page of another
// origin cannot frame the explorer and the analysis worker cannot fetch from another origin. Each
// of those two is also run against the same build served without the headers, to show that the
// headers are what blocks it (issue 14, finding 10: both succeeded with the meta tag alone).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { open, load, ready, DIST, BASE, assertNoProblems, show } from './harness.mjs';
import { startServer, parseHeaders, headersFor } from '../../scripts/serve.mjs';

const YEAR = 'public, max-age=31536000, immutable';
// Trunk's content-hashed names (src/bin/prerender.rs, `is_hashed_name`).
const HASHED = /^.+-[0-9a-f]{1,16}(?:\.js|\.css|_bg\.wasm)$/u;

let rules;
let metaPolicy;
let files;
let session;
let bare; // The same build without the headers, another origin.
let other; // A third origin: the framing page and the fetch target.
let otherHits = [];

before(async () => {
  rules = parseHeaders(await readFile(join(DIST, '_headers'), 'utf8'));
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u);
  assert.ok(meta, 'index.html has a meta CSP');
  metaPolicy = meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  files = await readdir(DIST);
  session = await open();
  bare = await startServer({ root: DIST, base: BASE, headers: false });
  other = await startServer({
    root: DIST,
    base: '/',
    headers: false,
    overlay: {
      'frame-explorer.html': `<!doctype html><title>framer</title><link rel="icon" href="data:,"><iframe src="${session.url}"></iframe>`,
      'frame-bare.html': `<!doctype html><title>framer</title><link rel="icon" href="data:,"><iframe src="${bare.address}"></iframe>`,
      'probe.txt': 'reached',
    },
  });
  other.server.on('request', (req) => otherHits.push(req.url));
});
after(async () => {
  await session?.close();
  await bare?.close();
  await other?.close();
});

/** The directives of a policy, by name. */
function directives(policy) {
  return Object.fromEntries(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/u);
    return [name, values.join(' ')];
  }));
}

test('dist/_headers: the meta policy plus frame-ancestors, the security headers, a year for hashed files', () => {
  const all = headersFor(rules, '/index.html');
  const policy = all['Content-Security-Policy'];
  assert.equal(policy, `${metaPolicy}; frame-ancestors 'none'`, 'the header is the meta policy plus frame-ancestors');
  const d = directives(policy);
  assert.equal(d['frame-ancestors'], "'none'");
  assert.equal(d['worker-src'], "'self'");
  assert.equal(d['connect-src'], "'self'");
  assert.equal(d['img-src'], "'self' data:", "data: for index.html's empty favicon only");
  assert.equal(d['default-src'], "'none'");
  assert.match(d['script-src'], /^'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'$/u);
  assert.equal(all['X-Content-Type-Options'], 'nosniff');
  assert.equal(all['Referrer-Policy'], 'no-referrer');
  assert.equal(all['X-Frame-Options'], 'DENY');
  assert.match(all['Permissions-Policy'], /\bcamera=\(\)/u);
  assert.equal(all['Cache-Control'], undefined, 'index.html is revalidated (the host default)');

  const hashed = files.filter((name) => HASHED.test(name));
  assert.ok(hashed.some((n) => n.endsWith('_bg.wasm')) && hashed.some((n) => n.endsWith('.js'))
    && hashed.some((n) => n.endsWith('.css')), `hashed files: ${hashed.join(', ')}`);
  for (const name of hashed) {
    assert.equal(headersFor(rules, `/${name}`)['Cache-Control'], YEAR, name);
  }
  // Workers keep their names (Trunk), copied files too: never cached for long.
  for (const name of files.filter((n) => !HASHED.test(n))) {
    assert.equal(headersFor(rules, `/${name}`)['Cache-Control'], undefined, name);
  }
  for (const rule of rules.filter((r) => r.path !== '/*')) {
    assert.ok(files.includes(rule.path.slice(1)), `${rule.path} is a file of dist/`);
  }
});

test('scripts/serve.mjs sends them, and never serves _headers', async () => {
  const policy = headersFor(rules, '/')['Content-Security-Policy'];
  const wasm = files.find((n) => HASHED.test(n) && n.endsWith('_bg.wasm'));
  for (const [path, cache] of [['', 'no-cache'], [wasm, YEAR], ['worker_loader.js', 'no-cache'],
    ['worker_bg.wasm', 'no-cache'], ['articles/2021-07-20-cyber-security-politicization.txt', 'no-cache']]) {
    const response = await fetch(`${session.url}${path}`);
    assert.equal(response.status, 200, path);
    const h = response.headers;
    assert.equal(h.get('content-security-policy'), policy, path);
    assert.equal(h.get('x-content-type-options'), 'nosniff', path);
    assert.equal(h.get('referrer-policy'), 'no-referrer', path);
    assert.equal(h.get('x-frame-options'), 'DENY', path);
    assert.ok(h.get('permissions-policy'), path);
    assert.equal(h.get('cache-control'), cache, path);
  }
  assert.equal((await fetch(`${session.url}_headers`)).status, 404);
});

test('the explorer and its worker run under the header policy without a violation', async (t) => {
  const { page, url, problems } = session;
  problems.length = 0;
  const response = await page.goto(url);
  assert.equal(response.headers()['content-security-policy'], headersFor(rules, '/')['Content-Security-Policy']);
  await ready(page);
  // Another bundled article goes through the worker, which gets the policy from its script.
  await load(page, `${url}?article=2021-07-20-cyber-security-politicization`);
  assert.ok(await page.locator('.article .passage').count() > 10);
  // Every feature the Permissions-Policy names is one Chromium knows (an unknown one is an
  // error in the console), and each is off.
  const features = headersFor(rules, '/')['Permissions-Policy'].split(',').map((f) => f.trim().split('=')[0]);
  const unknown = await page.evaluate((names) => names.filter((n) => !document.featurePolicy.features().includes(n)), features);
  assert.deepEqual(unknown, [], 'features Chromium does not know');
  const allowed = await page.evaluate((names) => names.filter((n) => document.featurePolicy.allowsFeature(n)), features);
  assert.deepEqual(allowed, [], 'features still allowed');
  assertNoProblems(t, problems);
});

test('a page of another origin cannot frame the explorer', async () => {
  const { page, problems } = session;
  const framed = async (framer) => {
    await page.goto(`${other.address}${framer}`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(frame, 'the framing page has its frame');
    await frame.waitForLoadState('load');
    return { url: frame.url(), passages: await frame.locator('.passage').count() };
  };
  problems.length = 0;
  const bareFrame = await framed('frame-bare.html');
  assert.ok(bareFrame.passages > 10, `without the headers, the explorer renders in the frame: ${JSON.stringify(bareFrame)}`);
  const blocked = await framed('frame-explorer.html');
  assert.equal(blocked.passages, 0, `with the headers, nothing of the explorer is in the frame: ${JSON.stringify(blocked)}`);
  assert.match(blocked.url, /^chrome-error:/u);
  const unexpected = problems.filter((p) => !/frame-ancestors|X-Frame-Options|Refused to (display|frame)/u.test(p));
  assert.deepEqual(unexpected, [], show(unexpected));
});

test('the analysis worker cannot fetch from another origin', async () => {
  const { page, url, problems } = session;
  const probe = `${other.address}probe.txt`;
  const tryFetch = async (origin) => {
    await page.goto(origin);
    const started = page.waitForEvent('worker');
    await page.evaluate(() => { window.__aeProbeWorker = new Worker('./worker_loader.js'); });
    const worker = await started;
    otherHits = [];
    const result = await worker.evaluate(async (target) => {
      const attempt = (u) => fetch(u, { mode: 'no-cors' }).then(() => 'fetched', (e) => `blocked: ${e}`);
      return { own: await attempt('./index.html'), other: await attempt(target) };
    }, probe);
    return { ...result, reached: otherHits.filter((u) => u.startsWith('/probe.txt')).length };
  };
  problems.length = 0;
  const bareResult = await tryFetch(bare.address);
  assert.deepEqual(bareResult, { own: 'fetched', other: 'fetched', reached: 1 }, 'without the headers the worker reaches another origin');
  const result = await tryFetch(url);
  assert.equal(result.own, 'fetched', 'the worker fetches from its own origin');
  assert.match(result.other, /^blocked/u);
  assert.equal(result.reached, 0, 'no request reached the other origin');
  const unexpected = problems.filter((p) => !/connect-src|Refused to connect/u.test(p));
  assert.deepEqual(unexpected, [], show(unexpected));
});
