/**
 * WHATWG windows-1252 bytes 0x80–0x9F. Node's TextDecoder('windows-1252') decodes these as Latin-1 controls,
 * so the mapping is carried here. Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D map to the C1 control of the same value.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d,
  0x17e, 0x178,
];

// Reverse table. C1 controls also map to their own byte: a Latin-1 reading of UTF-8 leaves them in text.
const BYTE_OF = new Map<number, number>();
for (let b = 0; b < 0x100; b++) BYTE_OF.set(b, b);
for (let b = 0x80; b < 0xa0; b++) BYTE_OF.set(HIGH[b - 0x80], b);

/** The windows-1252 byte for a code point, or undefined when the code point is not in the code page. */
export function cp1252Byte(codePoint: number): number | undefined {
  return BYTE_OF.get(codePoint);
}

/** Decodes bytes as WHATWG windows-1252. */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : b);
  return out;
}

/** Encodes text as windows-1252 bytes (C1 controls as their Latin-1 byte), or null when a character has no byte. */
export function encodeCp1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = BYTE_OF.get(text.charCodeAt(i));
    if (b === undefined) return null;
    bytes[i] = b;
  }
  return bytes;
}
