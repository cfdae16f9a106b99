import type { DateParts } from '../../metadata/iso-date.js';
import { pointsForward, type RefineContext, type Candidate, type Refiner } from './types.js';

function yearFor(c: Candidate, ctx: RefineContext): number {
  const { month, day } = c.parts as { month: number; day?: number };
  const ref = ctx.reference;
  const refMonth = ref.getMonth() + 1;
  const y = ref.getFullYear();
  // "last June" / "next June" skip the reference's own month: said in June, they mean another year.
  if (/^last\b/i.test(c.text)) return month >= refMonth ? y - 1 : y;
  if (/^next\b/i.test(c.text)) return month <= refMonth ? y + 1 : y;
  const after = month > refMonth || (month === refMonth && (day ?? 1) > ref.getDate());
  if (!pointsForward(c, ctx)) return after ? y - 1 : y;
  // Looking ahead, a date (or a range's last day) not yet over is this year's: "takes place June 19–20" on the 20th.
  const endMonth = c.endParts?.month ?? month;
  const lastDay = endMonth !== month ? 31 : (c.endParts?.day ?? day);
  const over = month < refMonth || (month === refMonth && lastDay !== undefined && lastDay < ref.getDate());
  return over ? y + 1 : y;
}

/**
 * A month (or month and day) without a year ("in June", "June 19–20") is the most recent one up to the
 * reference; a sentence that points forward takes the next one instead. A range ending in an earlier month
 * ("December 30 – January 2") ends in the following year.
 */
export const resolveYearlessMonth: Refiner = (candidates, ctx) =>
  candidates.map((c) => {
    if (c.parts.month === undefined || c.parts.year !== undefined) return c;
    const year = yearFor(c, ctx);
    const out: Candidate = { ...c, parts: { ...c.parts, year } };
    const end: DateParts | undefined = c.endParts;
    if (end && end.year === undefined && end.month !== undefined) {
      out.endParts = { ...end, year: end.month < (c.parts.month as number) ? year + 1 : year };
    }
    return out;
  });
