import type { HtmlBlock } from './blocks.js';
import type { Totals } from './candidates.js';
import type { DomNode } from './dom.js';

/** How far up from a block an <article> is looked for. */
const MAX_LEVELS = 100;

/** The outermost <article> between a block and the chosen element holding it, if any. */
function articleBelow(b: HtmlBlock, chosen: Set<DomNode>): DomNode | null {
  let found: DomNode | null = null;
  let n: DomNode | null | undefined = b.element;
  for (let level = 0; n && level < MAX_LEVELS; level++, n = n.parent) {
    if (chosen.has(n)) return found;
    if (n.name === 'article') found = n;
  }
  return null;
}

/**
 * Several <article> elements inside the chosen container are several stories: the article and teasers for others
 * ("you may also like" cards). The one with the most text is the article; the blocks of the others are flagged.
 */
export function teaserBlocks(blocks: HtmlBlock[], chosen: Set<DomNode>, totals: Map<DomNode, Totals>): boolean[] {
  const owners = blocks.map((b) => articleBelow(b, chosen));
  const articles = new Set(owners.filter((a): a is DomNode => a !== null));
  if (articles.size < 2) return blocks.map(() => false);
  let main: DomNode | null = null;
  for (const a of articles) if (!main || (totals.get(a)?.chars ?? 0) > (totals.get(main)?.chars ?? 0)) main = a;
  return owners.map((a) => a !== null && a !== main);
}
