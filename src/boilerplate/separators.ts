import type { Doc } from '../document.js';
import { live } from '../document.js';

const ONLY_SYMBOLS = /^[\p{P}\p{S}\s]+$/u;

/** Lines of only punctuation or symbols ("-", "* * *", "|") carry no text. */
export function removeSeparators(doc: Doc): void {
  for (const block of doc.blocks) if (live(block) && ONLY_SYMBOLS.test(block.text)) block.removed = 'separator';
}
