import type { Doc } from '../document.js';
import { live } from '../document.js';
import { phraseReason } from './phrases.js';

/** Whole lines that are navigation, share/subscribe prompts, ads, legal notices or comment counters. */
export function removeLinePhrases(doc: Doc): void {
  for (const block of doc.blocks) {
    if (!live(block)) continue;
    const reason = phraseReason(block.text);
    if (reason) block.removed = reason;
  }
}
