import type { Doc } from '../document.js';
import { isAfterNow } from './future-date.js';

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
    doc.warnings.push(`publication date ${candidate} lies after now (${doc.now.toISOString()}); ignored`);
    return;
  }
  doc.meta.publishedAt = preferPrecise(doc.meta.publishedAt, candidate);
}
