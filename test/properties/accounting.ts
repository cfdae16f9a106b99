import type { Article } from '../../src/article.js';
import { fixText } from '../../src/fix/index.js';

// The accounting rule: every word of the input is still in the Article (title, subtitle, dateline, a paragraph)
// or reported in `removed`. Characters that the repair stage changes are counted in `fixes`, so the rule is checked
// on the repaired text (fixText, the pipeline's first stage), word by word: a word is a run of non-space
// characters, and each occurrence in the input needs its own occurrence in the output. Spacing is not kept by
// design (lines are re-joined, runs of spaces collapsed), so it is not counted.
//
// One documented exception: the marker that starts a list line ("1.", "•", "(a)") becomes the paragraph's type
// `list-item` rather than text.

const words = (text: string | null | undefined): string[] => (text ?? '').split(/\s+/).filter(Boolean);

const LIST_MARKER = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-•*▪◦–·●])$/u;

/** Counts of each word, the same word seen n times counted n times. */
function tally(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Every word of the output and of `removed`: the places an input word may legitimately end up. */
export function outputWords(article: Article): string[] {
  return [
    article.title,
    article.subtitle,
    article.dateline,
    ...article.paragraphs.map((p) => p.text),
    ...article.removed.map((r) => r.text),
  ].flatMap(words);
}

/**
 * The words of the repaired input that are neither in the Article nor in `removed`, with how many occurrences
 * went missing (empty when nothing was lost).
 */
export function lostWords(input: string, article: Article): Array<[string, number]> {
  const have = tally(outputWords(article));
  const listItems = article.paragraphs.filter((p) => p.type === 'list-item').length;
  let markersAllowed = listItems;
  const lost: Array<[string, number]> = [];
  for (const [word, count] of tally(words(fixText(input).text))) {
    let missing = count - (have.get(word) ?? 0);
    if (missing > 0 && LIST_MARKER.test(word)) {
      const excused = Math.min(missing, markersAllowed);
      markersAllowed -= excused;
      missing -= excused;
    }
    if (missing > 0) lost.push([word, missing]);
  }
  return lost;
}
