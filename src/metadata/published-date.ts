import * as chrono from 'chrono-node/en';
import { gatedChrono } from '../chrono/gated.js';
import { isoFromParts, partsFromComponents } from './iso-date.js';

/** ISO text written in the document ("2025-06-19", "2024-10-19T14:50:00+09:00"), kept as precise as written. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;
// "10.06.2025": dotted dates are day-first wherever they are written (chrono's English reading is month-first).
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
// "Updated 2 hours ago", "yesterday": counted from the clock, not a date the page states.
const RELATIVE = /\b(?:ago|yesterday|today|tonight|tomorrow|last|next|this)\b/i;

export interface PublishedDateOptions {
  /**
   * A day and month without a year ("SEOUL, June 19 (Yonhap)") take the year that puts them on or before the
   * reference: a dateline names the day the story was filed, so the time of collection fixes the year.
   */
  completeYear?: boolean;
}

/**
 * Whether ISO text names a real instant: a month 01–12, a day its month has, a time up to 23:59:59 and an offset
 * of at most 14 hours (the zones that exist). Pages and feeds carry placeholders and typos ("2024-99-99",
 * "0000-00-00", "2024-02-30", "25:61") that the pattern alone lets through.
 */
function isRealIso([, date, time, seconds, zone]: RegExpExecArray): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return false;
  if (time && (Number(time.slice(0, 2)) > 23 || Number(time.slice(3)) > 59 || Number(seconds ?? 0) > 59)) return false;
  const offset = zone && zone !== 'Z' ? /^[+-](\d{2}):?(\d{2})$/.exec(zone) : null;
  return !offset || (Number(offset[1]) * 60 + Number(offset[2]) <= 14 * 60 && Number(offset[2]) <= 59);
}

function fromIso(m: RegExpExecArray): string {
  const [, date, time, seconds, zone] = m;
  if (!time) return date;
  const offset = zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return `${date}T${time}${seconds && seconds !== '00' ? `:${seconds}` : ''}${offset ?? ''}`;
}

/** Separators, ordinals and dotted dates that confuse the parser: "October 19, 2024 | 02:50 PM", "19th Oct". */
function clean(text: string): string {
  return text
    .replace(/\s*[|•·]\s*|\s+\/\s+/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(DOTTED, (all, d: string, m: string, y: string) =>
      Number(m) <= 12 && Number(d) <= 31 ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : all,
    );
}

const DAY_MS = 86_400_000;

const casualChrono = gatedChrono(chrono.casual);

/** The year that puts month/day on or before the reference; a day's grace covers zones ahead of the reference's. */
function yearUpTo(month: number, day: number, reference: Date): number {
  const y = reference.getFullYear();
  const candidate = new Date(y, month - 1, day, 12);
  return candidate.getTime() - reference.getTime() > DAY_MS ? y - 1 : y;
}

/**
 * Parses a publication date as written in a byline, header field, dateline or URL. Returns ISO text with only
 * the parts the text gives: a date stays a date, a time without a zone stays local, a zone abbreviation
 * ("IST", "EDT") or offset becomes its offset. Null when there is no full date (year, month and day).
 */
export function parsePublishedDate(text: string, reference: Date = new Date(), options: PublishedDateOptions = {}): string | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  // ISO text is read as written or not at all: an impossible date is no date, not one for chrono to guess at.
  if (iso) return isRealIso(iso) ? fromIso(iso) : null;
  const [result] = casualChrono.parse(clean(t), reference);
  if (!result || RELATIVE.test(result.text)) return null;
  const parts = partsFromComponents(result.start);
  if (parts.month === undefined || parts.day === undefined) return null;
  if (parts.year === undefined) {
    if (!options.completeYear) return null;
    parts.year = yearUpTo(parts.month, parts.day, reference);
  }
  return isoFromParts(parts);
}
