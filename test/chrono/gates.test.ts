import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { gatedChrono, passes } from '../../src/chrono/gated.js';
import { PARSER_GATES, type Requirement } from '../../src/chrono/gates.js';
import { dayRangeGate, dayRangeParser } from '../../src/entities/date-refiners/day-range-parser.js';
import { yearGate, yearParser } from '../../src/entities/date-refiners/year-parser.js';

const REFERENCE = new Date(2025, 5, 20, 12);

// Edge cases of chrono's patterns: glued words, abbreviations with dots, whitespace inside durations, every
// number form a duration can start with, mid-word restarts.
const EDGE_CASES = [
  'half as', 'in half as much', 'a couple  of days ago', 'a couple   days ago', '2dago', '5 mins out', 'onmonday',
  'lastmonday', 'thurs. next week', 'Mon.', 'Sat.', '(Sunday)', 'Sunday（', 'Fri of next week', 'Tue this week',
  'the weekend', 'a weekday', 'end of the month', 'last day of month', 'tmrw', 'tmr', 'last  night', 'overmorrow',
  '2020. May', 'in Jan. 5', '12/2024', '2024-05-06T10:00', '5.6.2020', '6-7-21', 'at 5', 'T10:00', '3 p.m.',
  '10:30', '7 o. clock', '9 at night', '6 in the morning', 'the twenty-first of June', 'thirteenth of may',
  'May thirtieth', 'this week', 'past years', 'next qtr', 'after this month', '+3 days', '- 2 hrs', '-2h',
  'within about ~ 3 h', 'in roughly 2 weeks', 'for the day', 'Tomorrow at noon', 'midnight', 'this morning',
  'midday', '1950-53', 'in 2022', 'since 1999', 'June 19–20', '19 and 20 June 2025', 'Sept. 3-4', 'several weeks earlier',
  'few days before', 'an hour from now', 'two years henceforth', 'a few minutes later', 'an   hour after', 'ten mos',
  'eleven yrs forward', 'six qtr out', '1.5 hours ago', '3 days, 4 hours and 5 minutes ago', 'the second',
  'the  s', 'one w', 'twelve m later', 'seven d earlier', '2023 AD', '300 BC in May', 'now', 'right now.', 'nowhere',
  'knows', 'Monday-Friday', 'Saturday,', 'sunday)', 'January 2024', '2024 January', '2024 of March', 'Dec 5th',
  '5th of December', '5-December', '5/Dec/2024', 'Dec/5', 'dec, 5', 'the 3rd', 'it was a d out',
];

// Random texts from the words chrono's patterns are made of, joined by the separators they allow.
const WORDS = [
  'a', 'an', 'the', 'few', 'several', 'half', 'couple', 'of', 'one', 'two', 'ten', 'eleven', '3', '12', '2024', '1.5',
  'second', 's', 'm', 'h', 'd', 'w', 'y', 'mo', 'mon', 'mos', 'day', 'days', 'week', 'month', 'year', 'hrs', 'qtr',
  'ago', 'before', 'earlier', 'later', 'after', 'from', 'now', 'out', 'forward', 'henceforth', 'within', 'in', 'for',
  'about', 'around', 'this', 'last', 'past', 'next', 'on', 'at', 'to', 'and', 'until', 'Monday', 'tue', 'Thurs.',
  'weekend', 'June', 'Sept.', 'may', 'dec', 'first', 'twenty-first', 'thirtieth', '5th', 'today', 'tonight', 'night',
  'morning', 'noon', 'end', 'am', 'p.m.', 'o', 'clock', 'T', 'BC', 'AD', 'said', 'was', 'is', 'as',
];
const SEPARATORS = [' ', ' ', ' ', '', '  ', ', ', '. ', '-', '/', '.', ':', '–', ' (', ') ', '+', '~'];

function randomTexts(count: number): string[] {
  let seed = 20250620;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let w = 1 + next(6); w > 0; w--) text += WORDS[next(WORDS.length)] + SEPARATORS[next(SEPARATORS.length)];
    texts.push(text);
  }
  return texts;
}

const SAMPLES = [...EDGE_CASES, ...randomTexts(6000)];

const gateOf = (p: Parser): Requirement[] | undefined => PARSER_GATES[p.constructor.name];

describe('chrono parser gates', () => {
  it('cover every parser of the English casual and strict configurations', () => {
    for (const instance of [chrono.en.casual, chrono.en.strict]) {
      for (const parser of instance.parsers) expect(gateOf(parser), parser.constructor.name).toBeDefined();
    }
  });

  const parsers: [string, Parser, Requirement[]][] = [
    ...[...chrono.en.casual.parsers, ...chrono.en.strict.parsers].map(
      (p): [string, Parser, Requirement[]] => [p.constructor.name, p, gateOf(p) ?? []],
    ),
    ['yearParser', yearParser, yearGate],
    ['dayRangeParser', dayRangeParser, dayRangeGate],
  ];

  it.each(parsers)('%s: a text its pattern matches passes its gate', (_, parser, gate) => {
    for (const text of SAMPLES) {
      const pattern = parser.pattern(new chrono.ParsingContext(text, REFERENCE));
      if (pattern.test(text)) expect(passes(gate, text), text).toBe(true);
    }
  });

  it('leave what chrono finds unchanged', () => {
    const gated = gatedChrono(chrono.en.casual);
    const strict = gatedChrono(chrono.en.strict);
    const read = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().getTime()]);
    for (const text of SAMPLES) {
      expect(read(gated.parse(text, REFERENCE)), text).toEqual(read(chrono.en.casual.parse(text, REFERENCE)));
      expect(read(strict.parse(text, REFERENCE)), text).toEqual(read(chrono.en.strict.parse(text, REFERENCE)));
    }
  });

  it('skip a text no parser can match', () => {
    expect(gatedChrono(chrono.en.casual).parse('The council said it would consider the plan.', REFERENCE)).toEqual([]);
  });
});
