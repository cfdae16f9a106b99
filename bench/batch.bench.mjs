// Batch throughput and memory of the built CLI (npm run build first), on generated inputs in os.tmpdir():
//   1. docs/s normalising a generated JSONL of --docs articles (default 50,000) with --jobs 1 and --jobs 2;
//   2. peak RSS of `normalise --jobs 2 -` fed a generated JSONL stream of --stream-mb MB (default 1024) on stdin,
//      against the same run on a stream 1/16 the size: a ratio near 1 means memory stays flat with input size.
//      --stream-fix-only runs that part with --fix-only (text repair only), which is much faster.
// Run directly to pass flags (node bench/batch.bench.mjs --stream-mb 256); under `npm run bench` the same
// settings come from BENCH_DOCS, BENCH_STREAM_MB and BENCH_STREAM_FIX_ONLY=1.
// Articles are the fixture inputs, each record given its own id and a numbered closing line.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'dist/cli.js');
const direct = process.argv[1] === fileURLToPath(import.meta.url);
const { values: flags } = parseArgs({
  args: direct ? process.argv.slice(2) : [],
  options: {
    docs: { type: 'string' },
    'stream-mb': { type: 'string' },
    'stream-fix-only': { type: 'boolean' },
    only: { type: 'string' }, // throughput | memory
  },
});
const DOCS = Number(flags.docs ?? process.env.BENCH_DOCS ?? 50_000);
const STREAM_MB = Number(flags['stream-mb'] ?? process.env.BENCH_STREAM_MB ?? 1024);
const FIX_ONLY = flags['stream-fix-only'] ?? process.env.BENCH_STREAM_FIX_ONLY === '1';
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');

const texts = readdirSync(join(root, 'fixtures'))
  .map((f) => join(root, 'fixtures', f, 'input.txt'))
  .filter(existsSync)
  .map((p) => readFileSync(p, 'utf8'));

/** The i-th generated record, as a JSONL line. */
const recordLine = (i) =>
  `${JSON.stringify({ id: `gen-${i}`, text: `${texts[i % texts.length]}\n\nRecord ${i} of the generated batch.` })}\n`;

/** Generated records as a readable stream, stopping after `docs` records or `bytes` bytes. */
async function* generate({ docs = Infinity, bytes = Infinity }) {
  let size = 0;
  for (let i = 0; i < docs && size < bytes; i++) {
    const line = recordLine(i);
    size += Buffer.byteLength(line);
    yield line;
  }
}

async function writeFile(path, records) {
  const out = createWriteStream(path);
  for await (const line of records) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Runs the CLI, feeding `stdin` (an async iterable) if given; returns wall time, output lines and peak RSS. */
async function runCli(args, stdin) {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, '--quiet', '--format', 'jsonl', ...args], {
    stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'inherit'],
  });
  let peakKb = 0;
  const sample = () => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      /* the process has ended, or no /proc on this system */
    }
  };
  const sampler = setInterval(sample, 200);
  let lines = 0;
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    sample();
  });
  const feeding = stdin
    ? (async () => {
        for await (const line of stdin) if (!child.stdin.write(line)) await once(child.stdin, 'drain');
        child.stdin.end();
      })()
    : Promise.resolve();
  const [code] = await once(child, 'exit');
  await feeding;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`normalise exited with ${code}`);
  return { seconds: (performance.now() - started) / 1000, lines, peakMb: peakKb / 1024 };
}

const fmt = (n, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(
  `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}; load ${load()}`,
);

// 1. Throughput, 1 vs 2 jobs, same file, same run.
if (flags.only !== 'memory') await throughput();
if (flags.only !== 'throughput') await memory();
console.log(`\nload average at the end: ${load()}`);

async function throughput() {
  const file = join(tmpdir(), `cleanwire-bench-${DOCS}.jsonl`);
  await writeFile(file, generate({ docs: DOCS }));
  const rows = [];
  for (const jobs of [1, 2]) {
    const run = await runCli(['--jobs', String(jobs), file]);
    if (run.lines !== DOCS) throw new Error(`expected ${DOCS} output lines, got ${run.lines}`);
    rows.push({ jobs, ...run, rate: DOCS / run.seconds });
  }
  rmSync(file);
  console.log(`\nthroughput on ${fmt(DOCS)} generated articles (JSONL file)\n`);
  console.log('| jobs | seconds | docs/s | vs 1 job |\n|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.jobs} | ${fmt(r.seconds, 1)} | ${fmt(r.rate)} | ${fmt(r.rate / rows[0].rate, 2)}× |`);
}

// 2. Memory on a stream far larger than what is held: the full size against a peer 1/16 of it.
async function memory() {
  const mode = FIX_ONLY ? ['--fix-only'] : [];
  const streams = [];
  for (const mb of [STREAM_MB / 16, STREAM_MB]) {
    const run = await runCli(
      [...mode, '--jobs', '2', '--input-format', 'jsonl', '-'],
      generate({ bytes: mb * 1024 * 1024 }),
    );
    streams.push({ mb, ...run });
  }
  console.log(`\npeak RSS on a generated JSONL stream on stdin (--jobs 2${FIX_ONLY ? ', --fix-only' : ''})\n`);
  console.log('| stream | docs | seconds | peak RSS | vs smaller stream |\n|---|---|---|---|---|');
  for (const s of streams) {
    console.log(
      `| ${fmt(s.mb)} MB | ${fmt(s.lines)} | ${fmt(s.seconds, 1)} | ${fmt(s.peakMb)} MB | ${fmt(s.peakMb / streams[0].peakMb, 2)}× |`,
    );
  }
}
