import { LOOKALIKE, type Script } from './scripts.js';

export interface LineWord {
  text: string;
  /** Offset of the word in its line. */
  index: number;
  /** The single script of the word, or null when it has none of the five or mixes them. */
  script: Script | null;
}

const OPENERS = '"\'“‘«‹„‚([{';
const CLOSERS = '"\'”’»›‘“)]}';
const MIN_LATIN_WORDS = 3;

const hasLatinLookalike = (char: string) => LOOKALIKE.Latin[char] !== undefined;

interface LineFacts {
  /** Words wholly in Latin. */
  latinWords: number;
  /** Scripts the line holds genuine text of: a letter that no Latin letter looks like ("н", "л", "ω"). */
  genuine: Set<Script>;
}

// What the rule needs of a whole line, read once per line rather than once per word (a long line of look-alike
// words would otherwise cost time quadratic in its length).
const factsOfLine = new WeakMap<LineWord[], LineFacts>();

function lineFacts(words: LineWord[]): LineFacts {
  let facts = factsOfLine.get(words);
  if (!facts) {
    facts = { latinWords: 0, genuine: new Set() };
    for (const w of words) {
      if (w.script === 'Latin') facts.latinWords++;
      else if (w.script !== null && ![...w.text].every(hasLatinLookalike)) facts.genuine.add(w.script);
    }
    factsOfLine.set(words, facts);
  }
  return facts;
}

/**
 * The stricter rule for a word written wholly in Cyrillic, Greek, Armenian or Cherokee inside Latin prose
 * (a Cyrillic "а" or "оr" in an English sentence). It is rewritten into Latin only when all of these hold:
 * 1. the caller has already seen the text tampered with (a word mixing Latin with another script);
 * 2. every letter of the word has a Latin look-alike (so a Russian "он" never qualifies: "н" has none);
 * 3. the line is Latin prose: at least three Latin words, and no word of the same script with a letter that
 *    has no Latin look-alike (a genuine Russian or Greek phrase nearby keeps its short words too);
 * 4. the words just before and after it on the line are Latin;
 * 5. it is not set off on its own by quotes or brackets («а», "о"), which marks a word cited as itself.
 */
export function isLookalikeWordInLatinProse(line: string, words: LineWord[], at: number): boolean {
  const word = words[at];
  const script = word.script;
  if (script === null || script === 'Latin') return false;
  if (![...word.text].every(hasLatinLookalike)) return false;
  const facts = lineFacts(words);
  if (facts.latinWords < MIN_LATIN_WORDS || facts.genuine.has(script)) return false;
  const neighbours = [words[at - 1], words[at + 1]].filter(Boolean);
  if (neighbours.some((w) => w.script !== 'Latin')) return false;
  const before = line[word.index - 1] ?? '';
  const after = line[word.index + word.text.length] ?? '';
  return !(before && after && OPENERS.includes(before) && CLOSERS.includes(after));
}
