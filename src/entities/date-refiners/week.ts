import type { DateParts } from '../../metadata/iso-date.js';
import { pointsForward, type Refiner } from './types.js';

const DAY_MS = 86_400_000;
const WEEK = /^(last|previous|this|next) week$/i;
const SHIFT: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1 };

const dayParts = (d: Date): DateParts => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

/**
 * "last week", "this week", "next week" name a whole week, not the day chrono picks: the mention becomes the
 * range Monday–Sunday of that week, counted from the reference. "This week" in a story looking back ends at the
 * reference, so no day after publication is claimed.
 */
export const resolveWeek: Refiner = (candidates, ctx) =>
  candidates.map((c) => {
    const m = WEEK.exec(c.text);
    if (!m) return c;
    const ref = ctx.reference;
    const monday = new Date(ref.getTime() - ((ref.getDay() + 6) % 7) * DAY_MS + SHIFT[m[1].toLowerCase()] * 7 * DAY_MS);
    const sunday = new Date(monday.getTime() + 6 * DAY_MS);
    const end = sunday > ref && !pointsForward(c, ctx) ? ref : sunday;
    return { ...c, parts: dayParts(monday), endParts: dayParts(end) };
  });
