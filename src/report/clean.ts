import type { Article, Paragraph } from '../article.js';
import type { Fix } from '../explain/fixes.js';
import { fixKey } from '../explain/tokens.js';
import { fixMark } from './fix-mark.js';
import { el, escapeHtml } from './html.js';

/** A paragraph's text with its repairs highlighted as they are now. */
function withFixes(text: string, fixes: Fix[], numberOf: Map<string, number>): string {
  let html = '';
  let at = 0;
  for (const fix of fixes) {
    if (fix.start < at) continue;
    html += escapeHtml(text.slice(at, fix.start)) + fixMark(fix, numberOf.get(fixKey(fix)) ?? 0, 'now');
    at = fix.end;
  }
  return html + escapeHtml(text.slice(at));
}

const TAGS: Record<Paragraph['type'], string> = { paragraph: 'p', heading: 'h4', 'list-item': 'li' };

/** The clean article as a reader would see it: title, standfirst, then the typed paragraphs (lists as lists). */
export function renderClean(article: Article, paragraphFixes: Fix[][], numberOf: Map<string, number>): string {
  let html = '';
  if (article.title) html += el('h3', { class: 'title' }, escapeHtml(article.title));
  if (article.subtitle) html += el('p', { class: 'subtitle' }, escapeHtml(article.subtitle));
  let inList = false;
  article.paragraphs.forEach((p, i) => {
    const isItem = p.type === 'list-item';
    if (isItem !== inList) html += isItem ? '<ul>' : '</ul>';
    inList = isItem;
    html += el(TAGS[p.type] ?? 'p', {}, withFixes(p.text, paragraphFixes[i] ?? [], numberOf));
  });
  if (inList) html += '</ul>';
  if (!article.paragraphs.length) html += el('p', { class: 'empty' }, 'No article text found.');
  return html;
}
