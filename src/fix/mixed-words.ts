import { majority, rewriteInto, type Script, SCRIPTS } from './scripts.js';

/**
 * A word that mixes scripts ("Kіm" with a Cyrillic і, "Мoсква" with a Latin o) is rewritten wholly into one of
 * them. Only scripts the whole word can be written in are candidates (every foreign letter needs a look-alike);
 * among several, the word's own majority wins ("Kіm" → Latin, "Мoсква" → Cyrillic), and on a tie ("Hе") the
 * majority of its line. Returns null when the word is not mixed or no single choice exists.
 */
export function repairMixedWord(
  word: string,
  counts: Map<Script, number>,
  lineCounts: () => Map<Script, number>,
): { text: string; target: Script } | null {
  if (counts.size < 2) return null;
  const options = new Map<Script, string>();
  for (const s of SCRIPTS) {
    if (!counts.has(s)) continue;
    const text = rewriteInto(word, s);
    if (text !== null) options.set(s, text);
  }
  const candidates = [...options.keys()];
  const target =
    candidates.length === 1 ? candidates[0] : (majority(counts, candidates) ?? majority(lineCounts(), candidates));
  return target ? { text: options.get(target)!, target } : null;
}
