import * as chrono from 'chrono-node';
import type { ParsedResult, Parser } from 'chrono-node';
import { PARSER_GATES, type Requirement } from './gates.js';

// chrono runs every parser's pattern over the whole text, and most news text holds no date for most of them.
// A parser whose gate (a cheap necessary condition, see gates.ts) fails is given a pattern that fails at once, and
// a text that fails every gate skips chrono altogether: what chrono returns does not change, only the work.

/** Anchored and empty: fails at the first position without scanning the text. */
const NO_MATCH = /^(?!)/;

// The parsers of one parse share their gates' patterns ("a digit", "a month name"): each is tested once per text.
let factsText: string | undefined;
const facts = new Map<RegExp, boolean>();

function has(pattern: RegExp, text: string): boolean {
  if (text !== factsText) {
    factsText = text;
    facts.clear();
  }
  let found = facts.get(pattern);
  if (found === undefined) {
    found = pattern.test(text);
    facts.set(pattern, found);
  }
  return found;
}

/** The text meets every requirement (a requirement that is a list is met by any of its patterns). */
export function passes(requirements: Requirement[], text: string): boolean {
  return requirements.every((r) => (Array.isArray(r) ? r.some((p) => has(p, text)) : has(r, text)));
}

function gated(parser: Parser, requirements: Requirement[] | undefined): Parser {
  if (!requirements) return parser;
  return {
    pattern: (context) => (passes(requirements, context.text) ? parser.pattern(context) : NO_MATCH),
    extract: (context, match) => parser.extract(context, match),
  };
}

export interface GatedChrono {
  parse(text: string, reference?: Date): ParsedResult[];
}

/** A parser chrono-node does not ship, with the requirements its own pattern sets. */
export type ExtraParser = [Parser, Requirement[]];

/**
 * The parsers and refiners of `base` (plus `extra` parsers, run after them), each parser behind its gate. Parsers
 * chrono-node adds in a later version have no gate and always run.
 */
export function gatedChrono(base: chrono.Chrono, extra: ExtraParser[] = []): GatedChrono {
  const entries: [Parser, Requirement[] | undefined][] = [
    ...base.parsers.map((p): [Parser, Requirement[] | undefined] => [p, PARSER_GATES[p.constructor.name]]),
    ...extra,
  ];
  const instance = new chrono.Chrono({ parsers: entries.map(([p, r]) => gated(p, r)), refiners: [...base.refiners] });
  const gates = entries.map(([, r]) => r);
  const allGated = gates.every((r) => r !== undefined);
  return {
    parse(text, reference) {
      // No parser can match: chrono would return nothing (its refiners only refine results).
      if (allGated && !gates.some((r) => passes(r as Requirement[], text))) return [];
      return instance.parse(text, reference);
    },
  };
}
