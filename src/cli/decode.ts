import { type DecodeOptions, decodeBytes as decodeText } from '../fix/decode-bytes.js';

export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** File signatures worth naming when binary data arrives where text was expected. */
const SIGNATURES: Array<[kind: string, magic: number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
];

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Looks binary: NUL bytes, or many control bytes, in the first 8 KiB (UTF-16 text, marked by its BOM, is not). */
function looksBinary(bytes: Uint8Array): boolean {
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom))) return false;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return controls > head.length * 0.1;
}

function binaryError(bytes: Uint8Array): InputError {
  const kind = SIGNATURES.find(([, magic]) => startsWith(bytes, magic))?.[0];
  return new InputError('BINARY_INPUT', `binary data, not text${kind ? ` (it looks like ${kind})` : ''}`);
}

/**
 * Bytes → text (BOM, then UTF-8, then a web page's declared charset or windows-1252, with a warning: see
 * fix/decode-bytes.ts). Empty input (no bytes,
 * or only whitespace) and binary data are errors: neither holds an article.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): { text: string; warning: string | null } {
  if (bytes.length === 0) throw new InputError('EMPTY_INPUT', 'empty input (0 bytes)');
  if (looksBinary(bytes)) throw binaryError(bytes);
  const decoded = decodeText(bytes, options);
  if (!decoded.text.trim()) throw new InputError('EMPTY_INPUT', 'empty input (only whitespace)');
  return decoded;
}
