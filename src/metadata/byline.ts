import * as chrono from 'chrono-node';
import type { Doc } from '../document.js';
import { live } from '../document.js';
import { agencyName } from './agencies.js';
import { offerPublishedDate } from './merge-date.js';
import { parsePublishedDate } from './published-date.js';

const BY = /^(?:By|BY|Written by|Words by|Reporting by|Report by|Text by|Story by)\s*:?\s+(.+)$/;
// Labels before a date in a byline; a publication label wins over a modification label wherever they stand.
const DATE_LABEL = /(?:^|\s*[|,–—•-]?\s*)\b(First published|Published|Posted|Last updated|Updated|Modified)(?:\s+on)?\s*:?\s*/gi;
const PUBLISHED = /^(?:first published|published|posted)$/i;
const ROLE_WORDS =
  /\b(?:staff (?:writer|reporter)s?|senior (?:writer|reporter|correspondent|editor)|(?:chief |foreign |political |special )?correspondent|reporter|(?:news |web |city )?desk|editor|contributor|columnist|staff|bureau|and agencies|agencies|wire services|special to [\w ]+|for [A-Z][\w ]+)$/i;
const IN_PLACE = /\s+(?:in|from)\s+\p{Lu}[\p{L}\p{M}.' -]*$/u;
const EMAIL = /\S+@\S+\.\S+/g;
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|der|de|da|di|du|dos|bin|ibn|al|el|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,4}$/u;

export interface Byline {
  authors: string[];
  source: string | null;
  publishedAt: string | null;
}

/** "JANE DOE" → "Jane Doe"; names written in mixed case are kept as written. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Splits "Jane Doe and John Roe, Reuters" into authors and an agency; role words, places and e-mails dropped. */
export function splitAuthors(text: string): { authors: string[]; source: string | null } {
  const authors: string[] = [];
  let source: string | null = null;
  for (const raw of text.replace(EMAIL, '').split(/\s*(?:,|;|\band\b|&|\||\/|\(|\)|\bwith\b)\s*/)) {
    let part = raw.replace(/\s+/g, ' ').trim();
    for (let before = ''; before !== part; ) {
      before = part;
      part = part.replace(ROLE_WORDS, '').replace(IN_PLACE, '').trim();
    }
    if (!part) continue;
    const agency = agencyName(part);
    if (agency) source ??= agency;
    else if (NAME.test(part)) authors.push(nameCase(part));
  }
  return { authors, source };
}

/** Names before the first date label, and the date: the first publication label's, else the first label's. */
function splitLabelledDate(text: string, reference?: Date): { names: string; date: string | null; labelled: boolean } {
  const labels = [...text.matchAll(DATE_LABEL)];
  if (!labels.length) return { names: text, date: null, labelled: false };
  const dates = labels.map((m, i) => ({
    published: PUBLISHED.test(m[1]),
    value: parsePublishedDate(text.slice((m.index ?? 0) + m[0].length, labels[i + 1]?.index ?? text.length), reference),
  }));
  const date = dates.find((d) => d.published && d.value)?.value ?? dates.find((d) => d.value)?.value ?? null;
  return { names: text.slice(0, labels[0].index), date, labelled: true };
}

/** "Jane Doe | June 19, 2025 at 3:15 p.m. EDT": names, then an unlabelled full date. */
function splitTrailingDate(text: string, reference?: Date): { names: string; date: string | null } {
  const hit = chrono.en.parse(text, reference).find((r) => r.start.isCertain('year') && r.start.isCertain('day'));
  if (!hit || hit.index === 0) return { names: text, date: null };
  return { names: text.slice(0, hit.index).replace(/[\s|,–—•-]+$/, ''), date: parsePublishedDate(text.slice(hit.index), reference) };
}

/** Reads one line as a byline, or returns null. */
export function parseByline(text: string, reference?: Date): Byline | null {
  const by = BY.exec(text);
  const body = by ? by[1] : text;
  let { names, date, labelled } = splitLabelledDate(body, reference);
  if (by && !labelled) ({ names, date } = splitTrailingDate(body, reference));
  const { authors, source } = splitAuthors(names);
  if (by) {
    // "By Staff Writer": a byline with nobody in it still is the byline.
    if (!authors.length && !source && !ROLE_WORDS.test(names.trim())) return null;
    return { authors, source, publishedAt: date };
  }
  if (!date) return null;
  if (!names.trim()) return { authors: [], source: null, publishedAt: date };
  if (!authors.length && !source) return null;
  return { authors, source, publishedAt: date };
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
    offerPublishedDate(doc, byline.publishedAt);
    return;
  }
}
