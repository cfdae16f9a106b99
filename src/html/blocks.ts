import { classVerdict } from './class-words.js';
import { attr, type DomNode, walk } from './dom.js';

/** A run of text between block boundaries, with what the markup says about it. */
export interface HtmlBlock {
  text: string;
  /** The nearest block-level element and its tag. */
  element: DomNode;
  tag: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /**
   * Furniture-marked ancestors, innermost last, with their reasons; only those inside the innermost element that
   * vouches for content (a content class word, <article>, <main>): a sidebar-named wrapper around the article
   * does not make it furniture.
   */
  marks: Array<{ element: DomNode; reason: string }>;
  /** Inside <article>, <main>, role=main or itemprop=articleBody. */
  semantic: boolean;
}

/** A marked element holding this share of the page's text is a page wrapper ("has-sidebar"), not furniture. */
export const WRAPPER_SHARE = 0.6;

const BLOCK_TAGS = new Set(
  'address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody thead tfoot tr td th ul caption menu'.split(
    ' ',
  ),
);
/** Never text of the article: code, media, controls, and the head (metadata is read separately). */
const SKIP_TAGS = new Set(
  'head script style noscript template svg canvas iframe object embed video audio picture img input button select textarea option map math link meta base'.split(
    ' ',
  ),
);

/**
 * Reasons that hold even inside an element vouching for content: a comment's "content" div is still a comment,
 * a related teaser's <article> still another story. Layout reasons (sidebar, navigation…) do not.
 */
const STICKY = new Set(['comments', 'related-list', 'share', 'advertisement', 'subscribe', 'cookie-notice']);

function isHidden(n: DomNode): boolean {
  const a = n.attribs;
  if (!a) return false;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  return a.style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.style);
}

const isSemantic = (n: DomNode) =>
  n.name === 'article' || n.name === 'main' || attr(n, 'role') === 'main' || /articleBody/i.test(attr(n, 'itemprop'));

/** Splits the page into text blocks at block-level elements (and at double line breaks), in document order. */
export function htmlBlocks(root: DomNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const blockStack: DomNode[] = [root];
  const marks: HtmlBlock['marks'] = [];
  const floors: number[] = [0];
  let semantic = 0;
  let links = 0;
  let pre = 0;
  let buffer = '';
  let linkChars = 0;

  const flush = () => {
    const element = blockStack[blockStack.length - 1];
    const pieces = pre ? [buffer] : buffer.split(/\n[ \t\r\f]*\n/);
    for (const piece of pieces) {
      const text = pre ? piece.replace(/^\s*\n|\s+$/g, '') : piece.replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const share = pieces.length > 1 ? text.length / Math.max(1, buffer.length) : 1;
      blocks.push({
        text,
        element,
        tag: element.name ?? '',
        linkChars: Math.min(text.length, Math.round(linkChars * share)),
        marks: marks.filter((m, k) => k >= floors[floors.length - 1] || STICKY.has(m.reason)),
        semantic: semantic > 0,
      });
    }
    buffer = '';
    linkChars = 0;
  };

  const marked = new Set<DomNode>();
  const floored = new Set<DomNode>();
  walk(
    root,
    (n) => {
      if (n.type === 'text') {
        const data = n.data ?? '';
        buffer += data;
        if (links) linkChars += data.replace(/\s+/g, '').length;
        return false;
      }
      if (n.type === 'root') return true;
      if (n.type !== 'tag') return false;
      const name = n.name ?? '';
      if (SKIP_TAGS.has(name) || isHidden(n)) return false;
      if (name === 'br') {
        buffer += '\n';
        return false;
      }
      if (BLOCK_TAGS.has(name)) {
        flush();
        blockStack.push(n);
      }
      if (name === 'a') links++;
      if (name === 'pre') pre++;
      if (isSemantic(n)) semantic++;
      const verdict = classVerdict(n);
      if (verdict.reason && name !== 'body' && name !== 'html') {
        marks.push({ element: n, reason: verdict.reason });
        marked.add(n);
      } else if (verdict.content || isSemantic(n)) {
        floors.push(marks.length);
        floored.add(n);
      }
      return true;
    },
    (n) => {
      const name = n.name ?? '';
      if (BLOCK_TAGS.has(name)) {
        flush();
        blockStack.pop();
      }
      if (name === 'a') links--;
      if (name === 'pre') pre--;
      if (isSemantic(n)) semantic--;
      if (marked.has(n)) marks.pop();
      if (floored.has(n)) floors.pop();
    },
  );
  flush();
  return blocks;
}
