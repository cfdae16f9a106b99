import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// Characters that never carry meaning in article text: zero-width space, word joiner, BOM, soft hyphen, bidi
// embeddings/isolates/marks, Mongolian vowel separator, and C0/C1 controls other than tab and newline.
const ALWAYS = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\u180E\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u0080-\u009F]/g;
// ZWJ / ZWNJ shape Arabic, Persian, Indic scripts and emoji sequences: removed only where they do nothing, between
// characters of alphabets that never join (with any marks), styled letters, digits, spaces or punctuation.
const NON_JOINING = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Armenian}\\p{Script=Cherokee}\\u{1D400}-\\u{1D7FF}\\p{N}\\p{P}\\s]';
// The lookahead first: the lookbehind, which walks back over marks, then runs only where a joiner stands (run at
// every position it made a long run of combining marks cost the square of its length).
const JOINER = new RegExp(`(?=[\\u200C\\u200D])(?<=(?:${NON_JOINING}|^)\\p{M}*)[\\u200C\\u200D]+(?=${NON_JOINING}|$)`, 'gmu');
const QUICK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** Removes invisible characters (zero-width, soft hyphens, BOM, bidi controls, stray controls). */
export function removeInvisible(text: string, trace?: Trace): { text: string; count: number } {
  if (!QUICK.test(text)) return { text, count: 0 };
  let count = 0;
  const drop = (m: string) => {
    count += m.length;
    return '';
  };
  const out = replaceTracked(replaceTracked(text, ALWAYS, drop, trace), JOINER, drop, trace);
  return { text: out, count };
}
