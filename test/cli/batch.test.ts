import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleTexts, CLI, lines, type OutputLine, runCli, scratchDir } from './run-cli.js';

const record = (r: object) => `${JSON.stringify(r)}\n`;
/** A short article; `paragraphs` sets its length so that documents take very different times. */
const story = (n: number, paragraphs: number) =>
  `Report number ${n} on the harbour works\n\n${Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of report ${n} says the harbour works went on through the week.`).join('\n\n')}\n`;

let dir: string;
beforeAll(() => {
  dir = scratchDir();
});

describe('batches', { timeout: 180_000 }, () => {
  it('keeps input order with --jobs 2 even when documents finish out of order, and matches --jobs 1', () => {
    const file = join(dir, 'mixed.jsonl');
    const sizes = [60, 1, 1, 40, 1, 1, 1, 30, 1, 1, 1, 1];
    writeFileSync(file, sizes.map((p, i) => record({ id: `doc-${i}`, text: story(i, p) })).join(''));
    const two = runCli(['--jobs', '2', '--format', 'jsonl', '--now', '2025-06-20', file]);
    const one = runCli(['--jobs', '1', '--format', 'jsonl', '--now', '2025-06-20', file]);
    expect(two.code).toBe(0);
    expect(lines(two.stdout).map((o) => o.id)).toEqual(sizes.map((_, i) => `doc-${i}`));
    expect(two.stdout).toBe(one.stdout);
  });

  it('gives a corrupt record in the middle of a JSONL file an error record in its place; the rest go on', () => {
    const file = join(dir, 'corrupt.jsonl');
    writeFileSync(
      file,
      `${record({ id: 'a', text: story(1, 2) })}{"id": "b", "text": "unterminated\n${record({ id: 'c', text: story(3, 2) })}[1, 2]\n`,
    );
    const run = runCli(['--jobs', '2', '--format', 'jsonl', file]);
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', `${file}:2`, 'c', `${file}:4`]);
    expect(out[1].error?.code).toBe('BAD_JSON');
    expect(out[3].error?.code).toBe('BAD_RECORD');
    expect(out[2].title).toBe('Report number 3 on the harbour works');
    expect(run.stderr).toContain(`${file}:2:`);
    expect(run.stderr).toContain('normalise: 4 read, 2 written, 2 failed');
  });

  it('reports a missing file as an error record in its place, exit 1, the other inputs still written', () => {
    const file = join(dir, 'present.txt');
    writeFileSync(file, story(1, 2));
    const missing = join(dir, 'absent.txt');
    const run = runCli(['--format', 'jsonl', missing, file]);
    expect(run.code).toBe(1);
    const [gone, present] = lines(run.stdout);
    expect(gone).toEqual({ id: missing, error: { code: 'NOT_FOUND', message: 'no such file or directory' } });
    expect(present.title).toBe('Report number 1 on the harbour works');
    expect(run.stderr).toContain(`normalise: ${missing}: no such file or directory`);
    expect(run.stderr).toContain('2 read, 1 written, 1 failed');
  });

  it('keeps the records before the damage of a truncated gzip, then an error record for the file', () => {
    const file = join(dir, 'cut.jsonl.gz');
    const all = gzipSync(
      Array.from({ length: 400 }, (_, i) => record({ id: `t${i}`, text: articleTexts[i % 5] })).join(''),
    );
    writeFileSync(file, all.subarray(0, Math.floor(all.length / 2)));
    const run = runCli(['--fix-only', '--format', 'jsonl', '--fields', 'id', file]);
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    const last = out.pop() as OutputLine;
    expect(last).toEqual({ id: file, error: { code: 'TRUNCATED_GZIP', message: expect.stringMatching(/truncated/) } });
    expect(out.length).toBeGreaterThan(10);
    expect(out.map((o) => o.id)).toEqual(out.map((_, i) => `t${i}`));
  });

  it('treats a truncated single-document gzip as a failed input', () => {
    const file = join(dir, 'cut.txt.gz');
    const whole = gzipSync(articleTexts[0]);
    writeFileSync(file, whole.subarray(0, whole.length - 12));
    const run = runCli(['--format', 'jsonl', file]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([{ id: file, error: { code: 'TRUNCATED_GZIP', message: expect.any(String) } }]);
  });
});

describe('outputs', { timeout: 180_000 }, () => {
  it('--out writes one JSON per input document, mirroring input paths, and nothing to stdout', () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, 'one.txt'), story(1, 2));
    writeFileSync(
      join(cwd, 'many.jsonl'),
      record({ id: 'm1', text: story(2, 2) }) + record({ id: 'm2', text: story(3, 2) }),
    );
    const run = runCli(['--out', 'clean', 'one.txt', 'many.jsonl'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const read = (p: string) => JSON.parse(readFileSync(join(cwd, 'clean', p), 'utf8'));
    expect(read('one.json').title).toBe('Report number 1 on the harbour works');
    expect(read('many/1.json').id).toBe('m1');
    expect(read('many/2.json').title).toBe('Report number 3 on the harbour works');
    expect(run.stderr).toContain('3 read, 3 written, 0 failed');
  });

  it('--out refuses to let two inputs overwrite one file', () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, 'same.txt'), story(1, 2));
    writeFileSync(join(cwd, 'same.htm'), '<p>x</p>');
    const run = runCli(['--out', 'o', 'same.txt', 'same.htm'], { cwd });
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(join(cwd, 'o/same.json'), 'utf8')).title).toBe(
      'Report number 1 on the harbour works',
    );
    expect(run.stderr).toMatch(/same\.htm: .*already written for same\.txt/);
  });

  it('--fields keeps only the chosen fields, in that order; error records stay whole', () => {
    const file = join(dir, 'fields.jsonl');
    writeFileSync(file, record({ id: 'f1', text: story(1, 2) }) + record({ id: 'f2' }));
    const run = runCli(['--format', 'jsonl', '--fields', 'title,id', file]);
    expect(run.stdout.split('\n')[0]).toBe('{"title":"Report number 1 on the harbour works","id":"f1"}');
    expect(lines(run.stdout)[1].error?.code).toBe('BAD_RECORD');
  });

  it('--fix-only repairs text and reports the repairs, without structuring it', () => {
    const run = runCli(['--fix-only', '--format', 'jsonl', '-'], {
      input: 'Putin \u0435mphasiz\u0435d the d\u00e2\u20ac\u2122al.',
    });
    const [fixed] = lines(run.stdout);
    expect(fixed).toEqual({
      id: 'stdin',
      text: 'Putin emphasized the d\u2019al.',
      fixes: expect.objectContaining({ homoglyphs: 2, mojibake: 1 }),
      warnings: [],
    });
  });

  it('--format json prints one object for one input and an array for several', () => {
    const file = join(dir, 'j.txt');
    writeFileSync(file, story(1, 1));
    const single = JSON.parse(runCli(['--fields', 'id', file]).stdout);
    expect(single).toEqual({ id: file });
    const several = JSON.parse(runCli(['--fields', 'id', file, file]).stdout);
    expect(several).toEqual([{ id: file }, { id: file }]);
  });

  it('keeps stderr free of progress output when it is not a terminal; --quiet drops the summary', () => {
    const run = runCli(['--format', 'jsonl', '-'], { input: story(1, 1) });
    expect(run.stderr).toBe('normalise: 1 read, 1 written, 0 failed\n');
    expect(runCli(['--quiet', '-'], { input: story(1, 1) }).stderr).toBe('');
  });
});

describe('usage', { timeout: 60_000 }, () => {
  it('exits 2 with a hint on a usage error', () => {
    for (const args of [['--jobs', '0'], ['--fields', 'title,nope'], ['--format', 'xml'], ['--bogus']]) {
      const run = runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain("Try 'normalise --help'.");
      expect(run.stdout).toBe('');
    }
  });

  it('--help prints usage with examples and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: normalise/);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('--jobs');
  });

  it('stops quietly when the reader goes away (| head)', () => {
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, Array.from({ length: 300 }, (_, i) => record({ id: `h${i}`, text: story(i, 3) })).join(''));
    const script = `node ${JSON.stringify(CLI)} --jobs 2 --format jsonl ${JSON.stringify(file)} | head -n 2; echo "status=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 120_000 });
    expect(lines(run.stdout).map((o) => o.id)).toEqual(['h0', 'h1']);
    expect(run.stderr).toBe('status=0\n');
  });
});
