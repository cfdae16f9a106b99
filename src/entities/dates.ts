import * as chrono from 'chrono-node/en';
import type { DateMention } from '../article.js';
import { gatedChrono } from '../chrono/gated.js';
import { isoFromParts, partsFromComponents } from '../metadata/iso-date.js';
import { dayRangeGate, dayRangeParser } from './date-refiners/day-range-parser.js';
import { dottedDayFirst } from './date-refiners/dotted-date.js';
import { dropNonDates } from './date-refiners/not-a-date.js';
import { resolveYearlessMonth } from './date-refiners/past-month.js';
import { resolveWeekday } from './date-refiners/past-weekday.js';
import { includeQualifier } from './date-refiners/qualifier.js';
import { mergeRelativeYear } from './date-refiners/relative-year.js';
import { tidyText } from './date-refiners/tidy-text.js';
import { resolveWeek } from './date-refiners/week.js';
import type { Candidate, Refiner } from './date-refiners/types.js';
import { yearGate, yearParser } from './date-refiners/year-parser.js';

/** chrono's English parser plus the news parsers (years, year ranges, "June 19–20"). */
const newsChrono = gatedChrono(chrono.casual, [
  [yearParser, yearGate],
  [dayRangeParser, dayRangeGate],
]);

/** News refiners, in order, applied to what chrono parsed. */
const REFINERS: Refiner[] = [
  dropNonDates,
  tidyText,
  dottedDayFirst,
  resolveWeek,
  includeQualifier,
  mergeRelativeYear,
  resolveWeekday,
  resolveYearlessMonth,
];

/** Date mentions in one paragraph, resolved against the reference (publication date, else `now`). */
export function findDates(paragraph: string, index: number, reference: Date): DateMention[] {
  let candidates: Candidate[] = newsChrono.parse(paragraph, reference).map((r) => ({
    text: r.text,
    start: r.index,
    end: r.index + r.text.length,
    parts: partsFromComponents(r.start),
    endParts: r.end ? partsFromComponents(r.end) : undefined,
  }));
  for (const refine of REFINERS) candidates = refine(candidates, { paragraph, reference });
  const mentions: DateMention[] = [];
  for (const c of candidates) {
    const value = isoFromParts(c.parts);
    if (!value) continue;
    // The end states only what differs from the start ("June 19–20": the day), the rest is the start's.
    const endValue = c.endParts && isoFromParts({ ...c.parts, ...c.endParts });
    const mention: DateMention = { text: c.text, value, paragraph: index, start: c.start, end: c.end };
    if (endValue && endValue !== value) mention.endValue = endValue;
    mentions.push(mention);
  }
  return mentions;
}
