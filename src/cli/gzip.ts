import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from './decode.js';

const startsLikeGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Passes bytes through, gunzipping them when they start with the gzip magic number — so `.gz` files and
 * gzip piped to stdin both work, whatever the name says. A truncated or corrupt gzip throws an InputError
 * after everything before the damage has been passed on.
 */
export async function* gunzipIfNeeded(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  let ended = false;
  while (head.length < 2 && !ended) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else head = Buffer.concat([head, next.value]);
  }
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (!startsLikeGzip(head)) return yield* all();
  const gunzip = createGunzip();
  pipeline(all(), gunzip).catch(() => {}); // a failure reaches us through the gunzip stream below
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    throw asGzipError(err);
  } finally {
    gunzip.destroy();
  }
}

function asGzipError(err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR')
    return new InputError('TRUNCATED_GZIP', 'gzip data is truncated (unexpected end of file)');
  if (code === 'Z_DATA_ERROR') return new InputError('BAD_GZIP', `corrupt gzip data: ${(err as Error).message}`);
  return err;
}
