#!/usr/bin/env node
// The single-file build: one .html that holds the page, its styles, its scripts, the
// analysis worker (started from a Blob URL), the wasm module (base64) and the sample
// articles, and works opened from disk (file://) with no server. Node built-ins only.
//
//   node scripts/dist.mjs [out.html]       (default: target/dist/presslens.html)
//
// Needs the wasm module in www/pkg/ (make wasm). The page's ES modules are joined without
// a bundler: each module becomes a function scope that hands back what it exports. The
// file's Content-Security-Policy allows exactly its own inline script and style (by hash),
// workers from blob: URLs, and WebAssembly compilation; no connection of any kind.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(REPO, 'www');

// The page's modules, each after the modules it imports.
const MODULES = ['boot.js', 'dom.js', 'diff.js', 'compare.js', 'decode.js', 'exporters.js', 'store.js', 'charts.js'];
const MAIN = 'app.js';

const IMPORT_LINE = /^import\s+(?:[\s\S]*?)\s+from\s+['"]\.\/[\w./-]+['"];\s*$/gm;

/** The names a module exports (`export function f`, `export const c`, `export { a, b as c }`). */
export function exportedNames(code) {
  const names = [];
  for (const m of code.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([\w$]+)/gm)) names.push([m[1], m[1]]);
  for (const m of code.matchAll(/^export\s*\{([^}]*)\};?\s*$/gm)) {
    for (const part of m[1].split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, as = local] = part.split(/\s+as\s+/);
      names.push([local, as]);
    }
  }
  return names;
}

/** A module's code as a function scope; `into` names the object or bindings it hands back. */
export function unwrapModule(code, file) {
  const names = exportedNames(code);
  const body = code
    .replace(IMPORT_LINE, '')
    .replace(/^export\s*\{[^}]*\};?\s*$/gm, '')
    .replace(/^export\s+(?=(?:async\s+)?(?:function|const|let|class)\b)/gm, '');
  if (/^\s*(?:import|export)\s/m.test(body)) throw new Error(`${file}: an import or export the single-file build cannot join`);
  const ret = names.map(([local, as]) => (local === as ? local : `${as}: ${local}`)).join(', ');
  return { names, code: `(() => {\n${body}\nreturn { ${ret} };\n})()` };
}

const jsString = (s) => JSON.stringify(s).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const sha256 = (s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;

export function buildDist({ out = path.join(REPO, 'target', 'dist', 'presslens.html') } = {}) {
  const read = (f) => fs.readFileSync(path.join(WWW, f), 'utf8');
  const pkgJs = path.join(WWW, 'pkg', 'presslens.js');
  if (!fs.existsSync(pkgJs)) throw new Error('www/pkg/presslens.js is missing: build the wasm module first (make wasm)');

  // The worker: the wasm-bindgen glue as one scope named wasmPkg, then the worker's own code.
  const pkg = unwrapModule(fs.readFileSync(pkgJs, 'utf8'), 'pkg/presslens.js');
  const workerSrc = read('worker.js');
  const importPkg = /^import \* as wasmPkg from '\.\/pkg\/presslens\.js';$/m;
  if (!importPkg.test(workerSrc)) throw new Error('worker.js no longer imports ./pkg/presslens.js as wasmPkg');
  // A classic worker: Chromium will not start a module worker from a blob: URL of a file://
  // page. The glue's one use of import.meta.url (the default wasm path) is never taken, as
  // the page hands over the compiled module, but it must parse.
  const worker = `const wasmPkg = ${pkg.code.replace(/import\.meta\.url/g, 'self.location.href')};\n${workerSrc.replace(importPkg, '')}`;
  if (/^\s*(?:import|export)\s|import\.meta/m.test(worker)) throw new Error('the worker holds module syntax a classic worker cannot run');

  const wasm = fs.readFileSync(path.join(WWW, 'pkg', 'presslens_bg.wasm')).toString('base64');
  const seedDir = path.join(REPO, 'seeds');
  const seeds = fs.existsSync(seedDir)
    ? fs.readdirSync(seedDir).filter((n) => n.toLowerCase().endsWith('.txt')).sort()
      .map((name) => ({ name, text: fs.readFileSync(path.join(seedDir, name), 'utf8') }))
    : [];

  const parts = [`globalThis.PRESSLENS_INLINE = { worker: ${jsString(worker)}, wasm: ${jsString(wasm)}, seeds: ${jsString(seeds)} };`];
  for (const f of MODULES) {
    const m = unwrapModule(read(f), f);
    parts.push(`const { ${m.names.map(([, as]) => as).join(', ')} } = ${m.code};`);
  }
  const main = read(MAIN).replace(IMPORT_LINE, '');
  if (/^\s*(?:import|export)\s/m.test(main)) throw new Error(`${MAIN}: an import or export the single-file build cannot join`);
  parts.push(main);
  const script = `\n${parts.join('\n\n')}\n`;
  if (/<\/script/i.test(script)) throw new Error('the inlined script holds "</script"');
  const style = `\n${read('style.css')}\n`;
  if (/<\/style/i.test(style)) throw new Error('style.css holds "</style"');

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    'worker-src blob:',
    `style-src ${sha256(style)}`,
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  let html = read('index.html');
  const swaps = [
    [/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`],
    [/<link rel="stylesheet" href="style.css">/, () => `<style>${style}</style>`],
    // The module is inlined: nothing to fetch ahead.
    [/\n *<link rel="preload" href="pkg\/presslens_bg.wasm"[^>]*>/, () => ''],
    // The modules are inlined: nothing to fetch ahead.
    [/\n *<!-- app\.js's modules[^>]*-->(?:\n *<link rel="modulepreload" href="[\w-]+\.js">)+/, () => ''],
    // boot.js is the first module of the inlined script.
    [/\n *<!-- boot\.js [^>]*-->\n *<script type="module" src="boot.js"><\/script>/, () => ''],
    [/<script type="module" src="app.js"><\/script>/, () => `<script type="module">${script}</script>`],
  ];
  for (const [re, to] of swaps) {
    if (!re.test(html)) throw new Error(`index.html: ${re} not found`);
    html = html.replace(re, to);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, html);
  return { out, bytes: Buffer.byteLength(html), csp };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    const { out, bytes } = buildDist(process.argv[2] ? { out: path.resolve(process.argv[2]) } : {});
    console.log(`presslens: ${path.relative(process.cwd(), out)} (${(bytes / 1024).toFixed(0)} KB), one file, opens from disk`);
  } catch (e) {
    console.error(`presslens: ${e.message}`);
    process.exit(1);
  }
}
