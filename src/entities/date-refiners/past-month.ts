import { pointsForward, type Refiner } from './types.js';

/**
 * A month (or month and day) without a year ("in June", "last June 19") is the most recent one up to the
 * reference; a sentence that points forward takes the next one instead.
 */
export const resolveYearlessMonth: Refiner = (candidates, ctx) =>
  candidates.map((c) => {
    const { month, day, year } = c.parts;
    if (month === undefined || year !== undefined) return c;
    const ref = ctx.reference;
    const refMonth = ref.getMonth() + 1;
    const after = month > refMonth || (month === refMonth && (day ?? 1) > ref.getDate());
    const forward = pointsForward(c, ctx);
    let y = ref.getFullYear();
    if (!forward && after) y -= 1;
    if (forward && !after && !(month === refMonth && day === undefined)) y += 1;
    return { ...c, parts: { ...c.parts, year: y } };
  });
