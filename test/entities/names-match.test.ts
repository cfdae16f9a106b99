import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_VARIANTS,
  editDistance,
  type NamePart,
  type NameParts,
  namesMatch,
  nameTokens,
  tokensMatch,
  type VariantIndex,
  withinOneEdit,
} from '../../src/entities/name-key.js';

// namesMatch as it was written with slices of the longer name; the ranges it now walks must find the same.
function joined(parts: NameParts): NamePart {
  if (parts.length === 1) return parts[0];
  return { pieces: parts.flatMap((p) => p.pieces), key: parts.map((p) => p.key).join(''), loose: parts.map((p) => p.loose).join('') };
}
function align(short: NameParts, long: NameParts, i: number, j: number, v: VariantIndex): boolean {
  if (i === short.length) return j === long.length;
  for (let end = j + 1; long.length - end >= short.length - i - 1; end++) {
    const run = joined(long.slice(j, end));
    if (tokensMatch(short[i], run, v) && align(short, long, i + 1, end, v)) return true;
    if (!short[i].key.startsWith(run.key) && !short[i].loose.startsWith(run.loose)) return false;
  }
  return false;
}
function sliced(a: NameParts, b: NameParts, v: VariantIndex): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const parts = (s: NameParts, l: NameParts) => s.length > 0 && l.length - s.length <= 3 && align(s, l, 0, 0, v);
  if (short.length < 2) return false;
  if (parts(short, long)) return true;
  for (let cut = 1; long.length - cut >= short.length; cut++) {
    if (parts(short, long.slice(cut))) return true;
    if (short.length >= 3 && parts(short, long.slice(0, long.length - cut))) return true;
  }
  const omissible = (t: NamePart) => t.key.length === 1 || (t.pieces.length === 1 && t.key.length >= 5);
  if (short.length === 2 && long.length > 2 && long.slice(1, -1).every(omissible)) {
    return tokensMatch(short[0], long[0], v) && tokensMatch(short[1], long[long.length - 1], v);
  }
  return false;
}

describe('namesMatch walks ranges of the longer name', () => {
  const words = ['Kim', 'Jong', 'Un', 'Jongun', 'Jong-un', 'Eun', 'Mohammed', 'bin', 'Salman', 'Al', 'Saud', 'V.', 'Vladimir', 'Wladimir', 'Putin', 'Ali', 'Hosseini', 'Khamenei', 'Sergei', 'Sergey', 'Shoigu'];
  const name = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 });
  // Pairs of names and of a name and some of its words (a head, a tail, middle names left out).
  const pairs = fc.oneof(
    fc.tuple(name, name),
    name.chain((a) => fc.tuple(fc.constant(a), fc.subarray(a, { minLength: 1 }))),
  );

  it('matches what the sliced version matched', () => {
    let matched = 0;
    fc.assert(
      fc.property(pairs, fc.boolean(), ([a, b], withVariants) => {
        const v = withVariants ? BUILT_IN_VARIANTS : new Map();
        const [ta, tb] = [nameTokens(a.join(' ')), nameTokens(b.join(' '))];
        const expected = sliced(ta, tb, v);
        if (expected) matched++;
        expect(namesMatch(ta, tb, v)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    expect(matched).toBeGreaterThan(500); // not vacuous
  });

  it('matches tails, heads, joined parts and omitted middle names', () => {
    const match = (a: string, b: string) => namesMatch(nameTokens(a), nameTokens(b));
    expect(match('Tayyip Erdogan', 'Recep Tayyip Erdogan')).toBe(true);
    expect(match('Mohammed bin Salman', 'Mohammed bin Salman Al Saud')).toBe(true);
    expect(match('Kim Jongun', 'Kim Jong Un')).toBe(true);
    expect(match('Vladimir Putin', 'Vladimir V. Putin')).toBe(true);
    expect(match('Ali Khamenei', 'Ali Hosseini Khamenei')).toBe(true);
    expect(match('Kim Jong Un', 'Kim Yo Jong')).toBe(false);
  });
});

describe('withinOneEdit is editDistance(a, b, 1) <= 1', () => {
  it('agrees on short strings over a small alphabet', () => {
    const word = fc.array(fc.constantFrom(...'abcé\u{1d400}'), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(editDistance(a, b, 1) <= 1);
      }),
      { numRuns: 20000 },
    );
  });

  it('allows one substitution, insertion or deletion, not two', () => {
    expect(withinOneEdit('shoigu', 'shoygu')).toBe(true);
    expect(withinOneEdit('gaddafi', 'gadafi')).toBe(true);
    expect(withinOneEdit('gadafi', 'gaddafi')).toBe(true);
    expect(withinOneEdit('putin', 'putin')).toBe(true);
    expect(withinOneEdit('putin', 'pution')).toBe(true);
    expect(withinOneEdit('putin', 'potun')).toBe(false);
    expect(withinOneEdit('putin', 'putinov')).toBe(false);
  });
});
