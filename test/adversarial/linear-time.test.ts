import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';

// Crafted input for each risky pattern or stage, normalised at 50 kB and at 100 kB: linear cost doubles, a
// quadratic one quadruples. The ratio (the fastest of repeated runs of each) must stay under 3. Each case names
// what it attacks; the patterns were found by a ReDoS checker (recheck) over every regular expression in src/ and
// by timing each stage on these inputs.
const KB = 1000;
const fill = (head: string, unit: string, tail: string) => (bytes: number) =>
  head + unit.repeat(Math.ceil((bytes - head.length - tail.length) / unit.length)) + tail;

const CASES: Array<[string, (bytes: number) => string]> = [
  ['a run of capitalised words (known-name lookup over every window)', fill('A', 'A ', '— x')],
  ['a run of combining marks before a joiner (joiner lookbehind)', fill('a', '\u0301', '\u200d\0')],
  ['combining marks and joiners interleaved', fill('a', '\u0301\u200d', '\0')],
  ['"Posted" then a long gap of ":" and spaces (relative-timestamp pattern)', fill('Posted', ' :', ' x')],
  ['a first paragraph of spaces after a place (dateline patterns)', fill('À,A AAA ', ' ', '')],
  ['a first paragraph of opening brackets (dateline credit)', fill('WASHINGTON, Ukraine ', '(', ' x')],
  ['marks glued between a dateline\'s dash and a word (dateline cut)', fill('LONDON (AP) —', '“’', 'x')],
  ['"we use cookies" then a long tail (boilerplate phrases)', fill('we use cookies', '\t', 's')],
  ['"share on" then a long gap (boilerplate phrases)', fill('share on x', ' ', '\0 s')],
  ['repeated "reporting by" credits', fill('writing by b;writing by c', ' \t', 's')],
  ['repeated future-tense cue words (date refiners)', fill('', 'due ', '!')],
  ['a month name then a long gap (chrono month parser)', fill('May ', '\t ', '.')],
  ['"at" and digits repeated (chrono time parser)', fill('afterno', '\t0at\t', '0intche\tT')],
  ['prose with no newline at all', fill('', 'Officials said on Friday that talks would resume. ', '')],
  ['names and places with no newline', fill('', 'Kim Jong Un met Minister Lee in Seoul. ', '')],
  ['one line per sentence', fill('', 'Short line here.\n', '')],
  ['byline-like lines', fill('', 'By Jane Doe and John Roe\n', '')],
  ['numbered list lines', fill('', '1. Item\n', '')],
  ['mojibake', fill('', 'â€™', '')],
  ['one ampersand before a long chain of escaped ampersands (entity layers)', fill('&', 'amp;#0038;', '#0000')],
  ['many ampersands each before runs of zeros (entity layers)', fill('', '&#000000', 'x')],
  ['homoglyphs', fill('', 'Putin еmphasizеd ', '')],
  ['citation markers', fill('', '[1, 2, 3', ']')],
  ['spaced opening quotes on one line (the quote-spacing rule read the line again for each quote)', fill('', '“ ', '')],
  ['fullwidth letters on one line (the styled-letter rule read the line again for each letter)', fill('', 'ｆ ', '')],
  ['two-letter words mixing scripts on one line (the line read again for each word)', fill('', 'oМ ', '')],
  ['look-alike words in tampered Latin prose on one line (the line\'s words counted for each word)', fill('Mоscow ', 'word о ', '')],
];

const ms = (fn: () => void): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/**
 * Time at 100 kB over time at 50 kB, each the fastest of runs taken in turn (at least five of each, and at least
 * 600 ms in all), so a busy machine or a parallel test file slows both sizes alike and does not decide it; a floor
 * of 5 ms keeps timer noise on trivial runs from deciding either.
 */
function growth(make: (bytes: number) => string): number {
  const [half, full] = [make(50 * KB), make(100 * KB)];
  const run = (text: string) => () => normalise(text, { now: '2025-06-20' });
  run(half)(); // warm-up
  run(full)();
  let [a, b, spent] = [Infinity, Infinity, 0];
  for (let runs = 0; runs < 5 || spent < 600; runs++) {
    const [x, y] = [ms(run(half)), ms(run(full))];
    [a, b, spent] = [Math.min(a, x), Math.min(b, y), spent + x + y];
  }
  return Math.max(b, 5) / Math.max(a, 5);
}

describe('cost grows linearly with input size on crafted input (100 kB vs 50 kB)', () => {
  for (const [what, make] of CASES) {
    it(what, () => {
      const ratio = growth(make);
      expect(ratio, `100 kB took ${ratio.toFixed(2)}× the time of 50 kB`).toBeLessThan(3);
    });
  }
});
