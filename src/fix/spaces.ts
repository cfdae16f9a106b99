// No-break, en/em/thin/hair, narrow no-break, ideographic and other space characters.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_SEPARATOR = /[\u2028\u2029\u0085]/g;

/** Odd spaces → ordinary spaces; Unicode line/paragraph separators → newlines; CRLF → LF (not counted). */
export function normaliseSpaces(text: string): { text: string; count: number } {
  let count = 0;
  const out = text
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACE, () => {
      count++;
      return ' ';
    })
    .replace(LINE_SEPARATOR, () => {
      count++;
      return '\n';
    });
  return { text: out, count };
}
