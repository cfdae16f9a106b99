import type { Doc } from '../document.js';
import { live } from '../document.js';

const MARKER = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)](?=\s+\p{Lu})|[-•*▪◦–·●])\s+(?=\S)/u;

/** Numbered or bulleted lines become list items; the marker goes. */
export function readListItems(doc: Doc): void {
  for (const block of doc.blocks) {
    if (!live(block) || block.type !== 'paragraph') continue;
    const marker = MARKER.exec(block.text);
    if (!marker) continue;
    block.text = block.text.slice(marker[0].length);
    block.type = 'list-item';
  }
}
