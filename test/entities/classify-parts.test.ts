import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordBefore } from '../../src/entities/classify.js';
import { NameGroups } from '../../src/entities/name-clusters.js';
import { BUILT_IN_VARIANTS, nameTokens, tokensMatch } from '../../src/entities/name-key.js';
import { PartIndex } from '../../src/entities/part-index.js';

describe('wordBefore stands for /(\\p{L}+)[\\s,]*$/u', () => {
  const regex = (text: string) => /(\p{L}+)[\s,]*$/u.exec(text)?.[1];

  it('takes the last word past spaces and commas, and nothing after other punctuation', () => {
    expect(wordBefore('North Korean leader, ')).toBe('leader');
    expect(wordBefore('said the minister ')).toBe('minister');
    expect(wordBefore('the leader. ')).toBeUndefined();
    expect(wordBefore('')).toBeUndefined();
    expect(wordBefore('2024 ')).toBeUndefined();
    expect(wordBefore('Präsident\u00a0')).toBe('Präsident');
  });

  it('agrees with the regex, astral letters and lone surrogates included', () => {
    const alphabet = [...'ab AÉ,.\t\n\u00a0\u20039é\u0301-', '𝐀', '𝐚', '\ud835', '\udc00'];
    const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 20 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordBefore(text)).toBe(regex(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('name groups: surname-only mentions', () => {
  const spelling = (surface: string) => ({ surface, tokens: nameTokens(surface) });

  it('sees full names added after an earlier surname-only lookup', () => {
    const groups = new NameGroups();
    groups.addFull(spelling('Kim Jong Un'));
    expect(groups.addShort(spelling('Shoigu'))).toBeNull();
    const shoigu = groups.addFull(spelling('Sergei Shoigu'));
    expect(groups.addShort(spelling('Shoigu'))).toBe(shoigu);
    groups.addFull(spelling('Alexander Shoigu'));
    expect(groups.addShort(spelling('Shoigu'))).toBeNull(); // two groups fit now
  });
});

describe('tokensMatch: the length check before the edit distance', () => {
  const part = (s: string) => nameTokens(s)[0];

  it('still allows as many inserted letters as edits', () => {
    expect(tokensMatch(part('Hosseini'), part('Hoseinis'))).toBe(true); // 7 vs 8 letters folded: one edit
    expect(tokensMatch(part('Abdelrahmanov'), part('Abdelrahmanovna'))).toBe(true); // 13 vs 15: two edits
    expect(tokensMatch(part('Abdelrahmanov'), part('Abdelrahmanovnaa'))).toBe(true); // doubles fold: still 15
    expect(tokensMatch(part('Abdelrahmanov'), part('Abdelrahmanovnaia'))).toBe(false); // 13 vs 17
    expect(tokensMatch(part('Petrov'), part('Petrova'))).toBe(true);
    expect(tokensMatch(part('Petrov'), part('Petrovna'))).toBe(false);
  });
});

describe('PartIndex finds what testing every part with tokensMatch finds', () => {
  const words = [
    'Shoigu', 'Shoygu', 'Schoigu', 'Sergei', 'Sergey', 'Yevgeny', 'Evgeny', 'Kim', 'Gim', 'Jong-un', 'Jong-eun', 'Jongun',
    'Haniyeh', 'Haniya', 'Gaddafi', 'Qaddafi', 'Kadhafi', 'Osama', 'Usama', 'Abdelrahmanov', 'Abdelrahmanovna',
    'Petrov', 'Petrova', 'Mohammed', 'Muhammad', 'Mohamed', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Li', 'Lee', 'Xi',
    'Hsi', 'Deng', 'Teng', 'Il-sung', 'Il-song', 'Yo-jong', 'Yeo-jong', 'Aleksei', 'Alexei', 'Dmitry', 'Dmitri',
    'Rhee', 'Yi', 'Ri', 'Roh', 'Noh', 'Vladimir', 'Volodymyr', 'Uladzimir', 'Mykola', 'Nikolai', 'Oleksandr',
  ];
  const part = (w: string) => nameTokens(w)[0];

  it('for every query, with and without the variant table', () => {
    for (const variants of [BUILT_IN_VARIANTS, new Map<string, string>()]) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(...words), (held, query) => {
          const index = new PartIndex<number>(variants);
          held.forEach((w, i) => index.add(part(w), i));
          const expected = held.flatMap((w, i) => (tokensMatch(part(w), part(query), variants) ? [i] : []));
          expect([...index.matching(part(query))].sort((a, b) => a - b)).toEqual(expected);
        }),
        { numRuns: 500 },
      );
    }
  });

  it('past the size where edits are looked up by deletions (a long text naming thousands of people)', () => {
    // Each word and its one-letter edits: many parts one or two edits from each other.
    const edited = new Set<string>();
    for (const w of words) {
      edited.add(w);
      for (let i = 1; i < w.length; i++) {
        edited.add(w.slice(0, i) + w.slice(i + 1));
        edited.add(`${w.slice(0, i)}o${w.slice(i + 1)}`);
        edited.add(`${w.slice(0, i)}a${w.slice(i)}`);
      }
    }
    const held = [...edited].filter((w) => part(w));
    expect(held.length).toBeGreaterThan(600); // past the switch
    for (const variants of [BUILT_IN_VARIANTS, new Map<string, string>()]) {
      const index = new PartIndex<number>(variants);
      held.forEach((w, i) => index.add(part(w), i));
      for (const query of held) {
        const expected = held.flatMap((w, i) => (tokensMatch(part(w), part(query), variants) ? [i] : []));
        expect([...index.matching(part(query))].sort((a, b) => a - b), query).toEqual(expected);
      }
    }
  }, 60_000);
});
