import { InputError } from './decode.js';

/** No news article is this large; a bigger document or JSONL line is refused instead of filling memory. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const tooLarge = () => new InputError('TOO_LARGE', `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`);

/** Collects a whole (single-document) input. */
export async function readAll(chunks: AsyncIterable<Buffer>, max = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > max) throw tooLarge();
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

/** One line of a record file: its bytes without the newline, or an error when it is too long to hold. */
export interface Line {
  number: number;
  bytes: Buffer | null;
  error?: InputError;
}

/**
 * Splits a byte stream into lines as it arrives, holding at most one line in memory: a record file far
 * larger than memory streams through. An over-long line is skipped and reported as an error line.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, max = MAX_DOCUMENT_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let number = 0;
  const take = (part: Buffer) => {
    if (overflow || !part.length) return;
    size += part.length;
    if (size <= max) return void parts.push(part);
    overflow = true;
    parts = [];
  };
  const finish = (): Line => {
    const line: Line = overflow
      ? { number: ++number, bytes: null, error: tooLarge() }
      : { number: ++number, bytes: Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    take(chunk.subarray(start));
  }
  if (size || overflow) yield finish();
}
