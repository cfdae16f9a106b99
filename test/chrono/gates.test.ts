import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { endsWithEndOf, lastWordsStart } from '../../src/chrono/end-of-period.js';
import { gatedChrono, passes } from '../../src/chrono/gated.js';
import { PARSER_GATES, type Requirement } from '../../src/chrono/gates.js';
import { dayRangeGate, dayRangeParser } from '../../src/entities/date-refiners/day-range-parser.js';
import { yearGate, yearParser } from '../../src/entities/date-refiners/year-parser.js';
import { REFERENCE, SAMPLES } from './samples.js';

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

describe('the end-of-period refiner, handed only the results it can change', () => {
  const read = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().getTime()]);
  const texts = [
    'Prices rose by the end of June and fell on the last day of the month.',
    'On the last day of   the\tyear, and at the end of\u00a0next week, they met on June 3.',
    '(end of May 2024) a blend of June rains; the weekend of March 3 and the end of this month.',
    'They will report at the end of last month, the end of the year, the end of 2025 and the last day of\n\nthe year.',
    'end of June',
    `${'It rained on Friday. '.repeat(200)}By the end of July the dam was full.`,
  ];

  it('finds what stock chrono finds', () => {
    for (const text of texts) {
      expect(read(gatedChrono(chrono.en.casual).parse(text, REFERENCE)), text).toEqual(
        read(chrono.en.casual.parse(text, REFERENCE)),
      );
    }
  });

  it('looks back over the last four words only, one character before them kept for the word boundary', () => {
    const text = 'one two  three four\tfive';
    expect(lastWordsStart(text, text.length)).toBe(text.indexOf('two') - 1);
    expect(lastWordsStart('end of', 6)).toBe(0);
    expect(endsWithEndOf('by the end of the ', 18)).toBe(true);
    expect(endsWithEndOf('a blend of ', 11)).toBe(false);
  });
});
