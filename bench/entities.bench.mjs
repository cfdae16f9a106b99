// Entities: what finding people, organisations and places adds to the pipeline (entities on vs off), and what batch
// merging adds to a run (normaliseMany with entities: 'batch' vs per document). Ratios against the peer run in the
// same process, so they hold across machines. Build first: npm run build.
import { normalise, normaliseMany } from '../dist/index.js';
import { textCorpus, timePass } from './text-corpus.mjs';

const NOW = '2025-06-20';
const corpus = textCorpus();

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
