import { decodeCp1252 } from './windows-1252.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface DecodedBytes {
  text: string;
  /** Set when the bytes were not what they claimed or seemed to be and a fallback was used. */
  warning: string | null;
}

/**
 * Bytes → text, never throwing. The documented order: a byte-order mark decides (UTF-8, UTF-16 LE or BE; the
 * mark is dropped); else valid UTF-8 is UTF-8; else the bytes are read as windows-1252 (the WHATWG table, which
 * covers every byte), with a warning.
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodedBytes {
  try {
    return { text: utf8.decode(bytes), warning: null };
  } catch {
    return { text: decodeCp1252(bytes), warning: 'input was not valid UTF-8; decoded as windows-1252' };
  }
}
