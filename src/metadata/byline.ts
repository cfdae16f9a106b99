import { preferPrecise } from './merge-date.js';
import type { Doc } from '../document.js';
import { live } from '../document.js';
import { agencyName } from './agencies.js';
import { parsePublishedDate } from './published-date.js';

const DATE_WORD = String.raw`(?:Published|Posted|Updated|Last updated|First published)(?:\s+on)?\s*:?`;
const BY = /^(?:By|BY|Written by|Words by|Reporting by|Report by|Text by|Story by)\s*:?\s+(.+)$/;
const NAMES_THEN_DATE = new RegExp(String.raw`^(.{3,120}?)\s*[|,–—-]?\s*${DATE_WORD}\s+(.+)$`);
const DATE_ONLY = new RegExp(String.raw`^${DATE_WORD}\s+(.+)$`, 'i');
const ROLE_WORDS = /\b(?:staff (?:writer|reporter)|senior (?:writer|reporter|correspondent|editor)|correspondent|reporter|editor|contributor|columnist|special to [\w ]+|for [A-Z][\w ]+)$/i;
const EMAIL = /\S+@\S+\.\S+/g;
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|der|de|da|di|du|dos|bin|ibn|al|el|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,4}$/u;

export interface Byline {
  authors: string[];
  source: string | null;
  publishedAt: string | null;
}

/** Splits "Jane Doe and John Roe, Reuters" into authors and an agency; role words and e-mails dropped. */
export function splitAuthors(text: string): { authors: string[]; source: string | null } {
  const authors: string[] = [];
  let source: string | null = null;
  for (const raw of text.replace(EMAIL, '').split(/\s*(?:,|;|\band\b|&|\|)\s*/)) {
    const part = raw.replace(ROLE_WORDS, '').replace(/\s+/g, ' ').trim();
    if (!part) continue;
    const agency = agencyName(part);
    if (agency) source ??= agency;
    else if (NAME.test(part)) authors.push(part);
  }
  return { authors, source };
}

/** Reads one line as a byline, or returns null. */
export function parseByline(text: string, reference?: Date): Byline | null {
  const by = BY.exec(text);
  if (by) {
    const dated = NAMES_THEN_DATE.exec(by[1]);
    const { authors, source } = splitAuthors(dated ? dated[1] : by[1]);
    if (!authors.length && !source) return null;
    return { authors, source, publishedAt: dated ? parsePublishedDate(dated[2], reference) : null };
  }
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const publishedAt = parsePublishedDate(dateOnly[1], reference);
    return publishedAt ? { authors: [], source: null, publishedAt } : null;
  }
  const dated = NAMES_THEN_DATE.exec(text);
  if (!dated) return null;
  const publishedAt = parsePublishedDate(dated[2], reference);
  const { authors, source } = splitAuthors(dated[1]);
  if (!publishedAt || (!authors.length && !source)) return null;
  return { authors, source, publishedAt };
}

/** Finds the byline among the first blocks of the article. */
export function readByline(doc: Doc): void {
  const candidates = doc.blocks.filter(live).slice(0, 6);
  for (const block of candidates) {
    if (block.text.length > 200) continue;
    const byline = parseByline(block.text, doc.now);
    if (!byline) continue;
    block.role = 'byline';
    if (!doc.meta.authors.length) doc.meta.authors = byline.authors;
    doc.meta.source ??= byline.source;
    doc.meta.publishedAt = preferPrecise(doc.meta.publishedAt, byline.publishedAt);
    return;
  }
}
