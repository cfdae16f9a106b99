import type { Doc } from '../document.js';
import { fold, foldsTo } from '../segment/features.js';
import { headlineFromPageTitle } from '../structure/page-title.js';

/**
 * Flattened pages start with the page's <title> ("Headline - Site"); the headline printed again further down
 * stands right above the article. Returns the indices of those echoes.
 */
export function titleEchoes(doc: Doc): Set<number> {
  const echoes = new Set<number>();
  const first = doc.blocks[0];
  if (!first) return echoes;
  const titles = [fold(headlineFromPageTitle(first.text)), fold(first.text)].filter(Boolean);
  doc.blocks.forEach((block, i) => {
    if (i > 0 && block.text.length <= first.text.length && titles.some((t) => foldsTo(block.text, t))) echoes.add(i);
  });
  return echoes;
}
