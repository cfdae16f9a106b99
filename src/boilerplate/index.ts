import type { Doc } from '../document.js';
import { removeCaptions } from './captions.js';
import { removeDateLines } from './date-lines.js';
import { removeLinePhrases } from './line-phrases.js';
import { removeOutsideMainRegion } from './main-region.js';
import { removeRelatedSections } from './related-sections.js';
import { removeSeparators } from './separators.js';
import { removeTimestamps } from './timestamps.js';
import { removeTrailingHeadlines } from './trailing-headlines.js';

/** Block classifiers in order; each marks the blocks it removes with its reason. */
export const BOILERPLATE_RULES: Array<(doc: Doc) => void> = [
  removeRelatedSections,
  removeLinePhrases,
  removeTimestamps,
  removeDateLines,
  removeSeparators,
  removeCaptions,
  removeTrailingHeadlines,
  removeOutsideMainRegion,
];

export function classifyBoilerplate(doc: Doc): void {
  for (const rule of BOILERPLATE_RULES) rule(doc);
}
