import type { Block, Doc } from '../document.js';
import { live } from '../document.js';
import { matchDateline } from '../metadata/dateline.js';
import { contentWords, countWords, isHeadlineShaped, sentenceCount } from '../segment/features.js';

/** Share of the standfirst's content words found again in one later paragraph. */
const RESTATED = 0.7;

function restatedLater(candidate: Block, later: Block[]): boolean {
  const mine = new Set(contentWords(candidate.text));
  if (mine.size < 4) return false;
  return later.some((b) => {
    const theirs = new Set(contentWords(b.text));
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    return shared / mine.size >= RESTATED;
  });
}

/**
 * The standfirst under the title: a headline-shaped line of five words or more, or one sentence that the page
 * follows with a repeat of the title or that the body restates almost word for word.
 */
export function readSubtitle(doc: Doc): void {
  if (!doc.meta.title || doc.meta.subtitle) return;
  const blocks = doc.blocks;
  const titleAt = blocks.findIndex((b) => b.role === 'title');
  const at = blocks.findIndex((b, i) => i > titleAt && live(b));
  const candidate = blocks[at];
  if (!candidate || candidate.text.length > 350 || matchDateline(candidate.text)) return;
  const later = liveAfter(blocks, at, 6);
  if (!later.length) return;
  const headline = isHeadlineShaped(candidate.text) && countWords(candidate.text, 5) >= 5;
  const sentence = sentenceCount(candidate.text) === 1;
  const titleRepeatedNext = blocks[at + 1]?.removed === 'duplicate-title';
  if (headline || (sentence && (titleRepeatedNext || restatedLater(candidate, later)))) {
    candidate.role = 'subtitle';
    doc.meta.subtitle = candidate.text;
  }
}

/** The first `n` live blocks after index `at`, without copying the rest of the document. */
function liveAfter(blocks: Block[], at: number, n: number): Block[] {
  const found: Block[] = [];
  for (let i = at + 1; i < blocks.length && found.length < n; i++) if (live(blocks[i])) found.push(blocks[i]);
  return found;
}
