import { describeChange, type Fix, fixReasons, visible } from '../explain/fixes.js';
import { el, escapeHtml } from './html.js';

/** The tooltip of a repair: what was there, what is there now, and why. */
export function fixTitle(fix: Fix): string {
  return [describeChange(fix, '(nothing)'), ...fixReasons(fix)].join('\n');
}

/** A highlighted repair showing `shown` (the original or the repaired characters), numbered like its twin. */
export function fixMark(fix: Fix, number: number, side: 'was' | 'now'): string {
  const text = side === 'was' ? visible(fix.from) : visible(fix.to);
  return el(
    'mark',
    { class: `fix ${side}${text ? '' : ' empty'}`, 'data-fix': number, title: fixTitle(fix) },
    escapeHtml(text),
    el('sup', {}, String(number)),
  );
}
