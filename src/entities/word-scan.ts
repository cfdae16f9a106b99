/**
 * Words and letter runs found by walking char codes, for the scanners that visit every word of every text. Each
 * function states the regex it stands for; test/entities/word-scan.test.ts holds them to it.
 */
import { classOf, IN_WORD, LETTER, UPPER, WORD_CHAR } from './char-class.js';

const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The code point at `i`: its char code unless that is half a surrogate pair (codePointAt is the slower call). */
const codePointAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return isSurrogate(c) ? (text.codePointAt(i) as number) : c;
};

// ASCII is most of every text: its classes sit in a small table read without classOf's call and lazy fill.
const ASCII = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII[c] = classOf(c);

/** The code point at `i` (past ASCII) tested against the class bits `want`: its width, negated when it lacks them. */
function wideStep(text: string, i: number, want: number): number {
  const cp = codePointAt(text, i);
  return classOf(cp) & want ? width(cp) : -width(cp);
}

/** Where the next word begins at or after `i` (text.length if none): its first letter, mark or digit. */
export function wordStart(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII[c] & WORD_CHAR) return i;
      i++;
      continue;
    }
    const step = wideStep(text, i, WORD_CHAR);
    if (step > 0) return i;
    i -= step;
  }
  return n;
}

/**
 * Where the word that begins at `start` ends: letters, marks, digits, apostrophes, full stops and hyphens. With
 * wordStart, the same words as the global regex [\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.‐‑-]* finds.
 */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (!(ASCII[c] & IN_WORD)) return i;
      i++;
      continue;
    }
    const step = wideStep(text, i, IN_WORD);
    if (step < 0) return i;
    i += step;
  }
  return n;
}

const CAPITALISED = /^(?:(?:al|el|bin|ibn|abu|ul|ad|as|ash)[-‐‑])?\p{Lu}/u;
/** a, e, b, i or u: the letters those prefixes begin with. */
const isPrefixInitial = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x62 || c === 0x69 || c === 0x75;

/** CAPITALISED tested on the word text[start, end), asking the regex only about "al-Assad"-like words. */
export function capitalisedAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if ((c < 0x80 ? ASCII[c] : classOf(codePointAt(text, start))) & UPPER) return true;
  // Otherwise only a two- or three-letter lowercase prefix and a hyphen can come before the capital.
  if (!isPrefixInitial(c)) return false;
  const prefixed = isHyphen(text.charCodeAt(start + 2)) || isHyphen(text.charCodeAt(start + 3));
  return prefixed && CAPITALISED.test(text.slice(start, end));
}

/** Counts the words of /\p{L}{4,}/gu (runs of four letters or more) and those of them that start with a capital. */
export function countLongWords(text: string): { long: number; capitalised: number } {
  let long = 0;
  let capitalised = 0;
  let i = 0;
  while (i < text.length) {
    const first = codePointAt(text, i);
    if (!(classOf(first) & LETTER)) {
      i += width(first);
      continue;
    }
    let letters = 0;
    let cp = first;
    do {
      letters++;
      i += width(cp);
      cp = i < text.length ? codePointAt(text, i) : 0; // past the end: 0, no letter
    } while (classOf(cp) & LETTER);
    if (letters >= 4) {
      long++;
      if (classOf(first) & UPPER) capitalised++;
    }
  }
  return { long, capitalised };
}
