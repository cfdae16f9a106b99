import * as chrono from 'chrono-node';
import type { DateMention } from '../article.js';
import { isoFromParts, partsFromComponents } from '../metadata/iso-date.js';
import { resolveYearlessMonth } from './date-refiners/past-month.js';
import { resolveWeekday } from './date-refiners/past-weekday.js';
import { mergeRelativeYear } from './date-refiners/relative-year.js';
import { tidyText } from './date-refiners/tidy-text.js';
import type { Candidate, Refiner } from './date-refiners/types.js';

/** News refiners, in order, applied to what chrono parsed. */
const REFINERS: Refiner[] = [tidyText, mergeRelativeYear, resolveWeekday, resolveYearlessMonth];

/** Date mentions in one paragraph, resolved against the reference (publication date, else `now`). */
export function findDates(paragraph: string, index: number, reference: Date): DateMention[] {
  let candidates: Candidate[] = chrono.en.parse(paragraph, reference).map((r) => ({
    text: r.text,
    start: r.index,
    end: r.index + r.text.length,
    parts: partsFromComponents(r.start),
  }));
  for (const refine of REFINERS) candidates = refine(candidates, { paragraph, reference });
  const mentions: DateMention[] = [];
  for (const c of candidates) {
    const value = isoFromParts(c.parts);
    if (value) mentions.push({ text: c.text, value, paragraph: index, start: c.start, end: c.end });
  }
  return mentions;
}
