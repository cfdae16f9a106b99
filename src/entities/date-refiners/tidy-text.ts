import type { Refiner } from './types.js';

const LEADING = /^(?:on|in|at|by|since|from|until|during)\s+/i;
const TRAILING = /[\s,.;:]+$/;

/** Mentions read "Tuesday", not "On Tuesday,": leading prepositions and trailing punctuation are not the date. */
export const tidyText: Refiner = (candidates) =>
  candidates.map((c) => {
    const lead = LEADING.exec(c.text)?.[0].length ?? 0;
    const text = c.text.slice(lead).replace(TRAILING, '');
    return { ...c, text, start: c.start + lead, end: c.start + lead + text.length };
  });
