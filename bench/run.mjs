#!/usr/bin/env node
// Runs every bench/*.bench.mjs in name order (each prints its own table). Build first: npm run build.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n## ${file.replace('.bench.mjs', '')}\n`);
  await import(join(here, file));
}
