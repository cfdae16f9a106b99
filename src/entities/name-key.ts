/**
 * Spelling keys for names: case, diacritics, hyphens, spaces and the commonest transliteration pairs folded, so
 * that "Sergey Shoygu" and "Sergei Shoigu", or "Kim Jong-un" and "Kim Jong Un", share a key.
 */
const FOLDS: Array<[RegExp, string]> = [
  [/kh/g, 'h'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/ou/g, 'u'],
  [/y/g, 'i'],
  [/ii/g, 'i'],
];

export function foldToken(token: string): string {
  let t = token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:al|el|ad|as|an|ar)-/, '')
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}]/gu, '');
  for (const [re, to] of FOLDS) t = t.replace(re, to);
  return t.replace(/(\p{L})\1+/gu, '$1');
}

/** Name tokens: split on spaces and hyphens, particles ("al", "bin") kept as tokens of their own. */
export function nameTokens(name: string): string[] {
  return name
    .split(/[\s-]+/)
    .map(foldToken)
    .filter(Boolean);
}

export const nameKey = (name: string): string => nameTokens(name).join('');

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Two tokens spell the same name part: equal keys, or one edit apart when both are long. */
export function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && a[0] === b[0] && editDistance(a, b, 1) <= 1;
}

/** Two full names are the same person's: token by token alike, a shorter form being the tail of the longer. */
export function namesMatch(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  if (short.join('') === long.join('')) return true; // "Kim Jongun" vs "Kim Jong Un"
  const tail = long.slice(long.length - short.length);
  const head = long.slice(0, short.length);
  const alike = (xs: string[]) => xs.every((t, i) => tokensMatch(t, short[i]));
  return alike(tail) || (short.length === long.length && alike(head));
}
