/** Shape features of a line of text, shared by the boilerplate and structure stages. */

// Small closed-class words: a headline that ends in one of these was cut off mid-phrase.
const FUNCTION_WORDS = new Set(
  'a an the of to and or in on at by for from with as into onto than that this these those its his her their our my your is are was were be'.split(
    ' ',
  ),
);

const CLOSERS = '["\'”’»)\\]]*';
const SENTENCE_END = new RegExp(`[.!?…。！？]${CLOSERS}$`);
const INNER_BOUNDARY = /[.!?]["'”’»)]*\s+["'“‘«(]?[\p{Lu}\p{N}]/u;

export const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in the text, for length rules: Chinese and Japanese write no spaces, so two of their characters count
 * as one word there.
 */
export function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  if (!unspaced) return words(text).length;
  return words(text.replace(UNSPACED, '')).length + Math.ceil(unspaced / 2);
}

/** Ends like a sentence (terminal mark, perhaps inside quotes or brackets), and is not a " .." truncation. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !isTruncated(text);
}

/** Cut off: ends in " ..", "...", "…" or in a function word ("… ties as a"). */
export function isTruncated(text: string): boolean {
  if (/(?:\s\.\.|[^.]\.\.\.|…)$/.test(text)) return true;
  const last = words(text).at(-1)?.toLowerCase() ?? '';
  return FUNCTION_WORDS.has(last);
}

export function sentenceCount(text: string): number {
  const matches = text.match(/[.!?]["'”’»)]*(?=\s+["'“‘«(]?[\p{Lu}\p{N}])/gu);
  return (matches?.length ?? 0) + 1;
}

/** Looks like a headline: short, one unit, not closed by a period. A question mark may close it. */
export function isHeadlineShaped(text: string, maxWords = 30): boolean {
  const n = words(text).length;
  if (n < 2 || n > maxWords || text.length > 220) return false;
  if (/[.!;,:]["'”’»)]*$/.test(text) && !isTruncated(text)) return false;
  if (INNER_BOUNDARY.test(text)) return false;
  return /^["'“‘«(]?[\p{Lu}\p{N}]/u.test(text);
}

/** Compares texts ignoring case, punctuation and spacing. */
export function sameText(a: string, b: string): boolean {
  return fold(a) === fold(b) && fold(a).length > 0;
}

export function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Content words (4+ letters), lower-cased: for overlap between blocks. */
export function contentWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}
