// The earliest zone on Earth is UTC+14: a date or local time there starts before anywhere else.
const EARLIEST_ZONE = '+14:00';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `now` given as a date only ("2025-06-20"): it names the whole day, not its first instant. As a reference for
 * relative mentions it is noon of that day in local time (chrono resolves in local time), so "today" is that day
 * and "yesterday" the day before; a publication date or time written on that day, in any zone, is not after it.
 */
export class WholeDay extends Date {
  constructor(readonly day: string) {
    const [, y, m, d] = DATE_ONLY.exec(day) ?? [];
    super(Number(y), Number(m) - 1, Number(d), 12);
  }
}

const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * The reference instant for an option `now`: the clock when absent, a WholeDay for a date-only string, else the
 * instant given. Throws a TypeError for a value that is not a date.
 */
export function referenceNow(now: Date | string | undefined): Date {
  if (now === undefined) return new Date();
  const d = now instanceof Date ? now : new Date(now);
  if (Number.isNaN(d.getTime())) throw new TypeError(`invalid "now": ${String(now)}`);
  if (typeof now !== 'string' || !DATE_ONLY.test(now.trim())) return d;
  const day = new WholeDay(now.trim());
  // "2025-02-30" is no day (the engine would roll it over to 2 March).
  if (localDay(day) !== day.day) throw new TypeError(`invalid "now": ${now} is not a date`);
  return day;
}

/**
 * True when an ISO value ("2025-06-21", "2025-06-21T09:00", "2025-06-21T09:00-04:00") lies after `now`. A value
 * without a zone is given the benefit of the doubt: it is in the future only if it is so in every time zone. Against
 * a WholeDay the day as written counts: "2025-06-20T15:15-04:00" is on 20 June, not after it.
 */
export function isAfterNow(iso: string, now: Date): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(iso);
  if (!m) return false;
  if (now instanceof WholeDay) {
    const written = iso.slice(0, 10);
    return written > now.day.slice(0, written.length);
  }
  const [, year, month = '01', day = '01', time = '00:00', zone = EARLIEST_ZONE] = m;
  const instant = Date.parse(`${year}-${month}-${day}T${time}${zone}`);
  return Number.isFinite(instant) && instant > now.getTime();
}

/** The warning for a publication date refused because it lies after `now`, the same for text and HTML input. */
export const futureDateWarning = (iso: string, now: Date): string =>
  `publication date ${iso} lies after now (${now instanceof WholeDay ? now.day : now.toISOString()}); ignored`;
