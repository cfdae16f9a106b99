import type { Doc } from '../document.js';
import { live, nextLive } from '../document.js';
import { parsedOnce } from '../metadata/byline.js';
import { matchDateline } from '../metadata/dateline.js';
import { fold, foldsTo, hasWords, isHeadlineShaped } from '../segment/features.js';

// A short line in capitals: a section label ("WORLD NEWS", "ANALYSIS") when a headline follows it.
const CAPS_LABEL = /^(?=.{2,30}$)[\p{Lu}\p{N}&'’.-]+(?: [\p{Lu}\p{N}&'’.-]+){0,2}$/u;

/**
 * The first block is the title when it is headline-shaped and not a byline or a dateline. A section label in
 * capitals above it (the kicker) is removed as a label.
 */
export function readTitle(doc: Doc): void {
  if (!doc.meta.title) {
    let first = doc.blocks.find(live);
    const next = first && nextLive(doc.blocks, first);
    if (first && next && CAPS_LABEL.test(first.text) && /\p{Lu}/u.test(first.text) && isKickedHeadline(next.text)) {
      first.removed = 'label';
      first = next;
    }
    if (
      first &&
      isHeadlineShaped(first.text) &&
      !parsedOnce(doc, first.text) &&
      !matchDateline(first.text) &&
      doc.blocks.some((b) => live(b) && b !== first)
    ) {
      first.role = 'title';
      doc.meta.title = first.text;
    }
  }
  removeDuplicateTitles(doc);
}

/** A headline under a kicker: headline-shaped, four words or more, not in capitals itself. */
function isKickedHeadline(text: string): boolean {
  return isHeadlineShaped(text) && hasWords(text, 4) && text !== text.toUpperCase() && !matchDateline(text);
}

/** Pages repeat their headline (in the body, in a teaser, after the standfirst): the copies go. */
function removeDuplicateTitles(doc: Doc): void {
  const title = fold(doc.meta.title ?? '');
  if (!title) return;
  for (const block of doc.blocks) if (live(block) && foldsTo(block.text, title)) block.removed = 'duplicate-title';
}
