#!/usr/bin/env node
// Date-stage throughput: cleanwire's findDates (chrono + news parsers and refiners) against chrono's plain
// parse as the peer, on the same paragraphs, same machine, same run. Build first: npm run build.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { findDates } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const paragraphs = readdirSync(root)
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f === 'input.txt').map((f) => join(root, dir, f)))
  .flatMap((file) => readFileSync(file, 'utf8').split(/\n+/))
  .filter((line) => line.trim().length >= 40);
const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
const reference = new Date(2025, 5, 20, 12);

const runs = {
  'cleanwire findDates': () => paragraphs.forEach((p, i) => findDates(p, i, reference)),
  'chrono.en.parse (peer)': () => paragraphs.forEach((p) => chrono.en.parse(p, reference)),
};

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const ROUNDS = 15;
const seconds = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (const fn of Object.values(runs)) fn(); // warm-up
for (let r = 0; r < ROUNDS; r++) {
  // Alternate the order so neither side always runs on a warmer or busier machine.
  const names = r % 2 ? Object.keys(runs).reverse() : Object.keys(runs);
  for (const name of names) seconds[name].push(time(runs[name]));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${paragraphs.length} paragraphs, ${(bytes / 1024).toFixed(0)} KiB, median of ${ROUNDS} rounds\n`);
console.log('| run | paragraphs/s | MiB/s |');
console.log('|---|---:|---:|');
for (const [name, xs] of Object.entries(seconds)) {
  const s = median(xs);
  console.log(`| ${name} | ${(paragraphs.length / s).toFixed(0)} | ${(bytes / s / 2 ** 20).toFixed(2)} |`);
}
const ratio = median(seconds['cleanwire findDates']) / median(seconds['chrono.en.parse (peer)']);
console.log(`\ncleanwire date stage takes ${ratio.toFixed(2)}× the time of chrono's plain parse`);
