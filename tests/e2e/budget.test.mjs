// Size budgets of the release build, printed and enforced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './harness.mjs';

const KB = 1000;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function sizes() {
  const files = await readdir(DIST);
  const out = {};
  for (const name of files) {
    if (!/\.(wasm|js|css|html)$/.test(name)) continue;
    const bytes = await readFile(join(DIST, name));
    out[name] = { raw: bytes.length, gzip: gz(bytes) };
  }
  return out;
}

test('wasm plus JS glue stay within 150 KB gzip', async () => {
  const all = await sizes();
  const pick = (ext) => Object.entries(all).filter(([name]) => name.endsWith(ext));
  const wasm = pick('.wasm');
  const js = pick('.js');
  assert.equal(wasm.length, 1, 'one wasm file in dist/');
  assert.equal(js.length, 1, 'one JS glue file in dist/');
  for (const [name, size] of Object.entries(all)) {
    console.log(`  ${name}: ${size.raw} B raw, ${size.gzip} B gzip`);
  }
  const total = wasm[0][1].gzip + js[0][1].gzip;
  console.log(`  wasm + JS gzip: ${total} B (budget ${150 * KB} B)`);
  assert.ok(total <= 150 * KB, `wasm + JS is ${total} B gzip, over 150 KB`);
});
