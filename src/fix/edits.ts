import type { Edit, Trace } from './types.js';

type Replacer = (match: string, offset: number) => string;

/**
 * `text.replace(re, …)` that also records each change as an edit when a trace is given (one pass of it).
 * `re` must be global. The replacer gets the match and its offset.
 */
export function replaceTracked(text: string, re: RegExp, replacer: Replacer, trace?: Trace): string {
  const edits: Edit[] | undefined = trace ? [] : undefined;
  const out = text.replace(re, (...args: unknown[]) => {
    const match = args[0] as string;
    const offset = args[typeof args[args.length - 1] === 'object' ? args.length - 3 : args.length - 2] as number;
    const to = replacer(match, offset);
    if (edits && to !== match) edits.push({ start: offset, end: offset + match.length, from: match, to });
    return to;
  });
  if (edits?.length) trace!.push(edits);
  return out;
}

/** Applies edits (sorted, non-overlapping, in `text` coordinates) and records them as one pass. */
export function applyEdits(text: string, edits: Edit[], trace?: Trace): string {
  if (!edits.length) return text;
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.to;
    at = e.end;
  }
  trace?.push(edits);
  return out + text.slice(at);
}

/**
 * Where position `p` of a pass's input lands in its output. A start inside a changed range goes to the start of
 * its replacement, an end to the replacement's end; an insertion exactly at `p` comes before a start, after an end.
 */
function mapThrough(p: number, edits: Edit[], isEnd: boolean): number {
  let shift = 0;
  for (const e of edits) {
    const before = e.start < p || (!isEnd && e.start === p && e.end === p);
    if (!before) break;
    if (e.end > p) return e.start + shift + (isEnd ? e.to.length : 0);
    shift += e.to.length - (e.end - e.start);
  }
  return p + shift;
}

/** The edits of pass `index`, with positions in the text after all passes. */
export function finalPositions(trace: Trace, index: number): Edit[] {
  let shift = 0;
  return trace[index].map((e) => {
    let start = e.start + shift;
    let end = start + e.to.length;
    shift += e.to.length - (e.end - e.start);
    for (const later of trace.slice(index + 1)) {
      start = mapThrough(start, later, false);
      end = Math.max(start, mapThrough(end, later, true));
    }
    return { ...e, start, end };
  });
}
