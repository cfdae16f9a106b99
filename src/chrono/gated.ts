import * as chrono from 'chrono-node/en';
import type { ParsedResult, Parser } from 'chrono-node';
import { AGO, LATER, PARSER_GATES, type Requirement } from './gates.js';
import { boundedEndOfPeriod } from './end-of-period.js';
import { tailWindowed } from './tail-window.js';

// chrono runs every parser's pattern over the whole text, and most news text holds no date for most of them.
// Only the parsers whose gate (a cheap necessary condition, see gates.ts) the text passes are run, and a text that
// passes none skips chrono altogether: what chrono returns does not change, only the work.

/** The text meets every requirement (a requirement that is a list is met by any of its patterns). */
export function passes(requirements: Requirement[], text: string, known = new Map<RegExp, boolean>()): boolean {
  // Parsers share gate patterns ("a digit", "a month name"): `known` keeps each one's answer for this text.
  const has = (pattern: RegExp) => {
    let found = known.get(pattern);
    if (found === undefined) {
      found = pattern.test(text);
      known.set(pattern, found);
    }
    return found;
  };
  return requirements.every((r) => (Array.isArray(r) ? r.some(has) : has(r)));
}

// The duration parsers whose patterns end in a tail word ("3 days ago", "2 hours later"): searched near it only.
const TAILS: Record<string, RegExp> = { ENTimeUnitAgoFormatParser: AGO, ENTimeUnitLaterFormatParser: LATER };

function windowed(parser: Parser): Parser {
  const tail = TAILS[parser.constructor.name];
  return tail ? tailWindowed(parser, tail) : parser;
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
    ...base.parsers.map((p): [Parser, Requirement[] | undefined] => [windowed(p), PARSER_GATES[p.constructor.name]]),
    ...extra,
  ];
  // This instance is private and parse is synchronous: it is given the parsers that can match before each parse.
  const refiners = base.refiners.map((r) => (r.constructor.name === 'ENEndOfPeriodRefiner' ? boundedEndOfPeriod(r) : r));
  const instance = new chrono.Chrono({ parsers: [], refiners });
  return {
    parse(text, reference) {
      const known = new Map<RegExp, boolean>();
      const parsers = entries.filter(([, r]) => !r || passes(r, text, known)).map(([p]) => p);
      // No parser can match: chrono would return nothing (its refiners only refine results).
      if (!parsers.length) return [];
      instance.parsers = parsers;
      return instance.parse(text, reference);
    },
  };
}
