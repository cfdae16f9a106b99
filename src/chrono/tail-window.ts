import type { Parser } from 'chrono-node';

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

/**
 * Where matches may start: [from, to] position pairs, in order, each reaching back from a tail word (found by the
 * global `tails`) over at most MAX_RUNS runs of letters and digits and the joiners between them (plus one
 * character for the pattern's `\W`).
 */
export function startRanges(text: string, tails: RegExp): number[] {
  const ranges: number[] = [];
  tails.lastIndex = 0;
  for (let m = tails.exec(text); m; m = tails.exec(text)) {
    const end = m.index;
    const previousEnd = ranges.length ? ranges[ranges.length - 1] : -1;
    let i = end;
    let runs = 0;
    while (i > 0 && i > previousEnd) {
      const c = text.charCodeAt(i - 1);
      if (isAlphanumeric(c)) {
        // A run begins here (one glued to the tail word is the tail's: counting fewer runs only widens the range).
        if (!isAlphanumeric(text.charCodeAt(i))) runs++;
        if (runs > MAX_RUNS) break;
      } else if (!JOINER.test(text[i - 1])) break;
      i--;
    }
    if (i <= previousEnd) ranges[ranges.length - 1] = end; // reached the previous range: the two are one
    else ranges.push(Math.max(0, i - 1), end);
    tails.lastIndex = m.index + 1;
  }
  return ranges;
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
    super(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
    this.tails = new RegExp(tail.source, 'gi');
  }

  prepare(text: string): this {
    this.text = text;
    this.ranges = startRanges(text, this.tails);
    return this;
  }

  override exec(remaining: string): RegExpExecArray | null {
    const offset = this.text.length - remaining.length;
    for (let i = 0; i < this.ranges.length; i += 2) {
      const to = Math.min(this.ranges[i + 1] - offset, remaining.length);
      for (let p = Math.max(0, this.ranges[i] - offset); p <= to; p++) {
        // Past the start, a match begins with the `\W` before a duration's first word.
        if (p > 0 && (/\w/.test(remaining[p]) || !FIRST_OF_DURATION.test(remaining[p + 1] ?? ''))) continue;
        this.lastIndex = p;
        const match = super.exec(remaining);
        if (match) return match;
      }
    }
    return null;
  }
}

/** The parser, its pattern searched only near its tail words (see above). */
export function tailWindowed(parser: Parser, pattern: RegExp, tail: RegExp): Parser {
  const windowed = new TailWindowRegExp(pattern, tail);
  return {
    pattern: (context) => windowed.prepare(context.text),
    extract: (context, match) => parser.extract(context, match),
  };
}
