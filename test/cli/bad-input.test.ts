import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lines, runCli, scratchDir } from './run-cli.js';

// The first bytes of a real PNG file: signature, then the IHDR chunk (NUL bytes in its length field).
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0xf3, 0xff, 0x61,
]);
const GOOD = 'Harbour works go on\n\nThe harbour works went on through the week, officials said on Monday.\n';
const GOOD_TITLE = 'Harbour works go on';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = scratchDir();
  writeFileSync(path('good.txt'), GOOD);
  writeFileSync(path('after.txt'), GOOD);
});

/**
 * Runs the CLI on a good file, the bad input, and another good file: the bad one gets an error record in its place
 * and a message naming it on stderr, the good ones are still written, and the exit code is 1.
 */
function runBetweenGoodFiles(bad: string, extra: string[] = []) {
  const run = runCli(['--format', 'jsonl', ...extra, path('good.txt'), bad, path('after.txt')]);
  const out = lines(run.stdout);
  expect(out.map((o) => o.id)).toEqual([path('good.txt'), bad, path('after.txt')]);
  expect(out[0].title).toBe(GOOD_TITLE);
  expect(out[2].title).toBe(GOOD_TITLE);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('normalise: 3 read, 2 written, 1 failed');
  return { run, bad: out[1] };
}

describe('bad input: a clear message, exit 1, every other input still processed', { timeout: 180_000 }, () => {
  it('an empty file', () => {
    writeFileSync(path('empty.txt'), '');
    const { run, bad } = runBetweenGoodFiles(path('empty.txt'));
    expect(bad.error).toEqual({ code: 'EMPTY_INPUT', message: 'empty input (0 bytes)' });
    expect(run.stderr).toContain(`normalise: ${path('empty.txt')}: empty input (0 bytes)`);
  });

  it('a file of only whitespace', () => {
    writeFileSync(path('blank.txt'), ' \n\n\t \r\n');
    const { run, bad } = runBetweenGoodFiles(path('blank.txt'));
    expect(bad.error).toEqual({ code: 'EMPTY_INPUT', message: 'empty input (only whitespace)' });
    expect(run.stderr).toContain(`normalise: ${path('blank.txt')}: empty input (only whitespace)`);
  });

  it('a record file with no records', () => {
    writeFileSync(path('none.jsonl'), '\n\n');
    const { run, bad } = runBetweenGoodFiles(path('none.jsonl'));
    expect(bad.error).toEqual({ code: 'EMPTY_INPUT', message: 'empty input (no records)' });
    expect(run.stderr).toContain(`normalise: ${path('none.jsonl')}: empty input (no records)`);
  });

  it('a binary file named .txt (a PNG image), with --jobs 2 as well', () => {
    writeFileSync(path('image.txt'), PNG);
    for (const jobs of ['1', '2']) {
      const { run, bad } = runBetweenGoodFiles(path('image.txt'), ['--jobs', jobs]);
      expect(bad.error).toEqual({ code: 'BINARY_INPUT', message: 'binary data, not text (it looks like a PNG image)' });
      expect(run.stderr).toContain(`normalise: ${path('image.txt')}: binary data, not text`);
    }
  });

  it('a directory with no text files', () => {
    mkdirSync(path('pictures/more'), { recursive: true });
    writeFileSync(path('pictures/a.png'), PNG);
    writeFileSync(path('pictures/more/notes.md'), '# not an input kind');
    const { run, bad } = runBetweenGoodFiles(path('pictures'));
    expect(bad.error?.code).toBe('NO_INPUTS');
    expect(bad.error?.message).toMatch(/directory holds no \.txt, \.html or \.jsonl files/);
    expect(run.stderr).toContain(`normalise: ${path('pictures')}: directory holds no .txt`);
  });

  it('a file that does not exist', () => {
    const { run, bad } = runBetweenGoodFiles(path('absent.txt'));
    expect(bad.error).toEqual({ code: 'NOT_FOUND', message: 'no such file or directory' });
    expect(run.stderr).toContain(`normalise: ${path('absent.txt')}: no such file or directory`);
  });
});

describe('text that is not UTF-8', { timeout: 120_000 }, () => {
  it('decodes invalid UTF-8 as windows-1252 with a warning on the article, not a failure', () => {
    // "Café", curly quotes and an em dash in windows-1252 bytes: 0xE9, 0x93/0x94, 0x97.
    const bytes = Buffer.from(
      'Caf\xe9 owners protest new rules\n\nThe caf\xe9 owners said on Monday that the rules \x93hurt\x94 trade \x97 badly.\n',
      'latin1',
    );
    writeFileSync(path('cp1252.txt'), bytes);
    const run = runCli(['--format', 'jsonl', path('cp1252.txt'), path('good.txt')]);
    expect(run.code).toBe(0);
    const [article, good] = lines(run.stdout);
    expect(article.title).toBe('Café owners protest new rules');
    expect(article.text).toContain('“hurt” trade — badly');
    expect(article.warnings).toEqual(['input was not valid UTF-8; decoded as windows-1252']);
    expect(good.title).toBe(GOOD_TITLE);
    expect(run.stderr).toContain('2 read, 2 written, 0 failed');
  });

  it("reads a web page that is not UTF-8 in the charset its <meta> declares", () => {
    // Basic Cyrillic in windows-1251: А (U+0410) … я (U+044F) are bytes 0xC0 … 0xFF.
    const cp1251 = (text: string) =>
      Buffer.from([...text].map((c) => (c >= 'А' && c <= 'я' ? 0xc0 + c.charCodeAt(0) - 0x410 : c.charCodeAt(0))));
    const page = '<html><head><meta charset="windows-1251"><title>Министры обсудили бюджет</title></head><body><article><h1>Министры обсудили бюджет</h1><p>Министры обсудили проект бюджета на заседании правительства в понедельник, сообщили в министерстве.</p></article></body></html>';
    writeFileSync(path('cp1251.html'), cp1251(page));
    const [article] = lines(runCli(['--format', 'jsonl', path('cp1251.html')]).stdout);
    expect(article.title).toBe('Министры обсудили бюджет');
    expect(article.language).toBe('rus');
    expect(article.warnings).toEqual(['input was not valid UTF-8; decoded as windows-1251, the charset the page declares']);
  });

  it('reads UTF-16 text marked by its byte-order mark, not as binary', () => {
    writeFileSync(path('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
    const run = runCli(['--format', 'jsonl', path('utf16.txt')]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)[0].title).toBe(GOOD_TITLE);
  });
});
