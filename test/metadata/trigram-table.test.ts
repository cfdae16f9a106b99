import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrigramTable } from '../../src/metadata/trigram-table.js';

describe('TrigramTable', () => {
  it('counts keys in insertion order, as a Map would, and starts afresh when cleared', () => {
    // Keys as trigramKey makes them: small integers, and ones past 2^32 (characters from U+0400 on).
    const key = fc.oneof(
      fc.integer({ min: 0, max: 2 ** 30 - 1 }),
      fc.integer({ min: 0, max: 2 ** 21 }).map((k) => 2 ** 30 + k * 2 ** 31),
    );
    const table = new TrigramTable(300);
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        table.clear();
        const expected = new Map<number, number>();
        for (const k of keys) {
          table.count(k);
          expected.set(k, (expected.get(k) ?? 0) + 1);
        }
        expect(table.size).toBe(expected.size);
        const seen = [...expected].map((_, i) => [table.keyAt(i), table.countAt(i)]);
        expect(seen).toEqual([...expected]);
        for (const k of expected.keys()) expect(table.keyAt(table.find(k))).toBe(k);
        expect(table.find(-5)).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('says so when asked to hold more keys than it was made for', () => {
    const table = new TrigramTable(2);
    table.count(1);
    table.count(2);
    expect(() => table.count(3)).toThrow(RangeError);
    expect(table.find(3)).toBe(-1);
  });
});
