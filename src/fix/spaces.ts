import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// No-break, en/em/thin/hair, narrow no-break, ideographic and other space characters.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_SEPARATOR = /[\u2028\u2029\u0085]/g;
const QUICK = /[\r\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2028\u2029\u0085]/;

/** Odd spaces → ordinary spaces; Unicode line/paragraph separators → newlines; CRLF → LF (not counted). */
export function normaliseSpaces(text: string, trace?: Trace): { text: string; count: number } {
  if (!QUICK.test(text)) return { text, count: 0 };
  let count = 0;
  const to = (replacement: string) => () => {
    count++;
    return replacement;
  };
  let out = text.includes('\r') ? replaceTracked(text, /\r\n?/g, () => '\n', trace) : text;
  out = replaceTracked(out, ODD_SPACE, to(' '), trace);
  out = replaceTracked(out, LINE_SEPARATOR, to('\n'), trace);
  return { text: out, count };
}
