import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mirrorName, OutDir } from '../../src/cli/out-dir.js';

describe('--out names', () => {
  it('mirrors a relative input path without its extensions', () => {
    expect(mirrorName(join('news', 'a.html.gz'))).toBe(join('news', 'a'));
  });

  it('takes an absolute input path relative to the working directory', () => {
    const cwd = join(sep, 'home', 'me', 'project');
    expect(mirrorName(join(cwd, 'pages', 'b.txt'), cwd)).toBe(join('pages', 'b'));
  });

  it('never leads out of the output directory', () => {
    const cwd = join(sep, 'home', 'me', 'project');
    expect(mirrorName(join(sep, 'srv', 'feed', 'c.jsonl'), cwd)).toBe(join('srv', 'feed', 'c'));
    expect(mirrorName(join('..', '..', 'd.txt'))).toBe('d');
  });

  it('never gives two documents one file: a JSONL record and a text file of the same number', () => {
    const root = join(sep, 'out');
    const recordsFirst = new OutDir(root);
    expect(recordsFirst.pathFor('a.jsonl', 1)).toBe(join(root, 'a', '1.json'));
    expect(recordsFirst.pathFor('a.jsonl', 2)).toBe(join(root, 'a', '2.json'));
    expect(() => recordsFirst.pathFor(join('a', '1.txt'), undefined)).toThrow(/already written for a\.jsonl/);
    expect(recordsFirst.pathFor(join('a', 'b.txt'), undefined)).toBe(join(root, 'a', 'b.json'));
    const fileFirst = new OutDir(root);
    expect(fileFirst.pathFor(join('a', '1.txt'), undefined)).toBe(join(root, 'a', '1.json'));
    expect(() => fileFirst.pathFor('a.jsonl', 1)).toThrow(/already written for a.1\.txt/);
    expect(fileFirst.pathFor('a.jsonl', 2)).toBe(join(root, 'a', '2.json'));
  });
});
