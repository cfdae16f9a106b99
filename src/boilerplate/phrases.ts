import table from '../../data/boilerplate-phrases.json';

const anchored = (source: string) => new RegExp(`^(?:${source})\\s*[:：]?$`, 'iu');
/** One pattern for a whole list: a line matches it exactly when it matches one of the list's patterns. */
const anyOf = (sources: string[]) => anchored(sources.map((s) => `(?:${s})`).join('|'));

/**
 * Whole-line boilerplate phrases by reason, in the order phraseReason tries them, compiled from
 * data/boilerplate-phrases.json: the line phrases, then breadcrumb trails (navigation), so that a more specific
 * phrase wins ("Facebook | Twitter | Email" is a share row).
 */
export const LINE_PHRASES: Array<[reason: string, pattern: RegExp]> = [
  ...Object.entries(table.lines).flatMap(([reason, sources]) => sources.map((s) => [reason, anchored(s)] as [string, RegExp])),
  ...table.breadcrumbs.map((s) => ['navigation', anchored(s)] as [string, RegExp]),
];
// The same phrases as one pattern, each reason's in a group of its own. Alternatives are tried in order, so the
// group that matches is the first reason with a phrase matching the whole line, as trying them one by one finds.
const REASONS = Object.keys(table.lines);
const LINE_PHRASE = anchored(
  Object.values(table.lines)
    .map((sources, i) => `(?<r${i}>${sources.map((s) => `(?:${s})`).join('|')})`)
    .join('|'),
);

// Breadcrumb trails are tried apart from the rest, last, and only on lines holding a trail separator: in the one
// pattern, their open word runs made every line three times slower to try.
const BREADCRUMB = anyOf(table.breadcrumbs);
const TRAIL_SEPARATOR = /[|/>›»]/;

const SECTION_HEADER = anyOf(table.sectionHeaders);

/** The line opens a "related stories" section ("Recent Stories", "Read also:", "More Stories From World"). */
export function isSectionHeader(text: string): boolean {
  return text.length <= 60 && SECTION_HEADER.test(text.trim());
}

/** The reason a whole line is boilerplate, or null. */
export function phraseReason(text: string): string | null {
  const t = text.trim();
  if (t.length > 240) return null;
  const groups = LINE_PHRASE.exec(t)?.groups;
  if (groups) return REASONS.find((_, i) => groups[`r${i}`] !== undefined) ?? null;
  return TRAIL_SEPARATOR.test(t) && BREADCRUMB.test(t) ? 'navigation' : null;
}

const COMMENT_HEADER = anyOf(table.commentHeaders);

/** The line opens the readers' comments ("34 Comments", "Leave a Reply", "12 responses to …"). */
export function isCommentHeader(text: string): boolean {
  return text.length <= 200 && COMMENT_HEADER.test(text.trim());
}
