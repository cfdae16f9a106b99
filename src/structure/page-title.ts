import { fold, wordCount } from '../segment/features.js';

// "Headline | Site", "Headline - Section - Site", "Site :: Headline", "Headline — Site".
const SEPARATOR = /\s+(?:[|–—-]|::|·|»)\s+/;

/**
 * The headline inside a page title: the title split at its separators, the site name (when known) and section
 * names dropped; the longest part remains. "Son of … in Berlin - Breaking News - The Jerusalem Post" → "Son of …".
 */
export function headlineFromPageTitle(pageTitle: string, siteName?: string | null): string {
  const title = pageTitle.replace(/\s+/g, ' ').trim();
  const site = siteName ? fold(siteName) : '';
  const parts = title.split(SEPARATOR).filter((p) => p && (!site || fold(p) !== site));
  if (parts.length < 2) return parts[0] ?? title;
  const longest = parts.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a));
  // A title whose parts are all short ("Sport - Tennis") has no headline to single out.
  return wordCount(longest) >= 3 ? longest : title;
}
