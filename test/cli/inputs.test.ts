import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.js';
import { sniffed } from '../../src/cli/inputs.js';
import { articleTexts, lines, type OutputLine, runCli, scratchDir } from './run-cli.js';

const PAGE =
  '<!doctype html><html><head><title>Rain</title></head><body><h1>Rain due</h1><p>It will rain on Friday.</p></body></html>';
const record = (r: object) => `${JSON.stringify(r)}\n`;
let dir: string;

beforeAll(() => {
  dir = scratchDir();
  mkdirSync(join(dir, 'in/sub'), { recursive: true });
  writeFileSync(join(dir, 'in/a.txt'), articleTexts[0]);
  writeFileSync(join(dir, 'in/b.html'), PAGE);
  writeFileSync(join(dir, 'in/sub/c.htm'), PAGE);
  writeFileSync(join(dir, 'in/sub/d.txt.gz'), gzipSync(articleTexts[1]));
  writeFileSync(join(dir, 'in/notes.md'), 'not an input kind');
  const records =
    record({ id: 'r1', text: articleTexts[2] }) + record({ url: 'https://example.org/x', text: articleTexts[3] });
  writeFileSync(join(dir, 'in/e.jsonl'), records);
  writeFileSync(join(dir, 'in/f.ndjson'), record({ id: 'n1', text: articleTexts[4] }));
  writeFileSync(join(dir, 'in/sub/g.jsonl.gz'), gzipSync(records));
});

/** HTML goes to the library's HTML path: an article without markup, or (until HTML extraction lands) UNSUPPORTED. */
function expectHandledAsHtml(o: OutputLine) {
  if (o.error) expect(o.error?.code).toBe('UNSUPPORTED');
  else expect(o.text).not.toMatch(/<\/?(p|h1|body)\b/);
}

describe('input kinds', { timeout: 180_000 }, () => {
  it('reads a plain-text file into an article with the path as id', () => {
    const run = runCli(['--format', 'jsonl', '--now', '2025-06-20', join(dir, 'in/a.txt')]);
    expect(run.code).toBe(0);
    const [a] = lines(run.stdout);
    expect(a.id).toBe(join(dir, 'in/a.txt'));
    expect(a.title).toMatch(/North Korea/);
    expect(a.paragraphs?.length).toBeGreaterThan(2);
  });

  it('keeps a publication time on the day `--now` names when it is a date only', () => {
    const story = 'A headline about the story\n\nBy Anna Smith\nJune 20, 2025 at 3:15 p.m. EDT\n\nThe council met on Tuesday.\n';
    const [a] = lines(runCli(['--format', 'jsonl', '--now', '2025-06-20', '-'], { input: story }).stdout);
    expect(a.publishedAt).toBe('2025-06-20T15:15-04:00');
    expect(a.warnings).toEqual([]);
  });

  it('routes .html and .htm files to HTML extraction, never as text', () => {
    const run = runCli(['--format', 'jsonl', join(dir, 'in/b.html'), join(dir, 'in/sub/c.htm')]);
    const outputs = lines(run.stdout);
    expect(outputs.map((o) => o.id)).toEqual([join(dir, 'in/b.html'), join(dir, 'in/sub/c.htm')]);
    outputs.forEach(expectHandledAsHtml);
  });

  it('reads one article per JSONL/NDJSON record, ids from the record or file:line, url kept', () => {
    const run = runCli(['--format', 'jsonl', join(dir, 'in/e.jsonl'), join(dir, 'in/f.ndjson')]);
    expect(run.code).toBe(0);
    const outputs = lines(run.stdout);
    expect(outputs.map((o) => o.id)).toEqual(['r1', `${join(dir, 'in/e.jsonl')}:2`, 'n1']);
    expect(outputs.every((o) => typeof o.title === 'string' && (o.text ?? '').length > 200)).toBe(true);
  });

  it('gunzips .gz variants and gives the same articles as the plain files', () => {
    const plain = lines(runCli(['--format', 'jsonl', '--now', '2025-06-20', join(dir, 'in/e.jsonl')]).stdout);
    const gz = lines(runCli(['--format', 'jsonl', '--now', '2025-06-20', join(dir, 'in/sub/g.jsonl.gz')]).stdout);
    expect(gz.map((o) => o.title)).toEqual(plain.map((o) => o.title));
    expect(gz[0].text).toBe(plain[0].text);
    const [text] = lines(runCli(['--format', 'jsonl', join(dir, 'in/sub/d.txt.gz')]).stdout);
    expect(text.text).toContain('North Korea');
  });

  it('walks directories recursively in name order, skipping files of other kinds', () => {
    const run = runCli(['--format', 'jsonl', '--fields', 'id', join(dir, 'in')]);
    const ids = lines(run.stdout).map((o) => String(o.id).replace(`${join(dir, 'in')}/`, ''));
    expect(ids).toEqual([
      'a.txt',
      'b.html',
      'r1',
      'e.jsonl:2',
      'n1',
      'sub/c.htm',
      'sub/d.txt.gz',
      'r1',
      'sub/g.jsonl.gz:2',
    ]);
  });

  it('expands globs, ** included', () => {
    const run = runCli(['--format', 'jsonl', '--fields', 'id', `${join(dir, 'in')}/**/*.txt*`]);
    expect(lines(run.stdout).map((o) => o.id)).toEqual([join(dir, 'in/a.txt'), join(dir, 'in/sub/d.txt.gz')]);
  });

  it('reads a path with glob characters as named, and never fails on a malformed pattern', () => {
    const at = (name: string) => join(dir, 'glob', name);
    mkdirSync(at(''), { recursive: true });
    writeFileSync(at('a.txt'), articleTexts[0]);
    writeFileSync(at('report[1].txt'), articleTexts[0]);
    const paths = (arg: string) => expandInputs([at(arg)], null).map((e) => ('problem' in e ? e.problem.code : e.path));
    expect(paths('report[1].txt')).toEqual([at('report[1].txt')]);
    // An unclosed "[" or a range out of order is no bracket expression: an ordinary character, as in the shell.
    expect(paths('a[.txt')).toEqual(['NO_MATCH']);
    expect(paths('[z-a].txt')).toEqual(['NO_MATCH']);
    expect(paths('[!b-z].txt')).toEqual([at('a.txt')]);
    expect(paths('report[[]1].txt')).toEqual([at('report[1].txt')]);
    const run = runCli(['--format', 'jsonl', '--fields', 'id', at('a[.txt'), at('a.txt')]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout).map((o) => o.error?.code ?? o.id)).toEqual(['NO_MATCH', at('a.txt')]);
  });

  it('reads standard input: "-", no argument, records with --input-format, and gzip', () => {
    const viaDash = lines(runCli(['--format', 'jsonl', '-'], { input: articleTexts[0] }).stdout);
    const viaNothing = lines(runCli(['--format', 'jsonl'], { input: articleTexts[0] }).stdout);
    expect(viaDash[0].id).toBe('stdin');
    expect(viaNothing[0].title).toBe(viaDash[0].title);
    const records = record({ id: 'x', text: articleTexts[1] }) + record({ id: 'y', text: articleTexts[2] });
    const asRecords = runCli(['--format', 'jsonl', '--input-format', 'jsonl', '-'], { input: records });
    expect(lines(asRecords.stdout).map((o) => o.id)).toEqual(['x', 'y']);
    const gzipped = runCli(['--format', 'jsonl', '--input-format', 'jsonl'], { input: gzipSync(records) });
    expect(lines(gzipped.stdout).map((o) => o.id)).toEqual(['x', 'y']);
  });

  it('tells records, a web page and text apart on standard input when --input-format is not given', () => {
    const records = `\n${record({ id: 'x', text: articleTexts[1] })}${record({ id: 'y', text: articleTexts[2] })}`;
    expect(lines(runCli(['--format', 'jsonl'], { input: gzipSync(records) }).stdout).map((o) => o.id)).toEqual(['x', 'y']);
    const page = '<!DOCTYPE html><html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1><p>The council passed the budget on Monday after a long debate, officials said.</p></article></body></html>';
    const [fromPage] = lines(runCli(['--format', 'jsonl', '-'], { input: page }).stdout);
    expect(fromPage.title).toBe('Budget passes');
    expect(fromPage.text).not.toContain('<');
    // Text that merely holds a tag, or opens with a JSON object that is not a record, stays text.
    for (const text of ['Budget passes\n\nThe council passed the <b>budget</b> on Monday.\n', '{"note": 1}\nBudget passes\n']) {
      const [fromText] = lines(runCli(['--format', 'jsonl', '--fields', 'id,text'], { input: text }).stdout);
      expect(fromText.id).toBe('stdin');
      expect(fromText.text).toContain(text.includes('<b>') ? '<b>budget</b>' : '{"note": 1}');
    }
  });
});

describe('sniffing standard input', () => {
  it('reads up to the first non-blank line and gives every byte back, head included, in order', async () => {
    async function* chunks(parts: string[]) {
      for (const p of parts) yield Buffer.from(p);
    }
    const collect = async (bytes: AsyncIterable<Buffer>) => {
      let out = '';
      for await (const b of bytes) out += b.toString();
      return out;
    };
    const record = '{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n';
    const asRecords = await sniffed(chunks(['\n', ' \n{"id": "a", ', '"text": "x"}', '\n{"id": "b", "text": "y"}\n']));
    expect(asRecords.format).toBe('jsonl');
    expect(await collect(asRecords.bytes)).toBe(`\n \n${record}`);
    // One long line without a newline (a minified page) is read to its end once, not rescanned per chunk.
    const page = Array.from({ length: 2000 }, () => '<p>word word word</p>');
    const asPage = await sniffed(chunks(['<!doctype html>', ...page]));
    expect(asPage.format).toBe('html');
    expect(await collect(asPage.bytes)).toBe(`<!doctype html>${page.join('')}`);
  });
});
