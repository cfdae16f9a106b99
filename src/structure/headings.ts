import type { Doc } from '../document.js';
import { live } from '../document.js';
import { countWords, endsSentence, isHeadlineShaped, isTruncated } from '../segment/features.js';

/**
 * A short line between paragraphs that does not end like a sentence, or asks a question, is a section heading
 * ("What's in the Partnership Pact?"). It must be followed by body text.
 */
export function readHeadings(doc: Doc): void {
  const blocks = doc.blocks.filter(live);
  blocks.forEach((block, i) => {
    if (block.type !== 'paragraph' || block.tag) return;
    const next = blocks[i + 1];
    if (!next || block.text.length > 120 || countWords(block.text, 17) > 16 || isTruncated(block.text)) return;
    const question = block.text.endsWith('?');
    if (!isHeadlineShaped(block.text, 16) && !question) return;
    if (question && endsSentence(block.text) && countWords(block.text, 13) > 12) return;
    if (isHeadlineShaped(next.text, 16) && next.type === 'paragraph') return;
    block.type = 'heading';
  });
}
