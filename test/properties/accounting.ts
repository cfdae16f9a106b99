import type { Article } from '../../src/article.js';
import { fixText } from '../../src/fix/index.js';

// The accounting rule: every word of the input is still in the Article (title, subtitle, dateline, a paragraph)
// or reported in `removed`. Characters that the repair stage changes are counted in `fixes`, so the rule is checked
// on the repaired text (fixText, the pipeline's first stage), word by word: a word is a run of non-space
// characters, and each occurrence in the input needs its own occurrence in the output. Spacing is not kept by
// design (lines are re-joined, runs of spaces collapsed), so it is not counted.
//
// Two documented exceptions:
// - the marker that starts a list line ("1.", "•", "(a)") becomes the paragraph's type `list-item` rather than text;
// - a cut between removed text and kept text may fall inside a run of non-space characters: a dateline glued to the
//   paragraph ("(AP)—The", "(AP) —“We"), an agency credit glued to its end ("said.(Yonhap)"). Such a word counts as
//   kept when it is exactly the last word of one text followed by the first word of the other (a `removed` entry,
//   then an output text, or the other way round), both otherwise unclaimed: every character is still accounted
//   for, which is the rule (issue 9).

const words = (text: string | null | undefined): string[] => (text ?? '').split(/\s+/).filter(Boolean);

const LIST_MARKER = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-•*▪◦–·●])$/u;

/** Counts of each word, the same word seen n times counted n times. */
function tally(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The output texts an input word may end up in (besides `removed`). */
const keptTexts = (article: Article) => [
  article.title,
  article.subtitle,
  article.dateline,
  ...article.paragraphs.map((p) => p.text),
];

/** Every word of the output and of `removed`: the places an input word may legitimately end up. */
export function outputWords(article: Article): string[] {
  return [...keptTexts(article), ...article.removed.map((r) => r.text)].flatMap(words);
}

/** The first and last words of each text. */
const edges = (texts: Array<string | null | undefined>) => ({
  starts: new Set(texts.map((t) => words(t)[0])),
  ends: new Set(texts.map((t) => words(t).at(-1))),
});

/** Where a cut between kept and removed text may fall: the edges of both. */
const cutsOf = (article: Article) => ({
  removed: edges(article.removed.map((r) => r.text)),
  kept: edges(keptTexts(article)),
});

/**
 * Claims one split of `word` from `spare` (output words no input word claimed, with how many are left): the last
 * word of a removed entry followed by the first word of an output text, or the last word of an output text followed
 * by the first word of a removed entry. False when there is none.
 */
function takeSplit(word: string, { removed, kept }: ReturnType<typeof cutsOf>, spare: Map<string, number>): boolean {
  const left = (w: string) => spare.get(w) ?? 0;
  for (let i = 1; i < word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    const cut = (removed.ends.has(head) && kept.starts.has(tail)) || (kept.ends.has(head) && removed.starts.has(tail));
    if (!cut || left(head) < (head === tail ? 2 : 1) || left(tail) < 1) continue;
    spare.set(head, left(head) - 1);
    spare.set(tail, left(tail) - 1);
    return true;
  }
  return false;
}

/**
 * The words of the repaired input that are neither in the Article nor in `removed`, with how many occurrences
 * went missing (empty when nothing was lost).
 */
export function lostWords(input: string, article: Article): Array<[string, number]> {
  const have = tally(outputWords(article));
  const listItems = article.paragraphs.filter((p) => p.type === 'list-item').length;
  let markersAllowed = listItems;
  const inputTally = tally(words(fixText(input).text));
  const spare = new Map([...have].map(([word, n]) => [word, n - (inputTally.get(word) ?? 0)]));
  const cuts = cutsOf(article);
  const lost: Array<[string, number]> = [];
  for (const [word, count] of inputTally) {
    let missing = count - (have.get(word) ?? 0);
    if (missing > 0 && LIST_MARKER.test(word)) {
      const excused = Math.min(missing, markersAllowed);
      markersAllowed -= excused;
      missing -= excused;
    }
    while (missing > 0 && takeSplit(word, cuts, spare)) missing--;
    if (missing > 0) lost.push([word, missing]);
  }
  return lost;
}
