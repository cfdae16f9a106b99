import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalisedAt, countLongWords, wordEnd, wordStart } from '../../src/entities/word-scan.js';

// The regexes the scanners stand for.
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.‐‑-]*/gu;
const CAPITALISED = /^(?:(?:al|el|bin|ibn|abu|ul|ad|as|ash)[-‐‑])?\p{Lu}/u;
const LONG_WORD = /\p{L}{4,}/gu;

function scannedWords(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = wordStart(text, 0); start < text.length; start = wordStart(text, out[out.length - 1][1])) {
    out.push([start, wordEnd(text, start)]);
  }
  return out;
}

function regexWords(text: string): Array<[number, number]> {
  return [...text.matchAll(WORD)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

function regexLongWords(text: string): { long: number; capitalised: number } {
  const long = text.match(LONG_WORD) ?? [];
  return { long: long.length, capitalised: long.filter((w) => /^\p{Lu}/u.test(w)).length };
}

const TRICKY = [
  '',
  'Russian President Vladimir Putin met Kim Jong-un in Pyongyang.',
  "the North's Kim said: 'no' — al-Assad, el-Sisi, bin-Salman, ibn-Saud, abu-Bakr, ash-Sharaa, as-Sisi, ad-Din",
  'ab-Cd al-assad al- al‑Assad al‐Assad ul-Haq alb-Xy binx-Y',
  'Ágnes Ökrös ÉCOLE çava Straße ΑΘΗΝΑ Москва Сергей Шойгу 北京 Ǆemal ǅemal',
  'cafe\u0301 e\u0301cole \u0301Lead Ｆｕｌｌｗｉｄｔｈ Ⅻ ½ ٣٤ 2024-06-01 3.5% U.S. Gen. R. Kelly',
  '𝐀𝐁𝐂𝐃 words 𝐚𝐛𝐜𝐝 𐐀𐐨𐑉 \ud800 lone \udc00 surrogates \ud835',
  "O'Brien’s --dash-- ...dots... 'quoted' ’tis rock’n’roll Kims' Jones’",
  'tab\tseparated\nlines\r\nand  double  spaces',
];

describe('word scanning stands for the word regexes', () => {
  it('finds the same words as the word regex', () => {
    for (const text of TRICKY) expect(scannedWords(text)).toEqual(regexWords(text));
  });

  it('calls a word capitalised exactly when the regex does', () => {
    for (const text of TRICKY) {
      for (const [start, end] of regexWords(text)) {
        expect(capitalisedAt(text, start, end), text.slice(start, end)).toBe(CAPITALISED.test(text.slice(start, end)));
      }
    }
  });

  it('counts long words and capitalised long words as the regex does', () => {
    for (const text of TRICKY) expect(countLongWords(text)).toEqual(regexLongWords(text));
  });

  it('agrees with the regexes on random text', () => {
    const alphabet = [...'aAbBeEiIlLsSuUhdnx ’\'.-‐‑,\t\n0é\u0301ÉΣσ北', '𝐀', '𝐚', '\ud800', 'al-', 'bin‑', 'ash-', 'as-', 'ab-'];
    const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(scannedWords(text)).toEqual(regexWords(text));
        for (const [start, end] of regexWords(text)) {
          expect(capitalisedAt(text, start, end)).toBe(CAPITALISED.test(text.slice(start, end)));
        }
        expect(countLongWords(text)).toEqual(regexLongWords(text));
      }),
      { numRuns: 2000 },
    );
  });
});
