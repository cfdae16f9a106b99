// V8 runs a regex from bytecode first and compiles it to machine code on its second run (again if it has
// dropped the code). For chrono's "ago" and "later" patterns each compile took about 150 ms: the tail word after
// eleven repeated durations makes V8's analysis of what may follow each duration explode. Checking the tail first
// with a lookahead, `X(?=C)C` instead of `XC`, brings it under 5 ms. The two match the same text with the same
// groups when C ends the pattern: each way X can match is followed by C's first match or by nothing, in both.

/** Positions of the unescaped parentheses of `source` outside character classes: [index, '(' or ')']. */
function* parentheses(source: string): Generator<[number, string]> {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' || c === ')') yield [i, c];
  }
}

/** Where the top-level group number `n` (counted from 1 by opening parenthesis) ends, or -1. */
function endOfTopLevelGroup(source: string, n: number): number {
  let depth = 0;
  let groups = 0;
  for (const [i, c] of parentheses(source)) {
    if (c === '(' && depth++ === 0) groups++;
    if (c === ')' && --depth === 0 && groups === n) return i + 1;
  }
  return -1;
}

/** `source` with its capturing groups made non-capturing. */
function uncaptured(source: string): string {
  let out = '';
  let from = 0;
  for (const [i, c] of parentheses(source)) {
    if (c !== '(' || source[i + 1] === '?') continue;
    out += `${source.slice(from, i)}(?:`;
    from = i + 1;
  }
  return out + source.slice(from);
}

/**
 * `source` with the tail after its second top-level group (chrono's `(\W|^)(durations)tail`) checked ahead
 * first. The lookahead's copy captures nothing, so the groups keep their numbers. A source of another shape (a
 * quantifier on the second group), or one with backreferences or named groups, is returned as it is.
 */
export function lookaheadTail(source: string): string {
  const end = endOfTopLevelGroup(source, 2);
  const tail = end < 0 ? '' : source.slice(end);
  // A quantifier right after the group repeats it: the group is not followed by a tail of its own.
  if (!tail || /^[?*+{]/.test(tail) || /\\(?:[1-9]|k<)|\(\?<(?![=!])/.test(source)) return source;
  return `${source.slice(0, end)}(?=${uncaptured(tail)})${tail}`;
}
