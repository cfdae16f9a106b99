import type { Article } from '../article.js';
import type { ErrorRecord } from '../stream/many.js';
import { annotate } from '../explain/annotate.js';
import { countRemoved } from '../explain/cuts.js';
import { repairCount } from '../explain/fixes.js';
import { numberFixes } from '../explain/tokens.js';
import { renderClean } from './clean.js';
import { el, escapeHtml } from './html.js';
import { renderEntities, renderMetadata } from './metadata.js';
import { renderOriginal } from './original.js';
import { renderRepairs } from './repairs.js';
import { CSP, ERROR_PROBE, SCRIPT, STYLE } from './page.js';

/** One input of the run: the plain text it was given and what came of it. */
export interface ReportEntry {
  original: string;
  result: Article | ErrorRecord;
}

export interface ReportOptions {
  /** Page heading (default "cleanwire report"). */
  title?: string;
}

const isFailure = (r: Article | ErrorRecord): r is ErrorRecord => 'error' in r;

function renderArticle(original: string, article: Article, index: number): string {
  const annotation = annotate(original, article);
  const { numbers, numberOf, legend } = numberFixes(annotation.fixes);
  const heading = el(
    'h2',
    {},
    escapeHtml(article.title ?? article.id ?? `Input ${index + 1}`),
    el('small', {}, escapeHtml(article.id ?? '')),
  );
  const columns = el(
    'div',
    { class: 'columns' },
    el(
      'section',
      {},
      el('h3', { class: 'side' }, 'Original'),
      el('div', { class: 'original' }, renderOriginal(annotation, numbers)),
    ),
    el(
      'section',
      {},
      el('h3', { class: 'side' }, 'Clean'),
      el('div', { class: 'clean' }, renderClean(article, annotation.paragraphFixes, numberOf)),
    ),
  );
  const details = el(
    'div',
    { class: 'details' },
    el('section', {}, el('h3', { class: 'side' }, 'Metadata'), renderMetadata(article)),
    el('section', {}, el('h3', { class: 'side' }, 'Entities'), renderEntities(article)),
  );
  const repairs = renderRepairs(legend, numbers);
  return el('article', { class: 'doc', id: `doc-${index + 1}` }, heading, columns, repairs, details);
}

function renderFailure(failure: ErrorRecord, index: number): string {
  return el(
    'article',
    { class: 'doc failed', id: `doc-${index + 1}` },
    el('h2', {}, escapeHtml(failure.id ?? `Input ${index + 1}`)),
    el('p', { class: 'error' }, escapeHtml(`${failure.error.code}: ${failure.error.message}`)),
  );
}

/**
 * One self-contained HTML page for a run: a summary table, then per article the original beside the clean result
 * (removals struck through with their reasons, repairs highlighted both sides), its metadata and its entities.
 */
export function renderReport(entries: ReportEntry[], options: ReportOptions = {}): string {
  const title = options.title ?? 'cleanwire report';
  const rows: string[] = [];
  const sections = entries.map((entry, i) => {
    const link = el('a', { href: `#doc-${i + 1}` }, escapeHtml(entry.result.id ?? `Input ${i + 1}`));
    if (isFailure(entry.result)) {
      rows.push(
        el('tr', {}, el('td', {}, link), el('td', { colspan: 4, class: 'error' }, escapeHtml(entry.result.error.code))),
      );
      return renderFailure(entry.result, i);
    }
    const a = entry.result;
    let html: string;
    try {
      html = renderArticle(entry.original, a, i);
    } catch (err) {
      // One article that cannot be explained must not cost the page: it is listed as failed.
      html = renderFailure({ id: a.id, error: { code: 'REPORT_FAILED', message: (err as Error).message } }, i);
    }
    rows.push(
      el(
        'tr',
        {},
        el('td', {}, link),
        el('td', {}, a.title ? escapeHtml(a.title) : el('span', { class: 'none' }, '—')),
        el('td', {}, String(countRemoved(a))),
        el('td', {}, String(repairCount(a.fixes))),
        el('td', {}, escapeHtml(a.language)),
      ),
    );
    return html;
  });
  const summary = el(
    'table',
    { class: 'summary' },
    el('thead', {}, el('tr', {}, ...['input', 'title', 'removed', 'repairs', 'language'].map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows),
  );
  const failed = entries.filter((e) => isFailure(e.result)).length;
  const header = el(
    'header',
    { class: 'page' },
    el('h1', {}, escapeHtml(title)),
    el('p', {}, `${entries.length} input${entries.length === 1 ? '' : 's'}, ${failed} failed.`),
    el(
      'p',
      { class: 'legend' },
      el('span', {}, el('span', { class: 'cut removed' }, 'struck through'), ' removed, with its reason'),
      el('span', {}, el('span', { class: 'cut moved' }, 'outlined'), ' moved into a field'),
      el('span', {}, el('mark', { class: 'fix' }, 'highlighted'), ' repaired (hover for what and why)'),
    ),
    el('label', { class: 'controls' }, '<input type="checkbox" id="hide-removed"> hide removed text'),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(title)}</title>
<script>${ERROR_PROBE}</script>
<style>${STYLE}</style>
</head>
<body>
${header}
<main>
${summary}
${sections.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
