/**
 * A non-empty line of the repaired text as the text segmenter sees it (trimmed, runs of blanks collapsed to one
 * space), with where each of its characters starts and ends in the repaired text.
 */
export interface SourceLine {
  text: string;
  start: number[];
  end: number[];
}

const BLANK = /[ \t]/;

/** Cuts repaired text into lines the way the segmenter does, keeping every character's position. */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const from = raw.length - raw.trimStart().length;
    const to = raw.trimEnd().length;
    const line: SourceLine = { text: '', start: [], end: [] };
    for (let i = from; i < to; i++) {
      let j = i + 1;
      if (BLANK.test(raw[i])) while (j < to && BLANK.test(raw[j])) j++;
      // Two or more blanks become one space, as in the segmenter; a lone tab stays a tab.
      line.text += j - i > 1 ? ' ' : raw[i];
      line.start.push(offset + i);
      line.end.push(offset + j);
      i = j - 1;
    }
    if (line.text) lines.push(line);
    offset += raw.length + 1;
  }
  return lines;
}
