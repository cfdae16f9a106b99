import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// Bracketed reference markers left by wikis and AI summaries: [4], [12–14], [NEWS1], [citation needed].
// Lower-case words in brackets ("[sic]", "[the]") are editorial and stay.
const CITATION = /[ \t]*\[(?:\d{1,3}(?:\s*[–,-]\s*\d{1,3})*|[A-Z]{2,12}\d{1,4}|citation needed|clarification needed|who\?|when\?)\]/g;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Text before `start` on its line and a word at `end`: taking out what is between would glue them together. */
const gluesWords = (text: string, start: number, end: number): boolean =>
  /\S/.test(text[start - 1] ?? ' ') && WORD_CHAR.test(text[end] ?? ' ');

/**
 * Removes citation markers and the space before them ("said [4]." → "said."); counts each marker. A marker with a
 * word right after it leaves a space, so the words around it stay apart ("said [4]The" → "said The").
 */
export function removeCitations(text: string, trace?: Trace): { text: string; count: number } {
  if (!text.includes('[')) return { text, count: 0 };
  let count = 0;
  const out = replaceTracked(text, CITATION, (match, offset) => {
    count++;
    return gluesWords(text, offset, offset + match.length) ? ' ' : '';
  }, trace);
  return { text: out, count };
}
