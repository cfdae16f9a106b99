import { fold, wordCount } from '../segment/features.js';

// "Headline | Site", "Headline - Section - Site", "Site :: Headline", "Headline — Site".
const SEP = String.raw`\s+(?:[|–—-]|::|·|»)\s+`;
const SEPARATOR = new RegExp(SEP);
const TRAILING = new RegExp(String.raw`^(.+)${SEP}(.+?)$`);
const LEADING = new RegExp(String.raw`^(.+?)${SEP}(.+)$`);

/** "Headline | Site" → "Headline" and "Site: Headline"-style leads likewise, when the site's name is known. */
export function withoutSiteName(title: string, siteName: string): string {
  const site = fold(siteName);
  const trailing = TRAILING.exec(title);
  if (trailing && fold(trailing[2]) === site) return trailing[1].trim();
  const leading = LEADING.exec(title);
  if (leading && fold(leading[1]) === site) return leading[2].trim();
  return title;
}

/**
 * The headline inside a page title: the site name (when known) cut off, then the longest of the parts between
 * separators. "Son of … in Berlin - Breaking News - The Jerusalem Post" → "Son of … in Berlin".
 */
export function headlineFromPageTitle(pageTitle: string, siteName?: string | null): string {
  let title = pageTitle.replace(/\s+/g, ' ').trim();
  if (siteName) title = withoutSiteName(title, siteName);
  const parts = title.split(SEPARATOR).filter(Boolean);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a));
  // A title whose parts are all short ("Sport - Tennis") has no headline to single out.
  return wordCount(longest) >= 3 ? longest : title;
}
