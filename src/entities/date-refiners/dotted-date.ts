import type { DateParts } from '../../metadata/iso-date.js';
import type { Refiner } from './types.js';

// "10.06.2025": day, month, year. chrono reads dotted dates as it reads slashed ones, month first.
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

/** The parts with the day and month of a dotted date, when it can be read day-first. */
function dayFirst(parts: DateParts | undefined, m: RegExpMatchArray | undefined): DateParts | undefined {
  if (!parts || !m) return parts;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (parts.year !== year || month < 1 || month > 12 || day < 1 || day > 31) return parts;
  return { ...parts, day, month };
}

/**
 * Dotted dates are day-first wherever they are written ("10.06.2025" is 10 June), as in publication dates; one that
 * cannot be ("06.25.2025") keeps chrono's reading. Slashed dates are left as chrono reads them.
 */
export const dottedDayFirst: Refiner = (candidates) =>
  candidates.map((c) => {
    if (!c.text.includes('.')) return c;
    const [first, second] = [...c.text.matchAll(DOTTED)];
    if (!first) return c;
    return { ...c, parts: dayFirst(c.parts, first) as DateParts, endParts: dayFirst(c.endParts, second) };
  });
