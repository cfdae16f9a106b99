import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mirrorName } from '../../src/cli/out-dir.js';

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
});
