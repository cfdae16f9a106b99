import table from '../../data/boilerplate-phrases.json';
import type { Doc } from '../document.js';
import { live } from '../document.js';
import { parsedOnce } from '../metadata/byline.js';

const DATE_WORD = new RegExp(`\\b(?:${table.dateLineWords.join('|')})\\b\\.?`, 'giu');
const PUBLISHED = /^(?:published|posted|updated|last updated|first published)\b/i;
const ISO_T = /(\d)T(\d)/g;
const LEFTOVER = /[\p{L}]/u;

/** A line that is only a date or a time ("November 19, 2019 at 6:34 am", "20/11/2019 10:43"). */
export function isDateLine(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  return !LEFTOVER.test(text.replace(ISO_T, '$1 $2').replace(DATE_WORD, ''));
}

/** A date or time on a line of its own is a publication stamp or a comment's time, not article text. */
export function removeDateLines(doc: Doc): void {
  for (const block of doc.blocks) {
    if (!live(block) || !isDateLine(block.text)) continue;
    // "Published: June 19, 2025" is left for the byline reader.
    if (PUBLISHED.test(block.text) && parsedOnce(doc, block.text)) continue;
    block.removed = 'timestamp';
  }
}
