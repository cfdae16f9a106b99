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

// Order matters: entities and mojibake first (they reveal characters), then invisible characters and spaces,
// composition, and only then the word-level repairs that read letters and punctuation.
const REPAIRS: Array<[FixKind, Repair]> = [
  ['entities', decodeEntities],
  ['mojibake', fixMojibake],
  ['invisible', removeInvisible],
  ['spaces', normaliseSpaces],
  ['normalization', toNfc],
  ['homoglyphs', fixHomoglyphs],
  ['citations', removeCitations],
  ['punctuation', closeStraySpaces],
];

/** Repairs text; every repair is counted in `fixes` by kind, and listed with `explain: true`. */
export function fixText(text: string, options: FixOptions = {}): FixResult {
  const fixes = emptyFixes();
  const trace: Trace | undefined = options.explain ? [] : undefined;
  const kinds: FixKind[] = [];
  let current = text;
  for (const [kind, repair] of REPAIRS) {
    if (options.skip?.includes(kind)) continue;
    const passes = trace?.length ?? 0;
    const result = repair(current, trace);
    current = result.text;
    fixes[kind] += result.count;
    if (trace) for (let i = passes; i < trace.length; i++) kinds.push(kind);
  }
  if (!trace) return { text: current, fixes };
  const repairs = trace.flatMap((_, i) => finalPositions(trace, i).map((e) => ({ kind: kinds[i], ...e })));
  repairs.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: current, fixes, repairs };
}
