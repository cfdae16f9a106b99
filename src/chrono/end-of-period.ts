import type { Refiner } from 'chrono-node';
import { isSpaceCode } from '../segment/features.js';

// chrono's ENEndOfPeriodRefiner matches /…(?:last\s+day|end)\s+of\s+(?:the\s+)?$/ against all the text before each
// result: quadratic in a long paragraph with many dates (200 kB of dated sentences: over a second). Its phrase spans
// at most four whitespace-separated words ("last day of the"), so only results whose last four words before them
// can hold it are handed to chrono's refiner, which then decides exactly as before.

const PREFIX = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i; // chrono's own pattern
const PHRASE_WORDS = 4;

/** Where the last `words` whitespace-separated words before `end` begin, one character earlier (for `\b`). */
export function lastWordsStart(text: string, end: number, words = PHRASE_WORDS): number {
  let i = end;
  for (let seen = 0; seen < words; seen++) {
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i === 0) return 0;
  }
  return i - 1;
}

/** The text before `index` ends in chrono's "end of" / "last day of the" phrase. */
export function endsWithEndOf(text: string, index: number): boolean {
  return PREFIX.test(text.slice(lastWordsStart(text, index), index));
}

/** chrono's refiner, given only the results it can change. */
export function boundedEndOfPeriod(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const candidates = results.filter((r) => endsWithEndOf(context.text, r.index));
      if (candidates.length) refiner.refine(context, candidates);
      return results;
    },
  };
}
