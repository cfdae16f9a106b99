import * as chrono from 'chrono-node';
import { isoFromParts, partsFromComponents } from './iso-date.js';

/** ISO text written in the document ("2025-06-19", "2024-10-19T14:50:00+09:00"), kept as precise as written. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses a publication date as written in a byline, header field or dateline. Returns ISO text with only the
 * parts the text gives; null when there is no full date (year, month and day).
 */
export function parsePublishedDate(text: string, reference: Date = new Date()): string | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) {
    const [, date, time, seconds, zone] = iso;
    if (!time) return date;
    const offset = zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${date}T${time}${seconds && seconds !== '00' ? `:${seconds}` : ''}${offset ?? ''}`;
  }
  // "October 19, 2024 | 02:50 PM", "19th Oct, 2024": separators and ordinals confuse the parser.
  const cleaned = t.replace(/\s*[|•·]\s*/g, ' ').replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  const [result] = chrono.en.parse(cleaned, reference);
  if (!result) return null;
  const parts = partsFromComponents(result.start);
  if (parts.year === undefined || parts.month === undefined || parts.day === undefined) return null;
  return isoFromParts(parts);
}
