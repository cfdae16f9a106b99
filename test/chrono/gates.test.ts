import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
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
