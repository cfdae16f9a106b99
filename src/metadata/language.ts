import { trigramLanguage } from './trigram-language.js';

/** Below this many letters franc's guesses are unreliable; the language is then "und". */
export const MIN_LANGUAGE_LETTERS = 40;

/** Letters and non-letters, MIN_LANGUAGE_LETTERS times: a test that needs no array of every letter. */
const ENOUGH_LETTERS = new RegExp(`^(?:\\P{L}*\\p{L}){${MIN_LANGUAGE_LETTERS}}`, 'u');

/** ISO 639-3 code of the text's language (franc-min's model, 82 languages), or "und". */
export function detectLanguage(text: string): string {
  if (!ENOUGH_LETTERS.test(text)) return 'und';
  return trigramLanguage(text);
}
