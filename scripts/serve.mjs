// A small static file server for dist/: correct MIME types (application/wasm), gzip when the
// client accepts it, and an optional sub-path (`--base /explorer/`). Used by `make serve` and by
// the end-to-end tests. Usage: node scripts/serve.mjs DIR [--port N] [--base /path/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export function startServer({ root, port = 0, base = '/', host = '127.0.0.1', overlay = {} }) {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path === prefix.slice(0, -1)) {
        res.writeHead(301, { Location: prefix + url.search });
        return res.end();
      }
      if (!path.startsWith(prefix)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
      }
      path = path.slice(prefix.length) || 'index.html';
      if (path.endsWith('/')) path += 'index.html';
      // Extra in-memory files (used by tests, e.g. a generated long article).
      if (Object.hasOwn(overlay, path)) {
        const body = Buffer.from(overlay[path]);
        res.writeHead(200, { 'Content-Type': MIME[extname(path)] || 'application/octet-stream', 'Content-Length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      const file = normalize(join(rootDir, path));
      if (!file.startsWith(rootDir + sep)) {
        res.writeHead(403);
        return res.end();
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
      }
      let body = await readFile(file);
      const headers = {
        'Content-Type': MIME[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && body.length > 512) {
        body = gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      res.end('bad request');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = `http://${host}:${server.address().port}${prefix}`;
      resolvePromise({ server, address, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const root = args[0] && !args[0].startsWith('--') ? args[0] : 'dist';
  const { address } = await startServer({ root, port: Number(opt('--port', 8080)), base: opt('--base', '/') });
  console.log(`Serving ${root}/ at ${address}  (Ctrl+C to stop)`);
}
