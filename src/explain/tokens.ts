import type { Annotation } from './annotate.js';
import type { Cut } from './cuts.js';
import type { Fix } from './fixes.js';

/**
 * The original text as a sequence of pieces: plain text, a repair (shown as what was there before), and the end
 * of a cut (where its reason goes). `cut` is set on pieces inside a cut.
 */
export type Token =
  | { type: 'text'; text: string; cut: Cut | null }
  | { type: 'fix'; fix: Fix; number: number; cut: Cut | null }
  | { type: 'reason'; cut: Cut };

/** Fixes that make the same change (kinds, from, to) share a number. */
export const fixKey = (fix: Fix): string => `${fix.kinds.join('+')}\u0000${fix.from}\u0000${fix.to}`;

/** Numbers fixes so that the same change always gets the same number, in order of appearance. */
export function numberFixes(fixes: Fix[]): { numbers: number[]; legend: Fix[]; numberOf: Map<string, number> } {
  const seen = new Map<string, number>();
  const legend: Fix[] = [];
  const numbers = fixes.map((fix) => {
    const key = fixKey(fix);
    let n = seen.get(key);
    if (n === undefined) {
      legend.push(fix);
      n = legend.length;
      seen.set(key, n);
    }
    return n;
  });
  return { numbers, legend, numberOf: seen };
}

/** Walks the repaired text once, splitting it at cut edges and putting each fix's original characters back. */
export function tokenize(annotation: Annotation, numbers: number[]): Token[] {
  const { text, cuts, fixes } = annotation;
  const tokens: Token[] = [];
  let c = 0;
  let f = 0;
  let pos = 0;
  const cutAt = (p: number) => (c < cuts.length && cuts[c].start <= p && p < cuts[c].end ? cuts[c] : null);
  const closeCuts = (p: number) => {
    while (c < cuts.length && cuts[c].end <= p) tokens.push({ type: 'reason', cut: cuts[c++] });
  };
  while (pos < text.length || f < fixes.length) {
    closeCuts(pos);
    if (f < fixes.length && fixes[f].start <= pos) {
      tokens.push({ type: 'fix', fix: fixes[f], number: numbers[f], cut: cutAt(pos) });
      pos = Math.max(pos, fixes[f++].end);
      continue;
    }
    if (pos >= text.length) break;
    const inside = cutAt(pos);
    const next = Math.min(
      text.length,
      f < fixes.length ? fixes[f].start : text.length,
      inside ? inside.end : c < cuts.length ? cuts[c].start : text.length,
    );
    tokens.push({ type: 'text', text: text.slice(pos, next), cut: inside });
    pos = next;
  }
  closeCuts(Number.POSITIVE_INFINITY);
  return tokens;
}
