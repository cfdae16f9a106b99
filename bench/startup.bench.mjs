#!/usr/bin/env node
// Start-up cost, for the many runs that handle one file or a few: each row is a fresh `node` process, timed from spawn to
// exit, and set against `node` starting and doing nothing (the floor no library can go under), measured in the
// same rounds. Build first: npm run build. Run it with `npm run bench -- startup`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const fixture = (name, file) => join(root, 'fixtures', name, file);
const fixtureInputs = readdirSync(join(root, 'fixtures'), { recursive: true }).filter((f) => /input\.(txt|html)$/.test(f));

const runs = {
  'node, doing nothing (floor)': ['-e', ''],
  'import cleanwire': ['--input-type=module', '-e', `await import(${JSON.stringify(join(root, 'dist', 'index.js'))})`],
  'normalise one text file': [cli, '--format', 'json', fixture('seed-000', 'input.txt')],
  'normalise one HTML page': [cli, '--format', 'json', fixture('html-news-jsonld', 'input.html')],
  // A short batch: what a process pays once (regex compiles, first calls) spread over a few documents.
  [`normalise the fixtures folder (${fixtureInputs.length} documents)`]: [cli, '--format', 'jsonl', join(root, 'fixtures')],
};

function time(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const ROUNDS = 7;
const ms = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (let r = 0; r < ROUNDS; r++) {
  // Alternate the order so no row always runs on a busier machine.
  const names = r % 2 ? Object.keys(runs).reverse() : Object.keys(runs);
  for (const name of names) ms[name].push(time(runs[name]));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = median(ms['node, doing nothing (floor)']);
console.log(`fresh process per run, median of ${ROUNDS} rounds\n`);
console.log('| run | wall ms | over the floor, ms | × floor |');
console.log('|---|---:|---:|---:|');
for (const [name, xs] of Object.entries(ms)) {
  const m = median(xs);
  console.log(`| ${name} | ${m.toFixed(0)} | ${(m - floor).toFixed(0)} | ${(m / floor).toFixed(1)} |`);
}
