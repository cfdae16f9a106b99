import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atSentenceStart } from '../../src/entities/sentence-start.js';

const SENTENCE_START = /(?:^|[.!?:]["'”’)]?\s+|^["“‘(]|\n)\s*["“‘(]?$/;

describe('atSentenceStart stands for the sentence-start regex', () => {
  it('agrees with the regex on texts of stops, quotes, brackets and spaces', () => {
    const alphabet = [...'.!?:,;"\'”’)“‘(a B\n\r\t', '\u00a0', '\u2028', '\u3000', '\u200b', '»'];
    const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(atSentenceStart(text)).toBe(SENTENCE_START.test(text));
      }),
      { numRuns: 30000 },
    );
  });

  it('finds sentence starts, and no others', () => {
    for (const before of ['', ' ', 'He left. ', 'He left.” ', 'Why? “', '(', '“ ', 'a\n ', 'Note: ']) {
      expect(atSentenceStart(before), JSON.stringify(before)).toBe(true);
    }
    for (const before of ['He left.', 'and ', 'He left.”” ', 'said, “', 'a ( ', 'x\r ']) {
      expect(atSentenceStart(before), JSON.stringify(before)).toBe(false);
    }
  });
});
