import { emptyFixes, type Fixes } from '../article.js';
import { removeCitations } from './citations.js';
import { finalPositions } from './edits.js';
import { decodeEntities } from './entities.js';
import { fixHomoglyphs } from './homoglyphs.js';
import { removeInvisible } from './invisible.js';
import { fixMojibake } from './mojibake.js';
import { toNfc } from './nfc.js';
import { closeStraySpaces } from './punctuation.js';
import { normaliseSpaces } from './spaces.js';
import type { FixKind, Repair, Trace } from './types.js';

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
  /** Every repair in text order, with `explain: true` only. */
  repairs?: RepairRecord[];
}

// HTML entities are decoded once, before anything else: "&amp;amp;" is the text "&amp;".
const ONCE: Array<[FixKind, Repair]> = [['entities', decodeEntities]];
// Order matters: mojibake first (it reveals characters), then invisible characters and spaces, composition and
// citation markers (removing any of them can join two pieces into one word), and only then the word-level
// repairs that read letters and punctuation.
const REPEATED: Array<[FixKind, Repair]> = [
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

/** Repairs text; every repair is counted in `fixes` by kind, and listed with `explain: true`. */
export function fixText(text: string, options: FixOptions = {}): FixResult {
  const fixes = emptyFixes();
  const trace: Trace | undefined = options.explain ? [] : undefined;
  const kinds: FixKind[] = [];
  const run = (repairs: Array<[FixKind, Repair]>, input: string): string => {
    let current = input;
    for (const [kind, repair] of repairs) {
      if (options.skip?.includes(kind)) continue;
      const passes = trace?.length ?? 0;
      const result = repair(current, trace);
      current = result.text;
      fixes[kind] += result.count;
      if (trace) for (let i = passes; i < trace.length; i++) kinds.push(kind);
    }
    return current;
  };
  let current = run(ONCE, text);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = current;
    current = run(REPEATED, current);
    if (current === before) break;
  }
  if (!trace) return { text: current, fixes };
  const repairs = trace.flatMap((_, i) => finalPositions(trace, i).map((e) => ({ kind: kinds[i], ...e })));
  repairs.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: current, fixes, repairs };
}
