import type { Refiner } from './types.js';

// Spans and times counted back from the clock ("in the past 24 hours", "two hours ago"): against a publication
// date known only to the day they would invent an hour.
const CLOCK_SPAN = /\b(?:hours?|minutes?|seconds?)\b/i;
// Durations, not points in time: "over the past year", "in the last three months", "over the next two years" (a
// counted span either way; "next year" alone is a point in time and stays).
const SPAN =
  /^(?:the\s+)?past\b|^(?:the\s+)?(?:last|next)\s+(?:\d+|few|several|couple of|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+\w+$/i;
// Counted from another event in the story, not from publication: "the day before", "a year earlier", "10 minutes
// before (the game)".
const ANAPHORIC =
  /\b(?:the (?:day|week|month|year) (?:before|after)|the (?:previous|following|next) (?:day|week|month|year)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) (?:earlier|later|before|after))\b/i;
// "(questioned) for 20 minutes", "(lasted) for two years", "(collapsed) within two days": how long, never when.
const FOR_SPAN = /^(?:for|within)\s/i;
// "32M ago": a figure with a capital M is millions, not minutes.
const MILLIONS = /\d(?:\.\d+)?M\b/;
// "USA TODAY", "NBC TODAY": "today" and its kin in capitals after a word in capitals are part of a name (a weekday
// is not: "CLOSED MONDAY").
const CAPITALS = /^(?:TODAY|TONIGHT|TOMORROW|YESTERDAY)$/;
const CAPITALS_BEFORE = /\b[A-Z]{2,}\s+$/;
// "now", "right now": the moment of reading, not a date the story gives.
const NOW = /^(?:right |just )?now$/i;
// "9/11", "7/7": a day and month in figures with no year is an event's name or ambiguous (US vs day-first order).
const YEARLESS_FIGURES = /^\d{1,2}\/\d{1,2}$/;

// "protesters march on", "may": a month name in lower case, standing alone, is the ordinary word.
const LOWERCASE_MONTH = /^(?:in\s+|on\s+)?(?:march|may|june|august)$/;

// "in the sun", "sat down", "the Sun reported": a bare weekday abbreviation is an ordinary word or a name unless a
// dot or the day's number marks it as a date ("Sun. June 15", "Sat 14").
const BARE_WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)$/i;
// "a day out", "a night out": an outing, not a date counted from now.
const OUTING = /^(?:a|an|one)\s+(?:day|night|evening|weekend)\s+out$/i;

/** Drops what chrono reads as a date but a news reader would not: clock spans, durations, anaphora, "9/11",
 * "march", "sun", "USA TODAY". */
export const dropNonDates: Refiner = (candidates, { paragraph }) =>
  candidates.filter((c) => {
    if (YEARLESS_FIGURES.test(c.text) || LOWERCASE_MONTH.test(c.text) || NOW.test(c.text)) return false;
    if (FOR_SPAN.test(c.text) || MILLIONS.test(c.text)) return false;
    if (CAPITALS.test(c.text) && CAPITALS_BEFORE.test(paragraph.slice(Math.max(0, c.start - 20), c.start))) return false;
    if (BARE_WEEKDAY_ABBREVIATION.test(c.text) || OUTING.test(c.text)) return false;
    if (ANAPHORIC.test(c.text) || SPAN.test(c.text)) return false;
    return !(CLOCK_SPAN.test(c.text) && /\b(?:ago|past|last|within)\b/i.test(c.text));
  });
