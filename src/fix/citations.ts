import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';

// Bracketed reference markers left by wikis and AI summaries: [4], [12–14], [NEWS1], [citation needed].
// Lower-case words in brackets ("[sic]", "[the]") are editorial and stay.
const CITATION = /[ \t]*\[(?:\d{1,3}(?:\s*[–,-]\s*\d{1,3})*|[A-Z]{2,12}\d{1,4}|citation needed|clarification needed|who\?|when\?)\]/g;

/** Removes citation markers and the space before them; counts each marker. */
export function removeCitations(text: string, trace?: Trace): { text: string; count: number } {
  if (!text.includes('[')) return { text, count: 0 };
  let count = 0;
  const out = replaceTracked(text, CITATION, () => {
    count++;
    return '';
  }, trace);
  return { text: out, count };
}
