import { describe, expect, it } from 'vitest';
import {
  countWords,
  endsWithMark,
  fold,
  foldsTo,
  hasWords,
  isSpaceCode,
  isTruncated,
  lastWord,
  readsAsSentence,
  wordCount,
  words,
} from '../../src/segment/features.js';

// The counting helpers stand in for `words(text)` and regular expressions: they must agree with them exactly.
const SAMPLES = [
  '',
  ' ',
  'one',
  '  two  words ',
  'tab\tand\nnewline\r\nhere',
  'no\u00a0break\u2009thin\u3000ideographic\ufeffbom\u2028line\u202fnarrow',
  'zero\u200bwidth is not a space',
  '東京で会議が開かれた',
  '東京 で 会議 Tokyo talks',
  'ひらがな カタカナ',
  'Σ ΣΑΣ İstanbul',
  '𝒜stral 𠀀 letters',
  'ends with a',
  'ends with an ..',
  'ends with...',
  'ends with....',
  'ends with …',
  '..',
  '.',
  'x...',
  ' ..',
  '...',
  ' ...',
  'a\u00a0..',
  'x. ..',
  'Ends With THE',
  'Ends with THESE',
  'ends with those.',
  'ends with K\u212a',
];

describe('segment features', () => {
  it("tells spaces as JavaScript's \\s does, for every UTF-16 unit", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('counts words and finds the last one as splitting on spaces does', () => {
    for (const t of SAMPLES) {
      expect(countWords(t), t).toBe(words(t).length);
      expect(lastWord(t), t).toBe(words(t).at(-1));
      for (let max = 0; max <= 6; max++) {
        const last = words(t).at(-1);
        expect(lastWord(t, max), `${t} / ${max}`).toBe(last !== undefined && last.length <= max ? last : undefined);
      }
    }
  });

  it('tells whether a text has n words without counting further than n', () => {
    const texts = [...SAMPLES, '東 京 東 京 a b', '東京で会議が開かれた and more', 'one two three four five six seven'];
    for (const t of texts) {
      for (let n = 0; n <= 8; n++) {
        expect(hasWords(t, n), `${t} / ${n}`).toBe(wordCount(t) >= n);
        expect(countWords(t, n), `${t} / ${n}`).toBe(Math.min(n, words(t).length));
      }
    }
  });

  it('counts Chinese and Japanese characters two to a word, and only those', () => {
    expect(wordCount('東京で会議')).toBe(3);
    expect(wordCount('東京 talks')).toBe(2);
    expect(wordCount('Σ ΣΑΣ İstanbul')).toBe(3);
    // The count skips its search for those scripts below their first UTF-16 unit: none of them is there.
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    const below: string[] = [];
    for (let c = 0; c < 0x2e80; c++) if (unspaced.test(String.fromCharCode(c))) below.push(c.toString(16));
    expect(below).toEqual([]);
  });

  it('finds truncation marks at the end only', () => {
    const cutOff = (t: string) =>
      /(?:\s\.\.|[^.]\.\.\.|…)$/.test(t) || ['a', 'an', 'the', 'these'].includes(words(t).at(-1)?.toLowerCase() ?? '');
    for (const t of SAMPLES) expect(isTruncated(t), t).toBe(cutOff(t));
    // Function words are looked up only for words no longer than the longest: lower case never makes a longer
    // word into ASCII letters (a character lowering to ASCII letters lowers to as many UTF-16 units as it has).
    const shrinking: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      const lower = c.toLowerCase();
      if (/^[a-z]+$/.test(lower) && lower.length < c.length) shrinking.push(cp.toString(16));
    }
    expect(shrinking).toEqual([]);
  });

  it('finds a mark before closing quotes and brackets at the end as the patterns did', () => {
    const texts = [
      ...SAMPLES,
      'He said.',
      'He said."',
      'He said.”)',
      'Why?»',
      'Note:',
      '“Quoted”',
      ')',
      '."',
      'a.b',
      '(x.)]',
    ];
    for (const t of texts) {
      expect(endsWithMark(t, '.!?…。！？'), t).toBe(/[.!?…。！？]["'”’»)\]]*$/.test(t));
      expect(endsWithMark(t, '.!;,:', '"\'”’»)'), t).toBe(/[.!;,:]["'”’»)]*$/.test(t));
      expect(endsWithMark(t, '.:', '"\'”’)'), t).toBe(/[.:]["'”’)]*$/.test(t));
    }
  });

  it('compares folded texts as fold does', () => {
    const texts = [
      ...SAMPLES,
      'Council backs harbour plan',
      'COUNCIL BACKS HARBOUR PLAN!',
      'council-backs—harbour plan',
      'Council backs harbour plan again',
      'Council backs',
      'ΣΑΣ',
      'σας',
      'a ΣΑΣ',
      'aσας',
      'İstanbul',
      'istanbul',
      'i̇stanbul',
      'Café',
      'cafe',
      '2025: Year',
      '---',
      '“Council backs harbour plan”',
      'Council’s harbour plan — backed',
      'councilsharbourplanbacked',
      '‘ΣΑΣ’',
      '\u200bcafe',
    ];
    for (const a of texts) {
      for (const b of texts) expect(foldsTo(a, fold(b)), `${a} / ${b}`).toBe(fold(a) === fold(b));
    }
    // General Punctuation is skipped without folding: fold drops every character of the block.
    const kept: string[] = [];
    for (let c = 0x2000; c <= 0x206f; c++) if (fold(String.fromCharCode(c)) !== '') kept.push(c.toString(16));
    expect(kept).toEqual([]);
  });
});

describe('readsAsSentence', () => {
  it('knows sentences without their period, and not headlines or captions', () => {
    for (const t of [
      'The council will vote in March, and residents can comment online until then',
      'the mayor replied: “We will see”',
      '"It is a great day for the city," she said',
      'Officials said the lanes would cost £12m',
      'Residents will be able to comment on the plan online until the end of March before the final vote in April',
    ]) {
      expect(readsAsSentence(t), t).toBe(true);
    }
    for (const t of [
      'Mayor says lanes will cost £12m',
      'Residents gather at the town hall on Tuesday',
      'Magnolia, New Belgium to be acquired by Kirin',
      "'We Got Her!' Video Shows Dramatic Rescue",
      'Tea added to list of endangered crops',
      'About Contact Advertising Sustainability Subscribe RSS Member Services Terms of Use Privacy Cookie Policy Ad Choices',
      'vse@mail.ru Legal information',
      'iPhone 11 Pro review',
    ]) {
      expect(readsAsSentence(t), t).toBe(false);
    }
  });
});
