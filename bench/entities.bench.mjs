// Entities: what finding people, organisations and places adds to the pipeline (entities on vs off), and what batch
// merging adds to a run (normaliseMany with entities: 'batch' vs per document). Ratios against the peer run in the
// same process, so they hold across machines. Build first: npm run build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise, normaliseMany } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'bench', 'article-extraction', 'fullpage-text.json');
const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 1500);
const NOW = '2025-06-20';

const corpus = existsSync(shared)
  ? { name: 'shared article-extraction pages (text)', docs: Object.values(JSON.parse(readFileSync(shared, 'utf8'))) }
  : {
      name: 'bundled fixtures',
      docs: readdirSync(join(root, 'fixtures'))
        .map((d) => join(root, 'fixtures', d, 'input.txt'))
        .filter(existsSync)
        .map((f) => readFileSync(f, 'utf8')),
    };

/** Fastest of repeated whole passes, for at least MIN_MS. */
async function timePass(fn) {
  let best = Infinity;
  let spent = 0;
  do {
    const t0 = performance.now();
    await fn();
    const ms = performance.now() - t0;
    best = Math.min(best, ms);
    spent += ms;
  } while (spent < MIN_MS);
  return best;
}

const drain = async (it) => {
  for await (const _ of it);
};

const off = await timePass(() => corpus.docs.forEach((d) => normalise(d, { now: NOW, entities: false })));
const on = await timePass(() => corpus.docs.forEach((d) => normalise(d, { now: NOW })));
const perDoc = await timePass(() => drain(normaliseMany(corpus.docs, { now: NOW })));
const batch = await timePass(() => drain(normaliseMany(corpus.docs, { now: NOW, entities: 'batch' })));

console.log(`${corpus.docs.length} documents: ${corpus.name}\n`);
console.log('| run | ms per pass | ratio to peer |');
console.log('|---|---:|---:|');
console.log(`| normalise, entities off (peer) | ${off.toFixed(1)} | 1.00 |`);
console.log(`| normalise, entities on | ${on.toFixed(1)} | ${(on / off).toFixed(2)} |`);
console.log(`| normaliseMany per document (peer) | ${perDoc.toFixed(1)} | 1.00 |`);
console.log(`| normaliseMany entities: 'batch' | ${batch.toFixed(1)} | ${(batch / perDoc).toFixed(2)} |`);
