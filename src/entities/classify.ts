/**
 * Sorts a candidate run into people, organisations and places: sentence-start words and titles come off, known
 * organisations and places are looked up (longest first), organisation and place head words ("Ministry", "River")
 * mark the rest, and whatever still looks like a name is a person candidate, with a context cue when a title, a
 * role word before it ("leader"), or a speech verb or apposition after it ("said", ", a senior analyst") says so.
 */
import { type Candidate, isConnector } from './candidates.js';
import { classOf, LETTER } from './char-class.js';
import { detached } from './detached.js';
import { atSentenceStart } from './sentence-start.js';
import {
  NOT_NAME_WORDS,
  ORGANIZATION_INDEX,
  ORGANIZATION_WORDS,
  PLACE_INDEX,
  PLACE_SHORTHANDS,
  PLACE_WORDS,
  ROLES,
  SENTENCE_STARTERS,
  QUOTE_VERBS,
  SPEECH_VERBS,
  TITLES,
  WEAPONS,
} from './tables.js';

export type EntityKind = 'person' | 'organization' | 'place';

/** Read-only: classification hands out the same objects for every mention of a run (see classifyInto). */
export interface Named {
  readonly kind: EntityKind;
  /** The name as written (titles and sentence-start words off). */
  readonly surface: string;
  /** For people: a title, role word, speech verb or apposition marks this mention as a person. */
  readonly cue: boolean;
  /** For organisations and places found in a table: the table's canonical name. */
  readonly canonical?: string;
}

const SPEECH = new RegExp(
  `^,?\\s+(?:has |had |have |also |then |later |previously |reportedly |once )?(?:${SPEECH_VERBS.join('|')})\\b`,
);
// '“…,” said Ingrid Holm': the quote and its verb come first.
const QUOTE_BEFORE = new RegExp(`[,!?]["”’']\\s+(?:${QUOTE_VERBS.join('|')})\\s+$`);
const APPOSITION = /^,\s+(?:a|an|the|who|whose|\d{1,3},)\s/;
const bare = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);
/** Longer runs are headlines or lists, not one person ("Mohammed bin Salman Al Saud" has five words). */
const MAX_NAME_WORDS = 6;

// Char checks in front of the regexes below: these run for every word of every candidate.
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function firstIndex(w: string, test: (c: number) => boolean): number {
  for (let i = 0; i < w.length; i++) if (test(w.charCodeAt(i))) return i;
  return -1;
}

/** Before the first hyphen: "Hwasong" of "Hwasong-19". */
function head(w: string): string {
  const at = firstIndex(w, isHyphen);
  return at < 0 ? w : w.slice(0, at);
}

const ACRONYM = /^\p{Lu}{2,}$/u;
// A lowercase letter first or second rules an acronym out without the regex ("Putin").
const isAcronym = (w: string): boolean =>
  !isAsciiLower(w.charCodeAt(0)) && !isAsciiLower(w.charCodeAt(1)) && ACRONYM.test(w.replace(/\./g, ''));
const isThing = (w: string): boolean => firstIndex(w, isDigit) >= 0 || WEAPONS.has(head(w));

/** Leading words that only modify what follows: "Seoul-based", "Kremlin-backed". */
function dropModifiers(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && firstIndex(words[i], isHyphen) >= 0 && /[-‐‑]\p{Ll}+$/u.test(words[i])) i++;
  return words.slice(i);
}

/** A lone "Putin-Kim" or "Russia-Ukraine" is two names; "Abdel-Fattah el-Sisi" is one. */
function splitCompound(word: string): string[] {
  if (firstIndex(word, isHyphen) < 0) return [];
  const halves = word.split(/[-‐‑]/);
  return halves.length > 1 && halves.every((h) => /^\p{Lu}\p{Ll}/u.test(h)) ? halves : [];
}

/** A run joined by "of" / "for" stays whole only when it is an organisation or place ("Ministry of Foreign Affairs"). */
function splitAtConnectors(words: string[]): string[][] {
  const at = words.findIndex(isConnector);
  if (at < 0) return [words];
  const head = words.slice(0, at).map(bare);
  const whole = words.join(' ');
  if (head.some((w) => ORGANIZATION_WORDS.has(w) || PLACE_WORDS.has(w)) || ORGANIZATION_INDEX.has(whole) || PLACE_INDEX.has(whole)) {
    return [words];
  }
  return [words.slice(0, at), ...splitAtConnectors(words.slice(at + 1))];
}

// No table name has more words than this, so longer windows cannot match: without the cap a long run of
// capitalised words ("A A A …") costs the cube of its length.
const LONGEST_KNOWN = Math.max(...[...PLACE_INDEX.keys(), ...ORGANIZATION_INDEX.keys()].map((n) => n.split(' ').length));

// First words of the table names: a window starting with any other word cannot be one, so it is not joined up to
// be looked up. (A word with a space in it is never ruled out that way.)
const KNOWN_FIRST_WORDS = new Set([...PLACE_INDEX.keys(), ...ORGANIZATION_INDEX.keys()].map((n) => n.split(' ')[0]));
const mayStartKnown = (w: string): boolean => KNOWN_FIRST_WORDS.has(w) || w.includes(' ');

/** A known organisation or place spanning words[i..j), longest first. */
function findKnown(words: string[]): { start: number; end: number; kind: EntityKind; canonical: string } | null {
  const mayStart = words.map(mayStartKnown);
  for (let len = Math.min(words.length, LONGEST_KNOWN); len >= 1; len--) {
    for (let start = 0; start + len <= words.length; start++) {
      // A lone word is looked up only when it is the whole run: "Jordan" is a country, "Michael Jordan" is not.
      if (len === 1 && words.length > 1) continue;
      if (!mayStart[start]) continue;
      const name = words.slice(start, start + len).join(' ');
      const place = PLACE_INDEX.get(name);
      if (place) return { start, end: start + len, kind: 'place', canonical: place };
      const org = ORGANIZATION_INDEX.get(name);
      if (org) return { start, end: start + len, kind: 'organization', canonical: org };
    }
  }
  return null;
}

/** Organisation or place by its head word: the last organisation or place word ends the name. */
function byHeadWord(words: string[]): Named | null {
  const joined = words.some(isConnector); // "Ministry of Foreign Affairs" is whole
  for (let i = words.length - 1; i >= 0; i--) {
    const w = bare(words[i]);
    const kind = ORGANIZATION_WORDS.has(w) ? 'organization' : PLACE_WORDS.has(w) ? 'place' : null;
    if (!kind) continue;
    if (i === 0 && !joined) return null; // a head word alone ("Ministry") names nothing in particular
    return { kind, surface: (joined ? words : words.slice(0, i + 1)).join(' '), cue: false };
  }
  return null;
}

/**
 * The word right before a name, past spaces and commas: "leader" in "North Korean leader, Kim". The letters
 * /(\p{L}+)[\s,]*$/u would capture, found from the end instead of tried from every position.
 */
export function wordBefore(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && SPACE_OR_COMMA.test(text[end - 1])) end--;
  let start = end;
  while (start > 0) {
    const pair = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
    if (!(classOf(text.codePointAt(pair ? start - 2 : start - 1) as number) & LETTER)) break;
    start -= pair ? 2 : 1;
  }
  return start < end ? text.slice(start, end) : undefined;
}

const SPACE_OR_COMMA = /^[\s,]$/;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isRole = (word: string | undefined): boolean => word !== undefined && ROLES.has(word.toLowerCase());

/** "China's Xi Jinping", "the North's Kim Jong Un", "Hamas's Yahya Sinwar": a full name a place or body owns is a person. */
const ownedByPlace = (owner: string | null): boolean =>
  owner !== null && (PLACE_INDEX.has(owner) || PLACE_SHORTHANDS.has(owner) || ORGANIZATION_INDEX.has(owner));

/**
 * What a run of words sorts into, worked out once per run and kept: the same runs recur within an article and
 * across a batch. Only three things depend on where the run stands, and a step says which it needs: a headed
 * organisation or place is dropped in a headline, and a person's cue reads the text around the run.
 */
type Step =
  | { type: 'named'; named: Named }
  | { type: 'headed'; named: Named }
  | { type: 'person'; cued: Named; plain: Named; titled: boolean; first: boolean; last: boolean; long: boolean };

/**
 * The steps for a segment: everything but people, and the rest of it when it may be a person's name. (Pushed, not
 * returned: the recursion around a known name spread arrays into new ones.)
 */
function sortSegment(words: string[], first: boolean, last: boolean, titled: boolean, out: Step[]): void {
  if (!words.length) return;
  const known = findKnown(words);
  if (known) {
    sortSegment(words.slice(0, known.start), first, false, false, out);
    const surface = words.slice(known.start, known.end).join(' ');
    out.push({ type: 'named', named: { kind: known.kind, surface, cue: false, canonical: known.canonical } });
    sortSegment(words.slice(known.end), false, last, false, out);
    return;
  }
  if (words.some(isThing)) return;
  const headed = byHeadWord(words);
  if (headed) {
    out.push({ type: 'headed', named: headed });
    return;
  }
  if (words.some((w) => NOT_NAME_WORDS.has(bare(w)) || isAcronym(w) || TITLES.has(bare(w)))) return;
  if (words.length > MAX_NAME_WORDS || words.every((w) => w.replace(/\W/g, '').length < 2)) return;
  const surface = words.join(' ');
  const cued: Named = { kind: 'person', surface, cue: true };
  const plain: Named = { kind: 'person', surface, cue: false };
  out.push({ type: 'person', cued, plain, titled, first, last, long: words.length >= 2 });
}

/** Splits at the last run of titles: "Russian Security Council Secretary | Sergey Shoygu". */
function sortTitled(words: string[], first: boolean, last: boolean, out: Step[]): void {
  const lastTitle = words.findLastIndex((w) => TITLES.has(bare(w)));
  const rest = words.slice(lastTitle + 1).map(bare);
  if (lastTitle < 0 || !rest.length || rest.some((w) => ORGANIZATION_WORDS.has(w) || PLACE_WORDS.has(w))) {
    sortSegment(words, first, last, false, out); // "Foreign Ministry" is no minister called Ministry
    return;
  }
  let runStart = lastTitle;
  while (runStart > 0 && TITLES.has(bare(words[runStart - 1]))) runStart--;
  const prefix: Step[] = [];
  sortSegment(words.slice(0, runStart), first, false, false, prefix);
  for (const s of prefix) if (s.type !== 'person') out.push(s);
  sortSegment(words.slice(lastTitle + 1), false, last, true, out);
}

/** The steps for a run whose sentence-start words, if any, are already off. */
function planFor(words: string[]): Step[] {
  const steps: Step[] = [];
  if (!words.length) return steps;
  const compound = words.length === 1 ? splitCompound(words[0]) : [];
  if (compound.length > 1) {
    for (const half of compound) sortSegment([half], true, true, false, steps);
    return steps;
  }
  const segments = splitAtConnectors(words);
  segments.forEach((seg, i) => sortTitled(seg, i === 0, i === segments.length - 1, steps));
  return steps;
}

/** A run's words with leading modifiers off, and its steps with and without its sentence-start words. */
interface Plan {
  words: string[];
  /** The run begins with a word that may only start the sentence ("The", "However"). */
  starter: boolean;
  whole?: Step[];
  withoutStarters?: Step[];
}

// Plans by run, kept across documents; bounded, like the name-token cache.
const plans = new Map<string, Plan>();
const PLANS_KEPT = 50_000;

function planOf(c: Candidate): Plan {
  // By the run as written: its words follow from it.
  const run = c.run;
  let plan = plans.get(run);
  if (!plan) {
    // (Detached: kept across documents, words and key must not keep the documents they were read from.)
    const words = dropModifiers(c.words).map(detached);
    plan = { words, starter: words.length > 0 && SENTENCE_STARTERS.has(words[0]) };
    if (plans.size >= PLANS_KEPT) plans.clear();
    plans.set(detached(run), plan);
  }
  return plan;
}

function withoutStarters(words: string[]): string[] {
  let i = 0;
  while (i < words.length && SENTENCE_STARTERS.has(words[i])) i++;
  return words.slice(i);
}

function stepsWhole(plan: Plan): Step[] {
  if (!plan.whole) plan.whole = planFor(plan.words);
  return plan.whole;
}

function stepsWithoutStarters(plan: Plan): Step[] {
  if (!plan.withoutStarters) plan.withoutStarters = planFor(withoutStarters(plan.words));
  return plan.withoutStarters;
}

/** A person mention is cued by a title, a role word before it, its owner, a quote before it, or speech after it. */
function cueOf(s: Extract<Step, { type: 'person' }>, c: Candidate): boolean {
  if (s.titled) return true;
  if (s.first && (isRole(wordBefore(c.before)) || (s.long && (ownedByPlace(c.owner) || QUOTE_BEFORE.test(c.before))))) return true;
  return s.last && (SPEECH.test(c.after) || APPOSITION.test(c.after));
}

/** Pushes the people, organisations and places of a candidate run onto `out`. The objects pushed are shared: read-only. */
export function classifyInto(c: Candidate, out: Named[]): void {
  const plan = planOf(c);
  const strip = plan.starter && !c.owner && atSentenceStart(c.before);
  const steps = strip ? stepsWithoutStarters(plan) : stepsWhole(plan);
  for (const s of steps) {
    if (s.type === 'named') out.push(s.named);
    else if (s.type === 'headed') {
      if (!c.isHeadline()) out.push(s.named);
    } else out.push(cueOf(s, c) ? s.cued : s.plain);
  }
}

export function classifyCandidate(c: Candidate): Named[] {
  const out: Named[] = [];
  classifyInto(c, out);
  return out;
}
