import type { ParsedComponents } from 'chrono-node';

/** The date and time parts a text actually states; anything absent was not written. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, when the text gives a zone or offset. */
  offset?: number;
}

/** The parts chrono is certain of (it fills the rest from the reference date; those are not kept). */
export function partsFromComponents(c: ParsedComponents): DateParts {
  const parts: DateParts = {};
  for (const key of ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second'] as const) {
    if (c.isCertain(key)) parts[key] = c.get(key) ?? undefined;
  }
  if (c.isCertain('timezoneOffset')) parts.offset = c.get('timezoneOffset') ?? undefined;
  return parts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * ISO text, only as precise as the parts: "2024", "2024-06", "2024-06-19", "2024-06-19T14:50" (local, no zone
 * invented) or "2024-06-19T14:50+09:00". Null without a year, or with one that ISO's four digits cannot write:
 * chrono reads a figure before an era word as a year of that era ("June 3 Be there" → year 3 of the Buddhist era,
 * -540; "June 3 BC" → -3), which is no date a news story gives.
 */
export function isoFromParts(p: DateParts): string | null {
  if (p.year === undefined || p.year < 1 || p.year > 9999) return null;
  let iso = pad(p.year, 4);
  if (p.month === undefined) return iso;
  iso += `-${pad(p.month)}`;
  if (p.day === undefined) return iso;
  iso += `-${pad(p.day)}`;
  if (p.hour === undefined) return iso;
  iso += `T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
  if (p.second) iso += `:${pad(p.second)}`;
  if (p.offset === undefined) return iso;
  if (p.offset === 0) return `${iso}Z`;
  const abs = Math.abs(p.offset);
  return `${iso}${p.offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A reference Date for an ISO publication value: its calendar day at noon, local, so weekdays come out right. */
export function referenceFromIso(iso: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), 12);
}
