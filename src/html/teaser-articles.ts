import type { HtmlBlock } from './blocks.js';
import type { Totals } from './candidates.js';
import type { DomNode } from './dom.js';

/** How far up from a block an <article> is looked for. */
const MAX_LEVELS = 100;
/** Stands for the chosen element's own text, outside every inner <article>. */
const OWN = 'own';

/** The outermost <article> between a block and the chosen element holding it, OWN if none, null if not inside. */
function articleBelow(b: HtmlBlock, chosen: Set<DomNode>): DomNode | typeof OWN | null {
  let found: DomNode | null = null;
  let n: DomNode | null | undefined = b.element;
  for (let level = 0; n && level < MAX_LEVELS; level++, n = n.parent) {
    if (chosen.has(n)) return found ?? OWN;
    if (n.name === 'article') found = n;
  }
  return null;
}

/**
 * Several <article> elements inside the chosen container are several stories: the article and teasers for others
 * ("you may also like" cards). The one with the most text (the container's own paragraphs counting as one) is the
 * article; the blocks of the others are flagged.
 */
export function teaserBlocks(blocks: HtmlBlock[], chosen: Set<DomNode>, totals: Map<DomNode, Totals>): boolean[] {
  const owners = blocks.map((b) => articleBelow(b, chosen));
  const chars = new Map<DomNode | typeof OWN, number>([[OWN, 0]]);
  blocks.forEach((b, i) => {
    const owner = owners[i];
    if (owner === OWN) chars.set(OWN, (chars.get(OWN) as number) + b.text.length);
    else if (owner) chars.set(owner, totals.get(owner)?.chars ?? 0);
  });
  if (chars.size < 3) return blocks.map(() => false);
  let main: DomNode | typeof OWN = OWN;
  for (const [owner, n] of chars) if (n > (chars.get(main) as number)) main = owner;
  return owners.map((owner) => owner !== null && owner !== main);
}
