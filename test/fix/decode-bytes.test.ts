import { describe, expect, it } from 'vitest';
import { decodeBytes, fixText } from '../../src/fix/index.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeBytes: BOM, then UTF-8, then windows-1252', () => {
  it('reads valid UTF-8 without a warning', () => {
    expect(decodeBytes(Buffer.from('Café “quoted”', 'utf8'))).toEqual({ text: 'Café “quoted”', warning: null });
  });

  it('drops a UTF-8 BOM and honours UTF-16 BOMs', () => {
    expect(decodeBytes(Buffer.from('\ufeffHello', 'utf8')).text).toBe('Hello');
    expect(decodeBytes(Buffer.concat([bytes(0xff, 0xfe), Buffer.from('Héllo', 'utf16le')])).text).toBe('Héllo');
    const be = Buffer.from('Héllo', 'utf16le').swap16();
    expect(decodeBytes(Buffer.concat([bytes(0xfe, 0xff), be])).text).toBe('Héllo');
  });

  it('falls back to windows-1252 with a warning, mapping 0x80–0x9F to their characters', () => {
    const result = decodeBytes(bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35, 0x20, 0x97));
    expect(result.text).toBe('“Café” €5 —');
    expect(result.warning).toMatch(/windows-1252/);
  });
});

describe('fixText with bytes', () => {
  it('decodes, repairs and reports the fallback', () => {
    const result = fixText(bytes(0x49, 0x74, 0x92, 0x73, 0xa0, 0x66, 0x69, 0x6e, 0x65));
    expect(result.text).toBe('It’s fine');
    expect(result.warnings).toHaveLength(1);
    expect(result.fixes.spaces).toBe(1);
  });

  it('never throws on arbitrary bytes', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(typeof fixText(all).text).toBe('string');
    expect(fixText('plain').warnings).toEqual([]);
  });
});
