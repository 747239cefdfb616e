// A small static file server for dist/: correct MIME types (application/wasm), gzip when the
// client accepts it, an optional sub-path (`--base /explorer/`), and the response headers of
// DIR/_headers (the Netlify / Cloudflare Pages file the build writes: CSP, nosniff, caching), as
// a real host sends them. Used by `make serve` and by the end-to-end tests.
// Usage: node scripts/serve.mjs DIR [--port N] [--base /path/]
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
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

/**
 * Parses a `_headers` file (Netlify and Cloudflare Pages): each rule is a path line, then
 * indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeaders(text) {
  const rules = [];
  let rule = null;
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/u.test(raw)) {
      rule = { path: line, headers: [] };
      rules.push(rule);
      continue;
    }
    const colon = line.indexOf(':');
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers that `rules` give `path` (from the site root, `/index.html`): a path ending in `*`
 * matches every path it starts, any other only itself; a header set by several matching rules
 * gets their values joined by a comma, as those hosts do.
 */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/**
 * Serves `root` under `base`. `headers: false` ignores `root/_headers` (tests use it to show what
 * the headers change); `overlay` adds in-memory files.
 */
export function startServer({ root, port = 0, base = '/', host = '127.0.0.1', overlay = {}, headers = true }) {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = join(rootDir, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  // Defaults for what `_headers` does not say; its values win.
  const responseHeaders = (path, contentType) => ({
    'Content-Type': contentType,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headersFor(rules, `/${path}`),
  });
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
      path = path.slice(prefix.length);
      // The hosts that read `_headers` never serve it.
      if (path === '_headers') {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
      }
      const ruleHeaders = (contentType) => responseHeaders(path, contentType);
      path ||= 'index.html';
      if (path.endsWith('/')) path += 'index.html';
      // Extra in-memory files (used by tests, e.g. a generated long article).
      if (Object.hasOwn(overlay, path)) {
        const body = Buffer.from(overlay[path]);
        res.writeHead(200, { ...ruleHeaders(MIME[extname(path)] || 'application/octet-stream'), 'Content-Length': body.length });
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
      const headers = ruleHeaders(MIME[extname(file)] || 'application/octet-stream');
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
