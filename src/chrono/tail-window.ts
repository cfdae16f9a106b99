import type { Parser } from 'chrono-node';
import { lookaheadTail } from './lookahead-tail.js';

// chrono's "3 days ago" and "2 hours later" patterns chain up to eleven durations before their tail word. Where a
// long run of durations has no tail, the regex engine backtracks through every way of splitting the run, at every
// position of it (a 50 kB run of "5 min 3 s" took seconds). A match ends in its tail word, and before it holds
// only letters and digits joined by whitespace, commas or dots, in at most MAX_RUNS runs (about/around, then up to
// eleven of "a couple of" + unit + "and"). Positions further than that from every tail word cannot start a match:
// the search skips them, and from every other position runs the pattern itself, so it finds the same first match.

const MAX_RUNS = 64;

const isAlphanumeric = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const JOINER = /[\s,.]/;
// After the pattern's `\W` comes "about"/"around" or a number: a digit, a number word, "half", "a"/"an", "few",
// "several", "the", or "couple" (which may follow spaces).
const FIRST_OF_DURATION = /[0-9acefhnostACEFHNOST\s]/;
// The same two character tests on char codes, looked up in tables for ASCII (every window position is tested, and
// most are letters): `\w` is ASCII-only without the `u` flag; past ASCII only `\s` can hold, asked of the regex.
const WORD = new Uint8Array(128);
const FIRST = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
  FIRST[c] = FIRST_OF_DURATION.test(String.fromCharCode(c)) ? 1 : 0;
}

/** Whether a match can begin at `p > 0` of `text`: the `\W` there must precede a duration's first character. */
export function canStartAt(text: string, p: number): boolean {
  // Past the end reads as a word character: there is no `\W` to begin with.
  if (p >= text.length) return false;
  const c = text.charCodeAt(p);
  if (c < 128 && WORD[c]) return false;
  const next = text.charCodeAt(p + 1);
  if (next < 128) return FIRST[next] === 1;
  return next >= 128 && FIRST_OF_DURATION.test(text[p + 1]);
}

// Every word the two patterns can read before their tail word (numbers, units, "a couple of", "and", "about").
// Their separators (`\s`, ",", ".") split letters and digits into runs, yet `\s{0,3}` may be empty: a run inside
// a match ("5min", "3hours") is these words and digits written together, in any order (looser than the pattern).
const DURATION_WORDS = (
  'about around eleven twelve three seven eight four five nine one two six ten half an few several the a couple of ' +
  'quarters seconds minutes quarter second minute months hours weeks month years mins hour days week year sec min ' +
  'hrs day mon mos qtr hr mo yr s m h d w y and'
).split(' ');

// The words by their first letter (lower case): most runs of news text start with a letter none of them does.
const WORDS_BY_FIRST = new Map<number, string[]>();
for (const word of DURATION_WORDS) {
  const first = word.charCodeAt(0);
  WORDS_BY_FIRST.set(first, [...(WORDS_BY_FIRST.get(first) ?? []), word]);
}

/** `word` (lower case) is written at `text[at]`, in any case (runs are ASCII letters and digits). */
function wordAt(text: string, at: number, end: number, word: string): boolean {
  if (at + word.length > end) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

let reachable = new Uint8Array(64);

/** Whether `text[from, to)`, letters and digits, can be read as duration words and digits written together. */
export function isDurationRun(text: string, from: number, to: number): boolean {
  // reachable[i]: text[from, from + i) is such words and digits (a table, not a regex: ambiguous splits cannot
  // backtrack).
  const n = to - from;
  if (reachable.length <= n) reachable = new Uint8Array(2 * n + 2);
  reachable.fill(0, 0, n + 1);
  reachable[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!reachable[i]) continue;
    const c = text.charCodeAt(from + i);
    if (c >= 48 && c <= 57) reachable[i + 1] = 1;
    else
      for (const word of WORDS_BY_FIRST.get(c | 0x20) ?? [])
        if (wordAt(text, from + i, to, word)) reachable[i + word.length] = 1;
  }
  return reachable[n] === 1;
}

/**
 * Where matches may start: [from, to] position pairs, in order, each reaching back from a tail word (found by the
 * global `tails`) over at most MAX_RUNS runs of letters and digits and the joiners between them (plus one
 * character for the pattern's `\W`). A match starts at a `\W`, so every run in it is whole (chrono searches
 * suffixes that start after a `\W` or at one): the reach stops after a run that is not duration words, and a tail
 * glued to such a run ends no match. A match holds at least one duration (its unit is the last run before the
 * tail), so it starts before that run: a tail word right after other words ("carried out", "shortly after") ends no
 * match, and the pattern is not run for it.
 */
export function startRanges(text: string, tails: RegExp): number[] {
  const ranges: number[] = [];
  tails.lastIndex = 0;
  for (let m = tails.exec(text); m; m = tails.exec(text)) {
    tails.lastIndex = m.index + 1;
    const previousEnd = ranges.length ? ranges[ranges.length - 1] : -1;
    const reach = reachBack(text, m.index, previousEnd);
    if (!reach) continue;
    const [start, end] = reach;
    if (start <= previousEnd)
      ranges[ranges.length - 1] = Math.max(previousEnd, end); // reached the previous range: the two are one
    else ranges.push(start, end);
  }
  return ranges;
}

/**
 * The [from, to] range of match starts for the tail word at `tail`, reaching back no further than `stop` (the end
 * of the previous range), or null when no match can end at this tail.
 */
function reachBack(text: string, tail: number, stop: number): [number, number] | null {
  let i = tail;
  let runs = 0;
  let glued = isAlphanumeric(text.charCodeAt(tail - 1));
  let lastRun = -1; // where the last run before the tail begins
  let start = -1;
  while (i > 0 && i > stop) {
    const c = text.charCodeAt(i - 1);
    if (isAlphanumeric(c)) {
      // A run ends here (one glued to the tail word is the tail's: counting fewer runs only widens the range).
      const runEnd = i;
      while (i > 0 && isAlphanumeric(text.charCodeAt(i - 1))) i--;
      if (!glued) runs++;
      if (runs > MAX_RUNS || !isDurationRun(text, i, runEnd)) {
        start = runEnd; // the `\W` right after the run
        break;
      }
      if (lastRun < 0) lastRun = i;
      glued = false;
      continue;
    } else if (!JOINER.test(text[i - 1])) {
      start = i - 1;
      break;
    }
    i--;
  }
  // Stopped at the previous range with no run read: the two are joined up to the tail word (as wide as can be).
  if (lastRun < 0) return start < 0 && i > 0 ? [i - 1, tail] : null;
  if (start < 0) start = Math.max(0, i - 1);
  return [start, Math.max(0, lastRun - 1)];
}

/**
 * The pattern, searched only from the positions `startRanges` leaves. chrono's parser loop searches the text and
 * then suffixes of it (after each match): `prepare` reads the whole text, `exec` maps a suffix back onto it.
 */
class TailWindowRegExp extends RegExp {
  private text = '';
  private ranges: number[] = [];
  private readonly tails: RegExp;

  constructor(pattern: RegExp, tail: RegExp) {
    // The same pattern, written to compile fast (lookahead-tail.ts).
    super(lookaheadTail(pattern.source), `${pattern.flags.replace(/[gy]/g, '')}y`);
    this.tails = new RegExp(tail.source, 'gi');
  }

  prepare(text: string): this {
    this.text = text;
    this.ranges = startRanges(text, this.tails);
    return this;
  }

  override exec(remaining: string): RegExpExecArray | null {
    const offset = this.text.length - remaining.length;
    // A suffix chrono searches after a result or a failed match may start inside a run of letters, where `^`
    // stands in for the `\W` (`startRanges` reads whole runs only): its first position is always tried.
    let first = 0;
    if (offset > 0) {
      this.lastIndex = 0;
      const match = super.exec(remaining);
      if (match) return match;
      first = 1;
    }
    for (let i = 0; i < this.ranges.length; i += 2) {
      const to = Math.min(this.ranges[i + 1] - offset, remaining.length);
      for (let p = Math.max(first, this.ranges[i] - offset); p <= to; p++) {
        // Past the start, a match begins with the `\W` before a duration's first word.
        if (p > 0 && !canStartAt(remaining, p)) continue;
        this.lastIndex = p;
        const match = super.exec(remaining);
        if (match) return match;
      }
    }
    return null;
  }
}

/** The parser, its pattern searched only near its tail words (see above). */
export function tailWindowed(parser: Parser, tail: RegExp): Parser {
  let source: RegExp | undefined;
  let windowed: TailWindowRegExp | undefined;
  return {
    pattern: (context) => {
      // chrono hands out the same RegExp for as long as a parser's pattern stays the same.
      const pattern = parser.pattern(context);
      if (pattern !== source || !windowed) {
        source = pattern;
        windowed = new TailWindowRegExp(pattern, tail);
      }
      return windowed.prepare(context.text);
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
