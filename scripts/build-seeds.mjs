#!/usr/bin/env node
// Copies the sample articles (every *.txt in the top-level seeds/ folder) into
// www/seeds/ and writes www/seeds/index.json, the list the page's
// "Load the sample articles" button reads. Node built-ins only.
//
//   node scripts/build-seeds.mjs

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function buildSeeds({
  from = path.join(REPO, 'seeds'),
  to = path.join(REPO, 'www', 'seeds'),
} = {}) {
  if (!fs.existsSync(from)) throw new Error(`no seeds folder at ${path.relative(REPO, from) || from}`);
  const names = fs.readdirSync(from, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => e.name)
    .sort();
  fs.mkdirSync(to, { recursive: true });
  // Drop stale copies so that index.json and the folder always agree.
  for (const old of fs.readdirSync(to)) {
    if (old.toLowerCase().endsWith('.txt') && !names.includes(old)) fs.rmSync(path.join(to, old));
  }
  for (const name of names) fs.copyFileSync(path.join(from, name), path.join(to, name));
  fs.writeFileSync(path.join(to, 'index.json'), JSON.stringify(names, null, 2) + '\n');
  return names;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    const names = buildSeeds();
    console.log(`presslens: ${names.length} sample article(s) copied to www/seeds/`);
  } catch (e) {
    console.error(`presslens: ${e.message}`);
    process.exit(1);
  }
}
