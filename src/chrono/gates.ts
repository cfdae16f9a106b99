// Necessary conditions for chrono's English parsers: a text that fails a parser's gate holds no match of that
// parser's pattern, so the parser can be skipped without changing what chrono returns. Each gate is read off the
// parser's pattern in chrono-node (src/locales/en/parsers, src/common/parsers) and is deliberately looser than it:
// plain substrings with no word-boundary conditions before them, because chrono restarts a failed match one
// character later with `^` matching mid-word. The patterns are case-insensitive and ASCII-only (no `u` flag), so
// the gates are too. test/chrono/gates.test.ts checks every gate against its parser's pattern.

/** A requirement: a pattern the text must contain, or a list of which it must contain one. */
export type Requirement = RegExp | RegExp[];

const NOT_WORD_AFTER = '(?![a-z0-9_])';
// Everything chrono's number pattern can end with before its time unit ("three", "12", "half an", "a couple of").
const NUMBER_END = String.raw`(?:[0-9]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half\s{0,2}an?|half|an?\b|few|several|the|couple|of)`;
// chrono's casual time units (the strict ones are a subset).
const UNIT = `(?:s|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mon|mos|month|months|qtr|quarter|quarters|y|yr|year|years)`;
// A number and its unit, as the last one of a duration ends (up to 2 spaces inside "couple", 3 before the unit).
const DURATION_END = String.raw`${NUMBER_END}\s{0,5}${UNIT}`;

export const DIGIT = /[0-9]/;
export const FOUR_DIGITS = /[0-9]{4}/;
// Every month name and abbreviation chrono knows ("sept.", "september") starts with one of these.
export const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
// Every ordinal word chrono knows ("twenty-first", "thirteenth") contains one of these.
const ORDINAL_WORD = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;
// A weekday is followed by a non-word character, the end, or the "of this week" / "next week" tail.
const WEEKDAY =
  /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekday|mon|tue|wed|thu|thur|thurs|fri|sat|sun)\.?(?:[^a-z0-9_]|$|of|this|last|past|next)/i;
const CASUAL_DATE = new RegExp(`(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night)${NOT_WORD_AFTER}`, 'i');
const CASUAL_TIME = new RegExp(`(?:morning|afternoon|evening|night|midday|noon)${NOT_WORD_AFTER}`, 'i');
const MONTH_WORD = new RegExp(`month${NOT_WORD_AFTER}`, 'i');
const RELATIVE_UNIT = new RegExp(String.raw`(?:this|last|past|next)\s*${UNIT}${NOT_WORD_AFTER}`, 'i');
// Durations: the last unit is followed by a non-word character, or (within \s{0,5}) by the "ago" / "later" word.
const DURATION = new RegExp(DURATION_END + NOT_WORD_AFTER, 'i');
const DURATION_AGO = new RegExp(String.raw`${DURATION_END}\s{0,5}(?:ago|before|earlier)${NOT_WORD_AFTER}`, 'i');
const DURATION_LATER = new RegExp(
  String.raw`${DURATION_END}\s{0,5}(?:later|after|from now|henceforth|forward|out)${NOT_WORD_AFTER}`,
  'i',
);

/** What each chrono English parser, by class name, needs in the text before it can match. */
export const PARSER_GATES: Record<string, Requirement[]> = {
  ENYearMonthDayParser: [FOUR_DIGITS],
  ISOFormatParser: [/[0-9]{4}-[0-9]/],
  SlashDateFormatParser: [/[0-9][/.-][0-9]/],
  ENSlashMonthFormatParser: [/[0-9]\/[0-9]{4}/],
  ENTimeExpressionParser: [DIGIT],
  ENYearMonthNameParser: [DIGIT, MONTH],
  ENMonthNameLittleEndianParser: [MONTH, [DIGIT, ORDINAL_WORD]],
  ENMonthNameMiddleEndianParser: [MONTH, [DIGIT, ORDINAL_WORD]],
  ENMonthNameParser: [MONTH],
  ENWeekdayParser: [WEEKDAY],
  ENCasualDateParser: [CASUAL_DATE],
  ENCasualTimeParser: [CASUAL_TIME],
  ENEndOfCurrentMonthParser: [MONTH_WORD],
  ENRelativeDateFormatParser: [RELATIVE_UNIT],
  ENTimeUnitWithinFormatParser: [DURATION],
  ENTimeUnitCasualRelativeFormatParser: [DURATION],
  ENTimeUnitAgoFormatParser: [DURATION_AGO],
  ENTimeUnitLaterFormatParser: [DURATION_LATER],
};
