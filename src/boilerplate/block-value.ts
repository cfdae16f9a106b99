import type { Block } from '../document.js';
import { endsWithSentenceMark, hasWords, isTruncated } from '../segment/features.js';
import { isSectionHeader } from './phrases.js';

/** What a related-stories header costs the region around it. */
const SECTION_HEADER_COST = 40;
/**
 * What a block another rule already removed costs: little, since it is gone from the article anyway, but enough
 * that long menus and teaser lists still separate the article from other prose on the page.
 */
const REMOVED_COST = 20;
/** What a line of furniture (short, no sentence) costs at least, and at most. */
const MIN_LINE_COST = 20;
const MAX_LINE_COST = 60;

const LIST_MARKER = /^(?:\d{1,3}[.)]|[-•*▪◦–·●])\s+\S/u;

/** Prose: a sentence of six words or more (one introducing a list too), or a long run of words not cut off. */
export function isProse(text: string): boolean {
  if (isTruncated(text)) return false;
  // Not cut off: a terminal mark at the end closes a sentence.
  const sentence = endsWithSentenceMark(text) || text.endsWith(':') || text.endsWith('：');
  return hasWords(text, sentence ? 6 : 25);
}

/**
 * A block's worth to the article region around it: prose is worth its length; boilerplate and lines without a
 * sentence (menus, teasers, labels) cost a little, so that a heading between paragraphs does not split the article
 * but a long menu does.
 */
export function blockValue(block: Block): number {
  if (isSectionHeader(block.text)) return -SECTION_HEADER_COST;
  if (block.removed) return -REMOVED_COST;
  if (block.role) return 0;
  if (isProse(block.text)) return block.text.length;
  // Authors mark their lists ("- item", "1. item"); menus flattened from HTML carry no markers.
  if (LIST_MARKER.test(block.text) && hasWords(block.text, 3)) return 0;
  return -Math.min(MAX_LINE_COST, Math.max(MIN_LINE_COST, block.text.length));
}
