/** Shape features of a line of text, shared by the boilerplate and structure stages. */

// Small closed-class words: a headline that ends in one of these was cut off mid-phrase.
const FUNCTION_WORDS = new Set(
  'a an the of to and or in on at by for from with as into onto than that this these those its his her their our my your is are was were be'.split(
    ' ',
  ),
);

const SENTENCE_MARKS = '.!?…。！？';
const CLOSERS = '"\'”’»)]';
const INNER_BOUNDARY = /[.!?]["'”’»)]*\s+["'“‘«(]?[\p{Lu}\p{N}]/u;

export const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * A UTF-16 unit of JavaScript's `\s` (WhiteSpace and LineTerminator): the separators `words` splits on, tested
 * without a regular expression so that words can be counted without building the array.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `words(text).length`, without the array; counting stops at `max` (a length rule needs no more). */
export function countWords(text: string, max = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < max; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * `words(text).at(-1)`, without the array: the last run of non-space characters, or undefined. A last word longer
 * than `max` is not read whole: undefined too.
 */
export function lastWord(text: string, max = Number.POSITIVE_INFINITY): string | undefined {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start <= max && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return start === end || end - start > max ? undefined : text.slice(start, end);
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/**
 * Every UTF-16 unit from the first one of a Han, Hiragana or Katakana character up (astral characters are
 * surrogates, above it too): text without any holds none of those characters, and this is quick to search.
 */
const MAYBE_UNSPACED = /[\u2e80-\uffff]/;

/**
 * Words in the text, for length rules: Chinese and Japanese write no spaces, so two of their characters count
 * as one word there.
 */
export function wordCount(text: string): number {
  const unspaced = MAYBE_UNSPACED.test(text) ? (text.match(UNSPACED)?.length ?? 0) : 0;
  if (!unspaced) return countWords(text);
  return countWords(text.replace(UNSPACED, '')) + Math.ceil(unspaced / 2);
}

/** `wordCount(text) >= n`, counting only the first n words of text without Chinese or Japanese in it. */
export function hasWords(text: string, n: number): boolean {
  return (MAYBE_UNSPACED.test(text) ? wordCount(text) : countWords(text, n)) >= n;
}

/** A line of two words or more that asks a question: captions do not ask, an article may end so. */
export function asksQuestion(text: string): boolean {
  return text.trimEnd().endsWith('?') && hasWords(text, 2);
}

/** Ends like a sentence (terminal mark, perhaps inside quotes or brackets), and is not a " .." truncation. */
export function endsSentence(text: string): boolean {
  return endsWithSentenceMark(text) && !isTruncated(text);
}

/** A terminal mark at the end, perhaps inside quotes or brackets: `endsSentence` for text known not cut off. */
export const endsWithSentenceMark = (text: string): boolean => endsWithMark(text, SENTENCE_MARKS);

/**
 * The text's last character, closing quotes and brackets set aside, is one of `marks` ("… said.”" ends with ".").
 * Read backwards from the end: a pattern anchored only at the end would be tried from every position.
 */
export function endsWithMark(text: string, marks: string, closers = CLOSERS): boolean {
  let i = text.length - 1;
  while (i >= 0 && closers.includes(text[i])) i--;
  return i >= 0 && marks.includes(text[i]);
}

const CUT_OFF = /(?:\s\.\.|[^.]\.\.\.|…)$/;
/** The longest cut-off mark, in UTF-16 units: only that much of the text's end needs looking at. */
const CUT_OFF_UNITS = 4;
/**
 * The longest function word. Lower case maps a word letter by letter and never shortens it to ASCII, so a longer
 * word cannot be one of them.
 */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/** Cut off: ends in " ..", "...", "…" or in a function word ("… ties as a"). */
export function isTruncated(text: string): boolean {
  // Every cut-off mark ends in ".." or "…".
  if ((text.endsWith('..') || text.endsWith('…')) && CUT_OFF.test(text.slice(-CUT_OFF_UNITS))) return true;
  const last = lastWord(text, LONGEST_FUNCTION_WORD);
  return last !== undefined && FUNCTION_WORDS.has(last.toLowerCase());
}

export function sentenceCount(text: string): number {
  const matches = text.match(/[.!?]["'”’»)]*(?=\s+["'“‘«(]?[\p{Lu}\p{N}])/gu);
  return (matches?.length ?? 0) + 1;
}

const HEADLINE_CLOSERS = '"\'”’»)';

/** Looks like a headline: short, one unit, not closed by a period. A question mark may close it. */
export function isHeadlineShaped(text: string, maxWords = 30): boolean {
  if (text.length > 220) return false;
  const n = countWords(text, maxWords + 1);
  if (n < 2 || n > maxWords) return false;
  if (endsWithMark(text, '.!;,:', HEADLINE_CLOSERS) && !isTruncated(text)) return false;
  if (INNER_BOUNDARY.test(text)) return false;
  return /^["'“‘«(]?[\p{Lu}\p{N}]/u.test(text);
}

// A word in lower case first ("the mayor replied: …"); not an address or a handle ("vse@mail.ru", "iPhone").
const LOWER_START = /^["'“‘«(]?\p{Ll}+[,:]?\s/u;
// Two clauses joined by a comma and a conjunction or relative pronoun ("…, and residents can comment", "…, which").
const JOINED_CLAUSES = /,\s+(?:and|but|or|so|yet|while|whereas|which|who|whose|because|although|though|until|unless)\s/i;
// Reported speech: a quote closed after its comma ("…city," she said) or a reporting verb in the past tense, which
// headlines (written in the present: "Mayor says …") and captions do not use; "said to", "added to" are passives.
const REPORTED_SPEECH = /,["'”’»]\s+\p{L}|\b(?:said|added|replied|explained|insisted|stressed|admitted|recalled)\b(?!\s+to\b)/iu;

/** Words a long line needs to read as a sentence by its lower-case words alone: headlines are rarely this long. */
const LONG_SENTENCE_WORDS = 16;

/** At least three in four words start in lower case, as running text does (menus and Title Case headlines do not). */
function mostlyLowerCase(text: string): boolean {
  const all = words(text);
  const lower = all.filter((w) => /^["'“‘«(]?\p{Ll}/u.test(w)).length;
  return lower * 4 >= all.length * 3;
}

/**
 * Reads as a sentence though no period closes it (scraped text often loses the last one): four words or more
 * starting with a word in lower case, clauses joined by a comma and a conjunction, reported speech, or sixteen
 * words or more mostly in lower case. The cues of clauses and speech are English: other languages keep the rest.
 */
export function readsAsSentence(text: string): boolean {
  if (text.length > 600) return false;
  return (
    (LOWER_START.test(text) && countWords(text, 4) >= 4) ||
    JOINED_CLAUSES.test(text) ||
    REPORTED_SPEECH.test(text) ||
    (countWords(text, LONG_SENTENCE_WORDS) >= LONG_SENTENCE_WORDS && mostlyLowerCase(text))
  );
}

export function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
/** General Punctuation (dashes, curly quotes, "…", zero-width spaces): neither letters nor numbers, fold drops it. */
const isGeneralPunctuation = (c: number) => c >= 0x2000 && c <= 0x206f;

/**
 * `fold(text) === folded`, usually decided from the first few characters: ASCII is folded as it is read (its
 * lower case never depends on the letters around it), so most texts fail at their first letter without being
 * folded whole. General Punctuation is skipped as fold drops it; any other non-ASCII character hands over to `fold`.
 */
export function foldsTo(text: string, folded: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isGeneralPunctuation(c)) continue;
    if (c >= 0x80) return fold(text) === folded;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (!isAsciiAlnum(c)) continue;
    if (folded.charCodeAt(j) !== c) return false;
    j++;
  }
  return j === folded.length;
}

/** Content words (4+ letters), lower-cased: for overlap between blocks. */
export function contentWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}
