import type { Doc } from '../document.js';
import { offerPublishedDate } from './merge-date.js';

// "/2024/10/19/slug", "/2024-10-19/slug", "/20241019-slug", "/2024/10/slug" (year and month only).
const PATTERNS = [
  /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$)/,
  /[/_-]((?:19|20)\d\d)-(\d{2})-(\d{2})(?=[/_.-]|$)/,
  /[/_-]((?:19|20)\d\d)(\d{2})(\d{2})(?=[/_.-]|$)/,
  /\/((?:19|20)\d\d)\/(\d{1,2})\/(?=[\w-]*[a-z][\w-]*)/i,
];

const pad = (s: string) => s.padStart(2, '0');

/** The date a news URL carries in its path, as precise as the path: "2024-10-19" or "2024-10". */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const [, y, mo, d] = m;
    if (Number(mo) < 1 || Number(mo) > 12) continue;
    if (d === undefined) return `${y}-${pad(mo)}`;
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) continue;
    return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/** The URL's date is the last resort for the publication date: any date written in the text comes first. */
export function readUrlDate(doc: Doc): void {
  if (doc.meta.url) offerPublishedDate(doc, dateFromUrl(doc.meta.url));
}
