import { decodeBytes as decodeText } from '../fix/decode-bytes.js';

export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

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

/** Bytes → text (BOM, then UTF-8, then windows-1252 with a warning: see fix/decode-bytes.ts). Empty and binary files are errors. */
export function decodeBytes(bytes: Uint8Array): { text: string; warning: string | null } {
  if (bytes.length === 0) throw new InputError('EMPTY_INPUT', 'empty input');
  if (looksBinary(bytes)) throw new InputError('BINARY_INPUT', 'binary data, not text');
  return decodeText(bytes);
}
