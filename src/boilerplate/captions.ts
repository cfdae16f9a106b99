import type { Doc } from '../document.js';
import { live } from '../document.js';

// "Photo: …", "Image credit: …", "(AP Photo/Ahn Young-joon)", "File photo …", "… / Getty Images".
const CAPTION = [
  /^(?:photo|image|picture|pictured|file photo|caption|credit|photograph|video|illustration|graphic)s?(?:\s+(?:credit|courtesy|by))?\s*[:|/–—-]/i,
  /^\((?:[A-Z]{2,10} )?(?:photo|image|file photo|picture)[^)]*\)$/i,
  /(?:\(|\b)(?:AP|AFP|Reuters|EPA|Yonhap|Xinhua|Anadolu) Photo\b[^)]{0,80}\)?$/,
  /[/|]\s*(?:getty images|afp|reuters|epa(?:-efe)?|shutterstock|alamy|xinhua|yonhap|anadolu)(?:\s+via [\w ]+)?\)?$/i,
];

/** Photo captions and credits are about the pictures, not the article body. */
export function removeCaptions(doc: Doc): void {
  for (const block of doc.blocks) {
    if (!live(block) || block.text.length > 300) continue;
    if (CAPTION.some((re) => re.test(block.text))) block.removed = 'caption';
  }
}
