#!/usr/bin/env node
// Precision and recall of the people-name merge on test/data/name-variants.json (real people, spellings as
// different agencies print them). Every spelling of every group goes into one pool; the merge groups the pool;
// each pair of spellings counts: put together and truly one person (true positive), put together but two people
// (false positive), kept apart but one person (false negative). Reported three ways: the fuzzy matcher alone,
// with the name-part variant table, and with the curated people table too; plus how many test spellings the
// curated table holds. Run after `npm run build`:  npm run eval:names [-- --verbose]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Pairwise precision and recall of `predicted` (arrays of spellings) against `gold` (arrays of spellings). */
export function scoreMerge(gold, predicted) {
  const truth = new Map();
  gold.forEach((g, i) => g.forEach((s) => truth.set(s, i)));
  const pairs = (groups) => groups.reduce((n, g) => n + (g.length * (g.length - 1)) / 2, 0);
  let tp = 0;
  const falseMerges = [];
  for (const group of predicted) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (truth.get(group[i]) === truth.get(group[j])) tp++;
        else falseMerges.push([group[i], group[j]]);
      }
    }
  }
  const predictedPairs = pairs(predicted);
  const goldPairs = pairs(gold);
  return {
    precision: predictedPairs ? tp / predictedPairs : 1,
    recall: goldPairs ? tp / goldPairs : 1,
    truePairs: tp,
    predictedPairs,
    goldPairs,
    falseMerges,
  };
}

/** Gold groups whose spellings the prediction left in more than one group. */
export function splitGroups(gold, predicted) {
  const at = new Map();
  predicted.forEach((g, i) => g.forEach((s) => at.set(s, i)));
  return gold.filter((g) => new Set(g.map((s) => at.get(s))).size > 1).map((g) => g.map((s) => `${s} #${at.get(s)}`));
}

export function loadGroups() {
  const data = JSON.parse(readFileSync(join(root, 'test/data/name-variants.json'), 'utf8'));
  return data.groups;
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  let lib;
  try {
    lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  } catch {
    console.error('eval-names: dist/ not found or stale; run `npm run build` first');
    process.exit(2);
  }
  const groups = loadGroups();
  const gold = groups.map((g) => g.spellings);
  const pool = gold.flat();
  const curated = JSON.parse(readFileSync(join(root, 'data/people.json'), 'utf8')).people;
  const inTable = new Set(curated.flatMap((p) => [p.name, ...p.aliases]));
  const held = pool.filter((s) => !inTable.has(s)).length;
  const langs = [...new Set(groups.map((g) => g.lang))].join(', ');
  const multi = gold.filter((g) => g.length > 1).length;
  console.log(`name-variants: ${gold.length} people (${multi} with variant spellings; ${langs}), ${pool.length} spellings, ` +
    `${held} of them not in data/people.json`);
  const modes = [
    ['fuzzy matcher only', { curated: false, variants: false }],
    ['+ name-part variants', { curated: false, variants: true }],
    ['+ curated people table', { curated: true, variants: true }],
  ];
  let failed = false;
  for (const [label, options] of modes) {
    const predicted = lib.groupNames(pool, options);
    const s = scoreMerge(gold, predicted);
    console.log(`${label.padEnd(24)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  ` +
      `(${s.truePairs} of ${s.predictedPairs} merged pairs right, ${s.goldPairs} true pairs)`);
    if (verbose || options.curated === false && options.variants === true) {
      for (const [a, b] of s.falseMerges) console.log(`  false merge: ${a} = ${b}`);
      if (verbose) for (const g of splitGroups(gold, predicted)) console.log(`  split: ${g.join(' | ')}`);
    }
    if (options.variants && (s.precision < 0.98 || s.recall < 0.95)) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
