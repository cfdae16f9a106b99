import { createReadStream, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { InputFormat } from './args.js';
import { MAX_DOCUMENT_BYTES, readAll, splitLines } from './bytes.js';
import { decodeBytes, InputError } from './decode.js';
import { gunzipIfNeeded } from './gzip.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The path without a trailing `.gz`: `a.jsonl.gz` is read as `a.jsonl` after gunzipping. */
export const withoutGz = (path: string) => path.replace(/\.gz$/i, '');

const formatOf = (path: string): InputFormat | undefined => BY_EXTENSION[extname(withoutGz(path)).toLowerCase()];

export interface ReadError {
  code: string;
  message: string;
}

/** An input named on the command line, expanded: a file (or stdin, path "-"), or why the argument gave none. */
/** `sniff`: standard input with no --input-format, whose type is read from its first bytes (`sniffFormat`). */
export type Entry = { path: string; format: InputFormat; sniff?: boolean } | { path: string; problem: ReadError };

/** One document to normalise, or an error standing in its place so that output order is kept. */
export interface Item {
  /** The output id: the file path, the record's own id, or `file:line`. */
  id: string;
  /** The file it came from ("stdin" for standard input) and, for records, its line. */
  source: string;
  line?: number;
  doc?: { text: string; html?: undefined; url?: string } | { html: string; text?: undefined; url?: string };
  warning?: string | null;
  error?: ReadError;
}

const isGlob = (s: string) => /[*?[]/.test(s);

const literal = (s: string) => s.replace(/[.+^${}()|[\]\\/*?-]/g, '\\$&');

/**
 * A bracket expression at `pattern[i]` ("[abc]", "[a-z]", "[!0-9]") as a regular-expression class, with its
 * length; null when it is not one (no closing "]", a range out of order): the "[" is then an ordinary character,
 * as in the shell.
 */
function bracket(pattern: string, i: number): { re: string; length: number } | null {
  const close = pattern.indexOf(']', i + 2);
  if (close < 0) return null;
  let body = pattern.slice(i + 1, close);
  const negated = body[0] === '!' || body[0] === '^';
  if (negated) body = body.slice(1);
  if (!body || body.includes('/')) return null;
  let re = '';
  for (let k = 0; k < body.length; k++) {
    if (body[k + 1] === '-' && k + 2 < body.length) {
      if (body[k] > body[k + 2]) return null;
      re += `${literal(body[k])}-${literal(body[k + 2])}`;
      k += 2;
    } else re += literal(body[k]);
  }
  return { re: `[${negated ? '^/' : ''}${re}]`, length: close - i + 1 };
}

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const set = c === '[' ? bracket(pattern, i) : null;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (set) {
      re += set.re;
      i += set.length - 1;
    } else re += literal(c);
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function expandGlob(pattern: string): string[] {
  const parts = pattern.split('/');
  const firstGlob = parts.findIndex(isGlob);
  const root = parts.slice(0, firstGlob).join('/') || '.';
  const re = globToRegExp(parts.slice(firstGlob).join('/'));
  try {
    return walk(root).filter((p) => re.test(relative(root, p).split(sep).join('/')));
  } catch {
    return []; // an unreadable root matches nothing
  }
}

/**
 * Expands arguments to entries, in argument order (directories and globs in sorted order), so that outputs
 * line up with inputs; an argument that yields nothing becomes an entry carrying the problem.
 */
export function expandInputs(args: string[], forced: InputFormat | null): Entry[] {
  const entries: Entry[] = [];
  const problem = (path: string, code: string, message: string) => entries.push({ path, problem: { code, message } });
  for (const arg of args) {
    if (arg === '-') {
      entries.push(forced ? { path: '-', format: forced } : { path: '-', format: 'text', sniff: true });
    } else if (isGlob(arg) && !exists(arg)) {
      // A path that exists is read as named, even with glob characters in it ("report[1].txt").
      const matched = expandGlob(arg);
      if (!matched.length) problem(arg, 'NO_MATCH', 'no files match');
      for (const path of matched) entries.push({ path, format: forced ?? formatOf(path) ?? 'text' });
    } else if (!exists(arg)) {
      problem(arg, 'NOT_FOUND', 'no such file or directory');
    } else if (statSync(arg).isDirectory()) {
      const files = walk(arg).filter((p) => forced || formatOf(p));
      if (!files.length) problem(arg, 'NO_INPUTS', 'directory holds no .txt, .html or .jsonl files (or .gz of them)');
      for (const path of files) entries.push({ path, format: forced ?? formatOf(path) ?? 'text' });
    } else {
      entries.push({ path: arg, format: forced ?? formatOf(arg) ?? 'text' });
    }
  }
  return entries;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Counts bytes as they are read from disk, for the progress bar. */
export interface ByteMeter {
  bytes: number;
}

async function* counted(chunks: AsyncIterable<Buffer>, meter: ByteMeter): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    meter.bytes += chunk.length;
    yield chunk;
  }
}

const asReadError = (err: unknown): ReadError => ({
  code: err instanceof InputError ? err.code : ((err as NodeJS.ErrnoException).code ?? 'READ_ERROR'),
  message: (err as Error).message,
});

/**
 * Reads every entry into items, lazily and in order: one item per text or HTML file, one per record of a
 * JSONL file, streamed line by line. A failure becomes an error item in place and reading goes on.
 */
export async function* readEntries(
  entries: Entry[],
  stdin: () => AsyncIterable<Buffer>,
  meter: ByteMeter = { bytes: 0 },
): AsyncGenerator<Item> {
  for (const entry of entries) {
    const source = entry.path === '-' ? 'stdin' : entry.path;
    if ('problem' in entry) {
      yield { id: source, source, error: entry.problem };
      continue;
    }
    const raw = entry.path === '-' ? stdin() : createReadStream(entry.path, { highWaterMark: 1 << 16 });
    try {
      const read = gunzipIfNeeded(counted(raw, meter));
      const { format, bytes } = entry.sniff ? await sniffed(read) : { format: entry.format, bytes: read };
      if (format === 'jsonl') yield* readRecords(source, bytes);
      else yield readDocument(source, format, await readAll(bytes, MAX_DOCUMENT_BYTES));
    } catch (err) {
      yield { id: source, source, error: asReadError(err) };
    }
  }
}

// Enough of standard input to see its first line (a JSONL record can be long), within a bound.
const SNIFF_BYTES = 1 << 20;

/**
 * The type of input that has no name to tell it by: JSONL when its first non-blank line is a record (a JSON object
 * with a "text" or "html" string), HTML when it opens with a tag or doctype, else plain text.
 */
export function sniffFormat(head: string): InputFormat {
  const start = head.replace(/^[\ufeff\s]+/, '');
  if (start.startsWith('{')) {
    try {
      const record = JSON.parse(start.split('\n', 1)[0]);
      if (typeof record?.text === 'string' || typeof record?.html === 'string') return 'jsonl';
    } catch {
      // not a record: read as text
    }
  }
  return /^<(?:!doctype\b|!--|\?xml\b|[a-z][\w-]*[\s/>])/i.test(start) ? 'html' : 'text';
}

/** Reads the head of `chunks` to sniff its type, then gives the whole stream back, head included. */
export async function sniffed(chunks: AsyncIterable<Buffer>): Promise<{ format: InputFormat; bytes: AsyncIterable<Buffer> }> {
  const rest = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  // Each byte is looked at once: a line ends at a newline after a byte that is not a space or control character.
  let sawText = false;
  let lineEnded = false;
  while (size < SNIFF_BYTES && !lineEnded) {
    const next = await rest.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
    for (const byte of next.value) {
      if (byte > 0x20) sawText = true;
      else if (byte === 0x0a && sawText) {
        lineEnded = true;
        break;
      }
    }
  }
  async function* replay() {
    yield* head;
    if (!ended) for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  }
  return { format: sniffFormat(Buffer.concat(head).toString('utf8')), bytes: replay() };
}

function readDocument(source: string, format: InputFormat, bytes: Buffer): Item {
  try {
    const { text, warning } = decodeBytes(bytes, { html: format === 'html' });
    return { id: source, source, warning, doc: format === 'html' ? { html: text } : { text } };
  } catch (err) {
    return { id: source, source, error: asReadError(err) };
  }
}

async function* readRecords(source: string, bytes: AsyncIterable<Buffer>): AsyncGenerator<Item> {
  let records = 0;
  for await (const line of splitLines(bytes, MAX_DOCUMENT_BYTES)) {
    if (!line.error && (!line.bytes || isBlank(line.bytes))) continue;
    records++;
    const at = { id: `${source}:${line.number}`, source, line: line.number };
    yield line.error ? { ...at, error: asReadError(line.error) } : parseRecord(at, line.bytes as Buffer);
  }
  // A record file with no records would otherwise vanish from the output without a word.
  if (!records) yield { id: source, source, error: { code: 'EMPTY_INPUT', message: 'empty input (no records)' } };
}

const isBlank = (bytes: Buffer) => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);

/** One JSONL line → a document `{ id?, url?, text | html }`, or an error item naming the line. */
function parseRecord(at: { id: string; source: string; line: number }, bytes: Buffer): Item {
  let record: unknown;
  let warning: string | null;
  try {
    const decoded = decodeBytes(bytes);
    warning = decoded.warning;
    record = JSON.parse(decoded.text);
  } catch (err) {
    const code = err instanceof InputError ? err.code : 'BAD_JSON';
    return { ...at, error: { code, message: (err as Error).message } };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ...at, error: { code: 'BAD_RECORD', message: 'record is not a JSON object' } };
  }
  const { id, url, text, html } = record as Record<string, unknown>;
  const item = { ...at, id: typeof id === 'string' || typeof id === 'number' ? String(id) : at.id, warning };
  const link = typeof url === 'string' ? { url } : {};
  if (typeof text === 'string') return { ...item, doc: { text, ...link } };
  if (typeof html === 'string') return { ...item, doc: { html, ...link } };
  return { ...item, error: { code: 'BAD_RECORD', message: 'record has no "text" or "html" string' } };
}
