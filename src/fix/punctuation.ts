import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// Each rule is a run of spaces found by what follows it, then checked against the character before it (a
// lookbehind in the pattern would be tried at every position and is many times slower). `hint` is a pattern
// every match contains, so text without it skips the rule.
interface SpaceRule {
  hint: RegExp;
  spaces: RegExp;
  after: RegExp;
}

const RULES: SpaceRule[] = [
  // "word ." / "word ," → "word." (a lone mark only: " .." stays, it marks truncation).
  { hint: /[ \t][.,]/, spaces: /[ \t]+(?=[.,](?:[\s”’"')\]]|$))/g, after: /[\p{L}\p{N}”’"')\]]/u },
  // A space between sentence punctuation and a closing quote: ". ”" → ".”".
  { hint: /[ \t][”’]/, spaces: /[ \t]+(?=”|’(?![\p{L}\p{N}]))/gu, after: /[.!?,;:…]/ },
  // Curly quotes are directional, so spaces just inside them are stray: “ text ” → “text”. Guillemets are not
  // touched: French sets them off with spaces (« Oui ? »).
  { hint: /[ \t]”/, spaces: /[ \t]+(?=”)/g, after: /[\p{L}\p{N}]/u },
];
const SPACE_AFTER_OPEN = /(?<=“)[ \t]+/g;

function closeSpaces(text: string, rule: SpaceRule, drop: () => string, trace?: Trace): string {
  if (!rule.hint.test(text)) return text;
  return replaceTracked(text, rule.spaces, (m, at) => (at > 0 && rule.after.test(text[at - 1]) ? drop() : m), trace);
}

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
  let out = closeSpaces(text, RULES[0], drop, trace);
  out = closeSpaces(out, RULES[1], drop, trace);
  // German and others close with “ („so“ und): only where „ is absent is “ an opening quote.
  if (!out.includes('„') && (out.includes('“ ') || out.includes('“\t'))) {
    out = replaceTracked(out, SPACE_AFTER_OPEN, drop, trace);
  }
  out = closeSpaces(out, RULES[2], drop, trace);
  return { text: out, count };
}
