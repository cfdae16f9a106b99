import { replaceTracked } from './edits.js';
import type { Trace } from './types.js';
import { encodeCp1252 } from './windows-1252.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

// A UTF-8 lead byte (0xC2–0xF4) read as windows-1252/Latin-1, followed by 1–3 continuation bytes (0x80–0xBF)
// read the same way. Continuation bytes 0x80–0x9F appear as their windows-1252 characters or as C1 controls.
const CONT = '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
const SUSPECT = new RegExp(`(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})+`, 'g');
// "â€" whose last byte 0x9D (the end of ” U+201D) has no windows-1252 character and was dropped, possibly after a
// second round ("Ã¢â‚¬Â" → "â€Â"). No other text spells "â€", so it is ”.
const LOST_CLOSING_QUOTE = new RegExp(`â€Â?(?!${CONT})`, 'g');
// "Â" before a space where a no-break space (C2 A0) became an ordinary space: "100Â km". After a capital it
// could be a word's last letter, so only elsewhere.
const LOST_NBSP = /(?<!\p{Lu})Â(?= )/gu;
const QUICK = /[\u00C2-\u00F4]/;

// Decoded characters a 2-byte sequence plausibly stood for: Latin-1 symbols and letters, Latin Extended-A,
// Greek, Cyrillic, Hebrew, Arabic. IPA, rare extensions and combining marks are more likely a real capital
// letter before punctuation ("CAFÉ”" is not "CAFɔ").
// C1 controls are kept: they are the next round's bytes in doubly encoded text.
const PLAUSIBLE_2 = /^[\u0080-\u017F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF]+$/;
// A lone 2-byte sequence giving anything but a Latin-1 or Latin Extended-A character ("Ð¸" → "и") is taken
// only when the text has certain mojibake elsewhere: alone, "Ó”" (LLEGÓ”) is not Cyrillic "Ӕ".
const LATIN_LONE_2 = /^[\u00A0-\u017F]$/;
// The characters a lone 3-byte sequence is certain to stand for: punctuation, currency and symbols ("â€™", "â‚¬",
// "â„¢") and the BOM. Any other ("é’’" → "钒") is a lowercase letter before two marks as often as mojibake.
const CERTAIN_LONE_3 = /^[\u2000-\u2BFF\uFEFF]$/;
// Never a decoding: C0 controls, unassigned and private-use characters.
const IMPLAUSIBLE = /[\u0000-\u001F\u007F\p{Cn}\p{Co}]/u;

// A lone capital (À–Þ) before closing punctuation, with no letter after: as likely a real word's last letter
// before a quote ("IRMÃ”", "PÅ»") as mojibake, so repaired only when the text has certain mojibake elsewhere.
const AMBIGUOUS = /^[\u00C0-\u00DE][’”»›…–—“‘«‹•]$/;

type Decoded = { text: string; ambiguous: boolean } | null;

/** Re-decodes one suspicious run; null when the bytes are not valid UTF-8 or the result is not clearly text. */
function redecode(run: string, next: string): Decoded {
  const bytes = encodeCp1252(run);
  if (!bytes) return null;
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    return null;
  }
  if (IMPLAUSIBLE.test(decoded)) return null;
  const chars = [...decoded].length;
  if (bytes.length === chars * 2 && !PLAUSIBLE_2.test(decoded)) return null;
  const loneUncertain =
    chars === 1 && (bytes.length === 2 ? !LATIN_LONE_2.test(decoded) : bytes.length === 3 && !CERTAIN_LONE_3.test(decoded));
  const ambiguous = loneUncertain || (AMBIGUOUS.test(run) && !/\p{L}/u.test(next));
  return { text: decoded, ambiguous };
}

/** One pass over the text; ambiguous runs are repaired only when the pass (or an earlier one) found a certain one. */
function repairPass(text: string, certainBefore: boolean, trace?: Trace): { text: string; changed: number; certain: boolean } {
  const decoded = new Map<number, Decoded>();
  let certain = certainBefore;
  for (const m of text.matchAll(SUSPECT)) {
    const d = redecode(m[0], text[m.index + m[0].length] ?? '');
    decoded.set(m.index, d);
    if (d && !d.ambiguous) certain = true;
  }
  let changed = 0;
  const out = replaceTracked(text, SUSPECT, (run, offset) => {
    const d = decoded.get(offset);
    if (!d || (d.ambiguous && !certain)) return run;
    changed++;
    return d.text;
  }, trace);
  return { text: out, changed, certain };
}

/**
 * Repairs UTF-8 text that was decoded as windows-1252 or Latin-1, up to twice ("â€™" → "’", "Ã¢â‚¬Å“" → "“"),
 * in the manner of ftfy: only runs that form valid UTF-8 and decode to plausible characters are touched, so
 * "Ã la carte", "naïve" or "“CAFÉ”" stay as they are, and a capital before a closing quote ("IRMÃ”") only
 * changes when the text has certain mojibake elsewhere. Also restores a dropped ” byte and a lost no-break space.
 */
export function fixMojibake(text: string, trace?: Trace): { text: string; count: number } {
  if (!QUICK.test(text)) return { text, count: 0 };
  let count = 0;
  let current = text;
  let certain = false;
  for (let pass = 0; pass < 3; pass++) {
    const result = repairPass(current, certain, trace);
    current = result.text;
    certain = result.certain;
    if (pass === 0) count += result.changed;
    if (!result.changed || !QUICK.test(current)) break;
  }
  const restore = (to: string) => () => {
    count++;
    return to;
  };
  if (current.includes('â€')) current = replaceTracked(current, LOST_CLOSING_QUOTE, restore('”'), trace);
  if (current.includes('Â')) current = replaceTracked(current, LOST_NBSP, restore(''), trace);
  return { text: current, count };
}
