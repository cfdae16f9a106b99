import { parseAliasTable } from './entities/alias-input.js';
import { referenceNow } from './metadata/future-date.js';
import type { DocumentInput, NormaliseOptions } from './pipeline.js';

export type NormaliseInput = string | { html?: string; text?: string; url?: string; id?: string };

/** Error thrown for input that cannot be normalised; `code` is stable for programs to test. */
export class NormaliseError extends Error {
  constructor(
    readonly code: 'EMPTY_INPUT' | 'BAD_INPUT' | 'UNSUPPORTED' | 'TOO_LARGE',
    message: string,
  ) {
    super(message);
    this.name = 'NormaliseError';
  }
}

/** Whether `text` takes more than `limit` bytes in UTF-8, counting only as far as needed. */
function utf8BytesOver(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return false; // and at most three (a surrogate pair is four for two units)
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) i++;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3; // a lone surrogate is written as U+FFFD
  }
  return bytes > limit;
}

export function checkSize(input: DocumentInput, limit: number | undefined): void {
  if (limit === undefined) return;
  const text = input.text ?? input.html;
  if (typeof text === 'string' && utf8BytesOver(text, limit)) {
    throw new NormaliseError('TOO_LARGE', `input is larger than maxInputBytes (${limit} bytes)`);
  }
}

/**
 * An id or URL as the Article carries it: a string, a number as its digits (as JSONL ids are read), or absent.
 * Anything else (an object, a function) would give an Article the schema refuses, or one that cannot be sent to a
 * worker thread: BAD_INPUT.
 */
function label(value: unknown, name: 'id' | 'url'): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new NormaliseError('BAD_INPUT', `input \`${name}\` must be a string`);
}

/**
 * The document as plain data (what a worker thread can be sent): its text or HTML, id and URL, and nothing
 * else the caller's object holds (methods, symbols).
 */
export function toDocument(input: NormaliseInput): Exclude<NormaliseInput, string> {
  if (typeof input === 'string') return { text: input };
  if (input === null || typeof input !== 'object') {
    throw new NormaliseError('BAD_INPUT', 'input must be a string or an object with `text` or `html`');
  }
  const { id, url } = input as { id?: unknown; url?: unknown };
  const meta = { id: label(id, 'id'), url: label(url, 'url') };
  if (typeof input.text === 'string') return { text: input.text, ...meta };
  if (typeof input.html === 'string') return { html: input.html, ...meta };
  throw new NormaliseError('BAD_INPUT', 'input object needs a `text` or `html` string');
}

/**
 * Options checked before any document is read, so that a wrong option is one clear TypeError (in a batch, before
 * the first document) rather than a failure per document. The alias table is read as the CLI's `--aliases` file
 * is: entries without `aliases` or `type` get the defaults.
 */
export function checkOptions<T extends NormaliseOptions>(options: T): T {
  const { now, maxInputBytes, aliases } = options;
  referenceNow(now); // throws the TypeError for a `now` that is not a date
  if (maxInputBytes !== undefined && (typeof maxInputBytes !== 'number' || !(maxInputBytes >= 0)))
    throw new TypeError(`invalid "maxInputBytes": ${String(maxInputBytes)}`);
  if (aliases === undefined) return options;
  try {
    return { ...options, aliases: parseAliasTable(aliases) };
  } catch (err) {
    throw new TypeError(`invalid "aliases": ${(err as Error).message}`);
  }
}
