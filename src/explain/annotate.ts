import type { Article } from '../article.js';
import { fixText } from '../fix/index.js';
import { alignLines, type LineFate } from './align.js';
import { type Cut, labelRuns, leftOutRuns } from './cuts.js';
import { type Fix, mergeRepairs } from './fixes.js';
import { type SourceLine, sourceLines } from './lines.js';

/** What happened to one input: its repaired text, the stretches cut from it, and the repairs made. */
export interface Annotation {
  /** The input after repair: every position below is an offset into it. */
  text: string;
  /** Left out of the body, sorted and not overlapping: removed with a reason, or moved into a field. */
  cuts: Cut[];
  /** Repairs, sorted by position. */
  fixes: Fix[];
  /** The fixes that reached each paragraph, with `start`/`end` as offsets into that paragraph's text. */
  paragraphFixes: Fix[][];
}

/**
 * Explains an Article against the plain text it was made from. Repairs are re-run with positions (they are
 * deterministic), then the repaired text is aligned with the paragraphs: what is not in the body was cut, and the
 * article's `removed` list and metadata say why.
 */
export function annotate(original: string, article: Article): Annotation {
  const repaired = fixText(original, { explain: true });
  const lines = sourceLines(repaired.text);
  const fates = alignLines(
    lines,
    article.paragraphs.map((p) => p.text),
  );
  const cuts = labelRuns(leftOutRuns(lines, fates), article);
  const fixes = mergeRepairs(repaired.repairs ?? [], repaired.text);
  return { text: repaired.text, cuts, fixes, paragraphFixes: fixesByParagraph(fixes, lines, fates, article) };
}

/** Carries each fix into the paragraph its characters ended up in. */
function fixesByParagraph(fixes: Fix[], lines: SourceLine[], fates: LineFate[], article: Article): Fix[][] {
  const byParagraph: Fix[][] = article.paragraphs.map(() => []);
  const where = new Map<number, [number, number]>();
  lines.forEach((line, n) => {
    line.start.forEach((pos, i) => {
      if (fates[n].paragraph[i] >= 0) where.set(pos, [fates[n].paragraph[i], fates[n].offset[i]]);
    });
  });
  for (const fix of fixes) {
    // A removal (empty `to`) sits before the character that follows it, or after the one before it.
    const before = where.get(fix.start - 1);
    const first = where.get(fix.start) ?? (fix.start === fix.end && before ? [before[0], before[1] + 1] : undefined);
    if (!first) continue;
    const last = fix.end > fix.start ? where.get(fix.end - 1) : first;
    if (!last || last[0] !== first[0]) continue;
    const end = fix.end > fix.start ? last[1] + 1 : first[1];
    byParagraph[first[0]].push({ ...fix, start: first[1], end });
  }
  return byParagraph;
}
