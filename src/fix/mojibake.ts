import { encodeCp1252 } from './windows-1252.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

// A UTF-8 lead byte (0xC2–0xF4) read as windows-1252/Latin-1, followed by 1–3 continuation bytes (0x80–0xBF)
// read the same way. Continuation bytes 0x80–0x9F appear as their windows-1252 characters or as C1 controls.
const CONT = '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
const SUSPECT = new RegExp(`(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})+`, 'g');
const QUICK = /[\u00C2-\u00F4]/;

/** Re-decodes one suspicious run; returns null when the bytes are not valid UTF-8 (then it was real text). */
function redecode(run: string): string | null {
  const bytes = encodeCp1252(run);
  if (!bytes) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Repairs UTF-8 text that was decoded as windows-1252 or Latin-1, up to twice ("â€™" → "’", "Ã¢â‚¬Å“" → "“").
 * Only runs that form valid UTF-8 byte sequences are touched, so "Ã la carte" or "naïve" stay as they are.
 */
export function fixMojibake(text: string): { text: string; count: number } {
  if (!QUICK.test(text)) return { text, count: 0 };
  let count = 0;
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    let changed = 0;
    current = current.replace(SUSPECT, (run) => {
      const fixed = redecode(run);
      if (fixed === null || fixed === run) return run;
      changed++;
      return fixed;
    });
    if (!changed) break;
    if (pass === 0) count += changed;
    if (!QUICK.test(current)) break;
  }
  return { text: current, count };
}
