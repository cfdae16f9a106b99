import { decodeHTMLStrict } from 'entities';
import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// Named or numeric character references that scrapers leave behind in plain text.
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;

/** Decodes HTML entities left in text (`&amp;`, `&#8217;`, `&nbsp;`) once; unknown names stay as written. */
export function decodeEntities(text: string, trace?: Trace): { text: string; count: number } {
  if (!text.includes('&')) return { text, count: 0 };
  let count = 0;
  const out = replaceTracked(text, ENTITY, (m) => {
    const decoded = decodeHTMLStrict(m);
    if (decoded === m) return m;
    count++;
    return decoded;
  }, trace);
  return { text: out, count };
}
