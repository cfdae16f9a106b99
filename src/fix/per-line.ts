/**
 * A value read from the line a position stands on, read once per line (the last line asked about is kept).
 * Repairs that decide by the line around each match (CJK text around a fullwidth letter, a „ around a “, the
 * scripts of a line around a mixed word) would otherwise find and read the whole line again for every match: time
 * quadratic in the line's length, seconds to minutes for a long line of such characters. Positions must not be line
 * breaks themselves.
 */
export function perLine<T>(text: string, read: (line: string) => T): (at: number) => T {
  let start = 0;
  let end = 0;
  let value: T | undefined;
  return (at) => {
    if (value === undefined || at < start || at >= end) {
      start = text.lastIndexOf('\n', at) + 1;
      const next = text.indexOf('\n', at);
      end = next < 0 ? text.length : next;
      value = read(text.slice(start, end));
    }
    return value;
  };
}
