import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// A base character with its combining marks, or a run of Hangul jamo: the units NFC composes.
const CLUSTER = /[\u1100-\u11FF]+|\P{M}\p{M}*/gu;

/**
 * Canonical composition with the engine's own `String.prototype.normalize` (current Unicode, native speed),
 * not the unorm package (Unicode 8, pure JavaScript). Counts the characters (with their marks) that changed.
 */
export function toNfc(text: string, trace?: Trace): { text: string; count: number } {
  const out = text.normalize('NFC');
  if (out === text) return { text, count: 0 };
  // Only text that changes pays for locating each change.
  let count = 0;
  const local: typeof trace = [];
  const piecewise = replaceTracked(text, CLUSTER, (cluster) => {
    const composed = cluster.normalize('NFC');
    if (composed !== cluster) count++;
    return composed;
  }, local);
  if (piecewise !== out) {
    trace?.push([{ start: 0, end: text.length, from: text, to: out }]);
    return { text: out, count: Math.max(count, 1) };
  }
  trace?.push(...local);
  return { text: out, count };
}
