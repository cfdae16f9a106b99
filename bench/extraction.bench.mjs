#!/usr/bin/env node
// Article extraction from HTML: cleanwire against Readability.js + linkedom, side by side on the same pages in the
// same run. Prints F1 (word 4-gram shingles, the article-extraction benchmark's metric) and pages/s of both, and
// the ratio. Pages: the 181-page benchmark in ../shared/bench/article-extraction (or $EXTRACTION_BENCH_DIR).
// Build first: npm run build. Run: npm run bench:extraction [-- --rounds N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalise } from '../dist/index.js';

const { values: opt } = parseArgs({ options: { rounds: { type: 'string', default: '2' } } });
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.EXTRACTION_BENCH_DIR ?? join(root, '..', 'shared', 'bench', 'article-extraction');
if (!existsSync(join(dir, 'ground-truth.json'))) {
  console.log(`extraction bench skipped: no benchmark data in ${dir} (set EXTRACTION_BENCH_DIR)`);
} else {
  run();
}

function run() {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const ids = Object.keys(truth)
    .sort()
    .filter((id) => readdirSync(join(dir, 'html')).includes(`${id}.html.gz`));
  const pages = ids.map((id) => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'));

  const extractors = {
    'cleanwire (extraction: entities off)': (html) => normalise({ html }, { entities: false, now: '2020-01-01' }).text,
    'cleanwire (full pipeline)': (html) => normalise({ html }, { now: '2020-01-01' }).text,
    'Readability + linkedom': (html) => {
      const { document } = parseHTML(html);
      return new Readability(document).parse()?.textContent ?? '';
    },
  };

  // Warm up every extractor, then time whole passes, alternating, and keep each one's best pass.
  const results = {};
  for (const [name, fn] of Object.entries(extractors)) {
    for (const html of pages.slice(0, 20)) safe(fn, html);
    results[name] = { seconds: Infinity, texts: [] };
  }
  for (let round = 0; round < Number(opt.rounds); round++) {
    for (const [name, fn] of Object.entries(extractors)) {
      const started = process.hrtime.bigint();
      const texts = pages.map((html) => safe(fn, html));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (seconds < results[name].seconds) results[name] = { seconds, texts };
    }
  }

  const peer = results['Readability + linkedom'];
  console.log(`| extractor | F1 | precision | recall | F1 even ids | F1 odd ids | pages/s | × Readability |`);
  console.log(`|---|---|---|---|---|---|---|---|`);
  for (const [name, r] of Object.entries(results)) {
    const all = score(ids, truth, r.texts);
    const even = score(ids, truth, r.texts, 0);
    const odd = score(ids, truth, r.texts, 1);
    const rate = pages.length / r.seconds;
    const ratio = rate / (pages.length / peer.seconds);
    console.log(
      `| ${name} | ${all.f1.toFixed(3)} | ${all.p.toFixed(3)} | ${all.r.toFixed(3)} | ${even.f1.toFixed(3)} | ${odd.f1.toFixed(3)} | ${rate.toFixed(1)} | ${ratio.toFixed(2)} |`,
    );
  }
  console.log(`\n${pages.length} pages, best of ${opt.rounds} timed passes each after a warm-up, one process.`);
}

function safe(fn, html) {
  try {
    return fn(html) ?? '';
  } catch {
    return '';
  }
}

// The benchmark's metric: tokens are runs of word characters; per page, 4-gram shingle multisets give tp/fp/fn
// normalised to sum 1; precision and recall are averaged over pages; F1 = 2PR/(P+R).
function shingles(text) {
  const tokens = (text ?? '').match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const s = tokens.slice(i, i + 4);
    if (!s.length) continue;
    const key = s.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function score(ids, truth, texts, half) {
  const ps = [];
  const rs = [];
  ids.forEach((id, i) => {
    if (half !== undefined && i % 2 !== half) return;
    const t = shingles(truth[id].articleBody ?? '');
    const p = shingles(texts[i]);
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const key of new Set([...t.keys(), ...p.keys()])) {
      const a = t.get(key) ?? 0,
        b = p.get(key) ?? 0;
      tp += Math.min(a, b);
      fp += Math.max(0, b - a);
      fn += Math.max(0, a - b);
    }
    const sum = tp + fp + fn;
    [tp, fp, fn] = sum ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
    const exact = fp === 0 && fn === 0;
    if (tp + fp > 0) ps.push(exact ? 1 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(exact ? 1 : tp / (tp + fn));
  });
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const p = mean(ps),
    r = mean(rs);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
