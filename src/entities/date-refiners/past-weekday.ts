import { pointsForward, type Refiner } from './types.js';

const DAY_MS = 86_400_000;

/**
 * A bare weekday in news ("said Friday", "on Tuesday") is the most recent such day on or before the reference,
 * unless the sentence points forward ("will meet on Monday"): then the next one on or after it. "Last Friday"
 * is strictly before the reference day.
 */
export const resolveWeekday: Refiner = (candidates, ctx) =>
  candidates.map((c) => {
    const { weekday, day, month, year } = c.parts;
    if (weekday === undefined || day !== undefined || month !== undefined || year !== undefined || c.endParts) return c;
    const ref = ctx.reference;
    const forward = pointsForward(c, ctx);
    let diff = forward ? (weekday - ref.getDay() + 7) % 7 : -((ref.getDay() - weekday + 7) % 7);
    if (diff === 0 && /^last\b/i.test(c.text)) diff = -7;
    const d = new Date(ref.getTime() + diff * DAY_MS);
    return { ...c, parts: { ...c.parts, year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() } };
  });
