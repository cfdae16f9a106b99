#!/usr/bin/env node
// `npm run bench` prints one table: bench/pipeline.bench.mjs, each stage and the whole pipeline on text and HTML
// against the peers run in the same process. The other benches run by name (`npm run bench -- dates fix`) or all
// of them with `npm run bench -- --all` (batch.bench.mjs alone takes many minutes). Build first: npm run build.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const all = args.includes('--all');
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()
  .filter((f) => all || (only.length ? only.some((o) => f.includes(o)) : f === 'pipeline.bench.mjs'));
for (const file of files) {
  if (files.length > 1) console.log(`\n## ${file.replace('.bench.mjs', '')}\n`);
  await import(join(here, file));
}
