/**
 * Candidate names: runs of capitalised words in running text ("Russian President Vladimir Putin"), with the text
 * around them kept for context cues. A run ends at punctuation, at a possessive ("North's | Kim Jong Un"), at a
 * full stop after a word that is not an initial or an abbreviated title, and at a day or month word.
 */
import { TIME_WORDS, TITLES } from './tables.js';
import { capitalisedAt, countLongWords, wordEnd, wordStart } from './word-scan.js';

export interface Candidate {
  /** The run as written: its words with the spaces or tabs between them (possessive endings and full stops on). */
  readonly run: string;
  /** The words of the run as a name has them (nameWord). */
  readonly words: string[];
  /** Up to 40 characters before the first word and after the last. */
  readonly before: string;
  readonly after: string;
  /** The possessive owner right before the run ("North" in "the North's Kim Jong Un"), if any. */
  readonly owner: string | null;
  /** The text is a title-cased headline, where capitals say nothing about names. Asked only when needed: it reads the whole text. */
  isHeadline: () => boolean;
}

/**
 * A run found in a text. Its words and context are read from the text when first asked for: classification
 * looks most runs up by `run` alone (classify.ts keeps what it made of each).
 */
class TextRun implements Candidate {
  private wordList: string[] | undefined;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    readonly owner: string | null,
    readonly isHeadline: () => boolean,
  ) {}

  get run(): string {
    return this.text.slice(this.start, this.end);
  }

  get words(): string[] {
    if (!this.wordList) this.wordList = this.run.split(RUN_GAP).map(nameWord);
    return this.wordList;
  }

  get before(): string {
    return this.text.slice(Math.max(0, this.start - 40), this.start);
  }

  get after(): string {
    return this.text.slice(this.end, this.end + 40);
  }
}

/** What separates the words of a run: spaces and tabs only (spacesOnly). */
const RUN_GAP = /[ \t]+/;

/** Lowercase words that sit inside names: name particles, and connectors inside organisation names. */
const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'di', 'du', 'dos', 'del', 'y']);
const CONNECTORS = new Set(['of', 'for', 'on', 'and']);
const IN_NAME_LONGEST = Math.max(...[...PARTICLES, ...CONNECTORS].map((w) => w.length));

/**
 * Bit n of TIME_FIRSTS[c] is set when a day or month word of n letters begins with char code c, and of
 * TIME_LASTS[c] when one ends with it: a word that fits neither is no such word, and is not looked up (a set lookup
 * hashes the word, and this runs for every capitalised word). Only ASCII ends and lengths under 32 are mapped.
 */
const TIME_FIRSTS = lengthMasks((w) => w.charCodeAt(0));
const TIME_LASTS = lengthMasks((w) => w.charCodeAt(w.length - 1));

function lengthMasks(charOf: (w: string) => number): Uint32Array {
  const masks = new Uint32Array(0x80);
  for (const w of TIME_WORDS) if (charOf(w) < 0x80 && w.length < 32) masks[charOf(w)] |= 1 << w.length;
  return masks;
}

/** The word text[start, end) is a day or month word, with or without a full stop ("Monday", "Sept."). */
function isTimeWord(text: string, start: number, end: number): boolean {
  const bareEnd = text.charCodeAt(end - 1) === 0x2e ? end - 1 : end;
  const length = bareEnd - start;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(bareEnd - 1);
  const mapped = length > 0 && length < 32 && first < 0x80 && last < 0x80;
  if (mapped && !(TIME_FIRSTS[first] & TIME_LASTS[last] & (1 << length))) return false;
  return TIME_WORDS.has(text.slice(start, bareEnd));
}

/** A word of a run: text[start, end), its trailing hyphens and quotes off. (No text: most are never sliced out.) */
interface Word {
  start: number;
  end: number;
  capitalised: boolean;
}

/** Trailing hyphens and apostrophes are not part of a word ("Kim's" keeps its "s", "Kims'" loses the quote). */
const isTrailing = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019;

function withoutTrailing(text: string, start: number, end: number): number {
  while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
  return end;
}

const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** The gap between two words is one or more spaces or tabs only (no newline, no punctuation). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/** ['’] */
const isQuoteCode = (c: number): boolean => c === 0x27 || c === 0x2019;
/** Where the possessive ending of a word begins ("Kim's", "Jones’"): /['’]s?$/. -1 if it has none. */
function possessiveAt(w: string): number {
  const end = w.endsWith('s') ? w.length - 1 : w.length;
  return end > 0 && isQuoteCode(w.charCodeAt(end - 1)) ? end - 1 : -1;
}
/** possessiveAt(w) >= 0 for the word w of the text, and w is not a lone capital and quote ("O'"). */
function isPossessive(text: string, w: Word): boolean {
  const end = text.charCodeAt(w.end - 1) === 0x73 ? w.end - 1 : w.end; // "s"
  if (!(end > w.start && isQuoteCode(text.charCodeAt(end - 1)))) return false;
  return !/^\p{Lu}['’]$/u.test(text.slice(w.start, w.end));
}
/** A full stop after an initial ("R.") or an abbreviated title ("Gen.") does not end the run. */
const keepsRunAfterDot = (w: string): boolean => /^\p{Lu}\.$/u.test(w) || TITLES.has(w.slice(0, -1));


/** Most longer words capitalised: a headline in title case ("Troop Deployment Locks In Russia Military Alliance"). */
export function isTitleCased(text: string): boolean {
  const { long, capitalised } = countLongWords(text);
  return long >= 4 && capitalised >= 0.7 * long;
}

/** A word of a name as written: possessive ending off, and a full stop unless it marks an initial or a title. */
function nameWord(w: string): string {
  const at = possessiveAt(w);
  const word = at >= 0 ? w.slice(0, at) : w;
  return word.endsWith('.') && !keepsRunAfterDot(w) ? word.slice(0, -1) : word;
}

/** A full stop ends the run after this word, unless the word is an initial or an abbreviated title. */
const endsAtDot = (text: string, w: Word): boolean =>
  text.charCodeAt(w.end - 1) === 0x2e && !keepsRunAfterDot(text.slice(w.start, w.end));

/** A lowercase word that may sit inside a name (a particle or connector). */
function inName(text: string, w: Word): boolean {
  if (w.end - w.start > IN_NAME_LONGEST) return false;
  const word = text.slice(w.start, w.end);
  return PARTICLES.has(word) || CONNECTORS.has(word);
}

/**
 * The candidate of a run with the lowercase particles and connectors trimmed off its ends; null if none is left.
 * (The words of a run are apart by spaces or tabs only, and only its last word can have had trailing hyphens or
 * quotes cut off, so the text from its first word to its last is its words and the gaps between them.)
 */
function candidate(text: string, run: Word[], owner: string | null, isHeadline: () => boolean): Candidate | null {
  let s = 0;
  let e = run.length;
  while (s < e && !run[s].capitalised) s++;
  while (e > s && !run[e - 1].capitalised) e--;
  return s === e ? null : new TextRun(text, run[s].start, run[e - 1].end, owner, isHeadline);
}

/** Every run of capitalised words in the text. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let headline: boolean | undefined;
  const isHeadline = () => {
    if (headline === undefined) headline = isTitleCased(text);
    return headline;
  };
  const run: Word[] = []; // emptied, not replaced, at each close
  let owner: string | null = null;
  const close = (possessive = false) => {
    const made = run.length ? candidate(text, run, owner, isHeadline) : null;
    if (made) out.push(made);
    run.length = 0;
    owner = possessive && made ? made.words.join(' ') : null;
  };
  let end = 0;
  for (let start = wordStart(text, 0); start < text.length; start = wordStart(text, end)) {
    end = wordEnd(text, start);
    const capitalised = capitalisedAt(text, start, end);
    // Most words are lowercase outside any run: all they do is forget a possessive owner.
    if (!run.length && !capitalised) {
      owner = null;
      continue;
    }
    // (Trailing hyphens and quotes cannot make a word capitalised or not: it starts with a letter or digit.)
    const rawEnd = withoutTrailing(text, start, end);
    const w: Word = { start, end: rawEnd, capitalised };
    if (run.length) {
      const prev = run[run.length - 1];
      if (!spacesOnly(text, prev.end, w.start) || endsAtDot(text, prev)) close();
    }
    if (isTimeWord(text, start, rawEnd)) {
      close();
      continue;
    }
    if (capitalised) {
      run.push(w);
      if (isPossessive(text, w)) close(true);
    } else if (run.length && inName(text, w)) {
      run.push(w);
    } else if (run.length) close();
    else owner = null;
  }
  close();
  return out;
}

export const isConnector = (w: string): boolean => CONNECTORS.has(w);
