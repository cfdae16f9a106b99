import type { Doc } from '../document.js';
import { live } from '../document.js';
import { agencyName } from './agencies.js';
import { splitAuthors } from './byline.js';

// Field lines near the top: "Source: Xinhua", "Editor: Liu Wen", "Author: Jane Doe".
const FIELD = /^(source|agency|editor|edited by|editors?|authors?|writers?|reporters?)\s*:\s*(.{2,80})$/i;
// Credits closing wire copy: "(Reporting by Jane Doe in London; Editing by John Roe)",
// "Associated Press writer Mary Major contributed to this report.", and end-of-copy marks.
// "(END)" closes Yonhap copy.
const CLOSING = /^\(END\)$|^\(?\s*(?:(?:additional |writing and )?reporting|writing|editing|compiled|graphics) by\b[^()]{2,300}\)?$|^[^.!?]{3,160}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$/i;
const SOURCE_LABEL = /^(?:source|agency)$/i;
const REPORTERS = /(?:^|[(;]\s*)(?:reporting|writing) by\s+([^;()]+)/i;

/** The first agency a source line names ("Reuters and news agencies", "AP, AFP"), or null. */
function namedAgency(value: string): string | null {
  for (const part of value.split(/\s*(?:,|;|&|\band\b|\bwith\b)\s*/i)) {
    const hit = agencyName(part);
    if (hit) return hit;
  }
  return null;
}

/** One field line: the source it names, the authors it gives, or nothing to keep (an editor). */
function readField(doc: Doc, label: string, value: string): boolean {
  const kind = label.toLowerCase();
  if (kind === 'source' || kind === 'agency') {
    const agency = agencyName(value);
    if (!agency) return false;
    doc.meta.source ??= agency;
    return true;
  }
  if (/^(?:author|writer|reporter)/.test(kind)) {
    const { authors, source } = splitAuthors(value);
    if (!authors.length && !source) return false;
    if (!doc.meta.authors.length) doc.meta.authors = authors;
    doc.meta.source ??= source;
  }
  return true;
}

/**
 * Credit lines are not article text: source/author/editor fields under the headline and the reporting and
 * editing credits that close wire copy. They leave the body with reason "credit"; reporters named in a closing
 * credit become the authors when there is no byline.
 */
export function readCreditLines(doc: Doc): void {
  const blocks = doc.blocks.filter(live);
  for (const block of blocks.slice(0, 8)) {
    const field = FIELD.exec(block.text);
    if (field && readField(doc, field[1], field[2].trim())) block.removed = 'credit';
  }
  // The boilerplate stage may already have taken a closing credit for a caption or a trailing headline; it is a
  // credit. So is a "Source: …" line closing the copy, whether or not it names an agency.
  const tail = doc.blocks.filter((b) => live(b) || b.removed === 'caption' || b.removed === 'related-headline').slice(-4);
  for (const block of tail) {
    const field = FIELD.exec(block.text);
    if (field && SOURCE_LABEL.test(field[1])) {
      doc.meta.source ??= namedAgency(field[2]);
      block.removed = 'credit';
      continue;
    }
    if (!CLOSING.test(block.text)) continue;
    const reporters = REPORTERS.exec(block.text);
    if (reporters && !doc.meta.authors.length) doc.meta.authors = splitAuthors(reporters[1]).authors;
    block.removed = 'credit';
  }
}
