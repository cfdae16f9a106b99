import type { Parser } from 'chrono-node';
import type { Requirement } from '../../chrono/gates.js';

const YEAR = String.raw`(?:18|19|20)\d\d`;
// Words after which a lone four-digit number is a year: "in 2022", "since 2014", "mid-2024", "end of 2023".
const LEAD = String.raw`(?:in|since|by|until|till|before|after|during|from|through|between|early|mid|late|end of|start of|beginning of|half of|spring of|summer of|autumn of|fall of|winter of)`;
const JOIN = String.raw`\s*(?:–|—|-|\bto\b|\band\b|\bthrough\b)\s*`;
const PATTERN = new RegExp(String.raw`(?<![\w$€£#/.,-])(?:(${LEAD})[\s-]+)?(${YEAR})(?:${JOIN}(${YEAR}|\d\d))?(?![\w%/-]|[.,:]\d|\s*(?:percent|per cent))`, 'i');

/**
 * Years chrono leaves alone: "in 2022" (a year after a preposition) and year ranges such as "1950 to 1953" or
 * "1950-53". A bare number with no such word ("the 2024 Act", "2024 people") is not taken for a year.
 */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const [, lead, first, second] = match;
    const start = Number(first);
    if (second) {
      const end = second.length === 2 ? Math.floor(start / 100) * 100 + Number(second) : Number(second);
      if (end <= start || end - start > 100) return null;
      return context.createParsingResult(match.index ?? 0, match[0], { year: start }, { year: end });
    }
    if (!lead) return null;
    return { year: start };
  },
};

/** What the pattern needs: a year's four digits. */
export const yearGate: Requirement[] = [/(?:18|19|20)[0-9]{2}/];
