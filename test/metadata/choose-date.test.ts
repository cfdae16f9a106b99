import { describe, expect, it } from 'vitest';
import { choosePublishedDate } from '../../src/metadata/choose-date.js';
import { isAfterNow } from '../../src/metadata/future-date.js';

const NOW = new Date('2025-06-20T12:00:00Z');

describe('choosing the publication date among what a page offers', () => {
  it('prefers publication over modification, whatever the order', () => {
    const got = choosePublishedDate([{ value: '2025-06-19T18:05+09:00', kind: 'modified' }, { value: '2025-06-19T14:32+09:00', kind: 'published' }], NOW);
    expect(got).toBe('2025-06-19T14:32+09:00');
  });

  it('uses the modification date only when nothing else is given', () => {
    expect(choosePublishedDate([{ value: '2025-06-19', kind: 'modified' }], NOW)).toBe('2025-06-19');
  });

  it('refuses dates of related stories and dates after now', () => {
    const got = choosePublishedDate([{ value: '2025-06-18', related: true }, { value: '2025-07-01' }, { value: '2025-06-17' }], NOW);
    expect(got).toBe('2025-06-17');
  });

  it('lets a later, more precise candidate refine the same day but not replace another day', () => {
    expect(choosePublishedDate([{ value: '2024-10-19' }, { value: '2024-10-19T14:50' }], NOW)).toBe('2024-10-19T14:50');
    expect(choosePublishedDate([{ value: '2024-10-19' }, { value: '2024-10-18T09:00' }], NOW)).toBe('2024-10-19');
  });

  it('refuses the zero values templates put in an unset date (year 1, the Unix epoch) and warns of future ones', () => {
    const zero = [{ value: '0001-01-01T00:00Z' }, { value: '1970-01-01T00:00Z' }, { value: '2019-11-19T23:34-05:00' }];
    expect(choosePublishedDate(zero, NOW)).toBe('2019-11-19T23:34-05:00');
    const warnings: string[] = [];
    expect(choosePublishedDate([{ value: '2025-07-01' }, { value: '2025-07-01' }], NOW, warnings)).toBeNull();
    expect(warnings).toEqual(['publication date 2025-07-01 lies after now (2025-06-20T12:00:00.000Z); ignored']);
  });

  it('returns null when nothing is usable', () => {
    expect(choosePublishedDate([], NOW)).toBeNull();
    expect(choosePublishedDate([{ value: '2030-01-01' }], NOW)).toBeNull();
  });
});

describe('"after now" allows for time zones', () => {
  it('a date is in the future only once it has begun nowhere on Earth', () => {
    expect(isAfterNow('2025-06-20', NOW)).toBe(false);
    expect(isAfterNow('2025-06-21', NOW)).toBe(false); // already the 21st at UTC+14
    expect(isAfterNow('2025-06-22', NOW)).toBe(true);
  });

  it('a time with an offset is compared exactly', () => {
    expect(isAfterNow('2025-06-20T12:30Z', NOW)).toBe(true);
    expect(isAfterNow('2025-06-20T08:00-04:00', NOW)).toBe(false);
  });
});
