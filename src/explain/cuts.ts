import type { Article } from '../article.js';
import { parsePublishedDate } from '../metadata/published-date.js';
import type { LineFate } from './align.js';
import type { SourceLine } from './lines.js';

/**
 * A stretch of the repaired text that is not in the article body: removed (`reason` from `article.removed`), or
 * moved into a metadata field (`moved`, `reason` is the field: title, subtitle, byline, dateline, source).
 */
export interface Cut {
  start: number;
  end: number;
  reason: string;
  moved: boolean;
}

/** Reason given to left-out text that no removal or field accounts for (separators, labels). */
const UNACCOUNTED = 'structure';

/** A bullet or number that a list item's text was taken from: "•", "-", "3.", "b)". */
const LIST_MARKER = /^(?:[-*•·▪◦–—]|\d{1,3}[.)]|[a-z][.)])$/;

/** Left-out characters of one line, in the segmenter's form, with their positions in the repaired text. */
export interface Run {
  text: string;
  start: number[];
  end: number[];
}

type Label = { reason: string; moved: boolean };

// Lines the article reports as removed because they went into fields (README, "Removal reasons"): shown as moved.
const INTO_FIELDS = new Set(['byline', 'dateline', 'source-credit']);
/** Whether a removal's reason says its text went into a field (a byline, a dateline, a source credit). */
export const wentIntoField = (reason: string): boolean => INTO_FIELDS.has(reason);
/** The article's removals that left the text, not for a field. */
export const countRemoved = (article: Article): number => article.removed.filter((r) => !wentIntoField(r.reason)).length;
const removalLabel = (reason: string): Label => ({ reason, moved: wentIntoField(reason) });
type Piece = Label & { from: number; to: number };

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const hasWords = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** indexOf that also finds `needle` in another case: fields are tidied ("By CLAIRE DUBOIS" → "Claire Dubois"). */
function find(hay: string, needle: string, from: number): number {
  const at = hay.indexOf(needle, from);
  if (at >= 0) return at;
  const lowerHay = hay.toLowerCase();
  // Lower-casing can change lengths (İ → i̇); offsets are only trusted when it does not.
  return lowerHay.length === hay.length ? lowerHay.indexOf(needle.toLowerCase(), from) : -1;
}

/** Each line's stretches of left-out characters, trimmed; blank-only stretches are not worth showing. */
export function leftOutRuns(lines: SourceLine[], fates: LineFate[]): Run[] {
  const runs: Run[] = [];
  lines.forEach((line, n) => {
    const kept = fates[n].paragraph;
    for (let i = 0; i < kept.length; i++) {
      if (kept[i] >= 0) continue;
      let j = i;
      while (j + 1 < kept.length && kept[j + 1] < 0) j++;
      let a = i;
      let b = j + 1;
      while (a < b && /\s/.test(line.text[a])) a++;
      while (b > a && /\s/.test(line.text[b - 1])) b--;
      if (a < b) runs.push({ text: line.text.slice(a, b), start: line.start.slice(a, b), end: line.end.slice(a, b) });
      i = j;
    }
  });
  return runs;
}

/** What the article says was taken out: its removals (each used once) and the fields text was moved into. */
class Ledger {
  private readonly wholeFields = new Map<string, string>();
  private readonly removals: Array<{ text: string; reason: string; used: boolean }>;
  private readonly fields: Array<{ text: string; field: string }>;
  private readonly publishedDay: string | null;

  constructor(article: Article, runs: Run[]) {
    for (const field of ['title', 'subtitle'] as const) {
      const value = article[field] && squash(article[field]);
      // A title read from page metadata is not in the text: every copy there was removed, as the article says.
      const copies = runs.filter((r) => r.text === value).length;
      const removed = article.removed.filter((r) => squash(r.text) === value).length;
      if (value && copies > removed && !this.wholeFields.has(value)) this.wholeFields.set(value, field);
    }
    this.publishedDay = article.publishedAt?.slice(0, 10) ?? null;
    this.removals = article.removed.map((r) => ({ text: squash(r.text), reason: r.reason, used: false }));
    const fields: Array<[string, string | null]> = [
      ['title', article.title],
      ['subtitle', article.subtitle],
      ['dateline', article.dateline],
      ['source', article.source],
      ...article.authors.map((a): [string, string] => ['byline', a]),
    ];
    this.fields = fields
      .filter(([, v]) => v && squash(v).length >= 2)
      .map(([field, v]) => ({ field, text: squash(v as string) }));
  }

  /** A run that is exactly a title or subtitle (the first copy), or exactly one removal. */
  whole(text: string): Label | null {
    const field = this.wholeFields.get(text);
    if (field) {
      this.wholeFields.delete(text);
      return { reason: field, moved: true };
    }
    const removal = this.removals.find((r) => !r.used && r.text === text);
    if (!removal) return null;
    removal.used = true;
    return removalLabel(removal.reason);
  }

  /** The earliest (then longest) removal or field value found in `text` at or after `from`. */
  firstInside(text: string, from: number): Piece | null {
    let best: (Piece & { removal?: { used: boolean } }) | null = null;
    const consider = (needle: string, label: Label, removal?: { used: boolean }) => {
      if (needle.length < 3) return;
      const at = find(text, needle, from);
      if (at < 0) return;
      if (!best || at < best.from || (at === best.from && needle.length > best.to - best.from)) {
        best = { ...label, from: at, to: at + needle.length, removal };
      }
    };
    for (const r of this.removals) if (!r.used) consider(r.text, removalLabel(r.reason), r);
    for (const f of this.fields) consider(f.text, { reason: f.field, moved: true });
    const found = best as (Piece & { removal?: { used: boolean } }) | null;
    if (found?.removal) found.removal.used = true;
    return found && { reason: found.reason, moved: found.moved, from: found.from, to: found.to };
  }

  /** A time stamp line ("Updated 11:47 PM EDT, June 19, 2025") that gave the publication date its day. */
  publication(text: string): Label | null {
    if (!this.publishedDay || !/\d/.test(text)) return null;
    const day = parsePublishedDate(text, new Date(), { completeYear: true })?.slice(0, 10);
    return day === this.publishedDay ? { reason: 'published', moved: true } : null;
  }

  /** A removal or field whose text holds all of `text` (a removal cut in two by the alignment). */
  containing(text: string): Label | null {
    if (text.length < 3) return null;
    const removal = this.removals.find((r) => r.text.includes(text));
    if (removal) return removalLabel(removal.reason);
    const field = this.fields.find((f) => f.text.includes(text));
    return field ? { reason: field.field, moved: true } : null;
  }
}

const unaccounted = (text: string): Label => ({
  reason: LIST_MARKER.test(text.trim()) ? 'list-marker' : UNACCOUNTED,
  moved: false,
});

/** Splits a run into the removals and fields found in it; the text between them goes with a neighbour. */
function labelRun(run: Run, ledger: Ledger): Piece[] {
  const whole = ledger.whole(run.text);
  if (whole) return [{ ...whole, from: 0, to: run.text.length }];
  const pieces: Piece[] = [];
  for (let hit = ledger.firstInside(run.text, 0); hit; hit = ledger.firstInside(run.text, hit.to)) pieces.push(hit);
  const labelled: Piece[] = [];
  let at = 0;
  for (const piece of [...pieces, null]) {
    const gapEnd = piece ? piece.from : run.text.length;
    const gap = run.text.slice(at, gapEnd);
    const before = labelled.at(-1);
    // Separators and spacing go with a neighbour; so do words next to a field (a dateline's date and agency).
    if (gap && before && (!hasWords(gap) || before.moved)) before.to = gapEnd;
    else if (gap && piece && (!hasWords(gap) || piece.moved)) piece.from = at;
    else if (gap)
      labelled.push({
        ...(ledger.containing(squash(gap)) ?? ledger.publication(gap) ?? unaccounted(gap)),
        from: at,
        to: gapEnd,
      });
    if (piece) labelled.push(piece);
    at = piece ? piece.to : gapEnd;
  }
  return labelled;
}

/** Gives every left-out run its reasons, from what the article says it removed and which fields it filled. */
export function labelRuns(runs: Run[], article: Article): Cut[] {
  const ledger = new Ledger(article, runs);
  return runs.flatMap((run) =>
    labelRun(run, ledger).map((p) => ({
      start: run.start[p.from],
      end: run.end[p.to - 1],
      reason: p.reason,
      moved: p.moved,
    })),
  );
}
