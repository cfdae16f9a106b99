import { describeChange, type Fix, fixReasons } from '../explain/fixes.js';
import { el, escapeHtml } from './html.js';

/** The article's repairs, numbered as their marks: the change, how often it was made, and why. */
export function renderRepairs(legend: Fix[], numbers: number[]): string {
  if (!legend.length) return '';
  const items = legend.map((fix, i) => {
    const uses = numbers.filter((n) => n === i + 1).length;
    return el(
      'li',
      {},
      el('mark', { class: 'fix', 'data-fix': i + 1 }, String(i + 1)),
      ' ',
      el('code', {}, escapeHtml(describeChange(fix))),
      uses > 1 ? ` ×${uses}` : '',
      el('span', { class: 'why' }, escapeHtml(fixReasons(fix).join('; '))),
    );
  });
  return el('section', { class: 'repairs' }, el('h3', { class: 'side' }, 'Repairs'), el('ul', {}, ...items));
}
