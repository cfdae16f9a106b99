import type { Doc } from '../document.js';
import { live } from '../document.js';

// Field labels that some feeds leave in the text ("Headline: …", "Summary: …").
const HEADING_LABEL = /^(?:headline|sub-?headline|sub-?head|heading|section)\s*:\s*(.+)$/i;
const PARAGRAPH_LABEL = /^(?:summary|lead|intro|body|text|content|excerpt)\s*:\s*(.+)$/i;

/** Strips field labels; a headline label makes its block a heading. */
export function readLabels(doc: Doc): void {
  for (const block of doc.blocks) {
    if (!live(block)) continue;
    const heading = HEADING_LABEL.exec(block.text);
    const match = heading ?? PARAGRAPH_LABEL.exec(block.text);
    if (!match) continue;
    doc.removedParts.push({ text: block.text.slice(0, block.text.length - match[1].length).trim(), reason: 'label' });
    block.text = match[1].trim();
    if (heading) block.type = 'heading';
  }
}
