import type { Doc } from '../document.js';
import { live } from '../document.js';
import { asksQuestion, isHeadlineShaped, isTruncated, readsAsSentence } from '../segment/features.js';

const LIST_MARKER = /^(?:\d{1,3}[.)]|[-•*▪◦–])\s/;

/**
 * After the last sentence of the article, headline-shaped lines are page furniture: a cut-off teaser ("… ties as
 * a", "… Symp .."), a run of other stories' headlines, or a lone line that flattened pages put there from the
 * lead photo's caption. The first block (the title, usually) is never taken. A line that reads as a sentence
 * (clauses joined by a comma and a conjunction, reported speech) ends the run: it is the article's last paragraph
 * without its period. So does a lone last line asking a question: captions do not ask, articles may end so.
 */
export function removeTrailingHeadlines(doc: Doc): void {
  const blocks = doc.blocks.filter(live);
  const tail: typeof blocks = [];
  for (let i = blocks.length - 1; i > 0; i--) {
    const b = blocks[i];
    if (LIST_MARKER.test(b.text)) break;
    if (!isTruncated(b.text) && (!isHeadlineShaped(b.text) || readsAsSentence(b.text))) break;
    tail.push(b);
  }
  if (tail.length === blocks.length - 1 && tail.length > 0) tail.pop(); // keep something for the subtitle/body
  if (tail.length === 1 && asksQuestion(tail[0].text)) tail.pop();
  for (const b of tail) {
    if (isTruncated(b.text)) b.removed = 'truncated-teaser';
    else b.removed = tail.length === 1 ? 'caption' : 'related-headline';
  }
}
