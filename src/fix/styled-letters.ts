import table from '../../data/unicode/confusable-letters.json';
import { replaceTracked } from './edits.js';
import { perLine } from './per-line.js';
import type { Trace } from './types.js';

const PLAIN: Record<string, string> = table.styled;
const MATH = /[\u{1D400}-\u{1D7FF}]/gu;
const FULLWIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const ANY_STYLED = /[\u{1D400}-\u{1D7FF}\uFF10-\uFF5A]/u;
// Fullwidth letters and digits are the native typography of Chinese, Japanese and Korean text.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Mathematical bold/italic/script letters (𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠) and fullwidth letters and digits (ＮＥＷＳ) → plain letters,
 * from the generated table. Fullwidth forms stay in lines that contain CJK text.
 */
export function plainStyledLetters(text: string, trace?: Trace): { text: string; count: number } {
  let count = 0;
  const plain = (char: string) => {
    const to = PLAIN[char];
    if (to === undefined) return char;
    count++;
    return to;
  };
  if (!ANY_STYLED.test(text)) return { text, count };
  const math = replaceTracked(text, MATH, plain, trace);
  const inCjkLine = perLine(math, (line) => CJK.test(line));
  const out = replaceTracked(math, FULLWIDTH, (c, at) => (inCjkLine(at) ? c : plain(c)), trace);
  return { text: out, count };
}
