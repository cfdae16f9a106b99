import { WRAPPER_SHARE } from './blocks.js';
import { classVerdict } from './class-words.js';
import { attr, type DomNode, textOf, walk } from './dom.js';

/** Furniture that holds other stories or other people's posts: dates and authors in it are theirs, not the page's. */
const OTHER_STORIES = new Set(['related-list', 'comments']);

/** Whether a node lies inside a related-stories list, a teaser or the comments (a marked ancestor, not a wrapper). */
function otherStoriesTest(root: DomNode): (n: DomNode) => boolean {
  const chars = new Map<DomNode, number>();
  const size = (n: DomNode) => {
    const known = chars.get(n);
    if (known !== undefined) return known;
    const c = textOf(n).replace(/\s+/g, '').length;
    chars.set(n, c);
    return c;
  };
  return (n) => {
    for (let p = n.parent; p && p !== root; p = p.parent) {
      if (p.type !== 'tag' || p.name === 'body' || p.name === 'html') continue;
      const reason = classVerdict(p).reason;
      if (reason && OTHER_STORIES.has(reason) && size(p) < WRAPPER_SHARE * size(root)) return true;
    }
    return false;
  };
}

/** The elements that carry a page's metadata, found in one pass over the document. */
export interface PageNodes {
  metas: DomNode[];
  title: DomNode | null;
  h1: DomNode | null;
  canonical: DomNode | null;
  jsonLd: string[];
  time: DomNode | null;
  datePublished: DomNode | null;
  relAuthor: DomNode | null;
  itempropAuthor: DomNode | null;
  lang: string | null;
}

/**
 * Collects the metadata elements (one walk, rather than a selector query for each). A `<time>`, `datePublished` or
 * author element inside a related-stories list or the comments belongs to another story and is passed over.
 */
export function findPageNodes(root: DomNode): PageNodes {
  const found: PageNodes = {
    metas: [],
    title: null,
    h1: null,
    canonical: null,
    jsonLd: [],
    time: null,
    datePublished: null,
    relAuthor: null,
    itempropAuthor: null,
    lang: null,
  };
  const aboutOtherStories = otherStoriesTest(root);
  walk(
    root,
    (n) => {
      if (n.type === 'script') {
        if (/ld\+json/i.test(attr(n, 'type'))) found.jsonLd.push(textOf(n));
        return false;
      }
      if (n.type !== 'tag' && n.type !== 'root') return false;
      switch (n.name) {
        case 'meta':
          found.metas.push(n);
          break;
        case 'title':
          found.title ??= n;
          break;
        case 'h1':
          found.h1 ??= n;
          break;
        case 'link':
          if (/\bcanonical\b/i.test(attr(n, 'rel'))) found.canonical ??= n;
          break;
        case 'time':
          if (!found.time && attr(n, 'datetime') && !aboutOtherStories(n)) found.time = n;
          break;
        case 'html':
          found.lang ??= attr(n, 'lang') || null;
          break;
      }
      const itemprop = attr(n, 'itemprop');
      if (itemprop === 'datePublished' && !found.datePublished && !aboutOtherStories(n)) found.datePublished = n;
      if (itemprop === 'author' && !found.itempropAuthor && !aboutOtherStories(n)) found.itempropAuthor = n;
      if (/\bauthor\b/i.test(attr(n, 'rel')) && !found.relAuthor && !aboutOtherStories(n)) found.relAuthor = n;
      return true;
    },
    () => {},
  );
  return found;
}
