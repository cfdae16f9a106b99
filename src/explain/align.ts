import { diffArrays, diffChars } from 'diff';
import type { SourceLine } from './lines.js';

/** Where a source character went in the clean article: paragraph index and offset, or -1 when it was left out. */
export interface LineFate {
  paragraph: Int32Array;
  offset: Int32Array;
}

// Above this many edits between a paragraph and its lines the character diff gives up (nothing is matched).
const MAX_EDITS = 4000;

/**
 * Aligns the repaired text's lines with the article's paragraphs: first line by line (most paragraphs are a line
 * unchanged), then character by character inside each changed stretch (a dateline or label cut off a line,
 * wrapped lines joined). Characters that match nothing were left out of the body.
 */
export function alignLines(lines: SourceLine[], paragraphs: string[]): LineFate[] {
  const fates = lines.map((l) => ({
    paragraph: new Int32Array(l.text.length).fill(-1),
    offset: new Int32Array(l.text.length),
  }));
  let line = 0;
  let para = 0;
  let removed: number[] = [];
  let added: number[] = [];
  /** Everything before line `to` and paragraph `toPara` not yet placed is a changed stretch, aligned by character. */
  const stretchUpTo = (to: number, toPara: number) => {
    for (; line < to; line++) removed.push(line);
    for (; para < toPara; para++) added.push(para);
    if (removed.length && added.length) alignStretch(removed, added, lines, paragraphs, fates);
    removed = [];
    added = [];
  };
  // The diff's cost grows with the number of differences times the length, so lines that equal no paragraph
  // (removed boilerplate, most of a long page) and paragraphs that equal no line (rewritten ones) are left out of
  // it: they can match nothing, and they fall into the stretches between the matches as before.
  const paragraphTexts = new Set(paragraphs);
  const lineTexts = new Set(lines.map((l) => l.text));
  const lineIds = lines.flatMap((l, i) => (paragraphTexts.has(l.text) ? [i] : []));
  const paraIds = paragraphs.flatMap((p, i) => (lineTexts.has(p) ? [i] : []));
  let l = 0;
  let p = 0;
  for (const part of diffArrays(
    lineIds.map((i) => lines[i].text),
    paraIds.map((i) => paragraphs[i]),
  )) {
    const count = part.value.length;
    if (part.removed) l += count;
    else if (part.added) p += count;
    else {
      for (let k = 0; k < count; k++, l++, p++) {
        stretchUpTo(lineIds[l], paraIds[p]);
        fates[line].paragraph.fill(para);
        fates[line].offset.forEach((_, i, offsets) => {
          offsets[i] = i;
        });
        line++;
        para++;
      }
    }
  }
  stretchUpTo(lines.length, paragraphs.length);
  return fates;
}

// A paragraph is found in a changed stretch by its first or last characters (a cut prefix or suffix leaves the
// other end intact); this many are enough to be specific without running into the cut.
const ANCHOR = 24;

/**
 * Pairs each changed paragraph with the line(s) it came from, in order, then aligns each pair character by
 * character. Pairing first keeps a paragraph from borrowing words of a removed line nearby (a title that begins
 * like the first paragraph).
 */
function alignStretch(
  lineIds: number[],
  paraIds: number[],
  lines: SourceLine[],
  paragraphs: string[],
  fates: LineFate[],
) {
  let next = 0;
  for (const p of paraIds) {
    const text = paragraphs[p];
    const head = text.slice(0, ANCHOR);
    const tail = text.slice(-ANCHOR);
    const has = (k: number, piece: string) => lines[lineIds[k]].text.includes(piece);
    let first = next;
    while (first < lineIds.length && !has(first, head) && !has(first, tail)) first++;
    if (first === lineIds.length) continue;
    // Wrapped lines joined into one paragraph: extend until the line holding the paragraph's end.
    let last = first;
    if (!has(first, tail)) while (last + 1 < lineIds.length && !has(last, tail)) last++;
    alignPair(lineIds.slice(first, last + 1), p, lines, text, fates);
    next = last + 1;
  }
}

function alignPair(lineIds: number[], p: number, lines: SourceLine[], text: string, fates: LineFate[]) {
  const ids: number[] = [];
  const at: number[] = [];
  lineIds.forEach((id, k) => {
    if (k > 0) {
      ids.push(-1);
      at.push(-1);
    }
    for (let i = 0; i < lines[id].text.length; i++) {
      ids.push(id);
      at.push(i);
    }
  });
  const source = lineIds.map((id) => lines[id].text).join('\n');
  const keep = (si: number, pi: number) => {
    if (ids[si] < 0) return;
    fates[ids[si]].paragraph[at[si]] = p;
    fates[ids[si]].offset[at[si]] = pi;
  };
  const found = source.indexOf(text);
  if (found >= 0) {
    for (let k = 0; k < text.length; k++) keep(found + k, k);
    return;
  }
  const parts = diffChars(source, text, { maxEditLength: MAX_EDITS });
  if (!parts) return;
  let si = 0;
  let pi = 0;
  for (const part of parts) {
    const n = part.value.length;
    if (part.removed) si += n;
    else if (part.added) pi += n;
    else for (let k = 0; k < n; k++) keep(si++, pi++);
  }
}
