import { segmentHtml } from '../segment/html.js';

/**
 * The text an explanation is drawn against: plain text as given, or for a web page the text of every block the
 * extractor found (kept or not), one block a paragraph, so that what was dropped can be shown beside what was kept.
 */
export function sourceText(input: { text?: string; html?: string }): string {
  if (typeof input.text === 'string') return input.text;
  if (typeof input.html !== 'string') return '';
  // The reference date only matters for page metadata, which is not used here.
  return segmentHtml(input.html, new Date(0))
    .blocks.map((b) => b.text)
    .join('\n\n');
}
