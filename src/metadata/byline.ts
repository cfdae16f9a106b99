import * as chrono from 'chrono-node/en';
import { gatedChrono } from '../chrono/gated.js';
import type { Block, Doc } from '../document.js';
import { live } from '../document.js';
import { agencyName } from './agencies.js';
import { offerPublishedDate } from './merge-date.js';
import { parsePublishedDate } from './published-date.js';

const BY = /^(?:By|BY|Written by|Words by|Reporting by|Report by|Text by|Story by)\s*:?\s+(.+)$/;
// Labels before a date in a byline; a publication label wins over a modification label wherever they stand.
const DATE_LABEL =
  /(?:^|\s*[|·•‧∙,–—-]?\s*)\b(First published|Published|Posted|Issued|Last updated|Updated|Update|Modified)(?:\s+on)?\s*:?\s*/gi;
const PUBLISHED = /^(?:first published|published|posted|issued)$/i;
const ROLE_WORDS =
  /\b(?:staff (?:writer|reporter)s?|senior (?:writer|reporter|correspondent|editor)s?|(?:chief |foreign |political |special )?correspondents?|reporters?|(?:news |web |city )?desk|editors?|contributors?|columnists?|staff|bureau|newsroom|and agencies|agencies|wire services|special to [\w ]+|for [A-Z][\w ]+)$/i;
// "Al Jazeera Staff", "Reuters Bureau": a collective after a name is the publication's people, not a person.
const COLLECTIVE = /\b(?:staff|desk|bureau|newsroom)$/i;
// "BBC News", "Sky News", "CNN Digital": a name ending in one of these words is a publication, not a person.
const PUBLICATION = /\s(?:News|Media|Agency|Network|Radio|Television|TV|Magazine|Digital|Online)$/i;
// What stands between names: kept in the split of splitAuthors (a comma before a job title matters), dropped in
// the names-only test of byline markup.
const BETWEEN_NAMES = String.raw`,|;|\band\b|&|[|·•‧∙]|\/|\(|\)|\bwith\b`;
const SEPARATOR = new RegExp(String.raw`\s*(${BETWEEN_NAMES})\s*`);
const SEPARATOR_DROPPED = new RegExp(String.raw`\s*(?:${BETWEEN_NAMES})\s*`);
const IN_PLACE = /\s+(?:in|from)\s+\p{Lu}[\p{L}\p{M}.' -]*$/u;
const EMAIL = /\S+@\S+\.\S+/g;
const NAME =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|der|de|da|di|du|dos|bin|ibn|al|el|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,4}$/u;

const DATE_LINE_MAX_WORDS = 12;

const strictChrono = gatedChrono(chrono.strict);

export interface Byline {
  authors: string[];
  source: string | null;
  publishedAt: string | null;
}

/** "JANE DOE" → "Jane Doe", "Claire DUBOIS" → "Claire Dubois": words in capitals are names, not acronyms, here. */
function nameCase(name: string): string {
  return name.replace(/[\p{Lu}\p{M}'’-]{2,}/gu, (word) =>
    word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()),
  );
}

/** Splits "Jane Doe and John Roe, Reuters" into authors and an agency; role words, places and e-mails dropped. */
export function splitAuthors(text: string): { authors: string[]; source: string | null } {
  const authors: string[] = [];
  let source: string | null = null;
  // Split with the separators kept: pieces[i - 1] is what stands before pieces[i].
  const pieces = text.replace(EMAIL, '').split(SEPARATOR);
  for (let i = 0; i < pieces.length; i += 2) {
    const written = pieces[i].replace(/\s+/g, ' ').trim();
    let part = written;
    for (let before = ''; before !== part; ) {
      before = part;
      part = part.replace(ROLE_WORDS, '').replace(IN_PLACE, '').trim();
    }
    if (!part) continue;
    const agency = agencyName(part);
    const withRole = part !== written && ROLE_WORDS.test(written);
    if (agency) source ??= agency;
    // "Jane Doe, Middle East Correspondent": a job title after a comma is the name's, and what its role word
    // leaves ("Middle East") is the beat, not a second author.
    else if (withRole && pieces[i - 1] === ',') continue;
    else if ((withRole && COLLECTIVE.test(written)) || PUBLICATION.test(part)) source ??= part;
    else if (NAME.test(part)) authors.push(nameCase(part));
  }
  return { authors, source };
}

/**
 * "Jane Doe | June 19, 2025 at 3:15 p.m. EDT": names, then an unlabelled full date (or only the date). A byline
 * writes its date out: chrono's strict mode, so that "Now that…" or "Today the council…" is not a date.
 */
function splitTrailingDate(text: string, reference?: Date): { names: string; date: string | null } {
  const hit = strictChrono
    .parse(text, reference)
    .find((r) => r.start.isCertain('year') && r.start.isCertain('day'));
  if (!hit) return { names: text, date: null };
  return {
    names: text.slice(0, hit.index).replace(/[\s|·•‧∙,–—-]+$/, ''),
    date: parsePublishedDate(text.slice(hit.index), reference),
  };
}

/**
 * Names before the first date label (or before an unlabelled date), and the date: a publication label's first,
 * then an unlabelled date, then a modification label's ("Updated …").
 */
function splitDates(text: string, reference?: Date): { names: string; date: string | null } {
  const labels = [...text.matchAll(DATE_LABEL)];
  const before = splitTrailingDate(labels.length ? text.slice(0, labels[0].index) : text, reference);
  const dated = labels.map((m, i) => ({
    published: PUBLISHED.test(m[1]),
    value: parsePublishedDate(text.slice((m.index ?? 0) + m[0].length, labels[i + 1]?.index ?? text.length), reference),
  }));
  const date =
    dated.find((d) => d.published && d.value)?.value ?? before.date ?? dated.find((d) => d.value)?.value ?? null;
  return { names: before.names, date };
}

/** Reads one line as a byline, or returns null. */
export function parseByline(text: string, reference?: Date): Byline | null {
  const by = BY.exec(text);
  const { names, date } = splitDates(by ? by[1] : text, reference);
  // Most lines read here are neither: without "By" and a date there is no byline, whatever the names.
  if (!by && !date) return null;
  const { authors, source } = splitAuthors(names);
  if (by) {
    // "By Staff Writer": a byline with nobody in it still is the byline.
    if (!authors.length && !source && !ROLE_WORDS.test(names.trim())) return null;
    return { authors, source, publishedAt: date };
  }
  // A line that is only a date ("2025-06-09 15:20:12", "June 18, 2025 7:12 AM GMT+1") is the dateline of the page.
  // A sentence that opens with a date ("June 19, 2025 was the hottest day…") is body text, not a date line.
  if (!names.trim())
    return text.split(/\s+/).length <= DATE_LINE_MAX_WORDS ? { authors: [], source: null, publishedAt: date } : null;
  if (!authors.length && !source) return null;
  return { authors, source, publishedAt: date };
}

// Timestamp lines ("June 18, 2025 7:12 AM GMT+1 Updated 2 hours ago", "2025-06-09 15:20:12") leave the body as
// boilerplate, but the date they state near the headline is still the page's.
// A page's element marked as the byline (class "byline", "author", "meta") leaves the body too, and is read the same.
const readable = (b: Block) =>
  live(b) || b.removed === 'relative-timestamp' || b.removed === 'timestamp' || b.bylineMarkup !== undefined;

// The same lines are read several times per document (the title and header checks ask whether a line is a byline,
// bylines are looked for twice, the date-line remover asks first), and the date parsing is costly: each line is
// parsed once per document.
const parsed = new WeakMap<Doc, Map<string, Byline | null>>();
/** `parseByline(text, doc.now)`, remembered per document. */
export function parsedOnce(doc: Doc, text: string): Byline | null {
  const cache = parsed.get(doc) ?? new Map<string, Byline | null>();
  parsed.set(doc, cache);
  if (!cache.has(text)) cache.set(text, parseByline(text, doc.now));
  return cache.get(text) ?? null;
}

/**
 * An element whose class names the authors ("byline", "author-name") needs no "By": names alone there
 * (`<div class="byline">Anna Smith</div>`, "A and B, Associated Press") are the byline. Only names and agencies as
 * written: "City News wire services" is a credit, not a person.
 */
function namesInMarkup(b: Block): Byline | null {
  if (b.bylineMarkup !== 'author' || b.text.length > 100) return null;
  const parts = b.text.split(SEPARATOR_DROPPED).filter(Boolean);
  if (!parts.every((part) => NAME.test(part) || agencyName(part))) return null;
  const { authors, source } = splitAuthors(b.text);
  return authors.length || source ? { authors, source, publishedAt: null } : null;
}

const nameKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether a byline's names replace the authors known so far (from the page's metadata or an earlier line): when
 * none are known, or when the byline names every one of them and more ("By A and B" after `<meta name=author
 * content=A>`). A byline naming other people does not overrule the metadata.
 */
function namesMore(names: string[], known: string[]): boolean {
  if (names.length <= known.length) return false;
  const keys = new Set(names.map(nameKey));
  return known.every((k) => keys.has(nameKey(k)));
}

/**
 * Finds the byline among the first blocks of the article. Bylines often take two lines ("By Jane Doe" then
 * "Updated 11:47 PM EDT, June 19, 2025", or the date first): the lines right after the first one are read too.
 */
export function readByline(doc: Doc): void {
  const candidates = doc.blocks.filter(readable).slice(0, 6);
  const parse = (b: Block) => (b.text.length <= 200 ? (parsedOnce(doc, b.text) ?? namesInMarkup(b)) : null);
  const first = candidates.findIndex((b) => parse(b));
  if (first < 0) return;
  for (const block of candidates.slice(first, first + 3)) {
    const byline = parse(block);
    if (!byline) break;
    if (live(block)) block.role = 'byline';
    if (namesMore(byline.authors, doc.meta.authors)) doc.meta.authors = byline.authors;
    doc.meta.source ??= byline.source;
    offerPublishedDate(doc, byline.publishedAt);
  }
}
