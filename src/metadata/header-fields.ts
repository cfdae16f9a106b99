import type { Doc } from '../document.js';
import { live } from '../document.js';
import { offerPublishedDate } from './merge-date.js';
import { parsePublishedDate } from './published-date.js';

// Scrapers prefix the text with fields such as " date 2025-06-19 " or "Published: 2025-06-19T10:04".
const DATE_FIELD = /^(?:date|published|pubdate|publish(?:ed)?[_ ]date|datetime|created)\s*[:=]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?:\s+|$)/i;
const URL_FIELD = /^(?:url|link|source url)\s*[:=]\s*(https?:\/\/\S+)\s*$/i;

/** Reads scraper header fields at the very start of the text; the rest of the line stays as a block. */
export function readHeaderFields(doc: Doc): void {
  for (const block of doc.blocks.slice(0, 3)) {
    if (!live(block)) continue;
    const url = URL_FIELD.exec(block.text);
    if (url) {
      doc.meta.url ??= url[1];
      block.removed = 'header-field';
      continue;
    }
    const date = DATE_FIELD.exec(block.text);
    if (!date) return;
    offerPublishedDate(doc, parsePublishedDate(date[1]));
    doc.removedParts.push({ text: date[0].trim(), reason: 'header-field' });
    block.text = block.text.slice(date[0].length).trim();
    if (!block.text) block.removed = 'header-field';
    return;
  }
}
