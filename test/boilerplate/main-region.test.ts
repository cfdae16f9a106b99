import { describe, expect, it } from 'vitest';
import { densestRun } from '../../src/boilerplate/main-region.js';
import { normalise } from '../../src/index.js';

const PARAGRAPHS = [
  'The council said on Tuesday that repairs to the old river bridge would slip to next spring, the third delay since work began.',
  'Engineers found corrosion in two of the steel supports during an inspection in August, according to a report seen by this newspaper.',
  'A temporary ferry will carry pedestrians and cyclists across the river from Monday, running every twenty minutes until late evening.',
  'Shop owners on Mill Street say takings have fallen by a third since the closure, and several have asked for a cut in business rates.',
  'Residents will be able to question the contractor at a public meeting in the town hall on December 3, the mayor confirmed.',
];
const para = (i: number) => PARAGRAPHS[i % PARAGRAPHS.length];
const comment = (i: number) =>
  `Comment number ${i}: honestly I have been driving round by the ring road for months now and nobody at the council seems to care at all.`;

/** A whole page flattened to text: menu, headline, byline, article, teasers, comments, footer. */
function flattenedPage(body: string[], after: string[] = []): string {
  return [
    'Bridge repairs delayed again | The Valley Courier',
    '',
    'Home',
    'News',
    'Sport',
    'Business',
    'Opinion',
    'Weather',
    'Contact us',
    'Bridge repairs delayed again',
    '',
    'By Ann Other',
    'November 19, 2019 at 6:34 am',
    '',
    ...body.flatMap((p) => [p, '']),
    ...after,
    'About us',
    'Careers',
    '© 2019 The Valley Courier. All rights reserved.',
  ].join('\n');
}

describe('main region of a flattened page', () => {
  it('keeps the first and last paragraphs and drops the menu and footer around them', () => {
    const body = [para(0), 'It will stay shut.', para(1), para(2)];
    const a = normalise(flattenedPage(body));
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
    expect(a.removed.some((r) => r.text === 'Careers' && r.reason === 'page-furniture')).toBe(true);
  });

  it('takes the echoed page title as the title and the byline as authors', () => {
    const a = normalise(flattenedPage([para(0), para(1)]));
    expect(a.title).toBe('Bridge repairs delayed again');
    expect(a.authors).toEqual(['Ann Other']);
    expect(a.text).not.toContain('6:34');
  });

  it('ends the article at a comment thread, even a long one', () => {
    const comments = ['34 responses to “Bridge repairs delayed again”', ''];
    for (let i = 0; i < 8; i++) comments.push(`reader${i} says:`, 'November 19, 2019 at 7:02 am', comment(i), '');
    const body = [para(0), para(1), para(2)];
    const a = normalise(flattenedPage(body, comments));
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
  });

  it('keeps a heading between paragraphs', () => {
    const body = [para(0), 'What happens next', para(1)];
    const a = normalise(flattenedPage(body));
    expect(a.paragraphs.map((p) => p.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('leaves a clean article alone', () => {
    const text = ['Bridge repairs delayed again', '', para(0), '', para(1)].join('\n');
    const a = normalise(text);
    expect(a.title).toBe('Bridge repairs delayed again');
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe('the header under removed furniture', () => {
  it('keeps headline, standfirst and byline when menus and stamps push them past the first lines', () => {
    const text = [
      'Home | News | Local | Business | Sport',
      'Menu',
      'Search',
      'Bridge repairs delayed again as engineers find corrosion',
      'Ferry to carry pedestrians across the river from Monday',
      'By Ann Other',
      'Updated 3 hours ago',
      para(0),
      para(1),
    ].join('\n');
    const a = normalise(text);
    expect(a.title).toBe('Bridge repairs delayed again as engineers find corrosion');
    expect(a.subtitle).toBe('Ferry to carry pedestrians across the river from Monday');
    expect(a.authors).toEqual(['Ann Other']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([para(0), para(1)]);
  });

  it('finds the headline above share widgets, a byline it cannot read and the lead photo', () => {
    const text = [
      'Bridge repairs delayed again as engineers find corrosion',
      '2 days ago',
      'Share',
      'Save',
      'Ann Other',
      'Local affairs reporter',
      'Reporting from Millbrook',
      'Getty Images',
      'Traffic queues at the closed bridge in August',
      para(0),
      para(1),
    ].join('\n');
    const a = normalise(text);
    expect(a.title).toBe('Bridge repairs delayed again as engineers find corrosion');
    expect(a.subtitle).toBeNull();
    expect(a.paragraphs.map((p) => p.text)).toEqual([para(0), para(1)]);
    expect(a.removed).toContainEqual({ text: 'Getty Images', reason: 'caption' });
    expect(a.removed).toContainEqual({ text: 'Save', reason: 'share' });
  });
});

describe('densestRun', () => {
  it('finds the contiguous run with the largest sum', () => {
    expect(densestRun([-5, 3, -1, 4, -10, 2])).toEqual([1, 3]);
    expect(densestRun([-1, -2])).toEqual([0, -1]);
  });
});
