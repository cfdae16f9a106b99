import { LOOKALIKE, type Script } from './homoglyph-table.js';

const SCRIPTS: Array<[Script, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];
const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII_LETTER = /[^\u0000-\u007f]/;
// Mathematical alphanumerics and fullwidth ASCII: styled letters, always plain letters underneath.
const STYLED = /[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E]/gu;

function scriptOf(char: string): Script | null {
  for (const [name, re] of SCRIPTS) if (re.test(char)) return name;
  return null;
}

function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const char of text) {
    const s = scriptOf(char);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

function majority(counts: Map<Script, number>): Script | null {
  let best: Script | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [s, n] of counts) {
    if (n > bestCount) [best, bestCount, tie] = [s, n, false];
    else if (n === bestCount) tie = true;
  }
  return tie ? null : best;
}

/** Rewrites a mixed-script word into `target`, or returns null if some letter has no look-alike there. */
function rewrite(word: string, target: Script): { text: string; count: number } | null {
  let out = '';
  let count = 0;
  for (const char of word) {
    const s = scriptOf(char);
    if (s === null || s === target) {
      out += char;
      continue;
    }
    const mapped = LOOKALIKE[target][char];
    if (!mapped) return null;
    out += mapped;
    count++;
  }
  return { text: out, count };
}

/**
 * Repairs words that mix scripts (a Cyrillic "е" inside an English word, a Latin "o" inside "Москва").
 * A mixed word is rewritten toward the script of its line's majority, or toward its own majority when the line
 * is evenly split. Words wholly in one script are never touched, so genuine Russian or Greek stays as written.
 */
export function fixHomoglyphs(text: string): { text: string; count: number } {
  let count = 0;
  let out = text;
  if (/[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E]/u.test(out)) {
    out = out.replace(STYLED, (c) => {
      const plain = c.normalize('NFKC');
      if (plain === c) return c;
      count++;
      return plain;
    });
  }
  if (!NON_ASCII_LETTER.test(out)) return { text: out, count };
  out = out
    .split('\n')
    .map((line) => {
      if (!NON_ASCII_LETTER.test(line)) return line;
      let lineCounts: Map<Script, number> | undefined;
      return line.replace(WORD, (word) => {
        const counts = countScripts(word);
        if (counts.size < 2) return word;
        lineCounts ??= countScripts(line);
        const target = majority(lineCounts) ?? majority(counts);
        if (!target || !counts.has(target)) return word;
        const fixed = rewrite(word, target);
        if (!fixed) return word;
        count += fixed.count;
        return fixed.text;
      });
    })
    .join('\n');
  return { text: out, count };
}
