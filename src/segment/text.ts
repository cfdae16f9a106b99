import type { Block } from '../document.js';

const SPACE_RUN = /[ \t]{2,}/g;
/** A run of two spaces or tabs holds a tab or two spaces in a row: most lines hold neither and are kept as they are. */
export const collapseSpaces = (text: string) =>
  text.includes('  ') || text.includes('\t') ? text.replace(SPACE_RUN, ' ') : text;

/** Plain text → one block per non-empty line, remembering blank lines and indentation. */
export function segmentText(text: string): Block[] {
  const blocks: Block[] = [];
  let blankBefore = true;
  text.split('\n').forEach((raw, line) => {
    const trimmed = raw.trim();
    if (!trimmed) {
      blankBefore = true;
      return;
    }
    const indent = raw.length - raw.trimStart().length;
    blocks.push({ text: collapseSpaces(trimmed), line, blankBefore, indent, type: 'paragraph' });
    blankBefore = false;
  });
  return blocks;
}
