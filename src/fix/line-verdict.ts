/**
 * A verdict on the line a position stands on, read once per line. Repairs that decide by the line around each
 * match (CJK text around a fullwidth letter, a „ around a “) would otherwise read the whole line again for every
 * match: time quadratic in the line's length, minutes for a long line of such characters. Positions must not be
 * line breaks themselves.
 */
export function lineVerdict(text: string, test: (line: string) => boolean): (at: number) => boolean {
  let start = 0;
  let end = 0;
  let verdict = false;
  return (at) => {
    if (at < start || at >= end) {
      start = text.lastIndexOf('\n', at) + 1;
      const next = text.indexOf('\n', at);
      end = next < 0 ? text.length : next;
      verdict = test(text.slice(start, end));
    }
    return verdict;
  };
}
