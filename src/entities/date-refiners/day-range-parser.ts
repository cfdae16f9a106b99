import type { Parser } from 'chrono-node';
import { DIGIT, MONTH as MONTH_NAME, type Requirement } from '../../chrono/gates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const JOIN = String.raw`\s*(?:–|—|-|\s(?:and|to|through)\s)\s*`;
const YEAR = String.raw`(?:,?\s+((?:19|20)\d\d))?`;
const NOT_TIME = String.raw`(?![\d:]|\s*(?:a\.?m\b|p\.?m\b|GMT|UTC))`;
// "June 19–20", "June 19 and 20, 2024"; "19–20 June 2025".
const MONTH_FIRST = String.raw`\b(${MONTH})\s+${DAY}${JOIN}${DAY}${NOT_TIME}${YEAR}`;
const DAY_FIRST = String.raw`\b${DAY}${JOIN}${DAY}\s+(${MONTH})${YEAR}`;
const PATTERN = new RegExp(String.raw`(?:${MONTH_FIRST})|(?:${DAY_FIRST})(?!\w)`, 'i');

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Day ranges within one month, which chrono reads only with an ASCII hyphen: "June 19–20", "19 and 20 June". */
export const dayRangeParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const [, m1, d1, d2, y1, e1, e2, m2, y2] = match;
    const month = monthNumber(m1 ?? m2);
    const [from, to] = m1 ? [Number(d1), Number(d2)] : [Number(e1), Number(e2)];
    const yearText = m1 ? y1 : y2;
    if (from < 1 || to > 31 || to <= from) return null;
    const year = yearText ? { year: Number(yearText) } : {};
    return context.createParsingResult(match.index ?? 0, match[0], { month, day: from, ...year }, { month, day: to, ...year });
  },
};

/** What the pattern needs: a month name and a day's digits. */
export const dayRangeGate: Requirement[] = [MONTH_NAME, DIGIT];
