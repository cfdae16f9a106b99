import type { CheerioAPI } from 'cheerio/slim';
import { splitAuthors } from '../metadata/byline.js';
import { preferPrecise } from '../metadata/merge-date.js';
import { parsePublishedDate } from '../metadata/published-date.js';
import { headlineFromPageTitle, withoutSiteName } from '../structure/page-title.js';
import { readJsonLd } from './json-ld.js';

export interface HtmlMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  siteName: string | null;
}

const clean = (s: string | undefined | null) => (s ?? '').replace(/\s+/g, ' ').trim() || null;

/** <meta> values by name or property (lower-cased), first one kept. */
function metaTags($: CheerioAPI): Map<string, string> {
  const tags = new Map<string, string>();
  $('meta').each((_, el) => {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
    const content = clean(el.attribs.content);
    if (key && content && !tags.has(key)) tags.set(key, content);
  });
  return tags;
}

const DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'article.published'];

/** Names from a list of candidates: the byline cleaner drops role words, e-mails and anything not a name. */
function authorNames(candidates: string[]): string[] {
  for (const c of candidates) {
    if (/^https?:/.test(c)) continue;
    const { authors } = splitAuthors(c.replace(/^by\s+/i, ''));
    if (authors.length) return authors;
  }
  return [];
}

/**
 * The page's own metadata: title (JSON-LD headline, og:title, twitter:title, <h1>, <title>; the site name cut
 * off), authors (JSON-LD, meta author, rel=author), publication date (article:published_time, JSON-LD
 * datePublished, date metas, <time datetime>), canonical URL, lang and site name.
 */
export function readHtmlMetadata($: CheerioAPI, reference: Date): HtmlMetadata {
  const meta = metaTags($);
  const ld = readJsonLd($('script[type="application/ld+json"]').map((_, el) => $(el).text()).get());
  const siteName = clean(meta.get('og:site_name')) ?? clean(ld?.publisher) ?? clean(meta.get('application-name'));
  const pageTitle = clean($('title').first().text());
  const h1 = clean($('h1').first().text());
  const stated = clean(meta.get('og:title')) ?? clean(ld?.headline) ?? clean(meta.get('twitter:title')) ?? h1;
  // A stated headline may hold a dash of its own: only the site name is cut from it.
  const title = stated ? (siteName ? withoutSiteName(stated, siteName) : stated) : pageTitle && headlineFromPageTitle(pageTitle, siteName);

  let publishedAt: string | null = null;
  const dates = [...DATE_KEYS.map((k) => meta.get(k)), ld?.datePublished, $('[itemprop="datePublished"]').first().attr('content'), $('time[datetime]').first().attr('datetime')];
  for (const d of dates) {
    if (!d) continue;
    const parsed = parsePublishedDate(d, reference);
    if (parsed) publishedAt = preferPrecise(publishedAt, parsed);
    if (publishedAt) break;
  }

  const authors = authorNames([
    ...(ld?.authors.length ? [ld.authors.join(', ')] : []),
    meta.get('author') ?? '',
    meta.get('article:author') ?? '',
    $('[rel="author"]').first().text(),
    $('[itemprop="author"]').first().text(),
  ].filter(Boolean));

  return {
    title,
    authors,
    publishedAt,
    url: clean($('link[rel="canonical"]').attr('href')) ?? clean(meta.get('og:url')),
    language: clean($('html').attr('lang')) ?? clean(meta.get('og:locale')),
    siteName,
  };
}
