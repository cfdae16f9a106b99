// Necessary conditions for chrono's English parsers: a text that fails a parser's gate holds no match of that
// parser's pattern, so the parser can be skipped without changing what chrono returns. Each gate is read off the
// parser's pattern in chrono-node (src/locales/en/parsers, src/common/parsers) and is deliberately looser than it:
// plain substrings with no word-boundary conditions before them, because chrono restarts a failed match one
// character later with `^` matching mid-word. The patterns are case-insensitive and ASCII-only (no `u` flag), so
// the gates are too. They hold for chrono's default options (gated.ts passes none: with `forwardDate`, "within"
// becomes optional). test/chrono/gates.test.ts checks every gate against its parser's pattern.

/** A requirement: a pattern the text must contain, or a list of which it must contain one. */
export type Requirement = RegExp | RegExp[];

const NOT_WORD_AFTER = '(?![a-z0-9_])';
// chrono's casual time units (the strict ones are a subset).
const UNIT = `(?:s|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mon|mos|month|months|qtr|quarter|quarters|y|yr|year|years)`;

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
// Durations ("3 days ago", "in a few hours", "next 2 weeks"): chrono's scan of these patterns is cheap once a
// gate has to look for a number before a unit (single letters are units), so their gates are the words the
// patterns cannot do without: the lead ("within") or the modifier and the number's first word after it, or the
// tail ("ago").
// "within"/"in"/"for", then a modifier ("about", "roughly") or the first word of a number.
const WITHIN =
  /(?:within|in|for)\s*(?:about|around|roughly|approximately|just|[0-9]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|a|few|several|the|couple)/i;
export const AGO = /ago|before|earlier/i;
export const LATER = /later|after|from now|henceforth|forward|out/i;
const MODIFIED_NUMBER =
  /(?:this|last|past|next|after|[+-])\s*(?:about|around|[0-9]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|a|few|several|the|couple)/i;

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
  ENTimeUnitWithinFormatParser: [WITHIN],
  ENTimeUnitCasualRelativeFormatParser: [MODIFIED_NUMBER],
  ENTimeUnitAgoFormatParser: [AGO],
  ENTimeUnitLaterFormatParser: [LATER],
};
