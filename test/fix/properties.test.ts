import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/fix/index.js';

const chars = (text: string) => [...text];
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

// Pieces that exercise every repair: mojibake, look-alike letters, styled letters, invisible characters, odd
// spaces, entities, citation markers, quotes and spaced punctuation.
const PIECES = [
  'â€™', 'â€œ', 'â€', 'Ã©', 'Ã', 'Â', 'Ã¢â‚¬Å“', 'Ð¿Ñ€', 'ðŸ˜€', '\u0081', '\u009d',
  'а', 'е', 'о', 'і', 'Н', 'к', 'ο', 'ν', 'β', 'օ', 'Ꭺ', '𝐁', 'Ｎ', '２', '東',
  '\u200b', '\u200d', '\u00ad', '\ufeff', '\u202e', '\u00a0', '\u2028', '\r\n', '\n', '\t',
  '&amp;', '&#8217;', '&nbsp;', '&bogus;', '&', 'amp;', '#38;', 'lt;', '#x26;', '[4]', '[NEWS1]', '[sic]',
  '“', '”', '‘', '’', '«', '»', '„', '"', ' ', ' .', ' ,', '. ', '?', ' !', '…',
  'e\u0301', 'the', 'Kim', 'Москва', 'Αθήνα', 'word', 'CAFÉ', 'x', '1',
];
const messy = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), messy);

// ASCII prose: words with their punctuation attached, single spaces, line breaks. (ASCII patterns that are
// themselves repairs — "word .", "&amp;", "[4]", control characters — are not prose and are left out.)
const asciiWord = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9'-]{0,11}[.,;:!?)"]?$/);
const asciiProse = fc
  .array(fc.tuple(asciiWord, fc.constantFrom(' ', ' ', ' ', '\n', '\n\n')), { minLength: 1, maxLength: 60 })
  .map((ws) => ws.map(([w, sep]) => w + sep).join('').trim());

/** Prose-shaped text in one alphabet: words of its letters, spaces, punctuation, line breaks. */
function singleScript(letters: string[]) {
  const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }).map((l) => l.join(''));
  const mark = fc.constantFrom('', '', '', ',', '.', '!', '?', ':', ';', '…', '»', '»,');
  const sep = fc.constantFrom(' ', ' ', ' ', ' — ', ' «', '\n', '\n\n');
  return fc
    .array(fc.tuple(word, mark, sep), { minLength: 1, maxLength: 40 })
    .map((ws) => ws.map(([w, m, s]) => w + m + s).join('').trim());
}
const CYRILLIC = [...range(0x410, 0x44f), ...chars('ЁёЄєІіЇїЈјЉљЊњЋћЏџҐґ')];
const GREEK = [...range(0x391, 0x3a1), ...range(0x3a3, 0x3a9), ...range(0x3b1, 0x3c9), ...chars('άέήίόύώΆΈΉΊΌΎΏ')];
const ARMENIAN = [...range(0x531, 0x556), ...range(0x561, 0x586)];

describe('fixText properties', () => {
  it('never throws', () => {
    fc.assert(fc.property(anything, (text) => typeof fixText(text).text === 'string'), { numRuns: 2000 });
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const once = fixText(text).text;
        expect(fixText(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves ASCII prose unchanged', () => {
    fc.assert(fc.property(asciiProse, (text) => {
      expect(fixText(text).text).toBe(text);
    }), { numRuns: 500 });
  });

  for (const [name, letters] of [['Cyrillic', CYRILLIC], ['Greek', GREEK], ['Armenian', ARMENIAN]] as const) {
    it(`leaves single-script ${name} text unchanged`, () => {
      fc.assert(fc.property(singleScript(letters), (text) => {
        expect(fixText(text).text).toBe(text);
      }), { numRuns: 500 });
    });
  }
});
