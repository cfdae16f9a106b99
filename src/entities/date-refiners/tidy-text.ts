import type { Refiner } from './types.js';

const LEADING = /^(?:on|in|at|by|since|from|until|during|between|through)\s+/i;
// A closing full stop is the sentence's, unless it ends an abbreviation ("5 p.m.", "Jan.").
const TRAILING = /[\s,;:]+$|(?<!\b(?:[ap]\.m|[A-Z][a-z]{2,3}))\.$/;

/** Mentions read "Tuesday", not "On Tuesday,": leading prepositions and trailing punctuation are not the date. */
export const tidyText: Refiner = (candidates) =>
  candidates.map((c) => {
    const lead = LEADING.exec(c.text)?.[0].length ?? 0;
    const text = c.text.slice(lead).replace(TRAILING, '').replace(TRAILING, '');
    return { ...c, text, start: c.start + lead, end: c.start + lead + text.length };
  });
