import type { Refiner } from './types.js';

const RELATIVE_YEAR = /^(last|this|next|previous) year$/i;

/**
 * "June 19 last year", "October last year", "February this year": chrono reads the month and "last year" as
 * two dates; they are one, with the year counted from the reference.
 */
export const mergeRelativeYear: Refiner = (candidates, ctx) => {
  const out = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    const gap = next ? ctx.paragraph.slice(c.end, next.start) : '';
    const rel = next && RELATIVE_YEAR.exec(next.text);
    if (rel && c.parts.month !== undefined && c.parts.year === undefined && /^\s*$/.test(gap)) {
      const shift = { last: -1, previous: -1, this: 0, next: 1 }[rel[1].toLowerCase() as 'last'];
      out.push({ ...c, text: ctx.paragraph.slice(c.start, next.end), end: next.end, parts: { ...c.parts, year: ctx.reference.getFullYear() + shift } });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
};
