import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/text.js';

describe('segmentText', () => {
  it('collapses runs of spaces and tabs inside a line, and keeps single ones', () => {
    const lines = ['a  b', 'a\t\tb', 'a \tb', 'a\t b', 'a\tb', 'a b', 'a \u00a0 b', '  indented   twice'];
    expect(segmentText(lines.join('\n')).map((b) => b.text)).toEqual([
      'a b',
      'a b',
      'a b',
      'a b',
      'a\tb',
      'a b',
      'a \u00a0 b',
      'indented twice',
    ]);
  });

  it('remembers blank lines and indentation', () => {
    const blocks = segmentText('Title\n\n   Indented\nNext');
    expect(blocks.map((b) => [b.text, b.line, b.blankBefore, b.indent])).toEqual([
      ['Title', 0, true, 0],
      ['Indented', 2, true, 3],
      ['Next', 3, false, 0],
    ]);
  });
});
