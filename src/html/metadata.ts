import { emptyFixes, type Fixes } from '../article.js';
import { splitAuthors } from '../metadata/byline.js';
import { choosePublishedDate, type DateCandidate } from '../metadata/choose-date.js';
import { parsePublishedDate } from '../metadata/published-date.js';
import { headlineFromPageTitle, withoutSiteName } from '../structure/page-title.js';
import { attr, type DomNode, textOf } from './dom.js';
import { readJsonLd } from './json-ld.js';
import { findPageNodes } from './page-nodes.js';

export interface HtmlMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  siteName: string | null;
  /** Repairs made to the title and authors (by the `repair` given to readHtmlMetadata). */
  fixes: Fixes;
}

/** The repair stage, for metadata text: the repaired text and what was repaired. */
export type MetadataRepair = (text: string) => { text: string; fixes: Fixes };

const clean = (s: string | undefined | null) => (s ?? '').replace(/\s+/g, ' ').trim() || null;
const textIn = (n: DomNode | null) => (n ? clean(textOf(n)) : null);

/** <meta> values by name or property (lower-cased), first one kept. */
function metaValues(metas: DomNode[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of metas) {
    const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
    const content = clean(attr(el, 'content'));
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified'];
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'sailthru.date',
  'parsely-pub-date',
];
// Machine-written dates: "2019-11-19T13:03:00.000Z", "2019-11-19 02:24:00 UTC", "2019-11-19T10:20:59-0500".
const MACHINE_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;

/** A date as metadata writes it; machine forms are read directly, anything else by the publication-date parser. */
function metadataDate(value: string, reference: Date): string | null {
  const m = MACHINE_DATE.exec(value.trim());
  if (m)
    return parsePublishedDate(
      `${m[1]}${m[2] ? `T${m[2]}` : ''}${m[3] ? (/^[+-]/.test(m[3]) ? m[3] : 'Z') : ''}`,
      reference,
    );
  return parsePublishedDate(value, reference);
}

/**
 * Names from a list of candidates, each repaired first: the byline cleaner drops role words, e-mails and anything
 * not a name. The repairs of the candidate the names come from are added to `fixes`.
 */
function authorNames(candidates: Array<string | null | undefined>, repair: MetadataRepair, fixes: Fixes): string[] {
  for (const c of candidates) {
    if (!c || /^https?:/.test(c)) continue;
    const fixed = repair(c);
    const { authors } = splitAuthors(fixed.text.replace(/^by\s+/i, ''));
    if (!authors.length) continue;
    addFixes(fixes, fixed.fixes);
    return authors;
  }
  return [];
}

function addFixes(into: Fixes, more: Fixes): void {
  for (const key of Object.keys(into) as Array<keyof Fixes>) into[key] += more[key];
}

const unrepaired: MetadataRepair = (text) => ({ text, fixes: emptyFixes() });

/**
 * The page's own metadata: title (og:title, JSON-LD headline, twitter:title, <h1>, else <title>; the site name
 * cut off), authors (JSON-LD, meta author, rel=author, itemprop=author), publication date
 * (JSON-LD datePublished, article:published_time and other date metas, itemprop=datePublished, <time datetime>;
 * modification dates only when nothing else; chosen by choosePublishedDate, which adds a warning to `warnings` for
 * each date refused as lying after `reference`),
 * canonical URL, lang and site name.
 */
export function readHtmlMetadata(
  root: DomNode,
  reference: Date,
  warnings: string[] = [],
  repair: MetadataRepair = unrepaired,
): HtmlMetadata {
  const fixes = emptyFixes();
  const nodes = findPageNodes(root);
  const meta = metaValues(nodes.metas);
  const ld = readJsonLd(nodes.jsonLd);
  const siteName = meta.get('og:site_name') ?? clean(ld?.publisher) ?? meta.get('application-name') ?? null;
  const stated = meta.get('og:title') ?? clean(ld?.headline) ?? meta.get('twitter:title') ?? textIn(nodes.h1);
  const pageTitle = textIn(nodes.title);
  // A stated headline may hold a dash of its own: only the site name is cut from it.
  const found = stated
    ? siteName
      ? withoutSiteName(stated, siteName)
      : stated
    : pageTitle && headlineFromPageTitle(pageTitle, siteName);
  // The title is output text like the body: repaired the same way, its repairs counted.
  const fixedTitle = found ? repair(found) : null;
  if (fixedTitle) addFixes(fixes, fixedTitle.fixes);
  const title = fixedTitle && clean(fixedTitle.text);

  const candidates: DateCandidate[] = [];
  const offer = (value: string | null | undefined, kind: DateCandidate['kind']) => {
    const iso = value ? metadataDate(value, reference) : null;
    if (iso) candidates.push({ value: iso, kind });
  };
  offer(ld?.datePublished, 'published');
  for (const key of DATE_KEYS) offer(meta.get(key), 'published');
  offer(
    nodes.datePublished && (attr(nodes.datePublished, 'content') || attr(nodes.datePublished, 'datetime')),
    'published',
  );
  offer(nodes.time && attr(nodes.time, 'datetime'), 'published');
  offer(ld?.dateModified, 'modified');
  for (const key of MODIFIED_KEYS) offer(meta.get(key), 'modified');
  const publishedAt = choosePublishedDate(candidates, reference, warnings);

  return {
    title,
    authors: authorNames(
      [
        ld?.authors.join(', '),
        meta.get('author'),
        meta.get('article:author'),
        textIn(nodes.relAuthor),
        textIn(nodes.itempropAuthor),
      ],
      repair,
      fixes,
    ),
    publishedAt,
    url: (nodes.canonical && clean(attr(nodes.canonical, 'href'))) ?? meta.get('og:url') ?? null,
    language: nodes.lang ?? meta.get('og:locale') ?? null,
    siteName,
    fixes,
  };
}
