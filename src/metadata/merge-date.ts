/**
 * Keeps the best publication date seen so far: the first one found, unless a later one names the same day more
 * precisely ("2024-10-19" then "2024-10-19T14:50" from the byline).
 */
export function preferPrecise(current: string | null, candidate: string | null): string | null {
  if (!current) return candidate;
  if (candidate && candidate.length > current.length && candidate.startsWith(current)) return candidate;
  return current;
}
