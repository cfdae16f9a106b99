import type { Doc } from '../document.js';
import { futureDateWarning, isAfterNow } from './future-date.js';

/**
 * Keeps the best publication date seen so far: the first one found, unless a later one names the same day more
 * precisely ("2024-10-19" then "2024-10-19T14:50" from the byline).
 */
export function preferPrecise(current: string | null, candidate: string | null): string | null {
  if (!current) return candidate;
  if (candidate && candidate.length > current.length && candidate.startsWith(current)) return candidate;
  return current;
}

/**
 * Offers a publication date found by one stage. A date after `now` cannot be when the article appeared (it is a
 * typo, a scheduled event or another story's date): it is refused with a warning.
 */
export function offerPublishedDate(doc: Doc, candidate: string | null): void {
  if (!candidate) return;
  if (isAfterNow(candidate, doc.now)) {
    const warning = futureDateWarning(candidate, doc.now);
    // The same line is offered again when the byline reader looks twice: one warning for one date.
    if (!doc.warnings.includes(warning)) doc.warnings.push(warning);
    return;
  }
  doc.meta.publishedAt = preferPrecise(doc.meta.publishedAt, candidate);
}
