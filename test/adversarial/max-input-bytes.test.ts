import { describe, expect, it } from 'vitest';
import { NormaliseError, normalise, normaliseMany } from '../../src/index.js';

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('maxInputBytes', () => {
  const text = 'Officials said on Friday that talks would resume.\n\nNaïve “quotes” — 東京 😀 and more.';
  const bytes = utf8Length(text);

  it('accepts input of exactly the limit, counted in UTF-8 bytes (not UTF-16 units)', () => {
    expect(bytes).toBeGreaterThan(text.length);
    expect(normalise(text, { maxInputBytes: bytes }).text).toContain('talks would resume');
  });

  it('rejects input one byte over the limit with a NormaliseError coded TOO_LARGE', () => {
    const err = errorOf(() => normalise(text, { maxInputBytes: bytes - 1 }));
    expect(err).toBeInstanceOf(NormaliseError);
    expect((err as NormaliseError).code).toBe('TOO_LARGE');
    expect((err as Error).message).toMatch(/maxInputBytes/);
  });

  it('counts a lone surrogate as the three bytes of its replacement character', () => {
    const lone = 'ab\uD800';
    expect(utf8Length(lone)).toBe(5);
    expect(() => normalise(lone, { maxInputBytes: 5 })).not.toThrow();
    expect((errorOf(() => normalise(lone, { maxInputBytes: 4 })) as NormaliseError).code).toBe('TOO_LARGE');
  });

  it('applies to record input and to HTML input alike', () => {
    expect((errorOf(() => normalise({ text, id: 'a' }, { maxInputBytes: 10 })) as NormaliseError).code).toBe(
      'TOO_LARGE',
    );
    expect((errorOf(() => normalise({ html: `<p>${text}</p>` }, { maxInputBytes: 10 })) as NormaliseError).code).toBe(
      'TOO_LARGE',
    );
  });

  it('rejects a 10 MB document without reading it', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    expect((errorOf(() => normalise(big, { maxInputBytes: 1024 * 1024 })) as NormaliseError).code).toBe('TOO_LARGE');
  });

  it('rejects a nonsensical limit', () => {
    expect(() => normalise(text, { maxInputBytes: -1 })).toThrow(TypeError);
    expect(() => normalise(text, { maxInputBytes: Number.NaN })).toThrow(TypeError);
  });

  it('in a batch, the oversized document yields an error record and the others go on', async () => {
    const out = [];
    for await (const r of normaliseMany(
      [
        { id: 'small', text: 'A short note about the vote.' },
        { id: 'big', text },
      ],
      { maxInputBytes: 40 },
    ))
      out.push(r);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ id: 'small' });
    expect(out[0]).not.toHaveProperty('error');
    expect(out[1]).toMatchObject({ id: 'big', error: { code: 'TOO_LARGE' } });
  });
});
