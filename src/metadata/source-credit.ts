import type { Doc } from '../document.js';
import { live } from '../document.js';
import { agencyName } from './agencies.js';

// "… the official said. (Yonhap)", "… — Reuters", "(AP)" on a line of its own.
const TRAILING = /\s*(?:\(([^()]{2,40})\)|[—–]\s*([\p{L} .-]{2,40}))\s*$/u;

/** An agency credit closing the article becomes `source` and leaves the paragraph. */
export function readSourceCredit(doc: Doc): void {
  const blocks = doc.blocks.filter(live);
  const last = blocks.at(-1);
  if (!last) return;
  const m = TRAILING.exec(last.text);
  const agency = m && agencyName(m[1] ?? m[2]);
  if (!m || !agency) return;
  doc.meta.source ??= agency;
  doc.removedParts.push({ text: m[0].trim(), reason: 'source-credit' });
  last.text = last.text.slice(0, m.index).trimEnd();
  if (!last.text) last.removed = 'source-credit';
}
