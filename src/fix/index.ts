import { emptyFixes, type Fixes } from '../article.js';
import { removeCitations } from './citations.js';
import { decodeEntities } from './entities.js';
import { fixHomoglyphs } from './homoglyphs.js';
import { removeInvisible } from './invisible.js';
import { fixMojibake } from './mojibake.js';
import { toNfc } from './nfc.js';
import { closeStraySpaces } from './punctuation.js';
import { normaliseSpaces } from './spaces.js';
import type { FixKind, Repair } from './types.js';

export interface FixOptions {
  /** Repairs to skip, by their `fixes` key (e.g. `['citations']`). */
  skip?: FixKind[];
}

export interface FixResult {
  text: string;
  fixes: Fixes;
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

/** Repairs text; every repair is counted in `fixes` by kind. */
export function fixText(text: string, options: FixOptions = {}): FixResult {
  const fixes = emptyFixes();
  let current = text;
  for (const [kind, repair] of REPAIRS) {
    if (options.skip?.includes(kind)) continue;
    const result = repair(current);
    current = result.text;
    fixes[kind] += result.count;
  }
  return { text: current, fixes };
}
