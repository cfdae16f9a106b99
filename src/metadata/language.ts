import { franc } from 'franc-min';

/** Below this many letters franc's guesses are unreliable; the language is then "und". */
export const MIN_LANGUAGE_LETTERS = 40;

/** ISO 639-3 code of the text's language (franc-min, 82 languages), or "und". */
export function detectLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LANGUAGE_LETTERS) return 'und';
  return franc(text.slice(0, 4000), { minLength: MIN_LANGUAGE_LETTERS });
}
