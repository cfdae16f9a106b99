import words from '../../../data/date-words.json';
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

const FORWARD = new RegExp(String.raw`\b(?:${words.forward.join('|')})\b[^.!?]{0,60}$`, 'i');
const SCHEDULED = new RegExp(String.raw`\b(?:${words.scheduledVerbs.join('|')})(?:\s+(?:on|in|at))?\s+$`, 'i');

/** The sentence looks ahead at this mention ("will meet on Monday", "which meets on Thursday", "next June"). */
export function pointsForward(c: Candidate, ctx: RefineContext): boolean {
  const before = ctx.paragraph.slice(Math.max(0, c.start - 80), c.start);
  const sentence = before.slice(before.search(/[^.!?]*$/));
  return FORWARD.test(sentence) || SCHEDULED.test(sentence) || /^next\b/i.test(c.text);
}
