import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { lookaheadTail } from '../../src/chrono/lookahead-tail.js';
import { SAMPLES } from './samples.js';

// chrono's duration patterns that end in a tail word, in both configurations.
const TAILED = [...chrono.en.casual.parsers, ...chrono.en.strict.parsers]
  .filter((p) => /^ENTimeUnit(?:Ago|Later)FormatParser$/.test(p.constructor.name))
  .map((p) => p.pattern({ option: {} } as Parameters<typeof p.pattern>[0]));

/** Every match of `pattern` tried at every position of `text`, as chrono's sticky windows try them. */
function everyMatch(pattern: RegExp, text: string): (string | undefined)[][] {
  const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
  const found: (string | undefined)[][] = [];
  for (let at = 0; at <= text.length; at++) {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match) found.push([String(at), ...match]);
  }
  return found;
}

describe('lookaheadTail', () => {
  it('rewrites the tail of all four of chrono\'s "ago" / "later" patterns', () => {
    expect(TAILED).toHaveLength(4);
    for (const pattern of TAILED) expect(lookaheadTail(pattern.source)).toMatch(/\(\?=\\s\{0,5\}\(\?:/);
  });

  it('matches exactly what each pattern matches, with the same groups, at every position', () => {
    const texts = [
      ...SAMPLES.slice(0, 1500),
      '3 days ago',
      'about 2 hours, 5 minutes and 3 s   later.',
      `${'5 min 3 s '.repeat(14)}ago`,
      'two days      ago',
      '3 days agoing, 3 days ago!',
      'a couple of weeks from now, 2 years henceforth',
    ];
    for (const pattern of TAILED) {
      const rewritten = new RegExp(lookaheadTail(pattern.source), pattern.flags);
      for (const text of texts) expect(everyMatch(rewritten, text), text).toEqual(everyMatch(pattern, text));
    }
  });

  it('keeps group numbers: the lookahead copy of a capturing tail captures nothing', () => {
    const source = String.raw`(\W|^)(\d+ days)\s{0,5}(later|after)(?=\W|$)`;
    const rewritten = lookaheadTail(source);
    expect(rewritten).toBe(String.raw`(\W|^)(\d+ days)(?=\s{0,5}(?:later|after)(?=\W|$))\s{0,5}(later|after)(?=\W|$)`);
    expect(new RegExp(rewritten).exec(' 3 days after')?.slice()).toEqual([' 3 days after', ' ', '3 days', 'after']);
  });

  it('reads escaped parentheses and character classes as text', () => {
    expect(lookaheadTail(String.raw`(\(|^)([(]\d)\)x`)).toBe(String.raw`(\(|^)([(]\d)(?=\)x)\)x`);
  });

  it('leaves other shapes alone: fewer than two groups, nothing after them, a quantified group, backreferences, named groups', () => {
    const quantified = ['(a)(b)?c', '(a)(b)+c', '(a)(b)*?c', '(a)(b){2}c'];
    for (const source of [
      String.raw`\d+ days ago`,
      '(a)b',
      '(a)(b)',
      ...quantified,
      String.raw`(a)(b)\1`,
      '(a)(b)(?<c>c)',
    ])
      expect(lookaheadTail(source)).toBe(source);
  });
});
