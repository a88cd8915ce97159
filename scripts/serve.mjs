#!/usr/bin/env node
// A tiny static file server for the presslens page (node built-ins only).
//
//   node scripts/serve.mjs [port]        (or PORT=8000 node scripts/serve.mjs)
//
// Serves www/ on 127.0.0.1 with correct MIME types (application/wasm for the
// module), the page's Content-Security-Policy as a header, and no access to
// anything outside www/. Port 0 picks a free port; the actual address is printed.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..', 'www');

export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src data:",
  "style-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8', // wasm-pack's .d.ts files, served as plain text
};

function mimeFor(file) {
  return MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

function baseHeaders(extra = {}) {
  return {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
    ...extra,
  };
}

function sendText(res, status, message, method) {
  const body = Buffer.from(message + '\n', 'utf8');
  res.writeHead(status, baseHeaders({
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
  }));
  res.end(method === 'HEAD' ? undefined : body);
}

/** Map a request path to a file under root, or null when it would leave root. */
export function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

function handler(root) {
  return (req, res) => {
    const method = req.method || 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'method not allowed', method);
    }
    let pathname;
    try {
      pathname = new URL(req.url || '/', 'http://localhost').pathname;
    } catch {
      return sendText(res, 400, 'bad request', method);
    }
    let file = resolvePath(root, pathname);
    if (!file) return sendText(res, 403, 'forbidden', method);

    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, baseHeaders({ Location: pathname + '/' }));
          return res.end();
        }
        file = path.join(file, 'index.html');
        return fs.stat(file, (err2, st2) => serveFile(err2, st2));
      }
      serveFile(err, st);
    });

    function serveFile(err, st) {
      if (err || !st.isFile()) return sendText(res, 404, 'not found', method);
      res.writeHead(200, baseHeaders({
        'Content-Type': mimeFor(file),
        'Content-Length': st.size,
      }));
      if (method === 'HEAD') return res.end();
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    }
  };
}

/**
 * Start serving www/ on 127.0.0.1:port (0 = any free port). Returns the http.Server;
 * wait for its 'listening' event before reading server.address().
 * Options: { root } serves another directory, { log: false } silences the address line.
 */
export function start(port = 8000, { root = ROOT, host = '127.0.0.1', log = true } = {}) {
  const server = http.createServer(handler(path.resolve(root)));
  server.on('listening', () => {
    if (log) {
      const { port: actual } = server.address();
      console.log(`presslens: serving http://${host}:${actual}/`);
    }
  });
  server.listen(Number(port), host);
  return server;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const raw = process.argv[2] ?? process.env.PORT ?? '8000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`presslens: bad port ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(ROOT, 'pkg', 'presslens.js'))) {
    console.error('presslens: note: www/pkg/presslens.js is missing; build the wasm module first');
  }
  if (!fs.existsSync(path.join(ROOT, 'seeds', 'index.json'))) {
    console.error('presslens: note: www/seeds/index.json is missing; run node scripts/build-seeds.mjs');
  }
  const server = start(port);
  server.on('error', (e) => {
    console.error(`presslens: ${e.message}`);
    process.exit(1);
  });
}
