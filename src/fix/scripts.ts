import table from '../../data/unicode/confusable-letters.json';

/** The scripts whose letters are confused with one another (UTS #39), as named in the generated table. */
export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Cherokee';

export const SCRIPTS: Script[] = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee'];

/** For each target script: letter of another script → the letter of the target that looks the same. */
export const LOOKALIKE: Record<Script, Record<string, string>> = table.lookalike;

const PATTERNS = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
const cache = new Map<number, Script | null>();

/** The script of one UTF-16 code unit, if it is one of the confusable five (Unicode Script property). */
function scriptOfCode(code: number): Script | null {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 'Latin' : null;
  if (code >= 0x410 && code <= 0x44f) return 'Cyrillic';
  let script = cache.get(code);
  if (script === undefined) {
    const char = String.fromCharCode(code);
    script = PATTERNS.find(([, re]) => re.test(char))?.[0] ?? null;
    cache.set(code, script);
  }
  return script;
}

/** The script of one character, if it is one of the confusable five. (All their letters are in the BMP.) */
export function scriptOf(char: string): Script | null {
  return char.length === 1 ? scriptOfCode(char.charCodeAt(0)) : null;
}

/** The scripts present in `text`, as a bit set (bit i for SCRIPTS[i]); cheap, for skipping single-script words. */
export function scriptMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const s = scriptOfCode(text.charCodeAt(i));
    if (s) mask |= 1 << SCRIPTS.indexOf(s);
  }
  return mask;
}

/** How many letters of `text` belong to each of the five scripts. */
export function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (let i = 0; i < text.length; i++) {
    const s = scriptOfCode(text.charCodeAt(i));
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** The script with strictly the most letters among `among`, or null on a tie. */
export function majority(counts: Map<Script, number>, among: Script[] = SCRIPTS): Script | null {
  let best: Script | null = null;
  let bestCount = 0;
  let tie = false;
  for (const s of among) {
    const n = counts.get(s) ?? 0;
    if (n > bestCount) [best, bestCount, tie] = [s, n, false];
    else if (n === bestCount && n > 0) tie = true;
  }
  return tie ? null : best;
}

/** `word` with every letter of another script replaced by its look-alike in `target`; null if one has none. */
export function rewriteInto(word: string, target: Script): string | null {
  let out = '';
  for (const char of word) {
    const s = scriptOf(char);
    if (s === null || s === target) {
      out += char;
      continue;
    }
    const mapped = LOOKALIKE[target][char];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}
