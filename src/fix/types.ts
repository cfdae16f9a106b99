import type { Fixes } from '../article.js';

export type FixKind = keyof Fixes;

/** One change made by a pass: `from` at [start, end) of that pass's input became `to`. */
export interface Edit {
  start: number;
  end: number;
  from: string;
  to: string;
}

/** Edits of each pass over the text, in order, each in its own pass's input coordinates (kept for `explain`). */
export type Trace = Edit[][];

/** One repair step: takes text, returns the repaired text and how many repairs it made. */
export type Repair = (text: string, trace?: Trace) => { text: string; count: number };
