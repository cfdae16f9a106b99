// Shared by the benches that run on plain text: the corpus and the timer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'bench', 'article-extraction', 'fullpage-text.json');
const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 1500);

/** The shared benchmark's pages flattened to text when checked out beside the repository; else the fixtures. */
export function textCorpus() {
  if (existsSync(shared)) {
    return {
      name: 'shared article-extraction pages (text)',
      docs: Object.values(JSON.parse(readFileSync(shared, 'utf8'))),
    };
  }
  const docs = readdirSync(join(root, 'fixtures'))
    .map((d) => join(root, 'fixtures', d, 'input.txt'))
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8'));
  return { name: 'bundled fixtures', docs };
}

/** Fastest of repeated whole passes, for at least BENCH_MIN_MS (default 1500). */
export async function timePass(fn) {
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
