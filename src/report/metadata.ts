import type { Article } from '../article.js';
import { countRemoved } from '../explain/cuts.js';
import { el, escapeHtml } from './html.js';

const row = (name: string, value: string) =>
  el('tr', {}, el('th', { scope: 'row' }, escapeHtml(name)), el('td', {}, value));
const text = (value: string | null | undefined) => (value ? escapeHtml(value) : el('span', { class: 'none' }, '—'));

/** The article's fields, repair counts and warnings as a two-column table. */
export function renderMetadata(article: Article): string {
  const fixes = Object.entries(article.fixes)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return el(
    'table',
    { class: 'meta' },
    row('id', text(article.id)),
    row('title', text(article.title)),
    row('subtitle', text(article.subtitle)),
    row('authors', text(article.authors.join(', '))),
    row('source', text(article.source)),
    row('dateline', text(article.dateline)),
    row('published', text(article.publishedAt)),
    row('language', text(article.language)),
    row('paragraphs', String(article.paragraphs.length)),
    row('removed', String(countRemoved(article))),
    row('repairs', text(fixes)),
    row('warnings', text(article.warnings.join('; '))),
  );
}

interface Named {
  name: string;
  aliases: string[];
  mentions: number;
}

function namedList(title: string, entities: Named[] | undefined): string {
  if (!entities?.length) return '';
  const items = entities.map((e) => {
    const aliases = e.aliases.length
      ? el('span', { class: 'aliases' }, ` also ${escapeHtml(e.aliases.join(', '))}`)
      : '';
    return el('li', {}, el('strong', {}, escapeHtml(e.name)), ` ×${e.mentions}`, aliases);
  });
  return el('div', { class: 'entities' }, el('h4', {}, escapeHtml(title)), el('ul', {}, ...items));
}

/** People, organisations, places (when the article has them) and date mentions with their ISO values. */
export function renderEntities(article: Article): string {
  const dates = article.dates.length
    ? el(
        'div',
        { class: 'entities' },
        el('h4', {}, 'Dates'),
        el(
          'ul',
          {},
          ...article.dates.map((d) => el('li', {}, escapeHtml(d.text), ' → ', el('code', {}, escapeHtml(d.value)))),
        ),
      )
    : '';
  const lists = [
    namedList('People', article.people),
    namedList('Organisations', article.organizations),
    namedList('Places', article.places),
    dates,
  ].join('');
  return lists || el('p', { class: 'none' }, 'No people, organisations, places or dates found.');
}
