import type { Doc } from '../document.js';
import { endsWithSentenceMark } from '../segment/features.js';
import { live, nextLive } from '../document.js';
import { leadingAgency } from './agencies.js';
import { offerPublishedDate } from './merge-date.js';
import { referenceFromIso } from './iso-date.js';
import { parsePublishedDate } from './published-date.js';

export interface Dateline {
  place: string;
  source: string | null;
  date: string | null;
  /** The text after the dateline, or null when the dateline is a line of its own. */
  rest: string | null;
}

const PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?`;
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?`;
const SHORT_DATE = String.raw`\p{L}{3,10}\.?\s+\d{1,2}(?:,\s*\d{4})?`;
const DASH = String.raw`(?:--|—|–|-|:)`;
// "SEOUL, June 19 (Yonhap) --", "Seoul, (APP - … - 19th Oct, 2024)", "WASHINGTON (Reuters) -", "KYIV, Ukraine (AP) —"
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.' ]{1,30}?)?`;
const WITH_CREDIT = new RegExp(String.raw`^(${PLACE})${REGION},?\s*(?:(${SHORT_DATE})\s*)?\(([^()]{1,120})\)\s*${DASH}?\s*(.+)$`, 'u');
// "LONDON — …", "KYIV, Ukraine — …"
const CAPS_DASH = new RegExp(String.raw`^(${CAPS_PLACE})(?:,\s*[^—–,]{2,30}?)?\s+(?:--|—|–)\s+(.+)$`, 'u');
// "MOSCOW, June 5. /TASS/. …"
const SLASH_CREDIT = new RegExp(String.raw`^(${CAPS_PLACE}),\s*(${SHORT_DATE})\.?\s*/([^/]{2,20})/\.?\s*(.+)$`, 'u');
// "ANKARA" on a line of its own.
const ONLY_PLACE = /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}$/u;

const isCaps = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** Reads a dateline at the start of a paragraph (or a dateline line of its own). */
export function matchDateline(text: string, reference?: Date): Dateline | null {
  if (ONLY_PLACE.test(text) && text.length <= 40) return { place: text, source: null, date: null, rest: null };
  const credit = WITH_CREDIT.exec(text);
  if (credit) {
    const [, place, shortDate, inParens, rest] = credit;
    const source = leadingAgency(inParens);
    if (source || isCaps(place)) {
      const dateText = shortDate ?? inParens.split(/\s+[-–—]\s+/).at(-1) ?? '';
      return { place: place.trim(), source, date: parsePublishedDate(dateText, reference, { completeYear: true }), rest };
    }
  }
  const slash = SLASH_CREDIT.exec(text);
  if (slash) {
    const date = parsePublishedDate(slash[2], reference, { completeYear: true });
    return { place: slash[1].trim(), source: leadingAgency(slash[3]), date, rest: slash[4] };
  }
  const dash = CAPS_DASH.exec(text);
  if (dash && dash[1].trim().length >= 3) return { place: dash[1].trim(), source: null, date: null, rest: dash[2] };
  return null;
}

// Stray marks glued to the credit ("(Xinhua)’ —", "(AP) -’-", left by a repaired mojibake) and the dash after them.
const GLUED_MARKS = /^[^\s\p{L}\p{N}]+(?:\s*(?:--|—|–|-)(?=\s))?\s*/u;
// Debris glued to the credit's closing parenthesis that starts in lower case ("(Reuters)é , --"): no paragraph starts
// so, so it goes with the credit, with the marks and the dash that follow it.
const GLUED_DEBRIS = /^\p{Ll}\S*(?:\s+[^\s\p{L}\p{N}]+(?=\s|$))*\s*/u;
const LEADING_MARKS = /^[^\s\p{L}\p{N}]+/u;
const WORD_START = /^[\p{L}\p{N}]/u;
// Quotes and brackets that open what follows them ("“We", "(AP) —‘Never", "¿Qué").
const OPENING = /[\p{Pi}\p{Ps}"'¿¡]/u;

/**
 * How many of the marks that start `rest` go with the credit when they are glued to the word after them as well
 * ("(Xinhua)’—The", "(AP) —“We"): all but the opening quotes and brackets right before the word, which open the
 * paragraph. -1 when the marks are not glued to a word.
 */
function marksBeforeWord(rest: string): number {
  const marks = LEADING_MARKS.exec(rest)?.[0];
  if (!marks || !WORD_START.test(rest.slice(marks.length, marks.length + 2))) return -1;
  let end = marks.length;
  while (end > 0 && OPENING.test(marks[end - 1])) end--;
  return end;
}

/**
 * Where the paragraph resumes after a dateline: where the match ended, unless that splits a run of marks from the
 * credit before it, in which case after those marks, so no word is cut in two (at the end when nothing else follows:
 * "LONDON (AP)!"). Opening quotes glued to the paragraph's first word stay with it.
 */
function restStart(text: string, rest: string): number {
  const at = text.length - rest.length;
  if (at === 0 || /\s/.test(text[at - 1])) return at;
  const beforeWord = marksBeforeWord(rest);
  if (beforeWord >= 0) return at + beforeWord;
  const glued = GLUED_MARKS.exec(rest) ?? (text[at - 1] === ')' ? GLUED_DEBRIS.exec(rest) : null);
  return glued ? at + glued[0].length : at;
}

/**
 * Takes the dateline off the first body paragraph; the place goes to `dateline`, an agency to `source`. A place on
 * a line of its own ("ANKARA") is the dateline only of a paragraph of text right under it that has none of its
 * own: a line in capitals above a headline, or above a paragraph that opens with its dateline ("WORLD NEWS" over
 * "LONDON (Reuters) - …"), is a section label.
 */
export function readDateline(doc: Doc): void {
  let first = doc.blocks.find(live);
  if (!first) return;
  // A dateline's day without a year is completed from the date already known, else from `now`.
  const reference = (doc.meta.publishedAt && referenceFromIso(doc.meta.publishedAt)) || doc.now;
  let found = matchDateline(first.text, reference);
  if (!found) return;
  if (found.rest === null) {
    const next = nextLive(doc.blocks, first);
    const own = next && matchDateline(next.text, reference);
    if (own && own.rest !== null) {
      first.removed = 'label';
      first = next;
      found = own;
    } else if (!next || !endsWithSentenceMark(next.text)) return;
  }
  doc.meta.dateline = found.place;
  doc.meta.source ??= found.source;
  offerPublishedDate(doc, found.date);
  if (found.rest === null) {
    first.role = 'dateline';
    return;
  }
  // The place is kept in `dateline`, but the credit and dash ("(AP) —") would be lost: report the prefix.
  const at = restStart(first.text, found.rest);
  if (at >= first.text.length) {
    first.removed = 'dateline'; // the dateline and marks glued to it, and nothing else
    return;
  }
  doc.removedParts.push({ text: first.text.slice(0, at).trim(), reason: 'dateline' });
  first.text = first.text.slice(at);
}
