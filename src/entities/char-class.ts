/**
 * Unicode classes of characters, looked up by code point instead of asked of a regex: the entity scanners visit
 * every character of every text, and a regex call per word costs more than the scan. Each code point is classed
 * once, by the same Unicode property escapes the regexes use, and remembered.
 */
export const LETTER = 1; // \p{L}
export const MARK = 2; // \p{M}
export const NUMBER = 4; // \p{N}
export const UPPER = 8; // \p{Lu}
/** What a word starts with: a letter, mark or digit. */
export const WORD_CHAR = LETTER | MARK | NUMBER;
const CLASSED = 16;
/** Apostrophes, full stops and hyphens ('’.-‐‑): they continue a word but do not start one. */
export const JOINER = 32;
/** What a word goes on with: a letter, mark, digit or joiner. */
export const IN_WORD = WORD_CHAR | JOINER;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_UPPER = /^\p{Lu}$/u;

const JOINERS = new Set([0x27, 0x2019, 0x2e, 0x2d, 0x2010, 0x2011]);

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  return (
    CLASSED |
    (JOINERS.has(cp) ? JOINER : 0) |
    (IS_LETTER.test(c) ? LETTER : 0) |
    (IS_MARK.test(c) ? MARK : 0) |
    (IS_NUMBER.test(c) ? NUMBER : 0) |
    (IS_UPPER.test(c) ? UPPER : 0)
  );
}

const basicPlane = new Uint8Array(0x10000);

/** The class bits of a code point. */
export function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp); // rare: not worth a table
  if (!basicPlane[cp]) basicPlane[cp] = classify(cp);
  return basicPlane[cp];
}
