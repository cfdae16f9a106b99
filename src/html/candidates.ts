import { classVerdict } from './class-words.js';
import { attr, type DomNode } from './dom.js';
import type { HtmlBlock } from './blocks.js';

/** A paragraph shorter than this adds nothing to its container's score. */
const MIN_SCORED_CHARS = 25;
/** How far up the tree a paragraph's score reaches, and with what weight. */
const ANCESTOR_WEIGHTS = [1, 1 / 2, 1 / 6, 1 / 12];
/** Ancestors examined for text totals (pages nest thousands deep; the article is never that far up). */
const MAX_LEVELS = 60;

export interface Totals {
  chars: number;
  linkChars: number;
}

/** Text and link characters under each element, from its blocks. */
export function totalsByElement(blocks: HtmlBlock[]): Map<DomNode, Totals> {
  const totals = new Map<DomNode, Totals>();
  for (const b of blocks) {
    let n: DomNode | null | undefined = b.element;
    for (let level = 0; n && level < MAX_LEVELS; level++, n = n.parent) {
      const t = totals.get(n) ?? { chars: 0, linkChars: 0 };
      t.chars += b.text.length;
      t.linkChars += b.linkChars;
      totals.set(n, t);
    }
  }
  return totals;
}

/** Elements that hold paragraphs rather than being one. */
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'center']);

const TAG_PRIOR: Record<string, number> = {
  div: 5,
  article: 10,
  main: 5,
  section: 3,
  td: 3,
  pre: 3,
  blockquote: 3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  address: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** A container's own worth before its paragraphs: its tag, its class words and semantic markup. */
function prior(n: DomNode): number {
  const verdict = classVerdict(n);
  let score = TAG_PRIOR[n.name ?? ''] ?? 0;
  if (verdict.content) score += 25;
  if (verdict.reason) score -= 25;
  if (/articleBody/i.test(attr(n, 'itemprop'))) score += 50;
  return score;
}

/** What one paragraph says for its containers: commas and length, as prose has both. */
function paragraphScore(text: string): number {
  const commas = text.match(/[,，、]/g)?.length ?? 0;
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

/**
 * Scores the containers of the page's paragraphs: each paragraph adds to its parent, less to the ancestors above;
 * a container starts from its tag and class words and ends scaled by the share of its text that is not links.
 * Returns the scores by element.
 */
export function scoreContainers(
  blocks: HtmlBlock[],
  totals: Map<DomNode, Totals>,
  skip: (b: HtmlBlock, i: number) => boolean,
): Map<DomNode, number> {
  const raw = new Map<DomNode, number>();
  blocks.forEach((b, i) => {
    if (skip(b, i) || b.text.length < MIN_SCORED_CHARS) return;
    const s = paragraphScore(b.text);
    // A paragraph scores for the element around it; text straight inside a container (a <div> written with
    // <br>s, a table cell) scores for that container itself.
    let n = CONTAINER_TAGS.has(b.tag) ? b.element : b.element.parent;
    for (const weight of ANCESTOR_WEIGHTS) {
      if (!n || n.type !== 'tag') break;
      if (!raw.has(n)) raw.set(n, prior(n));
      raw.set(n, (raw.get(n) as number) + s * weight);
      n = n.parent;
    }
  });
  const scores = new Map<DomNode, number>();
  for (const [n, score] of raw) {
    const t = totals.get(n);
    const density = t && t.chars ? t.linkChars / t.chars : 0;
    scores.set(n, score * (1 - density));
  }
  return scores;
}

/** The best-scoring container, or null on a page without paragraphs. */
export function topCandidate(scores: Map<DomNode, number>): DomNode | null {
  let best: DomNode | null = null;
  let bestScore = -Infinity;
  for (const [n, s] of scores) if (s > bestScore) [best, bestScore] = [n, s];
  return best;
}
