import type { Fixes } from '../article.js';
import type { FixKind } from '../fix/types.js';

/** A repair as shown to people: `from` (the original characters) became `to` at [start, end) of the repaired text. */
export interface Fix {
  start: number;
  end: number;
  kinds: FixKind[];
  from: string;
  to: string;
}

interface RepairRecord {
  kind: FixKind;
  start: number;
  end: number;
  from: string;
  to: string;
}

/** Why each kind of repair is made, in a phrase. */
export const FIX_REASONS: Record<FixKind, string> = {
  homoglyphs: 'look-alike letter from another script (or a styled letter) inside a word',
  mojibake: 'UTF-8 bytes that had been decoded as windows-1252 or Latin-1',
  invisible: 'invisible character (zero-width, soft hyphen, BOM, bidi control) removed',
  spaces: 'unusual space turned into a plain space',
  normalization: 'letter and accent composed into one character (Unicode NFC)',
  citations: 'citation marker removed',
  punctuation: 'stray space before punctuation or inside quotes removed',
  entities: 'HTML entity decoded',
};

/**
 * Merges repair passes over the same characters into one fix: a double mojibake repaired in two passes is one fix
 * from the original bytes to the final character. Records must be sorted by position.
 */
export function mergeRepairs(records: RepairRecord[], repaired: string): Fix[] {
  const fixes: Fix[] = [];
  for (const r of records) {
    const last = fixes.at(-1);
    const overlaps = last && r.start < last.end && r.end > last.start;
    const samePoint = last && r.start === r.end && last.start === last.end && r.start === last.start;
    if (last && (overlaps || samePoint || (r.start === last.start && r.end === last.end))) {
      last.end = Math.max(last.end, r.end);
      if (!last.kinds.includes(r.kind)) last.kinds.push(r.kind);
      if (samePoint) last.from += r.from;
      last.to = repaired.slice(last.start, last.end);
      continue;
    }
    fixes.push({ start: r.start, end: r.end, kinds: [r.kind], from: r.from, to: r.to });
  }
  return fixes;
}

/** "U+0435" */
const codePoint = (c: string): string => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;

/** Shows characters that cannot be seen (controls, format characters, unusual spaces) by their code point. */
export function visible(text: string): string {
  return text.replace(/[^\S ]|[\p{Cf}\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/gu, (c) => (c === ' ' ? c : `⟨${codePoint(c)}⟩`));
}

/** For a legend: `visible`, and a change that is only spaces as "␠" (a bare space cannot be seen there). */
const legible = (text: string): string => (/^ +$/.test(text) ? '␠'.repeat(text.length) : visible(text));

/** "е → e (U+0435 → U+0065)": what a repair changed, with code points when the two may look alike. */
export function describeChange(fix: Fix, nothing = '∅'): string {
  const change = `${legible(fix.from) || nothing} → ${legible(fix.to) || nothing}`;
  const lookAlike = [...fix.from].length <= 2 && [...fix.to].length <= 2 && fix.from && fix.to;
  return lookAlike ? `${change} (${codePoints(fix.from)} → ${codePoints(fix.to)})` : change;
}

/** "homoglyphs: look-alike letter …", one per kind of repair that made the change. */
export const fixReasons = (fix: Fix): string[] => fix.kinds.map((k) => `${k}: ${FIX_REASONS[k]}`);

/** How many repairs the article counts, of all kinds. */
export const repairCount = (fixes: Fixes): number => Object.values(fixes).reduce((sum, n) => sum + n, 0);

/** "U+0435 U+0301": code points tell apart characters that look the same. */
const codePoints = (text: string): string => [...text].map(codePoint).join(' ');
