import type { Doc } from '../document.js';
import { live } from '../document.js';

// "Photo: …", "Image credit: …", "(AP Photo/Ahn Young-joon)", "File photo …", "… / Getty Images".
const PHOTO_LABEL =
  /^(?:photo|image|picture|pictured|file photo|caption|credit|photograph|video|illustration|graphic)s?(?:\s+(?:credit|courtesy|by|caption))?\s*[:|/–—-]/i;
const PHOTO_IN_PARENS = /^\((?:[A-Z]{2,10} )?(?:photo|image|file photo|picture)[^)]*\)$/i;
const AGENCY_PHOTO = /(?:\(|\b)(?:AP|AFP|Reuters|EPA|Yonhap|Xinhua|Anadolu) Photo\b[^)]{0,80}\)?$/;
const AGENCY_CREDIT =
  /[/|]\s*(?:getty images|afp|reuters|epa(?:-efe)?|shutterstock|alamy|xinhua|yonhap|anadolu)(?:\s+via [\w ]+)?\)?$/i;

// A photo library's name on a line of its own ("Getty Images", "AFP via Getty Images", "Shutterstock"): at most
// 40 code points (80 UTF-16 units), " via " and the longest name ("alamy stock photo"); a longer line is not tried.
const PHOTO_LIBRARY = /^(?:[\p{L}\p{N} .&'’-]{2,40} via )?(?:getty(?: images)?|shutterstock|alamy(?: stock photo)?|istock(?:photo)?)$/iu;
const PHOTO_LIBRARY_MAX = 2 * 40 + ' via '.length + 'alamy stock photo'.length;

/**
 * A photo caption or credit. The last two patterns are not anchored at the start, so they would be tried from
 * every position: each is tried only on lines holding the text it cannot match without (" Photo", "/" or "|").
 * A photo library's name is tried only on lines short enough to be one.
 */
export function isCaption(text: string): boolean {
  return (
    PHOTO_LABEL.test(text) ||
    PHOTO_IN_PARENS.test(text) ||
    (text.length <= PHOTO_LIBRARY_MAX && PHOTO_LIBRARY.test(text)) ||
    (text.includes(' Photo') && AGENCY_PHOTO.test(text)) ||
    ((text.includes('/') || text.includes('|')) && AGENCY_CREDIT.test(text))
  );
}

/** Photo captions and credits are about the pictures, not the article body. */
export function removeCaptions(doc: Doc): void {
  for (const block of doc.blocks) {
    if (!live(block) || block.text.length > 300) continue;
    if (isCaption(block.text)) block.removed = 'caption';
  }
}
