import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Installs the packed tarball into a fresh project outside the repository, so nothing resolves from the
// repository's own node_modules: this is what a user gets from `npm install cleanwire`.
const repo = join(__dirname, '..', '..');
const bin = (name: string) => join(repo, 'node_modules', '.bin', name);
const ARTICLE =
  'Heavy rain closes schools across the region\n\nBy Jane Roe\n\nSchools in the region closed on Monday after heavy rain flooded roads.\n';

let work: string;
let tarball: string;
let files: string[];
/** publint and attw read only the tarball, so they run while the other checks do. */
let linting: Promise<unknown>;

const run = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { cwd: work, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

beforeAll(() => {
  // Packing must not rebuild: other test files run the built CLI at the same time, and CI builds in `npm ci`.
  if (!existsSync(join(repo, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'cleanwire-pack-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: repo,
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, packed[0].filename);
  files = packed[0].files.map((f) => f.path);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  const lint = (name: string, args: string[]) => promisify(execFile)(bin(name), args, { cwd: work });
  linting = Promise.all([
    lint('publint', ['run', tarball, '--strict']),
    // --no-definitely-typed: judge only what the tarball ships, without fetching @types packages.
    lint('attw', [tarball, '--no-definitely-typed', '--format', 'ascii']),
  ]);
  linting.catch(() => {}); // reported by its own test below
  const install = [
    'install',
    tarball,
    '--prefer-offline',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
  ];
  run('npm', install);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
}, 60_000);

describe('the published package', () => {
  it('ships only the build, the schema, the data tables, the licence, README and CHANGELOG', () => {
    const allowed = /^(dist\/|data\/|article\.schema\.json$|package\.json$|README\.md$|CHANGELOG\.md$|LICEN[SC]E)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]); // source maps point at src/, which is not shipped
    expect(files.filter((f) => f.includes('metafile'))).toEqual([]); // the CLI bundle's, read for its licences
    const library = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/worker.js'];
    // The CLI bundles its dependencies, with their licences.
    const cli = ['dist/cli.js', 'dist/cli-worker.js', 'dist/THIRD-PARTY-LICENSES.md'];
    expect(files).toEqual(expect.arrayContaining([...library, ...cli]));
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'CHANGELOG.md', 'article.schema.json']));
  });

  it('imports as ESM', () => {
    const script = `import { normalise, fixText } from 'cleanwire';
      import schema from 'cleanwire/article.schema.json' with { type: 'json' };
      const a = normalise(${JSON.stringify(ARTICLE)}, { now: '2025-06-20' });
      console.log(JSON.stringify({ title: a.title, fixed: fixText('Putin \\u0435mphasiz\\u0435d').text, required: schema.required }));`;
    const out = JSON.parse(run('node', ['--input-type=module', '-e', script]));
    expect(out.title).toBe('Heavy rain closes schools across the region');
    expect(out.fixed).toBe('Putin emphasized');
    expect(out.required).toContain('paragraphs');
  });

  it('requires as CommonJS', () => {
    const script = `const { normalise, NormaliseError } = require('cleanwire');
      const schema = require('cleanwire/article.schema.json');
      let code = null;
      try { normalise(42); } catch (e) { code = e instanceof NormaliseError ? e.code : 'other'; }
      const a = normalise(${JSON.stringify(ARTICLE)}, { now: '2025-06-20' });
      console.log(JSON.stringify({ title: a.title, code, required: schema.required }));`;
    const out = JSON.parse(run('node', ['-e', script]));
    expect(out.title).toBe('Heavy rain closes schools across the region');
    expect(out.code).toBe('BAD_INPUT');
    expect(out.required).toContain('paragraphs');
  });

  it('runs its `normalise` bin on standard input', () => {
    const line = run(join(work, 'node_modules', '.bin', 'normalise'), ['--format', 'jsonl', '--quiet', '-'], ARTICLE);
    const article = JSON.parse(line.trim());
    expect(article.title).toBe('Heavy rain closes schools across the region');
    expect(article.paragraphs.length).toBeGreaterThan(0);
  });

  it('explains an article from its installed bin (the report and explain code ship with their dependencies)', () => {
    const view = run(join(work, 'node_modules', '.bin', 'normalise'), ['--explain', '--quiet', '-'], ARTICLE);
    expect(view).toContain('[=Heavy rain closes schools across the region=]‹title›');
  });

  it('runs a batch in worker threads, from the library and from the bin, with the output of one thread', () => {
    const records = [1, 2, 3].map((n) => ({ id: `a${n}`, text: ARTICLE.replace('Monday', `day ${n}`) }));
    const script = `import { normaliseMany } from 'cleanwire';
      const records = ${JSON.stringify(records)};
      const all = async (concurrency) => { const out = []; for await (const r of normaliseMany(records, { concurrency, now: '2025-06-20' })) out.push(r); return out; };
      const [one, two] = [await all(1), await all(2)];
      console.log(JSON.stringify({ same: JSON.stringify(one) === JSON.stringify(two), titles: two.map((a) => a.title) }));`;
    const library = JSON.parse(run('node', ['--input-type=module', '-e', script]));
    expect(library.titles).toEqual(Array(3).fill('Heavy rain closes schools across the region'));
    expect(library.same).toBe(true);
    const jsonl = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const cli = (jobs: string) =>
      run(
        join(work, 'node_modules', '.bin', 'normalise'),
        ['--format', 'jsonl', '--quiet', '--jobs', jobs, '--input-format', 'jsonl', '--now', '2025-06-20', '-'],
        jsonl,
      );
    const [oneJob, twoJobs] = [cli('1'), cli('2')];
    expect(twoJobs.trim().split('\n')).toHaveLength(3);
    expect(twoJobs).toBe(oneJob);
  });

  it('passes publint and Are The Types Wrong (ESM, CJS and types resolve everywhere)', async () => {
    await expect(linting).resolves.toBeDefined();
  }, 120_000);
});
