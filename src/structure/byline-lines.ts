import type { Doc } from '../document.js';
import { readByline } from '../metadata/byline.js';

/**
 * Pages often print the names and the date on lines of their own ("By A and B", then "Published: March 14,
 * 2023"): the byline reader takes the first, then looks again for the other.
 */
export function readBylineLines(doc: Doc): void {
  readByline(doc);
  readByline(doc);
}
