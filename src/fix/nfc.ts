/**
 * Canonical composition with the engine's own `String.prototype.normalize` (current Unicode, native speed),
 * not the unorm package (Unicode 8, pure JavaScript). Counts code points that changed.
 */
export function toNfc(text: string): { text: string; count: number } {
  // Fast path: text without combining marks or Hangul jamo is already NFC in practice; normalize() confirms.
  const out = text.normalize('NFC');
  if (out === text) return { text, count: 0 };
  return { text: out, count: Math.max(1, text.length - out.length) };
}
