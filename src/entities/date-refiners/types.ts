import type { DateParts } from '../../metadata/iso-date.js';

/** A date mention being resolved: the parts it states and where it sits in its paragraph. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
  parts: DateParts;
  /** The last day (or year) of a range such as "June 19–20" or "1950 to 1953". */
  endParts?: DateParts;
}

export interface RefineContext {
  /** The paragraph the mention came from. */
  paragraph: string;
  /** Publication date when known, else the caller's `now`. */
  reference: Date;
}

export type Refiner = (candidates: Candidate[], ctx: RefineContext) => Candidate[];

// Words that point forward in time: "will meet on Monday", "next June".
const FUTURE = /\b(?:will|would|shall|next|upcoming|coming|plans? to|planned|scheduled|due|set to|expected to|to be held|until|from now)\b[^.!?]{0,40}$/i;

export function pointsForward(c: Candidate, ctx: RefineContext): boolean {
  return FUTURE.test(ctx.paragraph.slice(Math.max(0, c.start - 60), c.start)) || /^next\b/i.test(c.text);
}
