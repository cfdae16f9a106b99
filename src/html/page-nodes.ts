import { attr, type DomNode, textOf, walk } from './dom.js';

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

/** Collects the metadata elements (one walk, rather than a selector query for each). */
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
          if (attr(n, 'datetime')) found.time ??= n;
          break;
        case 'html':
          found.lang ??= attr(n, 'lang') || null;
          break;
      }
      const itemprop = attr(n, 'itemprop');
      if (itemprop === 'datePublished') found.datePublished ??= n;
      if (itemprop === 'author') found.itempropAuthor ??= n;
      if (/\bauthor\b/i.test(attr(n, 'rel'))) found.relAuthor ??= n;
      return true;
    },
    () => {},
  );
  return found;
}
