// Texts for checking that the chrono speed-ups find exactly what chrono finds.

export const REFERENCE = new Date(2025, 5, 20, 12);

// Edge cases of chrono's patterns: glued words, abbreviations with dots, whitespace inside durations, every
// number form a duration can start with, mid-word restarts.
export const EDGE_CASES = [
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

export const SAMPLES = [...EDGE_CASES, ...randomTexts(6000)];
