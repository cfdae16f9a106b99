import { load } from 'cheerio/slim';
import type { Block } from '../document.js';
import { emptyFixes, type Fixes, type ParagraphType } from '../article.js';
import { fixText } from '../fix/index.js';
import { endsSentence, wordCount } from '../segment/features.js';
import { collapseSpaces } from './text.js';
import { type HtmlBlock, htmlBlocks, WRAPPER_SHARE } from '../html/blocks.js';
import { scoreContainers, totalsByElement } from '../html/candidates.js';
import { attr, type DomNode } from '../html/dom.js';
import { type HtmlMetadata, type MetadataRepair, readHtmlMetadata } from '../html/metadata.js';
import { articleElements, insideChosen } from '../html/select.js';
import { teaserBlocks } from '../html/teaser-articles.js';

/** Above this share of link text, a block that is not a sentence is a list of links. */
const MAX_LINK_DENSITY = 0.5;

export interface HtmlDocument {
  blocks: Block[];
  meta: HtmlMetadata;
  warnings: string[];
}

function typeOf(tag: string): ParagraphType {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  return 'paragraph';
}

const isSentence = (text: string) => endsSentence(text) && wordCount(text) >= 8;

/** The innermost furniture reason of a block, ignoring marks on elements that wrap most of the page. */
function furniture(b: HtmlBlock, totals: Map<DomNode, { chars: number }>, pageChars: number): string | null {
  for (let i = b.marks.length - 1; i >= 0; i--) {
    const { element, reason } = b.marks[i];
    if ((totals.get(element)?.chars ?? 0) < WRAPPER_SHARE * pageChars) return reason;
  }
  return null;
}

// Class or id words that name the authors, not an author's biography.
const AUTHOR_NAMES = /byline|author/i;
const BIOGRAPHY = /bio/i;

/**
 * Every furniture mark of the block (page wrappers aside) says byline: the markup names the article's byline,
 * `author` when a class or id names the authors, else `meta`; undefined when something else marks the block too.
 */
function bylineMarkup(b: HtmlBlock, totals: Map<DomNode, { chars: number }>, pageChars: number): Block['bylineMarkup'] {
  const marks = b.marks.filter(({ element }) => (totals.get(element)?.chars ?? 0) < WRAPPER_SHARE * pageChars);
  if (!marks.length || marks.some((m) => m.reason !== 'byline')) return undefined;
  const names = marks.map(({ element }) => `${attr(element, 'class')} ${attr(element, 'id')}`).join(' ');
  return AUTHOR_NAMES.test(names) && !BIOGRAPHY.test(names) ? 'author' : 'meta';
}

/** Markup near the top: a tag, a doctype or a comment in the first 100,000 characters. */
export const looksLikeHtml = (input: string): boolean => /<[a-z!/][^>]*>/i.test(input.slice(0, 100_000));

/**
 * HTML → the article's blocks, in document order, with everything else already marked removed: blocks outside the
 * best-scoring container ("page-furniture"), inside furniture elements (nav, related, share, comments, captions…),
 * and lists of links. Headings and list items are typed from their tags. `repair` repairs the metadata's title and
 * authors (the blocks are repaired by repairBlocks).
 */
export function segmentHtml(html: string, reference: Date, repair?: MetadataRepair): HtmlDocument {
  const warnings: string[] = [];
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const root = $.root()[0] as unknown as DomNode;
  const meta = readHtmlMetadata(root, reference, warnings, repair);
  const found = htmlBlocks(root);
  const totals = totalsByElement(found);
  const pageChars = found.reduce((n, b) => n + b.text.length, 0);
  const reasons = found.map((b) => furniture(b, totals, pageChars));
  const scores = scoreContainers(found, totals, (_, i) => reasons[i] !== null);
  const chosen = articleElements(scores, totals);
  const inside = chosen.size ? insideChosen(found, chosen) : found.map(() => true);
  const teasers = teaserBlocks(found, chosen, totals);
  const blocks = found.map((b, i): Block => {
    const block: Block = { text: b.text, line: i, blankBefore: true, indent: 0, type: typeOf(b.tag), tag: b.tag };
    if (!inside[i]) block.removed = reasons[i] ?? 'page-furniture';
    else if (teasers[i]) block.removed = 'related-list';
    else if (reasons[i]) {
      block.removed = reasons[i] as string;
      if (reasons[i] === 'byline') block.bylineMarkup = bylineMarkup(b, totals, pageChars);
    }
    else if (b.linkChars > MAX_LINK_DENSITY * b.text.length && !isSentence(b.text)) block.removed = 'link-list';
    return block;
  });
  return { blocks, meta, warnings };
}

/**
 * Repairs the text of the blocks kept (mojibake, homoglyphs, spaces…), counting every repair, and spaces it as
 * plain text is. A block the repairs leave blank (a paragraph of zero-width spaces or of one citation marker, all
 * counted in `fixes`) is dropped.
 */
export function repairBlocks(blocks: Block[]): { blocks: Block[]; fixes: Fixes } {
  const fixes = emptyFixes();
  for (const block of blocks) {
    if (block.removed) continue;
    const fixed = fixText(block.text);
    block.text = collapseSpaces(fixed.text.trim());
    for (const key of Object.keys(fixes) as Array<keyof Fixes>) fixes[key] += fixed.fixes[key];
  }
  return { blocks: blocks.filter((b) => b.removed || b.text), fixes };
}
