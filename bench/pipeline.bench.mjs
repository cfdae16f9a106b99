// One table: each stage and the whole pipeline on text and on HTML, in MB/s and docs/s, against peers run in the
// same process: native String.prototype.normalize (the floor under the repair stage) and Readability + linkedom
// (the usual HTML article extractor). Build first: npm run build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fixText, normalise } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The shared article-extraction benchmark (181 real pages, as HTML and flattened to text) when it is checked out
// beside the repository; the bundled fixtures otherwise.
const shared = join(root, '..', 'shared', 'bench', 'article-extraction');
const NOW = '2025-06-20';
const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 1500);

function loadCorpus() {
  if (existsSync(join(shared, 'fullpage-text.json'))) {
    const text = Object.values(JSON.parse(readFileSync(join(shared, 'fullpage-text.json'), 'utf8')));
    const htmlDir = join(shared, 'html');
    const html = readdirSync(htmlDir)
      .sort()
      .map((f) => gunzipSync(readFileSync(join(htmlDir, f))).toString('utf8'));
    return { name: 'shared article-extraction benchmark pages', text, html };
  }
  const dirs = readdirSync(join(root, 'fixtures')).map((d) => join(root, 'fixtures', d));
  const read = (file) => dirs.filter((d) => existsSync(join(d, file))).map((d) => readFileSync(join(d, file), 'utf8'));
  return { name: 'bundled fixtures', text: read('input.txt'), html: read('input.html') };
}

const megabytes = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;

/** Milliseconds for one pass of `fn` over `docs`: whole passes repeated for at least MIN_MS, the fastest kept. */
function timePass(fn, docs) {
  let best = Infinity;
  let spent = 0;
  do {
    const t0 = performance.now();
    for (const d of docs) fn(d);
    const ms = performance.now() - t0;
    best = Math.min(best, ms);
    spent += ms;
  } while (spent < MIN_MS);
  return best;
}

const OFF = { repair: false, boilerplate: false, structure: false, entities: false, language: false };
// Stages are measured cumulatively (each row adds one stage to the row above) and charged the difference.
const TEXT_STAGES = [
  ['segment + assemble', OFF],
  ['repair', { ...OFF, repair: true }],
  ['boilerplate', { ...OFF, repair: true, boilerplate: true }],
  ['structure', { ...OFF, repair: true, boilerplate: true, structure: true }],
  ['entities', { ...OFF, repair: true, boilerplate: true, structure: true, entities: true }],
  ['language', {}],
];

function htmlSupported(doc) {
  try {
    normalise({ html: doc }, { now: NOW });
    return true;
  } catch (err) {
    if (err?.code === 'UNSUPPORTED') return false;
    throw err;
  }
}

const rows = [];
const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
function row(what, mb, docs, ms, peer = null) {
  const r = { what, mbs: ms > 0 ? mb / (ms / 1000) : Infinity, docss: ms > 0 ? docs / (ms / 1000) : Infinity, peer };
  rows.push(r);
  return r;
}

const MIN_ROUNDS = Number(process.env.BENCH_MIN_ROUNDS ?? 5);

/**
 * Passes of each of `fns` over `docs`, taken in turn (so a change in the machine's load falls on all of them alike)
 * until each has had MIN_MS and at least MIN_ROUNDS rounds ran: per round, the milliseconds of each.
 */
function timeInTurn(fns, docs) {
  const rounds = [];
  let spent = 0;
  do {
    rounds.push(
      fns.map((fn) => {
        const t0 = performance.now();
        for (const d of docs) fn(d);
        const ms = performance.now() - t0;
        spent += ms;
        return ms;
      }),
    );
  } while (spent < MIN_MS * fns.length || rounds.length < MIN_ROUNDS);
  return rounds;
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Per-stage rows from cumulative runs, then the whole pipeline. A stage is charged the median, over rounds, of its
 * run minus the run before it in the same round: a difference of two fastest passes taken apart is mostly noise
 * when a stage is a small part of a pass (an HTML pass is mostly parsing).
 */
function stageRows(kind, docs, toInput) {
  const mb = megabytes(docs);
  const rounds = timeInTurn(
    TEXT_STAGES.map(
      ([, options]) =>
        (d) =>
          normalise(toInput(d), { now: NOW, ...options }),
    ),
    docs,
  );
  TEXT_STAGES.forEach(([stage], i) => {
    const ms = median(rounds.map((times) => times[i] - (i ? times[i - 1] : 0)));
    // A stage cheaper than the timing noise shows as "—".
    const floor = 0.01 * median(rounds.map((times) => times[i]));
    row(`${kind}: ${stage}${i ? ' (stage alone)' : ''}`, mb, docs.length, ms > floor ? ms : 0);
  });
  const last = TEXT_STAGES.length - 1;
  return row(`${kind}: whole pipeline`, mb, docs.length, Math.min(...rounds.map((times) => times[last])));
}

const corpus = loadCorpus();
const textMb = megabytes(corpus.text);
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  `corpus: ${corpus.name}: ${corpus.text.length} text docs (${fmt(textMb)} MB), ${corpus.html.length} HTML docs (${fmt(megabytes(corpus.html))} MB)\n`,
);

// Text: the repair stage against its floor, native NFC over the same text.
const nfc = row(
  'peer: native String.prototype.normalize("NFC")',
  textMb,
  corpus.text.length,
  timePass((d) => d.normalize('NFC'), corpus.text),
);
row(
  'text: repair (fixText alone)',
  textMb,
  corpus.text.length,
  timePass((d) => fixText(d), corpus.text),
  nfc,
);
stageRows('text', corpus.text, (d) => d);

// HTML: the whole pipeline against Readability + linkedom on the same pages.
const htmlMb = megabytes(corpus.html);
if (corpus.html.length) {
  const readability = row(
    'peer: Readability + linkedom',
    htmlMb,
    corpus.html.length,
    timePass((d) => new Readability(parseHTML(d).document).parse(), corpus.html),
  );
  if (htmlSupported(corpus.html[0])) {
    const whole = stageRows('html', corpus.html, (d) => ({ html: d }));
    whole.peer = readability;
  } else {
    rows.push({ what: 'html: whole pipeline — HTML input not supported yet', mbs: NaN, docss: NaN, peer: readability });
  }
}

// Cost must grow linearly with size: one document of N MB made by repeating the text corpus.
const joined = corpus.text.join('\n\n');
const docOf = (mb) => joined.repeat(Math.ceil((mb * 1e6) / joined.length)).slice(0, mb * 1e6);
// The fastest of a few runs for the small document (one run can catch a collection of the HTML rows' garbage and
// make the ratio look superlinear or sublinear); the large one runs once, as it takes seconds.
const single = (mb) => {
  const doc = docOf(mb);
  let best = Infinity;
  for (let run = 0; run < (mb < 10 ? 3 : 1); run++) {
    const t0 = performance.now();
    normalise(doc, { now: NOW });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};
const LIMIT_MS = Number(process.env.BENCH_SCALING_LIMIT_MS ?? 15_000);
// Rows for single documents of 1 MB and 10 MB; the 10 MB row's ratio is against the 1 MB one (linear cost = 10×
// the time, so 1.00× the throughput).
let smaller = null;
for (const mb of [1, 10]) {
  if (smaller && smaller.ms * 10 > LIMIT_MS * 4) {
    rows.push({
      what: `text: one ${mb} MB document — skipped, ${mb / 10} MB took ${fmt(smaller.ms / 1000, 1)} s`,
      mbs: NaN,
      docss: NaN,
    });
    break;
  }
  const ms = single(mb);
  const r = row(
    `text: one ${mb} MB document (${fmt(ms / 1000, 1)} s${smaller ? `, ${fmt(ms / smaller.ms, 1)}× the ${mb / 10} MB time` : ''})`,
    mb,
    1,
    ms,
    smaller,
  );
  smaller = { ...r, ms, what: `the ${mb} MB document` };
}

// The ratio is of throughput (MB/s): for the same documents that is also the ratio of docs/s.
console.log('| stage | MB/s | docs/s | vs peer (throughput ratio) |');
console.log('|---|---:|---:|---|');
for (const r of rows) {
  const vs = r.peer ? `${(r.mbs / r.peer.mbs).toPrecision(3)}× ${r.peer.what.replace('peer: ', '')}` : '';
  console.log(`| ${r.what} | ${fmt(r.mbs)} | ${fmt(r.docss, 1)} | ${vs} |`);
}
