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

describe('decodeBytes of a web page that is not UTF-8', () => {
  // Basic Cyrillic in windows-1251: А (U+0410) … я (U+044F) are bytes 0xC0 … 0xFF.
  const cp1251 = (text: string) =>
    Uint8Array.from([...text].map((c) => (c >= 'А' && c <= 'я' ? 0xc0 + c.charCodeAt(0) - 0x410 : c.charCodeAt(0))));
  const page = (meta: string) => cp1251(`<html><head>${meta}<title>Москва</title></head><body><p>Привет</p></body></html>`);

  it('reads the charset its <meta> declares, with a warning that names it', () => {
    for (const meta of ['<meta charset="windows-1251">', "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=cp1251'>"]) {
      const result = decodeBytes(page(meta), { html: true });
      expect(result.text).toContain('<title>Москва</title>');
      expect(result.warning).toMatch(/windows-1251, the charset the page declares/);
    }
  });

  it('keeps windows-1252 for text, for an unknown or Latin-1 charset, and UTF-8 for a page that is UTF-8', () => {
    expect(decodeBytes(page('<meta charset="windows-1251">')).warning).toMatch(/windows-1252$/);
    expect(decodeBytes(page('<meta charset="x-no-such">'), { html: true }).warning).toMatch(/windows-1252$/);
    expect(decodeBytes(page('<meta charset="iso-8859-1">'), { html: true }).warning).toMatch(/windows-1252$/);
    const utf8Page = Buffer.from('<meta charset="windows-1251"><p>Привет</p>', 'utf8');
    expect(decodeBytes(utf8Page, { html: true })).toEqual({ text: '<meta charset="windows-1251"><p>Привет</p>', warning: null });
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
