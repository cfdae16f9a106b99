import table from '../../data/boilerplate-phrases.json';

const anchored = (source: string) => new RegExp(`^(?:${source})\\s*[:：]?$`, 'iu');

/** Whole-line boilerplate phrases by reason, compiled from data/boilerplate-phrases.json. */
export const LINE_PHRASES: Array<[reason: string, pattern: RegExp]> = Object.entries(table.lines).flatMap(
  ([reason, sources]) => sources.map((s) => [reason, anchored(s)] as [string, RegExp]),
);

const SECTION_HEADERS = table.sectionHeaders.map(anchored);

/** The line opens a "related stories" section ("Recent Stories", "Read also:", "More Stories From World"). */
export function isSectionHeader(text: string): boolean {
  return text.length <= 60 && SECTION_HEADERS.some((re) => re.test(text.trim()));
}

/** The reason a whole line is boilerplate, or null. */
export function phraseReason(text: string): string | null {
  const t = text.trim();
  if (t.length > 240) return null;
  for (const [reason, re] of LINE_PHRASES) if (re.test(t)) return reason;
  return null;
}

const COMMENT_HEADERS = table.commentHeaders.map(anchored);

/** The line opens the readers' comments ("34 Comments", "Leave a Reply", "12 responses to …"). */
export function isCommentHeader(text: string): boolean {
  return text.length <= 200 && COMMENT_HEADERS.some((re) => re.test(text.trim()));
}
