// The earliest zone on Earth is UTC+14: a date or local time there starts before anywhere else.
const EARLIEST_ZONE = '+14:00';

/**
 * True when an ISO value ("2025-06-21", "2025-06-21T09:00", "2025-06-21T09:00-04:00") lies after `now`. A value
 * without a zone is given the benefit of the doubt: it is in the future only if it is so in every time zone.
 */
export function isAfterNow(iso: string, now: Date): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(iso);
  if (!m) return false;
  const [, year, month = '01', day = '01', time = '00:00', zone = EARLIEST_ZONE] = m;
  const instant = Date.parse(`${year}-${month}-${day}T${time}${zone}`);
  return Number.isFinite(instant) && instant > now.getTime();
}

/** The warning for a publication date refused because it lies after `now`, the same for text and HTML input. */
export const futureDateWarning = (iso: string, now: Date): string =>
  `publication date ${iso} lies after now (${now.toISOString()}); ignored`;
