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
const PLAUSIBLE_2 = /^[\u00A0-\u017F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF]+$/;
// A lone 2-byte sequence must give a Latin-1 or Latin Extended-A character: "Ó”" (LLEGÓ”) is not Cyrillic "Ӕ".
const PLAUSIBLE_LONE_2 = /^[\u00A0-\u017F]$/;
// 3- and 4-byte sequences: anything but controls, unassigned and private-use characters.
const IMPLAUSIBLE = /[\p{Cc}\p{Cn}\p{Co}]/u;

/** Re-decodes one suspicious run; null when the bytes are not valid UTF-8 or the result is not clearly text. */
function redecode(run: string): string | null {
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
  if (bytes.length === chars * 2 && !(chars === 1 ? PLAUSIBLE_LONE_2 : PLAUSIBLE_2).test(decoded)) return null;
  return decoded;
}

/**
 * Repairs UTF-8 text that was decoded as windows-1252 or Latin-1, up to twice ("â€™" → "’", "Ã¢â‚¬Å“" → "“"),
 * in the manner of ftfy: only runs that form valid UTF-8 and decode to plausible characters are touched, so
 * "Ã la carte", "naïve" or "“CAFÉ”" stay as they are. Also restores a dropped ” byte and a lost no-break space.
 */
export function fixMojibake(text: string, trace?: Trace): { text: string; count: number } {
  if (!QUICK.test(text)) return { text, count: 0 };
  let count = 0;
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    let changed = 0;
    current = replaceTracked(current, SUSPECT, (run) => {
      const fixed = redecode(run);
      if (fixed === null) return run;
      changed++;
      return fixed;
    }, trace);
    if (pass === 0) count += changed;
    if (!changed || !QUICK.test(current)) break;
  }
  const restore = (to: string) => () => {
    count++;
    return to;
  };
  if (current.includes('â€')) current = replaceTracked(current, LOST_CLOSING_QUOTE, restore('”'), trace);
  if (current.includes('Â')) current = replaceTracked(current, LOST_NBSP, restore(''), trace);
  return { text: current, count };
}
