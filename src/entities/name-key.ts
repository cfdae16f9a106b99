/**
 * Spelling keys for names: case, diacritics, hyphens, spaces and the commonest transliteration pairs folded, so
 * that "Sergey Shoygu" and "Sergei Shoigu", or "Kim Jong-un" and "Kim Jong Eun", share a key.
 */
import variantTable from '../../data/name-variants.json';

/**
 * Ordered: later folds see the output of earlier ones ("Yeo" → "yo" before "ye" → "e"). The third element is a
 * substring every match contains: a part without it skips the regex (most parts need only a few of these folds).
 */
const FOLDS: Array<[RegExp, string, string]> = [
  [/^hs/, 'x', 'hs'], // Wade-Giles hs = pinyin x: Hsiao-ping / Xiaoping
  [/tsch/g, 'ch', 'tsch'], // German: Klitschko / Klychko
  [/sch/g, 'sh', 'sch'], // German: Schoigu / Shoigu
  [/x/g, 'ks', 'x'], // Alexei / Aleksei
  [/kh/g, 'h', 'kh'], // Khaled / Haled, Zakharova / Zaharova
  [/gh/g, 'g', 'gh'], // Baghdadi / Bagdadi
  [/dh/g, 'd', 'dh'], // Gadhafi / Gaddafi
  [/ph/g, 'f', 'ph'],
  [/ck/g, 'k', 'ck'],
  [/q/g, 'k', 'q'], // Qaddafi / Kaddafi, Moqtada / Muktada
  [/eo/g, 'o', 'eo'], // Korean RR eo = McCune-Reischauer o: Yeo-jong / Yo-jong
  [/eu/g, 'u', 'eu'], // Korean RR eu = McCune-Reischauer u: Jong-eun / Jong-un
  [/ui$/, 'i', 'ui'], // Korean 희 / 이: Chung-hee / Jong-hui, Lee / Li (after "ui" becomes "i", "ee$" cannot match)
  [/ee$/, 'i', 'ee'],
  [/oung/g, 'ong', 'oung'], // Young-chol / Yong-chol
  [/ou/g, 'u', 'ou'], // French-style ou: Rouhani / Ruhani
  [/^ye(?=[vlrgkmnsz])/, 'e', 'ye'], // Russian initial Е: Yevgeny / Evgeny, Yermak / Ermak (not Arabic Yehya)
  [/y/g, 'i', 'y'],
  [/j$/, 'i', 'j'], // Sergej / Sergei
  [/([ae])h$/, 'a', 'h'], // Arabic final ta marbuta: Haniyeh / Haniya / Haniyah
];

/** Folds one name part (no spaces or hyphens) to its spelling key. */
export function foldToken(token: string): string {
  // Plain a-z needs none of the cleaning below (NFD, marks, case, "'s", non-letters all leave it as it is).
  let t = isAsciiLowerWord(token)
    ? token
    : token
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/[^\p{L}]/gu, '');
  for (const [re, to, needle] of FOLDS) if (t.includes(needle)) t = t.replace(re, to);
  return mayRepeatLetter(t) ? t.replace(/(\p{L})\1+/gu, '$1') : t;
}

function isAsciiLowerWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/**
 * Whether a letter may be written twice in a row: two equal code units side by side, or any surrogate (a doubled
 * letter outside the BMP is four units with no two equal neighbours).
 */
function mayRepeatLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i + 1) || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/**
 * Looser key for syllables: voiced and voiceless initials (RR Geun / MR Kun, pinyin Deng / Wade-Giles Teng) and
 * o/u (MR ŏ printed as o or u: Il-sung / Il-song) fall together.
 */
function loosePiece(piece: string): string {
  return piece
    .replace(/^(?:zh|ch|j)/, 'j')
    .replace(/^ts/, 'z')
    .replace(/^g/, 'k')
    .replace(/^d/, 't')
    .replace(/^b/, 'p')
    .replace(/[ou]+/g, 'u');
}

/** One word of a name: its hyphen-separated pieces, folded, with the whole word's strict and loose keys. */
export interface NamePart {
  pieces: string[];
  key: string;
  loose: string;
}

/** A tokenised name. Read-only: nameTokens shares one array between all callers asking for the same name. */
export type NameParts = readonly NamePart[];

export function namePart(pieces: string[]): NamePart {
  return { pieces, key: pieces.join(''), loose: pieces.map(loosePiece).join('') };
}

/** Arabic article forms, dropped: "al-Assad", "el-Sisi", "Al Saud" match "Assad", "Sisi", "Saud". */
const ARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|ar|ul|ud)$/;
const ARTICLE_WORD = /^(?:al|el)$/;

// Parts of each name seen, kept across documents: the same names recur within an article and across a run.
// Bounded, so a long stream of distinct names cannot grow it without limit.
const tokenCache = new Map<string, NameParts>();
const TOKEN_CACHE_SIZE = 50_000;

/**
 * Name parts: split on spaces; hyphenated words ("Jong-un") stay one part made of syllable pieces. The result is
 * shared between callers (cached), hence read-only.
 */
export function nameTokens(name: string): NameParts {
  let parts = tokenCache.get(name);
  if (!parts) {
    parts = tokenise(name);
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
    tokenCache.set(name, parts);
  }
  return parts;
}

function tokenise(name: string): NamePart[] {
  const words = name.split(/\s+/).filter(Boolean);
  const parts: NamePart[] = [];
  for (const word of words) {
    const raw = word.split(/[-‐‑]+/).map((p) => p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    if (words.length > 1 && raw.length === 1 && ARTICLE_WORD.test(raw[0])) continue;
    while (raw.length > 1 && ARTICLE_PREFIX.test(raw[0])) raw.shift();
    const pieces = raw.map(foldToken).filter(Boolean);
    if (pieces.length) parts.push(namePart(pieces));
  }
  return parts;
}

// Keys of tokenised names, by the shared array (see nameTokens); weak, so the token cache decides how long they live.
const partsKeys = new WeakMap<NameParts, string>();

/** The spelling key of a tokenised name: its parts' keys joined. */
export function partsKey(parts: NameParts): string {
  let key = partsKeys.get(parts);
  if (key === undefined) {
    key = parts.map((t) => t.key).join('');
    partsKeys.set(parts, key);
  }
  return key;
}

/** The spelling key of a whole name. */
export const nameKey = (name: string): string => partsKey(nameTokens(name));

/** Variant table: key of each listed spelling → key of the first one in its list. */
export type VariantIndex = Map<string, string>;

export function indexVariants(lists: string[][]): VariantIndex {
  const index: VariantIndex = new Map();
  for (const list of lists) {
    const head = nameKey(list[0]);
    for (const v of list) index.set(nameKey(v), head);
  }
  return index;
}

export const BUILT_IN_VARIANTS: VariantIndex = indexVariants(variantTable.parts);

// Two rows of the edit-distance table, reused: allocating them per call (and per row) showed in profiles.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * The parts a part may match by edits alone (tokensMatch's last test) share this class: one piece, five letters or
 * more, and the same initial class. Null for parts that match only by spelling, loose spelling or the variant table.
 */
export const editClass = (p: NamePart): string | null =>
  p.pieces.length === 1 && p.key.length >= MIN_EDITABLE ? initialClass(p.key[0]) : null;

/** Initial letters that transliterations swap: any vowel (Osama / Usama), g/k (Gaddafi / Kadhafi), d/t, b/p, v/w. */
const initialClass = (c: string): string => String.fromCharCode(initialCode(c.charCodeAt(0)));

/** initialClass by char code, for tokensMatch: no one-letter strings. */
function initialCode(c: number): number {
  switch (c) {
    case 0x61: // a
    case 0x65: // e
    case 0x69: // i
    case 0x6f: // o
    case 0x75: // u
      return 0x61;
    case 0x67: // g
    case 0x6b: // k
    case 0x63: // c
      return 0x6b;
    case 0x64: // d
      return 0x74; // t
    case 0x62: // b
      return 0x70; // p
    case 0x77: // w
      return 0x76; // v
    default:
      return c;
  }
}

/** editDistance(a, b, 1) <= 1 in one pass: equal but for one substitution, insertion or deletion. */
export function withinOneEdit(a: string, b: string): boolean {
  const long = a.length >= b.length ? a : b;
  const short = a.length >= b.length ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  // The first difference is at i: past it, the rest must agree, one letter on (a substitution) or the long one's
  // letter skipped (an insertion).
  const skip = long.length === short.length ? 1 : 0;
  for (let k = i + skip; k < short.length; k++) if (long.charCodeAt(k + 1 - skip) !== short.charCodeAt(k)) return false;
  return true;
}

/** Edits allowed between two single-word spellings: none under 5 letters, where one letter makes another name. */
const MIN_EDITABLE = 5;
export const MAX_EDITS = 2;
/** From this length on (the shorter spelling's), two edits are allowed. */
export const MIN_TWO_EDITS = 10;
const allowedEdits = (length: number): number => (length >= MIN_TWO_EDITS ? MAX_EDITS : length >= MIN_EDITABLE ? 1 : 0);

/** Two name parts spell the same name. Syllabic parts ("Yong-ho") must agree exactly: one letter is a new name. */
export function tokensMatch(a: NamePart, b: NamePart, variants: VariantIndex = BUILT_IN_VARIANTS): boolean {
  if (a.key === b.key || a.loose === b.loose) return true;
  const va = variants.get(a.key);
  if (va !== undefined && va === variants.get(b.key)) return true;
  if (a.pieces.length > 1 || b.pieces.length > 1) return false;
  const edits = allowedEdits(Math.min(a.key.length, b.key.length));
  if (edits === 0 || Math.abs(a.key.length - b.key.length) > edits) return false; // (editDistance would say so too)
  if (initialCode(a.key.charCodeAt(0)) !== initialCode(b.key.charCodeAt(0))) return false;
  return edits === 1 ? withinOneEdit(a.key, b.key) : editDistance(a.key, b.key, edits) <= edits;
}

/** Every run of adjacent parts, joined as alignFrom joins them: one part alone, or several written as one. */
export function partRuns(parts: NameParts): NamePart[] {
  const runs: NamePart[] = [];
  for (let start = 0; start < parts.length; start++) {
    for (let end = start + 1; end <= parts.length; end++) runs.push(joinRange(parts, start, end));
  }
  return runs;
}

/** Parts [from, to) written as one ("Jong Un" → "Jongun"): keys join, as the pieces do. */
function joinRange(parts: NameParts, from: number, to: number): NamePart {
  if (to - from === 1) return parts[from];
  const pieces: string[] = [];
  let key = '';
  let loose = '';
  for (let k = from; k < to; k++) {
    for (const piece of parts[k].pieces) pieces.push(piece);
    key += parts[k].key;
    loose += parts[k].loose;
  }
  return { pieces, key, loose };
}

/**
 * `short[i..]` and `long[j..end)` spell the same name part by part, where a run of adjacent parts of `long` may
 * stand for one part of `short` ("Kim Jongun" / "Kim Jong Un"). Runs are tried only while the parts before them
 * match. (A range of `long`, not a slice: namesMatch tries several ranges of the same name.)
 */
function alignFrom(short: NameParts, long: NameParts, i: number, j: number, end: number, variants: VariantIndex): boolean {
  if (i === short.length) return j === end;
  const partsLeft = short.length - i - 1;
  const target = short[i];
  for (let runEnd = j + 1; end - runEnd >= partsLeft; runEnd++) {
    const run = joinRange(long, j, runEnd);
    if (tokensMatch(target, run, variants) && alignFrom(short, long, i + 1, runEnd, end, variants)) return true;
    // A longer run can only match by spelling out the target exactly: stop once it no longer begins it.
    if (!target.key.startsWith(run.key) && !target.loose.startsWith(run.loose)) return false;
  }
  return false;
}

/** partsMatch of `short` and the parts [from, to) of `long`, the longer name. */
function rangeMatches(short: NameParts, long: NameParts, from: number, to: number, variants: VariantIndex): boolean {
  if (!short.length || to - from - short.length > 3) return false;
  return alignFrom(short, long, 0, from, to, variants);
}

/** The same name, allowing one side to write as two words what the other writes as one. */
export function partsMatch(a: NameParts, b: NameParts, variants: VariantIndex = BUILT_IN_VARIANTS): boolean {
  return a.length <= b.length ? rangeMatches(a, b, 0, b.length, variants) : rangeMatches(b, a, 0, a.length, variants);
}

/** Middle parts a shorter form may leave out: initials and long middle names or patronymics, not syllables. */
const omissible = (t: NamePart): boolean => t.key.length === 1 || (t.pieces.length === 1 && t.key.length >= 5);

/**
 * Two full names are the same person's: alike part by part; or the shorter form is the tail of the longer
 * ("Tayyip Erdogan"), its head when three or more parts long ("Mohammed bin Salman Al Saud"), or its first and
 * last parts around omitted middle names ("Vladimir V. Putin", "Ali Hosseini Khamenei").
 */
export function namesMatch(a: NameParts, b: NameParts, variants: VariantIndex = BUILT_IN_VARIANTS): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < 2) return false;
  const n = long.length;
  if (rangeMatches(short, long, 0, n, variants)) return true;
  for (let cut = 1; n - cut >= short.length; cut++) {
    if (rangeMatches(short, long, cut, n, variants)) return true;
    if (short.length >= 3 && rangeMatches(short, long, 0, n - cut, variants)) return true;
  }
  if (short.length === 2 && n > 2 && middleOmissible(long)) {
    return tokensMatch(short[0], long[0], variants) && tokensMatch(short[1], long[n - 1], variants);
  }
  return false;
}

function middleOmissible(parts: NameParts): boolean {
  for (let k = 1; k < parts.length - 1; k++) if (!omissible(parts[k])) return false;
  return true;
}
