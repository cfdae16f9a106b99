import type { Doc } from '../document.js';
import { live } from '../document.js';
import { countWords, endsWithMark, sentenceCount } from '../segment/features.js';
import { isSectionHeader } from './phrases.js';

/**
 * A teaser line under a related-stories header: short, one unit, not a paragraph of prose. Headlines do not close
 * with a full stop or a colon; a sentence of eight words or more that does is the article resuming (menus on flattened pages
 * also carry words like "Latest").
 */
function isTeaser(text: string): boolean {
  if (endsWithMark(text, '.:', '"\'”’)') && countWords(text, 8) >= 8) return false;
  return text.length <= 220 && sentenceCount(text) <= 1;
}

/**
 * "Recent Stories", "Read also:", "More Stories From World" and the like open a list of other articles' headlines:
 * the header and every teaser line under it are removed, until a line of real prose.
 */
export function removeRelatedSections(doc: Doc): void {
  let inSection = false;
  for (const block of doc.blocks) {
    if (isSectionHeader(block.text)) {
      if (live(block)) block.removed = 'related-header';
      inSection = true;
      continue;
    }
    if (!inSection) continue;
    if (block.removed) continue;
    if (!isTeaser(block.text)) {
      inSection = false;
      continue;
    }
    block.removed = 'related-list';
  }
}
