import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGroups, scoreMerge } from '../../scripts/eval-names.mjs';
import { BUILT_IN_VARIANTS, namesMatch, nameTokens, type VariantIndex } from '../../src/entities/name-key.js';
import { groupNames } from '../../src/index.js';

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => a[0].localeCompare(b[0]));

describe('scoreMerge', () => {
  it('counts merged pairs right and wrong', () => {
    const gold = [['a', 'b', 'c'], ['d']];
    const s = scoreMerge(gold, [['a', 'b'], ['c', 'd']]);
    expect(s).toMatchObject({ truePairs: 1, predictedPairs: 2, goldPairs: 3, precision: 0.5 });
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.falseMerges).toEqual([['c', 'd']]);
  });
});

describe('groupNames', () => {
  it('keeps look-alike people apart', () => {
    expect(groupNames(['Kim Jong Un', 'Kim Yo Jong', 'Kim Jong Il', 'Kim Jong Nam', 'Kim Yong Nam'])).toHaveLength(5);
    expect(groupNames(['Hong Min', 'Hong Kong'])).toHaveLength(2);
    expect(groupNames(['Ri Yong Ho', 'Ri Yong Gil', 'Moon Jae-in', 'Moon Chung-in'])).toHaveLength(4);
  });

  it('merges transliterations without any table', () => {
    const off = { curated: false, variants: false };
    expect(groupNames(['Sergey Shoygu', 'Sergei Shoigu', 'Sergej Schoigu'], off)).toHaveLength(1);
    expect(groupNames(['Moammar Gadhafi', 'Muammar Qaddafi', "Mu'ammar al-Qaddafi"], off)).toHaveLength(1);
    expect(groupNames(['Kim Jong-eun', 'Kim Jong Un', 'Kim Jongun'], off)).toHaveLength(1);
    expect(groupNames(['Deng Xiaoping', 'Teng Hsiao-ping'], off)).toHaveLength(1);
  });

  it('uses the name-part table for other systems and languages', () => {
    const variantsOnly = { curated: false };
    expect(sorted(groupNames(['Lee Sol-ju', 'Ri Sol Ju', 'Vladimir Zelensky', 'Volodymyr Zelenskyy'], variantsOnly))).toEqual([
      ['Lee Sol-ju', 'Ri Sol Ju'],
      ['Vladimir Zelensky', 'Volodymyr Zelenskyy'],
    ]);
  });
});

describe('the variant test set (held-out spellings: no curated people table)', () => {
  const groups = loadGroups();
  const gold = groups.map((g) => g.spellings);

  it('has at least 40 people with variant spellings from Russian, Ukrainian, Arabic, Korean and Chinese', () => {
    expect(gold.filter((g) => g.length > 1).length).toBeGreaterThanOrEqual(40);
    const langs = groups.map((g) => g.lang);
    for (const lang of ['ru', 'uk', 'ar', 'ko', 'zh']) expect(langs).toContain(lang);
  });

  it('merges with precision ≥ 0.98 and recall ≥ 0.95', () => {
    const score = scoreMerge(gold, groupNames(gold.flat(), { curated: false }));
    expect(score.falseMerges).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});

// Past a number of groups, NameGroups compares a new name only with the groups an index says it may match.
describe('groupNames with many people', () => {
  const variantGroups: Array<{ spellings: string[] }> = JSON.parse(
    readFileSync(new URL('../data/name-variants.json', import.meta.url), 'utf8'),
  ).groups;

  /** The grouping by its definition: each name joins the first group with a spelling it matches. */
  function everyGroup(names: string[], variants: VariantIndex): string[][] {
    const groups: string[][] = [];
    for (const name of names) {
      const fit = groups.find((g) => [...new Set(g)].some((f) => namesMatch(nameTokens(f), nameTokens(name), variants)));
      if (fit) fit.push(name);
      else groups.push([name]);
    }
    return groups;
  }

  it('groups as comparing each name with every group does', () => {
    const names: string[] = [];
    for (const g of variantGroups) {
      for (const s of g.spellings) {
        const words = s.split(' ');
        names.push(s, words.slice(1).join(' '), [...words].reverse().join(' '), [words[0], 'K.', ...words.slice(1)].join(' '));
      }
    }
    for (const [label, variants] of [
      ['with the variant table', BUILT_IN_VARIANTS],
      ['without it', new Map() as VariantIndex],
    ] as const) {
      const expected = everyGroup(names, variants);
      expect(expected.length, label).toBeGreaterThan(200); // far past where the index takes over
      expect(groupNames(names, { curated: false, variants: variants === BUILT_IN_VARIANTS }), label).toEqual(expected);
    }
  }, 60_000);
});
