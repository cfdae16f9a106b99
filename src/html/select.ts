import { attr, type DomNode } from './dom.js';
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

/** Close runners-up: their count, and their share of the best score. */
const RIVALS = 3;
/** How far up a lone close rival may be joined: the grandparent of the best, no higher. */
const NEAR_LEVELS = 2;
const RIVAL_SHARE = 0.75;
const RIVALS_LOOKED_AT = 5;

/**
 * Pages that wrap each paragraph in a box of its own ("card", "block") make each box a candidate as good as the
 * best: when several of the best few lie under one ancestor of the best, that ancestor is the article.
 */
function commonContainer(best: DomNode, scores: Map<DomNode, number>): DomNode {
  const bestScore = scores.get(best) as number;
  // Rivals are apart from the best: not its ancestors (which score from the same paragraphs), nor inside it.
  const rivals = [...scores]
    .filter(([n]) => n !== best && !isInside(n, best) && !isInside(best, n))
    .sort((a, b) => b[1] - a[1])
    .slice(0, RIVALS_LOOKED_AT)
    .filter(([, s]) => s >= bestScore * RIVAL_SHARE)
    .map(([n]) => n);
  if (!rivals.length) return best;
  let level = 0;
  for (let n = best.parent; n && n.type === 'tag'; n = n.parent, level++) {
    if (n.name === 'body') break;
    const under = rivals.filter((r) => isInside(r, n as DomNode)).length;
    // Several rivals under one ancestor; or one, close by (an article cut in two by an ad rail).
    if (under >= RIVALS || (under >= 1 && level < NEAR_LEVELS)) return n;
  }
  return best;
}

function isInside(node: DomNode, ancestor: DomNode): boolean {
  for (let n = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/**
 * Templates that cut the body into chunks (around ads, pull quotes, section breaks) give each chunk the same tag and
 * class: the scoring chunks of the best one's kind belong to the article wherever they sit.
 */
function sameKind(best: DomNode, scores: Map<DomNode, number>, threshold: number): DomNode[] {
  const kind = attr(best, 'class').trim();
  if (!kind) return [];
  return [...scores]
    .filter(([n, s]) => n !== best && s >= threshold && n.name === best.name && attr(n, 'class').trim() === kind)
    .map(([n]) => n);
}

/** The elements making up the article: the best container and the siblings that score near it. */
export function articleElements(scores: Map<DomNode, number>, totals: Map<DomNode, Totals>): Set<DomNode> {
  const best = topCandidate(scores);
  if (!best) return new Set();
  const top = commonContainer(best, scores);
  const chosen = new Set<DomNode>([top]);
  const threshold = Math.max(MIN_SIBLING_SCORE, (scores.get(top) ?? (scores.get(best) as number)) * SIBLING_SHARE);
  for (const sibling of top.parent?.children ?? []) {
    if (sibling !== top && sibling.type === 'tag' && joinsArticle(sibling, scores, threshold, totals))
      chosen.add(sibling);
  }
  for (const chunk of sameKind(best, scores, threshold))
    if (!isInside(chunk, top) && !isInside(top, chunk)) chosen.add(chunk);
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
