/**
 * Whether a run stands at the start of a sentence, read backwards from the run instead of asking the regex
 * /(?:^|[.!?:]["'”’)]?\s+|^["“‘(]|\n)\s*["“‘(]?$/ (tried at every position of the text before the run).
 * test/entities/sentence-start.test.ts holds the two to the same answers.
 */
import { isSpaceCode } from '../segment/features.js';

/** ["“‘(]: a quote or bracket that opens. */
const isOpener = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x28;
/** ["'”’)]: a quote or bracket that closes. */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29;
/** [.!?:] */
const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a;

/** The text before a run ends a sentence (or is empty), then spaces, then maybe an opening quote or bracket. */
export function atSentenceStart(before: string): boolean {
  const n = before.length;
  return boundaryThenSpaces(before, n) || (n > 0 && isOpener(before.charCodeAt(n - 1)) && boundaryThenSpaces(before, n - 1));
}

/** before[0, end) is a boundary and then only spaces: the text start, a newline, an opener first, or a stop. */
function boundaryThenSpaces(before: string, end: number): boolean {
  let start = end; // of the spaces at the end
  let newline = false;
  while (start > 0 && isSpaceCode(before.charCodeAt(start - 1))) {
    start--;
    if (before.charCodeAt(start) === 0x0a) newline = true;
  }
  if (start === 0 || newline) return true;
  if (start === 1 && isOpener(before.charCodeAt(0))) return true;
  if (start === end) return false; // after a stop, one space at least
  const c = before.charCodeAt(start - 1);
  return isStop(c) || (isCloser(c) && start >= 2 && isStop(before.charCodeAt(start - 2)));
}
