import type { Doc } from '../document.js';
import { removeCaptions } from './captions.js';
import { removeDateLines } from './date-lines.js';
import { removeLinePhrases } from './line-phrases.js';
import { removeOutsideMainRegion } from './main-region.js';
import { removeRelatedSections } from './related-sections.js';
import { removeSeparators } from './separators.js';
import { removeTimestamps } from './timestamps.js';
import { removeTrailingHeadlines } from './trailing-headlines.js';

/**
 * Block classifiers in order; each marks the blocks it removes with its reason. Captions go before the line phrases:
 * a photo credit ("Jane Doe | Bloomberg | Getty Images") is shaped like a menu but is about the picture.
 */
export const BOILERPLATE_RULES: Array<(doc: Doc) => void> = [
  removeRelatedSections,
  removeCaptions,
  removeLinePhrases,
  removeTimestamps,
  removeDateLines,
  removeSeparators,
  removeTrailingHeadlines,
  removeOutsideMainRegion,
];

export function classifyBoilerplate(doc: Doc): void {
  for (const rule of BOILERPLATE_RULES) rule(doc);
}
