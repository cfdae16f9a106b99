/**
 * Words and letter runs found by walking char codes, for the scanners that visit every word of every text. Each
 * function states the regex it stands for; test/entities/word-scan.test.ts holds them to it.
 */
import { classOf, LETTER, UPPER, WORD_CHAR } from './char-class.js';

/** Apostrophes, full stops and hyphens: they continue a word but do not start one. */
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d || c === 0x2010 || c === 0x2011;
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** Where the next word begins at or after `i` (text.length if none): its first letter, mark or digit. */
export function wordStart(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (classOf(cp) & WORD_CHAR) return i;
    i += width(cp);
  }
  return text.length;
}

/**
 * Where the word that begins at `start` ends: letters, marks, digits, apostrophes, full stops and hyphens. With
 * wordStart, the same words as the global regex [\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.‐‑-]* finds.
 */
export function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!(classOf(cp) & WORD_CHAR) && !isJoiner(cp)) return i;
    i += width(cp);
  }
  return text.length;
}

const CAPITALISED = /^(?:(?:al|el|bin|ibn|abu|ul|ad|as|ash)[-‐‑])?\p{Lu}/u;

/** CAPITALISED tested on the word text[start, end), asking the regex only about "al-Assad"-like words. */
export function capitalisedAt(text: string, start: number, end: number): boolean {
  if (classOf(text.codePointAt(start) as number) & UPPER) return true;
  // Otherwise only a two- or three-letter lowercase prefix and a hyphen can come before the capital.
  const prefixed = isHyphen(text.charCodeAt(start + 2)) || isHyphen(text.charCodeAt(start + 3));
  return prefixed && CAPITALISED.test(text.slice(start, end));
}

/** Counts the words of /\p{L}{4,}/gu (runs of four letters or more) and those of them that start with a capital. */
export function countLongWords(text: string): { long: number; capitalised: number } {
  let long = 0;
  let capitalised = 0;
  let i = 0;
  while (i < text.length) {
    const first = text.codePointAt(i) as number;
    if (!(classOf(first) & LETTER)) {
      i += width(first);
      continue;
    }
    let letters = 0;
    let cp = first;
    do {
      letters++;
      i += width(cp);
      cp = text.codePointAt(i) ?? 0; // past the end: 0, no letter
    } while (classOf(cp) & LETTER);
    if (letters >= 4) {
      long++;
      if (classOf(first) & UPPER) capitalised++;
    }
  }
  return { long, capitalised };
}
