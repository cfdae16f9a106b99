import { codePoints, FIX_REASONS, type Fix, visible } from '../explain/fixes.js';
import { el, escapeHtml } from './html.js';

/** The tooltip of a repair: what was there, what is there now, and why. */
export function fixTitle(fix: Fix): string {
  const change = `${visible(fix.from) || '(nothing)'} → ${visible(fix.to) || '(nothing)'}`;
  const short = [...fix.from].length <= 2 && [...fix.to].length <= 2 && fix.from && fix.to;
  const points = short ? ` (${codePoints(fix.from)} → ${codePoints(fix.to)})` : '';
  return `${change}${points}\n${fix.kinds.map((k) => `${k}: ${FIX_REASONS[k]}`).join('\n')}`;
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
