import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { AGO, LATER } from '../../src/chrono/gates.js';
import { canStartAt, isDurationRun, startRanges, tailWindowed } from '../../src/chrono/tail-window.js';
import { REFERENCE, SAMPLES } from './samples.js';

// Durations chained up to and past chrono's eleven, with and without their tail word, glued, split by commas,
// "and", decimals and other punctuation, and a match that starts mid-word after a failed one.
const CHAINS = [
  `${'5 min 3 s '.repeat(30)}ago`,
  `${'5 min 3 s '.repeat(30)}later, and ${'2 hours '.repeat(12)}before the vote`,
  `It ended ${'1.5 hours, '.repeat(11)}and a couple of days earlier.`,
  `x${'a couple of weeks and '.repeat(12)}3 days ago`,
  `"about 3 hours" ago; (two days) later — the day after: ten years out`,
  'half an hour after, several days before, few weeks henceforth, an hour from now, 2dago, 3 yrs forward',
  `${'the day the week the month '.repeat(40)}after`,
  `${'ago '.repeat(50)}${'3 s '.repeat(70)}ago`,
  'He said so 3 days ago and 2 weeks later again',
  'throughout 3 hours throughout, government3 days ago, x3 days ago, about3 hours later, 5min3sago, the3days out',
  'report 3 days ago, the 2 days ago again, (a few hours) after, sixty days later, 1.5.2 hours before',
];

const read = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().getTime()]);
// Parser results as chrono's loop collects them, before any refiner.
const parseWith = (parser: Parser, text: string) =>
  read(new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(text, REFERENCE));

describe('tail-word windows for the "ago" / "later" duration parsers', () => {
  const parsers = [...chrono.en.casual.parsers, ...chrono.en.strict.parsers].flatMap(
    (p): [string, Parser, RegExp][] => {
      const tail = { ENTimeUnitAgoFormatParser: AGO, ENTimeUnitLaterFormatParser: LATER }[p.constructor.name];
      return tail ? [[p.constructor.name, p, tail]] : [];
    },
  );

  it('apply to both parsers of both configurations', () => expect(parsers).toHaveLength(4));

  it.each(parsers)('%s finds what its own pattern finds', (_, parser, tail) => {
    const windowed = tailWindowed(parser, tail);
    for (const text of [...CHAINS, ...SAMPLES])
      expect(parseWith(windowed, text), text).toEqual(parseWith(parser, text));
  });

  it('reach back from each tail word to before its last duration, and join ranges that meet', () => {
    const tails = new RegExp(AGO.source, 'gi');
    expect(startRanges('nothing here', tails)).toEqual([]);
    // "(" stops the reach: the range starts at it (the pattern's \W), and ends at the \W before "days", the last
    // place a match holding a duration can start.
    expect(startRanges('x (3 days ago', tails)).toEqual([2, 4]);
    // "ago" is no duration word: the second reach stops after it.
    expect(startRanges('3 days ago, 2 days ago', tails)).toEqual([0, 1, 10, 13]);
    expect(startRanges('3 days, 2 days ago', tails)).toEqual([0, 9]);
    // Only duration words and digits, written apart or together, are reached over.
    expect(startRanges('The report 3 days ago', tails)).toEqual([10, 12]);
    expect(startRanges('about a couple of weeks and 5min3s ago', tails)).toEqual([0, 27]);
    expect(startRanges('x 3 daysago', tails)).toEqual([1, 3]);
    // A tail glued to other letters ("throughout", "wherever"), or right after other words, ends no match: no range.
    const later = new RegExp(LATER.source, 'gi');
    expect(startRanges('the party throughout', later)).toEqual([]);
    expect(startRanges('they carried it out, shortly after', later)).toEqual([]);
    expect(startRanges('3 days earlier', tails)).toEqual([0, 1]);
    // Past 64 runs of letters and digits no match can reach the tail word.
    const far = `${'w '.repeat(100)}ago`;
    expect(startRanges(far, tails)).toEqual([far.length - 2 - 2 * 65, far.length - 6]);
  });

  it('let a match begin only at a \\W before a duration character, for every UTF-16 code unit', () => {
    // The character tests as regexes, the way the pattern itself reads them.
    const expected = (text: string, p: number) =>
      !/\w/.test(text[p] ?? 'x') && /[0-9acefhnostACEFHNOST\s]/.test(text[p + 1] ?? '');
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`x${ch} `, `x${ch}a`, `x${ch}`, `x ${ch}`, `x,${ch}x`]) {
        if (canStartAt(text, 1) !== expected(text, 1)) expect([c, text]).toBe('same as the regexes');
      }
    }
    expect(canStartAt('x', 1)).toBe(false);
  });

  it('read a run as duration words and digits written together, in any case', () => {
    const run = (word: string) => isDurationRun(`(${word})`, 1, word.length + 1);
    for (const word of ['5MIN3s', 'Days', 'aCoupleOf', 'ways', '1', 'about', 'hrsandmos', 'theday'])
      expect(run(word), word).toBe(true);
    for (const word of ['government', 'ago', 'out', 'sixty', 'dayz', '3x']) expect(run(word), word).toBe(false);
    // A long ambiguous run ("mos" is "mo" + "s" or "mos") is read in linear time.
    expect(run(`${'mos'.repeat(5000)}x`)).toBe(false);
  });
});
