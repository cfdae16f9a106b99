import { applyEdits } from './edits.js';
import { isLookalikeWordInLatinProse, type LineWord } from './lookalike-words.js';
import { repairMixedWord } from './mixed-words.js';
import { countScripts, LOOKALIKE, scriptMask } from './scripts.js';
import { perLine } from './per-line.js';
import { plainStyledLetters } from './styled-letters.js';
import type { Edit, Trace } from './types.js';

const WORD = /[\p{L}\p{M}]+/gu;
// Letters of the four scripts confused with Latin, by block: text without one has nothing to repair.
const FOREIGN = /[\u0370-\u03FF\u0400-\u052F\u0531-\u058F\u13A0-\u13FF\uAB70-\uABBF]/;
const BLOCKS = [
  /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/,
  /[\u0400-\u052F]/,
  /[\u0370-\u03FF\u1F00-\u1FFF]/,
  /[\u0531-\u058F]/,
  /[\u13A0-\u13FF\uAB70-\uABBF]/,
];

/** Text can hold a mixed word only if it has letters of at least two of the scripts. */
function hasTwoScripts(text: string): boolean {
  if (!FOREIGN.test(text)) return false;
  let seen = 0;
  for (const re of BLOCKS) if (re.test(text) && ++seen === 2) return true;
  return false;
}

const severalBits = (mask: number) => (mask & (mask - 1)) !== 0;

function wordsOf(line: string): LineWord[] {
  return [...line.matchAll(WORD)].map((m) => {
    const counts = countScripts(m[0]);
    const script = counts.size === 1 ? [...counts.keys()][0] : null;
    return { text: m[0], index: m.index, script };
  });
}

/** One edit per changed letter, so that `explain` points at each repaired character. */
function letterEdits(word: string, repaired: string, offset: number): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < word.length; i++) {
    if (word[i] !== repaired[i]) edits.push({ start: offset + i, end: offset + i + 1, from: word[i], to: repaired[i] });
  }
  return edits;
}

/** Mixed words toward one script (see mixed-words.ts); also tells whether any was repaired toward Latin. */
function repairMixedWords(text: string, trace?: Trace): { text: string; edits: number; intoLatin: boolean } {
  const edits: Edit[] = [];
  let intoLatin = false;
  const lineCounts = perLine(text, countScripts);
  // Words repeat; a decision that did not need the line is the same wherever the word stands.
  const decided = new Map<string, ReturnType<typeof repairMixedWord>>();
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    let fixed = decided.get(word);
    if (fixed === undefined) {
      if (!severalBits(scriptMask(word))) continue;
      let usedLine = false;
      fixed = repairMixedWord(word, countScripts(word), () => {
        usedLine = true;
        return lineCounts(m.index);
      });
      if (!usedLine) decided.set(word, fixed);
    }
    if (!fixed) continue;
    intoLatin ||= fixed.target === 'Latin';
    for (const e of letterEdits(word, fixed.text, m.index)) edits.push(e);
  }
  return { text: applyEdits(text, edits, trace), edits: edits.length, intoLatin };
}

/** Whole look-alike words in Latin prose, under the stricter rule of lookalike-words.ts. */
function repairLookalikeWords(text: string, trace?: Trace): { text: string; edits: number } {
  const edits: Edit[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (hasTwoScripts(line)) {
      const words = wordsOf(line);
      words.forEach((word, at) => {
        if (!isLookalikeWordInLatinProse(line, words, at)) return;
        const latin = [...word.text].map((c) => LOOKALIKE.Latin[c]).join('');
        edits.push(...letterEdits(word.text, latin, offset + word.index));
      });
    }
    offset += line.length + 1;
  }
  return { text: applyEdits(text, edits, trace), edits: edits.length };
}

/**
 * Repairs homoglyphs: styled letters to plain ones, words that mix scripts toward one script, and, once the
 * text shows such tampering, whole look-alike words in Latin prose. Words wholly in one script are otherwise
 * never touched, so genuine Russian, Greek or Armenian stays exactly as written. Counts repaired letters.
 */
export function fixHomoglyphs(text: string, trace?: Trace): { text: string; count: number } {
  const styled = plainStyledLetters(text, trace);
  if (!hasTwoScripts(styled.text)) return styled;
  const mixed = repairMixedWords(styled.text, trace);
  const count = styled.count + mixed.edits;
  if (!mixed.intoLatin) return { text: mixed.text, count };
  const whole = repairLookalikeWords(mixed.text, trace);
  return { text: whole.text, count: count + whole.edits };
}
