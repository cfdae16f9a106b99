import { decodeCp1252 } from './windows-1252.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
type Decoder = InstanceType<typeof TextDecoder>;

export interface DecodedBytes {
  text: string;
  /** Set when the bytes were not what they claimed or seemed to be and a fallback was used. */
  warning: string | null;
}

export interface DecodeOptions {
  /** The bytes are a web page: when they are not UTF-8, the charset its `<meta>` declares is used if known. */
  html?: boolean;
}

/**
 * Bytes → text, never throwing. The documented order: a byte-order mark decides (UTF-8, UTF-16 LE or BE; the
 * mark is dropped); else valid UTF-8 is UTF-8; else, for a web page, the charset its `<meta>` declares (a page
 * saved in windows-1251 or Shift_JIS); else the bytes are read as windows-1252 (the WHATWG table, which covers
 * every byte). A fallback comes with a warning. A page that is valid UTF-8 is read as UTF-8 whatever it
 * declares: saved pages are often re-encoded and keep their old `<meta>`.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedBytes {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), options);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  return decodeUtf8(bytes, options);
}

function decodeUtf8(bytes: Uint8Array, options: DecodeOptions): DecodedBytes {
  try {
    return { text: utf8.decode(bytes), warning: null };
  } catch {
    const declared = options.html ? declaredDecoder(bytes) : null;
    if (declared) {
      return {
        text: declared.decode(bytes),
        warning: `input was not valid UTF-8; decoded as ${declared.encoding}, the charset the page declares`,
      };
    }
    return { text: decodeCp1252(bytes), warning: 'input was not valid UTF-8; decoded as windows-1252' };
  }
}

// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">` in the first 1024
// bytes, where the HTML standard's prescan looks; read as ASCII, which every such charset agrees with there.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * A decoder for the charset the page declares, or null: none declared, one this Node does not know, or one the
 * fallback already reads (windows-1252 and the labels WHATWG maps to it) or that the bytes just failed (UTF-8).
 */
function declaredDecoder(bytes: Uint8Array): Decoder | null {
  const label = META_CHARSET.exec(decodeCp1252(bytes.subarray(0, 1024)))?.[1];
  if (!label) return null;
  let decoder: Decoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  return ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'].includes(decoder.encoding) ? null : decoder;
}
