import { futureDateWarning, isAfterNow } from './future-date.js';
import { preferPrecise } from './merge-date.js';

/** One publication date a page offers, as found by the HTML reader (JSON-LD, meta tag, `<time>`, byline, URL). */
export interface DateCandidate {
  /** ISO text as returned by `parsePublishedDate` (only as precise as written). */
  value: string;
  /** `datePublished`, `article:published_time`… or `dateModified`, `article:modified_time`… */
  kind?: 'published' | 'modified';
  /** The date belongs to another story on the page (a teaser, a related-stories list). */
  related?: boolean;
}

// Templates fill an unset date with a zero value: year 1 ("0001-01-01T00:00:00Z") or the Unix epoch at midnight UTC.
const PLACEHOLDER = /^(?:0\d{3}|1970-01-01(?:T00:00(?::00)?(?:Z|\+00:00)?)?$)/;
const isPlaceholder = (iso: string) => PLACEHOLDER.test(iso);

/**
 * The page's publication date from candidates given in order of trust (JSON-LD, meta, `<time>`, visible byline,
 * URL). Dates of related stories, placeholders (a year before 1000, the Unix epoch) and dates after `now` are
 * refused; a publication date wins over a modification date, which is used only when the page gives nothing else. A later candidate naming the same day more precisely
 * refines the choice ("2024-10-19" from the URL, "2024-10-19T14:50+09:00" from `<time>`). Each date refused for
 * lying after `now` adds a warning to `warnings` when given (as the text pipeline warns).
 */
export function choosePublishedDate(
  candidates: DateCandidate[],
  now: Date = new Date(),
  warnings?: string[],
): string | null {
  const own = candidates.filter((c) => !c.related && !isPlaceholder(c.value));
  const usable = own.filter((c) => !isAfterNow(c.value, now));
  if (warnings)
    for (const c of own) {
      const warning = futureDateWarning(c.value, now);
      if (isAfterNow(c.value, now) && !warnings.includes(warning)) warnings.push(warning);
    }
  const published = usable.filter((c) => c.kind !== 'modified');
  const pool = published.length ? published : usable;
  return pool.reduce<string | null>((best, c) => preferPrecise(best, c.value), null);
}
