import { decodeHTMLStrict } from 'entities';
import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// Named or numeric character references that scrapers leave behind in plain text, each with the layers of an
// escaped ampersand before it that double (or deeper) encoding adds: "&amp;#8217;", "&amp;amp;", "&#38;quot;".
// The whole chain is one match, decoded through every layer: decoding one layer only would leave a new entity
// ("&amp;amp;" → "&amp;"), and fixText would not be idempotent. A chain reads left to right once: linear.
const AMPERSAND_LAYER = '(?:amp;|#0*38;|#x0*26;)';
const REFERENCE = String.raw`(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});`;
const ENTITY = new RegExp(`&${AMPERSAND_LAYER}*${REFERENCE}`, 'gi');
const LAYERS = new RegExp(`^&${AMPERSAND_LAYER}*`, 'i');

/**
 * Decodes HTML entities left in text (`&amp;`, `&#8217;`, `&nbsp;`), double-encoded ones through every layer
 * (`&amp;#8217;` → `’`); unknown names stay as written, less their escaped ampersands (`&amp;foo;` → `&foo;`).
 */
export function decodeEntities(text: string, trace?: Trace): { text: string; count: number } {
  if (!text.includes('&')) return { text, count: 0 };
  let count = 0;
  const out = replaceTracked(text, ENTITY, (m) => {
    const reference = `&${m.slice(LAYERS.exec(m)?.[0].length ?? 1)}`;
    const decoded = decodeHTMLStrict(reference);
    // The innermost reference is itself an escaped ampersand ("&amp;amp;"): the chain is one "&".
    const value = decoded === reference && reference !== m ? reference : decoded;
    if (value === m) return m;
    count++;
    return value;
  }, trace);
  return { text: out, count };
}
