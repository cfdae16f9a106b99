import { emptyFixes, type Fixes } from '../article.js';
import { removeCitations } from './citations.js';
import { decodeBytes } from './decode-bytes.js';
import { finalPositions } from './edits.js';
import { decodeEntities } from './entities.js';
import { fixHomoglyphs } from './homoglyphs.js';
import { removeInvisible } from './invisible.js';
import { fixMojibake } from './mojibake.js';
import { toNfc } from './nfc.js';
import { closeStraySpaces } from './punctuation.js';
import { normaliseSpaces } from './spaces.js';
import type { FixKind, Repair, Trace } from './types.js';

export { type DecodeOptions, decodeBytes, type DecodedBytes } from './decode-bytes.js';
export type { FixKind } from './types.js';

export interface FixOptions {
  /** Repairs to skip, by their `fixes` key (e.g. `['citations']`). */
  skip?: FixKind[];
  /** Also list every repair with its position (`repairs` in the result). Slower; for inspection. */
  explain?: boolean;
}

/** One repair: `from` was replaced by `to`, which stands at [start, end) of the returned text. */
export interface RepairRecord {
  kind: FixKind;
  start: number;
  end: number;
  from: string;
  to: string;
}

export interface FixResult {
  text: string;
  fixes: Fixes;
  /** Decoding fallbacks for byte input (see `decodeBytes`); empty for strings. */
  warnings: string[];
  /** Every repair in text order, with `explain: true` only. */
  repairs?: RepairRecord[];
}

// Order matters: HTML entities first, each chain of layers in one go ("&amp;amp;" is "&"), then mojibake (it
// reveals characters), then invisible characters and spaces, composition and citation markers (removing any of
// them can join two pieces into one word, or an entity: "&\u200d#38;"), and only then the word-level repairs that
// read letters and punctuation.
const REPEATED: Array<[FixKind, Repair]> = [
  ['entities', decodeEntities],
  ['mojibake', fixMojibake],
  ['invisible', removeInvisible],
  ['spaces', normaliseSpaces],
  ['normalization', toNfc],
  ['citations', removeCitations],
  ['homoglyphs', fixHomoglyphs],
  ['punctuation', closeStraySpaces],
];
// A repair can expose another (a removed zero-width space joins two halves of a mojibake sequence), so the
// repairs run again until the text stops changing: that makes fixText idempotent. Clean text takes one round.
const MAX_ROUNDS = 4;
// Fast path: text made only of these characters (ASCII and common typographic marks) cannot need the
// character-level repairs, so one cheap test skips them; the rest still run (they look for ASCII patterns).
const PLAIN = /^[\t\n\x20-\x7E‘’“”–—…•€£]*$/;
const CHARACTER_LEVEL: FixKind[] = ['mojibake', 'invisible', 'spaces', 'normalization', 'homoglyphs'];
// Faster still, one scan for clean text: none of those characters and none of what the other repairs look for
// (an entity's "&", a citation's "[", a space before "." "," or a closing quote, or after an opening one).
const MAY_NEED_REPAIR = /[^\t\n\x20-\x25\x27-\x5A\x5C-\x7E‘’“”–—…•€£]|[ \t][.,”’]|“[ \t]/;

/**
 * Repairs text; every repair is counted in `fixes` by kind, and listed with `explain: true`. Bytes (a Buffer)
 * are decoded first with `decodeBytes`; a decoding fallback is reported in `warnings`.
 */
export function fixText(input: string | Uint8Array, options: FixOptions = {}): FixResult {
  const decoded = typeof input === 'string' ? { text: input, warning: null } : decodeBytes(input);
  const warnings = decoded.warning ? [decoded.warning] : [];
  const text = decoded.text;
  const fixes = emptyFixes();
  if (!MAY_NEED_REPAIR.test(text)) return { text, fixes, warnings, ...(options.explain ? { repairs: [] } : {}) };
  const trace: Trace | undefined = options.explain ? [] : undefined;
  const kinds: FixKind[] = [];
  const run = (repairs: Array<[FixKind, Repair]>, input: string): string => {
    let current = input;
    const plain = PLAIN.test(input);
    for (const [kind, repair] of repairs) {
      if (options.skip?.includes(kind) || (plain && CHARACTER_LEVEL.includes(kind))) continue;
      const passes = trace?.length ?? 0;
      const result = repair(current, trace);
      current = result.text;
      fixes[kind] += result.count;
      if (trace) for (let i = passes; i < trace.length; i++) kinds.push(kind);
    }
    return current;
  };
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = current;
    current = run(REPEATED, current);
    if (current === before) break;
  }
  if (!trace) return { text: current, fixes, warnings };
  const repairs = trace.flatMap((_, i) => finalPositions(trace, i).map((e) => ({ kind: kinds[i], ...e })));
  repairs.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: current, fixes, warnings, repairs };
}
