import { decodeCp1252 } from '../fix/windows-1252.js';

export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Looks binary: NUL bytes, or many control bytes, in the first 8 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return controls > head.length * 0.1;
}

/**
 * Bytes → text: a UTF-8 BOM or valid UTF-8 is read as UTF-8; anything else as windows-1252 with a warning.
 * Empty and binary files are errors.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; warning: string | null } {
  if (bytes.length === 0) throw new InputError('EMPTY_INPUT', 'empty input');
  if (looksBinary(bytes)) throw new InputError('BINARY_INPUT', 'binary data, not text');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), warning: null };
  } catch {
    return { text: decodeCp1252(body), warning: 'input was not valid UTF-8; decoded as windows-1252' };
  }
}
