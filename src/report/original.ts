import type { Annotation } from '../explain/annotate.js';
import { tokenize } from '../explain/tokens.js';
import { fixMark } from './fix-mark.js';
import { el, escapeHtml } from './html.js';

/**
 * The original text: removed stretches struck through with their reason, text moved into fields outlined with
 * the field's name, repairs highlighted as they were before the repair.
 */
export function renderOriginal(annotation: Annotation, numbers: number[]): string {
  let html = '';
  let open = false;
  const close = () => {
    if (open) html += '</span>';
    open = false;
  };
  for (const token of tokenize(annotation, numbers)) {
    if (token.type === 'reason') {
      close();
      const kind = token.cut.moved ? 'moved' : 'removed';
      html += el('span', { class: `reason ${kind}` }, escapeHtml(token.cut.reason));
      continue;
    }
    if (token.cut && !open) {
      const kind = token.cut.moved ? 'moved' : 'removed';
      html += `<span class="cut ${kind}" data-reason="${escapeHtml(token.cut.reason)}">`;
      open = true;
    }
    html += token.type === 'text' ? escapeHtml(token.text) : fixMark(token.fix, token.number, 'was');
  }
  close();
  return html;
}
