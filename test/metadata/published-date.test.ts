import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/metadata/byline.js';
import { matchDateline } from '../../src/metadata/dateline.js';
import { dateFromUrl } from '../../src/metadata/url-date.js';
import { parsePublishedDate } from '../../src/metadata/published-date.js';
import { normalise } from '../../src/index.js';

const REF = new Date(2025, 5, 20, 12);

// Where a publication date is written, what is written, and the ISO value a careful reader would record.
const TABLE: Array<{ kind: 'byline' | 'dateline' | 'url' | 'field'; text: string; value: string | null }> = [
  { kind: 'byline', text: 'Muhammad Irfan Published October 19, 2024 | 02:50 PM', value: '2024-10-19T14:50' },
  { kind: 'byline', text: 'Updated: 19 Jun 2025, 10:04 am IST', value: '2025-06-19T10:04+05:30' },
  { kind: 'byline', text: 'By Jane Doe | June 19, 2025 at 3:15 p.m. EDT', value: '2025-06-19T15:15-04:00' },
  { kind: 'byline', text: 'Published: 2025-06-19 10:04', value: '2025-06-19T10:04' },
  { kind: 'byline', text: 'Jane Doe Updated June 20, 2025 Published June 19, 2025', value: '2025-06-19' },
  { kind: 'byline', text: 'By Ahmet Yilmaz | 10.06.2025 - Update : 11.06.2025', value: '2025-06-10' },
  { kind: 'byline', text: 'Posted on June 19, 2025 by admin', value: '2025-06-19' },
  { kind: 'byline', text: 'Published Thu 19 Jun 2025 10.04 BST', value: '2025-06-19T10:04+01:00' },
  { kind: 'byline', text: 'By Lee Ji-hye | Published: Jun 19, 2025 10:04 AM ET', value: '2025-06-19T10:04-04:00' },
  { kind: 'byline', text: 'First published on Sat, 19 Oct 2024 14:50:00 +0500', value: '2024-10-19T14:50+05:00' },
  { kind: 'byline', text: 'Last updated: 19:04, 19 Jun 2025', value: '2025-06-19T19:04' },
  { kind: 'byline', text: 'By Sarah Kim, Staff Writer Published June 18, 2025', value: '2025-06-18' },
  { kind: 'byline', text: 'By Reuters Staff', value: null },
  { kind: 'byline', text: 'Published January 15, 2025 10:00 AM ET', value: '2025-01-15T10:00-05:00' },
  { kind: 'byline', text: 'Posted : 2025-06-16 14:32  Updated : 2025-06-16 18:05', value: '2025-06-16T14:32' },
  { kind: 'byline', text: 'Updated 2 hours ago', value: null },
  { kind: 'field', text: 'June 19, 2025 10:04 KST', value: '2025-06-19T10:04+09:00' },
  { kind: 'dateline', text: 'SEOUL, June 19 (Yonhap) -- North Korea on Thursday underscored its alliance.', value: '2025-06-19' },
  { kind: 'dateline', text: "Seoul, (APP - UrduPoint / Pakistan Point News - 19th Oct, 2024) North Korea's decision", value: '2024-10-19' },
  { kind: 'dateline', text: 'LONDON, June 3 (Reuters) - British inflation eased in May.', value: '2025-06-03' },
  { kind: 'dateline', text: "MOSCOW, June 5. /TASS/. Russia's foreign ministry said.", value: '2025-06-05' },
  { kind: 'dateline', text: "BEIJING, June 6 (Xinhua) -- China's exports rose.", value: '2025-06-06' },
  { kind: 'dateline', text: 'TOKYO, Dec. 12 (Kyodo) -- Japan said.', value: '2024-12-12' },
  { kind: 'dateline', text: 'WASHINGTON (AP) — The Senate voted on Thursday.', value: null },
  { kind: 'url', text: 'https://www.example.com/world/2024/10/19/north-korea-troops/', value: '2024-10-19' },
  { kind: 'url', text: 'https://news.example.org/2025-06-19/alliance-anniversary', value: '2025-06-19' },
  { kind: 'url', text: 'https://example.net/politics/20250619-summit-ends.html', value: '2025-06-19' },
  { kind: 'url', text: 'https://example.net/2024/10/kim-putin-pact', value: '2024-10' },
  { kind: 'url', text: 'https://example.net/2024/13/40/not-a-date', value: null },
  { kind: 'url', text: 'https://example.net/article/123456789', value: null },
  { kind: 'field', text: '2025-06-19', value: '2025-06-19' },
  { kind: 'field', text: '2024-10-19T14:50:00+0900', value: '2024-10-19T14:50+09:00' },
  { kind: 'field', text: '2025-06-19T10:04:00.000Z', value: '2025-06-19T10:04Z' },
];

function read(kind: string, text: string): string | null {
  if (kind === 'byline') return parseByline(text, REF)?.publishedAt ?? null;
  if (kind === 'dateline') return matchDateline(text, REF)?.date ?? null;
  if (kind === 'url') return dateFromUrl(text);
  return parsePublishedDate(text, REF);
}

describe('publication dates as written in bylines, datelines, URLs and header fields', () => {
  for (const row of TABLE) {
    it(`${row.kind}: ${row.text.slice(0, 60)} → ${row.value}`, () => {
      expect(read(row.kind, row.text)).toBe(row.value);
    });
  }
});

describe('publication date in the article', () => {
  it('keeps what is known: a date stays a date, local time stays local, a zone keeps its offset', () => {
    expect(normalise('Title of the story here\nPublished June 19, 2025\n\nBody text of the story.').publishedAt).toBe('2025-06-19');
    expect(normalise('Title of the story here\nPublished October 19, 2024 | 02:50 PM\n\nBody.').publishedAt).toBe('2024-10-19T14:50');
    expect(normalise('Title of the story here\nUpdated: 19 Jun 2025, 10:04 am IST\n\nBody.').publishedAt).toBe('2025-06-19T10:04+05:30');
  });

  it('takes the URL date only when the text has none', () => {
    const url = 'https://example.com/2024/10/18/story/';
    expect(normalise({ text: 'A headline about the story\n\nSome body text.', url }).publishedAt).toBe('2024-10-18');
    const dated = 'A headline about the story\nPublished October 19, 2024\n\nSome body text.';
    expect(normalise({ text: dated, url }).publishedAt).toBe('2024-10-19');
  });

  it('refuses a publication date after `now`, with a warning', () => {
    const a = normalise('A headline about the story\nPublished June 30, 2025\n\nSome body text.', { now: '2025-06-20T12:00:00Z' });
    expect(a.publishedAt).toBeNull();
    expect(a.warnings.join(' ')).toMatch(/2025-06-30.*after now/);
  });

  it('takes a date-only `now` as the whole day: a time written on that day, in any zone, is not after it', () => {
    const story = (line: string) =>
      `A headline about the story\n\nBy Anna Smith\n${line}\n\nThe council met yesterday and will vote today on the plan.`;
    const sameDay = normalise(story('June 20, 2025 at 3:15 p.m. EDT'), { now: '2025-06-20' });
    expect(sameDay.publishedAt).toBe('2025-06-20T15:15-04:00');
    expect(sameDay.warnings).toEqual([]);
    const nextDay = normalise(story('June 21, 2025 at 1:15 a.m. KST'), { now: '2025-06-20' });
    expect(nextDay.publishedAt).toBeNull();
    expect(nextDay.warnings).toEqual(['publication date 2025-06-21T01:15+09:00 lies after now (2025-06-20); ignored']);
    // Relative mentions count from noon of that day: "yesterday" is the 19th, "today" the 20th.
    const undated = normalise('A headline about the story\n\nThe council met yesterday and will vote today on the plan.', {
      now: '2025-06-20',
    });
    expect(undated.dates.map((d) => [d.text, d.value])).toEqual([
      ['yesterday', '2025-06-19'],
      ['today', '2025-06-20'],
    ]);
    // A full instant is still compared exactly.
    expect(normalise(story('June 20, 2025 at 3:15 p.m. EDT'), { now: '2025-06-20T00:00:00Z' }).publishedAt).toBeNull();
  });

  it('warns once for a date line read twice (the byline reader looks twice)', () => {
    const a = normalise('A headline about the story\n\nBy Anna Smith\n1 July 2025\n\nSome body text about the story.', {
      now: '2025-06-18T12:00:00Z',
    });
    expect(a.publishedAt).toBeNull();
    expect(a.warnings).toEqual(['publication date 2025-07-01 lies after now (2025-06-18T12:00:00.000Z); ignored']);
  });

  it('reads ISO text only when it names a real date and time: placeholders and typos are no date', () => {
    for (const bad of ['2024-99-99', '0000-00-00T00:00:00Z', '2024-13-01', '2024-02-30', '2023-02-29', '2024-06-19T25:61', '2024-06-19T10:60', '2024-06-19T10:00:00-23:59'])
      expect(parsePublishedDate(bad, REF), bad).toBeNull();
    expect(parsePublishedDate('2024-02-29', REF)).toBe('2024-02-29');
    expect(parsePublishedDate('2024-06-19T23:59:59+14:00', REF)).toBe('2024-06-19T23:59:59+14:00');
    const page = (date: string) => `<html><head><meta name="date" content="${date}"></head><body><p>Some body text.</p></body></html>`;
    expect(normalise({ html: page('2024-99-99') }, { now: REF }).publishedAt).toBeNull();
    expect(normalise('A headline about the story\nPublished 2024-02-30\n\nSome body text.', { now: REF }).publishedAt).toBeNull();
  });

  it('completes a dateline without a year from `now`, and resolves mentions against it', () => {
    const a = normalise('SEOUL, June 19 (Yonhap) -- North Korea said Tuesday it would stand firm.', { now: '2025-06-20T12:00:00Z' });
    expect(a).toMatchObject({ dateline: 'SEOUL', source: 'Yonhap', publishedAt: '2025-06-19' });
    expect(a.dates).toEqual([expect.objectContaining({ text: 'Tuesday', value: '2025-06-17' })]);
  });
});
