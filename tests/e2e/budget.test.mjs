// Size budgets of the release build, printed and enforced. The first load is index.html, the
// style sheet, the main JS glue and the main wasm (the default article and its analysis are
// compiled into it). The analysis worker (worker.js, worker_bg.wasm) loads only for other
// articles, so it is printed separately.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './harness.mjs';

const KB = 1000;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function sizes() {
  const out = {};
  for (const name of await readdir(DIST)) {
    if (!/\.(wasm|js|css|html)$/.test(name)) continue;
    const bytes = await readFile(join(DIST, name));
    out[name] = { raw: bytes.length, gzip: gz(bytes) };
  }
  return out;
}

test('the main wasm plus its JS glue stay within 150 KB gzip', async () => {
  const all = await sizes();
  for (const [name, size] of Object.entries(all)) {
    console.log(`  ${name}: ${size.raw} B raw, ${size.gzip} B gzip`);
  }
  const isWorker = (name) => name.startsWith('worker');
  const wasm = Object.entries(all).filter(([name]) => name.endsWith('.wasm') && !isWorker(name));
  const js = Object.entries(all).filter(([name]) => name.endsWith('.js') && !isWorker(name));
  assert.equal(wasm.length, 1, 'one main wasm file in dist/');
  assert.equal(js.length, 1, 'one main JS glue file in dist/');
  const total = wasm[0][1].gzip + js[0][1].gzip;
  const css = Object.entries(all).filter(([name]) => name.endsWith('.css')).reduce((sum, [, s]) => sum + s.gzip, 0);
  const firstLoad = total + css + all['index.html'].gzip;
  const worker = Object.entries(all).filter(([name]) => isWorker(name)).reduce((sum, [, s]) => sum + s.gzip, 0);
  console.log(`  main wasm + JS gzip: ${total} B (budget ${150 * KB} B)`);
  console.log(`  first load (HTML + CSS + JS + wasm, article included) gzip: ${firstLoad} B`);
  console.log(`  analysis worker (loaded for other articles only) gzip: ${worker} B`);
  assert.ok(total <= 150 * KB, `main wasm + JS is ${total} B gzip, over 150 KB`);
});
