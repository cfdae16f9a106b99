import type { Block } from '../document.js';

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
    blocks.push({ text: trimmed.replace(/[ \t]{2,}/g, ' '), line, blankBefore, indent, type: 'paragraph' });
    blankBefore = false;
  });
  return blocks;
}
