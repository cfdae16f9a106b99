import type { Doc } from '../document.js';
import { live } from '../document.js';
import { parsedOnce } from '../metadata/byline.js';
import { matchDateline } from '../metadata/dateline.js';
import { fold, foldsTo, isHeadlineShaped } from '../segment/features.js';

/** The first block is the title when it is headline-shaped and not a byline or a dateline. */
export function readTitle(doc: Doc): void {
  if (!doc.meta.title) {
    const first = doc.blocks.find(live);
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

/** Pages repeat their headline (in the body, in a teaser, after the standfirst): the copies go. */
function removeDuplicateTitles(doc: Doc): void {
  const title = fold(doc.meta.title ?? '');
  if (!title) return;
  for (const block of doc.blocks) if (live(block) && foldsTo(block.text, title)) block.removed = 'duplicate-title';
}
