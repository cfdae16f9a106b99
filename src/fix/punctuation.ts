import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// "word ." / "word ," → "word." (a lone mark only: " .." stays, it marks truncation).
const SPACE_BEFORE_MARK = /(?<=[\p{L}\p{N}”’"')\]])[ \t]+(?=[.,](?:[\s”’"')\]]|$))/gu;
// A space between sentence punctuation and a closing quote: ". ”" → ".”".
const SPACE_BEFORE_CLOSE = /(?<=[.!?,;:…])[ \t]+(?=”|’(?![\p{L}\p{N}]))/gu;
// Curly quotes are directional, so spaces just inside them are stray: “ text ” → “text”. Guillemets are not
// touched: French sets them off with spaces (« Oui ? »).
const SPACE_AFTER_OPEN = /(?<=“)[ \t]+/g;
const SPACE_BEFORE_CURLY_CLOSE = /(?<=[\p{L}\p{N}])[ \t]+(?=”)/gu;

/**
 * Closes stray spaces before punctuation and inside curly quotes. The spaced ";:!?" and « » of French
 * typography are left alone; straight quotes are ambiguous (opening or closing) and left alone.
 */
export function closeStraySpaces(text: string, trace?: Trace): { text: string; count: number } {
  let count = 0;
  const drop = () => {
    count++;
    return '';
  };
  let out = replaceTracked(text, SPACE_BEFORE_MARK, drop, trace);
  out = replaceTracked(out, SPACE_BEFORE_CLOSE, drop, trace);
  // German and others close with “ („so“ und): only where „ is absent is “ an opening quote.
  if (!out.includes('„')) out = replaceTracked(out, SPACE_AFTER_OPEN, drop, trace);
  out = replaceTracked(out, SPACE_BEFORE_CURLY_CLOSE, drop, trace);
  return { text: out, count };
}
