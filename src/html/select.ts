import type { DomNode } from './dom.js';
import type { HtmlBlock } from './blocks.js';
import { type Totals, topCandidate } from './candidates.js';

/** A sibling of the best container joins the article when it scores this share of the best (Readability's rule). */
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;

function joinsArticle(
  sibling: DomNode,
  scores: Map<DomNode, number>,
  threshold: number,
  totals: Map<DomNode, Totals>,
): boolean {
  if ((scores.get(sibling) ?? -Infinity) >= threshold) return true;
  if (sibling.name !== 'p') return false;
  // A lone paragraph beside the article: long with few links, or a short sentence without any.
  const t = totals.get(sibling);
  if (!t) return false;
  const density = t.chars ? t.linkChars / t.chars : 0;
  return (t.chars > 80 && density < 0.25) || (t.chars > 0 && density === 0);
}

/** The elements making up the article: the best container and the siblings that score near it. */
export function articleElements(scores: Map<DomNode, number>, totals: Map<DomNode, Totals>): Set<DomNode> {
  const top = topCandidate(scores);
  if (!top) return new Set();
  const chosen = new Set<DomNode>([top]);
  const threshold = Math.max(MIN_SIBLING_SCORE, (scores.get(top) as number) * SIBLING_SHARE);
  for (const sibling of top.parent?.children ?? []) {
    if (sibling !== top && sibling.type === 'tag' && joinsArticle(sibling, scores, threshold, totals))
      chosen.add(sibling);
  }
  return chosen;
}

/** Whether each block lies inside one of the chosen elements (memoised walk up the tree). */
export function insideChosen(blocks: HtmlBlock[], chosen: Set<DomNode>): boolean[] {
  const memo = new Map<DomNode, boolean>();
  return blocks.map((b) => {
    const path: DomNode[] = [];
    let n: DomNode | null | undefined = b.element;
    let found = false;
    while (n) {
      const known = memo.get(n);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (chosen.has(n)) {
        found = true;
        break;
      }
      path.push(n);
      n = n.parent;
    }
    for (const p of path) memo.set(p, found);
    return found;
  });
}
