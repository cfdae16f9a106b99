import { replaceTracked } from './edits.js';
import { perLine } from './per-line.js';
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
// What may stand before a “ that opens a quote: nothing, a space, an opening bracket or a dash.
const BEFORE_OPENING = /[\s([{—–-]/;

/**
 * Whether the “ at `at` opens a quote. It does where it stands in opening position (a “ glued to the word before it
 * closes one) on a line without „: German and others close with “ („so“ und). Only the line is read, so a
 * paragraph repaired again on its own gets the same answer as in its document.
 */
function opensQuote(text: string, at: number, lineWithoutLowQuote: (at: number) => boolean): boolean {
  if (at > 0 && !BEFORE_OPENING.test(text[at - 1])) return false;
  return lineWithoutLowQuote(at);
}

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
  if (out.includes('“ ') || out.includes('“\t')) {
    const spaced = out;
    const noLowQuote = perLine(spaced, (line) => !line.includes('„'));
    out = replaceTracked(
      spaced,
      SPACE_AFTER_OPEN,
      (m, at) => (opensQuote(spaced, at - 1, noLowQuote) ? drop() : m),
      trace,
    );
  }
  out = closeSpaces(out, RULES[2], drop, trace);
  return { text: out, count };
}
