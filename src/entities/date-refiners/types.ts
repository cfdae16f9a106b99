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

const FORWARD = new RegExp(String.raw`\b(?:${words.forward.join('|')})\b`, 'gi');
const SCHEDULED = new RegExp(String.raw`\b(?:${words.scheduledVerbs.join('|')})(?:\s+(?:on|in|at))?\s+$`, 'i');
/** How far before the mention a forward word still counts. */
const FORWARD_REACH = 60;
// ";", ": " (not "10:30"), a spaced dash or an em dash, a bracket: the forward word's clause has ended.
const CLAUSE_BREAK = /[;()[\]]|:\s|\s[-–]\s|—/;
const PAST_VERBS = new Set(words.pastVerbs);
const PARTICIPLE_AFTER = new Set(words.participleAfter);
// Regular past forms, not "-eed" words ("need", "proceed") nor a few adjectives.
const REGULAR_PAST = /^[a-z]{2,}ed$/;
const FINITE_ONLY = /^(?:was|were|did)$/;
const NOT_PAST = /(?:eed|^hundred|^sacred|^naked|^wicked|^beloved|^rugged)$/;

/**
 * A verb in the past tense among the words: a past form ("did", "said", "stalled") not standing after a word that
 * makes it a participle or an adjective ("be held", "has ended", "the proposed", "remain closed"; adverbs in -ly
 * between them are skipped).
 */
function hasPastVerb(text: string): boolean {
  // Words as written: a capitalised one is a name ("Ahmed", "Port Said"), a hyphenated one a compound adjective
  // ("US-led", "so-called"); neither is a verb.
  const written = text.match(/[A-Za-z'-]+/g) ?? [];
  const tokens = written.map((w) => w.toLowerCase());
  return tokens.some((w, i) => {
    if (/^[A-Z]/.test(written[i]) || w.includes('-')) return false;
    if (!PAST_VERBS.has(w) && !(REGULAR_PAST.test(w) && !NOT_PAST.test(w))) return false;
    if (FINITE_ONLY.test(w)) return true; // never a participle: "the game that was postponed"
    let k = i - 1;
    while (k >= 0 && tokens[k].endsWith('ly')) k--;
    return k < 0 || !PARTICIPLE_AFTER.has(tokens[k]);
  });
}

/**
 * The sentence looks ahead at this mention ("will meet on Monday", "which meets on Thursday", "next June"). A
 * forward word counts only for a mention in its own clause: a clause break or a verb in the past tense between them
 * ends its reach ("The minister, who will retire next year, said on Monday…", "will be remembered for what he did
 * in March" look back).
 */
export function pointsForward(c: Candidate, ctx: RefineContext): boolean {
  const before = ctx.paragraph.slice(Math.max(0, c.start - 80), c.start);
  const sentence = before.slice(before.search(/[^.!?]*$/));
  if (SCHEDULED.test(sentence) || /^next\b/i.test(c.text)) return true;
  const cues = [...sentence.matchAll(FORWARD)];
  const last = cues[cues.length - 1];
  if (!last) return false;
  const between = sentence.slice((last.index ?? 0) + last[0].length);
  return between.length <= FORWARD_REACH && !CLAUSE_BREAK.test(between) && !hasPastVerb(between);
}
