const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values: scraped text must never become markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** `<tag attr="…">children</tag>`, attributes escaped; children must already be HTML. */
export function el(
  tag: string,
  attrs: Record<string, string | number | null | undefined>,
  ...children: string[]
): string {
  const attributes = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
  return `<${tag}${attributes}>${children.join('')}</${tag}>`;
}
