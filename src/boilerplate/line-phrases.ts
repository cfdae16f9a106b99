import type { Doc } from '../document.js';
import { live } from '../document.js';
import { parsedOnce } from '../metadata/byline.js';
import { phraseReason } from './phrases.js';

/** Whole lines that are navigation, share/subscribe prompts, ads, legal notices or comment counters. */
export function removeLinePhrases(doc: Doc): void {
  for (const block of doc.blocks) {
    if (!live(block)) continue;
    const reason = phraseReason(block.text);
    // "By Anna Smith | Reuters | 5 June 2025" has the shape of a breadcrumb trail: a byline is left for its reader.
    if (reason === 'navigation' && parsedOnce(doc, block.text)) continue;
    if (reason) block.removed = reason;
  }
}
