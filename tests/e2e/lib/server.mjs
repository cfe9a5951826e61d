// A tiny static server for the end-to-end tests (node:http, no dependencies).
//
//   const server = await startServer();            // dist/ under /clausewise/, fixtures under /fixtures/
//   await page.goto(server.url);                     // http://127.0.0.1:<port>/clausewise/
//   server.fixtureUrl('second.json');                // http://127.0.0.1:<port>/fixtures/second.json
//   await server.close();
//
// Options:
//   dist      folder served under `base` (default: <repo>/dist)
//   base      sub-path the app is served under, like GitHub Pages (default '/clausewise/')
//   fixtures  folder served under /fixtures/ (default: tests/e2e/fixtures)
//   headers   extra response headers on every response, e.g. a Content-Security-Policy
//   cors      true: add `Access-Control-Allow-Origin: *` (serve fixtures to another origin)
//   routes    { '/path': { body, type?, status?, headers? } | (req, res) => void } for extra pages
//   mounts    { '/prefix/': folder } more folders to serve, e.g. { '/vendor/pym/': PYM_DIST_DIR }
// Binds 127.0.0.1 on a random free port. `server.log` lists every request as { method, path, status }.
// `server.route(path, route)` adds (or replaces) a route after start, e.g. a host page written by a test.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const E2E_DIR = path.resolve(here, '..');
export const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');
export const DIST_DIR = process.env.CLAUSEWISE_DIST ? path.resolve(process.env.CLAUSEWISE_DIST) : path.join(REPO_ROOT, 'dist');
export const FIXTURES_DIR = path.join(E2E_DIR, 'fixtures');
// The real pym.js (npm package, see package.json), for host pages that embed the app with it.
export const PYM_DIST_DIR = path.join(E2E_DIR, 'node_modules', 'pym.js', 'dist');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// Resolve `rel` inside `root`, refusing anything that escapes it.
function safeJoin(root, rel) {
  const decoded = decodeURIComponent(rel);
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

export async function startServer(options = {}) {
  const {
    dist = DIST_DIR,
    base = '/clausewise/',
    fixtures = FIXTURES_DIR,
    headers = {},
    cors = false,
    routes: initialRoutes = {},
    mounts: extraMounts = {},
  } = options;
  const routes = { ...initialRoutes };
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const mounts = [
    [base, path.resolve(dist)],
    ['/fixtures/', path.resolve(fixtures)],
  ];
  for (const [prefix, root] of Object.entries(extraMounts)) {
    if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`mount prefix must start and end with "/": ${prefix}`);
    mounts.push([prefix, path.resolve(root)]);
  }
  const log = [];

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const pathname = url.pathname;
    const send = (status, body, type, extra = {}) => {
      log.push({ method: req.method, path: req.url, status });
      const h = { ...headers, ...extra, 'Cache-Control': 'no-store' };
      if (cors) h['Access-Control-Allow-Origin'] = '*';
      if (type) h['Content-Type'] = type;
      res.writeHead(status, h);
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method === 'OPTIONS') return send(204, '', null, cors ? { 'Access-Control-Allow-Methods': 'GET, HEAD' } : {});
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', 'text/plain');

    const route = routes[pathname];
    if (typeof route === 'function') {
      log.push({ method: req.method, path: req.url, status: 'route' });
      return route(req, res);
    }
    if (route) return send(route.status ?? 200, route.body, route.type ?? mimeType(pathname), route.headers ?? {});

    if (pathname + '/' === base) return send(301, '', null, { Location: base + url.search });

    for (const [prefix, root] of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      let file;
      try {
        file = safeJoin(root, pathname.slice(prefix.length));
      } catch {
        return send(400, 'bad path', 'text/plain');
      }
      if (!file) return send(403, 'forbidden', 'text/plain');
      try {
        let stat = fs.statSync(file);
        if (stat.isDirectory()) {
          if (!pathname.endsWith('/')) return send(301, '', null, { Location: pathname + '/' + url.search });
          file = path.join(file, 'index.html');
          stat = fs.statSync(file);
        }
        if (!stat.isFile()) throw new Error('not a file');
        return send(200, fs.readFileSync(file), mimeType(file));
      } catch {
        return send(404, `not found: ${pathname}`, 'text/plain; charset=utf-8');
      }
    }
    return send(404, `not found: ${pathname}`, 'text/plain; charset=utf-8');
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    base,
    url: origin + base,
    log,
    fixtureUrl: (name) => `${origin}/fixtures/${name}`,
    route: (pathname, route) => {
      routes[pathname] = route;
      return origin + pathname;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
