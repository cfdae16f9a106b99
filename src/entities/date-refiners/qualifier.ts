import type { Refiner } from './types.js';

// chrono reads "this month" out of "earlier this month" and "October" out of "last October"; the qualifier
// belongs to the mention as written.
const QUALIFIER = /\b(?:earlier|later|early|late|mid|last|this|next|the end of|the start of|the beginning of)[\s-]+$/i;

/** "earlier this month", "late last year", "mid-June": the mention's text takes its qualifier (the value does not change). */
export const includeQualifier: Refiner = (candidates, ctx) =>
  candidates.map((c) => {
    const q = QUALIFIER.exec(ctx.paragraph.slice(Math.max(0, c.start - 20), c.start));
    if (!q) return c;
    const start = c.start - q[0].length;
    return { ...c, start, text: ctx.paragraph.slice(start, c.end) };
  });
